"""배정 tab: the experts assigned to a case, the assign dialog (conflict-of-interest warning) and ending."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.enums import ExpertRole
from conflictdesk.services import assignments, experts
from conflictdesk.store.engine import Database
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.mediation_common import CaseBox, DateField, OptionalDate, Publish, Table, iso
from conflictdesk.ui.search_combo import SearchCombo


class AssignDialog(QDialog):
    """Choose an active expert, a role and the from–to dates."""

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("전문가 배정"))
        self.expert = SearchCombo("assignExpert")
        self.expert.set_entries([(f"{row.name} ({row.field}, {row.affiliation})", row.id)
                                 for row in experts.list_experts(db, include_inactive=False)])
        self.role = QComboBox()
        for role in ExpertRole:
            self.role.addItem(domain_label(role), role.value)
        self.start = DateField()
        self.end = OptionalDate(self.tr("종료일 지정"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("전문가(&E)"), self.expert)
        form.addRow(self.tr("역할(&R)"), self.role)
        form.addRow(self.tr("시작일"), self.start)
        form.addRow(self.tr("종료일"), self.end)
        form.addRow(self.tr("메모"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def expert_id(self) -> int | None:
        data = self.expert.currentData()
        return int(data) if data is not None else None

    def role_value(self) -> ExpertRole:
        return ExpertRole(self.role.currentData())


class AssignmentsTab(QWidget):
    """Assignments per case; '활동' marks the ones active today."""

    def __init__(self, ctx: PanelContext | Database, publish: Publish | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx, publish)
        self.db = self.ctx.db
        self.cases = CaseBox("assignCase")
        self.assign_button = QPushButton(self.tr("전문가 배정(&N)…"))
        self.assign_button.setObjectName("assignButton")
        self.end_button = QPushButton(self.tr("배정 종료(&T)"))
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("사업")))
        top.addWidget(self.cases, 1)
        top.addWidget(self.assign_button)
        top.addWidget(self.end_button)
        self.table = Table([self.tr("전문가"), self.tr("역할"), self.tr("시작일"), self.tr("종료일"), self.tr("상태"), self.tr("메모")], "assignmentTable",
                           widths=(110, 110, 100, 100, 70))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.cases.currentIndexChanged.connect(self.reload_rows)
        self.assign_button.clicked.connect(self.assign)
        self.end_button.clicked.connect(self.end_selected)

    def reload(self) -> None:
        self.cases.set_cases(assignments.mediation_cases(self.db))
        self.reload_rows()

    def reload_rows(self) -> None:
        code = self.cases.code()
        rows = assignments.assignments_for_project(self.db, code) if code else []
        today = self.ctx.today()
        self.table.set_rows([(a.id, (a.expert_name, domain_label(a.role), iso(a.start_on), iso(a.end_on),
                                     self.tr("활동") if a.is_active(today) else self.tr("종료/예정"), a.note)) for a in rows])
        active = sum(a.is_active(today) for a in rows)
        self.status.setText(self.tr("배정 {0}건, 현재 활동 {active}건").format(
            len(rows), active=active) if code else self.tr("사업을 선택하세요."))

    def assign(self) -> None:
        code = self.cases.code()
        if code is None:
            return
        dialog = AssignDialog(self, self.db)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        expert_id = dialog.expert_id()
        if expert_id is None:
            return
        warnings = QueryOp(self, lambda db: assignments.conflict_warnings(db, expert_id, code)).run()
        if warnings is None or (warnings and not messages.confirm(
                self, self.tr("이해충돌 가능성"), "\n".join(warnings) + self.tr("\n\n그래도 배정할까요?"))):
            return
        role, start, end, note = dialog.role_value(), dialog.start.value(), dialog.end.value(), dialog.note.text()
        CollectionOp(self, lambda db: assignments.assign_expert(db, expert_id, code, role, start, end, note)).run()

    def end_selected(self) -> None:
        assignment_id = self.table.current_id()
        if assignment_id is None:
            return
        today = self.ctx.today()
        if not messages.confirm(self, self.tr("배정 종료"), self.tr("선택한 배정을 오늘({0})로 종료할까요?").format(
                today.isoformat())):
            return
        CollectionOp(self, lambda db: assignments.end_assignment(db, assignment_id, today)).run()
