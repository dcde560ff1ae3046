"""Obligations view (의무 이행): missing card / plan / expert per department and per project of a round."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.obligations import MISSING_LABELS
from conflictdesk.ui.column_fit import fit_columns
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.rows_model import RowsModel

if TYPE_CHECKING:  # the services (and the models) load after the first table (docs/architecture.md)
    from conflictdesk.services.obligations import ProjectStatus

SHORT = {code: label.split(" (")[0] for code, label in MISSING_LABELS.items()}


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab moves on to the next widget (#19)
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ObligationsView(QWidget):
    """``project_selected(code)`` when a project row is picked."""

    project_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("obligationSummary")
        self.departments = RowsModel([self.tr("담당부서"), self.tr("1등급"), self.tr("2등급"), self.tr("3등급"), self.tr("미확정"), self.tr("카드 미비"), self.tr("계획 미비"),
                                      self.tr("전문가 미배정")], self)
        self.projects = RowsModel([self.tr("사업코드"), self.tr("사업명"), self.tr("담당부서"), self.tr("확정등급"), self.tr("미이행 의무")], self)
        self.only_missing = QCheckBox(self.tr("미이행 사업만(&M)"))
        self.only_missing.setChecked(True)
        self.department_table = _table(self.departments, "departmentObligations")
        self.project_table = _table(self.projects, "projectObligations")
        fit_columns(self.project_table, {0: 110, 2: 120, 3: 70}, stretch=1, stretch_min=200)
        fit_columns(self.department_table, {0: 150} | dict.fromkeys(range(1, 8), 60), stretch=0, stretch_min=150)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.only_missing)
        lower_layout.addWidget(self.project_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.department_table)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(split, 1)
        self._rows: list[ProjectStatus] = []
        self.only_missing.toggled.connect(lambda _on: self._show_projects())
        self.project_table.clicked.connect(
            lambda idx: self.project_selected.emit(self.projects.rows[idx.row()][0]))

    def set_rows(self, round_code: str, rows: list[ProjectStatus], today: date) -> None:
        self._rows = rows
        from conflictdesk.services.obligations import department_summary

        summary = department_summary(rows)
        self.departments.set_rows([
            (d.department, d.grade1, d.grade2, d.grade3, d.ungraded, d.missing_card, d.missing_plan,
             d.missing_expert) for d in summary])
        missing = sum(1 for r in rows if r.missing)
        key = sum(1 for r in rows if r.key)
        self.summary_label.setText(self.tr("<b>{round_code}</b> 중점관리(1·2등급) {key:,}건 중 의무 미이행 사업 {missing:,}건 ({0} 기준)").format(format_date(today), round_code=round_code, key=key, missing=missing))
        self._show_projects()

    def _show_projects(self) -> None:
        shown = [r for r in self._rows if r.missing or r.pending or not self.only_missing.isChecked()]
        self.projects.set_rows([
            (r.code, r.name, r.department,
             self.tr("{grade}등급").format(grade=r.grade) if r.grade else self.tr("미진단"), self._what(r))
            for r in shown])

    def _what(self, r: ProjectStatus) -> str:
        parts = [self.tr("결정 대기")] if r.pending else []
        parts.extend(domain_label(SHORT[m]) for m in r.missing)
        if r.duty_due is not None:
            parts.append(self.tr("카드·대응계획 작성 기한 {due}").format(due=r.duty_due.isoformat()))
        return ", ".join(parts)
