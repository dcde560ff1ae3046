"""The project import template (가져오기 서식): sheet 사업목록 with the §9 headers and a sheet 작성안내."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from conflictdesk.domain.import_columns import (
    BUDGET_HEADER,
    CLEAR_MARKER,
    IMPORT_COLUMNS,
    REQUIRED_HEADERS,
    YES_NO_HEADERS,
    column_letter,
    display_width,
)
from conflictdesk.domain.yesno import YES_NO_CHOICES

DATA_SHEET = "사업목록"
GUIDE_SHEET = "작성안내"
TEMPLATE_ROWS = 1000  # rows covered by the drop-downs and the number format
BUDGET_FORMAT = "#,##0.###"

_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_REQUIRED_FILL = PatternFill("solid", fgColor="C00000")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_THIN = Side(style="thin", color="9E9E9E")

GUIDE_LINES: tuple[tuple[str, str], ...] = (
    ("사업 목록 가져오기 서식 작성안내", ""),
    ("", ""),
    ("기본 규칙", "‘사업목록’ 시트의 첫 행(머리글)은 고치거나 순서를 바꾸지 마세요. 2행부터 사업 한 건에 한 행씩 적습니다."),
    ("필수 열", f"{' · '.join(REQUIRED_HEADERS)} 열은 반드시 적어야 합니다 (빨간 머리글)."),
    ("사업코드", "비워 두면 새 사업으로 등록되고 코드가 자동으로 부여됩니다(예: 2020-000123). "
                "이미 등록된 사업코드를 적으면 그 사업의 내용이 이 행의 값으로 바뀝니다. "
                "한 파일 안에서 같은 사업코드를 두 번 적을 수 없습니다."),
    ("빈칸과 지움", f"등록된 사업을 고칠 때 빈칸은 ‘바꾸지 않음’입니다(저장된 값이 그대로 남습니다). "
                  f"저장된 값을 지우려면 그 칸에 ‘{CLEAR_MARKER}’이라고 적으세요(예/아니오 열은 ‘아니오’, 금액은 ‘금액 없음’이 됩니다). "
                  "새 사업의 빈칸은 빈 값입니다. 미리보기에서 지워질 칸을 확인할 수 있습니다."),
    ("담당부서", "부서 이름을 정확히 적으세요. 등록되지 않은 부서는 새로 만들어집니다."),
    (BUDGET_HEADER, "숫자만 적으면 백만원 단위입니다: 4,000 = 40억원, 12.5 = 1,250만원. "
                   "단위를 붙여 적을 수도 있습니다: 40억, 40억원, 4,000백만원, 4,000,000,000원, 1조 2,000억, 3억 5천만원. "
                   "새 사업에서 비워 두면 ‘금액 없음’입니다. 음수와 한글 숫자(사십억)는 받지 않습니다."),
    ("예/아니오 열", f"{', '.join(YES_NO_HEADERS)}: 목록에서 {YES_NO_CHOICES[0]}/{YES_NO_CHOICES[1]}를 고르거나 "
                   "Y/N, 예/아니오, O/X, ○/×, 해당/비해당, true/false, 1/0 중 하나를 적습니다. 새 사업의 빈칸은 ‘아니오’입니다."),
    ("전결권자", "자유롭게 적습니다(예: 과장, 국장, 행정부시장, 시장). 시장·부시장 전결이면(‘시장·부시장’, ‘행정부시장/시장’, "
                "‘부시장 이상’처럼 함께 적어도 됩니다) ‘부시장 이상 전결’ 기준에 해당합니다. 알 수 없는 직위는 ‘확인 필요’로 표시됩니다."),
    ("수식", "수식 셀은 저장된 계산 결과를 가져옵니다. 계산 결과가 저장되지 않은 수식(프로그램으로 만든 파일)은 문제로 표시됩니다."),
    ("파일 형식", "엑셀(.xlsx) 또는 CSV(UTF-8, CP949/EUC-KR)로 저장하세요. 암호가 걸린 파일은 암호를 해제한 뒤 가져옵니다."),
    ("전부 아니면 전무", "한 행이라도 문제가 있으면 아무것도 저장되지 않고, 모든 문제가 행 번호와 열 이름과 함께 표시됩니다. "
                       "‘미리보기(dry run)’로 추가·수정될 내용을 먼저 확인할 수 있습니다."),
)


GUIDE_LABEL_WIDTH = 22
GUIDE_TEXT_WIDTH = 100
PRINTED_ROWS = 30  # the data sheet prints its header and this many rows to fill in by hand


def _print_setup(ws: Any, title: str, area: str) -> None:
    """A4 landscape, the whole sheet on one page, header row repeated, title and page x / y in the margins."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddHeader.left.text = title
    ws.oddHeader.left.size = 9
    ws.oddFooter.right.text = "&P / &N"
    ws.oddFooter.right.size = 9


