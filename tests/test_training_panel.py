"""The 교육 tab of 교육·예산: add a course through the dialog (cost warning), targets, departments to train."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from conflictdesk.services import budget, training
from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.programme import ProgrammePanel
from conflictdesk.ui.panels.programme_training import TrainingDialog, TrainingTab


@pytest.fixture
def tab(qtbot, demo_db: Database, tmp_path: Path) -> TrainingTab:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    panel = window.show_panel("programme")
    assert isinstance(panel, ProgrammePanel)
    panel.tabs.setCurrentWidget(panel.training)
    found = panel.training
    found.year.setCurrentIndex(found.year.findData(2020))
    return found


def test_shows_courses_targets_and_departments_to_train(tab: TrainingTab) -> None:
    assert tab.sessions.rowCount() == 4
    assert "3회 실시" in tab.tour_label.text() and tab.tour_bar.value() == 3
    assert "3곳 방문" in tab.district_label.text()
    assert "중구" in tab.remaining.text() and "부평구" not in tab.remaining.text()
    assert tab.flags.rowCount() > 0


def test_add_a_tour_through_the_dialog(qtbot, tab: TrainingTab, demo_db: Database,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch, errors: list[str]) -> None:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TrainingDialog) and w.isVisible())
        try:
            enter(dialog)
        finally:
            if dialog.isVisible():  # a failed step must not leave the modal dialog waiting forever
                dialog.reject()

    def enter(dialog: TrainingDialog) -> None:
        dialog.held_on.set_value(date(2020, 12, 1))
        dialog.kind.setCurrentIndex(dialog.kind.findData("district"))
        dialog.title.setText("찾아가는 갈등관리 교육")
        dialog.district.setCurrentIndex(dialog.district.findData("연수구"))
        dialog.hours.setValue(2)
        dialog.cost.setValue(600_000)  # 교육 4분기: 250,000 of 750,000 spent
        dialog.department.setCurrentIndex(0)
        dialog.count.setValue(5)
        dialog.names.setText("홍길동")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.attendance.rowCount() == 1
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert len(asked) == 1 and "교육 예산 4분기 계획 750,000원을 100,000원 초과" in asked[0]
    assert tab.sessions.rowCount() == 5
    assert "4곳 방문" in tab.district_label.text() and "연수구" not in tab.remaining.text()
    assert budget.year_budget(demo_db, 2020).line("교육").execution.quarter(4).executed_won == 850_000
    added = [t for t in training.overview(demo_db, 2020).sessions if t.district == "연수구"]
    assert added and added[0].attendances[0].count == 5 and added[0].attendances[0].names == "홍*동"


def test_targets_setting_is_saved_and_a_bad_one_refused(qtbot, tab: TrainingTab,  # type: ignore[no-untyped-def]
                                                        demo_db: Database, errors: list[str]) -> None:
    tab.tours_goal.setValue(4)
    qtbot.mouseClick(tab.save_targets_button, Qt.MouseButton.LeftButton)
    assert not errors and training.overview(demo_db, 2020).targets.tours_per_year == 4
    assert "연 4회: 3회 실시" in tab.tour_label.text()
    tab.district_names.setText(" , ")
    qtbot.mouseClick(tab.save_targets_button, Qt.MouseButton.LeftButton)
    assert errors and "군·구 목록" in errors[0]
    assert len(training.overview(demo_db, 2020).targets.districts) == 10


def test_booking_tabs_share_the_year_picker_and_the_form_tabs_in_row_order(
        qtbot, tab: TrainingTab, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.panels.booking import BookingForm, YearCombo, YearTab
    from conflictdesk.ui.panels.mediation_allowances import AllowancesTab

    allowances_tab = AllowancesTab(demo_db)
    qtbot.addWidget(allowances_tab)
    allowances_tab.reload()
    budget_tab = tab.parent().parent().parent().budget  # the 교육·예산 panel's 예산 tab (QStackedWidget, QTabWidget)
    for year_tab in (tab, budget_tab, allowances_tab):
        assert isinstance(year_tab, YearTab) and isinstance(year_tab.year, YearCombo)
        assert year_tab.selected_year() == 2020 if year_tab is tab else year_tab.selected_year() is not None
    form = allowances_tab.form
    assert isinstance(form, BookingForm) and isinstance(budget_tab.form, BookingForm)
    # a row inserted by the tab (the 예산 tab's 항목) stands in the Tab order where it stands on screen
    panel = tab.parent().parent().parent()
    panel.tabs.setCurrentWidget(budget_tab)
    budget_form = budget_tab.form
    order = [budget_form.on, budget_tab.spend_line, budget_form.amount, budget_form.purpose, budget_form.button]
    budget_form.on.setFocus()
    reached = []
    for _ in range(len(order) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        reached.append(next((w for w in order if w is focused or w.isAncestorOf(focused)), focused))
    assert reached == order[1:]


def test_edit_then_delete_a_course(qtbot, tab: TrainingTab, demo_db: Database,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch, errors: list[str]) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    first = training.overview(demo_db, 2020).sessions[0]
    tab.sessions.selectRow(0)
    assert tab.sessions.current_id() == first.id

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TrainingDialog) and w.isVisible())
        try:
            assert dialog.title.text() == first.title and dialog.cost.value() == first.cost_won
            dialog.place.setText("부평구청 대회의실")
            save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert training.get_session(demo_db, first.id).place == "부평구청 대회의실"
    before = budget.year_budget(demo_db, 2020).line("교육").execution.executed_won
    tab.sessions.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.sessions.rowCount() == 3
    assert budget.year_budget(demo_db, 2020).line("교육").execution.executed_won == before - first.cost_won
