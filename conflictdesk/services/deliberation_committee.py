"""The 공론화위원회: members and their terms, composition, meetings with attendance and quorum, decisions per item.

See docs/업무규칙.md, "Deliberation committee (공론화위원회)". One transaction per user action, audited. Member names
are kept as typed and masked in every output (``domain/masking.py``); only :func:`member_input` (the edit form)
gives the name back as typed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from conflictdesk.domain import committee as rules
from conflictdesk.domain.committee import Appointment, CommitteeDecision, MemberKind, MemberTerm
from conflictdesk.domain.deliberation import Decision
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.masking import mask_name, shown_name
from conflictdesk.domain.text import nfc
from conflictdesk.services.changes import Changes
from conflictdesk.services.committee_dtos import (
    CommitteeMemberRow,
    CommitteeView,
    ItemDecisions,
    MeetingInput,
    MeetingRef,
    MeetingRow,
    MemberInput,
)
from conflictdesk.store import models
from conflictdesk.store.engine import Database

MAX_NAME = 100
MAX_TITLE = 100
CHANGED = Changes.of("deliberation")


def _term(row: models.CommitteeMember) -> MemberTerm:
    return MemberTerm(row.term_from, row.term_to)


def _shown(name: str) -> str:
    return shown_name(name, person=True)


# --- members -----------------------------------------------------------------------------------------------------


def _member_row(row: models.CommitteeMember, on: date) -> CommitteeMemberRow:
    return CommitteeMemberRow(
        id=row.id, name=_shown(row.name), kind=MemberKind(row.kind), appointment=Appointment(row.appointment),
        affiliation=row.affiliation, term_from=row.term_from, term_to=row.term_to, chair=row.is_chair,
        in_office=_term(row).covers(on))


def committee(db: Database, on: date) -> CommitteeView:
    """Every member (terms newest first, then kind, then name) and the composition of those in office ``on``."""
    with db.read() as s:
        rows = list(s.scalars(select(models.CommitteeMember)))
    order = {k.value: n for n, k in enumerate(MemberKind)}
    rows.sort(key=lambda r: (not _term(r).covers(on), not r.is_chair, order[r.kind], -r.term_from.toordinal(),
                             r.name))
    members = tuple(_member_row(r, on) for r in rows)
    return CommitteeView(on, members, rules.composition((m.kind, m.appointment) for m in members if m.in_office))


def _member(session: Session, member_id: int) -> models.CommitteeMember:
    row = session.get(models.CommitteeMember, member_id)
    if row is None:
        raise NotFound("committee_member_not_found", member=member_id)
    return row


def member_input(db: Database, member_id: int) -> MemberInput:
    """A member as typed (the name unmasked), to fill the edit form."""
    with db.read() as s:
        row = _member(s, member_id)
        return MemberInput(row.name, MemberKind(row.kind), Appointment(row.appointment), row.term_from, row.term_to,
                           row.affiliation, row.note)


def _checked(data: MemberInput) -> tuple[str, MemberTerm]:
    name = nfc(data.name).strip()
    if not name:
        raise InvalidValue("value_required", field=Term("위원 성명"))
    if len(name) > MAX_NAME:
        raise InvalidValue("value_too_long", field=Term("위원 성명"), limit=MAX_NAME, value=mask_name(name[:20]))
    if not isinstance(data.kind, MemberKind):
        raise InvalidValue("unknown_choice", field=Term("위원 구분"), value=str(data.kind))
    if not isinstance(data.appointment, Appointment):
        raise InvalidValue("unknown_choice", field=Term("당연직·위촉"), value=str(data.appointment))
    return name, rules.checked_term(data.term_from, data.term_to)


def _check_cap(session: Session, name: str, term: MemberTerm, member_id: int | None) -> None:
    others = [_term(r) for r in session.scalars(select(models.CommitteeMember).where(
        models.CommitteeMember.id != (member_id or -1)))]
    rules.check_cap(others, name, term)


def _attended(session: Session, member_id: int) -> list[models.CommitteeMeeting]:
    return list(session.scalars(select(models.CommitteeMeeting).join(models.CommitteeAttendance).where(
        models.CommitteeAttendance.member_id == member_id).order_by(models.CommitteeMeeting.held_on)))


def _check_attendance_kept(session: Session, row: models.CommitteeMember, term: MemberTerm) -> None:
    """A changed term must still cover every meeting the member attended (else those quorums would change)."""
    for meeting in _attended(session, row.id):
        if not term.covers(meeting.held_on):
            raise DomainError("committee_term_excludes_attendance", name=_shown(row.name),
                              meeting=_meeting_label(meeting))


def _check_decided_quorums(session: Session, term: MemberTerm) -> None:
    """A member entered later for a past term must not take the quorum of a meeting that already decided."""
    session.flush()
    for meeting in session.scalars(select(models.CommitteeMeeting).options(
            selectinload(models.CommitteeMeeting.attendance))):
        if term.covers(meeting.held_on) and _decisions_at(session, meeting.id):
            rules.check_quorum(_meeting_label(meeting), len(_in_office_ids(session, meeting.held_on)),
                               len(meeting.attendance))


def add_member(db: Database, data: MemberInput) -> tuple[int, Changes]:
    """Add a member for a term; refused by name when more than 15 would be in office on a day of it."""
    with db.write(reason="공론화위원회 위원 위촉") as s:
        name, term = _checked(data)
        _check_cap(s, name, term, None)
        row = models.CommitteeMember(name=name, kind=data.kind.value, appointment=data.appointment.value,
                                     affiliation=nfc(data.affiliation).strip(), term_from=term.start,
                                     term_to=term.end, note=nfc(data.note))
        s.add(row)
        _check_decided_quorums(s, term)
        return row.id, CHANGED


def update_member(db: Database, member_id: int, data: MemberInput) -> Changes:
    """Correct a member's name, kind, appointment, affiliation, term or note (the cap applies to the new term)."""
    with db.write(reason="공론화위원회 위원 수정") as s:
        row = _member(s, member_id)
        name, term = _checked(data)
        _check_cap(s, name, term, member_id)
        _check_attendance_kept(s, row, term)
        row.name, row.kind, row.appointment = name, data.kind.value, data.appointment.value
        row.affiliation, row.note = nfc(data.affiliation).strip(), nfc(data.note)
        row.term_from, row.term_to = term.start, term.end
        _check_decided_quorums(s, term)
    return CHANGED


