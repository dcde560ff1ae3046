"""The grade summary and round report as plain data (no queries: reports import this without SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

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
