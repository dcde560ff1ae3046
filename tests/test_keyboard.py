"""Keyboard all the way (#19 item 4): Tab leaves the project table, Enter opens, Ctrl+F per panel, redo keys,
the 단축키 page, and a Tab walk through every panel that never gets stuck and reaches every input."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import PANEL_KEYS, MainWindow
from conflictdesk.ui.panels.cards import CardsPanel
from conflictdesk.ui.panels.projects import TAB_PROJECTS, ProjectsPanel


def _projects(demo_window: MainWindow) -> ProjectsPanel:
    panel = demo_window.show_panel("projects")
    assert isinstance(panel, ProjectsPanel)
    panel.tabs.setCurrentIndex(TAB_PROJECTS)
    return panel


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_tab_leaves_the_project_table_without_loading_another_project(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = _projects(demo_window)
    panel.table.setFocus()
    panel.table.selectRow(3)
    code = panel.model.row_tuple(3)[1]
    assert panel.form.form is not None and panel.form.form.project_code == code
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert _focused() is not panel.table
    assert panel.form.form.project_code == code  # Tab did not load the next project
    for _ in range(12):  # the 갈등진단표 is reachable by keyboard
        if panel.form.isAncestorOf(_focused()):
            break
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert panel.form.isAncestorOf(_focused())


def test_enter_on_a_project_opens_its_form(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = _projects(demo_window)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(5, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.form.form is not None and panel.form.form.project_code == panel.model.row_tuple(5)[1]
    assert panel.form.isAncestorOf(_focused())


def test_cancel_on_unsaved_changes_keeps_table_and_form_in_step(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _projects(demo_window)
    panel.table.selectRow(0)
    first = panel.model.row_tuple(0)[1]
    panel.form.dirty = True
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    panel.table.selectRow(4)
    assert panel.form.form is not None and panel.form.form.project_code == first
    selected = panel.table.selectionModel().selectedRows()
    assert [panel.model.row_tuple(i.row())[1] for i in selected] == [first]


def test_ctrl_f_searches_the_panel_on_screen(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    cards = demo_window.show_panel("cards")
    assert isinstance(cards, CardsPanel)
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is cards.search and demo_window.nav.currentRow() == PANEL_KEYS.index("cards")
    demo_window.show_panel("dashboard")
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(_focused(), QLineEdit) and _focused().objectName() == "projectSearch"


def test_card_search_uses_the_search_rule(demo_window: MainWindow) -> None:
    cards = demo_window.show_panel("cards")
    assert isinstance(cards, CardsPanel)
    first = cards._rows[0]
    words = first.name.split()
    cards.search.setText(f"{words[-1]} {words[0]}")  # two words, either order
    shown = [cards.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(cards.list.count())]
    assert first.code in shown


def test_redo_has_both_keys_and_a_shortcut_page(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    cards = demo_window.show_panel("cards")
    assert isinstance(cards, CardsPanel)
    assert set(cards.redo_action.shortcuts()) == {QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")}
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    action = demo_window.findChild(type(cards.redo_action), "actionShortcuts")
    assert action is not None and action.shortcut() == QKeySequence("Ctrl+F1")
    action.trigger()
    table = shown[0].findChild(QWidget, "shortcutTable")
    texts = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert {"Ctrl+F", "Ctrl+Y, Ctrl+Shift+Z", "Enter", "Tab, Shift+Tab"} <= texts


def _inputs(panel: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QAbstractButton)
    found = []
    for w in panel.findChildren(QWidget):
        if (isinstance(w, kinds) and w.isVisibleTo(panel) and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
                and not isinstance(w.parent(), QComboBox)):
            found.append(w)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("key", PANEL_KEYS)
def test_tab_walks_every_panel(demo_window: MainWindow, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    """Tab from the navigation visits the panel's inputs one after another and is never trapped in one widget."""
    panel = demo_window.show_panel(key)
    demo_window.nav.setFocus()
    seen: list[QWidget] = []
    for _ in range(150):
        before = _focused()
        assert before is not None
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = _focused()
        assert now is not None
        if now is demo_window.nav:
            break
        if now in seen[-1:]:
            pytest.fail(f"Tab is trapped in {now.objectName() or type(now).__name__} on {key}")
        seen.append(now)
    reached = {w for w in seen if panel.isAncestorOf(w)}
    missing = [w.objectName() or type(w).__name__ for w in _inputs(panel) if w not in reached
               and not any(w.isAncestorOf(r) or r.isAncestorOf(w) for r in reached)]
    assert reached or not _inputs(panel), f"Tab never enters the {key} panel"
    assert not missing, f"{key}: unreachable by Tab: {missing}"


