"""The 카드·대응계획 작성 duty of a case first key in a round: one rule (domain.obligations.card_plan_duty_due) shown by
status, the grade summary (PDF, XLSX) and the reminders (start-up status bar and the reminders panel)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from importing_helpers import csv_file, row
from pypdf import PdfReader

from conflictdesk.domain.obligations import CARD, EXPERT, PLAN, card_plan_duty_due
from conflictdesk.reports.summary_pdf import render_summary_pdf
from conflictdesk.reports.summary_xlsx import write_summary_xlsx
from conflictdesk.services.carryover import mark_carry_over
from conflictdesk.services.diagnosis import set_grade
from conflictdesk.services.importing import import_projects
from conflictdesk.services.obligations import round_status
from conflictdesk.services.reminder_dtos import CARD_PLAN
from conflictdesk.services.reminders import due_soon
from conflictdesk.services.rounds import open_round
from conflictdesk.services.screening import screen_round
from conflictdesk.services.summary_data import load_grade_summary
from conflictdesk.store.engine import Database

GRADED = date(2021, 1, 20)
DUE = GRADED + timedelta(days=30)  # the default 30 days


@pytest.mark.parametrize(
    ("key_now", "key_before", "missing", "confirmed", "due"),
    [
        (True, False, (CARD, PLAN), GRADED, DUE),
        (True, False, (PLAN,), GRADED, DUE),
        (True, False, (CARD, EXPERT), GRADED, DUE),
        (True, False, (EXPERT,), GRADED, None),  # card and plan written: the duty is met
        (True, False, (), GRADED, None),
        (True, True, (CARD, PLAN), GRADED, None),  # carried: reviewed, not a first-time duty
        (False, False, (CARD, PLAN), GRADED, None),  # not key (3등급, 해소·제외, swapped out, closed)
        (True, False, (CARD,), None, None),
    ],
)
def test_the_duty_rule(key_now: bool, key_before: bool, missing: tuple[str, ...], confirmed: date | None,
                       due: date | None) -> None:
    assert card_plan_duty_due(key_now=key_now, key_before=key_before, missing=missing, confirmed_on=confirmed,
                              days=30) == due


@pytest.fixture
def graded(db: Database, tmp_path: Path) -> Database:
    """Two projects meeting BUDGET in round 2021-1; P-0 is confirmed 1등급 on 2021-01-20 (first time key)."""
    rows = [row(f"사업 {n}", "도시계획과", code=f"P-{n}", budget="50억", midterm="N", authority="과장", visible="N")
            for n in range(2)]
    import_projects(db, csv_file(tmp_path / "list.csv", rows, "utf-8"))
    open_round(db, "2021-1", today=GRADED)
    screen_round(db, "2021-1")
    set_grade(db, "P-0", "2021-1", 1, "confirmed", "집단민원", GRADED)
    return db


def _duties(db: Database, as_of: date) -> dict[str, Any]:
    return {i.entry.code: i for i in due_soon(db, as_of).items if i.entry.kind == CARD_PLAN}


def test_status_summary_and_reminders_show_the_same_duty(graded: Database) -> None:
    status = {r.code: r for r in round_status(graded, "2021-1", GRADED)}
    assert status["P-0"].duty_due == DUE and status["P-1"].duty_due is None
    summary = load_grade_summary(graded, "2021-1", as_of=GRADED)
    assert {u.code: u.duty_due for u in summary.unmet} == {"P-0": DUE}
    assert summary.overdue_duties == ()

    assert _duties(graded, GRADED) == {}  # 30 days away: beyond the 14-day reminder window
    soon = _duties(graded, DUE - timedelta(days=10))["P-0"]
    assert soon.days_left == 10 and not soon.overdue and soon.entry.day == DUE
    assert soon.entry.label == "카드·대응계획 작성" and "2021-1" in soon.entry.detail
    late = due_soon(graded, DUE + timedelta(days=5))
    assert late.overdue_count == 1 and late.overdue_project_ids == {status["P-0"].project_id}
    assert load_grade_summary(graded, "2021-1", as_of=DUE + timedelta(days=5)).overdue_duties[0].code == "P-0"


def test_the_duty_disappears_when_the_case_stops_being_key(graded: Database) -> None:
    set_grade(graded, "P-0", "2021-1", 3, "confirmed", "갈등 완화", GRADED + timedelta(days=3))
    as_of = DUE + timedelta(days=5)
    assert all(r.duty_due is None for r in round_status(graded, "2021-1", as_of))
    assert load_grade_summary(graded, "2021-1", as_of=as_of).unmet == ()
    assert _duties(graded, as_of) == {}


def test_a_carried_case_has_no_duty_in_the_next_round(graded: Database) -> None:
    """Round 2021-2 reviews P-0 instead (its first review); the duty of 2021-1 does not follow it."""
    today = date(2021, 7, 5)
    open_round(graded, "2021-2", today=today)
    mark_carry_over(graded, "P-0", "2021-2", "continued", today, reason="갈등 지속")
    assert all(r.duty_due is None for r in round_status(graded, "2021-2", today))
    assert _duties(graded, today) == {}


def test_a_case_resolved_in_the_next_round_is_listed_dropped_with_the_decision(graded: Database) -> None:
    """해소·제외 leaves the case neither a target nor graded in 2021-2: the summary still names it 제외 with the
    officer's decision (read from its untargeted row of the round) and gives it no duty."""
    today = date(2021, 7, 5)
    open_round(graded, "2021-2", today=today)
    mark_carry_over(graded, "P-0", "2021-2", "resolved", today, reason="갈등 해소")
    summary = load_grade_summary(graded, "2021-2", as_of=today)
    rows = [(c.code, c.status, c.decision, c.grade, c.previous_grade) for c in summary.cases]
    assert rows == [("P-0", "제외", "해소·제외", None, 1)]
    assert summary.unmet == () and _duties(graded, today) == {}
    assert sum(d.dropped for d in summary.departments) == 1


