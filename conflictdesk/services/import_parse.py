"""Parse a project list (사업 목록) into rows and problems: every value form of docs/업무규칙.md §Import, row by row."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.import_columns import (
    HEADERS,
    IMPORT_COLUMNS,
    ImportColumn,
    column_letter,
    is_clear_marker,
    known_header,
)
from conflictdesk.domain.money import parse_budget_won
from conflictdesk.domain.text import nfc
from conflictdesk.domain.yesno import parse_yes_no
from conflictdesk.services.import_files import ImportCancelled, ImportFileError, RawSheet, read_cells

Progress = Callable[[int, str], bool]


@dataclass(frozen=True)
class Problem:
    """One problem of an import file: the row and column as the spreadsheet shows them, and what is wrong."""

    row: int  # spreadsheet row number (1 = header row)
    column: str  # header name, "" for the whole row
    message: str

    def text(self) -> str:
        return f"행 {self.row}, {self.column}: {self.message}" if self.column else f"행 {self.row}: {self.message}"


@dataclass(frozen=True)
class ProjectRow:
    """A valid row: ``code`` ("" = assign a new one) and the parsed values by Project field name."""

    row: int
    code: str
    values: dict[str, object]
    #: Optional fields whose cell was blank (on an update: unchanged) and those with the 지움 marker (cleared).
    blank: frozenset[str] = frozenset()
    cleared: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ParsedFile:
    """What was read from a file: the cells as text (for a preview), the valid rows and every problem."""

    path: str
    sheet: str
    encoding: str
    headers: tuple[str, ...]
    cells: list[tuple[int, tuple[str, ...]]]
    rows: list[ProjectRow]
    problems: list[Problem]

    @property
    def name(self) -> str:
        return Path(self.path).name


def _cancelled() -> ImportCancelled:
    return ImportCancelled("가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.")


def _step(progress: Progress | None, pct: int, message: str) -> None:
    if progress is not None and not progress(pct, message):
        raise _cancelled()


# --- parsing -------------------------------------------------------------------------------------


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return nfc(str(value))


def _blank(values: tuple[object, ...]) -> bool:
    return all(_text(v) == "" for v in values)


def _check_headers(number: int, headers: tuple[str, ...]) -> list[Problem]:
    keys = [known_header(h) for h in headers]
    if tuple(keys) == HEADERS:
        return []
    problems: list[Problem] = []
    for i, (raw, key) in enumerate(zip(headers, keys, strict=True)):
        letter = column_letter(i)
        if key is None:
            shown = raw or "(빈 머리글)"
            problems.append(Problem(number, f"{letter}열", f"알 수 없는 열 '{shown}'입니다. 가져오기 서식의 머리글을 쓰세요"))
        elif keys.index(key) != i:
            problems.append(Problem(number, key, f"열이 두 번 있습니다({letter}열)"))
    for header in HEADERS:
        if header not in keys:
            problems.append(Problem(number, header, "열이 없습니다. 가져오기 서식의 머리글을 그대로 쓰세요"))
    if not problems:
        problems.append(Problem(number, "", "열 순서가 서식과 다릅니다. 서식 순서: " + ", ".join(HEADERS)))
    return problems


def _parse_cell(col: ImportColumn, value: object, text: str | None = None) -> object:
    """``value`` as the column's kind; ``text`` is ``_text(value)`` when the caller already has it."""
    if col.kind == "budget":
        return parse_budget_won(nfc(value) if isinstance(value, str) else value)
    if col.kind == "yesno":
        return parse_yes_no(value)
    text = _text(value) if text is None else text
    if col.kind == "required" and not text:
        raise InvalidValue("cell_required")
    if col.max_length and len(text) > col.max_length:
        raise InvalidValue("cell_too_long", limit=col.max_length, length=len(text))
    return text


def parse_sheet(raw: RawSheet, path: str) -> ParsedFile:
    """Check the header row and parse every data row; problems are collected, never raised."""
    data = [(n, v) for n, v in raw.rows if not _blank(v)]
    if not data:
        raise ImportFileError("sheet_empty", code="empty", sheet=raw.name, file=Path(path).name)
    header_number, header_values = data[0]
    headers = [_text(v) for v in header_values]
    while headers and not headers[-1]:
        headers.pop()
    problems = _check_headers(header_number, tuple(headers))
    width = max(len(headers), len(HEADERS))
    cells = [(n, tuple(_text(v) for v in (v + (None,) * width)[:width])) for n, v in data[1:]]
    rows: list[ProjectRow] = []
    if problems:
        return ParsedFile(path, raw.name, raw.encoding, tuple(headers), cells, rows, problems)
    bad_cells = {(i.row, i.col): i.message for i in raw.issues}
    seen_codes: dict[str, int] = {}
    for (number, values), (_number, texts) in zip(data[1:], cells, strict=True):  # texts: _text of each cell
        padded = values + (None,) * (len(HEADERS) - len(values))
        row_ok = True
        parsed: dict[str, object] = {}
        blank: set[str] = set()
        cleared: set[str] = set()
        for c, col in enumerate(IMPORT_COLUMNS):
            issue = bad_cells.get((number, c))
            if issue is not None:
                problems.append(Problem(number, col.header, issue))
                row_ok = False
                continue
            optional = col.kind not in ("required", "code")
            text = texts[c].strip()
            if optional and is_clear_marker(text):
                cleared.add(col.field)
                parsed[col.field] = _parse_cell(col, None)  # the empty value of the column's kind
                continue
            if optional and not text:
                blank.add(col.field)
            try:
                parsed[col.field] = _parse_cell(col, padded[c], texts[c])
            except InvalidValue as exc:
                problems.append(Problem(number, col.header, exc.message))
                row_ok = False
        for c in range(len(HEADERS), len(values)):
            if texts[c] if c < width else _text(values[c]):
                problems.append(Problem(number, f"{column_letter(c)}열", "머리글이 없는 열에 값이 있습니다"))
                row_ok = False
        code = str(parsed.pop("code", ""))
        if code:
            first = seen_codes.setdefault(code, number)
            if first != number:
                problems.append(Problem(number, "사업코드", f"사업코드 '{code}'이(가) {first}행에도 있습니다"))
                row_ok = False
        if row_ok:
            rows.append(ProjectRow(number, code, parsed, frozenset(blank), frozenset(cleared)))
    if not data[1:]:
        problems.append(Problem(header_number + 1, "", "가져올 사업이 없습니다(머리글 아래가 비어 있음)"))
    return ParsedFile(path, raw.name, raw.encoding, tuple(headers), cells, rows, problems)


def read_project_file(path: Path | str, progress: Progress | None = None) -> ParsedFile:
    """Read and check an import file (.xlsx/.csv). File-level failures raise :class:`ImportFileError`."""
    raw = read_cells(path, progress)
    return parse_sheet(raw, str(path))


# --- planning and writing ------------------------------------------------------------------------
