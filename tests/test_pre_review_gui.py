"""GUI: 사업 → 사전 갈등검토목록 만들기, the answers dropped on the window, and the diagnosis form's 사전검토 box."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist_helpers import answer_checklist
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from conflictdesk.services.diagnosis import load_diagnosis
from conflictdesk.store.engine import Database
from conflictdesk.ui.handout_dialogs import HandinDialog
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.projects import ProjectsPanel
from conflictdesk.ui.pre_review_dialog import ChecklistDialog

TODAY = date(2020, 10, 5)


def test_make_a_checklist_take_it_back_by_drop_and_use_it_in_the_form(
        qtbot: QtBot, demo_db: Database, demo_window: MainWindow, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
        fixed_today) -> None:
    fixed_today(TODAY)
    out = tmp_path / "검토목록"  # does not exist yet: it is made
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(str(a[2])))
    w = demo_window
    panel = w.show_panel("projects")
    assert isinstance(panel, ProjectsPanel)
    panel.ensure_loaded()
    panel.round_box.setCurrentText("2020-2")
    panel.table.clearSelection()
    assert panel.make_checklist() is None and asked == ["먼저 사업 목록에서 사업을 고르세요."]
    panel.table.selectRow(0)
    code = panel.model.row_tuple(0)[1]
    before = load_diagnosis(demo_db, code, "2020-2", TODAY)
    panel.checklist_button.click()
    dialog = w.findChild(ChecklistDialog)
    assert isinstance(dialog, ChecklistDialog) and code in dialog.project_radio.text()
    assert dialog.project_radio.isChecked() and dialog.pdf_check.isChecked() and dialog.hwpx_check.isChecked()
    dialog.make_button.click()  # no folder yet: the folder dialog asks
    qtbot.waitUntil(lambda: len(dialog.paths) == 3, timeout=30000)
    assert {p.suffix for p in dialog.paths} == {".xlsx", ".pdf", ".hwpx"} and all(p.exists() for p in dialog.paths)
    assert "1개를 만들었습니다" in dialog.status.text()
    [xlsx] = [p for p in dialog.paths if p.suffix == ".xlsx"]
    answer_checklist(xlsx, {"이 사업의 갈등은": "부서 간 협업 필요", "조직화된 반대": "높음", "집회·시위": "높음"})

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(xlsx))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)  # the same path as the department workbooks: the stamp's kind picks the reader
    handin = w.findChild(HandinDialog)
    assert isinstance(handin, HandinDialog)
    qtbot.waitUntil(lambda: handin.tree.topLevelItemCount() == 1, timeout=20000)
    top = handin.tree.topLevelItem(0)
    assert top is not None and f"사전 갈등검토목록 {code}" in top.text(0) and top.childCount() == 3
    assert load_diagnosis(demo_db, code, "2020-2", TODAY).pre_review is None  # the preview wrote nothing
    handin.accept_button.click()
    qtbot.waitUntil(lambda: load_diagnosis(demo_db, code, "2020-2", TODAY).pre_review is not None, timeout=20000)

    form = panel.form
    qtbot.waitUntil(lambda: form.form is not None and form.form.pre_review is not None, timeout=10000)
    assert form.pre_review_group.isVisibleTo(form) and "부서 간 협업 필요" in form.pre_review_label.text()
    form.pre_review_button.click()
    assert form.owner_level() == 2 and form.scores()["organised_opposition"] == 3 and form.scores()["protests"] == 3
    assert form.dirty  # filled in, not saved: the officer decides
    after = load_diagnosis(demo_db, code, "2020-2", TODAY)
    assert after.version == before.version and after.scores == before.scores
