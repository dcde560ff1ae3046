"""The 조정·협의회 panel on the demo city: add an expert, the payment over-budget warning, the 16th member."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import answer_questions
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from conflictdesk.domain.enums import MemberRole
from conflictdesk.services import allowances, assignments, councils, experts
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Project, Stakeholder
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.mediation import MediationPanel
from conflictdesk.ui.panels.mediation_assign import AssignDialog
from conflictdesk.ui.panels.mediation_experts import ExpertDialog


@pytest.fixture
def panel(qtbot, demo_db: Database, tmp_path: Path) -> MediationPanel:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    found = window.show_panel("mediation")
    assert isinstance(found, MediationPanel)
    return found


def test_pool_lists_masked_experts_and_filters(panel: MediationPanel) -> None:
    tab = panel.experts
    assert tab.table.rowCount() == 50
    assert all("****" in tab.table.item(r, 4).text() for r in range(50))
    tab.filter.setText("인하대학교")
    visible = [r for r in range(50) if not tab.table.isRowHidden(r)]
    assert 0 < len(visible) < 50
    assert all(tab.table.item(r, 2).text() == "인하대학교" for r in visible)
    tab.table.selectRow(visible[0])
    assert "배정" in tab.history_title.text()


def test_add_expert_through_the_dialog(panel: MediationPanel, monkeypatch: pytest.MonkeyPatch,
                                       qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    def fill_and_accept(dialog: ExpertDialog) -> int:
        dialog.name.setText("한조정")
        dialog.affiliation.setText("인천대학교")
        dialog.contact.setText("010-9999-1234")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExpertDialog, "exec", fill_and_accept)
    qtbot.mouseClick(panel.experts.add_button, Qt.MouseButton.LeftButton)
    tab = panel.experts
    assert tab.table.rowCount() == 51
    names = [tab.table.item(r, 0).text() for r in range(51)]
    row = names.index("한조정")
    assert tab.table.item(row, 4).text() == "010-****-1234"
    assert tab.table.currentRow() == row
    assert any(e.name == "한조정" for e in experts.list_experts(demo_db))


def test_payment_form_warns_before_exceeding_the_year(panel: MediationPanel, monkeypatch: pytest.MonkeyPatch, fixed_today,
                                                      qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    fixed_today(date(2020, 12, 21))
    tab = panel.allowances
    panel.tabs.setCurrentWidget(tab)
    tab.year.setCurrentIndex(tab.year.findData(2020))
    before = allowances.year_overview(demo_db, 2020)
    too_much = before.execution.remaining_won + 100_000
    tab.paid_on.set_value(date(2020, 12, 20))
    tab.amount.setValue(too_much)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "2020년 수당 예산" in asked[0] and "100,000원 초과" in asked[0]
    assert len(allowances.year_overview(demo_db, 2020).payments) == len(before.payments)

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    after = allowances.year_overview(demo_db, 2020)
    assert len(after.payments) == len(before.payments) + 1
    assert after.execution.remaining_won == -100_000
    assert tab.payment_table.rowCount() == len(after.payments)
    assert "잔액 -100,000원" in tab.summary.text()


def test_small_payment_is_recorded_without_asking(panel: MediationPanel, monkeypatch: pytest.MonkeyPatch, fixed_today,
                                                  qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    fixed_today(date(2020, 3, 10))
    tab = panel.allowances
    tab.year.setCurrentIndex(tab.year.findData(2020))
    before = len(allowances.year_overview(demo_db, 2020).payments)
    tab.paid_on.set_value(date(2020, 3, 2))
    tab.amount.setValue(10_000)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert len(allowances.year_overview(demo_db, 2020).payments) == before + 1


def test_council_editor_refuses_the_16th_member(panel: MediationPanel, errors: list[str],
                                                qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    tab = panel.council
    [(code, _)] = councils.council_cases(demo_db)
    tab.cases.select_code(code)
    members = tab.members
    assert members.count.text().startswith("위원 8 / 15명")
    members.role.setCurrentIndex(members.role.findData(MemberRole.OTHER.value))
    for n in range(7):
        members.name.setText(f"추가위원{n}")
        qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert members.count.text().startswith("위원 15 / 15명")
    members.name.setText("열여섯째")
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "최대 15명" in errors[0]
    assert members.table.rowCount() == 15
    assert len(councils.get_council(demo_db, code).members) == 15


def test_council_editor_refuses_a_party_as_chair(panel: MediationPanel, errors: list[str],
                                                 qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    tab = panel.council
    [(code, _)] = councils.council_cases(demo_db)
    tab.cases.select_code(code)
    chair = tab.view.chair if tab.view else None
    assert chair is not None
    councils.remove_member(demo_db, chair.id)
    tab.reload_council()
    tab.members.role.setCurrentIndex(tab.members.role.findData(MemberRole.CHAIR.value))
    tab.members.name.setText("새위원장")
    tab.members.affiliation.setText("주민대책위원회")
    qtbot.mouseClick(tab.members.add_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "독립" in errors[0]
    assert tab.view is not None and tab.view.chair is None


def test_basic_rules_and_open_meeting_need_every_party(panel: MediationPanel, monkeypatch: pytest.MonkeyPatch,
                                                      qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    tab = panel.council
    [(code, _)] = councils.council_cases(demo_db)
    tab.cases.select_code(code)
    tab.basics.rules["cost_sharing"].setText("시와 사업자가 절반씩 부담")
    qtbot.mouseClick(tab.basics.save_button, Qt.MouseButton.LeftButton)
    assert councils.get_council(demo_db, code).basic_rules["cost_sharing"] == "시와 사업자가 절반씩 부담"
    page = tab.meetings
    page.held_on.set_value(date(2020, 10, 12))
    page.place.setText("구청 회의실")
    page.open_requested.setChecked(True)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    meetings = councils.get_council(demo_db, code).meetings
    assert (meetings[-1].held_on, meetings[-1].is_open) == (date(2020, 10, 12), False)
    assert page.table.rowCount() == 5


def test_assigning_warns_of_a_conflict_of_interest(panel: MediationPanel, monkeypatch: pytest.MonkeyPatch,
                                                   qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    tab = panel.assignments
    code = tab.cases.code()
    assert code is not None
    first = experts.list_experts(demo_db, include_inactive=False)[0]
    with demo_db.write() as s:
        project = s.query(Project).filter_by(code=code).one()
        card = s.query(Card).filter_by(project_id=project.id).one_or_none()
        if card is None:
            card = Card(project_id=project.id)
            s.add(card)
            s.flush()
        s.add(Stakeholder(card_id=card.id, name=first.affiliation, kind="other"))
    monkeypatch.setattr(AssignDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    before = len(assignments.assignments_for_project(demo_db, code))
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "이해충돌" in asked[0] and first.affiliation in asked[0]
    assert len(assignments.assignments_for_project(demo_db, code)) == before
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)
    assert len(assignments.assignments_for_project(demo_db, code)) == before + 1
    assert tab.table.rowCount() == before + 1


def test_meeting_openness_needs_each_party_consent(panel: MediationPanel, monkeypatch: pytest.MonkeyPatch,
                                                  qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    tab = panel.council
    [(code, _)] = councils.council_cases(demo_db)
    tab.cases.select_code(code)
    page = tab.meetings
    view = councils.get_council(demo_db, code)
    parties = [m for m in view.members if m.role is MemberRole.PARTY]
    assert parties and sorted(page.consent_checks) == sorted(m.id for m in parties)
    page.held_on.set_value(date(2020, 11, 2))
    page.place.setText("구청 회의실")
    page.open_requested.setChecked(True)
    for check in page.consent_checks.values():
        check.setChecked(True)
    assert "공개 가능" in page.consent_note.text()
    tab.pages.setCurrentWidget(page)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not asked
    saved = next(m for m in councils.get_council(demo_db, code).meetings if m.held_on == date(2020, 11, 2))
    assert saved.is_open and sorted(saved.consents) == sorted(m.id for m in parties)

    page.table.select_id(saved.id)
    assert page.meeting_id == saved.id and page.all_consented() and page.open_requested.isChecked()
    first = next(iter(page.consent_checks.values()))
    first.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "비공개" in asked[0]
    again = next(m for m in councils.get_council(demo_db, code).meetings if m.id == saved.id)
    assert not again.is_open and len(again.consents) == len(parties) - 1


def test_allowances_open_on_this_year_and_offer_last_years_plan(panel: MediationPanel, monkeypatch: pytest.MonkeyPatch, fixed_today,
                                                               qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    """#19: the tab opens on the current year (not the latest budget's, 2020) and offers last year's plan."""
    fixed_today(date(2021, 2, 3))
    tab = panel.allowances
    tab.year.blockSignals(True)
    tab.year.setCurrentIndex(-1)
    tab.year.blockSignals(False)
    tab.reload()
    assert tab.selected_year() == 2021 and tab.paid_on.value() == date(2021, 2, 3)
    assert tab.paid_on.text() == "2021. 2. 3."
    assert tab.copy_budget_button.isVisibleTo(tab) and "2020년 계획으로 2021년 예산" in tab.copy_budget_button.text()
    last = allowances.year_overview(demo_db, 2020).budget
    qtbot.mouseClick(tab.copy_budget_button, Qt.MouseButton.LeftButton)
    created = allowances.year_overview(demo_db, 2021)
    assert created.own_budget and created.budget.quarterly_won == last.quarterly_won
    assert not tab.copy_budget_button.isVisibleTo(tab)


@pytest.mark.parametrize(("paid_on", "question"), [(date(2020, 12, 30), "2021년이 아닌 2020년"),
                                                    (date(2021, 1, 5), "이미 지난 2021년 1분기")])
def test_payment_outside_the_year_or_in_a_closed_quarter_asks(panel: MediationPanel, monkeypatch: pytest.MonkeyPatch, fixed_today,
                                                              qtbot, demo_db: Database, paid_on: date,
                                                              question: str) -> None:  # type: ignore[no-untyped-def]
    fixed_today(date(2021, 4, 2))
    tab = panel.allowances
    tab.reload()
    tab.year.setCurrentIndex(tab.year.findData(2021))
    assert tab.selected_year() == 2021
    before = len(allowances.year_overview(demo_db, paid_on.year).payments)
    tab.paid_on.set_value(paid_on)
    tab.amount.setValue(10_000)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and question in asked[0]
    assert len(allowances.year_overview(demo_db, paid_on.year).payments) == before  # nothing booked
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert len(allowances.year_overview(demo_db, paid_on.year).payments) == before + 1
