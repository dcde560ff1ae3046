"""Small widgets shared by the 조정·협의회 tabs: read-only tables, date fields, case selector."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.services.changes import Changes
from conflictdesk.ui.column_fit import fit_columns, refit_columns
from conflictdesk.ui.date_edit import DateEdit, OptionalDateEdit
from conflictdesk.ui.search_combo import SearchCombo

Publish = Callable[[Changes], None]


def iso(d: date | None) -> str:
    """A date in the one display form ("2026. 12. 3.")."""
    return format_date(d)


DateField = DateEdit  # the one date widget (ui/date_edit.py)
OptionalDate = OptionalDateEdit


class Table(QTableWidget):
    """A read-only, row-selecting table filled from rows of text; row data keeps each row's id."""

    def __init__(self, headers: Sequence[str], name: str, parent: QWidget | None = None, *,
                 widths: Sequence[int] = (), stretch: int | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setTabKeyNavigation(False)  # Tab moves on to the next widget (#19)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        # at least as wide as the header and the values (``widths`` are minimums); ``stretch`` (default: the
        # last column) takes the room left
        fit_columns(self, dict(enumerate(widths)), stretch=len(headers) - 1 if stretch is None else stretch,
                    stretch_min=120)

    def set_rows(self, rows: Sequence[tuple[int, Sequence[object]]], right: Sequence[int] = ()) -> None:
        self.setRowCount(len(rows))
        for r, (row_id, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                item.setToolTip(item.text())  # the whole value where the column elides it
                if c in right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        refit_columns(self)

    def current_id(self) -> int | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select_id(self, row_id: int) -> None:
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
                self.selectRow(r)
                return


class CaseBox(SearchCombo):
    """Selector of a case by code; shows 'code  name', searchable."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setMinimumWidth(320)

    def set_cases(self, cases: Sequence[tuple[str, str]]) -> None:
        self.set_entries([(f"{code}  {name}", code) for code, name in cases])

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def select_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
