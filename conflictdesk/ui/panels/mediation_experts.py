"""전문가 tab: the pool with filter, add/edit dialog, deactivate, and the selected expert's history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.search import query_matcher, search_text
from conflictdesk.services import experts
from conflictdesk.services.experts import ExpertDetail, ExpertInput, ExpertRow
from conflictdesk.store.engine import Database
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.empty_hint import EmptyHint
from conflictdesk.ui.i18n import domain_label, won_text
from conflictdesk.ui.ops import CollectionOp
from conflictdesk.ui.panels.mediation_common import Publish, Table, iso


class ExpertDialog(QDialog):
    """Add or edit one expert (the contact is shown unmasked here, for editing)."""

    def __init__(self, parent: QWidget | None, detail: ExpertDetail | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("전문가 수정") if detail else self.tr("전문가 등록"))
        self.name = QLineEdit(detail.name if detail else "")
        self.name.setObjectName("expertName")
        self.field = QLineEdit(detail.field if detail else "")
        self.affiliation = QLineEdit(detail.affiliation if detail else "")
        self.region = QLineEdit(detail.region if detail else "")
        self.contact = QLineEdit(detail.contact if detail else "")
        self.notes = QPlainTextEdit(detail.notes if detail else "")
        self.notes.setTabChangesFocus(True)  # Tab moves on (#19: no keyboard trap)
        self.notes.setFixedHeight(70)
        form = QFormLayout()
        for label, widget in ((self.tr("성명(&N)"), self.name), (self.tr("분야"), self.field), (self.tr("소속"), self.affiliation),
                              (self.tr("지역"), self.region), (self.tr("연락처"), self.contact), (self.tr("비고"), self.notes)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def data(self) -> ExpertInput:
        return ExpertInput(self.name.text(), self.field.text(), self.affiliation.text(), self.region.text(),
                           self.contact.text(), self.notes.toPlainText())


class ExpertsTab(QWidget):
    """The expert pool: filter, add, edit, deactivate, import, and the history of the selected expert."""

    def __init__(self, ctx: PanelContext | Database, publish: Publish | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx, publish)
        self.db = self.ctx.db
        self.rows: list[ExpertRow] = []
        self.filter = QLineEdit()
        self.filter.setObjectName("expertFilter")
        self.filter.setPlaceholderText(self.tr("성명·분야·소속·지역 검색"))
        self.filter.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("전문가 등록(&A)"))
        self.add_button.setObjectName("addExpert")
        self.edit_button = QPushButton(self.tr("수정(&E)"))
        self.toggle_button = QPushButton(self.tr("비활성화(&D)"))
        self.toggle_button.setObjectName("toggleExpert")
        self.import_button = QPushButton(self.tr("xlsx 가져오기…"))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        for button in (self.add_button, self.edit_button, self.toggle_button, self.import_button):
            top.addWidget(button)
        self.table = Table([self.tr("성명"), self.tr("분야"), self.tr("소속"), self.tr("지역"), self.tr("연락처"), self.tr("활동")], "expertTable",
                           widths=(64, 64, 120, 48, 100), stretch=2)
        EmptyHint(self.table, self.tr("등록된 갈등조정전문가가 없습니다. '전문가 등록' 또는 'xlsx 가져오기'로 추가하세요."))
        self.history_title = QLabel(self.tr("전문가를 선택하면 배정·수당 이력이 보입니다."))
        self.assignment_table = Table([self.tr("사업코드"), self.tr("사업명"), self.tr("역할"), self.tr("시작"), self.tr("종료")], "expertAssignments",
                                      stretch=1)
        self.payment_table = Table([self.tr("지급일"), self.tr("금액"), self.tr("목적"), self.tr("사업코드")], "expertPayments",
                                   stretch=2)
        history = QWidget()
        hl = QVBoxLayout(history)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.history_title)
        hl.addWidget(QLabel(self.tr("배정 이력")))
        hl.addWidget(self.assignment_table, 1)
        hl.addWidget(QLabel(self.tr("수당 지급 이력")))
        hl.addWidget(self.payment_table, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(history)
        splitter.setSizes([620, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.filter.textChanged.connect(self._apply_filter)
        self.add_button.clicked.connect(self.add_expert)
        self.edit_button.clicked.connect(self.edit_expert)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.import_button.clicked.connect(self.import_pool)
        self.table.itemSelectionChanged.connect(self._show_history)
        self.table.doubleClicked.connect(self.edit_expert)

    def reload(self) -> None:
        selected = self.table.current_id()
        self.rows = experts.list_experts(self.db)
        self.table.set_rows([(r.id, (r.name, r.field, r.affiliation, r.region, r.contact,
                                     self.tr("활동") if r.active else self.tr("비활성"))) for r in self.rows])
        self._apply_filter()
        if selected is not None:
            self.table.select_id(selected)

    def _apply_filter(self) -> None:
        test = query_matcher(self.filter.text())  # every word, 초성 (domain/search.py)
        for index, r in enumerate(self.rows):
            self.table.setRowHidden(index, test is not None and not test(
                search_text(r.name, r.field, r.affiliation, r.region)))

    def _show_history(self) -> None:
        expert_id = self.table.current_id()
        if expert_id is None:
            return
        history = experts.expert_history(self.db, expert_id)
        self.toggle_button.setText(self.tr("활동 재개(&D)") if not history.expert.active else self.tr("비활성화(&D)"))
        self.history_title.setText(
            self.tr("<b>{name}</b> — 배정 {0}건, 수당 {1}건 {2}").format(
                len(history.assignments), len(history.payments), won_text(history.paid_total_won), name=history.expert.name))
        self.assignment_table.set_rows([(a.id, (a.project_code, a.project_name, domain_label(a.role), iso(a.start_on),
                                                iso(a.end_on))) for a in history.assignments])
        self.payment_table.set_rows([(p.id, (iso(p.paid_on), won_text(p.amount_won), p.purpose,
                                             p.project_code or "")) for p in history.payments], right=(1,))

    def add_expert(self) -> None:
        dialog = ExpertDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.data()
        result = CollectionOp(self, lambda db: experts.add_expert(db, data)).run()
        if result is not None:
            self.reload()
            self.table.select_id(result[0])

    def edit_expert(self) -> None:
        expert_id = self.table.current_id()
        if expert_id is None:
            return
        detail = experts.get_expert(self.db, expert_id)
        dialog = ExpertDialog(self, detail)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.data()
        CollectionOp(self, lambda db: experts.update_expert(db, expert_id, detail.version, data)).run()

    def toggle_active(self) -> None:
        expert_id = self.table.current_id()
        if expert_id is None:
            return
        detail = experts.get_expert(self.db, expert_id)
        if detail.active and not messages.confirm(
                self, self.tr("전문가 비활성화"), self.tr("{name} 전문가를 비활성화할까요? 이력은 그대로 남습니다.").format(name=detail.name)):
            return
        CollectionOp(self, lambda db: experts.set_expert_active(db, expert_id, not detail.active, detail.version)).run()

    def import_pool(self) -> None:
        from conflictdesk.services.expert_import import ImportProblems, import_pool

        name, _ = QFileDialog.getOpenFileName(self, self.tr("전문가 풀 가져오기"), "", "Excel (*.xlsx)")
        if not name:
            return
        def problems(exc: Exception) -> None:
            if not isinstance(exc, ImportProblems):
                messages.show_error(self, exc)
                return
            lines = "\n".join(str(p) for p in exc.problems[:30])
            more = self.tr("\n… 외 {0}건").format(len(exc.problems) - 30) if len(exc.problems) > 30 else ""
            QMessageBox.warning(self, self.tr("가져오지 않았습니다"),
                                self.tr("문제 {0}건이 있어 아무것도 가져오지 않았습니다.\n\n{lines}{more}").format(
                                    len(exc.problems), lines=lines, more=more))

        path = Path(name)
        result = CollectionOp(self, lambda db: import_pool(db, path)).failure(problems).run()
        if result is None:
            return
        QMessageBox.information(self, self.tr("전문가 풀 가져오기"),
                                self.tr("추가 {added}명, 갱신 {updated}명을 가져왔습니다.").format(
                                    added=result.added, updated=result.updated))
