"""Table model of a round's screening: a ✓ column per criterion, filters and sorting in Python (100k rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from conflictdesk.domain.enums import CRITERIA_ORDER, CarryOver
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, domain_label, translate
from conflictdesk.ui.project_model import CRITERION_SHORT, normalise

if TYPE_CHECKING:  # the services (and the models) load after the first table (docs/architecture.md)
    from conflictdesk.services.screening import ScreeningRow

Index = QModelIndex | QPersistentModelIndex
CARRY_LABEL = {c.value: c.label for c in CarryOver}
CHECK = "✓"


def _carry_text(r: ScreeningRow) -> str:
    if not r[6]:
        return ""
    return translate("screening_model", "이월·{0}").format(
        domain_label(CARRY_LABEL[r[7]])) if r[7] in CARRY_LABEL else translate("screening_model", "이월·판단 전")


Column = tuple[str, Callable[["ScreeningRow"], str], Callable[["ScreeningRow"], Any]]


def _criterion_column(code: str) -> Column:
    return (CRITERION_SHORT[code], lambda r: CHECK if code in r[4].split(",") else "",
            lambda r: code not in r[4].split(","))


COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("project_model", "사업코드"), lambda r: r[1], lambda r: r[1]),
    (QT_TRANSLATE_NOOP("project_model", "사업명"), lambda r: r[2], lambda r: r[2]),
    (QT_TRANSLATE_NOOP("project_model", "담당부서"), lambda r: r[3], lambda r: r[3]),
    *(_criterion_column(c.value) for c in CRITERIA_ORDER),
    (QT_TRANSLATE_NOOP("project_model", "대상"), lambda r: translate("screening_model", "대상") if r[5] else "", lambda r: not r[5]),
    (QT_TRANSLATE_NOOP("project_model", "이월"), _carry_text, lambda r: (not r[6], r[7] or "")),
    (QT_TRANSLATE_NOOP("project_model", "확정등급"), lambda r: translate("screening_model", "{0}등급").format(
        r[8]) if r[8] else "", lambda r: r[8] or 9),
)
FIRST_CRITERION = 3


class ScreeningModel(QAbstractTableModel):
    """Rows are :data:`ScreeningRow` tuples; filters: text, targets only, department, criterion."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScreeningRow] = []
        self._keys: list[str] = []
        self._order: list[int] = []
        self._view: list[int] = []
        self.text = ""
        self.targets_only = False
        self.department = ""
        self.criterion = ""
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[ScreeningRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [normalise(f"{r[1]} {r[2]} {r[3]}") for r in self._rows]
        self._order = list(range(len(self._rows)))
        self._apply_sort()
        self._view = self._filtered()
        self.endResetModel()

    def set_filters(self, *, text: str | None = None, targets_only: bool | None = None,
                    department: str | None = None, criterion: str | None = None) -> None:
        """Change any of the filters (``""`` = all); the view is recomputed once."""
        self.beginResetModel()
        if text is not None:
            self.text = normalise(text)
        if targets_only is not None:
            self.targets_only = targets_only
        if department is not None:
            self.department = department
        if criterion is not None:
            self.criterion = criterion
        self._view = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        rows, keys = self._rows, self._keys
        result = self._order
        if self.text:
            needle = self.text
            result = [i for i in result if needle in keys[i]]
        if self.targets_only:
            result = [i for i in result if rows[i][5]]
        if self.department:
            dept = self.department
            result = [i for i in result if rows[i][3] == dept]
        if self.criterion:
            crit = self.criterion
            result = [i for i in result if crit in rows[i][4].split(",")]
        return list(result)

    # --- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._view):
            return None
        row = self._rows[self._view[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[col][1](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= FIRST_CRITERION:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_CRITERION <= col < FIRST_CRITERION + len(CRITERIA_ORDER):
            return domain_label(CRITERIA_ORDER[col - FIRST_CRITERION])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("project_model", COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_CRITERION <= section < FIRST_CRITERION + len(CRITERIA_ORDER):
            return domain_label(CRITERIA_ORDER[section - FIRST_CRITERION])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.beginResetModel()
        self._sort = (column, order)
        self._apply_sort()
        self._view = self._filtered()
        self.endResetModel()

    def _apply_sort(self) -> None:
        column, order = self._sort
        if column < 0:
            return
        key = COLUMNS[column][2]
        keys = [key(r) for r in self._rows]
        self._order = sorted(range(len(self._rows)), key=keys.__getitem__,
                             reverse=order == Qt.SortOrder.DescendingOrder)

    # --- helpers ------------------------------------------------------------------------------
    def row_tuple(self, view_row: int) -> ScreeningRow:
        return self._rows[self._view[view_row]]

    def view_row_of(self, code: str) -> int:
        for n, i in enumerate(self._view):
            if self._rows[i][1] == code:
                return n
        return -1

    def departments(self) -> list[str]:
        return sorted({r[3] for r in self._rows})

    def total_count(self) -> int:
        return len(self._rows)
