"""Screening view of a round: counts per criterion, filters (targets, department, criterion) and the table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.enums import CRITERIA_ORDER
from conflictdesk.ui.column_fit import fit_columns
from conflictdesk.ui.flow_layout import flow_row, labelled
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.project_model import criterion_short
from conflictdesk.ui.screening_model import FIRST_CRITERION, ScreeningModel

if TYPE_CHECKING:  # the services (and the models) load after the first table (docs/architecture.md)
    from conflictdesk.services.screening import ScreeningTable


class ScreeningView(QWidget):
    """``project_selected(code)`` when the officer picks a row."""

    project_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScreeningModel(self)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("screeningCounts")
        self.counts_label.setWordWrap(True)

        self.targets_only = QCheckBox(self.tr("진단대상만(&T)"))
        self.targets_only.setObjectName("targetsOnly")
        self.department_box = QComboBox()
        self.department_box.setObjectName("departmentFilter")
        self.department_box.setMinimumWidth(150)
        self.criterion_box = QComboBox()
        self.criterion_box.setObjectName("criterionFilter")
        self.criterion_box.addItem(self.tr("모든 기준"), "")
        for c in CRITERIA_ORDER:
            self.criterion_box.addItem(domain_label(c), c.value)
        self.shown_label = QLabel()

        dept_label = QLabel(self.tr("부서(&D)"))
        dept_label.setBuddy(self.department_box)
        crit_label = QLabel(self.tr("기준(&C)"))
        crit_label.setBuddy(self.criterion_box)
        # wraps at 1024×768 in English instead of squeezing the check box and the combos (#19)
        filters = flow_row(self.targets_only, labelled(dept_label, self.department_box),
                           labelled(crit_label, self.criterion_box), self.shown_label)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next widget (#19)
        self.table.setObjectName("screeningTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(24)
        vh.hide()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        widths = {0: 110, 2: 120, FIRST_CRITERION + len(CRITERIA_ORDER) + 1: 90}
        widths |= {FIRST_CRITERION + n: 46 for n in range(len(CRITERIA_ORDER) + 1)}
        self.columns = fit_columns(self.table, widths, stretch=1, stretch_min=200)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts_label)
        layout.addWidget(filters)
        layout.addWidget(self.table, 1)

        self.targets_only.toggled.connect(lambda on: self._filter(targets_only=on))
        self.department_box.currentIndexChanged.connect(
            lambda _i: self._filter(department=self.department_box.currentData() or ""))
        self.criterion_box.currentIndexChanged.connect(
            lambda _i: self._filter(criterion=self.criterion_box.currentData() or ""))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def set_table(self, table: ScreeningTable) -> None:
        selected = self.selected_code()
        self.model.set_rows(table.rows)
        current = self.department_box.currentData() or ""
        self.department_box.blockSignals(True)
        self.department_box.clear()
        self.department_box.addItem(self.tr("모든 부서"), "")
        for dept in self.model.departments():
            self.department_box.addItem(dept, dept)
        index = self.department_box.findData(current)
        self.department_box.setCurrentIndex(max(0, index))
        self.department_box.blockSignals(False)
        if index < 0 and current:
            self.model.set_filters(department="")
        parts = [f"{criterion_short(c.value)} {table.by_criterion[c.value][0]:,}" for c in CRITERIA_ORDER]
        self.counts_label.setText(
            self.tr("<b>{round_code}</b> 선별 {screened:,}건 · 진단대상 {targets:,}건 &nbsp;|&nbsp; 기준별 해당: {0}").format(
                ' · '.join(parts), round_code=table.round_code, screened=table.screened, targets=table.targets))
        if table.warnings:
            self.counts_label.setText(self.counts_label.text() + " &nbsp;|&nbsp; <span style='color:#8a5a00'>" + self.tr(
                "전결권자 확인 필요 {0:,}건").format(len(table.warnings)) + "</span>")
        self.counts_label.setToolTip("\n".join(f"{c}: {m}" for c, m in table.warnings[:30]))
        self._update_shown()
        if selected:
            self.select_code(selected, emit=False)

    def set_text_filter(self, text: str) -> None:
        self._filter(text=text)

    def _filter(self, **kwargs: object) -> None:
        selected = self.selected_code()
        self.model.set_filters(**kwargs)  # type: ignore[arg-type]
        self._update_shown()
        if selected:
            self.select_code(selected, emit=False)

    def _update_shown(self) -> None:
        self.shown_label.setText(self.tr("{0:,} / {1:,}건").format(self.model.rowCount(), self.model.total_count()))

    def selected_code(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_tuple(rows[0].row())[1] if rows else ""

    def select_code(self, code: str, emit: bool = True) -> None:
        row = self.model.view_row_of(code)
        if row < 0:
            return
        self.blockSignals(not emit)
        self.table.selectRow(row)
        self.blockSignals(False)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        code = self.selected_code()
        if code:
            self.project_selected.emit(code)
