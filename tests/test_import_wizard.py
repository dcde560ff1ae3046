"""GUI: the import wizard from the 파일 menu, driven to the end; problems highlighted in the preview."""

from __future__ import annotations

from pathlib import Path

from importing_helpers import filled_template, row
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from conflictdesk.store.engine import Database
from conflictdesk.store.models import Diagnosis, Project, Round
from conflictdesk.ui.import_wizard import PROBLEM_BRUSH, ImportWizard
from conflictdesk.ui.main_window import MainWindow


def _window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    w = MainWindow(db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def test_wizard_imports_and_refreshes_the_project_table(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = filled_template(tmp_path / "list.xlsx", [row("신규 소각장 건립", "자원순환과", budget=5000),
                                                    row("고친 이름", code="2019-000001")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    w = _window(qtbot, demo_db, tmp_path)
    panel = w.show_panel("projects")
    before = panel.model.rowCount()  # type: ignore[attr-defined]
    wizard = w.open_import()
    assert isinstance(wizard, ImportWizard)
    wizard.choose.findChild(type(wizard.button(QWizard.WizardButton.NextButton)), "browseButton").click()
    assert wizard.choose.path_edit.text() == str(path)
    combo = wizard.choose.round_combo
    combo.setCurrentIndex(combo.findData("2021-1") if combo.findData("2021-1") >= 0 else 1)
    wizard.next()
    qtbot.waitUntil(wizard.preview.isComplete, timeout=10000)
    assert wizard.preview.model.rowCount() == 2
    assert "추가 1건" in wizard.preview.summary.text() and "수정 1건" in wizard.preview.summary.text()
    wizard.next()
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=10000)
    assert "가져왔습니다" in wizard.result_page.label.text()
    qtbot.waitUntil(lambda: panel.model.rowCount() == before + 1, timeout=5000)  # type: ignore[attr-defined]
    with demo_db.read() as s:
        assert s.scalar(select(Project.name).where(Project.code == "2019-000001")) == "고친 이름"
        rnd = s.scalar(select(Round).order_by(Round.year.desc(), Round.half.desc()).limit(1))
        assert rnd is not None
        assert (s.scalar(select(func.count(Diagnosis.id)).where(Diagnosis.round_id == rnd.id)) or 0) >= 2
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_highlights_problems_and_refuses_to_import(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = filled_template(tmp_path / "bad.xlsx", [row(), row("", budget="사십억")])
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.choose.isComplete()
    wizard.choose.path_edit.setText(str(path))
    assert wizard.choose.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview.loading, timeout=10000)
    model = wizard.preview.model
    assert not wizard.preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert wizard.preview.problem_list.count() == 2
    name_cell = model.index(1, 1)
    assert model.data(name_cell, Qt.ItemDataRole.BackgroundRole) == PROBLEM_BRUSH
    assert "필수" in model.data(name_cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(1, Qt.Orientation.Vertical) == "3"
    wizard.preview.problem_list.setCurrentRow(1)
    assert wizard.preview.table.currentIndex().column() == 6
    with db.read() as s:
        assert s.scalar(select(func.count(Project.id))) == 0


def test_wizard_shows_a_bad_file_in_place(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path_edit.setText(str(junk))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview.loading, timeout=10000)
    assert "junk.xlsx" in wizard.preview.summary.text() and not wizard.preview.isComplete()


def test_menu_saves_the_template(qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "서식"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w = _window(qtbot, db, tmp_path)
    action = w.findChild(type(w.menuBar().actions()[0]), "actionTemplate")
    assert action is not None and w.findChild(type(action), "actionImport").shortcut().toString() == "Ctrl+I"
    action.trigger()
    assert (tmp_path / "서식.xlsx").exists()
    assert "저장했습니다" in w.statusBar().currentMessage()


def test_wizard_offers_any_round_defaulting_to_the_one_selected(qtbot: QtBot, demo_db: Database,
                                                                tmp_path: Path) -> None:
    """#19 item 3: past, open and new rounds are offered; the default is the round chosen in 사업·진단."""
    w = _window(qtbot, demo_db, tmp_path)
    panel = w.show_panel("projects")
    panel.round_box.setCurrentText("2019-2")  # type: ignore[attr-defined]
    wizard = w.open_import()
    assert isinstance(wizard, ImportWizard)
    combo = wizard.choose.round_combo
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert combo.currentData() == "2019-2"
    assert {"2019-2", "2020-1", "2020-2", "2021-1", "2019-1"} <= set(codes)  # open ones, the next, the one before
    combo.setEditText("2018-2")  # any other round can be typed
    assert wizard.choose.round_code() == "2018-2"
    combo.setEditText("2018-3")
    assert not wizard.choose.isComplete()
    wizard.close()


def test_preview_shows_what_was_understood(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = filled_template(tmp_path / "units.xlsx", [row("작은 사업", budget="12.5", tia="Y"),
                                                     row("큰 사업", budget="45억", tia="N")])
    wizard = ImportWizard(db, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(wizard.preview.isComplete, timeout=10000)
    model = wizard.preview.model
    cells = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(2)]
    assert "12.5  →  12.5백만원 (1,250만원)" in cells[0] and "Y  →  ✓" in cells[0]
    assert "45억  →  4,500백만원 (45억원)" in cells[1] and "N  →  –" in cells[1]


def test_dropping_a_spreadsheet_opens_the_wizard_with_it(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = filled_template(tmp_path / "dropped.xlsx", [row()])
    w = _window(qtbot, db, tmp_path)
    opened: list[object] = []
    real = w.open_import
    w.open_import = lambda p=None: opened.append(real(p)) or opened[-1]  # type: ignore[method-assign]
    for name, accepted in (("notes.txt", False), ("dropped.xlsx", True)):
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        w.dropEvent(event)
        assert event.isAccepted() is accepted
    assert len(opened) == 1 and isinstance(opened[0], ImportWizard)
    assert opened[0].choose.path_edit.text() == str(path) and opened[0].choose.isComplete()
    opened[0].close()
