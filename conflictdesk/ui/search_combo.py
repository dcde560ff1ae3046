"""A drop-down that can be typed into and searched with the one search rule (every word, 초성) — project and expert pickers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from conflictdesk.domain.search import query_matcher, search_text


class _RuleFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._test = query_matcher("")

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._test = query_matcher(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._test is None:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(Qt.ItemDataRole.DisplayRole)
        return self._test(search_text(str(text or "")))


class SearchCombo(QComboBox):
    """An editable combo: typing filters the list by code, name and the rest of each entry's text; the value is the
    chosen entry's data (typing alone never invents a value)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._filter = _RuleFilter(self)
        self._filter.setSourceModel(self.model())
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self._line()
        line.setPlaceholderText(self.tr("코드·이름 검색 (초성 가능)"))
        line.textEdited.connect(self._on_edited)
        completer.activated[QModelIndex].connect(self._on_chosen)  # type: ignore[index]

    def _line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the combo is editable
        return line

    def _on_edited(self, text: str) -> None:
        self._filter.set_query(text)
        completer = self.completer()
        if completer is not None and self._filter.rowCount() > 0:
            completer.complete()

    def _on_chosen(self, index: QModelIndex) -> None:
        source = self._filter.mapToSource(index)
        if source.isValid():
            self.setCurrentIndex(source.row())
        self._filter.set_query("")

    def search(self, text: str) -> list[str]:
        """The entries the list shows for ``text`` (what a user typing it sees)."""
        self._filter.set_query(text)
        return [str(self._filter.index(r, 0).data()) for r in range(self._filter.rowCount())]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # half-typed text never stands for a value: show the chosen entry again
        super().focusOutEvent(event)
        index, line = self.currentIndex(), self._line()
        if index >= 0 and line.text() != self.itemText(index):
            line.setText(self.itemText(index))

    def set_entries(self, entries: Sequence[tuple[str, object]]) -> None:
        """Replace the entries (text, value); the chosen value is kept when it is still there."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for text, value in entries:
            self.addItem(text, value)
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
        self.blockSignals(False)

    def select_value(self, value: object) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
