"""갈등관리카드 panel: the card list (key cases first, filterable) and the card editor with save and undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.enums import ConflictStage
from conflictdesk.domain.errors import Conflict, DomainError
from conflictdesk.domain.search import query_matcher, search_text
from conflictdesk.services import cards
from conflictdesk.services.card_views import CardListRow, differences
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui import card_actions
from conflictdesk.ui.card_editor import CardEditor
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.empty_hint import EmptyHint
from conflictdesk.ui.flow_layout import flow_row
from conflictdesk.ui.i18n import domain_label, translate
from conflictdesk.ui.messages import show_error
from conflictdesk.ui.ops import CollectionOp, QueryOp

Publish = Callable[[Changes], None]


def ask_unsaved(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel' for unsaved changes (tests monkeypatch this)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("cards", "저장하지 않은 변경"),
                      translate("cards", "'{name}' 카드에 저장하지 않은 변경이 있습니다. 저장할까요?").format(name=name), parent=parent)
    save = box.addButton(translate("cards", "저장"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("cards", "저장 안 함"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("cards", "취소"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def ask_conflict(parent: QWidget, changed: list[str]) -> str:
    """'reload', 'overwrite' or 'cancel' when the card changed elsewhere (tests monkeypatch this)."""
    what = ", ".join(changed) if changed else translate("cards", "버전 정보")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("cards", "다른 곳에서 변경됨"),
                      translate("cards", "이 카드를 연 뒤 다른 창이나 다른 사용자가 먼저 저장했습니다.\n\n다른 곳에서 바뀐 항목: {what}\n\n'다시 불러오기'는 내 변경을 버리고 최신 내용을 엽니다.\n'덮어쓰기'는 최신 내용 위에 내 화면의 내용을 그대로 저장합니다.").format(what=what), parent=parent)
    reload_button = box.addButton(translate("cards", "다시 불러오기 (내 변경 버림)"), QMessageBox.ButtonRole.DestructiveRole)
    overwrite = box.addButton(translate("cards", "덮어쓰기"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("cards", "취소"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return "reload" if clicked is reload_button else "overwrite" if clicked is overwrite else "cancel"


class CardsPanel(QWidget):
    def __init__(self, ctx: PanelContext | Database, publish: Publish | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx, publish)
        self.db = self.ctx.db
        self._loaded = False
        self._rows: list[CardListRow] = []
        self._current: str | None = None

        self.search = QLineEdit()
        self.search.setObjectName("cardSearch")
        self.search.setPlaceholderText(self.tr("사업명·코드·부서 검색"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("cardList")
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        # a long line is cut with "…" (the item's tooltip has it whole) rather than scroll the list sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_hint = EmptyHint(self.list, self.tr("1·2등급으로 확정된 사업이 여기에 나옵니다. 사업·진단에서 등급을 확정하세요."))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)

        self.editor = CardEditor(lambda sid: CollectionOp(self, lambda db: cards.reveal_stakeholder(db, sid)).run())
        self.save_button = QPushButton(self.tr("저장 (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setEnabled(False)
        self.undo_button = QPushButton(self.tr("되돌리기"))
        self.redo_button = QPushButton(self.tr("다시 실행"))
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("카드 종결…"))
        self.close_button.setObjectName("closeCard")
        self.close_button.setToolTip(self.tr("종결일과 사유를 적어 카드를 종결하거나, 종결된 카드를 다시 엽니다."))
        self.snapshot_button = QPushButton(self.tr("차수 스냅숏 저장"))
        self.snapshot_button.setObjectName("snapshotCard")
        self.snapshot_button.setToolTip(self.tr("카드의 현재 등급·단계·쟁점·전망을 선택한 차수의 이력으로 저장합니다."))
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        # wraps onto two lines in a narrow editor (English at 1024×768) instead of cutting the buttons (#19)
        bar = flow_row(self.close_button, self.snapshot_button, self.status, self.undo_button, self.redo_button,
                       self.save_button)
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(bar)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel(self.tr("왼쪽에서 카드를 고르세요."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(self.tr("갈등관리카드 만들기"))
        self.create_button.setObjectName("createButton")
        self.create_button.hide()
        self.create_button.clicked.connect(self.create_current)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(editor_page)

        left.setMinimumWidth(250)  # the card list stays readable when the editor's labels are long (English)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.save_action = QAction(self.tr("저장"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        undo = self.editor.undo
        self.undo_action = undo.createUndoAction(self, self.tr("되돌리기"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo.createRedoAction(self, self.tr("다시 실행"))
        # both conventions: Ctrl+Y (Windows, HWP) and Ctrl+Shift+Z (most other programs)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close_or_reopen)
        self.snapshot_button.clicked.connect(self.save_snapshot)
        self.undo_button.clicked.connect(undo.undo)
        self.redo_button.clicked.connect(undo.redo)
        undo.canUndoChanged.connect(self.undo_button.setEnabled)
        undo.canRedoChanged.connect(self.redo_button.setEnabled)

        self.search.textChanged.connect(self._fill_list)
        self.list.currentItemChanged.connect(self._on_select)
        self.list.itemActivated.connect(self._open_activated)
        self.editor.dirty_changed.connect(self._on_dirty)

    # --- list -----------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload_list()

    def reload_list(self) -> None:
        self._rows = cards.list_cards(self.db)
        self._loaded = True
        self._fill_list()

    def _fill_list(self) -> None:
        test = query_matcher(self.search.text())  # every word, 초성 (domain/search.py)
        self.list.blockSignals(True)
        self.list.clear()
        shown = 0
        for row in self._rows:
            if test is not None and not test(search_text(row.code, row.name, row.department)):
                continue
            grade = self.tr("{grade}등급").format(grade=row.grade) if row.grade else self.tr("등급 없음")
            stage = domain_label(ConflictStage(row.stage)) if row.stage else (self.tr("카드 없음") if not row.has_card else self.tr("단계 미정"))
            warn = "⚠ " if row.missing and row.grade in (1, 2) else ""
            closed = self.tr(" · 종결") if row.closed else ""
            item = QListWidgetItem(f"{warn}{row.name}\n{grade} · {stage} · {row.department}{closed}")
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            tip = self.tr("{code}\n미비: {0}").format(', '.join(row.missing), code=row.code) if row.missing else row.code
            item.setToolTip(tip)
            if row.closed:
                item.setForeground(QBrush(QColor("#8a8a8a")))
            self.list.addItem(item)
            if row.code == self._current:
                self.list.setCurrentItem(item)
            shown += 1
        self.list.blockSignals(False)
        self.list_hint.set_text(self.tr("검색어에 맞는 카드가 없습니다.") if self._rows else self.tr(
            "1·2등급으로 확정된 사업이 여기에 나옵니다. 사업·진단에서 등급을 확정하세요."))
        key = sum(1 for r in self._rows if r.grade in (1, 2))
        self.count_label.setText(self.tr("{shown} / {0}건 · 중점관리 {key}건").format(len(self._rows), shown=shown, key=key))

    def focus_search(self) -> bool:
        """Ctrl+F on this panel searches the card list (it used to jump to the project table)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def _open_activated(self, _item: QListWidgetItem) -> None:
        """Enter or double-click on a card: into the open card's editor."""
        if self._current is not None and self.right.currentIndex() == 1:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self.editor.focusNextChild()
        elif self.create_button.isVisible():
            self.create_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_code(self, code: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(i)
                return

    def open_project(self, project_id: int) -> None:
        """Open the card of ``project_id`` (from the calendar, the project table…), asking about unsaved edits."""
        from conflictdesk.services.projects import project_code

        self.ensure_loaded()
        code = project_code(self.db, project_id)
        if code is None or code == self._current or not self.confirm_leave():
            return
        self.select_code(code)
        if self._current != code:  # not in the list (filtered out): open it directly
            self.open_card(code)

    def _on_select(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if code == self._current:
            return
        if not self.confirm_leave():
            if previous is not None:
                self.list.blockSignals(True)
                self.list.setCurrentItem(previous)
                self.list.blockSignals(False)
            return
        self.open_card(code)

    def open_card(self, code: str | None) -> None:
        self._current = code
        if code is None:
            self.right.setCurrentIndex(0)
            return
        row = next((r for r in self._rows if r.code == code), None)
        if row is not None and not row.has_card:
            self.empty_label.setText(self.tr("'{name}'에는 아직 갈등관리카드가 없습니다.").format(name=row.name))
            self.create_button.show()
            self.right.setCurrentIndex(0)
            return
        view = QueryOp(self, lambda db: cards.get_card(db, code, today=self.ctx.today())).run()
        if view is None:
            return
        self.editor.load(view)
        self.right.setCurrentIndex(1)
        self.status.setText(self.tr("버전 {version} 열림").format(version=view.version))
        self._update_close_button()

    def create_current(self) -> None:
        code = self._current
        if code is None:
            return
        if CollectionOp(self, lambda db: cards.create_card(db, code, today=self.ctx.today())).run() is not None:
            self.reload_list()
            self.open_card(code)

    # --- save -----------------------------------------------------------------------------------
    def _on_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        view = self.editor.view
        if view is not None:
            self.status.setText(self.tr("저장하지 않은 변경 있음") if dirty else self.tr("버전 {version}").format(
                version=view.version))

    def save(self) -> bool:
        """Save with the version seen at open; on a conflict the user chooses reload or overwrite."""
        view = self.editor.view
        if view is None or self.right.currentIndex() != 1:
            return True
        resolved: list[bool] = []

        def failed(exc: Exception) -> None:
            if isinstance(exc, Conflict):
                resolved.append(self._resolve_conflict())
            else:
                show_error(self, exc)

        result = CollectionOp(self, lambda db: cards.save_card(db, view.project_code, self.editor.form(), view.version)) \
            .failure(failed).run()
        if result is None:
            return bool(resolved and resolved[0])
        self._after_save(result[0].project_code)
        return True

    def _resolve_conflict(self) -> bool:
        view = self.editor.view
        assert view is not None
        theirs = QueryOp(self, lambda db: cards.get_card(db, view.project_code, today=self.ctx.today())).run()
        if theirs is None:
            return False
        choice = ask_conflict(self, differences(view, theirs))
        if choice == "reload":
            self.editor.load(theirs)
            self.status.setText(self.tr("최신 내용(버전 {version})을 다시 불러왔습니다.").format(version=theirs.version))
            return True
        if choice == "overwrite":
            result = CollectionOp(
                self, lambda db: cards.save_card(db, view.project_code, self.editor.form(), theirs.version)).run()
            if result is None:
                return False
            self._after_save(result[0].project_code)
            return True
        return False

    # --- closure and snapshots ----------------------------------------------------------------
    def _update_close_button(self) -> None:
        view = self.editor.view
        self.close_button.setText(self.tr("종결 취소…") if view is not None and view.closed_on else self.tr("카드 종결…"))

    def close_or_reopen(self) -> None:
        """카드 종결 (date + reason) or, for a closed card, 종결 취소; unsaved edits are saved first."""
        view = self.editor.view
        if view is None or self.right.currentIndex() != 1 or (self.editor.is_dirty() and not self.save()):
            return
        view = self.editor.view
        assert view is not None
        if view.closed_on is not None:
            changes = card_actions.reopen(self, self.db, view)
        else:
            dialog = card_actions.CloseCardDialog(self.db, view, self.ctx.today(), self)
            changes = dialog.changes if dialog.exec() else None
        if changes is not None:
            self._after_save(view.project_code)

    def save_snapshot(self) -> None:
        view = self.editor.view
        if view is None or self.right.currentIndex() != 1 or (self.editor.is_dirty() and not self.save()):
            return
        view = self.editor.view
        assert view is not None
        changes = card_actions.snapshot(self, self.db, view, self.status.setText)
        if changes is not None:
            fresh = QueryOp(self, lambda db: cards.get_card(db, view.project_code, today=self.ctx.today())).run()
            if fresh is not None:
                self.editor.load(fresh)

    def _after_save(self, code: str) -> None:
        """Show the stored card (the runner has already published what changed)."""
        view = QueryOp(self, lambda db: cards.get_card(db, code, today=self.ctx.today())).run()
        if view is None:
            return
        self.editor.load(view)
        self._update_close_button()
        self.status.setText(self.tr("저장했습니다 (버전 {version}).").format(version=view.version))
        self.reload_list()

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes before switching cards or closing; False = stay."""
        if not self.editor.is_dirty() or self.editor.view is None:
            return True
        choice = ask_unsaved(self, self.editor.view.project_name)
        if choice == "save":
            return self.save()
        return choice == "discard"

    def can_close(self) -> bool:
        return self.confirm_leave()

    def on_changes(self, changes: Changes) -> None:
        if not self._loaded or not changes.touches("card", "plan", "project", "diagnosis", "round"):
            return
        self.reload_list()
        view = self.editor.view
        if view is not None and not self.editor.is_dirty() and self._current == view.project_code:
            try:
                fresh = cards.get_card(self.db, view.project_code)
            except DomainError:
                return
            if fresh.version != view.version:
                self.editor.load(fresh)
