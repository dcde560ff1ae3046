"""사업·진단 panel: round selector, project list, screening, obligations, and the diagnosis form beside them."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.rounds import RoundId, round_for_date
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.carried_cases import CarriedCasesView
from conflictdesk.ui.column_fit import fit_columns
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.empty_hint import EmptyHint
from conflictdesk.ui.flow_layout import flow_row
from conflictdesk.ui.ops import CollectionOp
from conflictdesk.ui.panels.diagnosis_form import DiagnosisFormWidget
from conflictdesk.ui.panels.obligations_view import ObligationsView
from conflictdesk.ui.panels.screening_view import ScreeningView
from conflictdesk.ui.project_model import ProjectTableModel
from conflictdesk.ui.tasks import ProgressFn

if TYPE_CHECKING:
    from conflictdesk.services.table_rows import FirstTable

TAB_PROJECTS, TAB_SCREENING, TAB_OBLIGATIONS, TAB_CARRIED = range(4)


class ProjectsPanel(QWidget):
    """``count_changed(shown, total)`` feeds the status bar; what the panel changes goes through the op runner."""

    count_changed = Signal(int, int)
    project_activated = Signal(int)  # project id
    start_requested = Signal(str)  # a step of the guided start: "settings", "template", "import" or "demo"

    def __init__(self, ctx: PanelContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx)
        self.db = self.ctx.db
        self.today = self.ctx.today
        self.model = ProjectTableModel(self)
        self._loaded = False
        self._stale: set[int] = set()

        self.round_box = QComboBox()
        self.round_box.setObjectName("roundBox")
        self.round_box.setMinimumWidth(110)
        self.round_box.setToolTip(self.tr("진단 차수 (기준·등급·단계를 보여줄 차수)"))
        self.open_button = QPushButton(self.tr("차수 열기…"))
        self.open_button.setObjectName("openRound")
        self.rescreen_button = QPushButton(self.tr("진단기준 다시 적용"))
        self.rescreen_button.setObjectName("rescreen")
        self.rescreen_button.setToolTip(self.tr("차수에 저장된 기준으로 모든 사업을 다시 선별합니다 (등급은 그대로)."))
        self.target_button = QPushButton(self.tr("대상 추가·교체…"))
        self.target_button.setObjectName("addTarget")
        self.target_button.setToolTip(self.tr("차수 중에 진단대상을 추가하거나 다른 사업으로 교체합니다 (사유 필수)."))
        self.checklist_button = QPushButton(self.tr("사전 갈등검토목록 만들기…"))
        self.checklist_button.setObjectName("makeChecklist")
        self.checklist_button.setToolTip(self.tr("고른 사업(또는 그 부서의 모든 사업)의 갈등진단표를 부서에 보낼 "
                                                 "검토목록(엑셀·PDF·한/글)으로 만듭니다."))
        self.checklist_status_button = QPushButton(self.tr("검토목록 현황…"))
        self.checklist_status_button.setObjectName("checklistStatus")
        self.checklist_status_button.setToolTip(self.tr("보낸 사전 갈등검토목록의 회신 현황: 회신 대기, 기한 경과(빨강), "
                                                        "회신·반영"))
        self._status_dialog: QWidget | None = None
        self.search = QLineEdit()
        self.search.setObjectName("projectSearch")
        self.search.setPlaceholderText(self.tr("사업명·사업코드·담당부서 검색 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.overdue_only = QCheckBox(self.tr("지연 사업만"))
        self.overdue_only.setObjectName("overdueOnly")
        self.overdue_only.setToolTip(self.tr("정기점검·대응계획·합의사항 이행이 기한을 넘긴 사업만 보기"))

        round_label = QLabel(self.tr("진단 차수(&R)"))
        round_label.setBuddy(self.round_box)
        self.search.setMinimumWidth(170)
        # one row where there is room, two at 1024×768 in English: buttons keep their whole text (#19)
        top = flow_row(round_label, self.round_box, self.open_button, self.rescreen_button, self.target_button,
                       self.checklist_button, self.checklist_status_button, self.search, self.overdue_only, self.count_label)

        self.table = QTableView()
        self.table.setObjectName("projectTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the diagnosis form (#19)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never resizeRowsToContents at 100k rows
        vh.setDefaultSectionSize(24)
        vh.hide()
        hh = self.table.horizontalHeader()
        hh.setSortIndicatorShown(True)
        hh.setStretchLastSection(False)
        # 사업명 takes the room there is but never less than 200 px: a narrow window scrolls sideways instead (#19);
        # the other columns are at least as wide as their headers (English ones are longer). Headers only: the
        # values of 100,000 rows are not sampled.
        self.columns = fit_columns(self.table, {0: 110, 2: 120, 3: 96, 4: 130, 5: 56, 6: 72}, stretch=1,
                                   stretch_min=200, content=False)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.screening = ScreeningView()
        self.obligations = ObligationsView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("projectTabs")
        self.tabs.addTab(self.table, self.tr("사업 목록"))
        self.tabs.addTab(self.screening, self.tr("진단 선별"))
        self.tabs.addTab(self.obligations, self.tr("의무 이행"))
        self.carried = CarriedCasesView(self.ctx)
        self.tabs.addTab(self.carried, self.tr("이월 사업"))
        self.form = DiagnosisFormWidget(self.ctx)
        form_side = QWidget()
        form_side.setObjectName("diagnosisSide")
        side = QVBoxLayout(form_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(self.form, 1)
        side.addWidget(self.form.footer)  # grades and save stay in view while the checklist scrolls
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(form_side)
        # a wider window widens the tables, not the form: at 1920×1080 the English screening table fits (#19)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([980, 380])
        form_side.setMaximumWidth(520)

        self.welcome = self._build_welcome()
        self.table_hint = EmptyHint(self.table, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome)
        layout.addWidget(top)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self._on_search)
        self.overdue_only.toggled.connect(self._apply_overdue_filter)
        self.round_box.currentTextChanged.connect(self._on_round)
        self.open_button.clicked.connect(self.ask_open_round)
        self.rescreen_button.clicked.connect(self.rescreen)
        self.target_button.clicked.connect(self.ask_add_target)
        self.checklist_button.clicked.connect(self.make_checklist)
        self.checklist_status_button.clicked.connect(self.checklist_status)
        self.tabs.currentChanged.connect(self._load_tab)
        self.table.activated.connect(self._open_form)  # Enter or double-click: into the project's form
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.screening.project_selected.connect(self.select_project)
        self.obligations.project_selected.connect(self.select_project)
        self.carried.project_selected.connect(self.select_project)

    def _build_welcome(self) -> QFrame:
        """The guided start shown while the file holds no project: what to do first, each step one click away."""
        box = QFrame()
        box.setObjectName("welcome")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet("QFrame#welcome { background: #f3f7fc; border: 1px solid #b9cde5; border-radius: 4px; }")
        title = QLabel(self.tr("<b>갈등관리 데스크를 시작합니다</b> — 이 데이터 파일에는 아직 사업이 없습니다. 이 순서로 시작하세요."))
        title.setWordWrap(True)
        steps = QHBoxLayout()
        for key, text in (("settings", self.tr("① 내 이름 입력 (설정)")),
                          ("template", self.tr("② 부서에 보낼 서식 저장…")),
                          ("import", self.tr("③ 받은 사업 목록 가져오기… (Ctrl+I)")),
                          ("demo", self.tr("또는 데모 데이터로 연습"))):
            button = QPushButton(text)
            button.setObjectName(f"welcome_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.start_requested.emit(k))
            steps.addWidget(button)
        steps.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addLayout(steps)
        box.hide()
        return box

    # --- loading ------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def round_code(self) -> str:
        return self.round_box.currentText()

    def reload(self) -> None:
        current = self.round_box.currentText()
        first = self._first_table() if not self._loaded else None
        codes = first.round_codes if first is not None else self._round_codes()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        self.round_box.addItems(codes)
        if current in codes:
            self.round_box.setCurrentText(current)
        self.round_box.blockSignals(False)
        self.model.set_rows([])  # release the old rows first: two copies of 100,000 rows is the peak
        if first is not None and (self.round_box.currentText() or None) == first.round_code:
            rows = first.rows
        else:
            from conflictdesk.services.projects import load_project_table

            rows = load_project_table(self.db, self.round_box.currentText() or None).rows
        self.model.set_rows(rows, sorted_by_code=True)
        del first, rows
        self.welcome.setVisible(self.model.total_count() == 0)
        self._loaded = True
        if self.overdue_only.isChecked():
            self._apply_overdue_filter(True)
        self._stale = {TAB_SCREENING, TAB_OBLIGATIONS, TAB_CARRIED}
        self._load_tab(self.tabs.currentIndex())
        self._update_count()
        if self.form.form is not None and not self.form.dirty:
            if self.round_code():
                self.form.load(self.form.form.project_code, self.round_code())
            else:
                self.form.clear()

    def _round_codes(self) -> list[str]:
        from conflictdesk.services.projects import round_codes

        return round_codes(self.db)

    def _first_table(self) -> FirstTable | None:
        """The first fill at start-up reads the SQLite file through the standard library (docs/architecture.md)."""
        if not self.db.is_sqlite or self.db.path is None or not self.db.path.exists():
            return None
        from conflictdesk.services.table_rows import read_first_table

        try:
            return read_first_table(self.db.path)
        except sqlite3.Error:
            return None  # e.g. a file being migrated: the regular read below tells the user what is wrong

    def _load_tab(self, index: int) -> None:
        if index not in self._stale or not self.round_code():
            return
        self._stale.discard(index)
        if index == TAB_SCREENING:
            from conflictdesk.services.screening import screening_table

            self.screening.set_table(screening_table(self.db, self.round_code()))
            self.screening.set_text_filter(self.search.text())
        elif index == TAB_OBLIGATIONS:
            from conflictdesk.services.obligations import round_status

            today = self.today()
            self.obligations.set_rows(self.round_code(), round_status(self.db, self.round_code(), today), today)
        elif index == TAB_CARRIED:
            self.carried.load(self.round_code())

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("project", "diagnosis", "card", "plan", "expert", "round") and self._loaded:
            self.reload()
        elif changes.touches("pre_review") and self.form.form is not None and not self.form.dirty:
            # a checklist made for the project shown: the 사전검토 box says it is awaited
            self.form.load(self.form.form.project_code, self.form.form.round_code)
        elif changes.touches("review", "plan", "council", "setting") and self.overdue_only.isChecked():
            self._apply_overdue_filter(True)

    # --- interaction --------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        self.model.set_filter(text)
        self.screening.set_text_filter(text)
        self._update_count()

    def _on_round(self, _code: str) -> None:
        if self._loaded:
            if not self.form.maybe_leave():
                if self.form.form is not None:  # stay on the round the unsaved form belongs to
                    self.round_box.blockSignals(True)
                    self.round_box.setCurrentText(self.form.form.round_code)
                    self.round_box.blockSignals(False)
                return
            self.form.dirty = False
            self.reload()

    def _apply_overdue_filter(self, on: bool) -> None:
        if on:
            from conflictdesk.services.reminders import overdue_project_ids

            late = overdue_project_ids(self.db, self.ctx.today())
            self.model.set_predicate(lambda row: row[0] in late)
        else:
            self.model.set_predicate(None)
        self._update_count()
    def _on_table_selection(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.select_project(self.model.row_tuple(rows[0].row())[1])

    def select_project(self, code: str) -> None:
        """Show ``code``'s diagnosis in the form (asking first about unsaved changes)."""
        current = self.form.form
        if current is not None and current.project_code == code and current.round_code == self.round_code():
            return
        if not self.round_code() or not self.form.maybe_leave():
            if current is not None:  # stayed: the table shows the project the form still edits
                self._select_row(current.project_code)
            return
        self.form.load(code, self.round_code())

    def _select_row(self, code: str) -> None:
        """Select ``code``'s row in the table without loading it again (it is the form's project)."""
        for row in range(self.model.rowCount()):
            if self.model.row_tuple(row)[1] == code:
                selection = self.table.selectionModel()
                selection.blockSignals(True)
                self.table.selectRow(row)
                selection.blockSignals(False)
                self.table.viewport().update()
                return
        self.table.clearSelection()

    def _open_form(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.select_project(self.model.row_tuple(index.row())[1])
        form = self.form.form
        if form is not None and form.project_code == self.model.row_tuple(index.row())[1]:
            self.form.focus_first_field()

    def ask_open_round(self) -> None:
        codes = self._round_codes()
        suggestion = str(RoundId.parse(codes[0]).next()) if codes else str(round_for_date(self.today()))
        text, ok = QInputDialog.getText(self, self.tr("차수 열기"), self.tr("열 진단 차수 (YYYY-1 상반기, YYYY-2 하반기):"),
                                        QLineEdit.EchoMode.Normal, suggestion)
        if ok and text.strip():
            self.open_round(text.strip())

    def open_round(self, code: str) -> None:
        """Open round ``code`` (carry-over included) and screen it, off the GUI thread."""
        from conflictdesk.services.rounds import open_round
        from conflictdesk.services.screening import screen_round

        def work(db: Database, progress: ProgressFn) -> tuple[str, Changes]:
            info, changes = open_round(db, code, self.today())
            _counts, more = screen_round(db, info.code, progress)
            return info.code, changes | more

        CollectionOp.in_background(self, self.tr("{code} 차수 열기").format(code=code), work) \
            .success(self._opened).run()

    def _opened(self, result: tuple[str, Changes]) -> None:
        code, _changes = result  # the runner published them; the panel reloaded its round list
        if self.round_box.findText(code) < 0:
            self.round_box.addItem(code)
        self.round_box.setCurrentText(code)  # shows the new round (_on_round reloads)

    def rescreen(self) -> None:
        code = self.round_code()
        if code:
            from conflictdesk.services.screening import screen_round

            CollectionOp.in_background(self, self.tr("{code} 진단기준 적용").format(code=code),
                                       lambda db, progress: screen_round(db, code, progress)).run()

    def ask_add_target(self) -> None:
        """차수 중 대상 추가·교체: the dialog stores it; the panel then shows the new target's diagnosis."""
        from conflictdesk.ui.target_dialog import TargetDialog

        code = self.round_code()
        if not code:
            return
        self.ensure_loaded()
        rows = self.model.all_rows()
        dialog = TargetDialog(self.db, code, [(r[1], r[2], r[3]) for r in rows], self)
        current = self.form.form
        if current is not None and not current.is_target:
            dialog.select_code(current.project_code)
        if dialog.exec() and dialog.changes is not None:  # the dialog's op published the changes
            added = dialog.code()
            if added:
                self.select_project(added)

    def make_checklist(self) -> QWidget | None:
        """사전 갈등검토목록 of the selected project (or its department's every project)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("사전 갈등검토목록"), self.tr("먼저 사업 목록에서 사업을 고르세요."))
            return None
        row = self.model.row_tuple(rows[0].row())
        from conflictdesk.ui.pre_review_dialog import open_checklist_dialog

        return open_checklist_dialog(self, str(row[1]), str(row[2]), str(row[3]))

    def checklist_status(self) -> QWidget:
        """사전 갈등검토목록 현황 (one window: a second click brings it to the front)."""
        from shiboken6 import isValid

        from conflictdesk.ui.pre_review_dialog import open_checklist_status

        if self._status_dialog is not None and isValid(self._status_dialog) and self._status_dialog.isVisible():
            self._status_dialog.raise_()
            self._status_dialog.activateWindow()
            return self._status_dialog
        dialog = open_checklist_status(self)
        dialog.project_chosen.connect(self.show_project)
        self._status_dialog = dialog
        return dialog

    def show_project(self, code: str) -> None:
        """Show ``code``'s row in the list and its diagnosis in the form (narrowing the search to it when the
        current search or filter hides it)."""
        self.ensure_loaded()

        def shown() -> bool:
            return any(self.model.row_tuple(r)[1] == code for r in range(self.model.rowCount()))

        if not shown():
            self.overdue_only.setChecked(False)
            if not shown():
                self.search.setText(code)
        self.select_project(code)
        self._select_row(code)
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.scrollTo(rows[0])

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.table_hint.set_text(
            self.tr("사업이 없습니다. 파일 → 사업 목록 가져오기(Ctrl+I)로 부서에서 받은 목록을 가져오세요.") if total == 0
            else self.tr("검색어·필터에 맞는 사업이 없습니다. 낱말마다 코드·사업명·부서 중 한 곳에 있으면 찾습니다 (초성 검색 가능)."))
        self.count_label.setText(self.tr("{shown:,} / {total:,}건").format(shown=shown, total=total))
        self.count_changed.emit(shown, total)
