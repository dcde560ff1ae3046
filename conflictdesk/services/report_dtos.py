"""Conflict card and mediation reports as plain data (no queries: reports import this without SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.enums import LabeledEnum
from conflictdesk.domain.impact_analysis import AnalysisRow


def label_of(enum: type[LabeledEnum], value: str | None) -> str:
    """The Korean label of an enum value; unknown values are shown as stored, ``None`` as blank."""
    if value is None:
        return ""
    try:
        return enum(value).label
    except ValueError:
        return value


@dataclass(frozen=True)
class Header:
    """Project, department, round and grade shown at the top of a report."""

    code: str
    name: str
    department: str
    bureau: str
    round_code: str
    grade: int | None
    alert: str
    budget_won: int | None


@dataclass(frozen=True)
class ReviewRow:
    """A regular review (정기점검) of the card's project: round, due and done dates, findings, stage, recommendation."""

    round_code: str
    due: date
    done_on: date | None
    reviewer: str
    findings: str
    stage: str
    grade_recommendation: int | None


@dataclass(frozen=True)
class AlertSummary:
    """The card's alert level on 기준일 (signals of the look-back window) and the highest level of its round."""

    as_of: date
    lookback_days: int
    level: str
    met: tuple[str, ...]
    round_code: str
    highest: str
    highest_on: date | None
    highest_met: tuple[str, ...]


@dataclass(frozen=True)
class StakeholderRow:
    name: str
    kind: str
    position: str
    interests: str
    influence: int
    representative: str
    contact: str


@dataclass(frozen=True)
class ItemRow:
    """An action item of a plan or an agreed item of a council."""

    title: str
    owner: str
    due: date | None
    status: str
    done_on: date | None
    overdue: bool


@dataclass(frozen=True)
class PlanReport:
    background: str
    goal: str
    strategies: tuple[str, ...]
    strategy_note: str
    cooperating: str
    budget_won: int | None
    risks: str
    fallback: str
    items: tuple[ItemRow, ...]


@dataclass(frozen=True)
class ExpertRow:
    name: str
    affiliation: str
    role: str
    start_on: date
    end_on: date | None


@dataclass(frozen=True)
class CardReport:
    """Everything printed on a conflict card (갈등관리카드)."""

    header: Header
    unmasked: bool
    types: tuple[str, ...]
    field: str
    stage: str
    stage_since: date | None
    phase: str
    transitions: tuple[tuple[date, str, str, str], ...]  # (date, from, to, reason)
    issues: tuple[tuple[str, str], ...]  # (kind label, text)
    stakeholders: tuple[StakeholderRow, ...]
    signals: tuple[tuple[date, str, int, str], ...]  # (date, kind label, count, note)
    social_impact: str
    outlook: str
    actions: tuple[tuple[date, str], ...]
    plan: PlanReport | None
    experts: tuple[ExpertRow, ...]
    closed_on: date | None
    closure_reason: str
    alert: AlertSummary | None = None
    council: CouncilReport | None = None
    reviews: tuple[ReviewRow, ...] = ()
    analyses: tuple[AnalysisRow, ...] = ()  # 갈등영향분석, oldest first


@dataclass(frozen=True)
class MemberRow:
    name: str
    role: str
    affiliation: str
    side: str
    contact: str


@dataclass(frozen=True)
class MeetingRow:
    held_on: date
    place: str
    attendees: str
    minutes: str
    is_open: bool


@dataclass(frozen=True)
class CouncilReport:
    name: str
    formed_on: date
    end_on: date | None
    chair: str
    members: tuple[MemberRow, ...]
    rules: tuple[tuple[str, str], ...]  # (Korean label, text) in the national order
    schedule: str
    meetings: tuple[MeetingRow, ...]
    result_kind: str
    result_on: date | None
    result_text: str
    legality_note: str
    items: tuple[ItemRow, ...]


@dataclass(frozen=True)
class PaymentRow:
    paid_on: date
    expert: str
    amount_won: int
    purpose: str
    unrelated: bool = False  # paid to an expert neither assigned to the case nor on its council


@dataclass(frozen=True)
class MediationReport:
    """A mediation report (조정 결과 보고서): card summary, council, agreements, experts and payments."""

    card: CardReport
    council: CouncilReport | None
    payments: tuple[PaymentRow, ...]

    @property
    def paid_total_won(self) -> int:
        return sum(p.amount_won for p in self.payments)
