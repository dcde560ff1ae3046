"""Grade summary as XLSX: one sheet per section, styled headers, frozen panes, Hangul-aware widths, safe text."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from conflictdesk.services.summary_dtos import DepartmentRow, GradeSummary, RoundReport

#: Cells starting with these are formulas (or DDE) to a spreadsheet program: always written as text.
RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
COUNT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
HEADER_FILL = "1F3B73"
FONT_NAME = "맑은 고딕"
MAX_WIDTH = 60


NOTHING = "해당 없음"


@dataclass(frozen=True)
class Won:
    """A won amount: a whole number in the cell (sums and sorting work), the unit (원) in the header only."""

    won: int | None


@dataclass(frozen=True)
class PrintContext:
    """What every printed page of the workbook says: document title, round and 기준일 (header), print date."""

    title: str
    round_text: str
    as_of: date
    printed: date


def _header_text(text: str) -> str:
    """Text for a print header/footer section: one line, ``&`` (a code there) doubled, short (Excel's limit is 255)."""
    line = " ".join(_clean(text).split())
    return (line[:80] + "…" if len(line) > 80 else line).replace("&", "&&")


def text_width(text: str) -> int:
    """Spreadsheet column units: Hangul and other wide characters count two."""
    longest = max((line for line in text.split("\n")), key=len, default="")
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in longest)


