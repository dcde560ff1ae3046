"""사업 → 사전 갈등검토목록 만들기: the checklist of the chosen project (or of its department's every project), and
사전 갈등검토목록 현황: per project the latest one sent and where it stands (회신 대기, 기한 경과 in red, 회신).

The answers come back through 파일 → 부서 작성 파일 가져오기 (or by dropping the files on the window): the hand-in
reads the stamp's kind (docs/업무규칙.md §Pre-review checklist).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.pre_review import OUTSTANDING, ChecklistStatus
from conflictdesk.services.changes import Changes
from conflictdesk.services.handout import DEFAULT_DUE_DAYS
from conflictdesk.store.engine import Database
from conflictdesk.ui.column_fit import fit_columns, refit_columns
from conflictdesk.ui.context import PanelContext, context_of
from conflictdesk.ui.date_edit import DateEdit
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.diagnosis_form import LATE_COLOUR
from conflictdesk.ui.tasks import ProgressFn

if TYPE_CHECKING:
    from conflictdesk.services.pre_review_dtos import ChecklistState


class ChecklistDialog(QDialog):
    """Choose this project or its whole department, the due date, the folder and the printable formats."""

    def __init__(self, parent: QWidget, code: str, name: str, department: str) -> None:
        super().__init__(parent)
        self.ctx: PanelContext = context_of(parent)
        self.code, self.department = code, department
        self.paths: list[Path] = []
        self.setWindowTitle(self.tr("사전 갈등검토목록 만들기"))
        self.resize(560, 320)
        self.project_radio = QRadioButton(self.tr("이 사업: {code} {name}").format(code=code, name=name))
        self.project_radio.setObjectName("checklistProject")
        self.project_radio.setChecked(True)
        count = QueryOp(self, lambda db: len(_department_codes(db, department))).run() or 0
        self.department_radio = QRadioButton(self.tr("{department}의 모든 사업 ({count}건, 사업마다 파일 하나)").format(
            department=department, count=count))
        self.department_radio.setObjectName("checklistDepartment")
        self.due_edit = DateEdit(self.ctx.today() + timedelta(days=DEFAULT_DUE_DAYS))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("예: 갈등관리팀 032-000-0000"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("checklistFolder")
        browse = QPushButton(self.tr("폴더 고르기(&B)…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.pdf_check = QCheckBox(self.tr("인쇄용 PDF도 저장(&P)"))
        self.pdf_check.setChecked(True)
        self.hwpx_check = QCheckBox(self.tr("한/글(HWPX) 문서도 저장(&W)"))
        self.hwpx_check.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("대상"), self.project_radio)
        form.addRow("", self.department_radio)
        form.addRow(self.tr("제출 기한(&U)"), self.due_edit)
        form.addRow(self.tr("담당관 연락처(&C)"), self.contact_edit)
        folder_label = QLabel(self.tr("저장 폴더(&F)"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.pdf_check)
        form.addRow("", self.hwpx_check)
        note = QLabel(self.tr("부서는 엑셀 파일의 노란 칸에 답을 적어 돌려보냅니다. 돌아온 파일은 파일 → 부서 작성 파일 "
                              "가져오기(또는 창에 끌어다 놓기)로 미리 보고 가져옵니다."))
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("checklistStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = buttons.addButton(self.tr("만들기(&M)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.clicked.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("사전 갈등검토목록을 저장할 폴더"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def make(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.choose_folder()
            folder = self.folder_edit.text().strip()
            if not folder:
                return
        whole = self.department_radio.isChecked()
        codes, department = ([], self.department) if whole else ([self.code], None)
        due, contact, today = self.due_edit.value(), self.contact_edit.text(), self.ctx.today()
        pdf, hwpx = self.pdf_check.isChecked(), self.hwpx_check.isChecked()

        def work(db: Database, progress: ProgressFn) -> tuple[list[Path], Changes]:
            from conflictdesk.reports.pre_review_xlsx import write_checklists
            from conflictdesk.services.files import output_folder
            from conflictdesk.services.pre_review import prepare_checklists

            out = output_folder(folder)
            books, changes = prepare_checklists(db, codes, department=department, due=due, contact=contact,
                                                today=today)
            return write_checklists(books, out, pdf=pdf, hwpx=hwpx, progress=progress), changes

        def done(result: tuple[list[Path], Changes]) -> None:
            self.paths = result[0]
            made = sum(1 for p in self.paths if p.suffix == ".xlsx")
            self.status.setText(self.tr("사전 갈등검토목록 {count}개를 만들었습니다: {folder}").format(
                count=made, folder=folder))

        CollectionOp.in_background(self, self.tr("사전 갈등검토목록 만드는 중"), work).success(done).run()


class ChecklistStatusDialog(QDialog):
    """사전 갈등검토목록 현황: per project the latest checklist sent — 회신 대기, 기한 경과 (red), 회신(문제 있음),
    회신·반영 — overdue first; a filter (outstanding by default); Enter or a double click shows the project in the
    사업 목록 (``project_chosen``). It follows the change bus: a checklist made or taken in updates the list."""

    project_chosen = Signal(str)
    # Filter choices: (key, statuses shown).
    FILTERS: tuple[tuple[str, frozenset[ChecklistStatus]], ...] = (
        ("outstanding", OUTSTANDING), ("overdue", frozenset({ChecklistStatus.OVERDUE})),
        ("incomplete", frozenset({ChecklistStatus.INCOMPLETE})), ("returned", frozenset({ChecklistStatus.RETURNED})),
        ("all", frozenset(ChecklistStatus)))

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx: PanelContext = context_of(parent)
        self.states: list[ChecklistState] = []
        self.shown: list[ChecklistState] = []
        self.setWindowTitle(self.tr("사전 갈등검토목록 현황"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it follows the bus while open, not after
        self.resize(860, 420)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("checklistFilter")
        labels = {"outstanding": self.tr("회신을 기다리는 것 (기한 경과 포함)"), "overdue": self.tr("기한 경과"),
                  "incomplete": self.tr("회신(문제 있음)"), "returned": self.tr("회신·반영"), "all": self.tr("전체")}
        for key, _statuses in self.FILTERS:
            self.filter_box.addItem(labels[key], key)
        filter_label = QLabel(self.tr("보기(&V)"))
        filter_label.setBuddy(self.filter_box)
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("checklistStatusTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("사업코드"), self.tr("사업명"), self.tr("부서"), self.tr("보낸 날"), self.tr("기한"),
            self.tr("회신일"), self.tr("상태")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=1)
        note = QLabel(self.tr("사업마다 마지막으로 보낸 검토목록입니다. 두 번 누르거나 Enter를 누르면 사업 목록에서 그 "
                              "사업을 보여 줍니다."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_box)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.filter_box.currentIndexChanged.connect(self._fill)
        self.table.activated.connect(lambda _index: self.choose())  # Enter or a double click
        self.ctx.bus.changes_applied.connect(self._on_changes)
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("pre_review"):
            self.reload()

    def reload(self) -> None:
        from conflictdesk.services.pre_review import checklist_states

        today = self.ctx.today()
        self.states = QueryOp(self, lambda db: checklist_states(db, as_of=today)).run() or []
        self._fill()

    def _status_text(self, state: ChecklistState) -> str:
        if state.status is ChecklistStatus.OVERDUE:
            return self.tr("기한 경과 ({days}일)").format(days=state.days_overdue)
        return {ChecklistStatus.SENT: self.tr("회신 대기"), ChecklistStatus.INCOMPLETE: self.tr("회신(문제 있음)"),
                ChecklistStatus.RETURNED: self.tr("회신·반영")}[state.status]

    def _fill(self) -> None:
        wanted = dict(self.FILTERS)[str(self.filter_box.currentData())]
        self.shown = [c for c in self.states if c.status in wanted]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.shown))
        late = QColor(LATE_COLOUR)
        for row, c in enumerate(self.shown):
            values = (c.project, c.name, c.department, format_date(c.sent_on), format_date(c.due),
                      format_date(c.returned_on) if c.returned_on else "", self._status_text(c))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.project)
                if c.status is ChecklistStatus.OVERDUE:
                    item.setForeground(late)
                if col == 1 and c.returned_file:
                    item.setToolTip(c.returned_file)
                self.table.setItem(row, col, item)
        refit_columns(self.table)
        count = {s: sum(1 for c in self.states if c.status is s) for s in ChecklistStatus}
        self.summary.setText(self.tr("보낸 {total:,}건 · 회신 대기 {sent:,} · <span style='color:{late}'>기한 경과 "
                                     "{overdue:,}</span> · 문제 {incomplete:,} · 반영 {returned:,}").format(
            total=len(self.states), sent=count[ChecklistStatus.SENT], overdue=count[ChecklistStatus.OVERDUE],
            incomplete=count[ChecklistStatus.INCOMPLETE], returned=count[ChecklistStatus.RETURNED],
            late=LATE_COLOUR))
        if self.shown:
            self.table.selectRow(0)

    def choose(self) -> None:
        """Show the selected project in the 사업 목록."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            item = self.table.item(rows[0].row(), 0)
            if item is not None:
                self.project_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))


def open_checklist_status(parent: QWidget) -> ChecklistStatusDialog:
    dialog = ChecklistStatusDialog(parent)
    dialog.show()
    return dialog


def _department_codes(db: Database, department: str) -> list[str]:
    from conflictdesk.services.pre_review import checklist_projects

    return checklist_projects(db, department)


def open_checklist_dialog(parent: QWidget, code: str, name: str, department: str) -> ChecklistDialog:
    dialog = ChecklistDialog(parent, code, name, department)
    dialog.show()
    return dialog


__all__ = ["ChecklistDialog", "ChecklistStatusDialog", "open_checklist_dialog", "open_checklist_status"]
