"""GUI of the reviews: reminders panel and status bar on the demo city, review form, rule dialog, calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from conflictdesk.domain.enums import ConflictStage
from conflictdesk.services.reminders import due_soon, overdue_project_ids
from conflictdesk.services.review_record import load_review_form, save_review
from conflictdesk.services.reviews import list_reviews, review_settings
from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.projects import ProjectsPanel
from conflictdesk.ui.panels.reviews import ReviewsPanel
from conflictdesk.ui.review_form import ReviewFormDialog
from conflictdesk.ui.review_rule_dialog import ReviewRuleDialog

AS_OF = date(2020, 8, 3)


@pytest.fixture(autouse=True)
def _fixed_today(fixed_today) -> None:  # type: ignore[no-untyped-def]
    fixed_today(AS_OF)


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _open_review_id(db: Database) -> int:
    return next(r.review_id for r in list_reviews(db, AS_OF, "2020-2") if r.done is None)


def test_reminders_on_start_are_in_the_status_bar_not_a_dialog(window: MainWindow, demo_db: Database,
                                                               qtbot) -> None:  # type: ignore[no-untyped-def]
    expected = due_soon(demo_db, AS_OF, 14)
    assert expected.overdue_count >= 5
    assert window.reminder_button.text() == (
        f"점검 기한 임박 {expected.due_soon_count}건 · 지연 {expected.overdue_count}건")
    assert QApplication.activeModalWidget() is None
    window.show_panel("dashboard")
    qtbot.mouseClick(window.reminder_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.panels["reviews"]
    dashboard = window.panels["dashboard"]
    assert dashboard.tiles["overdue"].value.text() == str(expected.overdue_count)  # type: ignore[attr-defined]


def test_reviews_panel_lists_reminders_and_round_reviews(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    panel = ReviewsPanel(demo_db)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.reminders_changed) as blocker:
        panel.ensure_loaded()
    found = due_soon(demo_db, AS_OF, 14)
    assert blocker.args == [found.due_soon_count, found.overdue_count]
    assert panel.reminder_table.rowCount() == len(found.items)
    assert panel.reminder_table.item(0, 0).text().endswith("일 지연")
    assert f"지연 {found.overdue_count}건" in panel.summary.text()
    assert panel.round_box.currentText() == "2020-2"
    statuses = [panel.review_table.item(r, 7).text() for r in range(panel.review_table.rowCount())]
    assert statuses and set(statuses) <= {"지연", "완료"} and "지연" in statuses


def test_review_form_fill_and_save(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    review_id = _open_review_id(demo_db)
    dialog = ReviewFormDialog(demo_db, review_id, AS_OF, "")
    qtbot.addWidget(dialog)
    dialog.reviewer.setText("김점검 주무관")  # Hangul set directly, never keyClicks
    dialog.findings.setPlainText("주민 반발 교착, 협의체 재구성 필요")
    dialog.stage.setCurrentIndex(dialog.stage.findData(ConflictStage.DEADLOCK.value))
    dialog.grade.setCurrentIndex(dialog.grade.findData(1))
    open_rows = [i for i, line in enumerate(dialog.form.lines) if line.status != "done"]
    assert open_rows
    box = dialog.progress_boxes[open_rows[0]]
    box.setCurrentIndex(box.findData("done"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveReview"), Qt.MouseButton.LeftButton)
    form = load_review_form(demo_db, review_id)
    assert form.done_on == AS_OF and form.reviewer == "김점검 주무관" and form.stage == "deadlock"
    assert form.card_stage == "deadlock" and form.grade_recommendation == 1
    assert form.lines[open_rows[0]].status == "done" and form.lines[open_rows[0]].progress == "done"


def test_review_form_reports_a_conflict_and_stays_open(qtbot, demo_db: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    review_id = _open_review_id(demo_db)
    dialog = ReviewFormDialog(demo_db, review_id, AS_OF, "가")
    qtbot.addWidget(dialog)
    save_review(demo_db, review_id, None, on=AS_OF, reviewer="다른 사람", findings="먼저 저장",
                stage="latent", grade_recommendation=None)
    shown: list[BaseException] = []
    monkeypatch.setattr("conflictdesk.ui.messages.show_error", lambda _p, exc: shown.append(exc))
    dialog.save()
    assert len(shown) == 1 and type(shown[0]).__name__ == "Conflict"
    assert dialog.result() == 0
    assert load_review_form(demo_db, review_id).findings == "먼저 저장"


def test_overdue_only_filter(window: MainWindow, demo_db: Database) -> None:
    panel = window.show_panel("projects")
    assert isinstance(panel, ProjectsPanel)
    late = overdue_project_ids(demo_db, AS_OF)
    panel.overdue_only.setChecked(True)
    assert panel.model.rowCount() == len(late) > 0
    assert {panel.model.project_id(r) for r in range(panel.model.rowCount())} == set(late)
    panel.overdue_only.setChecked(False)
    assert panel.model.rowCount() == 300


def test_calendar_double_click_opens_the_card_panel(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.show_panel("reviews")
    assert isinstance(panel, ReviewsPanel)
    panel.show_calendar(date(2020, 7, 31))
    day_list = panel.calendar.day_list
    assert day_list.count() >= 2 and "정기점검" in day_list.item(0).text()
    with qtbot.waitSignal(panel.project_activated) as blocker:
        day_list.itemDoubleClicked.emit(day_list.item(0))
    assert isinstance(blocker.args[0], int)
    assert window.stack.currentWidget() is window.panels["cards"]
    assert panel.calendar.calendar.kinds_by_day[date(2020, 7, 31)][0] == "review"


def test_rule_dialog_saves_extra_holidays(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewRuleDialog(demo_db, "2020-2", AS_OF)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("시 개청 기념일")
    dialog.new_day.setDate(QDate(2020, 7, 31))
    dialog._add_holiday()
    assert "2020-07-30" in dialog.preview.text()
    dialog.reminder.setValue(21)
    dialog.reschedule.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    current = review_settings(demo_db)
    assert current.extra_holidays == ((date(2020, 7, 31), "시 개청 기념일"),) and current.reminder_days == 21
    open_dues = {r.due for r in list_reviews(demo_db, AS_OF, "2020-2") if r.done is None}
    assert open_dues == {date(2020, 7, 30)}


def test_export_calendar_from_the_panel(qtbot, demo_db: Database, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    panel = ReviewsPanel(demo_db)
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    out = tmp_path / "gui.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    panel.export_calendar()
    assert len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")) > 5
    assert "내보냈습니다" in panel.summary.text()


def test_calendar_marks_today_holidays_and_done_items(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    """#19 item 10: the calendar opens on the program's today, every public holiday is red, done items are grey."""
    from PySide6.QtGui import QColor

    from conflictdesk.ui.calendar_view import DONE_COLOR, HOLIDAY_COLOR

    panel = ReviewsPanel(demo_db)
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    view = panel.calendar
    view.reload()
    assert view.calendar.selectedDate() == QDate(2020, 8, 3)  # the clock's day, not the machine's
    assert "(오늘)" in view.day_label.text() and "2020. 8. 3." in view.day_label.text()
    red = QColor(HOLIDAY_COLOR)
    for day in (QDate(2020, 12, 25), QDate(2020, 10, 1), QDate(2020, 8, 17), QDate(2021, 1, 1)):  # 8/17: temporary
        view.calendar.setCurrentPage(day.year(), day.month())
        assert view.calendar.dateTextFormat(day).foreground().color() == red, day
    assert view.calendar.dateTextFormat(QDate(2020, 12, 24)).foreground().color() != red
    view.go_to(date(2020, 12, 25))
    assert "기독탄신일" in view.day_label.text() or "성탄절" in view.day_label.text()
    done_days = [d for d, es in view.entries.items() if any(e.done for e in es)]
    assert done_days
    view.go_to(done_days[0])
    colours = {view.day_list.item(i).foreground().color().name() for i in range(view.day_list.count())
               if "완료" in view.day_list.item(i).text()}
    assert colours == {QColor(DONE_COLOR).name()}
