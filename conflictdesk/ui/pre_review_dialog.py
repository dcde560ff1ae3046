"""사업 → 사전 갈등검토목록 만들기: the checklist of the chosen project (or of its department's every project).

The answers come back through 파일 → 부서 작성 파일 가져오기 (or by dropping the files on the window): the hand-in
reads the stamp's kind (docs/업무규칙.md §Pre-review checklist).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.services.changes import Changes
from conflictdesk.services.handout import DEFAULT_DUE_DAYS
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, context_of
from conflictdesk.ui.date_edit import DateEdit
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.tasks import ProgressFn


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


def _department_codes(db: Database, department: str) -> list[str]:
    from conflictdesk.services.pre_review import checklist_projects

    return checklist_projects(db, department)


def open_checklist_dialog(parent: QWidget, code: str, name: str, department: str) -> ChecklistDialog:
    dialog = ChecklistDialog(parent, code, name, department)
    dialog.show()
    return dialog


__all__ = ["ChecklistDialog", "open_checklist_dialog"]
