"""Main window: navigation, project table over the demo city, search, shortcuts, status bar, geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QTableView

from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import PANELS, MainWindow
from conflictdesk.ui.panels.projects import ProjectsPanel


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_db: Database, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_navigation_has_every_section_in_korean(window: MainWindow) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["대시보드", "사업·진단", "갈등관리카드", "정기점검", "조정·협의회", "교육·예산", "보고서", "공론화", "설정"]
    assert len(PANELS) == 9


def test_project_table_shows_the_demo_city(window: MainWindow) -> None:
    panel = window.show_panel("projects")
    assert isinstance(panel, ProjectsPanel)
    table = window.findChild(QTableView, "projectTable")
    assert table.model().rowCount() == 300
    assert panel.round_box.currentText() == "2020-2"
    grades = {table.model().index(r, 5).data() for r in range(300)}
    assert {"1등급", "2등급", "3등급"} <= grades
    assert "사업 300 / 300건" in window.count_label.text()
    assert "demo.sqlite3" in window.file_label.text()


def test_typing_in_search_filters_the_table(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_panel("projects")
    search = window.findChild(QLineEdit, "projectSearch")
    table = window.findChild(QTableView, "projectTable")
    qtbot.keyClicks(search, "2019-0000")
    shown = table.model().rowCount()
    assert 0 < shown < 300
    assert all(table.model().index(r, 0).data().startswith("2019-0000") for r in range(shown))
    search.setText("자원순환과")  # Hangul is set directly: keyClicks with Hangul aborts pytest-qt
    assert all(table.model().index(r, 2).data() == "자원순환과" for r in range(table.model().rowCount()))
    search.clear()
    assert table.model().rowCount() == 300


def test_ctrl_f_focuses_search_and_ctrl_number_switches_panels(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(0)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.panels["projects"]
    assert window.findChild(QLineEdit, "projectSearch").hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.panels["dashboard"]


def test_clicking_a_header_sorts(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_panel("projects")
    table = window.findChild(QTableView, "projectTable")
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    budgets = [table.model().index(r, 3).data() for r in range(5)]
    values = [float(b.replace(",", "")) for b in budgets]
    assert values == sorted(values, reverse=True)


def test_switching_round_reloads_grades(window: MainWindow) -> None:
    panel = window.show_panel("projects")
    assert isinstance(panel, ProjectsPanel)

    def grades_of_2020_projects() -> set[str]:
        return {panel.model.data(panel.model.index(r, 5)) for r in range(panel.model.rowCount())
                if panel.model.row_tuple(r)[1].startswith("2020-")}

    assert grades_of_2020_projects() - {""}  # registered in 2020, graded in 2020-2
    panel.round_box.setCurrentText("2019-2")
    assert panel.model.rowCount() == 300  # every project is listed…
    assert grades_of_2020_projects() == {""}  # …but 2020 projects were not screened in 2019-2


def test_dashboard_counts(window: MainWindow) -> None:
    panel = window.show_panel("dashboard")
    assert "2020-2" in panel.heading.text()
    assert panel.tiles["projects"].value.text() == "300"


def test_geometry_is_remembered(qtbot, demo_db: Database, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.resize(781, 563)
    w.nav.setCurrentRow(3)
    w.close()
    again = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (781, 563)
    assert again.nav.currentRow() == 3


def test_panels_are_built_on_first_view(qtbot, demo_db: Database, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue("ui/last_panel", 0)
    w = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(w)
    assert set(w.panels) == set()  # the first paint needs no panel and no query
    w.finish_startup()
    assert set(w.panels) == {"dashboard", "reviews"}  # the shown panel, and reviews for the reminders
    w.show_panel("settings")
    assert set(w.panels) == {"dashboard", "reviews", "settings"}
    assert w.stack.currentWidget() is w.panels["settings"]


def test_start_paints_first_then_fills_the_table(qtbot, demo_db: Database, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue("ui/last_panel", 1)
    w = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(w)
    panel = w.panels["projects"]
    assert isinstance(panel, ProjectsPanel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 300)


def test_about_names_version_data_file_and_licenses(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk import __version__
    from conflictdesk.ui.about import AboutDialog

    seen = {}

    def fake_exec(dialog: AboutDialog) -> int:
        seen["info"] = dialog.info.toPlainText()
        seen["ofl"] = dialog.ofl.toPlainText()
        return 0

    monkeypatch.setattr(AboutDialog, "exec", fake_exec)
    window.findChild(QAction, "actionAbout").trigger()
    assert __version__ in seen["info"] and "demo.sqlite3" in seen["info"]
    assert "Open Font License" in seen["info"] and "LGPL" in seen["info"] and "백업 폴더" in seen["info"]
    assert "SIL OPEN FONT LICENSE" in seen["ofl"]


def test_open_card_from_elsewhere_switches_to_that_card(window: MainWindow, demo_db: Database) -> None:
    from sqlalchemy import select

    from conflictdesk.store.models import Card, Project

    with demo_db.read() as s:
        pid, code = s.execute(select(Project.id, Project.code).join(Card, Card.project_id == Project.id)
                              .order_by(Project.id.desc()).limit(1)).one()
    window.open_card(pid)
    panel = window.panels["cards"]
    assert window.stack.currentWidget() is panel
    assert panel._current == code


def test_dashboard_charts_wait_until_the_dashboard_is_seen(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                          settings: QSettings) -> None:
    settings.setValue("ui/last_panel", 0)
    w = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.finish_startup()
    dashboard = w.panels["dashboard"]
    w.show_panel("projects")  # moved on before the chart timer fired
    dashboard._charts_if_shown()
    assert dashboard.canvases == []
    w.show_panel("dashboard")
    qtbot.waitUntil(lambda: len(dashboard.canvases) == 2)
