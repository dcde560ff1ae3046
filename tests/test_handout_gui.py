"""GUI: 파일 → 부서별 작성 파일 만들기 and 부서 작성 파일 가져오기, driven from the menu to the end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from conflictdesk.services.cards import get_card
from conflictdesk.store.engine import Database
from conflictdesk.ui.handout_dialogs import HandinDialog, HandoutDialog
from conflictdesk.ui.main_window import MainWindow

TODAY = date(2020, 10, 5)


def _window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    w = MainWindow(db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def test_hand_out_edit_and_take_back_from_the_file_menu(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                                        monkeypatch, fixed_today) -> None:  # type: ignore[no-untyped-def]
    fixed_today(TODAY)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    w = _window(qtbot, demo_db, tmp_path)
    w.findChild(type(w.menuBar().actions()[0]), "actionHandout").trigger()
    dialog = w.findChild(HandoutDialog)
    assert isinstance(dialog, HandoutDialog)
    dialog.round_combo.setCurrentIndex(dialog.round_combo.findData("2020-2"))
    assert dialog.department_combo.count() > 2
    dialog.department_combo.setCurrentIndex(next(
        i for i in range(1, dialog.department_combo.count()) if "중점 0건" not in dialog.department_combo.itemText(i)))
    dialog.hwpx_check.setChecked(True)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: any(out.glob("*.xlsx")) and dialog.tracking.rowCount() == 1, timeout=20000)
    assert any(out.glob("갈등관리카드_*.hwpx"))
    assert "회신율 0%" in dialog.tracking_label.text()
    fixed_today(date(2020, 12, 1))  # past the due date (14 days) and not returned: a reminder on the dashboard
    dashboard = w.show_panel("dashboard")
    dashboard.reload()  # type: ignore[attr-defined]
    assert dashboard.tiles["late_returns"].value.text() == "1"  # type: ignore[attr-defined]
    assert "기한이 지났는데" in dashboard.returns_note.text()  # type: ignore[attr-defined]
    fixed_today(TODAY)
    [path] = list(out.glob("*.xlsx"))

    wb = openpyxl.load_workbook(path)
    ws = wb["카드"]
    code = ws.cell(2, 1).value
    ws.cell(2, 5).value = "부서가 고친 전망"
    wb.save(path)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    w.findChild(type(w.menuBar().actions()[0]), "actionHandin").trigger()
    handin = w.findChild(HandinDialog)
    assert isinstance(handin, HandinDialog)
    qtbot.waitUntil(lambda: handin.tree.topLevelItemCount() == 1, timeout=20000)
    top = handin.tree.topLevelItem(0)
    assert top is not None
    rows = [[top.child(i).text(c) for c in range(6)] for i in range(top.childCount())]
    assert ["향후 전망", "부서가 고친 전망"] == [rows[0][1], rows[0][4]]
    assert get_card(demo_db, code).outlook != "부서가 고친 전망"  # a preview writes nothing
    handin.accept_button.click()
    qtbot.waitUntil(lambda: get_card(demo_db, code).outlook == "부서가 고친 전망", timeout=20000)
    qtbot.waitUntil(lambda: "가져왔습니다" in handin.summary.text(), timeout=5000)
    dialog.load_round()
    assert "반영 1곳" in dialog.tracking_label.text()
    dashboard = w.show_panel("dashboard")
    dashboard.reload()  # type: ignore[attr-defined]
    assert dashboard.tiles["return_rate"].value.text() == "100%"  # type: ignore[attr-defined]
    assert dashboard.tiles["late_returns"].value.text() == "0"  # type: ignore[attr-defined]
    assert not handin.findChildren(QComboBox)  # no conflict to decide


def test_a_conflict_is_shown_side_by_side_and_the_officer_chooses(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                                                  fixed_today) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from conflictdesk.reports.handout_xlsx import write_workbooks
    from conflictdesk.services.handout import handout_departments, prepare_handouts
    from conflictdesk.store.models import Card

    fixed_today(TODAY)
    department = next(p.department for p in handout_departments(demo_db, "2020-2") if p.key_cases)
    books, _ = prepare_handouts(demo_db, "2020-2", department=department, today=TODAY)
    [path] = write_workbooks(books, tmp_path)
    wb = openpyxl.load_workbook(path)
    code = wb["카드"].cell(2, 1).value
    wb["카드"].cell(2, 5).value = "부서의 전망"
    wb.save(path)
    with demo_db.write(reason="담당관 수정") as s:
        card = s.scalar(select(Card).where(Card.project.has(code=code)))
        assert card is not None
        card.outlook = "담당관의 전망"

    w = _window(qtbot, demo_db, tmp_path)
    handin = w.open_handin([path])
    assert isinstance(handin, HandinDialog)
    qtbot.waitUntil(lambda: bool(handin.choice_boxes), timeout=20000)
    [box] = handin.choice_boxes.values()
    top = handin.tree.topLevelItem(0)
    assert top is not None
    conflict = next(top.child(i) for i in range(top.childCount()) if top.child(i).text(0).startswith("충돌"))
    field = conflict.child(0)
    assert [field.text(c) for c in (1, 3, 4)] == ["향후 전망", "담당관의 전망", "부서의 전망"]  # side by side
    handin.accept_button.click()  # undecided: the file waits, nothing is overwritten
    qtbot.waitUntil(lambda: "가져오지 않았습니다" in handin.summary.text(), timeout=20000)
    assert get_card(demo_db, code).outlook == "담당관의 전망"
    [box] = handin.choice_boxes.values()
    box.setCurrentIndex(box.findData("department"))
    handin.accept_button.click()
    qtbot.waitUntil(lambda: get_card(demo_db, code).outlook == "부서의 전망", timeout=20000)


def test_dropping_returned_workbooks_opens_the_hand_in_preview(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                                              fixed_today) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from conflictdesk.reports.handout_xlsx import write_workbooks
    from conflictdesk.services.handin import is_department_workbook
    from conflictdesk.services.handout import prepare_handouts

    fixed_today(TODAY)
    books, _ = prepare_handouts(demo_db, "2020-2", today=TODAY)
    paths = write_workbooks(books[:2], tmp_path)
    other = tmp_path / "list.xlsx"
    openpyxl.Workbook().save(other)
    assert all(map(is_department_workbook, paths)) and not is_department_workbook(other)
    w = _window(qtbot, demo_db, tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert event.isAccepted()
    handin = w.findChild(HandinDialog)
    assert isinstance(handin, HandinDialog) and handin.paths == paths
    qtbot.waitUntil(lambda: handin.tree.topLevelItemCount() == 2, timeout=20000)


def test_a_late_workbook_is_in_the_start_up_reminders(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                                     fixed_today) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.services.handout import handout_departments, prepare_handouts
    from conflictdesk.services.reminders import due_soon

    fixed_today(TODAY)
    department = handout_departments(demo_db, "2020-2")[0].department
    prepare_handouts(demo_db, "2020-2", department=department, due=date(2020, 10, 9), today=TODAY)
    fixed_today(date(2020, 10, 12))  # three days late, not returned
    expected = due_soon(demo_db, date(2020, 10, 12))
    w = _window(qtbot, demo_db, tmp_path)
    w.finish_startup()
    assert w.reminder_button.text() == f"점검 기한 임박 {expected.due_soon_count}건 · 지연 {expected.overdue_count}건"
    table = w.panels["reviews"].reminder_table  # type: ignore[attr-defined]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert ["3일 지연", "부서 작성 파일 회신", department] == [
        next(r for r in rows if r[2] == "부서 작성 파일 회신")[i] for i in (0, 2, 3)]
