"""The 교육·예산 panel on the demo city: plan a line, book spending with the overrun warning, keyboard access."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import answer_questions
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from conflictdesk.services import budget
from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import PANEL_KEYS, MainWindow
from conflictdesk.ui.panels.programme import ProgrammePanel


@pytest.fixture
def panel(qtbot, demo_db: Database, tmp_path: Path) -> ProgrammePanel:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.finish_startup()
    action = window.findChild(QAction, "actionShow_programme")
    assert action.shortcut() == QKeySequence(f"Ctrl+{PANEL_KEYS.index('programme') + 1}")
    action.trigger()
    found = window.panels["programme"]
    assert isinstance(found, ProgrammePanel) and window.stack.currentWidget() is found
    tab = found.budget
    tab.year.setCurrentIndex(tab.year.findData(2020))
    return found


def _cell(panel: ProgrammePanel, row: int, col: int) -> str:
    item = panel.budget.lines.item(row, col)
    assert item is not None
    return item.text()


def test_shows_the_year_per_line_and_quarter(panel: ProgrammePanel) -> None:
    tab = panel.budget
    assert tab.lines.rowCount() == 5
    assert [_cell(panel, r, 0) for r in range(5)] == ["수당", "교육", "용역", "기타", "합계"]
    assert _cell(panel, 4, 1) == "12,000,000원"
    assert _cell(panel, 1, 5) == "750,000원 / 750,000원"
    assert "예산 12,000,000원" in tab.summary.text()


def test_plan_a_line_through_the_form(qtbot, panel: ProgrammePanel, demo_db: Database,  # type: ignore[no-untyped-def]
                                      errors: list[str]) -> None:
    tab = panel.budget
    tab.lines.setCurrentCell(2, 0)  # 용역
    assert tab.plan_line.currentData() == "용역"
    tab.annual.setValue(2_000_000)
    for box in tab.quarters:
        box.setValue(500_000)
    qtbot.mouseClick(tab.save_plan_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert budget.year_budget(demo_db, 2020).line("용역").plan.annual_won == 2_000_000
    assert _cell(panel, 2, 1) == "2,000,000원" and _cell(panel, 4, 1) == "14,000,000원"


def test_booking_over_a_quarter_warns_and_can_be_cancelled(qtbot, panel: ProgrammePanel,  # type: ignore[no-untyped-def]
                                                           demo_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                           errors: list[str]) -> None:
    from datetime import date

    tab = panel.budget
    tab.spend_line.setCurrentIndex(tab.spend_line.findData("기타"))
    tab.spent_on.set_value(date(2020, 2, 3))
    tab.amount.setValue(200_000)  # 기타 1분기: 120,000 of 250,000 spent
    tab.purpose.setText("회의 자료 인쇄")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.book_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "기타 예산 1분기 계획 250,000원을 70,000원 초과" in asked[0]
    assert budget.year_budget(demo_db, 2020).line("기타").execution.quarter(1).executed_won == 120_000
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.book_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and not errors
    assert budget.year_budget(demo_db, 2020).line("기타").execution.quarter(1).executed_won == 320_000
    assert _cell(panel, 3, 4) == "320,000원 / 250,000원"
    assert tab.amount.value() == 0
    # the new row is in the bookings and can be deleted (after a confirmation)
    row = next(r for r in range(tab.bookings.rowCount()) if tab.bookings.item(r, 4).text() == "회의 자료 인쇄")
    tab.bookings.selectRow(row)
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert budget.year_budget(demo_db, 2020).line("기타").execution.quarter(1).executed_won == 120_000


def test_a_bad_line_setting_is_refused_with_a_message(qtbot, panel: ProgrammePanel,  # type: ignore[no-untyped-def]
                                                      demo_db: Database, errors: list[str]) -> None:
    tab = panel.budget
    tab.line_names.setText("수당, 용역")
    qtbot.mouseClick(tab.save_names_button, Qt.MouseButton.LeftButton)
    assert errors and "교육" in errors[0]
    tab.line_names.setText("수당, 교육, 용역, 기타, 홍보")
    qtbot.mouseClick(tab.save_names_button, Qt.MouseButton.LeftButton)
    assert tab.plan_line.findData("홍보") >= 0
    assert [line.line for line in budget.year_budget(demo_db, 2020).lines][-1] == "홍보"
