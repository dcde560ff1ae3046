"""Thin table model over project row tuples; filter and sort in Python (instant at 100,000 rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from conflictdesk.domain.enums import ConflictStage, Criterion
from conflictdesk.domain.search import normalise_query, query_matcher, search_text
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, domain_label, translate

Row = tuple[int, str, str, str, int | None, str, int | None, str | None]
Index = QModelIndex | QPersistentModelIndex

CRITERION_SHORT = {
    Criterion.TIA.value: QT_TRANSLATE_NOOP("project_model", "교통"), Criterion.EIA.value: QT_TRANSLATE_NOOP("project_model", "환경"), Criterion.VICE_MAYOR.value: QT_TRANSLATE_NOOP("project_model", "부시장"),
    Criterion.BUDGET.value: QT_TRANSLATE_NOOP("project_model", "예산"), Criterion.MIDTERM.value: QT_TRANSLATE_NOOP("project_model", "중기"), Criterion.ORDINANCE.value: QT_TRANSLATE_NOOP("project_model", "법규"),
    Criterion.VISIBLE.value: QT_TRANSLATE_NOOP("project_model", "표출"),
}
STAGE_LABEL = {s.value: s.label for s in ConflictStage}
STAGE_ORDER = {s.value: i for i, s in enumerate(ConflictStage)}

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def criterion_short(code: str) -> str:
    """The short column/summary name of a screening criterion code, in the UI language."""
    return translate("project_model", CRITERION_SHORT[code]) if code in CRITERION_SHORT else code


def _criteria_text(codes: str) -> str:
    return ", ".join(criterion_short(c) for c in codes.split(",") if c)


def _criteria_tooltip(codes: str) -> str:
    labels = []
    for c in codes.split(","):
        if c:
            try:
                labels.append(domain_label(Criterion(c)))
            except ValueError:
                labels.append(c)
    return "\n".join(labels)


def _budget_text(won: int | None) -> str:
    if won is None:
        return ""
    return f"{won / 100_000_000:,.1f}"


class Column:
    def __init__(self, key: str, title: str, display: Callable[[Row], str],
                 sort_key: Callable[[Row], Any], align_right: bool = False) -> None:
        self.key = key
        self.title = title
        self.display = display
        self.sort_key = sort_key
        self.align_right = align_right


COLUMNS: tuple[Column, ...] = (
    Column("code", QT_TRANSLATE_NOOP("project_model", "사업코드"), lambda r: r[1], lambda r: r[1]),
    Column("name", QT_TRANSLATE_NOOP("project_model", "사업명"), lambda r: r[2], lambda r: r[2]),
    Column("department", QT_TRANSLATE_NOOP("project_model", "담당부서"), lambda r: r[3], lambda r: r[3]),
    Column("budget", QT_TRANSLATE_NOOP("project_model", "총사업비(억원)"), lambda r: _budget_text(r[4]),
           lambda r: -1 if r[4] is None else r[4], align_right=True),
    Column("criteria", QT_TRANSLATE_NOOP("project_model", "해당 진단기준"), lambda r: _criteria_text(r[5]), lambda r: (-len(r[5]), r[5])),
    Column("grade", QT_TRANSLATE_NOOP("project_model", "등급"), lambda r: translate("project_model", "{0}등급").format(
        r[6]) if r[6] else "", lambda r: r[6] or 9),
    Column("stage", QT_TRANSLATE_NOOP("project_model", "갈등단계"), lambda r: domain_label(STAGE_LABEL.get(r[7] or "", "")),
           lambda r: STAGE_ORDER.get(r[7] or "", 99)),
)


class ProjectTableModel(QAbstractTableModel):
    """Rows are tuples (id, code, name, department, budget_won, criteria, grade, stage)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._keys: list[str] = []
        self._order: list[int] = []  # all row indices in the current sort order
        self._view: list[int] = []  # the filtered subset, in sort order
        self._filter = ""
        self._predicate: Callable[[Row], bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- data in ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row], *, sorted_by_code: bool = False) -> None:
        """Show ``rows``; ``sorted_by_code`` says they already come in 사업코드 order (no re-sort needed)."""
        self.beginResetModel()
        self._rows = []  # let the old rows go before the new keys are built (peak memory at 100k rows)
        self._keys = []
        self._rows = list(rows)
        dept_keys: dict[str, str] = {}
        self._keys = [search_text(r[1], r[2]) + " " + dept_keys.setdefault(r[3], search_text(r[3]))
                      for r in self._rows]
        self._order = list(range(len(self._rows)))
        presorted = sorted_by_code and self._sort_column == 0 and self._sort_order == Qt.SortOrder.AscendingOrder
        if self._sort_column >= 0 and not presorted:
            self._apply_sort()
        self._view = self._filtered(self._order)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        needle = normalise_query(text)
        if needle == self._filter:
            return
        # each word of the shorter query is inside a word of the longer one: its matches are a subset
        refine = bool(self._filter) and self._filter in needle
        self.beginResetModel()
        self._filter = needle
        self._view = self._filtered(self._view if refine else self._order)
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[Row], bool] | None) -> None:
        """An extra filter (e.g. targets only, a grade); ``None`` removes it."""
        self.beginResetModel()
        self._predicate = predicate
        self._view = self._filtered(self._order)
        self.endResetModel()

    def _filtered(self, source: list[int]) -> list[int]:
        test = query_matcher(self._filter)  # the one matching rule: every word, 초성 (domain/search.py)
        keys = self._keys
        result = [i for i in source if test(keys[i])] if test is not None else list(source)
        if self._predicate is not None:
            rows, pred = self._rows, self._predicate
            result = [i for i in result if pred(rows[i])]
        return result

    # --- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._view):
            return None
        row = self._rows[self._view[index.row()]]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "criteria" and row[5]:
            return _criteria_tooltip(row[5])
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == ID_ROLE:
            return row[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("project_model", COLUMNS[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        self._view = self._filtered(self._order)
        self.endResetModel()

    def _apply_sort(self) -> None:
        key = COLUMNS[self._sort_column].sort_key
        rows = self._rows
        keys = [key(r) for r in rows]
        self._order = sorted(range(len(rows)), key=keys.__getitem__,
                             reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    # --- helpers for views --------------------------------------------------------------------
    def all_rows(self) -> list[Row]:
        """Every row, filtered or not (a copy of the list; the tuples are shared)."""
        return list(self._rows)

    def total_count(self) -> int:
        return len(self._rows)

    def row_tuple(self, view_row: int) -> Row:
        return self._rows[self._view[view_row]]

    def project_id(self, view_row: int) -> int:
        return self._rows[self._view[view_row]][0]
