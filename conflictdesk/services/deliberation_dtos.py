"""DTOs of 공론화: the agenda register, the panel draw, the result report (query-free: reports may import them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.deliberation import Decision, ItemSource, PetitionStatus, SupportCount, Thresholds
from conflictdesk.domain.panel_draw import QuotaFulfilment
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_process_dtos import ProcessView


@dataclass(frozen=True)
class AgendaItem:
    """One row of the register: the item, its source details, where it stands against its thresholds."""

    id: int
    title: str
    source: ItemSource
    opened: date
    reference: str
    project_code: str | None
    thresholds: Thresholds
    counts: tuple[SupportCount, ...]
    status: PetitionStatus | None  # petitions only
    support: int | None  # the count the rule judged (highest within the window)
    qualifies: bool
    explain_due: date | None
    explain_given: date | None
    explain_text: str
    decision: Decision | None
    decided_on: date | None
    decision_reason: str
    note: str

    @property
    def explain_owed(self) -> bool:
        """A 시민 설명 대상 whose explanation has not been given yet."""
        return self.explain_due is not None and self.explain_given is None


@dataclass(frozen=True)
class ItemInput:
    """What the officer enters for a new (or edited) agenda item."""

    title: str
    source: ItemSource
    opened: date
    reference: str = ""
    project_code: str | None = None
    note: str = ""


@dataclass(frozen=True)
class PetitionImport:
    """What an import of petitions did: added and updated titles, counts stored."""

    file: str
    added: tuple[str, ...]
    updated: tuple[str, ...]
    counts: int


@dataclass(frozen=True)
class DrawnApplicant:
    number: str
    name: str  # masked
    values: dict[str, str]
    probability: float
    selected: bool


@dataclass(frozen=True)
class PanelDraw:
    """A draw (dry run or recorded): what was drawn, how, and how the quotas were met."""

    item_id: int
    kind: str
    size: int
    seed: int
    algorithm: str
    library_version: str
    input_hash: str
    selected: tuple[str, ...]
    probabilities: dict[str, float]
    quotas: tuple[QuotaFulfilment, ...]
    applicants: tuple[DrawnApplicant, ...]
    saved: bool
    changes: Changes = Changes()

    @property
    def min_probability(self) -> float:
        return min(self.probabilities.values()) if self.probabilities else 0.0


@dataclass(frozen=True)
class DeliberationReport:
    """What the 공론화 결과 보고서 shows: the item (source, thresholds, decision, explanation), its drawn panels and
    its process (공론화 추진: timeline with attendance, 권고안 with the city's answers) when it has one."""

    item: AgendaItem
    panels: tuple[PanelDraw, ...]
    process: ProcessView | None = None
