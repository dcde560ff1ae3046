"""Plain DTOs of the conflict card (갈등관리카드) and response plan, plus pure helpers over them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from conflictdesk.domain.alerts import AlertResult, SignalObservation, evaluate_alerts
from conflictdesk.domain.enums import ConflictStage, SignalKind
from conflictdesk.domain.impact_analysis import AnalysisRow
from conflictdesk.domain.masking import PERSON, mask_contact, mask_name, shown_name
from conflictdesk.domain.obligations import card_is_complete

#: Completeness items of a grade 1–2 card (docs/업무규칙.md §Duties), in the order the editor lists them.
MISSING_ISSUES = "주요쟁점"
MISSING_STAGE = "갈등단계"
MISSING_OUTLOOK = "향후 전망"
MISSING_PLAN = "대응계획 조치항목"


@dataclass(frozen=True)
class IssueRow:
    """A main issue (주요쟁점); ``id`` is None for a row not yet stored."""

    text: str
    kind: str = "interest"
    id: int | None = None


@dataclass(frozen=True)
class StakeholderRow:
    """A stakeholder with full name and contact (mask with :func:`masked_stakeholder` before showing)."""

    name: str
    kind: str = "other"
    position: str = ""
    interests: str = ""
    influence: int = 3
    representative: str = ""
    contact: str = ""
    id: int | None = None
    party: str = "person"  # PartyKind: a person is masked in every output, an organisation never


@dataclass(frozen=True)
class SignalRow:
    kind: str
    observed_on: date
    count: int = 1
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ActionRow:
    acted_on: date
    text: str
    id: int | None = None


@dataclass(frozen=True)
class TransitionRow:
    """One dated stage change; ``from_stage`` is None for the first."""

    to_stage: str
    changed_on: date
    reason: str = ""
    from_stage: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class PlanItemRow:
    title: str
    owner: str = ""
    due: date | None = None
    status: str = "planned"
    done_on: date | None = None
    id: int | None = None
    overdue: bool = False


@dataclass(frozen=True)
class PlanView:
    """Response plan (대응계획) fields and action items; also the form the editor saves."""

    background: str = ""
    goal: str = ""
    strategies: tuple[str, ...] = ()
    strategy_note: str = ""
    cooperating_departments: str = ""
    budget_won: int | None = None
    risks: str = ""
    fallback: str = ""
    items: tuple[PlanItemRow, ...] = ()


@dataclass(frozen=True)
class SnapshotRow:
    """The card as it stood in one round."""

    round_code: str
    grade: int | None
    stage: str | None
    phase: str | None
    issues: tuple[IssueRow, ...]
    outlook: str


@dataclass(frozen=True)
class RoundChange:
    """What changed from the previous snapshot to this one (변경 이력); ``previous`` is None for the first."""

    round_code: str
    previous: str | None
    grade: tuple[int | None, int | None] | None = None
    stage: tuple[str | None, str | None] | None = None
    phase: tuple[str | None, str | None] | None = None
    issues_added: tuple[str, ...] = ()
    issues_removed: tuple[str, ...] = ()
    outlook: tuple[str, str] | None = None

    @property
    def changed(self) -> bool:
        return any((self.grade, self.stage, self.phase, self.issues_added, self.issues_removed, self.outlook))


@dataclass(frozen=True)
class CardView:
    """Everything the editor, the CLI and reports show of one card."""

    card_id: int
    project_code: str
    project_name: str
    department: str
    grade: int | None
    round_code: str | None
    conflict_types: tuple[str, ...]
    field: str
    stage: str | None
    stage_since: date | None
    phase: str | None
    social_impact: str
    outlook: str
    closed_on: date | None
    closure_reason: str
    issues: tuple[IssueRow, ...]
    stakeholders: tuple[StakeholderRow, ...]
    signals: tuple[SignalRow, ...]
    actions: tuple[ActionRow, ...]
    transitions: tuple[TransitionRow, ...]
    plan: PlanView | None
    snapshots: tuple[SnapshotRow, ...]
    version: int
    decision_pending: bool = False  # 결정 대기: carried into ``round_code``, no 계속/하향/해소·제외/재선정 yet
    analyses: tuple[AnalysisRow, ...] = ()  # 갈등영향분석 of the case, oldest first (saved apart from the card)


@dataclass(frozen=True)
class CardForm:
    """What the editor saves in one go: fields, lists (rows with ``id`` None are new) and pending stage changes."""

    conflict_types: tuple[str, ...] = ()
    field: str = ""
    phase: str | None = None
    social_impact: str = ""
    outlook: str = ""
    closed_on: date | None = None
    closure_reason: str = ""
    issues: tuple[IssueRow, ...] = ()
    stakeholders: tuple[StakeholderRow, ...] = ()
    signals: tuple[SignalRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    new_transitions: tuple[TransitionRow, ...] = ()
    plan: PlanView | None = None


@dataclass(frozen=True)
class CardListRow:
    """One line of the card list: grade 1–2 cases of the latest round first."""

    code: str
    name: str
    department: str
    grade: int | None
    stage: str | None
    has_card: bool
    missing: tuple[str, ...] = field(default_factory=tuple)
    closed: bool = False


def form_of(view: CardView) -> CardForm:
    """The form that would save ``view`` unchanged."""
    return CardForm(
        conflict_types=view.conflict_types, field=view.field, phase=view.phase, social_impact=view.social_impact,
        outlook=view.outlook, closed_on=view.closed_on, closure_reason=view.closure_reason, issues=view.issues,
        stakeholders=view.stakeholders, signals=view.signals, actions=view.actions, plan=view.plan,
    )


def missing_of(issue_count: int, stage: str | None, outlook: str, plan_items: int | None) -> tuple[str, ...]:
    """Missing completeness items; the card part follows ``domain.obligations.card_is_complete``."""
    parsed = ConflictStage(stage) if stage else None
    missing: list[str] = []
    if not card_is_complete(issue_count, parsed, outlook):
        if issue_count <= 0:
            missing.append(MISSING_ISSUES)
        if parsed is None:
            missing.append(MISSING_STAGE)
        if not outlook.strip():
            missing.append(MISSING_OUTLOOK)
    if not plan_items:
        missing.append(MISSING_PLAN)
    return tuple(missing)


def missing_items(card: CardView | CardForm, stage: str | None = None) -> tuple[str, ...]:
    """What a grade 1–2 card still lacks: main issues, a stage, an outlook, a plan with ≥ 1 action item."""
    if isinstance(card, CardView):
        stage = card.stage
    elif card.new_transitions:
        stage = card.new_transitions[-1].to_stage
    plan_items = len(card.plan.items) if card.plan is not None else None
    return missing_of(len([i for i in card.issues if i.text.strip()]), stage, card.outlook, plan_items)


def alert_for(signals: Iterable[SignalRow], today: date) -> AlertResult:
    """The alert level (예비경보/갈등경보) that the card's signals give on ``today``."""
    observations = [SignalObservation(SignalKind(s.kind), s.observed_on, s.count) for s in signals]
    return evaluate_alerts(observations, today)


