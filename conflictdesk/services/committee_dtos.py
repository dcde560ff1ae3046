"""DTOs of the 공론화위원회: members, composition, meetings with attendance, decisions per item (query-free)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.committee import Appointment, Composition, MemberKind, has_quorum, quorum_needed
from conflictdesk.domain.deliberation import Decision


@dataclass(frozen=True)
class MemberInput:
    """What the officer enters for a member (the name as typed; outputs mask it)."""

    name: str
    kind: MemberKind
    appointment: Appointment
    term_from: date
    term_to: date | None = None
    affiliation: str = ""
    note: str = ""


@dataclass(frozen=True)
class CommitteeMemberRow:
    """A member as every output shows it: the name masked (홍*동)."""

    id: int
    name: str
    kind: MemberKind
    appointment: Appointment
    affiliation: str
    term_from: date
    term_to: date | None
    chair: bool
    in_office: bool  # on the day the view was asked for


@dataclass(frozen=True)
class CommitteeView:
    """The committee on a day: every member (in office or not), the composition of those in office."""

    on: date
    members: tuple[CommitteeMemberRow, ...]
    composition: Composition

    @property
    def in_office(self) -> tuple[CommitteeMemberRow, ...]:
        return tuple(m for m in self.members if m.in_office)

    @property
    def chair(self) -> CommitteeMemberRow | None:
        return next((m for m in self.in_office if m.chair), None)


@dataclass(frozen=True)
class MeetingInput:
    """A meeting as the officer enters it: date, name, agenda items discussed, members present."""

    held_on: date
    title: str = ""
    items: tuple[int, ...] = ()
    present: tuple[int, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class MeetingRow:
    """A meeting with its attendance against the members in office on its date."""

    id: int
    held_on: date
    title: str
    items: tuple[int, ...]
    item_titles: tuple[str, ...]
    present: tuple[int, ...]  # member ids
    in_office: tuple[int, ...]  # member ids in office on the date
    decisions: tuple[str, ...]  # "실시 여부: 안건명" … taken at this meeting
    note: str

    @property
    def needed(self) -> int:
        return quorum_needed(len(self.in_office))

    @property
    def quorate(self) -> bool:
        return has_quorum(len(self.in_office), len(self.present))

    @property
    def label(self) -> str:
        """"제1차 정기회의 (2019-12-20)" — the name and date that identify the meeting in messages."""
        return f"{self.title or '회의'} ({self.held_on.isoformat()})"


@dataclass(frozen=True)
class MeetingRef:
    """The meeting at which a decision was taken, with its attendance."""

    id: int
    title: str
    held_on: date
    present: int
    in_office: int


@dataclass(frozen=True)
class ItemDecisions:
    """The committee's three decisions on an agenda item (each None/empty until taken)."""

    item_id: int
    title: str
    decision: Decision | None
    decided_on: date | None
    reason: str
    decision_meeting: MeetingRef | None
    promotion_on: date | None
    promotion_note: str
    promotion_meeting: MeetingRef | None
    recommendation_on: date | None
    recommendation_note: str
    recommendation_meeting: MeetingRef | None
    #: The members in office at some time from ``roster_from`` to ``roster_to`` (the process; names masked).
    roster: tuple[CommitteeMemberRow, ...] = ()
    roster_from: date | None = None
    roster_to: date | None = None
