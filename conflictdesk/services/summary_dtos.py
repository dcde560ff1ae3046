"""The grade summary and round report as plain data (no queries: reports import this without SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.obligations import CARD_PLAN_DUTY_LABEL

NEW, CARRIED, DROPPED = "신규", "계속", "제외"


@dataclass(frozen=True)
class TrendRow:
    """One round's figures for the trend chart."""

    round_code: str
    screened: int
    targets: int
    g1: int
    g2: int
    g3: int


@dataclass(frozen=True)
class RoundReport:
    """Round report (진단 결과): screened vs targets per criterion, grades, trend."""

    round_code: str
    round_label: str
    screened: int
    targets: int
    criteria: tuple[tuple[str, str, int], ...]  # (code, Korean label, projects meeting it)
    grades: tuple[int, int, int, int]  # grade 1, 2, 3, targets without a confirmed grade
    trend: tuple[TrendRow, ...]


@dataclass(frozen=True)
class DepartmentRow:
    department: str
    bureau: str
    targets: int
    g1: int
    g2: int
    g3: int
    ungraded: int
    new: int
    carried: int
    dropped: int
    unmet: int
    overdue: int


@dataclass(frozen=True)
class CaseRow:
    """A key case of the round or one dropped since the previous round."""

    department: str
    code: str
    name: str
    grade: int | None
    previous_grade: int | None
    status: str  # 신규 / 계속 / 제외
    decision: str  # carry-over decision label (계속, 하향, 해소·제외, 재선정) or blank
    budget_won: int | None


@dataclass(frozen=True)
class UnmetRow:
    department: str
    code: str
    name: str
    grade: int
    missing: tuple[str, ...]  # Korean labels
    duty_due: date | None = None  # 카드·대응계획 작성 due (a case first key in the round with card or plan missing)

    def missing_text(self, as_of: date) -> str:
        """The 미이행 내용 cell: one line per missing item, then the 카드·대응계획 작성 due date (and days late)."""
        lines = list(self.missing)
        if self.duty_due is not None:
            late = (as_of - self.duty_due).days
            lines.append(f"{CARD_PLAN_DUTY_LABEL} 기한 {format_date(self.duty_due)}"
                         + (f" ({late:,}일 경과)" if late > 0 else ""))
        return "\n".join(lines)


@dataclass(frozen=True)
class OverdueRow:
    department: str
    code: str
    name: str
    what: str  # "정기점검" or the plan item's title
    owner: str
    due: date
    days: int


@dataclass(frozen=True)
class GradeSummary:
    """Grade summary of one round for department heads (부서장용 등급 현황)."""

    round_code: str
    round_label: str
    previous_round: str | None
    as_of: date
    department: str | None  # set when filtered to one department
    departments: tuple[DepartmentRow, ...]
    cases: tuple[CaseRow, ...]
    unmet: tuple[UnmetRow, ...]
    overdue_reviews: tuple[OverdueRow, ...]
    overdue_items: tuple[OverdueRow, ...]
    trend: tuple[TrendRow, ...]

    @property
    def overdue_duties(self) -> tuple[UnmetRow, ...]:
        """Key cases whose 카드·대응계획 작성 duty is past due on ``as_of``."""
        return tuple(u for u in self.unmet if u.duty_due is not None and u.duty_due < self.as_of)

    @property
    def totals(self) -> DepartmentRow:
        rows = self.departments
        return DepartmentRow("합계", "", *(sum(getattr(r, f) for r in rows) for f in (
            "targets", "g1", "g2", "g3", "ungraded", "new", "carried", "dropped", "unmet", "overdue")))

    def for_department(self, name: str) -> GradeSummary:
        """The same summary restricted to one department (the city-wide trend is kept)."""
        return replace(
            self, department=name,
            departments=tuple(r for r in self.departments if r.department == name),
            cases=tuple(r for r in self.cases if r.department == name),
            unmet=tuple(r for r in self.unmet if r.department == name),
            overdue_reviews=tuple(r for r in self.overdue_reviews if r.department == name),
            overdue_items=tuple(r for r in self.overdue_items if r.department == name),
        )