def end_term(db: Database, member_id: int, last_day: date) -> Changes:
    """End a member's term on ``last_day`` (resignation, dismissal, end of the appointment)."""
    with db.write(reason="공론화위원회 위원 임기 종료") as s:
        row = _member(s, member_id)
        term = rules.checked_term(row.term_from, last_day)
        _check_attendance_kept(s, row, term)
        row.term_to = last_day  # a chair stays marked for the term served; set_chair names the next one
    return CHANGED


def delete_member(db: Database, member_id: int) -> Changes:
    """Delete a member entered by mistake; refused once they attended a meeting (end the term instead)."""
    with db.write(reason="공론화위원회 위원 삭제") as s:
        row = _member(s, member_id)
        if _attended(s, member_id):
            raise DomainError("committee_member_attended", name=_shown(row.name))
        s.delete(row)
    return CHANGED


def set_chair(db: Database, member_id: int) -> Changes:
    """Make a member the chair (위원장); any member whose term overlaps theirs stops being chair."""
    with db.write(reason="공론화위원회 위원장 지정") as s:
        row = _member(s, member_id)
        term = _term(row)
        for other in s.scalars(select(models.CommitteeMember).where(models.CommitteeMember.is_chair.is_(True))):
            if other.id != row.id and _term(other).overlaps(term.start, term.end):
                other.is_chair = False
        row.is_chair = True
    return CHANGED


