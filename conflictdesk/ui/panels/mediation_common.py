"""Small widgets shared by the 조정·협의회 tabs: read-only tables, date fields, case selector."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from conflictdesk.services.changes import Changes
from conflictdesk.ui import clock

Publish = Callable[[Changes], None]


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def iso(d: date | None) -> str:
    return d.isoformat() if d is not None else ""


class DateField(QDateEdit):
    """A date edit with a calendar popup and Korean format."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_value(value or clock.today())

    def value(self) -> date:
        return pydate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(qdate(value))


class OptionalDate(QWidget):
    """A date that may be left empty (a check box says whether it is set)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.field = DateField()
        self.field.setEnabled(False)
        self.check.toggled.connect(self.field.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.field, 1)

    def value(self) -> date | None:
        return self.field.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.field.set_value(value)


class Table(QTableWidget):
    """A read-only, row-selecting table filled from rows of text; row data keeps each row's id."""

    def __init__(self, headers: Sequence[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_rows(self, rows: Sequence[tuple[int, Sequence[object]]], right: Sequence[int] = ()) -> None:
        self.setRowCount(len(rows))
        for r, (row_id, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                if c in right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)

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


class CaseBox(QComboBox):
    """Selector of a case by code; shows 'code  name'."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(320)

    def set_cases(self, cases: Sequence[tuple[str, str]]) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        for code, name in cases:
            self.addItem(f"{code}  {name}", code)
        index = self.findData(current) if current else -1
        self.setCurrentIndex(index if index >= 0 else (0 if cases else -1))
        self.blockSignals(False)

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def select_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
