"""The petition file parser: rows of 청원명, 청원 시작일, 공감 수, 기준일 → petitions with their counts, or problems.

Pure: takes the cells as read (``services/import_files.read_cells``) and returns every problem at once, each naming
its row and column, so the import stores all or nothing (docs/업무규칙.md, "Deliberation (공론화)").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from conflictdesk.domain.deliberation import SupportCount
from conflictdesk.domain.error_catalogue import Term, render
from conflictdesk.domain.errors import InvalidValue

TITLE, OPENED, COUNT, AS_OF = Term("청원명"), Term("청원 시작일"), Term("공감 수"), Term("기준일")
HEADERS = (TITLE, OPENED, COUNT, AS_OF)
#: The longest title stored (the column is 300 characters).
MAX_TITLE = 300
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?")
_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")


@dataclass(frozen=True)
class RowProblem:
    """One problem of an imported file (petitions, applicants, quotas): the row as the spreadsheet shows it (1 = header), the column, what is wrong."""

    row: int
    column: str
    code: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self) -> str:
        where = f"행 {self.row}, {self.column}" if self.column else f"행 {self.row}"
        return f"{where}: {render(self.code, self.params)}"


@dataclass(frozen=True)
class Petition:
    """A petition as the file gives it: its title, opening date and every dated count (first row number kept)."""

    title: str
    opened: date
    counts: tuple[SupportCount, ...]
    row: int


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _date(value: object) -> date:
    text = _text(value)
    iso = _ISO.fullmatch(text)
    if iso is not None:  # an xlsx date cell arrives as ISO text
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            raise InvalidValue("date_impossible", value=text) from None
    if not text:
        raise InvalidValue("date_required", field="")
    from conflictdesk.domain.dates import parse_date

    return parse_date(text)


def _count(value: object) -> int:
    if isinstance(value, bool):
        raise InvalidValue("petition_count_invalid", value=str(value))
    if isinstance(value, int):
        if value < 0:
            raise InvalidValue("petition_count_invalid", value=str(value))
        return value
    if isinstance(value, float):
        if not value.is_integer() or value < 0:
            raise InvalidValue("petition_count_invalid", value=str(value))
        return int(value)
    text = _text(value).removesuffix("명").strip()
    if not _NUMBER.fullmatch(text):
        raise InvalidValue("petition_count_invalid", value=_text(value))
    return int(text.replace(",", ""))


def parse_petitions(rows: Sequence[tuple[int, tuple[object, ...]]]) -> tuple[list[Petition], list[RowProblem]]:
    """Parse the sheet ``rows`` (row number, cells; the first is the header). Problems list every bad cell.

    Several rows may give one title (its count on several dates); they must agree on the opening date, a count may not
    be dated before the opening, and one date may carry only one count.
    """
    problems: list[RowProblem] = []
    if not rows:
        return [], [RowProblem(1, "", "petition_file_empty")]
    header_row, header = rows[0]
    names = [_text(h) for h in header]
    missing = [h for h in HEADERS if h not in names]
    if missing:
        return [], [RowProblem(header_row, "", "petition_headers_missing", {"missing": ", ".join(missing),
                                                                                 "expected": ", ".join(HEADERS)})]
    where: dict[str, int] = {h: names.index(h) for h in HEADERS}
    found: dict[str, tuple[date, dict[date, int], int]] = {}
    for number, cells in rows[1:]:
        if all(_text(c) == "" for c in cells):
            continue

        def cell(name: str, cells: tuple[object, ...] = cells) -> object:
            i = where[name]
            return cells[i] if i < len(cells) else None

        row_problems: list[RowProblem] = []
        title = _text(cell(TITLE))
        if not title:
            row_problems.append(RowProblem(number, TITLE, "value_required", {"field": TITLE}))
        elif len(title) > MAX_TITLE:
            row_problems.append(RowProblem(number, TITLE, "value_too_long",
                                                {"field": TITLE, "limit": MAX_TITLE, "value": title[:20]}))
        parsed: dict[str, object] = {}
        for name, parse in ((OPENED, _date), (COUNT, _count), (AS_OF, _date)):
            try:
                parsed[name] = parse(cell(name))
            except InvalidValue as exc:
                params = dict(exc.params or {})
                if exc.key == "date_required":
                    params["field"] = name
                row_problems.append(RowProblem(number, name, exc.key or "petition_count_invalid", params))
        if not row_problems:
            opened, count, as_of = parsed[OPENED], parsed[COUNT], parsed[AS_OF]
            assert isinstance(opened, date) and isinstance(as_of, date) and isinstance(count, int)
            if as_of < opened:
                row_problems.append(RowProblem(number, AS_OF, "petition_count_before_opening",
                                                    {"as_of": as_of, "opened": opened}))
            elif title in found:
                first_opened, counts, first_row = found[title]
                if first_opened != opened:
                    row_problems.append(RowProblem(number, OPENED, "petition_opened_differs",
                                                        {"title": title, "row": first_row, "opened": first_opened}))
                elif as_of in counts and counts[as_of] != count:
                    row_problems.append(RowProblem(number, COUNT, "petition_count_twice",
                                                        {"title": title, "as_of": as_of}))
                else:
                    counts[as_of] = count
            else:
                found[title] = (opened, {as_of: count}, number)
        problems += row_problems
    if not found and not problems:
        problems.append(RowProblem(header_row, "", "petition_file_empty"))
    petitions = [Petition(title, opened, tuple(SupportCount(d, n) for d, n in sorted(counts.items())), row)
                 for title, (opened, counts, row) in found.items()]
    return (petitions if not problems else []), problems
