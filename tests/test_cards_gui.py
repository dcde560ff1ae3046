"""The 갈등관리카드 panel: select, edit, add an issue, change stage, save, conflicts, reveal, plan overdue."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from conflictdesk.services import cards
from conflictdesk.services.card_views import IssueRow, PlanItemRow, TransitionRow, form_of
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry
from conflictdesk.ui import card_tabs, row_list
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels import cards as cards_panel
from conflictdesk.ui.panels.cards import CardsPanel


@pytest.fixture
def panel(qtbot: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          fixed_today: Callable[[date], None]) -> CardsPanel:
    # Closing the window at teardown must not block on the unsaved-changes question.
    monkeypatch.setattr(cards_panel, "ask_unsaved", lambda *_a: "discard")
    fixed_today(date(2020, 12, 1))  # decides overdue items and the alert level
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    p = window.show_panel("cards")
    assert isinstance(p, CardsPanel)
    p.list.setCurrentRow(0)
    return p


def _answer(monkeypatch: pytest.MonkeyPatch, row: Any) -> None:
    monkeypatch.setattr(row_list, "ask_row", lambda *_a: row)


def test_list_shows_key_cases_first(panel: CardsPanel) -> None:
    assert panel.list.count() == len(cards.list_cards(panel.db)) > 0
    assert panel.list.item(0).text().splitlines()[1].startswith("1등급")
    panel.search.setText("없는사업이름")
    assert panel.list.count() == 0
    panel.search.clear()
    assert panel.list.count() > 0


def test_edit_outlook_add_issue_change_stage_and_save(panel: CardsPanel, qtbot: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    editor = panel.editor
    view = editor.view
    assert view is not None and panel.right.currentIndex() == 1
    assert not panel.save_button.isEnabled()
    editor.overview.outlook_edit.setPlainText("하반기 합의 가능성이 높음")
    assert panel.save_button.isEnabled()
    _answer(monkeypatch, IssueRow("주차 공간 부족", "fact"))
    editor.issues.add()
    assert editor.issues.table.rowCount() == len(view.issues) + 1
    new_stage = "resolved" if view.stage != "resolved" else "aftercare"
    monkeypatch.setattr(card_tabs, "ask_stage", lambda *_a: TransitionRow(new_stage, date(2020, 12, 1), "합의"))
    editor.stage.change_button.click()
    assert "(저장 전)" in editor.stage.timeline.item(editor.stage.timeline.count() - 1).text()
    published: list[Any] = []
    panel.ctx.bus.changes_applied.connect(published.append)
    monkeypatch.setattr(cards_panel, "show_error", lambda _p, exc: pytest.fail(str(exc)))
    panel.save_button.click()
    saved = cards.get_card(panel.db, view.project_code)
    assert saved.outlook == "하반기 합의 가능성이 높음"
    assert saved.issues[-1] == IssueRow("주차 공간 부족", "fact", saved.issues[-1].id)
    assert saved.stage == new_stage and saved.transitions[-1].reason == "합의"
    assert saved.version > view.version and editor.view is not None and editor.view.version == saved.version
    assert not panel.save_button.isEnabled() and published and published[0].touches("card")


def test_undo_and_redo_list_operations(panel: CardsPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = panel.editor
    before = editor.issues.rows()
    _answer(monkeypatch, IssueRow("새 쟁점"))
    editor.issues.add()
    editor.issues.table.selectRow(0)
    editor.issues.move_selected(1)
    assert editor.issues.rows()[1] == before[0]
    panel.undo_button.click()
    panel.undo_button.click()
    assert editor.issues.rows() == before and not editor.is_dirty()
    panel.redo_button.click()
    assert len(editor.issues.rows()) == len(before) + 1 and editor.is_dirty()


def test_completeness_banner_lists_what_is_missing(panel: CardsPanel) -> None:
    editor = panel.editor
    assert "✔" in editor.banner.text()
    editor.overview.outlook_edit.setPlainText("  ")
    assert "향후 전망" in editor.banner.text() and "⚠" in editor.banner.text()


def test_stale_save_offers_reload_or_overwrite(panel: CardsPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    view = panel.editor.view
    assert view is not None
    elsewhere = replace(form_of(view), outlook="다른 창의 전망")
    cards.save_card(panel.db, view.project_code, elsewhere, view.version)
    panel.editor.overview.outlook_edit.setPlainText("내 전망")
    seen: list[list[str]] = []

    def choose(choice: str) -> Any:
        return lambda _parent, changed: (seen.append(changed), choice)[1]

    monkeypatch.setattr(cards_panel, "ask_conflict", choose("cancel"))
    assert panel.save() is False
    assert seen[-1] == ["향후 전망"]
    assert cards.get_card(panel.db, view.project_code).outlook == "다른 창의 전망"  # nothing lost
    monkeypatch.setattr(cards_panel, "ask_conflict", choose("overwrite"))
    assert panel.save() is True
    assert cards.get_card(panel.db, view.project_code).outlook == "내 전망"


def test_stale_save_reload_discards_mine(panel: CardsPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    view = panel.editor.view
    assert view is not None
    cards.save_card(panel.db, view.project_code, replace(form_of(view), outlook="다른 창"), view.version)
    panel.editor.overview.outlook_edit.setPlainText("내 것")
    monkeypatch.setattr(cards_panel, "ask_conflict", lambda *_a: "reload")
    panel.save()
    assert panel.editor.overview.outlook_edit.toPlainText() == "다른 창" and not panel.editor.is_dirty()


def test_switching_cards_with_unsaved_changes_asks(panel: CardsPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    first = panel.editor.view
    assert first is not None
    panel.editor.overview.outlook_edit.setPlainText("바뀐 전망")
    monkeypatch.setattr(cards_panel, "ask_unsaved", lambda *_a: "cancel")
    panel.list.setCurrentRow(1)
    assert panel.editor.view is first and panel.list.currentRow() == 0
    monkeypatch.setattr(cards_panel, "ask_unsaved", lambda *_a: "save")
    panel.list.setCurrentRow(1)
    assert panel.editor.view is not None and panel.editor.view.project_code != first.project_code
    assert cards.get_card(panel.db, first.project_code).outlook == "바뀐 전망"


def test_stakeholders_are_masked_until_revealed(panel: CardsPanel) -> None:
    tab = panel.editor.people.list
    view = panel.editor.view
    assert view is not None
    contacts = [tab.table.item(r, 6).text() for r in range(tab.table.rowCount())]
    assert all("****" in c for c in contacts if c)
    tab.table.selectRow(0)
    tab.reveal_button.click()
    assert tab.table.item(0, 6).text() == view.stakeholders[0].contact
    with panel.db.read() as s:
        ids = s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "reveal")).all()
    assert ids == [str(view.stakeholders[0].id)]
    assert not panel.editor.is_dirty()


def test_plan_item_with_past_due_is_overdue(panel: CardsPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = panel.editor.plan
    _answer(monkeypatch, PlanItemRow("현장 설명회 개최", "김주무관", date(2020, 11, 1), "planned"))
    plan.items.add()
    last = plan.items.table.rowCount() - 1
    item = plan.items.table.item(last, 0)
    assert item.foreground().color() == row_list.OVERDUE_FG
    assert "(지연)" in plan.items.table.item(last, 2).text()
    assert "기한 지난 항목" in plan.overdue_label.text()
    panel.save()
    view = panel.editor.view
    assert view is not None and view.plan is not None
    assert view.plan.items[-1].title == "현장 설명회 개최" and view.plan.items[-1].overdue


def test_close_reopen_and_snapshot_a_card(panel: CardsPanel, monkeypatch: pytest.MonkeyPatch,
                                         fixed_today: Callable[[date], None]) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog

    from conflictdesk.store.models import CardSnapshot
    from conflictdesk.ui import card_actions

    fixed_today(date(2020, 12, 1))
    view = panel.editor.view
    assert view is not None and view.closed_on is None and panel.close_button.text() == "카드 종결…"
    code = view.project_code
    shown: list[card_actions.CloseCardDialog] = []

    def fake_exec(dialog: card_actions.CloseCardDialog) -> int:
        shown.append(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # the reason is required
        dialog.closed_on.setDate(QDate(2020, 11, 20))
        dialog.reason.setText("주민 합의로 갈등 해소")
        assert ok.isEnabled()
        ok.click()
        return int(dialog.result())

    monkeypatch.setattr(card_actions.CloseCardDialog, "exec", fake_exec)
    published: list[object] = []
    panel.ctx.bus.changes_applied.connect(published.append)
    panel.close_button.click()
    assert shown and shown[0].result() == QDialog.DialogCode.Accepted and published
    closed = cards.get_card(panel.db, code)
    assert (closed.closed_on, closed.closure_reason) == (date(2020, 11, 20), "주민 합의로 갈등 해소")
    assert panel.close_button.text() == "종결 취소…" and "종결" in panel.editor.header.text()
    item = next(panel.list.item(i) for i in range(panel.list.count())
                if panel.list.item(i).data(0x0100) == code)
    assert "종결" in item.text() and item.foreground().color().name() == "#8a8a8a"

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("추가 민원 발생으로 재개", True))
    panel.close_button.click()
    reopened = cards.get_card(panel.db, code)
    assert reopened.closed_on is None and reopened.closure_reason == ""
    assert panel.close_button.text() == "카드 종결…"
    with panel.db.read() as s:
        reasons = list(s.scalars(select(AuditEntry.reason).where(AuditEntry.field == "closed_on")))
    assert any("추가 민원 발생으로 재개" in r for r in reasons)

    asked: list[list[str]] = []

    def get_item(_parent: object, _title: str, _label: str, items: list[str], current: int,
                 _editable: bool) -> tuple[str, bool]:
        asked.append(items)
        return "2020-1", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    panel.snapshot_button.click()
    assert asked and "2020-1" in asked[0] and "2020-1" in panel.status.text()
    with panel.db.read() as s:
        rounds = {r for (r,) in s.execute(
            select(CardSnapshot.round_id).where(CardSnapshot.card_id == reopened.card_id))}
    assert len(rounds) >= 1
    assert any(sn.round_code == "2020-1" for sn in cards.get_card(panel.db, code).snapshots)


def test_reopen_needs_a_closed_card_and_a_reason(demo_db: Database) -> None:
    code = cards.list_cards(demo_db)[0].code
    with pytest.raises(cards.InvalidValue, match="종결되지"):
        cards.reopen_card(demo_db, code, "사유")
    with pytest.raises(cards.InvalidValue, match="사유"):
        cards.reopen_card(demo_db, code, " ")


def test_stakeholder_dialog_asks_person_or_organisation(qtbot: Any) -> None:
    """The party follows the kind (시민단체 → 단체·기관) until the user picks it; organisations are never masked."""
    from conflictdesk.services.card_views import StakeholderRow, masked_stakeholder
    from conflictdesk.ui.card_people import FIELDS

    dialog = row_list.RowDialog("이해관계자 추가", FIELDS, StakeholderRow(""))
    qtbot.addWidget(dialog)
    kind = dialog.findChild(row_list.QComboBox, "field_kind")
    party = dialog.findChild(row_list.QComboBox, "field_party")
    assert party.currentData() == "person"  # when in doubt, mask
    kind.setCurrentIndex(kind.findData("civic_group"))
    assert party.currentData() == "organisation"
    dialog.findChild(row_list.QLineEdit, "field_name").setText("인천경실련")  # type: ignore[union-attr]
    row = dialog.value()
    assert row.party == "organisation" and masked_stakeholder(row).name == "인천경실련"
    party.setCurrentIndex(party.findData("person"))
    party.activated.emit(party.currentIndex())  # the user's own choice wins from now on
    kind.setCurrentIndex(kind.findData("agency"))
    assert party.currentData() == "person"
    person = replace(dialog.value(), name="홍길동")
    assert masked_stakeholder(person).name == "홍*동"


def test_saved_party_decides_the_masking_in_the_table(panel: CardsPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    from conflictdesk.services.card_views import StakeholderRow

    tab = panel.editor.people.list
    _answer(monkeypatch, StakeholderRow("경기도 김포시", "agency", party="organisation"))
    tab.add()
    _answer(monkeypatch, StakeholderRow("남궁옥분", "landowners", party="person"))
    tab.add()
    panel.save()
    view = panel.editor.view
    assert view is not None
    saved = {h.name: h.party for h in cards.get_card(panel.db, view.project_code).stakeholders}
    assert saved["경기도 김포시"] == "organisation" and saved["남궁옥분"] == "person"
    shown = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert "경기도 김포시" in shown and "남*옥분" not in shown and "남**분" in shown
