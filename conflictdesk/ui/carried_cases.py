"""Carried cases of a round (이월 사업): the list, pending decisions first, and the decision dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.enums import CarryOver
from conflictdesk.ui.column_fit import fit_columns, refit_columns
from conflictdesk.ui.context import PanelContext
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.ops import CollectionOp

if TYPE_CHECKING:  # the services (and the models) load after the first table (docs/architecture.md)
    from conflictdesk.services.carryover import CarriedCase


class DecisionDialog(QDialog):
    """계속 / 하향 / 해소·제외 / 재선정 with the grade (하향·재선정) and a required reason."""

    def __init__(self, case: CarriedCase, round_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(self.tr("이월 판단 — {code}").format(code=case.code))
        self.decision = QComboBox()
        self.decision.setObjectName("decisionBox")
        for choice in CarryOver:
            self.decision.addItem(domain_label(choice), choice.value)
        if case.decision:
            self.decision.setCurrentIndex(max(0, self.decision.findData(case.decision)))
        self.grade = QComboBox()
        self.grade.setObjectName("decisionGrade")
        for g in (1, 2, 3):
            self.grade.addItem(self.tr("{grade}등급").format(grade=g), g)
        self.reason = QLineEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setPlaceholderText(self.tr("판단 사유 (필수, 감사 기록에 남습니다)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        info = QLabel(self.tr("{name} · {department}\n{from_round} {from_grade}등급에서 이월").format(
            name=case.name, department=case.department, from_round=case.from_round,
            from_grade=case.from_grade or "-"))
        info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("판단(&D)"), self.decision)
        form.addRow(self.tr("등급(&G)"), self.grade)
        form.addRow(self.tr("사유(&R)"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.decision.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    def choice(self) -> CarryOver:
        return CarryOver(self.decision.currentData())

    def grade_value(self) -> int | None:
        if self.choice() in (CarryOver.DOWNGRADED, CarryOver.RESELECTED):
            return int(self.grade.currentData())
        return None

    def _update(self) -> None:
        choice = self.choice()
        self.grade.setEnabled(choice in (CarryOver.DOWNGRADED, CarryOver.RESELECTED))
        base = self.case.from_grade or 2
        if choice is CarryOver.DOWNGRADED:
            self.grade.setCurrentIndex(min(3, base + 1) - 1)
        elif choice is CarryOver.RESELECTED and self.case.grade:
            self.grade.setCurrentIndex(self.case.grade - 1)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))


class CarriedCasesView(QWidget):
    """The carried cases of a round; ``project_selected(code)`` on a pick; a decision goes through the op runner."""

    project_selected = Signal(str)

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.round_code = ""
        self.cases: list[CarriedCase] = []
        self.summary = QLabel()
        self.summary.setObjectName("carriedSummary")
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("carriedTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("사업코드"), self.tr("사업명"), self.tr("담당부서"), self.tr("이전 차수"), self.tr("이전 등급"),
            self.tr("판단"), self.tr("현재 등급")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=1)
        self.decide_button = QPushButton(self.tr("판단 기록…(&J)"))
        self.decide_button.setObjectName("decideButton")
        self.decide_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.decide_button.clicked.connect(self.decide)
        self.table.itemDoubleClicked.connect(lambda _item: self.decide())
        self.table.itemSelectionChanged.connect(self._on_selection)

    def load(self, round_code: str) -> None:
        from conflictdesk.services.carryover import carried_cases

        self.round_code = round_code
        self.cases = carried_cases(self.db, round_code) if round_code else []
        self.table.setRowCount(len(self.cases))
        bold = QFont()
        bold.setBold(True)
        for row, c in enumerate(self.cases):
            decision = domain_label(CarryOver(c.decision)) if c.decision else self.tr("결정 대기")
            values = (c.code, c.name, c.department, c.from_round,
                      self.tr("{grade}등급").format(grade=c.from_grade) if c.from_grade else "-", decision,
                      self.tr("{grade}등급").format(grade=c.grade) if c.grade else "-")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c.pending:
                    item.setFont(bold)
                    if col == 5:
                        item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        refit_columns(self.table)
        pending = sum(1 for c in self.cases if c.pending)
        self.summary.setText(self.tr("<b>{round_code}</b> 이월 {total:,}건 · 결정 대기 {pending:,}건 "
                                     "(결정 전까지 이전 등급과 모든 의무가 유지됩니다)").format(
            round_code=round_code, total=len(self.cases), pending=pending))
        self._on_selection()

    def selected(self) -> CarriedCase | None:
        rows = self.table.selectionModel().selectedRows()
        return self.cases[rows[0].row()] if rows and rows[0].row() < len(self.cases) else None

    def _on_selection(self) -> None:
        case = self.selected()
        self.decide_button.setEnabled(case is not None)
        if case is not None:
            self.project_selected.emit(case.code)

    def decide(self) -> None:
        case = self.selected()
        if case is None:
            return
        dialog = DecisionDialog(case, self.round_code, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from conflictdesk.services.carryover import mark_carry_over

        code, round_code, today = case.code, self.round_code, self.ctx.today()
        choice, reason, grade = dialog.choice(), dialog.reason.text(), dialog.grade_value()
        CollectionOp(self, lambda db: mark_carry_over(db, code, round_code, choice, today, reason=reason,
                                                      seen_version=case.version, grade=grade)) \
            .success(lambda _changes: self.load(round_code)).run()
