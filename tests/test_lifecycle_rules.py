"""Rules of the yearly cycle that are small and table-testable: 전결권자 reading, review and duty dates,
only targets are graded, no round more than a year ahead."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from importing_helpers import filled_template, row

from conflictdesk.domain.errors import DomainError, InvalidValue
from conflictdesk.domain.obligations import card_plan_due, is_key_case, review_required
from conflictdesk.domain.rounds import RoundId, check_openable, latest_openable
from conflictdesk.domain.screening import (
    AuthorityReading,
    ScreeningInput,
    authority_warning,
    read_decision_authority,
    screen_project,
)
from conflictdesk.services.diagnosis import set_grade
from conflictdesk.services.importing import import_projects
from conflictdesk.services.rounds import open_round
from conflictdesk.services.screening import screening_table
from conflictdesk.store.engine import Database

ABOVE, BELOW, UNCLEAR, BLANK = (AuthorityReading.ABOVE, AuthorityReading.BELOW, AuthorityReading.UNCLEAR,
                                AuthorityReading.BLANK)


@pytest.mark.parametrize(
    ("cell", "reading"),
    [
        ("시장", ABOVE), ("부시장", ABOVE), ("행정부시장", ABOVE), ("정무부시장", ABOVE), ("경제부시장", ABOVE),
        ("시장·부시장", ABOVE),  # the template's own guide
        ("행정부시장/시장", ABOVE), ("부시장 이상", ABOVE), ("부시장이상", ABOVE), ("행정·정무·경제부시장", ABOVE),
        ("시장, 부시장", ABOVE), ("시장 및 부시장", ABOVE), ("시장、행정부시장", ABOVE), ("시장ㆍ부시장", ABOVE),
        ("시장・부시장", ABOVE), ("행정부시장 또는 시장", ABOVE), ("인천광역시 행정부시장 전결", ABOVE),
        ("부시장(전결)", ABOVE), ("시장 권한대행", ABOVE),
        ("실장", BELOW), ("국장", BELOW), ("과장", BELOW), ("팀장", BELOW), ("시장정비팀장", BELOW),
        ("전통시장팀장", BELOW), ("도시계획국장", BELOW), ("기획조정실장", BELOW), ("시민정책담당관", BELOW),
        ("국장/과장", BELOW), ("시장경제과장", BELOW), ("연수구청장", BELOW),
        ("", BLANK), ("   ", BLANK),
        ("남부시장", UNCLEAR), ("도지사", UNCLEAR), ("위원회", UNCLEAR), ("국장/부시장", UNCLEAR), ("시장실", UNCLEAR),
        ("market", UNCLEAR), ("부시장실 비서", UNCLEAR), ("·", UNCLEAR),
    ],
)
def test_decision_authority_is_read_not_guessed(cell: str, reading: AuthorityReading) -> None:
    assert read_decision_authority(cell) is reading
    holds = screen_project(ScreeningInput(decision_authority=cell)).codes == ("VICE_MAYOR",)
    assert holds is (reading is ABOVE)
    assert (authority_warning(cell) is not None) is (reading is UNCLEAR)


def test_unclear_authority_is_a_warning_in_the_import_and_the_screening(db: Database, tmp_path: Path) -> None:
    path = filled_template(tmp_path / "f.xlsx", [
        row(code="A-1", authority="시장·부시장"), row("도로 확장", "도로과", code="A-2", authority="도지사 협의"),
        row("공원 조성", "공원과", code="A-3", authority="과장"),
    ])
    preview, _ = import_projects(db, path, round_code="2020-1", dry_run=True)
    assert [(n.row, n.code, n.project) for n in preview.notices] == [(3, "authority_unclear", "A-2")]
    assert "확인 필요" in preview.notices[0].message
    result, _ = import_projects(db, path, round_code="2020-1")
    assert [n.project for n in result.notices] == ["A-2"]
    table = screening_table(db, "2020-1")
    assert [code for code, _ in table.warnings] == ["A-2"]
    criteria = {r[1]: r[4] for r in table.rows}
    assert "VICE_MAYOR" in criteria["A-1"] and "VICE_MAYOR" not in criteria["A-2"]


def test_cli_import_and_screen_show_the_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from conflictdesk.cli import main

    path = filled_template(tmp_path / "f.xlsx", [row(code="A-2", authority="도지사 협의")])
    dbfile = str(tmp_path / "x.sqlite3")
    assert main(["--db", dbfile, "import", str(path), "--round", "2020-1"]) == 0
    out = capsys.readouterr().out
    assert "확인 필요 [authority_unclear] 행 2" in out
    assert main(["--db", dbfile, "screen", "--round", "2020-1", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "A-2" in captured.err and "확인 필요" in captured.err


def test_only_a_target_is_graded(demo_db: Database) -> None:
    with pytest.raises(DomainError) as caught:
        set_grade(demo_db, "2019-000002", "2020-2", 2, "confirmed", "", date(2020, 8, 1))
    assert caught.value.code == "not_a_target" and "target add" in caught.value.message
    set_grade(demo_db, "2019-000001", "2020-2", 3, "confirmed", "", date(2020, 8, 1))


@pytest.mark.parametrize(
    ("today", "latest"),
    [(date(2026, 12, 3), "2027-2"), (date(2026, 1, 1), "2027-1"), (date(2026, 6, 30), "2027-1"),
     (date(2026, 7, 1), "2027-2"), (date(2024, 2, 29), "2025-1")],
)
def test_no_round_more_than_a_year_ahead(today: date, latest: str) -> None:
    assert str(latest_openable(today)) == latest
    check_openable(RoundId.parse(latest), today)
    with pytest.raises(InvalidValue, match="1년"):
        check_openable(RoundId.parse(latest).next(), today)


def test_round_open_far_ahead_is_refused(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InvalidValue, match="열 수 없습니다"):
        open_round(db, "9999-1", today=date(2026, 12, 3))
    open_round(db, "2027-2", today=date(2026, 12, 3))
    from conflictdesk.cli import main

    assert main(["--db", str(tmp_path / "y.sqlite3"), "round", "open", "9999-1"]) == 1
    assert "1년 넘게" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("grade", "target", "resolved", "closed", "key"),
    [(1, True, False, False, True), (2, True, False, False, True), (3, True, False, False, False),
     (None, True, False, False, False), (1, False, False, False, False), (1, True, True, False, False),
     (2, True, False, True, False)],
)
def test_key_case(grade: int | None, target: bool, resolved: bool, closed: bool, key: bool) -> None:
    assert is_key_case(grade, is_target=target, resolved=resolved, card_closed=closed) is key


@pytest.mark.parametrize(("now", "before", "review"), [(True, True, True), (True, False, False),
                                                      (False, True, False), (False, False, False)])
def test_review_only_for_cases_key_before_and_now(now: bool, before: bool, review: bool) -> None:
    assert review_required(now, before) is review


@pytest.mark.parametrize(("confirmed", "days", "due"), [(date(2021, 1, 20), 30, date(2021, 2, 19)),
                                                       (date(2020, 12, 15), 30, date(2021, 1, 14)),
                                                       (date(2021, 7, 1), 10, date(2021, 7, 11))])
def test_card_plan_duty_falls_due_after_confirmation(confirmed: date, days: int, due: date) -> None:
    assert card_plan_due(confirmed, days) == due


def test_blank_cells_of_a_reimport_leave_stored_values_and_the_marker_clears(
        db: Database, tmp_path: Path) -> None:
    from sqlalchemy import select

    from conflictdesk.store.models import Project

    def stored() -> tuple[object, ...]:
        with db.read() as s:
            p = s.scalars(select(Project).where(Project.code == "P-1")).one()
            return p.summary, p.budget_won, p.decision_authority, p.midterm_plan, p.manager

    import_projects(db, filled_template(tmp_path / "a.xlsx", [row(code="P-1", summary="소각장 이전", budget="40억")]))
    before = stored()
    assert before == ("소각장 이전", 4_000_000_000, "행정부시장", True, "김민준")
    blank = filled_template(tmp_path / "b.xlsx", [row(code="P-1", summary="", budget="", authority="", midterm="",
                                                     manager="")])
    preview, _ = import_projects(db, blank, dry_run=True)
    assert (preview.updated, preview.unchanged) == (0, 1)
    import_projects(db, blank)
    assert stored() == before  # blank means unchanged

    marked = filled_template(tmp_path / "c.xlsx", [row(code="P-1", summary="지움", budget=" 지움 ", authority="",
                                                      midterm="(지움)")])
    preview, _ = import_projects(db, marked, dry_run=True)
    assert preview.plan[0].cleared == ("사업개요", "총사업비(백만원)", "중기재정계획")
    assert stored() == before  # a dry run writes nothing
    import_projects(db, marked)
    assert stored() == ("", None, "행정부시장", False, "김민준")


def test_cli_dry_run_lists_cleared_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from conflictdesk.cli import main

    dbfile = str(tmp_path / "x.sqlite3")
    assert main(["--db", dbfile, "import", str(filled_template(tmp_path / "a.xlsx", [row(code="P-1")]))]) == 0
    marked = filled_template(tmp_path / "c.xlsx", [row(code="P-1", summary="지움", authority="")])
    capsys.readouterr()
    assert main(["--db", dbfile, "import", str(marked), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "수정 1건" in out and "지움: 사업개요" in out and "전결권자" not in out.split("지움:")[1]


def test_template_guide_explains_the_clear_marker() -> None:
    from conflictdesk.reports.template import GUIDE_LINES

    text = " ".join(t for _, t in GUIDE_LINES)
    assert "지움" in text and "바꾸지 않음" in text and "시장·부시장" in text


def test_a_graded_case_survives_a_reimport_and_is_reported(demo_db: Database, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from conflictdesk.services.obligations import round_status

    today = date(2020, 8, 3)
    key = next(r for r in round_status(demo_db, "2020-2", today) if r.key)
    from sqlalchemy import delete, select

    from conflictdesk.store.models import Card, Department, Project, Signal

    with demo_db.write(reason="test: the card says nothing visible") as s:
        p = s.scalars(select(Project).where(Project.code == key.code)).one()
        dept = s.get(Department, p.department_id)
        assert dept is not None
        card = s.scalars(select(Card).where(Card.project_id == p.id)).one()
        card.stage = "latent"
        s.execute(delete(Signal).where(Signal.card_id == card.id))
        s.expunge(p)
        s.expunge(dept)
    # the department re-imports the row with every criterion off (and 갈등 표출 N)
    path = filled_template(tmp_path / "r.xlsx", [row(p.name, dept.name, code=key.code, budget="1억", midterm="N",
                                                    tia="N", eia="N", authority="과장", ordinance="N", visible="N")])
    from conflictdesk.services.importing import import_projects as run_import

    result, _ = run_import(demo_db, path, round_code="2020-2")
    assert [(n.code, n.project) for n in result.notices] == [("kept_graded_target", key.code)]
    assert "유지: 확정 등급 사업" in result.notices[0].message
    after = {r.code: r for r in round_status(demo_db, "2020-2", today)}
    assert after[key.code].key and after[key.code].grade == key.grade
    rows = {r[1]: r for r in screening_table(demo_db, "2020-2").rows}
    assert rows[key.code][5]  # still a target


def test_visible_holds_from_the_card_stage(demo_db: Database) -> None:
    from sqlalchemy import select

    from conflictdesk.services.screening import _card_visibility
    from conflictdesk.store.models import Card

    with demo_db.read() as s:
        stages = dict(s.execute(select(Card.project_id, Card.stage)).all())
        found = _card_visibility(s, date(2020, 8, 3))
    assert found and all(pid in stages for pid in found)
    for pid, reason in found.items():
        assert "카드" in reason
        if stages[pid] in ("surfaced", "spreading", "deadlock", "easing"):
            assert "갈등단계" in reason
    assert screen_project(ScreeningInput(visible_reason="카드 갈등단계 '확산·심화'")).codes == ("VISIBLE",)


@pytest.mark.parametrize(
    ("rid", "today", "review_due", "expected"),
    [("2020-1", date(2020, 3, 2), date(2020, 1, 31), date(2020, 3, 2)),  # today in the half-year
     ("2020-1", date(2026, 12, 3), date(2020, 1, 31), date(2020, 1, 31)),  # a past round: its review date
     ("2020-2", date(2026, 12, 3), None, date(2020, 12, 31)),
     ("2027-1", date(2026, 12, 3), date(2027, 1, 29), date(2026, 12, 3))],  # a round ahead: today
)
def test_default_grade_date(rid: str, today: date, review_due: date | None, expected: date) -> None:
    from conflictdesk.domain.rounds import default_grade_date

    assert default_grade_date(RoundId.parse(rid), today, review_due) == expected


def test_grade_of_a_past_round_is_dated_in_that_round(demo_db: Database) -> None:
    from conflictdesk.services.diagnosis import load_diagnosis

    set_grade(demo_db, "2019-000001", "2020-1", 1, "self", "", date(2026, 12, 3))
    form = load_diagnosis(demo_db, "2019-000001", "2020-1", date(2026, 12, 3))
    from conflictdesk.domain.enums import GradeKind

    assert form.grades[GradeKind.SELF].on == date(2020, 1, 31)


def test_alert_level_of_a_past_round_is_as_of_its_end() -> None:
    from conflictdesk.domain.rounds import as_of_for_round

    assert as_of_for_round(RoundId.parse("2020-2"), date(2026, 12, 3)) == date(2020, 12, 31)
    assert as_of_for_round(RoundId.parse("2026-2"), date(2026, 12, 3)) == date(2026, 12, 3)


def test_a_newly_key_case_gets_the_card_and_plan_duty_not_a_review(demo_db: Database) -> None:
    from datetime import timedelta

    from conflictdesk.domain.calendar import ReviewRule
    from conflictdesk.services.obligations import round_status
    from conflictdesk.services.reviews import list_reviews, review_settings, save_review_settings

    today = date(2021, 1, 20)
    open_round(demo_db, "2021-1", today=today)
    from conflictdesk.services.screening import screen_round

    screen_round(demo_db, "2021-1")
    rows = screening_table(demo_db, "2021-1").rows
    new = next(r[1] for r in rows if r[5] and not r[6] and r[8] is None)  # a target, not carried, ungraded
    status = {r.code: r for r in round_status(demo_db, "2021-1", today)}
    assert status[new].grade is None and not status[new].key
    set_grade(demo_db, new, "2021-1", 1, "confirmed", "집단민원 확산", today)
    status = {r.code: r for r in round_status(demo_db, "2021-1", today)}
    assert status[new].key and status[new].duty_due == today + timedelta(days=30)
    assert new not in {r.code for r in list_reviews(demo_db, today, "2021-1")}  # first review in 2021-2
    carried = [r for r in status.values() if r.pending]
    assert carried and all(r.duty_due is None for r in carried)
    assert {r.code for r in carried} <= {r.code for r in list_reviews(demo_db, today, "2021-1")}

    current = review_settings(demo_db)
    assert current.card_plan_days == 30
    save_review_settings(demo_db, ReviewRule(), [], current.reminder_days, card_plan_days=10)
    status = {r.code: r for r in round_status(demo_db, "2021-1", today)}
    assert status[new].duty_due == today + timedelta(days=10)
    with pytest.raises(InvalidValue):
        save_review_settings(demo_db, ReviewRule(), [], 14, card_plan_days=0)
