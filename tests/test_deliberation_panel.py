"""The 공론화 panel on the demo city: the register, petition import (and its refusal), a new item, decisions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from conflictdesk.domain.deliberation import Decision, ItemSource
from conflictdesk.services import deliberation
from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import PANEL_KEYS, MainWindow
from conflictdesk.ui.panels.deliberation import DeliberationPanel

TODAY = date(2026, 12, 3)


def _item(db: Database, item_id: int):  # type: ignore[no-untyped-def]
    return next(i for i in deliberation.agenda(db, TODAY) if i.id == item_id)


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.finish_startup()
    return w


@pytest.fixture
def panel(window: MainWindow) -> DeliberationPanel:
    action = window.findChild(QAction, "actionShow_deliberation")
    assert action.shortcut() == QKeySequence(f"Ctrl+{PANEL_KEYS.index('deliberation') + 1}")
    action.trigger()
    found = window.panels["deliberation"]
    assert isinstance(found, DeliberationPanel) and window.stack.currentWidget() is found
    return found


def _titles(panel: DeliberationPanel) -> list[str]:
    table = panel.agenda.table
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def _row_of(panel: DeliberationPanel, title: str) -> int:
    return _titles(panel).index(title)


def test_navigation_keeps_settings_last_and_ctrl_n_equal_to_row_n(window: MainWindow) -> None:
    assert PANEL_KEYS[-1] == "settings" and PANEL_KEYS.index("deliberation") == 7  # Ctrl+8, as the issue asks
    for row, key in enumerate(PANEL_KEYS):
        assert window.findChild(QAction, f"actionShow_{key}").shortcut() == QKeySequence(f"Ctrl+{row + 1}")


def test_the_register_shows_the_demo_items_and_their_state(panel: DeliberationPanel) -> None:
    tab = panel.agenda
    titles = _titles(panel)
    assert "친환경 폐기물관리정책 전환과 자체매립지 조성" in titles and len(titles) == 7
    row = _row_of(panel, "청라 소각장 증설 반대")
    assert tab.table.item(row, 4).text() == "5,999" and tab.table.item(row, 5).text() == "시민 설명 대상"
    assert "설명 미이행 1건" in tab.summary.text()
    tab.year.setCurrentIndex(tab.year.findData(2019))
    assert sorted(_titles(panel)) == ["수도권매립지 2025년 사용 종료 촉구", "친환경 폐기물관리정책 전환과 자체매립지 조성"]


def test_import_petitions_through_the_file_dialog(panel: DeliberationPanel, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, demo_db: Database) -> None:
    path = tmp_path / "청원.csv"
    path.write_text("청원명,청원 시작일,공감 수,기준일\n새 청원,2020-10-01,6000,2020-10-30\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    panel.agenda.year.setCurrentIndex(0)
    panel.agenda.import_button.click()
    assert told and "추가 1건" in told[0]
    row = _row_of(panel, "새 청원")
    assert panel.agenda.table.item(row, 5).text() == "심의대상"


def test_a_refused_import_names_the_rows_and_stores_nothing(panel: DeliberationPanel, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("청원명,청원 시작일,공감 수,기준일\n좋은 청원,2020-10-01,10,2020-10-02\n나쁜 청원,2020-10-01,많음,2020-10-02\n",
                    encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    panel.agenda.import_button.click()
    assert warned and "행 3, 공감 수" in warned[0] and "많음" in warned[0]
    assert "좋은 청원" not in _titles(panel)


def test_add_an_item_then_record_the_decision(panel: DeliberationPanel, errors: list[str], qtbot,  # type: ignore[no-untyped-def]
                                              demo_db: Database) -> None:
    tab = panel.agenda
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.table.current_id() is None
    tab.title.setText("시장 요구 안건")
    tab.source.setCurrentIndex(tab.source.findData(ItemSource.MAYOR.value))
    tab.opened.set_value(date(2020, 11, 2))
    tab.reference.setText("기획조정실-777")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert errors == []
    item = tab.selected()
    assert item is not None and item.title == "시장 요구 안건" and item.reference == "기획조정실-777"
    tab.decision.setCurrentIndex(tab.decision.findData(Decision.NO_GO.value))
    tab.reason.setText("")
    qtbot.mouseClick(tab.decision_button, Qt.MouseButton.LeftButton)
    assert errors and "사유" in errors[0]  # no reason: refused with a clear message
    tab.reason.setText("이미 주민 협의가 끝남")
    qtbot.mouseClick(tab.decision_button, Qt.MouseButton.LeftButton)
    stored = _item(demo_db, item.id)
    assert stored.decision is Decision.NO_GO and stored.decision_reason == "이미 주민 협의가 끝남"
    assert tab.table.item(tab.table.currentRow(), 8).text() == "미실시"


def test_record_the_explanation_owed(panel: DeliberationPanel, errors: list[str], demo_db: Database) -> None:
    tab = panel.agenda
    tab.table.selectRow(_row_of(panel, "청라 소각장 증설 반대"))
    assert tab.explain_button.isEnabled() and tab.explain_due.text() == "2020. 4. 30."
    tab.explain_given.set_value(date(2020, 4, 28))
    tab.explain_text.setPlainText("증설 계획과 환경영향 저감 대책을 회신함")
    tab.explain_button.click()
    assert errors == []
    assert "설명 미이행 0건" in tab.summary.text()
    tab.table.selectRow(_row_of(panel, "영종 제3연륙교 조기 개통"))
    assert not tab.explain_button.isEnabled()  # it qualified: nothing is owed


def test_save_the_register_as_xlsx(panel: DeliberationPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   errors: list[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    tab = panel.agenda
    tab.year.setCurrentIndex(tab.year.findData(2019))
    target = tmp_path / "register"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert errors == []
    wb = load_workbook(tmp_path / "register.xlsx")
    titles = {r[1] for r in wb["심의대상 안건"].iter_rows(min_row=2, values_only=True)}
    assert titles == {"수도권매립지 2025년 사용 종료 촉구", "친환경 폐기물관리정책 전환과 자체매립지 조성"}
    assert "2건" in tab.summary.text()


def test_refer_a_case_whose_plan_names_deliberation(panel: DeliberationPanel, demo_db: Database,
                                                    errors: list[str]) -> None:
    tab = panel.agenda
    cases = deliberation.referable_cases(demo_db)
    assert cases, "the demo plans name 공론화 for some cases"
    assert tab.refer.count() == len(cases) + 1
    code, name = cases[0]
    tab.refer.setCurrentIndex(1)
    tab.refer.activated.emit(1)
    assert tab.title.text() == name and tab.project.text() == code
    assert tab.source.currentData() == ItemSource.CASE.value
    tab.save_button.click()
    assert errors == []
    item = tab.selected()
    assert item is not None and item.project_code == code and item.source is ItemSource.CASE
    assert (code, name) not in deliberation.referable_cases(demo_db)
    assert tab.refer.count() == len(cases)  # the referred case left the list


def test_save_the_result_report(panel: DeliberationPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                errors: list[str]) -> None:
    from pypdf import PdfReader

    tab = panel.agenda
    tab.table.selectRow(_row_of(panel, "친환경 폐기물관리정책 전환과 자체매립지 조성"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r"), ""))
    tab.report_button.click()
    assert errors == []
    text = PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert "공론화 결과 보고서" in text and "실시" in text
    assert "저장했습니다" in tab.summary.text()


def test_save_the_result_report_as_hwpx(panel: DeliberationPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        errors: list[str]) -> None:
    import zipfile

    pytest.importorskip("hwpx")
    tab = panel.agenda
    tab.table.selectRow(_row_of(panel, "친환경 폐기물관리정책 전환과 자체매립지 조성"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r"), "한/글 (*.hwpx)"))
    tab.report_button.click()
    assert errors == []
    with zipfile.ZipFile(tmp_path / "r.hwpx") as zf:
        assert any(n.startswith("Contents/section") for n in zf.namelist())
    assert "r.hwpx" in tab.summary.text()
