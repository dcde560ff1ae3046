"""연간 갈등관리 결과 and 갈등관리 종합계획 (안) as PDF: A4, the Nanum font embedded, 결재란, page x / y, and the
charts (each drawn once per document). The rows are those of reports/programme_content.py (the HWPX shows the same)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from conflictdesk.reports.pdf_common import (
    LABEL_BG,
    Out,
    build_pdf,
    content_width,
    gap,
    grid_table,
    heading,
    kv_table,
    para,
    styles,
    title_block,
)
from conflictdesk.reports.programme_charts import CHART_SCALE, ChartFor, annual_charts, plan_charts
from conflictdesk.reports.programme_content import (
    ANNUAL_TITLE,
    PLAN_TITLE,
    Section,
    Table,
    annual_sections,
    annual_subtitle,
    plan_sections,
    plan_subtitle,
)
from conflictdesk.reports.summary_pdf import chart_image
from conflictdesk.services.programme_dtos import YearPlan, YearResults

#: Tables of at most this many rows are never split across pages.
KEEP_ROWS = 12


def _widths(table: Table, width: float, columns: int) -> list[float]:
    weights = list(table.widths) if len(table.widths) == columns else [1.0] * columns
    total = sum(weights)
    return [width * w / total for w in weights]


def pdf_table(table: Table, width: float) -> Any:
    """A content table as a reportlab table (label/value when it has no header)."""
    if not table.header:
        return kv_table([(label, value) for label, value, *_rest in table.rows], width,
                        label_width=_widths(table, width, 2)[0])
    flowable = grid_table(table.header, table.rows, _widths(table, width, len(table.header)), empty=table.empty,
                          center=table.center)
    if table.total and table.rows:
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        flowable.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), colors.HexColor(LABEL_BG))]))
    return flowable


def _story(title: str, subtitle: str, sections: Sequence[Section], chart_for: ChartFor) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    w = content_width()
    story: list[Any] = title_block(title, subtitle, approval=True, width=w)
    def height(table: Table) -> float:
        return 20.0 * (len(table.rows) + 1) + 12

    for section in sections:
        first = section.tables[0] if section.tables else None
        if first is not None and len(first.rows) <= KEEP_ROWS:  # the heading stays with its first table
            story.append(CondPageBreak(height(first) + 30 + 14 * len(section.notes)))
        story.append(heading(section.heading))
        for note in section.notes:
            story.append(para(note, styles().small))
        for n, table in enumerate(section.tables):
            if n and len(table.rows) <= KEEP_ROWS:  # a short table moves whole to the next page rather than split
                story.append(CondPageBreak(height(table)))
            if n:
                story.append(gap())
            story.append(pdf_table(table, w))
        figure = chart_for[section.chart]() if section.chart in chart_for else None
        if figure is not None:  # a chart without data is left out: the table above already says so
            story.append(chart_image(figure, w * CHART_SCALE.get(section.chart, 0.9)))
    return story


def render_annual_pdf(results: YearResults, out: Out, *, printed: date | None = None) -> int:
    """Write the 연간 갈등관리 결과 of ``results.year``; return the page count."""
    story = _story(f"{results.year}년 {ANNUAL_TITLE}", annual_subtitle(results), annual_sections(results),
                   annual_charts(results))
    return build_pdf(story, out, title=f"{results.year}년 {ANNUAL_TITLE}", printed=printed)


def render_plan_pdf(plan: YearPlan, out: Out, *, printed: date | None = None) -> int:
    """Write the 갈등관리 종합계획 (안) of ``plan.year``; return the page count."""
    story = _story(f"{plan.year}년 {PLAN_TITLE}", plan_subtitle(plan), plan_sections(plan),
                   plan_charts(plan))
    return build_pdf(story, out, title=f"{plan.year}년 {PLAN_TITLE}", printed=printed)