def test_summary_pdf_and_xlsx_show_the_duty(graded: Database, tmp_path: Path) -> None:
    as_of = DUE + timedelta(days=12)
    summary = load_grade_summary(graded, "2021-1", as_of=as_of)
    buffer = io.BytesIO()
    render_summary_pdf(summary, None, buffer, printed=as_of)
    text = "".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages).split())
    assert "카드·대응계획작성기한2021.2.19.(12일경과)" in text
    assert "카드·대응계획작성기한경과1건" in text

    out = tmp_path / "summary.xlsx"
    write_summary_xlsx(summary, None, out, printed=as_of)
    wb = openpyxl.load_workbook(out)
    unmet = wb["의무 미이행"]
    header = [c.value for c in unmet[1]]
    cells = {name: unmet.cell(2, n + 1) for n, name in enumerate(header)}
    assert cells["사업코드"].value == "P-0"
    assert cells["카드·대응계획 작성 기한"].is_date and cells["카드·대응계획 작성 기한"].value.date() == DUE
    assert cells["경과일"].value == 12
    overview = {r[0].value: r[1].value for r in wb["요약"].iter_rows(min_row=2)}
    assert overview["카드·대응계획 작성 기한 경과"] == 1


def test_reminders_panel_and_status_bar_list_the_duty(qtbot: Any, graded: Database,
                                                     fixed_today: Callable[[date], None]) -> None:
    from conflictdesk.ui.panels.reviews import ReviewsPanel

    fixed_today(DUE + timedelta(days=2))
    panel = ReviewsPanel(graded)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.reminders_changed) as signal:
        panel.load_reminders()
    assert signal.args == [0, 1]  # due soon, overdue: what the status bar shows at start
    table = panel.reminder_table
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[0] == "2일 지연" and cells[2] == "카드·대응계획 작성" and cells[3].startswith("P-0 ")
