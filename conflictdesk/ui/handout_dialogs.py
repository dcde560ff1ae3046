"""파일 → 부서별 작성 파일 만들기 / 부서 작성 파일 가져오기: hand-out with tracking, hand-in with a full preview."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.services.changes import NOTHING, Changes
from conflictdesk.services.handin import HandinResult, handin_file
from conflictdesk.services.handout import (
    DEFAULT_DUE_DAYS,
    HandoutTracking,
    handout_departments,
    handout_tracking,
    prepare_handouts,
)
from conflictdesk.services.rounds import list_rounds
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, context_of
from conflictdesk.ui.date_edit import DateEdit
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.tasks import ProgressFn


class HandoutDialog(QDialog):
    """Make the workbooks of a round (all departments or one) and see which came back."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx: PanelContext = context_of(parent)
        self.setWindowTitle(self.tr("부서별 작성 파일 만들기"))
        self.resize(760, 560)
        self.round_combo = QComboBox()
        for info in QueryOp(self, list_rounds).run() or []:
            self.round_combo.addItem(info.code, info.code)
        self.department_combo = QComboBox()
        self.due_edit = DateEdit(self.ctx.today() + timedelta(days=DEFAULT_DUE_DAYS))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("예: 갈등관리팀 032-000-0000"))
        self.folder_edit = QLineEdit()
        browse = QPushButton(self.tr("폴더 고르기(&B)…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("차수(&R)"), self.round_combo)
        form.addRow(self.tr("부서(&D)"), self.department_combo)
        form.addRow(self.tr("제출 기한(&U)"), self.due_edit)
        form.addRow(self.tr("담당관 연락처(&C)"), self.contact_edit)
        folder_label = QLabel(self.tr("저장 폴더(&F)"))
        folder_label.setBuddy(self.folder_edit)  # the row holds a layout: its label needs the buddy for Alt+F
        form.addRow(folder_label, folder_row)
        self.hwpx_check = QCheckBox(self.tr("중점관리 사업의 카드를 한/글(HWPX) 파일로도 저장(&W)"))
        self.hwpx_check.setToolTip(self.tr("한/글을 쓰는 부서를 위한 보내기 전용 파일입니다. 돌려받을 때는 엑셀 파일을 씁니다."))
        form.addRow("", self.hwpx_check)
        self.tracking_label = QLabel()
        self.tracking = QTableWidget(0, 6)
        self.tracking.setHorizontalHeaderLabels([self.tr("부서"), self.tr("보낸 날"), self.tr("제출 기한"),
                                                 self.tr("회신"), self.tr("반영"), self.tr("상태")])
        self.tracking.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tracking.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = buttons.addButton(self.tr("만들기(&M)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.clicked.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tracking_label)
        layout.addWidget(self.tracking, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.round_combo.currentIndexChanged.connect(self.load_round)
        self.load_round()

    def round_code(self) -> str:
        return str(self.round_combo.currentData() or "")

    def load_round(self) -> None:
        code = self.round_code()
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("진단대상이 있는 모든 부서"), None)
        if not code:
            return
        for plan in QueryOp(self, lambda db: handout_departments(db, code)).run() or []:
            self.department_combo.addItem(
                self.tr("{department} (진단 {targets}건, 중점 {key}건)").format(
                    department=plan.department, targets=plan.targets, key=plan.key_cases), plan.department)
        tracking = QueryOp(self, lambda db: handout_tracking(db, code, self.ctx.today())).run()
        if tracking is not None:
            self.show_tracking(tracking)

    def show_tracking(self, tracking: HandoutTracking) -> None:
        rows = tracking.departments
        self.tracking.setRowCount(len(rows))
        for r, d in enumerate(rows):
            state = (self.tr("반영") if d.accepted_on else self.tr("회신(미반영)") if d.returned_on
                     else self.tr("기한 지남") if d.late else self.tr("작성 중"))
            for c, text in enumerate((d.department, format_date(d.sent_on), format_date(d.due),
                                      format_date(d.returned_on), format_date(d.accepted_on), state)):
                item = QTableWidgetItem(text)
                if d.late and c == 5:
                    item.setForeground(Qt.GlobalColor.red)
                self.tracking.setItem(r, c, item)
        rate = tracking.return_rate
        self.tracking_label.setText(
            self.tr("보낸 부서 {sent}곳 · 회신 {returned}곳 · 반영 {accepted}곳 · 회신율 {rate} · 기한 지난 미회신 {late}곳")
            .format(sent=tracking.sent, returned=tracking.returned, accepted=tracking.accepted,
                    rate="–" if rate is None else f"{rate}%", late=len(tracking.late)))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("부서 작성 파일을 저장할 폴더"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def make(self) -> None:
        code, folder = self.round_code(), self.folder_edit.text().strip()
        if not code:
            self.status.setText(self.tr("먼저 진단 차수를 여세요."))
            return
        if not folder:
            self.choose_folder()
            folder = self.folder_edit.text().strip()
            if not folder:
                return
        department = self.department_combo.currentData()
        due, contact, today = self.due_edit.value(), self.contact_edit.text(), self.ctx.today()
        hwpx = self.hwpx_check.isChecked()

        def work(db: Database, progress: ProgressFn) -> tuple[list[Path], Changes]:
            from conflictdesk.reports.handout_xlsx import write_card_forms, write_workbooks

            books, changes = prepare_handouts(db, code, department=department, due=due, contact=contact, today=today)
            paths = write_workbooks(books, Path(folder), progress)
            if hwpx:
                write_card_forms(db, books, Path(folder))
            return paths, changes

        def done(result: tuple[list[Path], Changes]) -> None:
            paths = result[0]
            self.status.setText(self.tr("부서 작성 파일 {count}개를 만들었습니다: {folder}").format(
                count=len(paths), folder=folder))
            self.load_round()

        CollectionOp.in_background(self, self.tr("부서 작성 파일 만드는 중"), work).success(done).run()


CHOICE_LABELS = (("report", QT_TRANSLATE_NOOP("HandinDialog", "정하지 않음 (이 파일 보류)")),
                 ("keep", QT_TRANSLATE_NOOP("HandinDialog", "ConflictDesk 값 유지")),
                 ("department", QT_TRANSLATE_NOOP("HandinDialog", "부서 값으로")))


def _tips(item: QTreeWidgetItem) -> None:
    """Long or multi-line values (주요쟁점, 향후 전망) are shown whole in a tooltip."""
    for column in range(item.columnCount()):
        text = item.text(column)
        if len(text) > 20 or "\n" in text:
            item.setToolTip(column, text)


class HandinDialog(QDialog):
    """Preview returned workbooks (every change, added row, problem and conflict), then accept them file by file."""

    def __init__(self, parent: QWidget, paths: list[Path]) -> None:
        super().__init__(parent)
        self.ctx: PanelContext = context_of(parent)
        self.paths = paths
        self.results: list[HandinResult] = []
        self.choice_boxes: dict[tuple[str, str], QComboBox] = {}
        self.setWindowTitle(self.tr("부서 작성 파일 가져오기"))
        self.resize(980, 640)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("위치"), self.tr("항목"), self.tr("보낼 때"), self.tr("지금(ConflictDesk)"),
                                   self.tr("부서 값"), self.tr("처리")])
        for column, width in enumerate((260, 130, 170, 170, 170)):
            self.tree.setColumnWidth(column, width)
        self.tree.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.accept_button = buttons.addButton(self.tr("가져오기(&A)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def preview(self) -> None:
        """Read every file (dry run) in the background and show what it would change."""
        paths, today = list(self.paths), self.ctx.today()

        def work(db: Database, progress: ProgressFn) -> list[HandinResult]:
            out = []
            for n, path in enumerate(paths):
                if not progress(100 * n // max(len(paths), 1), path.name):
                    break
                out.append(handin_file(db, path, dry_run=True, today=today)[0])
            return out

        QueryOp.in_background(self, self.tr("부서 작성 파일 읽는 중"), work).success(self.show_results).run()

    def _choices(self, file: str) -> dict[str, str]:
        return {record: str(box.currentData()) for (f, record), box in self.choice_boxes.items() if f == file}

    def show_results(self, results: list[HandinResult]) -> None:
        self.results = results
        self.tree.clear()
        self.choice_boxes.clear()
        for result in results:
            self._add_file(result)
        ready = sum(1 for r in results if not r.refused and not r.problems)
        self.summary.setText(self.tr("파일 {count}개 · 가져올 수 있는 파일 {ready}개. 충돌은 '처리' 칸에서 정하세요. "
                                     "파일마다 전부 가져오거나 하나도 가져오지 않습니다.").format(
            count=len(results), ready=ready))
        self.tree.expandToDepth(1)

    def _add_file(self, result: HandinResult) -> None:
        if result.refused:
            state = self.tr("거부: {reason}").format(reason=result.refused)
        elif result.problems:
            state = self.tr("문제 {count}건: 가져올 수 없음").format(count=len(result.problems))
        elif result.written:
            state = self.tr("가져왔습니다")
        else:
            state = self.tr("수정 {changes}칸, 추가 {added}줄, 충돌 {conflicts}건").format(
                changes=len(result.changes), added=len(result.added), conflicts=len(result.conflicts))
        who = result.department or "?"
        if result.kind == "checklist":  # a 사전 갈등검토목록 comes back through the same preview
            who = self.tr("{department} · 사전 갈등검토목록 {project}").format(department=who, project=result.project)
        top = QTreeWidgetItem(self.tree, [f"{who} — {result.file}: {state}"])
        top.setFirstColumnSpanned(True)  # the file's line reads across the whole width
        top.setToolTip(0, state)
        for p in result.problems:
            QTreeWidgetItem(top, [self.tr("문제 · {sheet} {row}행").format(sheet=p.sheet, row=p.row), p.column, "", "",
                                  "", p.message])
        for c in result.changes:
            _tips(QTreeWidgetItem(top, [self.tr("수정 · {sheet} {row}행 {entry}").format(
                sheet=c.sheet, row=c.row, entry=c.entry), c.column, "", c.old, c.new, ""]))
        for a in result.added:
            QTreeWidgetItem(top, [self.tr("추가 · {sheet} {row}행 {code}").format(sheet=a.sheet, row=a.row, code=a.code),
                                  "", "", "", a.text(), ""])
        for conflict in result.conflicts:
            node = QTreeWidgetItem(top, [self.tr("충돌 · {what} {code}").format(what=conflict.what, code=conflict.code),
                                         self.tr("보낸 뒤 ConflictDesk에서도 바뀜"), "", "", "", ""])
            box = QComboBox()
            for value, label in CHOICE_LABELS:
                box.addItem(self.tr(label), value)
            box.setCurrentIndex([v for v, _l in CHOICE_LABELS].index(conflict.choice))
            self.tree.setItemWidget(node, 5, box)
            self.choice_boxes[(result.file, conflict.record)] = box
            for column, handed, dept, now in conflict.fields:
                _tips(QTreeWidgetItem(node, ["", column, handed, now, dept, ""]))

    def apply(self) -> None:
        """Accept every file that has no problem and whose conflicts are all decided (one transaction per file)."""
        files = [(path, self._choices(path.name)) for path, r in zip(self.paths, self.results, strict=False)
                 if not r.refused and not r.problems and not r.written]
        today = self.ctx.today()

        def work(db: Database, progress: ProgressFn) -> tuple[list[HandinResult], Changes]:
            out, changed = [], NOTHING
            for n, (path, choices) in enumerate(files):
                progress(100 * n // max(len(files), 1), path.name)
                result, changes = handin_file(db, path, choices=choices, today=today)
                out.append(result)
                changed = changed | changes
            return out, changed

        def done(outcome: tuple[list[HandinResult], Changes]) -> None:
            results = outcome[0]
            merged = {r.file: r for r in self.results}
            merged.update({r.file: r for r in results})
            self.show_results(list(merged.values()))
            written = sum(1 for r in results if r.written)
            self.summary.setText(self.tr("{written}개 파일을 가져왔습니다. 나머지는 문제나 정하지 않은 충돌이 있어 "
                                         "가져오지 않았습니다.").format(written=written) if written < len(self.results)
                                 else self.tr("{written}개 파일을 모두 가져왔습니다.").format(written=written))

        CollectionOp.in_background(self, self.tr("부서 작성 파일 가져오는 중"), work).success(done).run()


def open_handout_dialog(parent: QWidget) -> HandoutDialog:
    dialog = HandoutDialog(parent)
    dialog.show()
    return dialog


def open_handin_dialog(parent: QWidget, paths: list[Path] | None = None) -> HandinDialog | None:
    if paths is None:
        names, _filter = QFileDialog.getOpenFileNames(parent, translate("HandinDialog", "부서 작성 파일 고르기"), "",
                                                      translate("HandinDialog", "엑셀 (*.xlsx);;모든 파일 (*)"))
        paths = [Path(n) for n in names]
    if not paths:
        return None
    dialog = HandinDialog(parent, paths)
    dialog.show()
    dialog.preview()
    return dialog


__all__ = ["HandinDialog", "HandoutDialog", "open_handin_dialog", "open_handout_dialog"]