# --- meetings ----------------------------------------------------------------------------------------------------


def _meeting_label(row: models.CommitteeMeeting) -> str:
    return f"{row.title or '회의'} ({row.held_on.isoformat()})"


def _meeting(session: Session, meeting_id: int) -> models.CommitteeMeeting:
    row = session.get(models.CommitteeMeeting, meeting_id)
    if row is None:
        raise NotFound("committee_meeting_not_found", meeting=meeting_id)
    return row


def _in_office_ids(session: Session, day: date) -> list[int]:
    return list(session.scalars(select(models.CommitteeMember.id).where(
        models.CommitteeMember.term_from <= day,
        or_(models.CommitteeMember.term_to.is_(None), models.CommitteeMember.term_to >= day))))


_DECISION_COLUMNS = ((CommitteeDecision.GO, "decision_meeting_id"), (CommitteeDecision.PROMOTION, "promotion_meeting_id"),
                     (CommitteeDecision.RECOMMENDATION, "recommendation_meeting_id"))


def _decisions_at(session: Session, meeting_id: int) -> list[str]:
    found: list[str] = []
    for kind, column in _DECISION_COLUMNS:
        for title in session.scalars(select(models.DeliberationItem.title).where(
                getattr(models.DeliberationItem, column) == meeting_id)):
            found.append(f"{kind.label}: {title}")
    return found


def meetings(db: Database) -> list[MeetingRow]:
    """Every meeting, newest first, with attendance against the members in office on its date."""
    with db.read() as s:
        rows = list(s.scalars(select(models.CommitteeMeeting).options(
            selectinload(models.CommitteeMeeting.attendance)).order_by(
            models.CommitteeMeeting.held_on.desc(), models.CommitteeMeeting.id.desc())))
        titles: dict[int, str] = {i: t for i, t in s.execute(select(models.DeliberationItem.id, models.DeliberationItem.title))}
        found: list[MeetingRow] = []
        for r in rows:
            listed = [int(i) for i in r.items] + _decided_items(s, r.id)  # a decided item was discussed there
            items = tuple(i for i in dict.fromkeys(listed) if i in titles)
            found.append(MeetingRow(
                id=r.id, held_on=r.held_on, title=r.title, items=items, item_titles=tuple(titles[i] for i in items),
                present=tuple(a.member_id for a in r.attendance), in_office=tuple(_in_office_ids(s, r.held_on)),
                decisions=tuple(_decisions_at(s, r.id)), note=r.note))
        return found


def _checked_meeting(session: Session, data: MeetingInput) -> tuple[str, list[int], list[int]]:
    if not isinstance(data.held_on, date):
        raise InvalidValue("date_required", field=Term("회의일"))
    title = nfc(data.title).strip()
    if len(title) > MAX_TITLE:
        raise InvalidValue("value_too_long", field=Term("회의명"), limit=MAX_TITLE, value=title[:20])
    items = list(dict.fromkeys(int(i) for i in data.items))
    for item_id in items:
        if session.get(models.DeliberationItem, item_id) is None:
            raise NotFound("deliberation_item_not_found", item=item_id)
    present = list(dict.fromkeys(int(m) for m in data.present))
    in_office = set(_in_office_ids(session, data.held_on))
    for member_id in present:
        member = _member(session, member_id)
        if member_id not in in_office:
            raise DomainError("committee_member_not_in_office", name=_shown(member.name), day=data.held_on)
    return title, items, present


def add_meeting(db: Database, data: MeetingInput) -> tuple[int, Changes]:
    """Record a meeting: date, name, items discussed, members present (each must be in office that day)."""
    with db.write(reason="공론화위원회 회의 기록") as s:
        title, items, present = _checked_meeting(s, data)
        row = models.CommitteeMeeting(held_on=data.held_on, title=title, items=items, note=nfc(data.note))
        row.attendance = [models.CommitteeAttendance(member_id=m) for m in present]
        s.add(row)
        s.flush()
        return row.id, CHANGED


