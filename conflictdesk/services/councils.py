"""Mediation councils (갈등조정협의회): form one per case, basic rules and schedule, members (at most 15)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conflictdesk.domain.council import BASIC_RULE_ITEMS, check_can_add_member, check_chair_independent
from conflictdesk.domain.enums import ItemStatus, MemberRole, ResultKind
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.text import nfc
from conflictdesk.services.changes import Changes
from conflictdesk.services.projects import _project_id_by_code
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import AgreementItem, Council, CouncilMeeting, CouncilMember, Project

#: Older keys some records use for three of the basic-rule items.
RULE_ALIASES = {"chair": "chair_selection", "result": "result_drafting", "cost": "cost_sharing"}

#: Key in ``Council.basic_rules`` (JSON) under which each meeting's openness consents are kept, without a
#: schema change: ``{"<meeting id>": [<member id of a 당사자 대표 who agreed to open it>, …]}``. Keys starting
#: with "_" are bookkeeping, never a basic-rule item; ``update_council`` keeps this one and reports skip it.
CONSENTS_KEY = "_meeting_consents"


@dataclass(frozen=True)
class MemberInput:
    name: str
    role: MemberRole
    affiliation: str = ""
    side: str = ""
    contact: str = ""
    expert_id: int | None = None


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    role: MemberRole
    affiliation: str
    side: str
    contact: str
    expert_id: int | None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: date
    place: str
    attendees: str
    minutes: str
    is_open: bool
    consents: tuple[int, ...] = ()  # member ids of the 당사자 대표 who agreed to open the meeting


@dataclass(frozen=True)
class ItemRow:
    id: int
    project_code: str
    text: str
    owner: str
    due: date | None
    status: ItemStatus
    done_on: date | None


@dataclass(frozen=True)
class CouncilView:
    """One council with everything the editor and the CLI show."""

    id: int
    project_code: str
    project_name: str
    name: str
    formed_on: date
    basic_rules: dict[str, str]
    schedule: str
    end_on: date | None
    result_kind: ResultKind | None
    result_on: date | None
    result_text: str
    legality_note: str
    version: int
    members: tuple[MemberRow, ...]
    meetings: tuple[MeetingRow, ...]
    items: tuple[ItemRow, ...]

    @property
    def chair(self) -> MemberRow | None:
        return next((m for m in self.members if m.role is MemberRole.CHAIR), None)


def normalise_rules(raw: dict[str, Any]) -> dict[str, str]:
    """The 8 basic-rule items by code (empty text for a missing item)."""
    rules = {code: "" for code, _label in BASIC_RULE_ITEMS}
    for key, value in raw.items():
        code = RULE_ALIASES.get(key, key)
        if code in rules and isinstance(value, str):
            rules[code] = value
    return rules


def member_row(m: CouncilMember) -> MemberRow:
    return MemberRow(m.id, m.name, MemberRole(m.role), m.affiliation, m.side, m.contact, m.expert_id)


def item_row(item: AgreementItem, code: str) -> ItemRow:
    return ItemRow(item.id, code, item.text, item.owner, item.due, ItemStatus(item.status), item.done_on)


def stored_consents(c: Council) -> dict[str, list[int]]:
    """The raw consents mapping (meeting id as text → member ids); empty when none were recorded."""
    raw = (c.basic_rules or {}).get(CONSENTS_KEY)
    if not isinstance(raw, dict):
        return {}
    return {str(k): [int(i) for i in v if isinstance(i, int)] for k, v in raw.items() if isinstance(v, list)}


def with_consents(c: Council, consents: dict[str, list[int]]) -> None:
    """Store ``consents`` in the council's JSON (a new dict, so SQLAlchemy sees the change)."""
    rules = {k: v for k, v in (c.basic_rules or {}).items() if k != CONSENTS_KEY}
    if consents:
        rules[CONSENTS_KEY] = consents
    c.basic_rules = rules


def party_ids(c: Council) -> list[int]:
    return [m.id for m in c.members if m.role == MemberRole.PARTY.value]


def meeting_consents(c: Council, m: CouncilMeeting) -> tuple[int, ...]:
    """Who agreed to open ``m``. Meetings stored before consents were recorded were open only with every
    party's agreement, so an open one without a record counts as agreed by all current parties."""
    stored = stored_consents(c)
    if str(m.id) in stored:
        return tuple(stored[str(m.id)])
    return tuple(party_ids(c)) if m.is_open else ()


def _view_of(c: Council) -> CouncilView:
    code = c.project.code
    return CouncilView(
        c.id, code, c.project.name, c.name, c.formed_on, normalise_rules(c.basic_rules), c.schedule, c.end_on,
        ResultKind(c.result_kind) if c.result_kind else None, c.result_on, c.result_text, c.legality_note,
        c.version, tuple(member_row(m) for m in c.members),
        tuple(meeting_row(m, meeting_consents(c, m)) for m in c.meetings),
        tuple(item_row(i, code) for i in c.items),
    )


def _council_record(session: Session, project_code: str) -> Council:
    """The council of the case; NotFound for an unknown code or a case without a council."""
    project_id = _project_id_by_code(session, project_code)
    council = session.scalar(select(Council).where(Council.project_id == project_id))
    if council is None:
        raise NotFound("council_not_found", project=project_code)
    return council


