"""Department workbook (부서별 작성 파일) as XLSX: locked structure, drop-downs, date cells, the hidden signed stamp.

The layout and the stamp are domain/handout.py's; this module only draws them (docs/업무규칙.md §Department workbooks).
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from pathlib import Path
from typing import Any

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.filenames import safe_stem, unique_name
from conflictdesk.domain.handout import (
    GUIDE_DEPARTMENT_CELL,
    GUIDE_ROUND_CELL,
    GUIDE_SHEET,
    OPEN_ROWS,
    STAMP_SHEET,
    SheetLayout,
    cell_text,
    chunks,
)
from conflictdesk.reports.summary_xlsx import FONT_NAME, HEADER_FILL, _put, text_width
from conflictdesk.services.handout_dtos import DepartmentWorkbook

LISTS_SHEET = "_목록"
EDITABLE_FILL = "FFF8DC"  # the cells a department fills in: light yellow
DATE_FORMAT = "yyyy-mm-dd"

GUIDE_LINES: tuple[str, ...] = (
    "노란 칸만 고쳐 쓰거나 채워 주세요. 회색 칸(사업코드, 사업명, 번호 등)과 열의 순서·머리글은 바꾸지 마세요.",
    "진단: 진단대상 사업마다 한 줄입니다. 해결 주체, 진단표 12개 항목(없음·낮음·보통·높음), 자체진단 등급을 목록에서 고르세요.",
    "카드: 중점관리(1·2등급) 사업마다 한 줄입니다. 주요쟁점은 한 줄에 하나씩 '사실: …', '이해: …', '가치: …'로 쓰세요.",
    "대응계획·이해관계자·신호·조치실적: 한 줄에 한 건입니다. 새 건은 아래 빈 줄에 번호 없이 쓰고 사업코드를 목록에서 고르세요.",
    "신호: 민원·집단민원·집회·시위·언론보도·소송·청원을 일자와 건수로 적어 주세요. 경보 수준은 이 기록으로 다시 계산됩니다.",
    "날짜는 날짜 칸에 2026-12-03처럼 쓰세요. 개인 이름과 연락처는 가려져 있습니다: 바꿀 때만 새로 쓰세요.",
    "이 파일의 숨은 서명으로 보낸 차수와 부서를 확인합니다. 다른 파일에 옮겨 붙이지 말고 이 파일을 그대로 돌려보내 주세요.",
)


def workbook_file_name(book: DepartmentWorkbook, used: set[str]) -> str:
    """``부서작성_2020-2_도시계획과.xlsx``."""
    return unique_name(safe_stem(f"부서작성_{book.round_code}_{book.department}"), ".xlsx", used)


def _guide(wb: Any, book: DepartmentWorkbook) -> None:
    from openpyxl.styles import Alignment, Font

    ws = wb.active
    ws.title = GUIDE_SHEET
    ws["A1"] = "부서 작성 파일 (갈등관리 데스크)"
    ws["A1"].font = Font(name=FONT_NAME, bold=True, size=14)
    facts = (("차수", book.round_code), ("부서", book.department), ("제출 기한", book.due),
             ("담당관", book.officer), ("연락처", book.contact), ("만든 날", book.issued))
    for r, (label, value) in enumerate(facts, 2):
        ws.cell(row=r, column=1, value=label).font = Font(name=FONT_NAME, bold=True)
        cell, _t = _put(ws, r, 2, value)
        cell.alignment = Alignment(horizontal="left")
        if label == "제출 기한":
            cell.number_format = DATE_FORMAT
            ws.cell(row=r, column=3, value=format_date(book.due)).font = Font(name=FONT_NAME, bold=True, color="C00000")
    # the hand-in reads the round and department back from these cells (as cell text: control characters gone)
    assert ws[GUIDE_ROUND_CELL].value == book.round_code and (ws[GUIDE_DEPARTMENT_CELL].row == 3)
    ws.cell(row=9, column=1, value="작성 방법").font = Font(name=FONT_NAME, bold=True)
    for r, line in enumerate(GUIDE_LINES, 10):
        ws.cell(row=r, column=1, value=f"{r - 9}. {line}")
    start = 11 + len(GUIDE_LINES)
    ws.cell(row=start, column=1, value="진단표 항목과 가중치").font = Font(name=FONT_NAME, bold=True)
    for r, (label, weight) in enumerate(book.checklist, start + 1):
        _put(ws, r, 1, label)
        ws.cell(row=r, column=2, value=f"가중치 {weight} (없음 0 · 낮음 1 · 보통 2 · 높음 3점 × 가중치)")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 30
    ws.protection.sheet = True


def _lists(wb: Any, layouts: dict[str, SheetLayout]) -> dict[tuple[str, str], str]:
    """Every closed list on one hidden sheet; returns ``(sheet, header) → range`` for the drop-downs."""
    from openpyxl.utils import get_column_letter, quote_sheetname

    ws = wb.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    ranges: dict[tuple[str, str], str] = {}
    written: dict[tuple[str, ...], str] = {}  # one column per distinct list (the 12 score columns share one)
    for layout in layouts.values():
        for column in layout.columns:
            if not column.choices:
                continue
            if column.choices not in written:
                col = len(written) + 1
                for r, choice in enumerate(column.choices, 1):
                    _put(ws, r, col, choice)
                letter = get_column_letter(col)
                written[column.choices] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(column.choices)}"
            ranges[(layout.name, column.header)] = written[column.choices]
    ws.protection.sheet = True
    return ranges


def _data_sheet(wb: Any, layout: SheetLayout, rows: list[list[object]], ranges: dict[tuple[str, str], str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(layout.name)
    header_font = Font(name=FONT_NAME, bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    editable_fill = PatternFill("solid", fgColor=EDITABLE_FILL)
    unlocked = Protection(locked=False)
    widths = [max(c.width, text_width(c.header) + 2) for c in layout.columns]
    for col, column in enumerate(layout.columns, 1):
        cell, _t = _put(ws, 1, col, column.header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    last = len(rows) + 1 + (OPEN_ROWS if layout.open_rows else 0)
    styles: dict[tuple[int, bool, str, bool], Any] = {}  # a cell's style, built once per kind of cell (openpyxl is slow)
    for r in range(2, last + 1):
        values = rows[r - 2] if r - 2 < len(rows) else None
        for col, column in enumerate(layout.columns, 1):
            if values is not None:
                cell, text = _put(ws, r, col, values[col - 1])
                widths[col - 1] = min(60, max(widths[col - 1], text_width(text) + 2))
            else:
                cell = ws.cell(row=r, column=col)
            key = (col, values is None, cell.number_format, bool(cell.quotePrefix))
            if key in styles:
                cell._style = copy(styles[key])
                continue
            if column.kind == "date":
                cell.number_format = DATE_FORMAT
            open_cell = values is None and column.kind != "number"  # a new row: everything but 번호
            if column.editable or open_cell:
                cell.protection = unlocked
                cell.fill = editable_fill
            if column.kind == "text" and column.width >= 30:
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            styles[key] = copy(cell._style)
    for col, column in enumerate(layout.columns, 1):
        ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]
        if last < 2:
            continue
        letter = get_column_letter(col)
        target = f"{letter}2:{letter}{last}"
        if column.choices:
            dv = DataValidation(type="list", formula1=ranges[(layout.name, column.header)], allow_blank=True,
                                showErrorMessage=True, errorTitle="목록에서 고르세요",
                                error=f"'{column.header}'은(는) 목록에 있는 값만 쓸 수 있습니다.")
        elif column.kind == "date":
            dv = DataValidation(type="date", operator="between", formula1="DATE(1990,1,1)",
                                formula2="DATE(2100,12,31)", allow_blank=True, showErrorMessage=True,
                                errorTitle="날짜를 쓰세요", error=f"'{column.header}'에는 날짜(예: 2026-12-03)를 쓰세요.")
        elif column.kind == "count":
            dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                                showErrorMessage=True, errorTitle="건수를 쓰세요",
                                error=f"'{column.header}'에는 0 이상의 정수를 쓰세요.")
        else:
            continue
        ws.add_data_validation(dv)
        dv.add(target)
    ws.freeze_panes = "C2"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widening a column is harmless; moving or inserting one is not
    ws.protection.formatRows = False
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"


def _stamp(wb: Any, stamp_text: str, signature: str) -> None:
    """The signed stamp on a very hidden sheet."""
    ws = wb.create_sheet(STAMP_SHEET)
    for r, part in enumerate(chunks(stamp_text), 1):
        cell = ws.cell(row=r, column=1, value=part)
        cell.data_type = "s"
    ws.cell(row=1, column=2, value=signature)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


def seal_workbook(wb: Any, *, stamp_text: str, signature: str, title: str, active: str = "") -> None:
    """The end of every workbook a department fills in and sends back (this module's and the 사전 갈등검토목록's,
    reports/pre_review_xlsx.py): the signed stamp on a very hidden sheet, the drop-down lists last, the ``active``
    sheet shown on opening, the structure locked, and the document properties (title without control characters)."""
    from openpyxl.workbook.protection import WorkbookProtection

    _stamp(wb, stamp_text, signature)
    wb.move_sheet(LISTS_SHEET, offset=len(wb.sheetnames))
    if active:
        wb.active = wb.sheetnames.index(active)
    wb.security = WorkbookProtection(lockStructure=True)
    wb.properties.title = cell_text(title)[:200]  # XML: no control chars
    wb.properties.creator = "ConflictDesk"


def build_workbook(book: DepartmentWorkbook) -> Any:
    from openpyxl import Workbook

    wb = Workbook()
    _guide(wb, book)
    ranges = _lists(wb, book.layouts)
    for name, layout in book.layouts.items():
        _data_sheet(wb, layout, book.rows[name], ranges)
    seal_workbook(wb, stamp_text=book.stamp_text, signature=book.signature,
                  title=f"부서 작성 파일 {book.round_code} {book.department}")
    return wb


def write_workbook(book: DepartmentWorkbook, path: Path) -> Path:
    """Save one department's workbook to ``path`` (atomically: no half-written file is left)."""
    from conflictdesk.services.files import write_atomically

    write_atomically(path, lambda tmp: build_workbook(book).save(tmp))
    return path


