"""DTOs of 공론화: the agenda register, the panel draw, the result report (query-free: reports may import them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.deliberation import Decision, ItemSource, PetitionStatus, SupportCount, Thresholds
from conflictdesk.domain.panel_draw import QuotaFulfilment
from conflictdesk.services.changes import Changes
from conflictdesk.services.committee_dtos import ItemDecisions
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
    selected: bool  # in the panel now (drawn, not dropped out)
    dropped_on: date | None = None
    drop_reason: str = ""
    replaces: str = ""  # the number of the member this applicant replaced
    replacement_seed: int | None = None

    @property
    def first_drawn(self) -> bool:
        """Selected by the panel's draw itself (whether or not they dropped out since)."""
        return (self.selected or self.dropped_on is not None) and not self.replaces


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

    @property
    def first_selected(self) -> tuple[str, ...]:
        """The panel as its draw selected it, before any replacement (what ``panel verify`` reproduces)."""
        if not any(a.dropped_on or a.replaces for a in self.applicants):
            return self.selected
        return tuple(sorted(a.number for a in self.applicants if a.first_drawn))


@dataclass(frozen=True)
class PanelReplacement:
    """A replacement draw for a member who dropped out (dry run or recorded)."""

    item_id: int
    kind: str
    dropped: str
    dropped_on: date
    reason: str
    seed: int
    replacement: str
    candidates: tuple[str, ...]  # every applicant who would keep all quotas; the seed chose one, each 1/len
    quotas: tuple[QuotaFulfilment, ...]  # the panel with the replacement
    saved: bool
    changes: Changes = Changes()


@dataclass(frozen=True)
class DeliberationReport:
    """What the 공론화 결과 보고서 shows: the item (source, thresholds, decision, explanation), its drawn panels and
    its process (공론화 추진: timeline with attendance, 권고안 with the city's answers) when it has one."""

    item: AgendaItem
    panels: tuple[PanelDraw, ...]
    process: ProcessView | None = None
    committee: ItemDecisions | None = None  # the 공론화위원회's decisions with their meetings