def update_meeting(db: Database, meeting_id: int, data: MeetingInput) -> Changes:
    """Correct a meeting; a meeting that took decisions must keep its quorum and its date (the decisions' date)."""
    with db.write(reason="공론화위원회 회의 수정") as s:
        row = _meeting(s, meeting_id)
        title, items, present = _checked_meeting(s, data)
        decided = _decisions_at(s, meeting_id)
        if decided:
            if data.held_on != row.held_on:
                raise DomainError("committee_meeting_has_decisions", meeting=_meeting_label(row),
                                  decisions=", ".join(decided))
            rules.check_quorum(_meeting_label(row), len(_in_office_ids(s, data.held_on)), len(present))
            for item_id in _decided_items(s, meeting_id):
                if item_id not in items:
                    items.append(item_id)  # a decided item stays on the meeting's agenda
        row.held_on, row.title, row.items, row.note = data.held_on, title, items, nfc(data.note)
        kept = {a.member_id: a for a in row.attendance}
        row.attendance = [kept.get(m) or models.CommitteeAttendance(member_id=m) for m in present]
    return CHANGED


def _decided_items(session: Session, meeting_id: int) -> list[int]:
    ids: list[int] = []
    for _kind, column in _DECISION_COLUMNS:
        ids += session.scalars(select(models.DeliberationItem.id).where(
            getattr(models.DeliberationItem, column) == meeting_id))
    return ids


def delete_meeting(db: Database, meeting_id: int) -> Changes:
    """Delete a meeting entered by mistake; refused when a decision was taken at it."""
    with db.write(reason="공론화위원회 회의 삭제") as s:
        row = _meeting(s, meeting_id)
        decided = _decisions_at(s, meeting_id)
        if decided:
            raise DomainError("committee_meeting_has_decisions", meeting=_meeting_label(row),
                              decisions=", ".join(decided))
        s.delete(row)
    return CHANGED


def _quorate_meeting(session: Session, meeting_id: int, item: models.DeliberationItem) -> models.CommitteeMeeting:
    """The meeting of a decision: refused without quorum; the item joins the meeting's agenda."""
    meeting = _meeting(session, meeting_id)
    present = sum(1 for _a in meeting.attendance)
    rules.check_quorum(_meeting_label(meeting), len(_in_office_ids(session, meeting.held_on)), present)
    if item.id not in [int(i) for i in meeting.items]:
        meeting.items = [*meeting.items, item.id]
    return meeting


def _item(session: Session, item_id: int) -> models.DeliberationItem:
    row = session.get(models.DeliberationItem, item_id)
    if row is None:
        raise NotFound("deliberation_item_not_found", item=item_id)
    return row


def _decision_at_meeting(session: Session, item: models.DeliberationItem, meeting_id: int | None) -> date | None:
    """Link the 실시 여부 decision to ``meeting_id`` (checked for quorum); the meeting's date, or None."""
    if meeting_id is None:
        item.decision_meeting_id = None
        return None
    meeting = _quorate_meeting(session, meeting_id, item)
    item.decision_meeting_id = meeting.id
    return meeting.held_on


def _later_decision(session: Session, item_id: int, kind: CommitteeDecision, on: date | None, note: str,
                    meeting_id: int | None) -> None:
    item = _item(session, item_id)
    prefix = "promotion" if kind is CommitteeDecision.PROMOTION else "recommendation"
    if on is None and meeting_id is None:  # clear
        setattr(item, f"{prefix}_on", None)
        setattr(item, f"{prefix}_note", "")
        setattr(item, f"{prefix}_meeting_id", None)
        return
    if item.decision != Decision.GO.value:
        raise DomainError("committee_decision_needs_go", title=item.title, decision=kind)
    if meeting_id is not None:
        on = _quorate_meeting(session, meeting_id, item).held_on
    if on is None:
        raise InvalidValue("date_required", field=Term(kind.label))
    if item.decided_on is not None and on < item.decided_on:
        raise DomainError("committee_decision_before_go", decision=kind, day=on, decided=item.decided_on)
    if kind is CommitteeDecision.RECOMMENDATION and item.promotion_on is not None and on < item.promotion_on:
        raise DomainError("committee_decision_before_go", decision=kind, day=on, decided=item.promotion_on)
    setattr(item, f"{prefix}_on", on)
    setattr(item, f"{prefix}_note", nfc(note).strip())
    setattr(item, f"{prefix}_meeting_id", meeting_id)