Progress = Callable[[int, str], bool]


def write_workbooks(books: list[DepartmentWorkbook], folder: Path, progress: Progress | None = None) -> list[Path]:
    """One file per department in ``folder`` (``부서작성_<차수>_<부서>.xlsx``); returns the paths in order."""
    used: set[str] = set()
    paths: list[Path] = []
    for n, book in enumerate(books):
        if progress is not None and not progress(5 + 90 * n // max(len(books), 1), f"{book.department} 파일 쓰는 중"):
            break
        paths.append(write_workbook(book, Path(folder) / workbook_file_name(book, used)))
    return paths


def write_card_forms(db: Any, books: list[DepartmentWorkbook], folder: Path,
                     progress: Progress | None = None) -> list[Path]:
    """The card of every key case in ``books`` as a 한/글 (HWPX) file beside its workbook, masked, out only:
    ``갈등관리카드_<사업코드>_<사업명>.hwpx`` (departments that insist on HWP; nothing reads it back)."""
    from conflictdesk.domain.errors import NotFound
    from conflictdesk.reports.filenames import card_file_name
    from conflictdesk.reports.hwpx import write_card_hwpx
    from conflictdesk.reports.hwpx_content import card_content
    from conflictdesk.services.report_data import load_card_report

    used: set[str] = set()
    paths: list[Path] = []
    cases = [(book, row) for book in books for row in book.rows.get("카드", [])]
    for n, (book, row) in enumerate(cases):
        code, name = str(row[0]), str(row[1])
        if progress is not None and not progress(5 + 90 * n // max(len(cases), 1), f"{code} 한/글 카드 쓰는 중"):
            break
        try:
            card = load_card_report(db, code, round_code=book.round_code)
        except NotFound:  # a key case without a card yet: the workbook's 카드 sheet is where it starts
            continue
        path = Path(folder) / card_file_name(code, name, ".hwpx", used)
        paths.append(write_card_hwpx(card_content(card, author=book.officer, printed=book.issued), path))
    return paths
