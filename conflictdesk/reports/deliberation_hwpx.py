"""The 공론화 결과 보고서 as HWPX (한/글): the same sections and rows as the PDF (reports/deliberation_pdf.py)."""

from __future__ import annotations

from datetime import date

from conflictdesk.reports.deliberation_committee import (
    ROSTER_HEADER,
    committee_rows,
    roster_caption,
    roster_rows,
)
from conflictdesk.reports.deliberation_pdf import (
    BUDGET_HEADER,
    QUOTA_HEADER,
    RECOMMENDATION_HEADER,
    TIMELINE_HEADER,
    budget_rows,
    item_rows,
    panel_facts,
    process_facts,
    quota_rows,
    recommendation_rows,
    selected_table,
    timeline_rows,
)
from conflictdesk.reports.hwpx import DocumentInfo, HwpxSection, HwpxTable, SummaryHwpx, fmt_date
from conflictdesk.services.deliberation_dtos import DeliberationReport
from conflictdesk.services.deliberation_process_dtos import ProcessView


def _kv(rows: list[tuple[str, str]]) -> HwpxTable:
    return HwpxTable(rows=tuple((label, value or "—") for label, value in rows), label_columns=(0,))


def deliberation_content(report: DeliberationReport, *, author: str = "", printed: date | None = None) -> SummaryHwpx:
    item = report.item
    sections = [HwpxSection("1. 안건과 출처", table=_kv(item_rows(item))),
                HwpxSection("2. 공론화위원회 결정", table=_kv(committee_rows(item, report.committee))),
                HwpxSection(roster_caption(report.committee),
                            table=HwpxTable(header=ROSTER_HEADER, rows=tuple(roster_rows(report.committee))
                                            or (("재직한 위원 없음",),)))]
    if item.explain_due is not None:
        sections.append(HwpxSection("3. 시민 설명", table=_kv([
            ("설명 기한", fmt_date(item.explain_due)), ("설명일", fmt_date(item.explain_given) or "미이행"),
            ("설명 내용", item.explain_text or "—")])))
    number = 4 if item.explain_due is not None else 3
    if not report.panels:
        sections.append(HwpxSection(f"{number}. 참여단 구성 (할당 대비)", paragraphs=("기록된 참여단 추첨이 없습니다.",)))
    for panel in report.panels:
        header, rows = selected_table(panel)
        sections.append(HwpxSection(
            f"{number}. 참여단 구성 (할당 대비)", table=_kv(panel_facts(panel)),
            more=(HwpxTable(header=QUOTA_HEADER, rows=tuple(quota_rows(panel))),
                  HwpxTable(header=header, rows=tuple(rows) or (("선정된 참여자 없음",),)))))
    if report.process is not None:
        sections += process_sections(report.process, number + 1)
    return SummaryHwpx(title="공론화 결과 보고서", subtitle=item.title, sections=tuple(sections),
                       info=DocumentInfo(author=author, printed=printed,
                                         document_title=f"공론화 결과 보고서 — {item.title}",
                                         subject="공론화 결과 보고서", keywords="공론화, 시민참여단"))


def process_sections(process: ProcessView, number: int) -> list[HwpxSection]:
    """The process (facts, timeline with attendance, budget by quarter) and the 권고안 with the city's answers: the
    same rows as the PDF's :func:`~conflictdesk.reports.deliberation_pdf.process_story`."""
    recommendations = tuple(recommendation_rows(process)) or (("기록된 권고 없음",),)
    return [HwpxSection(f"{number}. 공론화 추진 과정", table=_kv(process_facts(process)),
                        more=(HwpxTable(header=TIMELINE_HEADER, rows=tuple(timeline_rows(process)) or (("기록된 행사 없음",),)),
                              HwpxTable(header=BUDGET_HEADER, rows=tuple(budget_rows(process))))),
            HwpxSection(f"{number + 1}. 권고안과 시의 답변",
                        table=HwpxTable(header=RECOMMENDATION_HEADER, rows=recommendations))]