def masked_stakeholder(row: StakeholderRow) -> StakeholderRow:
    """The row as lists and exports show it: a person's name, every representative and contact masked."""
    return replace(row, name=shown_name(row.name, person=row.party == PERSON),
                   representative=mask_name(row.representative), contact=mask_contact(row.contact))


def differences(mine: CardView, theirs: CardView) -> list[str]:
    """Korean names of the parts of the card that differ between two loaded versions (for a save conflict)."""
    checks: tuple[tuple[str, object, object], ...] = (
        ("갈등유형", mine.conflict_types, theirs.conflict_types),
        ("분야", mine.field, theirs.field),
        ("갈등단계", (mine.stage, mine.transitions), (theirs.stage, theirs.transitions)),
        ("사업단계", mine.phase, theirs.phase),
        ("사회적 영향", mine.social_impact, theirs.social_impact),
        ("향후 전망", mine.outlook, theirs.outlook),
        ("종결", (mine.closed_on, mine.closure_reason), (theirs.closed_on, theirs.closure_reason)),
        ("주요쟁점", mine.issues, theirs.issues),
        ("이해관계자", mine.stakeholders, theirs.stakeholders),
        ("신호", mine.signals, theirs.signals),
        ("조치실적", mine.actions, theirs.actions),
        ("대응계획", _plan_key(mine.plan), _plan_key(theirs.plan)),
    )
    return [label for label, a, b in checks if a != b]


def _plan_key(plan: PlanView | None) -> object:
    if plan is None:
        return None
    return (plan.background, plan.goal, plan.strategies, plan.strategy_note, plan.cooperating_departments,
            plan.budget_won, plan.risks, plan.fallback,
            tuple((i.id, i.title, i.owner, i.due, i.status, i.done_on) for i in plan.items))
