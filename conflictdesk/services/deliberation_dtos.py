"""DTOs of the 공론화 agenda register (query-free, so reports and the GUI may import them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.deliberation import Decision, ItemSource, PetitionStatus, SupportCount, Thresholds


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
