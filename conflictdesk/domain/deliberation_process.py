"""The 공론화 추진 (deliberation process) rules: phases and their events, 권역 gaps, the city's answers to the 권고안.

See docs/업무규칙.md, "Deliberation (공론화)" → "공론화 추진". An item the 공론화위원회 decided to deliberate ("실시") gets
one process: events grouped in seven phases, each event with a planned and an actual date and its attendance; a
process copies the 권역 list (a setting) when it starts, and a 권역 without a 권역별 공론장 (planned or held) is a gap.
Each recommendation of the 권고안 gets the city's answer (수용 / 일부 수용 / 불수용; a reason is required for the
last two) and is tracked to implementation like a council agreement item (owner, due date, status).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.calendar import item_overdue
from conflictdesk.domain.enums import ItemStatus, LabeledEnum
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue

__all__ = [
    "DEFAULT_REGIONS",
    "MAX_ATTENDANCE",
    "Answer",
    "EventFacts",
    "Phase",
    "PhaseSummary",
    "RecommendationFacts",
    "checked_event",
    "checked_recommendation",
    "checked_regions",
    "phase_summaries",
    "recommendation_overdue",
    "region_gaps",
]


class Phase(LabeledEnum):
    """The phases of a deliberation process, in the order they run (the seed's 2020 process)."""

    SURVEY = ("survey", "시민인식조사")
    PANEL = ("panel", "시민참여단 구성")
    EDUCATION = ("education", "참여단 교육")
    REGIONAL = ("regional", "권역별 공론장")
    FUTURE = ("future", "미래세대 공론장")
    CITIZEN = ("citizen", "시민공론장")
    RECOMMENDATION = ("recommendation", "정책 권고안")


class Answer(LabeledEnum):
    """The city's answer to one recommendation of the 권고안."""

    ACCEPT = ("accept", "수용")
    PARTIAL = ("partial", "일부 수용")
    REJECT = ("reject", "불수용")


#: The city's 권역 for 권역별 공론장 unless the setting says otherwise: Incheon's 10 군·구 in five 권역
#: (중부권 중구·동구·미추홀구, 남부권 연수구·남동구, 북부권 부평구·계양구, 서부권 서구, 강화·옹진권 강화군·옹진군).
DEFAULT_REGIONS: tuple[str, ...] = ("중부권", "남부권", "북부권", "서부권", "강화·옹진권")
MAX_REGION_LENGTH = 20
MAX_REGIONS = 30
MAX_ATTENDANCE = 10_000_000


def checked_regions(names: Iterable[str]) -> tuple[str, ...]:
    """권역 names as stored: spaces collapsed, blanks dropped, unique, at most 20 characters each, at least one."""
    cleaned: list[str] = []
    for name in names:
        text = " ".join(str(name).split())
        if not text:
            continue
        if len(text) > MAX_REGION_LENGTH:
            raise InvalidValue("value_too_long", field=Term("권역"), limit=MAX_REGION_LENGTH, value=text[:20])
        if text in cleaned:
            raise InvalidValue("deliberation_region_duplicate", region=text)
        cleaned.append(text)
    if not cleaned:
        raise InvalidValue("value_required", field=Term("권역"))
    if len(cleaned) > MAX_REGIONS:
        raise InvalidValue("deliberation_regions_too_many", count=len(cleaned), limit=MAX_REGIONS)
    return tuple(cleaned)


@dataclass(frozen=True)
class EventFacts:
    """One event of a process as the rules see it."""

    phase: Phase
    region: str
    planned: date | None
    held: date | None
    attendance: int | None


def checked_event(phase: object, region: str, planned: date | None, held: date | None, attendance: int | None,
                  regions: Sequence[str], today: date) -> EventFacts:
    """An event as it may be stored, or ``InvalidValue`` naming the field.

    A 권역별 공론장 names one of the process's 권역, other events none; an actual date is not later than today;
    attendance is a whole number from 0 and only for an event that was held.
    """
    if not isinstance(phase, Phase):
        raise InvalidValue("unknown_choice", field=Term("단계"), value=str(phase))
    region = " ".join(region.split())
    if phase is Phase.REGIONAL:
        if not region:
            raise InvalidValue("deliberation_event_region_required")
        if region not in regions:
            raise InvalidValue("deliberation_region_unknown", region=region, regions=", ".join(regions))
    else:
        region = ""
    if held is not None and held > today:
        raise InvalidValue("deliberation_event_held_in_future", held=held, today=today)
    if attendance is not None:
        if isinstance(attendance, bool) or not isinstance(attendance, int) or not 0 <= attendance <= MAX_ATTENDANCE:
            raise InvalidValue("deliberation_attendance_invalid", value=repr(attendance))
        if held is None:
            raise InvalidValue("deliberation_attendance_needs_held")
    return EventFacts(phase, region, planned, held, attendance)


@dataclass(frozen=True)
class PhaseSummary:
    """A phase over its events: first and last planned and actual dates, attendance summed, events counted."""

    phase: Phase
    events: int
    planned_from: date | None
    planned_to: date | None
    held_from: date | None
    held_to: date | None
    attendance: int | None  # None when no held event recorded attendance
    held_events: int = 0

    @property
    def held_all(self) -> bool:
        """Every event of the phase was held (False for a phase without events)."""
        return self.events > 0 and self.held_events == self.events


def phase_summaries(events: Iterable[EventFacts]) -> tuple[PhaseSummary, ...]:
    """One summary per phase, in phase order (a phase without events has zero events and no dates)."""
    grouped: dict[Phase, list[EventFacts]] = {p: [] for p in Phase}
    for event in events:
        grouped[event.phase].append(event)
    out = []
    for phase, found in grouped.items():
        planned = sorted(e.planned for e in found if e.planned is not None)
        held = sorted(e.held for e in found if e.held is not None)
        counts = [e.attendance for e in found if e.attendance is not None]
        out.append(PhaseSummary(phase, len(found), planned[0] if planned else None, planned[-1] if planned else None,
                                held[0] if held else None, held[-1] if held else None,
                                sum(counts) if counts else None, len(held)))
    return tuple(out)


def region_gaps(regions: Sequence[str], events: Iterable[EventFacts]) -> tuple[str, ...]:
    """The 권역 (in the list's order) without a 권역별 공론장 that is planned or held: each is a gap."""
    covered = {e.region for e in events
               if e.phase is Phase.REGIONAL and (e.planned is not None or e.held is not None)}
    return tuple(r for r in regions if r not in covered)


@dataclass(frozen=True)
class RecommendationFacts:
    """A recommendation as it may be stored (text and answer checked, status consistent)."""

    text: str
    answer: Answer | None
    reason: str
    owner: str
    due: date | None
    status: ItemStatus
    done_on: date | None


MAX_RECOMMENDATION = 2_000


def checked_recommendation(text: str, answer: object, reason: str, owner: str, due: date | None,
                           status: object, done_on: date | None) -> RecommendationFacts:
    """The answer rules: a reason for 일부 수용 and 불수용; 불수용 is not implemented (status 취소, no due date);
    완료 needs its date, and only 완료 keeps one; a recommendation not answered yet cannot be 완료."""
    text, reason, owner = text.strip(), reason.strip(), owner.strip()
    if not text:
        raise InvalidValue("value_required", field=Term("권고 내용"))
    if len(text) > MAX_RECOMMENDATION:
        raise InvalidValue("value_too_long", field=Term("권고 내용"), limit=MAX_RECOMMENDATION, value=text[:20])
    if answer is not None and not isinstance(answer, Answer):
        raise InvalidValue("unknown_choice", field=Term("시 답변"), value=str(answer))
    if not isinstance(status, ItemStatus):
        raise InvalidValue("unknown_choice", field=Term("이행 상태"), value=str(status))
    if answer in (Answer.PARTIAL, Answer.REJECT) and not reason:
        raise InvalidValue("recommendation_reason_required", answer=answer)
    if answer is Answer.REJECT:
        return RecommendationFacts(text, answer, reason, owner, None, ItemStatus.DROPPED, None)
    if status is ItemStatus.DONE:
        if answer is None:
            raise InvalidValue("recommendation_done_unanswered")
        if done_on is None:
            raise InvalidValue("recommendation_done_date_required")
    return RecommendationFacts(text, answer, reason, owner, due, status,
                               done_on if status is ItemStatus.DONE else None)


def recommendation_overdue(due: date | None, status: ItemStatus, done_on: date | None, today: date) -> bool:
    """Past its due date and neither 완료 nor 취소: the agreement-item rule (``calendar.item_overdue``)."""
    return item_overdue(due, status.value, done_on, today)
