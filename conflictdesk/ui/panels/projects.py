"""사업·진단 panel: the project table with round selector, filter-as-you-type and sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.services.changes import Changes
from conflictdesk.services.projects import load_project_table, round_codes
from conflictdesk.services.reminders import overdue_project_ids
from conflictdesk.store.engine import Database
from conflictdesk.ui import clock
from conflictdesk.ui.project_model import ProjectTableModel


class ProjectsPanel(QWidget):
    """The project table. ``count_changed(shown, total)`` feeds the status bar."""

    count_changed = Signal(int, int)
    project_activated = Signal(int)  # project id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = ProjectTableModel(self)
        self._loaded = False

        self.round_box = QComboBox()
        self.round_box.setObjectName("roundBox")
        self.round_box.setMinimumWidth(110)
        self.round_box.setToolTip("진단 차수 (기준·등급·단계를 보여줄 차수)")
        self.search = QLineEdit()
        self.search.setObjectName("projectSearch")
        self.search.setPlaceholderText("사업명·사업코드·담당부서 검색 (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.overdue_only = QCheckBox("지연 사업만")
        self.overdue_only.setObjectName("overdueOnly")
        self.overdue_only.setToolTip("정기점검·대응계획·합의사항 이행이 기한을 넘긴 사업만 보기")

        top = QHBoxLayout()
        round_label = QLabel("진단 차수(&R)")
        round_label.setBuddy(self.round_box)
        top.addWidget(round_label)
        top.addWidget(self.round_box)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.overdue_only)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("projectTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never resizeRowsToContents at 100k rows
        vh.setDefaultSectionSize(24)
        vh.hide()
        hh = self.table.horizontalHeader()
        hh.setSortIndicatorShown(True)
        hh.setStretchLastSection(False)
        for col, width in enumerate((120, 360, 150, 110, 170, 60, 90)):
            self.table.setColumnWidth(col, width)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._on_search)
        self.overdue_only.toggled.connect(self._apply_overdue_filter)
        self.round_box.currentTextChanged.connect(self._on_round)
        self.table.doubleClicked.connect(lambda idx: self.project_activated.emit(self.model.project_id(idx.row())))

    # --- loading ------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        current = self.round_box.currentText()
        codes = round_codes(self.db)
        self.round_box.blockSignals(True)
        self.round_box.clear()
        self.round_box.addItems(codes)
        if current in codes:
            self.round_box.setCurrentText(current)
        self.round_box.blockSignals(False)
        table = load_project_table(self.db, self.round_box.currentText() or None)
        self.model.set_rows(table.rows)
        self._loaded = True
        if self.overdue_only.isChecked():
            self._apply_overdue_filter(True)
        self._update_count()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("project", "diagnosis", "card", "round") and self._loaded:
            self.reload()
        elif changes.touches("review", "plan", "council", "setting") and self.overdue_only.isChecked():
            self._apply_overdue_filter(True)

    # --- interaction --------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _on_round(self, _code: str) -> None:
        if self._loaded:
            self.reload()

    def _apply_overdue_filter(self, on: bool) -> None:
        if on:
            late = overdue_project_ids(self.db, clock.today())
            self.model.set_predicate(lambda row: row[0] in late)
        else:
            self.model.set_predicate(None)
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setText(f"{shown:,} / {total:,}건")
        self.count_changed.emit(shown, total)