def get_council(db: Database, project_code: str) -> CouncilView:
    with db.read() as s:
        return _view_of(_council_record(s, project_code))


def council_cases(db: Database) -> list[tuple[str, str]]:
    """(code, name) of every case that has a council."""
    with db.read() as s:
        stmt = select(Project.code, Project.name).join(Council, Council.project_id == Project.id).order_by(Project.code)
        return [(code, name) for code, name in s.execute(stmt)]


def form_council(db: Database, project_code: str, formed_on: date, name: str = "갈등조정협의회") -> Changes:
    """Form the case's council (one per case)."""
    with db.write(reason=f"갈등조정협의회 구성: {project_code}") as s:
        project_id = _project_id_by_code(s, project_code)
        if s.scalar(select(Council.id).where(Council.project_id == project_id)) is not None:
            raise DomainError("council_exists", project=project_code)
        s.add(Council(project_id=project_id, formed_on=formed_on, name=nfc(name) or "갈등조정협의회",
                      basic_rules={code: "" for code, _l in BASIC_RULE_ITEMS}))
    return Changes.of("council")


def update_council(
    db: Database, project_code: str, seen_version: int | None, *, name: str, formed_on: date,
    basic_rules: dict[str, str], schedule: str, end_on: date | None,
) -> Changes:
    """Save name, formed date, the 8 basic rules, the agreed schedule and the end date."""
    if end_on is not None and end_on < formed_on:
        raise InvalidValue("end_before_start", end_field=Term("종료 예정일"), end=end_on, start_field=Term("구성일"),
                           start=formed_on)
    with db.write(reason="갈등조정협의회 기본규칙·일정") as s:
        council = _council_record(s, project_code)
        expect_version(council, seen_version, "협의회")
        council.name = nfc(name) or "갈등조정협의회"
        council.formed_on = formed_on
        consents = stored_consents(council)
        council.basic_rules = {code: nfc(basic_rules.get(code, "")) for code, _l in BASIC_RULE_ITEMS}
        with_consents(council, consents)
        council.schedule = nfc(schedule)
        council.end_on = end_on
    return Changes.of("council")


def _check_roster(members: list[tuple[str, MemberRole, str, str]]) -> None:
    """At most one chair, and the chair independent of every party (name, affiliation or side)."""
    chairs = [m for m in members if m[1] is MemberRole.CHAIR]
    if len(chairs) > 1:
        raise DomainError("second_chair")
    if not chairs:
        return
    parties: list[tuple[str, str]] = []
    for name, role, affiliation, side in members:
        if role is MemberRole.PARTY:
            parties.append((name, affiliation))
            if side:
                parties.append(("", side))
    check_chair_independent(chairs[0][0], chairs[0][2], parties)


def _clean_member(data: MemberInput) -> MemberInput:
    cleaned = MemberInput(nfc(data.name), MemberRole(data.role), nfc(data.affiliation), nfc(data.side),
                          nfc(data.contact), data.expert_id)
    if not cleaned.name:
        raise InvalidValue("value_required", field=Term("위원 성명"))
    return cleaned


def _roster(council: Council) -> list[tuple[str, MemberRole, str, str]]:
    return [(m.name, MemberRole(m.role), m.affiliation, m.side) for m in council.members]


def add_member(db: Database, project_code: str, data: MemberInput) -> tuple[int, Changes]:
    """Add a member; a 16th is refused with ``CouncilFull``, a dependent chair with ``chair_not_independent``."""
    cleaned = _clean_member(data)
    with db.write(reason="협의회 위원 추가") as s:
        council = _council_record(s, project_code)
        count = s.scalar(select(func.count(CouncilMember.id)).where(CouncilMember.council_id == council.id)) or 0
        check_can_add_member(int(count))
        _check_roster([*_roster(council), (cleaned.name, cleaned.role, cleaned.affiliation, cleaned.side)])
        position = max((m.position for m in council.members), default=-1) + 1
        member = CouncilMember(council_id=council.id, position=position, name=cleaned.name,
                               role=cleaned.role.value, affiliation=cleaned.affiliation, side=cleaned.side,
                               contact=cleaned.contact, expert_id=cleaned.expert_id)
        s.add(member)
        s.flush()
        return member.id, Changes.of("council")


def _member(session: Session, member_id: int) -> CouncilMember:
    member = session.get(CouncilMember, member_id)
    if member is None:
        raise NotFound("council_member_not_found", member=member_id)
    return member


def remove_member(db: Database, member_id: int) -> Changes:
    with db.write(reason="협의회 위원 해촉") as s:
        member = _member(s, member_id)
        council = member.council
        consents = stored_consents(council)
        if any(member_id in ids for ids in consents.values()):
            with_consents(council, {k: [i for i in ids if i != member_id] for k, ids in consents.items()})
        s.delete(member)
    return Changes.of("council")


def meeting_row(m: CouncilMeeting, consents: tuple[int, ...] = ()) -> MeetingRow:
    return MeetingRow(m.id, m.held_on, m.place, m.attendees, m.minutes, m.is_open, consents)
