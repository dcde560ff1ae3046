"""사전 갈등검토목록 as a fillable XLSX: one question per row, drop-downs, locked questions, the hidden signed stamp.

The questions and the stamp are domain/pre_review.py's and services/pre_review.py's; the drawing follows the
department workbook (reports/handout_xlsx.py): yellow cells are the department's, the rest is locked
(docs/업무규칙.md §Pre-review checklist).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.filenames import safe_stem, unique_name
from conflictdesk.domain.money import format_amount
from conflictdesk.domain.pre_review import (
    ANSWER,
    CHECKLIST_SHEET,
    GUIDE_DEPARTMENT_CELL,
    GUIDE_PROJECT_CELL,
    HEADERS,
    NOTE,
)
from conflictdesk.reports.handout_xlsx import DATE_FORMAT, EDITABLE_FILL, LISTS_SHEET, seal_workbook
from conflictdesk.reports.summary_xlsx import FONT_NAME, HEADER_FILL, _put
from conflictdesk.services.pre_review_dtos import ChecklistBook

GUIDE_SHEET = "안내"
WIDTHS = {"번호": 6, "구분": 14, "항목": 60, "답": 22, "비고": 40}
GUIDE_LINES: tuple[str, ...] = (
    "노란 칸(답, 비고)만 채워 주세요. 번호·구분·항목 칸과 열의 순서·머리글은 바꾸지 마세요.",
    "1. 진단기준: 이 사업이 각 기준에 해당하는지 예·아니오·모름 중에서 고르세요. 등록 정보로 이미 해당하는 기준은 '예'로 채워져 있습니다.",
    "2. 해결 주체: 이 사업의 갈등을 부서가 혼자 풀 수 있는지, 여러 부서가 함께 풀어야 하는지, 시 차원의 결정이 필요한지 고르세요.",
    "3. 위험 진단표: 항목마다 없음·낮음·보통·높음 중에서 고르세요. 점수(0–3점) × 가중치의 합으로 등급을 제안합니다.",
    "4·5. 자체진단 등급, 예상되는 갈등과 대응 방안, 작성자를 적어 주세요. 비고 칸에는 근거를 적을 수 있습니다.",
    "이 파일의 숨은 서명으로 사업과 부서를 확인합니다. 다른 파일에 옮겨 붙이지 말고 이 파일을 그대로 돌려보내 주세요.",
)


def checklist_file_name(book: ChecklistBook, suffix: str, used: set[str]) -> str:
    """``사전검토_<사업코드>_<사업명>.xlsx`` (or .pdf/.hwpx)."""
    return unique_name(safe_stem(f"사전검토_{book.code}_{book.name}"[:120]), suffix, used)


def _guide(wb: Any, book: ChecklistBook) -> None:
    from openpyxl.styles import Alignment, Font

    ws = wb.active
    ws.title = GUIDE_SHEET
    ws["A1"] = "사전 갈등검토목록 (갈등관리 데스크)"
    ws["A1"].font = Font(name=FONT_NAME, bold=True, size=14)
    facts = (("사업코드", book.code), ("부서", book.department), ("사업명", book.name), ("담당자", book.manager),
             ("총사업비", format_amount(book.budget_won) if book.budget_won is not None else "—"),
             ("제출 기한", book.due), ("담당관", book.officer), ("연락처", book.contact), ("만든 날", book.issued))
    for r, (label, value) in enumerate(facts, 2):
        ws.cell(row=r, column=1, value=label).font = Font(name=FONT_NAME, bold=True)
        cell, _t = _put(ws, r, 2, value)
        cell.alignment = Alignment(horizontal="left")
        if label == "제출 기한":
            cell.number_format = DATE_FORMAT
            ws.cell(row=r, column=3, value=format_date(book.due)).font = Font(name=FONT_NAME, bold=True,
                                                                              color="C00000")
    # the hand-in reads the project and department back from these cells (as cell text: control characters gone)
    assert (ws[GUIDE_PROJECT_CELL].row, ws[GUIDE_DEPARTMENT_CELL].row) == (2, 3)
    start = 3 + len(facts)
    ws.cell(row=start, column=1, value="작성 방법").font = Font(name=FONT_NAME, bold=True)
    for n, line in enumerate(GUIDE_LINES, 1):
        ws.cell(row=start + n, column=1, value=f"{n}. {line}")
    bands = " · ".join(f"{g}등급 {p}% 이상" for g, p in book.bands)
    ws.cell(row=start + len(GUIDE_LINES) + 2, column=1,
            value=f"등급 제안: 해결 주체와 점수 구간({bands}, 그 밖 3등급) 중 더 심각한 쪽").font = Font(name=FONT_NAME)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    ws.protection.sheet = True


def _lists(wb: Any, book: ChecklistBook) -> dict[tuple[str, ...], str]:
    from openpyxl.utils import get_column_letter, quote_sheetname

    ws = wb.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    ranges: dict[tuple[str, ...], str] = {}
    for q in book.questions:
        if q.choices and q.choices not in ranges:
            col = len(ranges) + 1
            for r, choice in enumerate(q.choices, 1):
                _put(ws, r, col, choice)
            letter = get_column_letter(col)
            ranges[q.choices] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(q.choices)}"
    ws.protection.sheet = True
    return ranges


def _sheet(wb: Any, book: ChecklistBook, ranges: dict[tuple[str, ...], str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(CHECKLIST_SHEET)
    for col, header in enumerate(HEADERS, 1):
        cell, _t = _put(ws, 1, col, header)
        cell.font = Font(name=FONT_NAME, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = WIDTHS[header]
    editable = PatternFill("solid", fgColor=EDITABLE_FILL)
    wrap = Alignment(vertical="top", wrap_text=True)
    answer_col, note_col = HEADERS.index(ANSWER) + 1, HEADERS.index(NOTE) + 1
    rows_by_list: dict[tuple[str, ...], list[int]] = {}
    for n, (q, (answer, note)) in enumerate(zip(book.questions, book.values, strict=True), 1):
        r = n + 1
        for col, value in enumerate((n, q.section, q.text, answer, note), 1):
            cell, _t = _put(ws, r, col, value)
            cell.alignment = wrap
            if col in (answer_col, note_col):
                cell.protection = Protection(locked=False)
                cell.fill = editable
        if q.choices:
            rows_by_list.setdefault(q.choices, []).append(r)
        else:
            ws.row_dimensions[r].height = 60 if q.key == "opinion" else None
    letter = get_column_letter(answer_col)
    for choices, rows in rows_by_list.items():
        dv = DataValidation(type="list", formula1=ranges[choices], allow_blank=True, showErrorMessage=True,
                            errorTitle="목록에서 고르세요", error="이 칸은 목록에 있는 값만 쓸 수 있습니다.")
        ws.add_data_validation(dv)
        for r in rows:
            dv.add(f"{letter}{r}")
    ws.freeze_panes = "A2"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def build_checklist_workbook(book: ChecklistBook) -> Any:
    from openpyxl import Workbook

    wb = Workbook()
    _guide(wb, book)
    ranges = _lists(wb, book)
    _sheet(wb, book, ranges)
    seal_workbook(wb, stamp_text=book.stamp_text, signature=book.signature,
                  title=f"사전 갈등검토목록 {book.code} {book.name}", active=CHECKLIST_SHEET)
    return wb


def write_checklist_xlsx(book: ChecklistBook, path: Path) -> Path:
    """Save one project's fillable checklist at ``path`` (atomically)."""
    from conflictdesk.services.files import write_atomically

    write_atomically(path, lambda tmp: build_checklist_workbook(book).save(tmp))
    return path


