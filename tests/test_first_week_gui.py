"""The officer's first week (#19): the diagnosis form keeps pace (grades in view, save confirmed in place)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from conflictdesk.domain.enums import GradeKind
from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import PANEL_KEYS, MainWindow
from conflictdesk.ui.panels.projects import TAB_PROJECTS, ProjectsPanel


def _projects(demo_window: MainWindow) -> ProjectsPanel:
    panel = demo_window.show_panel("projects")
    assert isinstance(panel, ProjectsPanel)
    panel.tabs.setCurrentIndex(TAB_PROJECTS)
    return panel


def test_grades_and_save_are_in_view_at_1366x768(demo_window: MainWindow) -> None:
    panel = _projects(demo_window)
    panel.table.selectRow(2)
    for widget in (panel.form.grade_boxes[GradeKind.SELF], panel.form.grade_boxes[GradeKind.CONFIRMED],
                   panel.form.suggestion_label, panel.form.save_button):
        corner = widget.mapTo(demo_window, QPoint(widget.width(), widget.height()))
        assert widget.isVisible() and demo_window.rect().contains(corner), widget.objectName()


def test_no_override_prompt_before_a_project_is_chosen(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.panels.diagnosis_form import DiagnosisFormWidget

    form = DiagnosisFormWidget(demo_db)
    qtbot.addWidget(form)
    form.show()
    assert not form.override_label.isVisible() and not form.footer.isEnabled()


def test_save_is_confirmed_in_place(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _projects(demo_window)
    panel.table.selectRow(1)
    form = panel.form
    form.owner_buttons.button(2).setChecked(True)
    assert "저장하지 않은 변경" in form.status_label.text()
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: pytest.fail("no dialog on a plain save"))
    form.save_action.trigger()
    assert "저장했습니다 ·" in form.status_label.text() and not form.dirty


def test_audit_log_speaks_korean(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    """#19 item 2: no `Diagnosis`, `TrainingSession` or `demo` in the Korean audit log."""
    from conflictdesk.ui.audit_dialog import AuditDialog

    dialog = AuditDialog(demo_db)
    qtbot.addWidget(dialog)
    model = dialog.model
    shown = {model.data(model.index(r, c)) for r in range(model.rowCount()) for c in (3, 4)}
    assert shown and not shown & {"Diagnosis", "TrainingSession", "demo", "database", "create"}
    assert "데모 데이터 생성" in shown
    entities = [dialog.entity.itemText(i) for i in range(dialog.entity.count())]
    assert "TrainingSession" not in entities and "교육" in entities
    dialog.entity.setCurrentIndex(entities.index("교육"))
    dialog.reload()
    assert model.rowCount() > 0 and {model.data(model.index(r, 4)) for r in range(model.rowCount())} == {"교육"}


def test_guided_start_on_an_empty_file(qtbot, db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """#19 item 6: an empty file opens on what to do first; each step is one click; the demo fills the table."""
    from PySide6.QtWidgets import QPushButton

    w = MainWindow(db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    panel = _projects(w)
    assert panel.welcome.isVisible() and panel.table_hint.label.isVisible()
    assert "가져오기" in panel.table_hint.label.text()
    assert not panel.form.override_label.isVisible() and not panel.form.carry_group.isVisible()
    opened: list[str] = []
    monkeypatch.setattr(w, "open_import", lambda: opened.append("import"))
    monkeypatch.setattr(w, "save_template", lambda: opened.append("template"))
    for key in ("template", "import"):
        qtbot.mouseClick(panel.welcome.findChild(QPushButton, f"welcome_{key}"), Qt.MouseButton.LeftButton)
    assert opened == ["template", "import"]
    qtbot.mouseClick(panel.welcome.findChild(QPushButton, "welcome_settings"), Qt.MouseButton.LeftButton)
    assert w.nav.currentRow() == PANEL_KEYS.index("settings")
    panel = _projects(w)
    qtbot.mouseClick(panel.welcome.findChild(QPushButton, "welcome_demo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.total_count() > 0, timeout=120_000)
    assert not panel.welcome.isVisible() and not panel.table_hint.label.isVisible()
    panel.search.setText("없는사업이름")
    assert panel.table_hint.label.isVisible() and "검색어" in panel.table_hint.label.text()


def test_first_window_fits_the_screen(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    room = w.screen().availableGeometry()
    assert w.width() <= max(room.width(), w.minimumWidth()) and w.height() <= max(room.height(), w.minimumHeight())


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_project_names_and_card_types_are_never_squeezed(demo_window: MainWindow, size: tuple[int, int]) -> None:
    """#19 item 8: at 1024×768 the 사업명 column keeps a readable width (the table scrolls), card types wrap."""
    from PySide6.QtWidgets import QCheckBox

    from conflictdesk.ui.panels.cards import CardsPanel

    demo_window.resize(*size)
    panel = _projects(demo_window)
    QApplication.processEvents()
    assert panel.table.columnWidth(1) >= 200
    cards = demo_window.show_panel("cards")
    assert isinstance(cards, CardsPanel)
    cards.list.setCurrentRow(0)
    QApplication.processEvents()
    for box in cards.editor.overview.findChildren(QCheckBox):
        if box.objectName().startswith("type_"):
            assert box.width() >= box.minimumSizeHint().width(), box.text()
