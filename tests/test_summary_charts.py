"""The summary's charts say what they leave out, and count axes start at 0 (issue 18)."""

from __future__ import annotations

from datetime import date

from conflictdesk.reports import charts
from conflictdesk.services.summary_data import load_grade_summary
from conflictdesk.services.summary_dtos import DepartmentRow, TrendRow
from conflictdesk.store.engine import Database


def _row(n: int) -> DepartmentRow:
    return DepartmentRow(f"부서{n:02d}", "국", targets=n % 5 + 1, g1=0, g2=n % 2, g3=n % 5, ungraded=0, new=0,
                         carried=0, dropped=0, unmet=0, overdue=0)


def test_department_chart_says_when_it_shows_the_top_departments_only() -> None:
    many = charts.department_figure([_row(n) for n in range(37)])
    assert "상위 15개 부서 (전체 37개)" in many.axes[0].get_title()
    few = charts.department_figure([_row(n) for n in range(5)])
    assert "상위" not in few.axes[0].get_title()
    assert len(few.axes[0].get_yticklabels()) == 5


def test_trend_count_axis_starts_at_zero() -> None:
    trend = [TrendRow("2019-2", 196, 80, 1, 4, 75), TrendRow("2020-1", 242, 92, 1, 5, 86),
             TrendRow("2020-2", 300, 109, 2, 5, 102)]
    left = charts.trend_figure(trend).axes[0]
    assert left.get_ylim()[0] == 0


def test_a_case_with_a_carry_over_decision_is_never_new(demo_db: Database) -> None:
    summary = load_grade_summary(demo_db, "2020-2", as_of=date(2020, 12, 31))
    assert summary.cases
    assert not [c for c in summary.cases if c.decision and c.status == "신규"]