def _clean(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # XML turns a bare CR into LF on reading anyway: write the line break a reader will see.
    return str(ILLEGAL_CHARACTERS_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


def _put(ws: Any, row: int, col: int, value: object) -> tuple[Any, str]:
    """Write one cell; return it and the text used to size its column."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, Won):
        cell.value = value.won
        cell.number_format = COUNT_FORMAT
        return cell, "" if value.won is None else f"{value.won:,}"
    if isinstance(value, bool) or value is None:
        cell.value = value
        return cell, "" if value is None else str(value)
    if isinstance(value, int | float):
        cell.value = value
        cell.number_format = COUNT_FORMAT
        return cell, f"{value:,}"
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return cell, "0000-00-00"
    text = _clean(str(value))
    cell.value = text
    if text.startswith(RISKY_PREFIXES) or cell.data_type == "f":
        cell.data_type = "s"  # never a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell, text


def _add_sheet(wb: Any, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
              freeze_cols: int = 0, total_rows: int = 0, context: PrintContext | None = None) -> Any:
    """A sheet with a styled header row, frozen header (and first columns), filter and fitted widths.

    The last ``total_rows`` rows are totals: bold and outside the filter. A sheet without rows says "해당 없음".
    Printed: A4 landscape, one page wide, header row repeated, and with ``context`` a page header (title, round,
    기준일) and footer (print date, page x / y).
    """
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    thin = Side(style="thin", color="8A94A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [text_width(h) for h in headers]
    for col, header in enumerate(headers, 1):
        cell, _t = _put(ws, 1, col, header)
        cell.font = Font(name=FONT_NAME, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    body_font = Font(name=FONT_NAME)
    data_rows = len(rows) - total_rows
    if not rows:
        rows = [(NOTHING,)]
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(headers))
    for r, row in enumerate(rows, 2):
        for col, value in enumerate(row, 1):
            cell, text = _put(ws, r, col, value)
            cell.font = body_font
            cell.border = border
            cell.alignment = Alignment(vertical="top", wrap_text="\n" in text or text_width(text) > MAX_WIDTH)
            widths[col - 1] = max(widths[col - 1], text_width(text))
    for r in range(data_rows + 2, data_rows + 2 + total_rows):
        for col in range(1, len(headers) + 1):
            ws.cell(row=r, column=col).font = Font(name=FONT_NAME, bold=True)
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, width + 3)
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = ws.cell(row=2, column=freeze_cols + 1).coordinate
    if data_rows > 0:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{data_rows + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    if context is not None:
        ws.oddHeader.left.text = _header_text(f"{context.title} — {title}")
        ws.oddHeader.right.text = _header_text(f"{context.round_text} · 기준일 {_dot(context.as_of)}")
        ws.oddFooter.left.text = _header_text(f"출력일 {_dot(context.printed)}")
        ws.oddFooter.right.text = "&P / &N"
        for part in (ws.oddHeader.left, ws.oddHeader.right, ws.oddFooter.left, ws.oddFooter.right):
            part.size = 9
    return ws


def _dot(d: date) -> str:
    return f"{d.year}. {d.month}. {d.day}."


def _dept_cells(r: DepartmentRow) -> list[object]:
    return [r.bureau, r.department, r.targets, r.g1, r.g2, r.g3, r.ungraded, r.new, r.carried, r.dropped,
            r.unmet, r.overdue]


def build_workbook(summary: GradeSummary, rounds: RoundReport | None, printed: date | None = None) -> Any:
    """The workbook in memory (one sheet per section)."""
    from functools import partial

    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    t = summary.totals
    scope = f" — {summary.department}" if summary.department else ""
    title = f"갈등관리 등급 현황{scope}"
    context = PrintContext(title, f"{summary.round_label} ({summary.round_code})", summary.as_of,
                           printed or date.today())
    add_sheet = partial(_add_sheet, context=context)
    add_sheet(wb, "요약", ["항목", "값"], [
        ("진단 차수", f"{summary.round_label} ({summary.round_code})"),
        ("대상 부서", summary.department or "전체 부서"),
        ("기준일", summary.as_of), ("전 차수", summary.previous_round or "없음"),
        ("진단대상", t.targets), ("1등급", t.g1), ("2등급", t.g2), ("3등급", t.g3), ("미확정", t.ungraded),
        ("중점관리 신규", t.new), ("중점관리 계속", t.carried), ("중점관리 제외", t.dropped),
        ("의무 미이행", t.unmet), ("카드·대응계획 작성 기한 경과", len(summary.overdue_duties)),
        ("기한 경과 점검", len(summary.overdue_reviews)),
        ("기한 경과 조치항목", len(summary.overdue_items)),
    ])
    dept_rows = [_dept_cells(r) for r in summary.departments]
    if len(summary.departments) > 1:
        dept_rows.append(_dept_cells(t))
    add_sheet(wb, "부서별 등급", ["실·국", "부서", "진단대상", "1등급", "2등급", "3등급", "미확정", "신규", "계속",
                                "제외", "의무 미이행", "기한 경과"], dept_rows, freeze_cols=2,
              total_rows=1 if len(summary.departments) > 1 else 0)
    add_sheet(wb, "중점관리 변동", ["부서", "사업코드", "사업명", "전 차수 등급", "현 등급", "구분", "이월 결정",
                                 "총사업비(원)"],
              [(c.department, c.code, c.name, c.previous_grade, c.grade, c.status, c.decision, Won(c.budget_won))
               for c in summary.cases], freeze_cols=3)
    add_sheet(wb, "의무 미이행", ["부서", "사업코드", "사업명", "등급", "미이행 내용", "카드·대응계획 작성 기한",
                               "경과일"],
              [(u.department, u.code, u.name, u.grade, "\n".join(u.missing), u.duty_due,
                max(0, (summary.as_of - u.duty_due).days) if u.duty_due is not None else None)
               for u in summary.unmet], freeze_cols=3)
    add_sheet(wb, "기한경과 점검", ["부서", "사업코드", "사업명", "점검 마감일", "경과일"],
              [(o.department, o.code, o.name, o.due, o.days) for o in summary.overdue_reviews], freeze_cols=3)
    add_sheet(wb, "기한경과 조치항목", ["부서", "사업코드", "사업명", "조치항목", "담당", "기한", "경과일"],
              [(o.department, o.code, o.name, o.what, o.owner, o.due, o.days) for o in summary.overdue_items],
              freeze_cols=3)
    add_sheet(wb, "차수별 추이", ["차수", "진단 사업", "진단대상", "1등급", "2등급", "3등급"],
              [(r.round_code, r.screened, r.targets, r.g1, r.g2, r.g3) for r in summary.trend], freeze_cols=1)
    if rounds is not None:
        add_sheet(wb, "진단 결과", ["진단기준", "해당 사업"],
                  [*((label, n) for _c, label, n in rounds.criteria), ("진단 사업", rounds.screened),
                   ("진단대상", rounds.targets)], freeze_cols=1, total_rows=2)
    wb.properties.title = _clean(f"{title} {summary.round_code}")
    wb.properties.subject = _clean(f"{summary.round_label} ({summary.round_code}) 갈등관리 등급 현황")
    wb.properties.creator = wb.properties.lastModifiedBy = "갈등관리 데스크 (ConflictDesk)"
    wb.properties.keywords = "갈등관리, 등급 현황"
    return wb


def write_summary_xlsx(summary: GradeSummary, rounds: RoundReport | None, out: str | Path | IO[bytes],
                       printed: date | None = None) -> None:
    """Save the grade summary workbook to ``out``."""
    build_workbook(summary, rounds, printed).save(out)
