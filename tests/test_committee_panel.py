"""The 위원회 tab of the 공론화 panel on the demo city: members and composition, a meeting's quorum, decisions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QListWidget

from conflictdesk.services import deliberation_committee as dc
from conflictdesk.store.engine import Database
from conflictdesk.ui import messages
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.deliberation_committee import CommitteeTab

WASTE = "친환경 폐기물관리정책 전환과 자체매립지 조성"


@pytest.fixture
def tab(qtbot, demo_db: Database, tmp_path: Path) -> CommitteeTab:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.finish_startup()
    w.show_panel("deliberation")
    panel = w.panels["deliberation"]
    panel.tabs.setCurrentWidget(panel.committee)
    found = panel.committee
    assert isinstance(found, CommitteeTab)
    return found


@pytest.fixture(autouse=True)
def say_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every confirmation (end a term, clear a record) is answered yes."""
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)


def _check(box: QListWidget, count: int) -> None:
    for r in range(box.count()):
        box.item(r).setCheckState(Qt.CheckState.Checked if r < count else Qt.CheckState.Unchecked)


def test_the_demo_committee_of_15_masked_with_its_composition(tab: CommitteeTab) -> None:
    page = tab.members
    page.on.set_value(date(2020, 1, 15))
    assert page.table.rowCount() == 15
    names = [page.table.item(r, 0).text() for r in range(15)]
    assert all("*" in n for n in names) and "김도윤" not in names
    assert "재직 15명 / 최대 15명" in page.composition.text() and "위원장 김*윤" in page.composition.text()
    assert page.warning.isHidden()
    page.on.set_value(date(2021, 7, 1))  # every term ended
    assert "재직 0명" in page.composition.text() and "조례의 구성과 다릅니다" in page.warning.text()


def test_the_16th_member_is_refused_and_a_deviation_warned(tab: CommitteeTab, errors: list[str],
                                                           demo_db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = tab.members
    page.on.set_value(date(2020, 1, 15))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.name.setText("홍길동")
    page.term_from.set_value(date(2020, 2, 1))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "홍*동 위원을 더할 수 없습니다" in errors[0]
    assert page.table.rowCount() == 15
    # end one expert's term on 2020-01-31: the new expert may start the next day; a 시의원 instead → warned
    row = next(r for r in range(15) if page.table.item(r, 0).text() == "이*연")  # absent on 2020-04-29
    page.table.selectRow(row)
    page.end_on.set_value(date(2020, 1, 31))
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.name.setText("홍길동")
    page.kind.setCurrentIndex(page.kind.findData("councillor"))
    page.term_from.set_value(date(2020, 2, 1))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    page.on.set_value(date(2020, 2, 1))
    assert "갈등관리전문가 4명(조례 5명)" in page.warning.text() and "시의원 4명(조례 3명)" in page.warning.text()
    assert not page.warning.isHidden()
    assert len(dc.committee(demo_db, date(2020, 2, 1)).in_office) == 15


def test_a_meeting_without_quorum_cannot_decide(tab: CommitteeTab, errors: list[str], demo_db: Database,
                                                qtbot) -> None:  # type: ignore[no-untyped-def]
    meetings = tab.meetings
    tab.pages.setCurrentWidget(meetings)
    qtbot.mouseClick(meetings.new_button, Qt.MouseButton.LeftButton)
    meetings.held_on.set_value(date(2020, 9, 10))
    meetings.title.setText("제4차 임시회의")
    assert meetings.attendance.count() == 15
    _check(meetings.attendance, 7)
    assert "출석 7명 / 재직 15명 — 과반 8명: 정족수 미달" in meetings.quorum.text()
    _check(meetings.items, 1)
    qtbot.mouseClick(meetings.save_button, Qt.MouseButton.LeftButton)
    assert errors == [] and meetings.table.rowCount() == 4
    decisions = tab.decisions
    tab.pages.setCurrentWidget(decisions)
    item = next(i for i in range(decisions.item.count()) if decisions.item.itemText(i).startswith(
        f"{decisions.item.itemData(i)}. 도심"))
    decisions.item.setCurrentIndex(item)
    decisions.go_meeting.setCurrentIndex(next(i for i in range(decisions.go_meeting.count())
                                              if "제4차" in decisions.go_meeting.itemText(i)))
    assert "정족수 미달" in decisions.go_meeting.currentText()
    decisions.reason.setText("시민 의견 수렴 필요")
    qtbot.mouseClick(decisions.go_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "정족수 미달" in errors[0] and "출석 7명 / 재직 15명" in errors[0]
    # one more present → quorum → the decision is recorded at that meeting
    tab.pages.setCurrentWidget(meetings)
    meetings.table.selectRow(0)
    _check(meetings.attendance, 8)
    assert "정족수 충족" in meetings.quorum.text()
    qtbot.mouseClick(meetings.save_button, Qt.MouseButton.LeftButton)
    tab.pages.setCurrentWidget(decisions)
    decisions.go_meeting.setCurrentIndex(next(i for i in range(decisions.go_meeting.count())
                                              if "제4차" in decisions.go_meeting.itemText(i)))
    decisions.reason.setText("시민 의견 수렴 필요")
    qtbot.mouseClick(decisions.go_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    assert "실시 (2020. 9. 10.)" in decisions.state.text()
    item_id = int(decisions.item.currentData())
    found = dc.item_decisions(demo_db, item_id)
    assert found.decision_meeting is not None and found.decision_meeting.present == 8
    assert meetings.table.item(0, 5).text().startswith("공론화 실시 여부")


def test_the_demo_item_shows_its_three_decisions(tab: CommitteeTab) -> None:
    decisions = tab.decisions
    decisions.item.setCurrentIndex(next(i for i in range(decisions.item.count())
                                        if WASTE in decisions.item.itemText(i)))
    assert decisions.state.text() == "실시 여부: 실시 (2019. 12. 20.) · 추진위원회: 2020. 1. 17. · 권고안: 2020. 4. 29."
    assert "제1차 정기회의" in decisions.go_meeting.currentText()
    assert "제3차 정기회의" in decisions.rec_meeting.currentText()
