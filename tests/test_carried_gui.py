"""GUI list of carried cases (이월 사업): pending first, the decision dialog, and the reviews that follow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from conflictdesk.services.carryover import carried_cases
from conflictdesk.services.reviews import list_reviews
from conflictdesk.services.rounds import open_round
from conflictdesk.store.engine import Database
from conflictdesk.ui.carried_cases import DecisionDialog
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.projects import TAB_CARRIED, ProjectsPanel

TODAY = date(2021, 1, 20)


@pytest.fixture
def panel(qtbot, demo_db: Database, tmp_path: Path, fixed_today) -> ProjectsPanel:  # type: ignore[no-untyped-def]
    fixed_today(TODAY)
    open_round(demo_db, "2021-1", today=TODAY)
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    p = window.show_panel("projects")
    assert isinstance(p, ProjectsPanel)
    p.round_box.setCurrentText("2021-1")
    p.tabs.setCurrentIndex(TAB_CARRIED)
    return p


def test_carried_list_shows_pending_first_and_records_a_decision(
        qtbot, panel: ProjectsPanel, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view = panel.carried
    cases = carried_cases(demo_db, "2021-1")
    assert view.table.rowCount() == len(cases) >= 3
    assert all(view.table.item(n, 5).text() == "결정 대기" for n in range(len(cases)))
    assert f"결정 대기 {len(cases)}건" in view.summary.text()
    first = cases[0]
    reviewed = {r.code for r in list_reviews(demo_db, TODAY, "2021-1")}
    assert first.code in reviewed  # a pending case keeps its review

    def answer(dialog: DecisionDialog) -> int:
        dialog.decision.setCurrentIndex(dialog.decision.findData("downgraded"))
        dialog.grade.setCurrentIndex(2)  # 3등급
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # a reason is required
        dialog.reason.setText("주민 합의로 갈등 완화")
        assert ok.isEnabled()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DecisionDialog, "exec", answer)
    view.table.selectRow(0)
    assert panel.form.form is not None and panel.form.form.project_code == first.code
    with qtbot.waitSignal(panel.ctx.bus.changes_applied, timeout=5000):
        view.decide_button.click()
    after = {c.code: c for c in carried_cases(demo_db, "2021-1")}
    assert after[first.code].decision == "downgraded" and after[first.code].grade == 3
    assert view.table.item(view.table.rowCount() - 1, 0).text() == first.code  # decided cases go last
    assert first.code not in {r.code for r in list_reviews(demo_db, TODAY, "2021-1")}
    cancelled = [r for r in list_reviews(demo_db, TODAY, "2021-1", include_cancelled=True) if r.code == first.code]
    assert cancelled and cancelled[0].cancel_reason == "3등급으로 하향" and not cancelled[0].overdue


def test_obligations_tab_shows_pending_and_ungraded(panel: ProjectsPanel, demo_db: Database) -> None:
    from conflictdesk.services.screening import screen_round
    from conflictdesk.ui.panels.projects import TAB_OBLIGATIONS

    screen_round(demo_db, "2021-1")
    panel.reload()
    panel.tabs.setCurrentIndex(TAB_OBLIGATIONS)
    view = panel.obligations
    view.only_missing.setChecked(True)
    pending = {c.code for c in carried_cases(demo_db, "2021-1") if c.pending}
    shown = {row[0]: row for row in view.projects.rows}
    assert pending <= set(shown)  # a pending case is listed even with every duty met
    assert all("결정 대기" in shown[code][4] for code in pending)
    view.only_missing.setChecked(False)
    assert any(row[3] == "미진단" for row in view.projects.rows)


def test_reviews_panel_shows_a_cancelled_review_with_its_reason(qtbot, panel: ProjectsPanel,  # type: ignore[no-untyped-def]
                                                               demo_db: Database) -> None:
    from conflictdesk.services.carryover import mark_carry_over
    from conflictdesk.ui.panels.reviews import ReviewsPanel

    case = carried_cases(demo_db, "2021-1")[0]
    mark_carry_over(demo_db, case.code, "2021-1", "resolved", TODAY, reason="합의로 해소")
    window = panel.window()
    reviews = window.show_panel("reviews")
    assert isinstance(reviews, ReviewsPanel)
    reviews.reload()
    reviews.round_box.setCurrentText("2021-1")
    codes = [reviews.review_table.item(n, 0).text() for n in range(reviews.review_table.rowCount())]
    assert case.code not in codes
    reviews.show_cancelled.setChecked(True)
    rows = {reviews.review_table.item(n, 0).text(): n for n in range(reviews.review_table.rowCount())}
    assert case.code in rows
    assert reviews.review_table.item(rows[case.code], 7).text() == "취소: 해소·제외"
