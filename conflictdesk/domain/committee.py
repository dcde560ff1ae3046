"""공론화위원회 rules: members' terms, the cap of 15 in office, the ordinance's composition, quorum.

See docs/업무규칙.md, "Deliberation committee (공론화위원회)". A member is in office from the first to the last day of
the term (an open end means still in office). At most :data:`MAX_MEMBERS` members may be in office on any one date; the
ordinance's composition (갈등관리전문가 5 · 시민단체 4 · 시의원 3 · 공무원 3; 당연직 3 · 위촉 12) is compared with the
members in office and a deviation is warned, not refused. A meeting has quorum when more than half of the members in
office on its date are present; a decision at a meeting without quorum is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.enums import LabeledEnum
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import DomainError, InvalidValue
from conflictdesk.domain.masking import mask_name

#: At most this many members in office on any date (조례).
MAX_MEMBERS = 15


class MemberKind(LabeledEnum):
    """The four groups the ordinance composes the committee of."""

    EXPERT = ("expert", "갈등관리전문가")
    CIVIC = ("civic", "시민단체")
    COUNCILLOR = ("councillor", "시의원")
    OFFICIAL = ("official", "공무원")


class Appointment(LabeledEnum):
    """How a member sits on the committee: by office (당연직) or appointed (위촉)."""

    EX_OFFICIO = ("ex_officio", "당연직")
    APPOINTED = ("appointed", "위촉")


class CommitteeDecision(LabeledEnum):
    """The committee's decisions on an agenda item, in the order they are taken."""

    GO = ("go", "공론화 실시 여부")
    PROMOTION = ("promotion", "추진위원회 구성")
    RECOMMENDATION = ("recommendation", "권고안 채택")


#: The ordinance's composition: members per kind (5 · 4 · 3 · 3) and per appointment (당연직 3, 위촉 12).
COMPOSITION: dict[MemberKind, int] = {MemberKind.EXPERT: 5, MemberKind.CIVIC: 4, MemberKind.COUNCILLOR: 3,
                                      MemberKind.OFFICIAL: 3}
APPOINTMENTS: dict[Appointment, int] = {Appointment.EX_OFFICIO: 3, Appointment.APPOINTED: 12}


@dataclass(frozen=True)
class MemberTerm:
    """A member's term: from ``start`` to ``end`` inclusive (``end`` None: still in office)."""

    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, start: date, end: date | None) -> bool:
        return (end is None or self.start <= end) and (self.end is None or start <= self.end)


def checked_term(start: date | None, end: date | None) -> MemberTerm:
    """A term from the officer's dates: a start is required, an end before the start refused."""
    if start is None:
        raise InvalidValue("date_required", field=Term("임기 시작일"))
    if end is not None and end < start:
        raise InvalidValue("end_before_start", end_field=Term("임기 종료일"), end=end,
                           start_field=Term("임기 시작일"), start=start)
    return MemberTerm(start, end)


def peak_in_office(terms: Iterable[MemberTerm], start: date, end: date | None) -> tuple[int, date]:
    """The most terms in office on one day within [start, end] and the first such day.

    The count only rises on a term's first day, so it is enough to look at ``start`` and every term start inside.
    """
    terms = list(terms)
    days = sorted({start, *(t.start for t in terms if t.start > start and (end is None or t.start <= end))})
    best, best_day = 0, start
    for day in days:
        count = sum(1 for t in terms if t.covers(day))
        if count > best:
            best, best_day = count, day
    return best, best_day


def check_cap(others: Sequence[MemberTerm], name: str, term: MemberTerm) -> None:
    """Refuse ``name``'s ``term`` when with it more than :data:`MAX_MEMBERS` members would be in office on a day."""
    peak, day = peak_in_office([t for t in others if t.overlaps(term.start, term.end)], term.start, term.end)
    if peak + 1 > MAX_MEMBERS:
        raise DomainError("committee_full", name=mask_name(name), day=day, limit=MAX_MEMBERS, count=peak)


@dataclass(frozen=True)
class CompositionRow:
    """One group of the composition: the ordinance's number and the members in office."""

    label: str
    code: str
    expected: int
    actual: int

    @property
    def deviates(self) -> bool:
        return self.expected != self.actual


@dataclass(frozen=True)
class Composition:
    """The committee in office on a day against the ordinance (kinds, then 당연직/위촉)."""

    kinds: tuple[CompositionRow, ...]
    appointments: tuple[CompositionRow, ...]
    total: int

    @property
    def deviations(self) -> tuple[CompositionRow, ...]:
        return tuple(r for r in (*self.kinds, *self.appointments) if r.deviates)

    @property
    def warning(self) -> str:
        """"" when the composition is the ordinance's, else one Korean line naming each group that differs."""
        if not self.deviations:
            return ""
        parts = ", ".join(f"{r.label} {r.actual}명(조례 {r.expected}명)" for r in self.deviations)
        return f"조례의 구성과 다릅니다: {parts}"

    def line(self) -> str:
        """"갈등관리전문가 5/5 · 시민단체 4/4 · 시의원 3/3 · 공무원 3/3 (당연직 3/3, 위촉 12/12) — 15명"."""
        kinds = " · ".join(f"{r.label} {r.actual}/{r.expected}" for r in self.kinds)
        appointments = ", ".join(f"{r.label} {r.actual}/{r.expected}" for r in self.appointments)
        return f"{kinds} ({appointments}) — {self.total}명"


def composition(members: Iterable[tuple[MemberKind, Appointment]]) -> Composition:
    """The composition of ``members`` (kind, appointment) — pass those in office on the day of interest."""
    members = list(members)
    kinds = tuple(CompositionRow(k.label, k.value, n, sum(1 for kind, _a in members if kind is k))
                  for k, n in COMPOSITION.items())
    appointments = tuple(CompositionRow(a.label, a.value, n, sum(1 for _k, ap in members if ap is a))
                         for a, n in APPOINTMENTS.items())
    return Composition(kinds, appointments, len(members))


def quorum_needed(in_office: int) -> int:
    """Members who must be present for quorum: more than half of those in office (15 → 8, 14 → 8, 1 → 1)."""
    return in_office // 2 + 1


def has_quorum(in_office: int, present: int) -> bool:
    return in_office > 0 and present >= quorum_needed(in_office)


def check_quorum(meeting: str, in_office: int, present: int) -> None:
    """Refuse a decision at ``meeting`` unless more than half of the members in office were present."""
    if not has_quorum(in_office, present):
        raise DomainError("committee_no_quorum", meeting=meeting, present=present, in_office=in_office,
                          needed=quorum_needed(in_office))