def test_help_opens_the_bundled_user_guide(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """#19 item 12: 도움말 → 사용자 안내 (F1) shows the guide inside the program, pictures included, no network."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QTextBrowser

    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    action = demo_window.findChild(QAction, "actionGuide")
    assert action is not None and action.shortcut() == QKeySequence("F1")
    action.trigger()
    browser = shown[0].findChild(QTextBrowser, "userGuide")
    text = browser.toPlainText()
    assert "처음 시작하기" in text and "사용자 안내" in text
    from conflictdesk.resources import USER_GUIDE, resource_path

    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", resource_path(*USER_GUIDE).read_text(encoding="utf-8"))
    assert len(images) >= 5
    for name in images:
        loaded = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert loaded is not None, name
        if hasattr(loaded, "isNull"):
            assert not loaded.isNull(), name


def _walk(dialog: QWidget, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Tab through ``dialog`` from its first input until focus comes back round; fails when Tab is trapped."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    if _focused() is None:
        dialog.focusNextChild()
    seen: list[QWidget] = []
    for _ in range(120):
        now = _focused()
        assert now is not None and dialog.isAncestorOf(now) or now is dialog
        if now in seen:
            break
        seen.append(now)
        qtbot.keyClick(now, Qt.Key.Key_Tab)
        if _focused() is now:
            pytest.fail(f"Tab is trapped in {now.objectName() or type(now).__name__}")
    return seen


def test_tab_walks_the_main_dialogs(qtbot, demo_db: Database, fixed_today) -> None:  # type: ignore[no-untyped-def]
    """#19 item 4: in every main dialog Tab reaches every input in turn and never gets stuck in a table."""
    from datetime import date

    from conflictdesk.services.reviews import list_reviews
    from conflictdesk.ui.import_wizard import ImportWizard
    from conflictdesk.ui.review_form import ReviewFormDialog
    from conflictdesk.ui.review_rule_dialog import ReviewRuleDialog
    from conflictdesk.ui.shortcuts import ShortcutsDialog

    fixed_today(date(2020, 8, 3))
    review_id = next(r.review_id for r in list_reviews(demo_db, date(2020, 8, 3), "2020-2") if r.done is None)
    dialogs: list[QWidget] = [ReviewFormDialog(demo_db, review_id, date(2020, 8, 3), "이주무관"),
                              ReviewRuleDialog(demo_db, "2020-2", date(2020, 8, 3)), ImportWizard(demo_db), ShortcutsDialog()]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        seen = _walk(dialog, qtbot)
        missing = [w.objectName() or type(w).__name__ for w in _inputs(dialog) if w not in seen
                   and not any(w.isAncestorOf(r) or r.isAncestorOf(w) for r in seen)]
        assert not missing, f"{type(dialog).__name__}: unreachable by Tab: {missing}"
        dialog.close()


def test_reviewer_is_the_officers_name_not_the_login(demo_window: MainWindow, demo_db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """#19 item 6: the review form's reviewer comes from 설정's name; without one it stays empty (never "root")."""
    from conflictdesk.services import settings as service
    from conflictdesk.ui.panels.reviews import ReviewsPanel
    from conflictdesk.ui.review_form import ReviewFormDialog

    panel = demo_window.show_panel("reviews")
    assert isinstance(panel, ReviewsPanel)
    seen: list[str] = []
    monkeypatch.setattr(ReviewFormDialog, "exec", lambda self: seen.append(self.reviewer.text()) or 0)
    review_id = next(r.review_id for r in panel.rows if r.done is None)
    panel.open_review(review_id)
    rules, checklist, days, _name = service.load_all(demo_db)
    service.save_all(demo_db, rules, checklist, days, "김갈등")
    panel.open_review(review_id)
    assert seen == ["", "김갈등"]  # never the login name