def _width(header: str, hint: int) -> float:
    return max(hint, display_width(header) + 4)


def write_template(path: Path | str) -> Path:
    """Write the import template to ``path`` (.xlsx) and return the path."""
    target = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = DATA_SHEET
    ws.append([c.header for c in IMPORT_COLUMNS])
    for i, col in enumerate(IMPORT_COLUMNS):
        letter = column_letter(i)
        cell = ws.cell(row=1, column=i + 1)
        cell.font = _HEADER_FONT
        cell.fill = _REQUIRED_FILL if col.header in REQUIRED_HEADERS else _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=False)
        cell.border = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
        ws.column_dimensions[letter].width = _width(col.header, col.width)
        # Column styles, not cell styles: empty styled cells would push appended rows below row 1000.
        if col.kind == "budget":
            ws.column_dimensions[letter].number_format = BUDGET_FORMAT
        elif col.field in ("code", "contact"):
            ws.column_dimensions[letter].number_format = "@"  # keep leading zeros of phone numbers
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = "A2"

    yes_no = DataValidation(type="list", formula1='"' + ",".join(YES_NO_CHOICES) + '"', allow_blank=True,
                            showErrorMessage=False, showInputMessage=True)
    yes_no.promptTitle = "예/아니오"
    yes_no.prompt = "Y 또는 N (빈칸 = N)"
    for i, col in enumerate(IMPORT_COLUMNS):
        if col.kind == "yesno":
            letter = column_letter(i)
            yes_no.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
    ws.add_data_validation(yes_no)

    guide = wb.create_sheet(GUIDE_SHEET)
    for title, text in GUIDE_LINES:
        guide.append([title, text])
    guide["A1"].font = Font(bold=True, size=14)
    for row in guide.iter_rows(min_row=3):
        row[0].font = Font(bold=True)
        row[0].alignment = Alignment(vertical="top")
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    guide.column_dimensions["A"].width = GUIDE_LABEL_WIDTH
    guide.column_dimensions["B"].width = GUIDE_TEXT_WIDTH
    for row_index, (title, text) in enumerate(GUIDE_LINES, 1):
        # Explicit heights: LibreOffice does not grow a wrapped row when it opens the file, and rows overlapped.
        lines = max(1, -(-display_width(text) // (GUIDE_TEXT_WIDTH - 2)), -(-display_width(title) // GUIDE_LABEL_WIDTH))
        guide.row_dimensions[row_index].height = 24 if row_index == 1 else 15 * lines + 3
    _print_setup(ws, "가져오기 서식 — 사업목록", f"A1:{column_letter(len(IMPORT_COLUMNS) - 1)}{PRINTED_ROWS}")
    _print_setup(guide, "가져오기 서식 — 작성안내", f"A1:B{len(GUIDE_LINES)}")
    wb.properties.title = "갈등관리 데스크 사업 목록 가져오기 서식"
    wb.properties.subject = "갈등 진단 대상 사업 목록"
    wb.properties.creator = wb.properties.lastModifiedBy = "갈등관리 데스크 (ConflictDesk)"
    wb.active = 0
    from conflictdesk.services.files import write_atomically

    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, wb.save)
    return target
