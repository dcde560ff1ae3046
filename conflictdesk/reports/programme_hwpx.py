"""연간 갈등관리 결과 and 갈등관리 종합계획 (안) as HWPX (한/글) the officer edits and submits: the same sections and
rows as the PDF (reports/programme_content.py), and the same charts (reports/programme_charts.py) as pictures after
the tables they draw; a chart without data is left out, as on the PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from conflictdesk.reports import charts
from conflictdesk.reports.hwpx import DocumentInfo, HwpxPicture, HwpxSection, HwpxTable, SummaryHwpx
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
from conflictdesk.services.programme_dtos import YearPlan, YearResults


def hwpx_table(table: Table) -> HwpxTable:
    if not table.header:
        return HwpxTable(rows=table.rows, label_columns=(0,))
    return HwpxTable(header=table.header, rows=table.rows or ((table.empty,),), total_row=table.total)


def _picture(section: Section, chart_for: ChartFor) -> tuple[HwpxPicture, ...]:
    """The section's chart as a PNG, drawn by the PDF's figure code; none without data."""
    figure = chart_for[section.chart]() if section.chart in chart_for else None
    if figure is None:
        return ()
    return (HwpxPicture(charts.render_png(figure), width_share=CHART_SCALE.get(section.chart, 0.9),
                        description=f"{section.heading} 차트"),)


def _sections(sections: Sequence[Section], chart_for: ChartFor) -> tuple[HwpxSection, ...]:
    out = []
    for s in sections:
        tables = [hwpx_table(t) for t in s.tables]
        out.append(HwpxSection(s.heading, paragraphs=s.notes, table=tables[0] if tables else None,
                               more=tuple(tables[1:]), pictures=_picture(s, chart_for)))
    return tuple(out)


def annual_content(results: YearResults, *, author: str = "", printed: date | None = None) -> SummaryHwpx:
    title = f"{results.year}년 {ANNUAL_TITLE}"
    return SummaryHwpx(title=title, subtitle=annual_subtitle(results),
                       sections=_sections(annual_sections(results), annual_charts(results)),
                       info=DocumentInfo(author=author, printed=printed, document_title=title, subject=title,
                                         keywords=f"갈등관리, 연간 결과, {results.year}"))


def plan_content(plan: YearPlan, *, author: str = "", printed: date | None = None) -> SummaryHwpx:
    title = f"{plan.year}년 {PLAN_TITLE}"
    return SummaryHwpx(title=title, subtitle=plan_subtitle(plan),
                       sections=_sections(plan_sections(plan), plan_charts(plan)),
                       info=DocumentInfo(author=author, printed=printed, document_title=title, subject=title,
                                         keywords=f"갈등관리, 종합계획, {plan.year}"))
