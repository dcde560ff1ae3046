"""The programme year as plain data: the 연간 갈등관리 결과 and the 갈등관리 종합계획 draft (no queries: the reports
import this module without SQLAlchemy). ``services/programme_year.py`` fills it from the dashboard's, the summaries',
the training and the budget's own queries (docs/업무규칙.md §Programme year)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RoundFigures:
    """One diagnosis round of the year (the figures of its grade summary, dashboard and 점검 list)."""

    round_code: str
    round_label: str
    screened: int
    targets: int
    g1: int
    g2: int
    g3: int
    ungraded: int
    key_cases: int  # the dashboard's 중점관리 tile for this round
    new: int  # 신규 중점관리
    carried: int  # 계속 (carried from the round before)
    dropped: int  # 제외 (key in the round before, not any more)
    unmet: int  # key cases with a missing duty
    reviews: int  # 정기점검 of the round (not cancelled)
    reviews_done: int
    reviews_overdue: int
    review_due: date | None


@dataclass(frozen=True)
class KeyCase:
    """A key case with its grade and card stage (the plan's carried-in list, the results' grade × stage)."""

    department: str
    code: str
    name: str
    grade: int
    stage: str  # Korean label, "카드 없음" without a card
    status: str  # 신규 / 계속


@dataclass(frozen=True)
class ResolvedCase:
    department: str
    code: str
    name: str
    on: date
    how: str  # "해소" (stage reached) or "종결" (card closed)


@dataclass(frozen=True)
class CouncilFigures:
    """One 갈등조정협의회 active in the year: its meetings that year, its result, its agreed items kept."""

    code: str
    project: str
    formed_on: date
    meetings: int
    result: str  # Korean label of the result document (협의결과문, 합의서), or ""
    result_on: date | None
    items: int
    done: int
    overdue: int


@dataclass(frozen=True)
class MediationFigures:
    assignments: int  # experts assigned (assignments started in the year)
    payments: int
    allowance_won: int
    councils: tuple[CouncilFigures, ...]

    @property
    def meetings(self) -> int:
        return sum(c.meetings for c in self.councils)

    @property
    def items(self) -> int:
        return sum(c.items for c in self.councils)

    @property
    def items_done(self) -> int:
        return sum(c.done for c in self.councils)


@dataclass(frozen=True)
class DeliberationRow:
    title: str
    source: str
    opened: date
    decision: str  # 실시 / 미실시 / 결정 전


@dataclass(frozen=True)
class DeliberationFigures:
    """Agenda items opened in the year, counted by the committee's decision."""

    rows: tuple[DeliberationRow, ...]
    by_decision: tuple[tuple[str, int], ...]  # (실시 | 미실시 | 결정 전, count)


@dataclass(frozen=True)
class TargetRow:
    name: str
    goal: int
    done: int
    verdict: str
    remaining: tuple[str, ...]


@dataclass(frozen=True)
class TrainingRow:
    held_on: date
    kind: str
    title: str
    district: str
    attendees: int
    hours: float
    cost_won: int
    departments: str  # "부서 n명 (홍*동, 김*수)" per department, names masked


@dataclass(frozen=True)
class TrainingFigures:
    sessions: tuple[TrainingRow, ...]
    targets: tuple[TargetRow, ...]
    flagged: tuple[tuple[str, int, int], ...]  # (department, key cases, trained officers)

    @property
    def attendees(self) -> int:
        return sum(s.attendees for s in self.sessions)

    @property
    def cost_won(self) -> int:
        return sum(s.cost_won for s in self.sessions)


@dataclass(frozen=True)
class BudgetRow:
    line: str
    planned_won: int
    spent_won: int
    quarters: tuple[tuple[int, int], ...]  # (planned, spent) of Q1–Q4

    @property
    def remaining_won(self) -> int:
        return self.planned_won - self.spent_won

    @property
    def rate(self) -> str:
        return f"{self.spent_won / self.planned_won:.1%}" if self.planned_won else "—"


@dataclass(frozen=True)
class BudgetFigures:
    year: int
    lines: tuple[BudgetRow, ...]
    total: BudgetRow


@dataclass(frozen=True)
class YearResults:
    """연간 갈등관리 결과 of ``year`` (as of ``as_of``): both rounds, the cases, mediation, deliberation, training,
    budget."""

    year: int
    as_of: date
    rounds: tuple[RoundFigures, ...]
    key_cases: tuple[KeyCase, ...]  # key cases of the year's last round
    resolved: tuple[ResolvedCase, ...]
    stage_moves: tuple[tuple[str, str, int], ...]  # (from label, to label, count) of card stage changes
    mediation: MediationFigures
    deliberation: DeliberationFigures
    training: TrainingFigures
    budget: BudgetFigures

    @property
    def entered(self) -> int:
        return sum(r.new for r in self.rounds)

    @property
    def dropped(self) -> int:
        return sum(r.dropped for r in self.rounds)

    @property
    def carried_in(self) -> int:
        return self.rounds[0].carried if self.rounds else 0

    @property
    def carried_out(self) -> int:
        """Key cases of the year's last round: they go on into the next year."""
        return self.rounds[-1].key_cases if self.rounds else 0

    def grade_by_stage(self) -> tuple[tuple[str, int, int], ...]:
        """(stage, 1등급, 2등급) of the key cases of the year's last round, in stage order."""
        order: list[str] = []
        for case in self.key_cases:
            if case.stage not in order:
                order.append(case.stage)
        return tuple((stage, sum(1 for c in self.key_cases if c.stage == stage and c.grade == 1),
                      sum(1 for c in self.key_cases if c.stage == stage and c.grade == 2)) for stage in order)


@dataclass(frozen=True)
class ScheduleRow:
    on: date
    what: str
    note: str = ""


@dataclass(frozen=True)
class YearPlan:
    """갈등관리 종합계획 (draft) of ``year``: last year's results, this year's schedule, training, budget and the key
    cases carried in."""

    year: int
    last: YearResults
    schedule: tuple[ScheduleRow, ...]
    training: TrainingFigures  # this year's targets (군·구 still to visit) and courses already recorded
    budget: BudgetFigures
    carried_from: str | None  # the round the key cases come from
    carried_in: tuple[KeyCase, ...]
