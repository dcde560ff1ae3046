"""A council's meetings (closed unless every party agreed), result document and agreement items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.council import meeting_may_be_open
from conflictdesk.domain.enums import ItemStatus, ResultKind
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue, NotFound
from conflictdesk.domain.text import nfc
from conflictdesk.services.changes import Changes
from conflictdesk.services.councils import (
    _council_record,
    party_ids,
    stored_consents,
    with_consents,
)
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import AgreementItem, CouncilMeeting


@dataclass(frozen=True)
class MeetingInput:
    held_on: date
    place: str = ""
    attendees: str = ""
    minutes: str = ""
    open_requested: bool = False
    #: Member ids of the 당사자 대표 who agreed to open the meeting (others are ignored).
    consenting_member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ItemInput:
    text: str
    owner: str = ""
    due: date | None = None
    status: ItemStatus = ItemStatus.PLANNED
    done_on: date | None = None


def save_meeting(
    db: Database, project_code: str, data: MeetingInput, meeting_id: int | None = None,
) -> tuple[int, bool, Changes]:
    """Add or edit a meeting; it is open only when requested and every 당사자 대표 agreed, else closed.

    Returns (id, is_open, changes). Who agreed is stored per meeting in the council's JSON
    (:data:`~conflictdesk.services.councils.CONSENTS_KEY`) and summed up in the audit reason.
    """
    with db.write(reason="협의회 회의") as s:
        council = _council_record(s, project_code)
        parties = party_ids(council)
        agreed = [p for p in parties if p in set(data.consenting_member_ids)]
        is_open = data.open_requested and meeting_may_be_open({str(p): p in agreed for p in parties})
        s.info["reason"] = "협의회 회의 " + (
            f"(공개: 당사자 대표 {len(parties)}명 전원 동의)" if is_open
            else f"(비공개: 공개 동의 {len(agreed)}/{len(parties)}명)")
        if meeting_id is None:
            meeting = CouncilMeeting(council_id=council.id, held_on=data.held_on)
            s.add(meeting)
        else:
            found = s.get(CouncilMeeting, meeting_id)
            if found is None or found.council_id != council.id:
                raise NotFound("meeting_not_found", meeting=meeting_id)
            meeting = found
        meeting.held_on = data.held_on
        meeting.place, meeting.attendees, meeting.minutes = nfc(data.place), nfc(data.attendees), nfc(data.minutes)
        meeting.is_open = is_open
        s.flush()
        consents = stored_consents(council)
        consents[str(meeting.id)] = agreed
        with_consents(council, consents)
        return meeting.id, is_open, Changes.of("council")


def delete_meeting(db: Database, meeting_id: int) -> Changes:
    with db.write(reason="협의회 회의 삭제") as s:
        meeting = s.get(CouncilMeeting, meeting_id)
        if meeting is None:
            raise NotFound("meeting_not_found", meeting=meeting_id)
        consents = stored_consents(meeting.council)
        if consents.pop(str(meeting_id), None) is not None:
            with_consents(meeting.council, consents)
        s.delete(meeting)
    return Changes.of("council")


def save_result(
    db: Database, project_code: str, seen_version: int | None, *, kind: ResultKind | None,
    result_on: date | None, text: str, legality_note: str,
) -> Changes:
    """Save the result document (협의결과문/합의서) with its legality and public-interest check note."""
    if kind is not None and result_on is None:
        raise InvalidValue("result_date_required")
    with db.write(reason="협의회 결과문") as s:
        council = _council_record(s, project_code)
        expect_version(council, seen_version, "협의회")
        council.result_kind = ResultKind(kind).value if kind is not None else None
        council.result_on = result_on
        council.result_text = nfc(text)
        council.legality_note = nfc(legality_note)
    return Changes.of("council")


def _clean_item(data: ItemInput) -> ItemInput:
    status = ItemStatus(data.status)
    if not nfc(data.text):
        raise InvalidValue("value_required", field=Term("합의사항 내용"))
    if status is ItemStatus.DONE and data.done_on is None:
        raise InvalidValue("agreement_done_date_required")
    done_on = data.done_on if status is ItemStatus.DONE else None
    return ItemInput(nfc(data.text), nfc(data.owner), data.due, status, done_on)


def save_item(db: Database, project_code: str, data: ItemInput, item_id: int | None = None) -> tuple[int, Changes]:
    """Add or edit an agreement item (owner, due, status, done date)."""
    cleaned = _clean_item(data)
    with db.write(reason="합의사항 이행 관리") as s:
        council = _council_record(s, project_code)
        if item_id is None:
            position = max((i.position for i in council.items), default=-1) + 1
            item = AgreementItem(council_id=council.id, position=position, text=cleaned.text)
            s.add(item)
        else:
            found = s.get(AgreementItem, item_id)
            if found is None or found.council_id != council.id:
                raise NotFound("agreement_item_not_found", item=item_id)
            item = found
        item.text, item.owner, item.due = cleaned.text, cleaned.owner, cleaned.due
        item.status, item.done_on = cleaned.status.value, cleaned.done_on
        s.flush()
        return item.id, Changes.of("council", "review")


def delete_item(db: Database, item_id: int) -> Changes:
    with db.write(reason="합의사항 삭제") as s:
        item = s.get(AgreementItem, item_id)
        if item is None:
            raise NotFound("agreement_item_not_found", item=item_id)
        s.delete(item)
    return Changes.of("council", "review")