Progress = Callable[[int, str], bool]


def write_checklists(books: list[ChecklistBook], folder: Path, *, pdf: bool = False, hwpx: bool = False,
                     progress: Progress | None = None) -> list[Path]:
    """Per project: the fillable .xlsx and, when asked, the printable .pdf and the editable .hwpx beside it."""
    from conflictdesk.reports.pre_review_pdf import render_checklist_pdf

    used: set[str] = set()
    paths: list[Path] = []
    for n, book in enumerate(books):
        if progress is not None and not progress(2 + 96 * n // max(len(books), 1), f"{book.code} 검토목록 쓰는 중"):
            break
        paths.append(write_checklist_xlsx(book, Path(folder) / checklist_file_name(book, ".xlsx", used)))
        if pdf:
            out = Path(folder) / checklist_file_name(book, ".pdf", used)
            from conflictdesk.services.files import write_atomically

            write_atomically(out, lambda tmp, b=book: render_checklist_pdf(b, tmp))  # type: ignore[misc]
            paths.append(out)
        if hwpx:
            from conflictdesk.reports.hwpx import write_summary_hwpx
            from conflictdesk.reports.pre_review_pdf import checklist_hwpx

            paths.append(write_summary_hwpx(checklist_hwpx(book),
                                            Path(folder) / checklist_file_name(book, ".hwpx", used)))
    return paths
