"""The programme year's charts, once for every format: the PDF draws them as images and the HWPX embeds the same
PNG (reports/programme_pdf.py, reports/programme_hwpx.py). A chart without data is ``None``: left out, as the
table above it already says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from conflictdesk.reports import charts
from conflictdesk.services.programme_dtos import YearPlan, YearResults

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Share of the text width a chart takes: the budget chart is kept small enough to sit under its tables.
CHART_SCALE = {"rounds": 0.9, "budget": 0.68}
ROUND_CHART_LABELS = ("진단대상", "1등급", "2등급", "3등급", "신규 진입", "제외", "점검 완료")

ChartFor = dict[str, Callable[[], "Figure | None"]]


def round_chart(results: YearResults) -> Figure | None:
    if not results.rounds:
        return None
    rounds = [(r.round_code, (r.targets, r.g1, r.g2, r.g3, r.new, r.dropped, r.reviews_done)) for r in results.rounds]
    return charts.round_comparison_figure(rounds, ROUND_CHART_LABELS, f"{results.year}년 진단 차수 비교")


def budget_chart(results: YearResults) -> Figure | None:
    if not any(b.planned_won or b.spent_won for b in results.budget.lines):
        return None
    lines = [(b.line, b.planned_won, b.spent_won) for b in results.budget.lines]
    return charts.budget_figure(lines, f"{results.year}년 예산 계획 대비 집행")


def annual_charts(results: YearResults) -> ChartFor:
    """The 연간 결과's charts by the ``Section.chart`` key that places them (drawn only when asked for)."""
    return {"rounds": lambda: round_chart(results), "budget": lambda: budget_chart(results)}


def plan_charts(plan: YearPlan) -> ChartFor:
    """The 종합계획's chart: last year's rounds side by side."""
    return {"rounds": lambda: round_chart(plan.last)}
