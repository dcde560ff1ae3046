"""The 공론화 추진 tab on the demo city: the 2020 process, a 권역 gap made and closed, spending over the plan with the
overrun question, a recommendation's answer refused without a reason then tracked to an overdue reminder, a new
process started — all through the panel's widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import answer_questions
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from conflictdesk.domain.deliberation import Decision
from conflictdesk.domain.deliberation_process import Phase
from conflictdesk.services import deliberation
from conflictdesk.services import deliberation_process as process
from conflictdesk.services.reminder_dtos import RECOMMENDATION
from conflictdesk.services.reminders import due_soon
from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.deliberation import DeliberationPanel
from conflictdesk.ui.panels.deliberation_process import ProcessTab

TODAY = date(2026, 12, 3)
WASTE = "친환경 폐기물관리정책 전환과 자체매립지 조성"


@pytest.fixture
def tab(qtbot, demo_db: Database, tmp_path: Path, fixed_today) -> ProcessTab:  # type: ignore[no-untyped-def]
    fixed_today(TODAY)
    w = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.finish_startup()
    w.findChild(QAction, "actionShow_deliberation").trigger()
    panel = w.panels["deliberation"]
    assert isinstance(panel, DeliberationPanel)
    # the tab is reached by its mnemonic (Alt+J, 추진 chujin; Alt+O is the draw tab's 인구 비례) like the register
    # (Alt+A) and the draw (Alt+P)
    index = panel.tabs.indexOf(panel.process)
    assert "(&J)" in panel.tabs.tabText(index)
    qtbot.keyClick(panel.tabs, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    if panel.tabs.currentWidget() is not panel.process:  # offscreen platforms may not route the mnemonic
        panel.tabs.setCurrentWidget(panel.process)
    return panel.process


def _column(table, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _row(table, col: int, text: str) -> int:  # type: ignore[no-untyped-def]
    return _column(table, col).index(text)


def test_the_demo_process_shows_phases_attendance_budget_and_answers(tab: ProcessTab) -> None:
    assert WASTE in tab.item.currentText()
    assert "2020년" in tab.summary.text() and "참석 2,126명" in tab.summary.text()
    assert "모든 권역(5개)" in tab.gaps.text()
    assert tab.phase_table.rowCount() == 7
    regional = _row(tab.phase_table, 0, "권역별 공론장")
    assert tab.phase_table.item(regional, 3).text() == "275" and tab.phase_table.item(regional, 4).text() == "5"
    assert _column(tab.event_table, 1).count("") == 6 and len(_column(tab.event_table, 1)) == 11
    q4 = tab.quarter_table
    assert [q4.item(3, c).text() for c in range(4)] == ["4분기", "76,000,000원", "52,000,000원", "24,000,000원"]
    assert _column(tab.recommendation_table, 2) == ["수용", "수용", "수용", "일부 수용", "불수용"]


def test_a_missing_region_is_a_gap_until_its_forum_is_planned(tab: ProcessTab, qtbot,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.sections.setCurrentIndex(0)
    tab.event_table.selectRow(_row(tab.event_table, 1, "강화·옹진권"))
    qtbot.mouseClick(tab.delete_event_button, Qt.MouseButton.LeftButton)
    assert "빈칸: 강화·옹진권" in tab.gaps.text()

    qtbot.mouseClick(tab.new_event_button, Qt.MouseButton.LeftButton)
    tab.event_phase.setCurrentIndex(tab.event_phase.findData(Phase.REGIONAL.value))
    assert tab.event_region.isEnabled()
    tab.event_region.setCurrentIndex(tab.event_region.findData("강화·옹진권"))
    tab.event_planned.set_value(date(2027, 3, 20))
    tab.event_place.setText("강화군청 대회의실")
    qtbot.mouseClick(tab.save_event_button, Qt.MouseButton.LeftButton)
    assert "모든 권역" in tab.gaps.text()
    row = tab.event_table.currentRow()
    assert tab.event_table.item(row, 1).text() == "강화·옹진권" and tab.event_table.item(row, 3).text() == "2027. 3. 20."


def test_spending_over_the_plan_asks_first(tab: ProcessTab, qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    tab.sections.setCurrentIndex(1)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    tab.form.on.set_value(date(2020, 12, 1))
    tab.form.amount.setValue(30_000_000)
    tab.form.purpose.setText("권고안 이행 시민 모니터링")
    qtbot.mouseClick(tab.form.button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "공론화 예산" in asked[0] and "4분기 계획" in asked[0]
    assert tab.spending_table.rowCount() == 2  # "no": nothing booked
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.form.button, Qt.MouseButton.LeftButton)
    assert tab.spending_table.rowCount() == 3 and tab.form.amount.value() == 0
    assert tab.quarter_table.item(3, 3).text() == "-6,000,000원"  # Q4 overspent, shown as such


def test_answers_need_reasons_and_late_recommendations_reach_the_reminders(
        tab: ProcessTab, qtbot, demo_db: Database, errors: list[str]) -> None:  # type: ignore[no-untyped-def]
    tab.sections.setCurrentIndex(2)
    qtbot.mouseClick(tab.new_rec_button, Qt.MouseButton.LeftButton)
    tab.rec_text.setPlainText("권고안 이행 시민 모니터링단을 운영한다")
    tab.rec_answer.setCurrentIndex(tab.rec_answer.findData("partial"))
    tab.rec_owner.setText("갈등관리팀")
    tab.rec_due.set_value(date(2026, 11, 30))
    tab.rec_status.setCurrentIndex(tab.rec_status.findData("in_progress"))
    qtbot.mouseClick(tab.save_rec_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "사유" in errors[0]
    assert tab.recommendation_table.rowCount() == 5
    tab.rec_reason.setText("모니터링단은 기존 시민참여단으로 갈음")
    qtbot.mouseClick(tab.save_rec_button, Qt.MouseButton.LeftButton)
    assert tab.recommendation_table.rowCount() == 6
    row = tab.recommendation_table.currentRow()
    assert tab.recommendation_table.item(row, 6).text() == "지연" and "지연 1건" in tab.summary.text()
    late = [i for i in due_soon(demo_db, TODAY).items if i.entry.kind == RECOMMENDATION]
    assert [(i.entry.title, i.overdue) for i in late] == [("권고 6. 권고안 이행 시민 모니터링단을 운영한다", True)]
    # the 정기점검 panel lists it among the overdue and its calendar paints and lists the day
    window = tab.window()
    assert isinstance(window, MainWindow)
    reviews = window.show_panel("reviews")
    table = reviews.reminder_table  # type: ignore[attr-defined]
    rows = [r for r in range(table.rowCount()) if table.item(r, 4).text().startswith("권고 6.")]
    assert len(rows) == 1 and table.item(rows[0], 0).text() == "3일 지연" and table.item(rows[0], 2).text() == "공론화 권고"
    table.selectRow(rows[0])
    table.doubleClicked.emit(table.currentIndex())  # opens the process, not a card
    assert window.stack.currentWidget() is window.panels["deliberation"]
    assert window.panels["deliberation"].tabs.currentWidget() is tab  # type: ignore[attr-defined]
    assert WASTE in tab.item.currentText()
    window.show_panel("reviews")
    reviews.show_calendar(date(2026, 11, 30))  # type: ignore[attr-defined]
    calendar = reviews.calendar  # type: ignore[attr-defined]
    calendar.grab()  # paints the month with the recommendation's mark
    assert any(calendar.day_list.item(n).text().startswith("[공론화 권고] 권고 6.")
               for n in range(calendar.day_list.count()))


def test_a_new_process_starts_for_an_item_decided_go(tab: ProcessTab, qtbot,  # type: ignore[no-untyped-def]
                                                    demo_db: Database) -> None:
    item = next(i for i in deliberation.agenda(demo_db, TODAY) if i.title == "도심 군부대 이전 부지 활용 방안")
    deliberation.record_decision(demo_db, item.id, Decision.GO, date(2026, 11, 20), "시민 의견 수렴 필요")
    tab.reload()
    tab.item.setCurrentIndex(tab.item.findData(item.id))
    assert tab.start_button.isEnabled() and not tab.sections.isEnabled() and "중부권" in tab.summary.text()
    tab.start_year.setValue(2027)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.sections.isEnabled() and not tab.start_button.isEnabled()
    assert tab.event_table.rowCount() == 6 + 5 and "빈칸: 중부권, 남부권, 북부권, 서부권, 강화·옹진권" in tab.gaps.text()
    view = process.process_view(demo_db, item.id, TODAY)
    assert view is not None and view.year == 2027
