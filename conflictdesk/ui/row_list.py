"""A read-only table of plain rows with add/edit/delete/move buttons, a field-driven edit dialog and undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.enums import LabeledEnum
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.ui import clock
from conflictdesk.ui.column_fit import fit_columns
from conflictdesk.ui.date_edit import DateEdit, OptionalDateEdit, from_qdate, to_qdate
from conflictdesk.ui.i18n import domain_label, translate
from conflictdesk.ui.messages import show_error

OVERDUE_FG = QColor("#b3261e")
OVERDUE_BG = QColor("#fdecea")


@dataclass(frozen=True)
class Field:
    """One field of a row dialog: ``kind`` is text, multiline, date, optional_date, int or enum."""

    attr: str
    label: str
    kind: str = "text"
    enum: type[LabeledEnum] | None = None
    low: int = 0
    high: int = 1_000_000
    #: (other field, rule): an enum that follows another enum's choice until the user picks it themselves.
    follows: tuple[str, Callable[[Any], Any]] | None = None

    @property
    def shown_label(self) -> str:
        """The label in the UI language (module constants mark theirs with ``QT_TRANSLATE_NOOP("RowList", …)``)."""
        return translate("RowList", self.label)


class RowDialog(QDialog):
    """Edit one row through its fields; ``value()`` returns the row with the edits applied."""

    def __init__(self, title: str, fields: Sequence[Field], row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._row = row
        self._fields = fields
        self._widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for f in fields:
            value = getattr(row, f.attr)
            w: QWidget
            if f.kind == "multiline":
                w = QPlainTextEdit(str(value or ""))
                w.setTabChangesFocus(True)
                w.setMaximumHeight(90)
            elif f.kind == "date":
                w = DateEdit(to_qdate(value or clock.today()))
            elif f.kind == "int":
                w = QSpinBox()
                w.setRange(f.low, f.high)
                w.setValue(int(value))
            elif f.kind == "enum" and f.enum is not None:
                w = QComboBox()
                for member in f.enum:
                    w.addItem(domain_label(member), member.value)
                w.setCurrentIndex(max(0, w.findData(value)))
            elif f.kind == "optional_date":
                w = OptionalDateEdit(self.tr("지정"))
                w.set_value(value)
            else:
                w = QLineEdit("" if value is None else str(value))
            w.setObjectName(f"field_{f.attr}")
            self._widgets[f.attr] = w
            form.addRow(f.shown_label, w)
        for f in fields:
            if f.follows is not None:
                self._follow(f.attr, *f.follows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _follow(self, attr: str, source: str, rule: Callable[[Any], Any]) -> None:
        target, leader = self._widgets[attr], self._widgets[source]
        if not (isinstance(target, QComboBox) and isinstance(leader, QComboBox)):
            return
        chosen = [False]
        target.activated.connect(lambda _i: chosen.__setitem__(0, True))

        def update(_index: int) -> None:
            if not chosen[0]:
                target.setCurrentIndex(max(0, target.findData(rule(leader.currentData()))))

        leader.currentIndexChanged.connect(update)

    def value(self) -> Any:
        values: dict[str, Any] = {}
        for f in self._fields:
            w = self._widgets[f.attr]
            if isinstance(w, QPlainTextEdit):
                values[f.attr] = w.toPlainText().strip()
            elif isinstance(w, DateEdit):
                values[f.attr] = from_qdate(w.date())
            elif isinstance(w, QSpinBox):
                values[f.attr] = w.value()
            elif isinstance(w, QComboBox):
                values[f.attr] = w.currentData()
            elif isinstance(w, OptionalDateEdit):
                values[f.attr] = w.value()
            elif isinstance(w, QLineEdit):
                values[f.attr] = w.text().strip()
        return replace(self._row, **values)

    def _accept(self) -> None:
        try:
            row = self.value()
        except InvalidValue as exc:
            show_error(self, exc)
            return
        first = self._fields[0]
        if first.kind in ("text", "multiline") and not str(getattr(row, first.attr)).strip():
            show_error(self, InvalidValue(self.tr("{label}을(를) 입력하세요.").format(label=first.shown_label)))
            return
        self.accept()


def ask_row(parent: QWidget, title: str, fields: Sequence[Field], row: Any) -> Any | None:
    """Open the dialog; the edited row or None when cancelled (tests monkeypatch this)."""
    dialog = RowDialog(title, fields, row, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.value()
    return None


class _SetRows(QUndoCommand):
    def __init__(self, owner: RowList, before: list[Any], after: list[Any], text: str) -> None:
        super().__init__(text)
        self.owner, self.before, self.after = owner, before, after

    def redo(self) -> None:
        self.owner.set_rows(self.after)

    def undo(self) -> None:
        self.owner.set_rows(self.before)


class RowList(QWidget):
    """Rows shown by ``display``, edited with ``fields``; every change is an undoable command."""

    rows_changed = Signal()

    def __init__(self, title: str, headers: Sequence[str], display: Callable[[Any], Sequence[str]],
                 fields: Sequence[Field], new_row: Callable[[], Any], undo: QUndoStack,
                 movable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.display, self.fields, self.new_row, self.undo = title, display, fields, new_row, undo
        self.highlight: Callable[[Any], bool] = lambda _row: False
        self._rows: list[Any] = []
        self.table = QTableWidget(0, len(headers))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next widget (#19)
        self.table.setHorizontalHeaderLabels([translate("RowList", h) for h in headers])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # columns as wide as header and values (the widest text column takes the rest: ``stretch_column``)
        self.columns = fit_columns(self.table, stretch=len(headers) - 1)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.buttons = QHBoxLayout()
        specs: list[tuple[str, Callable[[], Any], str]] = [
            (self.tr("추가…"), self.add, "add"), (self.tr("편집…"), self.edit_selected, "edit"), (self.tr("삭제"), self.delete_selected, "delete"),
        ]
        if movable:
            specs += [(self.tr("▲ 위로"), lambda: self.move_selected(-1), "up"), (self.tr("▼ 아래로"), lambda: self.move_selected(1), "down")]
        for text, slot, name in specs:
            b = QPushButton(text)
            b.setObjectName(f"{name}Button")
            b.clicked.connect(slot)
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def fit(self, minimum: dict[int, int], stretch: int) -> None:
        """Column minimums and the column that takes the room left (the others follow their content)."""
        self.columns.minimum, self.columns.stretch = dict(minimum), stretch
        self.columns.refit()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._rows = list(rows)
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            hot = self.highlight(row)
            for c, text in enumerate(self.display(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if hot:
                    item.setForeground(QBrush(OVERDUE_FG))
                    item.setBackground(QBrush(OVERDUE_BG))
                self.table.setItem(r, c, item)
        self.columns.refit()
        self.rows_changed.emit()

    def change(self, rows: list[Any], text: str) -> None:
        """Replace the rows as one undoable step."""
        self.undo.push(_SetRows(self, self.rows(), rows, f"{self.title}: {text}"))

    def selected(self) -> int:
        return self.table.currentRow() if 0 <= self.table.currentRow() < len(self._rows) else -1

    def add(self) -> None:
        row = ask_row(self, self.tr("{title} 추가").format(title=self.title), self.fields, self.new_row())
        if row is not None:
            self.change([*self._rows, row], self.tr("추가"))
            self.table.selectRow(len(self._rows) - 1)

    def edit_selected(self) -> None:
        index = self.selected()
        if index < 0:
            return
        row = ask_row(self, self.tr("{title} 편집").format(
            title=self.title), self.fields, self.prepare_edit(self._rows[index]))
        if row is not None and row != self._rows[index]:
            rows = self.rows()
            rows[index] = row
            self.change(rows, self.tr("편집"))

    def prepare_edit(self, row: Any) -> Any:
        return row

    def delete_selected(self) -> None:
        index = self.selected()
        if index >= 0:
            self.change([r for n, r in enumerate(self._rows) if n != index], self.tr("삭제"))

    def move_selected(self, delta: int) -> None:
        index = self.selected()
        target = index + delta
        if index < 0 or not 0 <= target < len(self._rows):
            return
        rows = self.rows()
        rows.insert(target, rows.pop(index))
        self.change(rows, self.tr("순서 변경"))
        self.table.selectRow(target)
