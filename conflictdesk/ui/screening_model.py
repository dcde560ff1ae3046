"""Table model of a round's screening: a ✓ column per criterion, filters and sorting in Python (100k rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from conflictdesk.domain.enums import CRITERIA_ORDER, CarryOver, Criterion
from conflictdesk.domain.search import normalise_query, query_matcher, search_text
from conflictdesk.ui.columns import CENTER, Column, ColumnModel
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, domain_label, translate
from conflictdesk.ui.project_model import CRITERION_SHORT

if TYPE_CHECKING:  # the services (and the models) load after the first table (docs/architecture.md)
    from conflictdesk.services.screening import ScreeningRow

CARRY_LABEL = {c.value: c.label for c in CarryOver}
CHECK = "✓"


def _carry_text(r: ScreeningRow) -> str:
    if not r[6]:
        return ""
    return translate("screening_model", "이월·{0}").format(
        domain_label(CARRY_LABEL[r[7]])) if r[7] in CARRY_LABEL else translate("screening_model", "이월·판단 전")


def _has(code: str) -> Callable[[ScreeningRow], str]:
    return lambda r: CHECK if code in r[4].split(",") else ""


def _criterion_column(criterion: Criterion) -> Column:
    code = criterion.value
    return Column(CRITERION_SHORT[code], _has(code), align=CENTER, sortkey=lambda r: code not in r[4].split(","),
                  tooltip=lambda _r: domain_label(criterion), header_tooltip=None)


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("project_model", "사업코드"), 1, sortkey=lambda r: r[1]),
    Column(QT_TRANSLATE_NOOP("project_model", "사업명"), 2, sortkey=lambda r: r[2]),
    Column(QT_TRANSLATE_NOOP("project_model", "담당부서"), 3, sortkey=lambda r: r[3]),
    *(_criterion_column(c) for c in CRITERIA_ORDER),
    Column(QT_TRANSLATE_NOOP("project_model", "대상"), lambda r: translate("screening_model", "대상") if r[5] else "",
           align=CENTER, sortkey=lambda r: not r[5]),
    Column(QT_TRANSLATE_NOOP("project_model", "이월"), _carry_text, align=CENTER, sortkey=lambda r: (not r[6], r[7] or "")),
    Column(QT_TRANSLATE_NOOP("project_model", "확정등급"), lambda r: translate("screening_model", "{0}등급").format(
        r[8]) if r[8] else "", align=CENTER, sortkey=lambda r: r[8] or 9),
)
FIRST_CRITERION = 3


class ScreeningModel(ColumnModel["ScreeningRow"]):
    """Rows are :data:`ScreeningRow` tuples; filters: text, targets only, department, criterion."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, "project_model", parent)
        self._keys: list[str] = []
        self.text = ""
        self.targets_only = False
        self.department = ""
        self.criterion = ""

    def set_rows(self, rows: Sequence[ScreeningRow]) -> None:
        self._keys = [search_text(r[1], r[2], r[3]) for r in rows]
        super().set_rows(rows)

    def set_filters(self, *, text: str | None = None, targets_only: bool | None = None,
                    department: str | None = None, criterion: str | None = None) -> None:
        """Change any of the filters (``""`` = all); the view is recomputed once."""
        if text is not None:
            self.text = normalise_query(text)
        if targets_only is not None:
            self.targets_only = targets_only
        if department is not None:
            self.department = department
        if criterion is not None:
            self.criterion = criterion
        self.refilter()

    def _filtered(self) -> list[int]:
        rows, keys = self._rows, self._keys
        result = self._order
        if self.text:
            test = query_matcher(self.text)  # every word, 초성 (domain/search.py)
            if test is not None:
                result = [i for i in result if test(keys[i])]
        if self.targets_only:
            result = [i for i in result if rows[i][5]]
        if self.department:
            dept = self.department
            result = [i for i in result if rows[i][3] == dept]
        if self.criterion:
            crit = self.criterion
            result = [i for i in result if crit in rows[i][4].split(",")]
        return list(result)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and FIRST_CRITERION <= section < FIRST_CRITERION + len(CRITERIA_ORDER)):
            return domain_label(CRITERIA_ORDER[section - FIRST_CRITERION])
        return super().headerData(section, orientation, role)

    # --- helpers ------------------------------------------------------------------------------
    def row_tuple(self, view_row: int) -> ScreeningRow:
        return self.row(view_row)

    def view_row_of(self, code: str) -> int:
        for n, i in enumerate(self._view):
            if self._rows[i][1] == code:
                return n
        return -1

    def departments(self) -> list[str]:
        return sorted({r[3] for r in self._rows})
