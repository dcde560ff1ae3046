"""연간 갈등관리 결과 and 갈등관리 종합계획 (안) as HWPX (한/글) the officer edits and submits: the same sections and
rows as the PDF (reports/programme_content.py); the charts' numbers are in the tables beside them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from conflictdesk.reports.hwpx import DocumentInfo, HwpxSection, HwpxTable, SummaryHwpx
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


def _sections(sections: Sequence[Section]) -> tuple[HwpxSection, ...]:
    out = []
    for s in sections:
        tables = [hwpx_table(t) for t in s.tables]
        out.append(HwpxSection(s.heading, paragraphs=s.notes, table=tables[0] if tables else None,
                               more=tuple(tables[1:])))
    return tuple(out)


def annual_content(results: YearResults, *, author: str = "", printed: date | None = None) -> SummaryHwpx:
    title = f"{results.year}년 {ANNUAL_TITLE}"
    return SummaryHwpx(title=title, subtitle=annual_subtitle(results), sections=_sections(annual_sections(results)),
                       info=DocumentInfo(author=author, printed=printed, document_title=title, subject=title,
                                         keywords=f"갈등관리, 연간 결과, {results.year}"))


def plan_content(plan: YearPlan, *, author: str = "", printed: date | None = None) -> SummaryHwpx:
    title = f"{plan.year}년 {PLAN_TITLE}"
    return SummaryHwpx(title=title, subtitle=plan_subtitle(plan), sections=_sections(plan_sections(plan)),
                       info=DocumentInfo(author=author, printed=printed, document_title=title, subject=title,
                                         keywords=f"갈등관리, 종합계획, {plan.year}"))
