"""사전 갈등검토목록 sent and returned (docs/업무규칙.md §Pre-review checklist): where each stands on a day — 회신 대기,
기한 경과, 회신(문제 있음), 회신·반영 — in the service, ``checklist --status``, the 현황 window and the diagnosis form's
사전검토 box; the demo's checklists show each case."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from checklist_helpers import answer_checklist
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from conflictdesk.cli import main
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.pre_review import ChecklistStatus, checklist_status, days_overdue
from conflictdesk.reports.pre_review_xlsx import write_checklists
from conflictdesk.services.diagnosis import load_diagnosis
from conflictdesk.services.pre_review import checklist_file, checklist_states, prepare_checklists
from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.diagnosis_form import LATE_COLOUR
from conflictdesk.ui.panels.projects import ProjectsPanel
from conflictdesk.ui.pre_review_dialog import ChecklistStatusDialog

SENT, LATE = ChecklistStatus.SENT, ChecklistStatus.OVERDUE
BAD, BACK = ChecklistStatus.INCOMPLETE, ChecklistStatus.RETURNED
DUE = date(2020, 10, 19)
YEAR_END = date(2020, 12, 31)


@pytest.mark.parametrize(("returned", "accepted", "as_of", "status", "late"), [
    (None, None, date(2020, 10, 5), SENT, 0),
    (None, None, DUE, SENT, 0),  # the due date itself is still on time
    (None, None, DUE + timedelta(days=1), LATE, 1),
    (None, None, date(2020, 12, 31), LATE, 73),
    (date(2020, 10, 30), None, date(2020, 12, 31), BAD, 0),  # came back late with problems: not overdue, incomplete
    (date(2020, 10, 30), date(2020, 10, 30), date(2020, 12, 31), BACK, 0),
    (date(2020, 10, 12), date(2020, 10, 14), date(2020, 10, 13), BACK, 0),
])
def test_status_of_one_checklist(returned: date | None, accepted: date | None, as_of: date,
                                 status: ChecklistStatus, late: int) -> None:
    found = checklist_status(DUE, returned, accepted, as_of)
    assert found is status and days_overdue(DUE, found, as_of) == late


def _state(db: Database, code: str, as_of: date):  # type: ignore[no-untyped-def]
    [state] = checklist_states(db, as_of=as_of, codes=[code])
    return state


def test_the_demo_has_checklists_awaited_overdue_back_and_one_disagreeing(demo_db: Database) -> None:
    states = checklist_states(demo_db, as_of=YEAR_END)
    assert [c.status for c in states] == [LATE, LATE, LATE, BAD, BACK, BACK, BACK, BACK]  # what needs chasing first
    assert len({c.department for c in states}) == 3
    assert states[0].days_overdue == (YEAR_END - states[0].due).days and states[0].days_overdue > states[1].days_overdue
    # on 20 December the December batch was still within its due date
    assert sorted(c.status for c in checklist_states(demo_db, as_of=date(2020, 12, 20))).count(SENT) == 2
    assert [c.project for c in checklist_states(demo_db, as_of=YEAR_END, outstanding=True)] == [
        c.project for c in states[:4]]
    differing = []
    for c in states:
        form = load_diagnosis(demo_db, c.project, "2020-2", YEAR_END)
        assert (form.pre_review is not None) == (c.status is BACK)
        assert (form.checklist_pending is not None) == (c.status is not BACK)
        if form.pre_review is not None:
            assert form.pre_review.answers.answered and form.pre_review.answers.writer.startswith("주무관 ")
            differing += [c.project] * len(form.pre_review.criteria_differences)
    assert len(differing) == 1  # one department says a criterion holds that the register does not show


def test_sent_overdue_back_with_a_problem_accepted_and_sent_again(demo_db: Database, tmp_path: Path) -> None:
    code = next(c.project for c in checklist_states(demo_db, as_of=YEAR_END)
                if c.status is BACK)  # a project the demo already had answers for: a new checklist is awaited again
    today = date(2021, 3, 2)
    books, _ = prepare_checklists(demo_db, [code], due=date(2021, 3, 16), today=today)
    [xlsx] = write_checklists(books, tmp_path)
    state = _state(demo_db, code, today)
    assert (state.status, state.sent_on, state.due, state.sent_count) == (SENT, today, date(2021, 3, 16), 2)
    assert _state(demo_db, code, date(2021, 3, 20)).status is LATE
    assert load_diagnosis(demo_db, code, "2020-2", date(2021, 3, 20)).checklist_pending is not None

    answer_checklist(xlsx, {"조직화된 반대": "매우 높음"})  # not in the list: a problem, nothing stored
    result, _ = checklist_file(demo_db, xlsx, today=date(2021, 3, 18))
    assert result.problems and not result.written
    state = _state(demo_db, code, date(2021, 3, 20))
    assert (state.status, state.returned_on, state.days_overdue) == (BAD, date(2021, 3, 18), 0)

    answer_checklist(xlsx, {"조직화된 반대": "높음"})  # the department corrects the same file
    result, _ = checklist_file(demo_db, xlsx, today=date(2021, 3, 22))
    assert result.written
    state = _state(demo_db, code, date(2021, 3, 22))
    assert (state.status, state.returned_on, state.accepted_on) == (BACK, date(2021, 3, 18), date(2021, 3, 22))
    assert load_diagnosis(demo_db, code, "2020-2", date(2021, 3, 22)).checklist_pending is None


def test_unknown_project_or_department_is_refused_by_name(demo_db: Database) -> None:
    with pytest.raises(DomainError) as exc:
        checklist_states(demo_db, as_of=YEAR_END, codes=["2099-999999"])
    assert "2099-999999" in exc.value.message
    with pytest.raises(DomainError) as exc:
        checklist_states(demo_db, as_of=YEAR_END, department="없는과")
    assert "없는과" in exc.value.message


def test_cli_status_json_table_and_filters(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(demo_path), "checklist", "--status", "--as-of", "2020-12-31"]
    assert main([*base, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2020-12-31"
    assert data["counts"] == {"sent": 0, "overdue": 3, "incomplete": 1, "returned": 4}
    first = data["checklists"][0]
    assert set(first) == {"project", "name", "department", "sent_on", "due", "returned_on", "accepted_on", "status",
                          "days_overdue", "sent_count"}
    assert first["status"] == "overdue" and first["returned_on"] is None and first["days_overdue"] > 0
    assert date.fromisoformat(first["due"]) + timedelta(days=first["days_overdue"]) == YEAR_END
    department = first["department"]
    assert main([*base, "--outstanding", "--department", department, "--format", "json"]) == 0
    mine = json.loads(capsys.readouterr().out)["checklists"]
    assert mine and all(c["department"] == department and c["status"] != "returned" for c in mine)
    assert main(base) == 0
    out = capsys.readouterr().out
    assert f"기한 경과 ({first['days_overdue']}일)" in out and "회신·반영" in out and first["project"] in out
    assert "기준일 2020-12-31: 회신 대기 0건 · 기한 경과 3건 · 회신(문제 있음) 1건 · 회신·반영 4건" in out
    assert main([*base, "--department", "없는과"]) == 1
    assert "없는과" in capsys.readouterr().err
    # making checklists still needs what to make and where
    assert main(["--db", str(demo_path), "checklist", "--project", first["project"]]) == 1
    assert "--out" in capsys.readouterr().err
    assert main(["--db", str(demo_path), "checklist", "--out", "/nonexistent"]) == 1
    assert "사업" in capsys.readouterr().err


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_the_status_window_lists_red_overdue_and_shows_the_project(
        qtbot: QtBot, demo_db: Database, demo_window: MainWindow, tmp_path: Path,
        fixed_today) -> None:  # type: ignore[no-untyped-def]
    fixed_today(YEAR_END)
    panel = demo_window.show_panel("projects")
    assert isinstance(panel, ProjectsPanel)
    panel.ensure_loaded()
    panel.round_box.setCurrentText("2020-2")
    panel.checklist_status_button.click()
    dialog = demo_window.findChild(ChecklistStatusDialog)
    assert isinstance(dialog, ChecklistStatusDialog) and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == 4  # by default what is still awaited
    statuses = [table.item(r, 6).text() for r in range(4)]  # type: ignore[union-attr]
    assert statuses[:3] == [f"기한 경과 ({c.days_overdue}일)" for c in dialog.shown[:3]]
    assert statuses[3] == "회신(문제 있음)"
    assert table.item(0, 0).foreground().color() == QColor(LATE_COLOUR)  # type: ignore[union-attr]
    assert table.item(3, 0).foreground().color() != QColor(LATE_COLOUR)  # type: ignore[union-attr]
    assert "기한 경과 3" in dialog.summary.text()
    dialog.filter_box.setCurrentIndex(dialog.filter_box.findData("all"))
    assert table.rowCount() == 8
    dialog.filter_box.setCurrentIndex(dialog.filter_box.findData("overdue"))
    assert table.rowCount() == 3
    assert panel.checklist_status_button.isVisible()
    panel.checklist_status_button.click()  # one window: brought to the front, not a second one
    assert len(demo_window.findChildren(ChecklistStatusDialog)) == 1

    code = dialog.shown[0].project
    panel.search.setText("검색어에 맞는 사업 없음")  # the row is hidden: Enter still shows it
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    form = panel.form
    qtbot.waitUntil(lambda: form.form is not None and form.form.project_code == code, timeout=10000)
    selected = panel.table.selectionModel().selectedRows()
    assert selected and panel.model.row_tuple(selected[0].row())[1] == code
    assert form.pre_review_group.isVisibleTo(form)
    text = form.pre_review_label.text()
    assert "검토목록 기한 경과" in text and LATE_COLOUR in text and f"({dialog.shown[0].days_overdue}일 지남)" in text
    assert not form.pre_review_button.isVisibleTo(form)  # nothing to fill in yet

    # a checklist made elsewhere (the CLI's service, an op) is in the open window at once
    other = next(c.project for c in checklist_states(demo_db, as_of=YEAR_END) if c.status is BACK)
    _books, changes = prepare_checklists(demo_db, [other], due=date(2021, 1, 14), today=YEAR_END)
    demo_window.ctx.bus.publish(changes)
    dialog.filter_box.setCurrentIndex(dialog.filter_box.findData("outstanding"))
    assert other in [c.project for c in dialog.shown]
    row = [c.project for c in dialog.shown].index(other)
    assert table.item(row, 6).text() == "회신 대기"  # type: ignore[union-attr]


def test_the_form_box_says_awaited_and_shows_answers_with_a_newer_checklist(
        qtbot: QtBot, demo_db: Database, demo_window: MainWindow, fixed_today) -> None:  # type: ignore[no-untyped-def]
    day = date(2020, 12, 20)
    fixed_today(day)
    awaited = next(c for c in checklist_states(demo_db, as_of=day) if c.status is SENT)
    panel = demo_window.show_panel("projects")
    assert isinstance(panel, ProjectsPanel)
    panel.ensure_loaded()
    panel.round_box.setCurrentText("2020-2")
    panel.show_project(awaited.project)
    form = panel.form
    qtbot.waitUntil(lambda: form.form is not None and form.form.project_code == awaited.project, timeout=10000)
    [row] = panel.table.selectionModel().selectedRows()
    assert panel.model.row_tuple(row.row())[1] == awaited.project
    assert panel.table.viewport().rect().intersects(panel.table.visualRect(row))  # scrolled to it
    text = form.pre_review_label.text()
    assert text.startswith("검토목록 회신 대기: ") and LATE_COLOUR not in text
    assert "2020. 12. 14. 보냄, 기한 2020. 12. 28." in text

    # answers in, and a newer checklist sent: both lines, the answers still usable
    back = next(c for c in checklist_states(demo_db, as_of=day) if c.status is BACK)
    panel.show_project(back.project)
    qtbot.waitUntil(lambda: form.form is not None and form.form.project_code == back.project, timeout=10000)
    assert "회신 대기" not in form.pre_review_label.text() and form.pre_review_button.isVisibleTo(form)
    _books, changes = prepare_checklists(demo_db, [back.project], due=date(2021, 1, 4), today=day)
    demo_window.ctx.bus.publish(changes)  # the form follows the bus
    qtbot.waitUntil(lambda: "검토목록 회신 대기" in form.pre_review_label.text(), timeout=10000)
    assert "반영" in form.pre_review_label.text() and form.pre_review_button.isVisibleTo(form)


def test_an_awaited_checklist_is_a_reminder_until_it_is_taken_in(demo_db: Database, tmp_path: Path) -> None:
    from conflictdesk.services.reminder_dtos import CHECKLIST
    from conflictdesk.services.reminders import due_soon

    def reminded(as_of: date) -> dict[str, bool]:
        found = due_soon(demo_db, as_of, days=14)
        assert 0 not in found.overdue_project_ids  # a checklist makes no project "지연" for the 지연 사업만 filter
        return {i.entry.code: i.overdue for i in found.items if i.entry.kind == CHECKLIST}

    awaited = {c.project: c for c in checklist_states(demo_db, as_of=YEAR_END, outstanding=True)}
    assert reminded(YEAR_END) == dict.fromkeys(awaited, True)  # every awaited one is past its due date by then
    december = {c.project for c in awaited.values() if c.sent_on.month == 12}
    assert {code: late for code, late in reminded(date(2020, 12, 20)).items() if code in december} == dict.fromkeys(
        december, False)  # due within 14 days: a reminder, not late yet
    code = next(iter(december))
    [entry] = [i.entry for i in due_soon(demo_db, YEAR_END, days=14).items if i.entry.code == code]
    assert entry.label == "사전 갈등검토목록 회신" and awaited[code].department in entry.detail

    # sent again and answered: no longer a reminder
    books, _ = prepare_checklists(demo_db, [code], due=date(2021, 1, 8), today=YEAR_END)
    [xlsx] = write_checklists(books, tmp_path)
    assert reminded(YEAR_END)[code] is False
    answer_checklist(xlsx, {"이 사업의 갈등은": "소관부서 자체 해결"})
    assert checklist_file(demo_db, xlsx, today=date(2021, 1, 5))[0].written
    assert code not in reminded(date(2021, 1, 5))


@pytest.mark.slow
def test_the_status_on_both_engines(engine_url: str) -> None:
    """The latest-per-project query (max id, count, joins) and the demo's checklists on SQLite and PostgreSQL."""
    from conflictdesk.services.demo import generate

    db = Database(engine_url, actor="tester")
    try:
        generate(db, projects=80, seed=3)
        states = checklist_states(db, as_of=YEAR_END)
        assert states and all(c.sent_count == 1 for c in states)
        assert {c.status for c in states} <= {LATE, BAD, BACK} and LATE in {c.status for c in states}
        code = states[-1].project
        prepare_checklists(db, [code], due=date(2021, 1, 8), today=YEAR_END)
        state = _state(db, code, YEAR_END)
        assert (state.status, state.sent_count, state.sent_on) == (SENT, 2, YEAR_END)
    finally:
        db.close()


def test_the_audit_log_names_checklists_in_korean(qtbot: QtBot, demo_db: Database) -> None:
    """The demo's checklists are audited with the rest of the demo, under a Korean name (not the class name)."""
    from conflictdesk.ui.audit_dialog import AuditDialog

    prepare_checklists(demo_db, [checklist_states(demo_db, as_of=YEAR_END)[0].project], today=YEAR_END)
    dialog = AuditDialog(demo_db)
    qtbot.addWidget(dialog)
    entities = [dialog.entity.itemText(i) for i in range(dialog.entity.count())]
    assert "PreReview" not in entities and "사전 갈등검토목록" in entities
    assert "교육" in entities  # the demo's reads do not flush its earlier rows before auditing is back on
    dialog.entity.setCurrentIndex(entities.index("사전 갈등검토목록"))
    dialog.reload()
    model = dialog.model
    assert model.rowCount() > 0
    assert {model.data(model.index(r, 4)) for r in range(model.rowCount())} == {"사전 갈등검토목록"}
