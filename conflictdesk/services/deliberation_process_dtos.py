"""DTOs of the 공론화 추진 (query-free: reports and the CLI import them without SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.allowances import AllowanceBudget, BudgetExecution
from conflictdesk.domain.deliberation_process import Answer, Phase, PhaseSummary
from conflictdesk.domain.enums import ItemStatus


@dataclass(frozen=True)
class EventRow:
    id: int
    phase: Phase
    region: str
    title: str
    planned: date | None
    held: date | None
    attendance: int | None
    place: str
    note: str

    @property
    def name(self) -> str:
        """What the event is called: its own title, else the phase (with the 권역 of a 권역별 공론장)."""
        if self.title:
            return self.title
        return f"{self.phase.label} ({self.region})" if self.region else self.phase.label


@dataclass(frozen=True)
class SpendingRow:
    id: int
    spent_on: date
    amount_won: int
    purpose: str


@dataclass(frozen=True)
class RecommendationRow:
    id: int
    position: int
    text: str
    answer: Answer | None
    reason: str
    owner: str
    due: date | None
    status: ItemStatus
    done_on: date | None
    overdue: bool


@dataclass(frozen=True)
class CaseRecommendation:
    """A recommendation of a 공론화 item referred from a conflict case, as that case's 점검 기록 form lists it."""

    item_id: int
    item_title: str
    recommendation: RecommendationRow


@dataclass(frozen=True)
class ProcessView:
    """An item's deliberation process: phases and events, 권역 gaps, budget and spending, recommendations."""

    id: int
    item_id: int
    item_title: str
    year: int
    regions: tuple[str, ...]
    plan: AllowanceBudget
    execution: BudgetExecution
    events: tuple[EventRow, ...]
    phases: tuple[PhaseSummary, ...]
    gaps: tuple[str, ...]
    spendings: tuple[SpendingRow, ...]
    recommendations: tuple[RecommendationRow, ...]
    note: str

    @property
    def attendance(self) -> int:
        """Everyone who attended an event of the process."""
        return sum(e.attendance or 0 for e in self.events)

    @property
    def overdue_count(self) -> int:
        return sum(1 for r in self.recommendations if r.overdue)


@dataclass(frozen=True)
class EventInput:
    """What the officer enters for an event."""

    phase: Phase
    region: str = ""
    title: str = ""
    planned: date | None = None
    held: date | None = None
    attendance: int | None = None
    place: str = ""
    note: str = ""


@dataclass(frozen=True)
class RecommendationInput:
    """What the officer enters for a recommendation and the city's answer."""

    text: str
    answer: Answer | None = None
    reason: str = ""
    owner: str = ""
    due: date | None = None
    status: ItemStatus = ItemStatus.PLANNED
    done_on: date | None = None
