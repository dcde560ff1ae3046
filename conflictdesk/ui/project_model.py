"""Thin table model over project row tuples; filter and sort in Python (instant at 100,000 rows).

A sort groups the row indices by the column's key (one pass), sorts only the distinct keys and keeps the grouped
result for the column: the other direction, and the same column again, are a concatenation of those groups. The
result is the order a stable sort gives (equal keys keep the load order, 사업코드, in both directions).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from itertools import chain
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from conflictdesk.domain.enums import ConflictStage, Criterion
from conflictdesk.domain.search import matching_indices, normalise_query, search_text
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
# data() is asked for a dozen roles per cell on every paint: compare plain ints, answer the others at once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT = int(SORT_ROLE)
_ID = int(ID_ROLE)
_ROLES = frozenset({_DISPLAY, _ALIGN, _TOOLTIP, _SORT, _ID})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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


def _ordering(key: Any) -> Any:
    """The same order as ``key`` itself, compared faster: Hangul text as its UTF-8 bytes in a one-byte str.

    UTF-8 keeps the code-point order, and a list of one-byte strs is sorted by ``memcmp``.
    """
    return key.encode("utf-8", "surrogatepass").decode("latin-1") if isinstance(key, str) else key


def grouped_order(indices: Sequence[int], keys: Sequence[Hashable]) -> list[list[int]]:
    """``indices`` grouped by equal ``keys[i]``, groups in ascending key order, each group in ``indices`` order.

    Concatenated, the groups are the stable ascending sort; concatenated in reverse group order, the stable
    descending sort (``sorted(..., reverse=True)`` keeps equal keys in their original order too).
    """
    groups: dict[Hashable, list[int]] = {}
    get = groups.get
    for i in indices:
        k = keys[i]
        group = get(k)
        if group is None:
            groups[k] = [i]
        else:
            group.append(i)
    return [groups[k] for k in sorted(groups, key=_ordering)]


class SortedColumn:
    """One column's rows in key order, both directions derived from one pass; the stable-sort order exactly.

    Few distinct keys (담당부서, 등급, 단계): the rows grouped by key. Many (사업명, 총사업비): each row's rank
    among the distinct keys, sorted as small ints (Python's fast path), the distinct keys compared as above.
    """

    def __init__(self, indices: list[int], keys: list[Hashable]) -> None:
        self.indices = indices
        distinct = set(keys)
        self.groups: list[list[int]] | None = None
        self.ranks: list[int] | None = None
        self._cache: dict[bool, list[int]] = {}
        if len(distinct) * 16 <= len(keys):
            self.groups = grouped_order(indices, keys)
        else:
            rank = {k: n for n, k in enumerate(sorted(distinct, key=_ordering))}
            self.ranks = list(map(rank.__getitem__, keys))

    def prepare(self) -> None:
        """Order both ways now, so that :meth:`order` only hands out a list already made."""
        self.order(False)
        self.order(True)

    def order(self, descending: bool) -> list[int]:
        """The rows in this column's order (shared: the model never changes a list it is given)."""
        cached = self._cache.get(descending)
        if cached is None:
            if self.groups is not None:
                cached = list(chain.from_iterable(reversed(self.groups) if descending else self.groups))
            else:
                assert self.ranks is not None
                cached = sorted(self.indices, key=self.ranks.__getitem__, reverse=descending)
            self._cache[descending] = cached
        return cached


#: From how many rows every column's order is prepared in idle time after the rows are set, and how long after
#: the table is shown (the first paint and input come first).
PREPARE_FROM = 20_000
PREPARE_DELAY_MS = 300


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
        self._indices: list[int] = []  # 0..n-1, shared by every order below (one int object per row)
        self._sorted: dict[int, SortedColumn] = {}  # per column, kept for the other way and the next click
        self._generation = 0  # a new set of rows makes the earlier idle preparations moot
        self._by_code = False

    # --- data in ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row], *, sorted_by_code: bool = False) -> None:
        """Show ``rows``; ``sorted_by_code`` says they already come in 사업코드 order (no re-sort needed)."""
        self.beginResetModel()
        self._rows = []  # let the old rows go before the new keys are built (peak memory at 100k rows)
        self._keys = []
        self._order = self._view = self._indices = []
        self._sorted = {}
        self._rows = list(rows)
        dept_keys: dict[str, str] = {}
        self._keys = [search_text(r[1], r[2]) + " " + dept_keys.setdefault(r[3], search_text(r[3]))
                      for r in self._rows]
        self._indices = list(range(len(self._rows)))
        # The order and the view share the lists they are given (never changed in place): replacing one then
        # frees no list of 100,000 row numbers, whose ints a first sort would otherwise touch one by one.
        self._order = self._indices
        self._by_code = sorted_by_code  # 사업코드 is unique: then the load order is the whole sort of column 0
        presorted = sorted_by_code and self._sort_column == 0 and self._sort_order == Qt.SortOrder.AscendingOrder
        if self._sort_column >= 0 and not presorted:
            self._apply_sort()
        self._view = self._filtered(self._order)
        self.endResetModel()
        self._generation += 1
        if len(self._rows) >= PREPARE_FROM and QCoreApplication.instance() is not None:  # no event loop: on demand
            generation = self._generation
            QTimer.singleShot(PREPARE_DELAY_MS, self, lambda: self._prepare_sorts(generation, self._unprepared()))

    def _unprepared(self) -> list[int]:
        """The columns to order in idle time, the slowest first (사업명, 총사업비: many distinct values)."""
        columns = sorted(range(len(COLUMNS)), key=lambda c: COLUMNS[c].key not in ("name", "budget"))
        return [c for c in columns if c not in self._sorted and not (c == 0 and self._by_code)]

    def _prepare_sorts(self, generation: int, columns: list[int]) -> None:
        """Order the table's columns while the window is idle, one column a turn of the event loop, so the first
        click on a header only reads the prepared order: at 100,000 rows building it is most of a sort's cost
        (사업명 ~50–80 ms of CPU, the grouped columns 20–40 ms; reading a prepared order ~6 ms)."""
        if generation != self._generation or not columns:
            return  # the rows changed since: their own preparation is scheduled
        column = columns.pop(0)
        if column not in self._sorted:
            key = COLUMNS[column].sort_key
            prepared = self._sorted[column] = SortedColumn(self._indices, [key(r) for r in self._rows])
            prepared.prepare()
        if columns:
            QTimer.singleShot(0, self, lambda: self._prepare_sorts(generation, columns))

    def sort_prepared(self, column: int) -> bool:
        """Whether ``column``'s order is ready (tests, the benchmark)."""
        return column in self._sorted

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
        # the one matching rule: every word, 초성 (domain/search.py)
        # no filter: the order itself (lists of row indices are replaced, never changed in place)
        result = matching_indices(self._filter, self._keys, source) if self._filter else source
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
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        n = index.row()
        if n >= len(self._view):
            return None
        row = self._rows[self._view[n]]
        column = COLUMNS[index.column()]
        if role == _DISPLAY:
            return column.display(row)
        if role == _ALIGN:
            return _RIGHT if column.align_right else None
        if role == _TOOLTIP:
            return _criteria_tooltip(row[5]) if column.key == "criteria" and row[5] else None
        if role == _SORT:
            return column.sort_key(row)
        return row[0]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("project_model", COLUMNS[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return  # already in this order (QTableView.sortByColumn asks twice: header, then the model)
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        self._view = self._filtered(self._order)
        self.endResetModel()

    def _apply_sort(self) -> None:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if column == 0 and self._by_code:
            self._order = self._indices[::-1] if descending else self._indices
            return
        prepared = self._sorted.get(column)
        if prepared is None:
            key = COLUMNS[column].sort_key
            prepared = self._sorted[column] = SortedColumn(self._indices, [key(r) for r in self._rows])
        self._order = prepared.order(descending)

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
