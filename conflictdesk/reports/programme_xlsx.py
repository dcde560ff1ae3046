"""연간 갈등관리 결과 as XLSX: one sheet per part, numbers as numbers (won in whole won), the house's sheet style
(reports/summary_xlsx.py: header, widths, print setup, formula-safe text) and two native bar charts."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, Any

from conflictdesk.reports.programme_content import ANNUAL_TITLE, QUARTERS
from conflictdesk.reports.summary_xlsx import PrintContext, Won, _add_sheet, _clean
from conflictdesk.services.programme_dtos import YearResults

ROUND_ROWS = (("진단 사업", "screened"), ("진단대상", "targets"), ("1등급", "g1"), ("2등급", "g2"), ("3등급", "g3"),
              ("등급 미확정", "ungraded"), ("중점관리 (1·2등급)", "key_cases"), ("신규 진입", "new"),
              ("계속 (이월)", "carried"), ("제외", "dropped"), ("의무 미이행", "unmet"), ("정기점검 대상", "reviews"),
              ("정기점검 완료", "reviews_done"), ("점검 기한 경과", "reviews_overdue"))


def _bar_chart(ws: Any, title: str, rows: int, cols: int, anchor: str, *, horizontal: bool = False) -> None:
    """A bar chart of the sheet's rows 2…rows+1 (categories in column A) and columns B…(cols)."""
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.height, chart.width = 8, 16
    data = Reference(ws, min_col=2, max_col=cols, min_row=1, max_row=rows + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    ws.add_chart(chart, anchor)


def build_annual_workbook(results: YearResults, printed: date | None = None) -> Any:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    title = f"{results.year}년 {ANNUAL_TITLE}"
    add = partial(_add_sheet, context=PrintContext(title, f"{results.year}년", results.as_of, printed or date.today()))
    m, t, b = results.mediation, results.training, results.budget
    add(wb, "요약", ["항목", "값"], [
        ("연도", results.year), ("기준일", results.as_of), ("진단 차수", ", ".join(r.round_code for r in results.rounds)
                                                        or "없음"),
        ("신규 진입", results.entered), ("전년도에서 이월", results.carried_in), ("해소·종결", len(results.resolved)),
        ("중점관리 제외", results.dropped), ("다음 해로 이월", results.carried_out),
        ("전문가 배정", m.assignments), ("조정 수당 지급 건수", m.payments), ("조정 수당 (원)", Won(m.allowance_won)),
        ("협의회", len(m.councils)), ("협의회 회의", m.meetings), ("합의사항", m.items), ("합의사항 이행 완료", m.items_done),
        ("공론화 안건", len(results.deliberation.rows)),
        *((f"공론화 {label}", n) for label, n in results.deliberation.by_decision),
        ("교육 과정", len(t.sessions)), ("교육 인원", t.attendees), ("교육비 (원)", Won(t.cost_won)),
        ("예산 계획 (원)", Won(b.total.planned_won)), ("예산 집행 (원)", Won(b.total.spent_won)),
    ])
    ws = add(wb, "차수 비교", ["구분", *(r.round_code for r in results.rounds)],
             [(label, *(getattr(r, field) for r in results.rounds)) for label, field in ROUND_ROWS]
             if results.rounds else [], freeze_cols=1)
    if results.rounds:
        _bar_chart(ws, f"{results.year}년 진단 차수 비교", 10, 1 + len(results.rounds), "E2")
    add(wb, "중점관리 사업", ["부서", "사업코드", "사업명", "등급", "갈등 단계", "구분"],
        [(c.department, c.code, c.name, c.grade, c.stage, c.status) for c in results.key_cases], freeze_cols=3)
    add(wb, "해소·종결", ["부서", "사업코드", "사업명", "일자", "구분"],
        [(r.department, r.code, r.name, r.on, r.how) for r in results.resolved], freeze_cols=3)
    add(wb, "단계 변경", ["이전 단계", "변경 단계", "건수"], list(results.stage_moves))
    add(wb, "협의회", ["사업코드", "사업명", "구성일", "회의", "결과 문서", "결과 일자", "합의사항", "이행", "기한 경과"],
        [(c.code, c.project, c.formed_on, c.meetings, c.result, c.result_on, c.items, c.done, c.overdue)
         for c in m.councils],
        freeze_cols=2)
    add(wb, "공론화", ["접수·시작일", "안건", "출처", "결정"],
        [(r.opened, r.title, r.source, r.decision) for r in results.deliberation.rows], freeze_cols=2)
    add(wb, "교육", ["일자", "구분", "군·구", "과정", "인원", "시간", "교육비(원)", "참석 부서 (참석자)"],
        [(s.held_on, s.kind, s.district, s.title, s.attendees, s.hours, Won(s.cost_won), s.departments)
         for s in t.sessions], freeze_cols=1)
    add(wb, "교육 목표", ["목표", "목표치", "실적", "판정", "남은 군·구"],
        [(g.name, g.goal, g.done, g.verdict, ", ".join(g.remaining)) for g in t.targets])
    lines = (*b.lines, b.total)
    ws = add(wb, "예산", ["항목", "계획(원)", "집행(원)", "잔액(원)",
                        *(f"{q} {k}(원)" for q in QUARTERS for k in ("계획", "집행"))],
             [(x.line, Won(x.planned_won), Won(x.spent_won), Won(x.remaining_won),
               *(Won(v) for pair in x.quarters for v in pair)) for x in lines], freeze_cols=1, total_rows=1)
    _bar_chart(ws, f"{results.year}년 예산 계획 대비 집행 (원)", len(b.lines), 3, "B" + str(len(lines) + 4),
               horizontal=True)
    wb.properties.title = _clean(title)
    wb.properties.subject = _clean(title)
    wb.properties.creator = wb.properties.lastModifiedBy = "갈등관리 데스크 (ConflictDesk)"
    wb.properties.keywords = "갈등관리, 연간 결과"
    return wb


def write_annual_xlsx(results: YearResults, out: str | Path | IO[bytes], printed: date | None = None) -> None:
    build_annual_workbook(results, printed).save(out)