def record_promotion(db: Database, item_id: int, on: date | None, note: str, meeting_id: int | None = None) -> Changes:
    """Record (or clear, with neither date nor meeting) the 추진위원회 구성 of an item decided 실시."""
    with db.write(reason="공론화 추진위원회 구성") as s:
        _later_decision(s, item_id, CommitteeDecision.PROMOTION, on, note, meeting_id)
    return CHANGED


def record_recommendation(db: Database, item_id: int, on: date | None, note: str,
                          meeting_id: int | None = None) -> Changes:
    """Record (or clear) the committee's adoption of the final 권고안 of an item decided 실시."""
    with db.write(reason="공론화 권고안 채택") as s:
        _later_decision(s, item_id, CommitteeDecision.RECOMMENDATION, on, note, meeting_id)
    return CHANGED


def _ref(session: Session, meeting_id: int | None) -> MeetingRef | None:
    if meeting_id is None:
        return None
    row = session.get(models.CommitteeMeeting, meeting_id)
    if row is None:
        return None
    return MeetingRef(row.id, row.title, row.held_on, len(row.attendance), len(_in_office_ids(session, row.held_on)))


def roster_period(item: models.DeliberationItem, today: date) -> tuple[date, date]:
    """The time the committee worked on the item (docs/업무규칙.md, "공론화 결과 보고서"): from the 실시 decision to
    the 권고안's adoption (today while it is pending); without a 실시 decision, from the item's opening to the 미실시
    decision (today while undecided)."""
    if item.decision == Decision.GO.value:
        start = item.decided_on or item.opened_on
        end = item.recommendation_on or max(today, start)
    else:
        start = item.opened_on
        end = item.decided_on or max(today, start)
    return start, max(start, end)


def _roster(session: Session, start: date, end: date) -> tuple[CommitteeMemberRow, ...]:
    """Members whose term overlaps [start, end]: the chair first, then by kind, term start and name (masked)."""
    order = {k.value: n for n, k in enumerate(MemberKind)}
    rows = [r for r in session.scalars(select(models.CommitteeMember)) if _term(r).overlaps(start, end)]
    rows.sort(key=lambda r: (not r.is_chair, order[r.kind], r.term_from, r.name))
    return tuple(_member_row(r, end) for r in rows)


def item_decisions(db: Database, item_id: int, today: date | None = None) -> ItemDecisions:
    """The committee's decisions on an item, each with the meeting (and its attendance) that took it, and the roster of
    the members in office while the committee worked on the item (:func:`roster_period`)."""
    with db.read() as s:
        row = _item(s, item_id)
        start, end = roster_period(row, today or date.today())
        return ItemDecisions(
            item_id=row.id, title=row.title, decision=Decision(row.decision) if row.decision else None,
            decided_on=row.decided_on, reason=row.decision_reason, decision_meeting=_ref(s, row.decision_meeting_id),
            promotion_on=row.promotion_on, promotion_note=row.promotion_note,
            promotion_meeting=_ref(s, row.promotion_meeting_id), recommendation_on=row.recommendation_on,
            recommendation_note=row.recommendation_note, recommendation_meeting=_ref(s, row.recommendation_meeting_id),
            roster=_roster(s, start, end), roster_from=start, roster_to=end)
