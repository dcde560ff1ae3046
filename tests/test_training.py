"""Training (공직자 갈등관리 교육): targets on hand-made data, courses booked on the 교육 budget line, CLI JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conflictdesk.cli import main
from conflictdesk.domain.allowances import AllowanceBudget
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.training import (
    DEFAULT_DISTRICTS,
    TrainingKind,
    TrainingTargets,
    checked_attendance,
    department_flags,
    target_progress,
)
from conflictdesk.services import budget, training
from conflictdesk.store import models
from conflictdesk.store.engine import Database

TOURS = [
    (date(2019, 10, 1), "부평구"),
    (date(2020, 4, 14), "부평구"),
    (date(2020, 8, 25), "남동구"),
    (date(2021, 3, 2), "강화군"),
    (date(2021, 5, 2), "옹진군"),
    (date(2021, 9, 9), "중구"),
    (date(2021, 10, 1), "인천시"),  # a host outside the list: a tour, not a 군·구 of the target
]


@pytest.mark.parametrize(
    ("year", "tours_done", "districts_done", "remaining"),
    [
        (2018, 0, 0, DEFAULT_DISTRICTS),
        (2019, 1, 1, tuple(d for d in DEFAULT_DISTRICTS if d != "부평구")),
        (2020, 2, 2, ("중구", "동구", "미추홀구", "연수구", "계양구", "서구", "강화군", "옹진군")),
        (2021, 4, 5, ("동구", "미추홀구", "연수구", "계양구", "서구")),
        (2022, 0, 5, ("동구", "미추홀구", "연수구", "계양구", "서구")),
    ],
)
def test_targets_tours_a_year_and_districts_by_2022(
    year: int, tours_done: int, districts_done: int, remaining: tuple[str, ...],
) -> None:
    tours, districts = target_progress(TrainingTargets(), year, TOURS)
    assert (tours.name, tours.goal, tours.done) == ("군·구 순회 교육 연 3회", 3, tours_done)
    assert tours.met is (tours_done >= 3)
    assert (districts.name, districts.goal, districts.done) == ("2022년까지 10개 군·구", 10, districts_done)
    assert districts.remaining == remaining
    # Before 2022 the 군·구 target is still open (진행 중); from 2022 on, not met is 미달.
    assert districts.verdict == ("진행 중" if year < 2022 else "미달")


def test_a_met_target_reads_as_met_whatever_the_year() -> None:
    visits = [(date(2020, 1, 10 + i), d) for i, d in enumerate(DEFAULT_DISTRICTS)]
    tours, districts = target_progress(TrainingTargets(), 2020, visits)
    assert districts.verdict == "달성" and tours.verdict == "달성"


def test_targets_are_a_setting() -> None:
    targets = TrainingTargets(tours_per_year=2, districts=(" 부평구", "남동구", "부평구", ""), districts_by=2024)
    assert targets.districts == ("부평구", "남동구")
    assert TrainingTargets.from_dict(targets.to_dict()) == targets
    tours, districts = target_progress(targets, 2020, TOURS)
    assert (tours.goal, tours.done, tours.met) == (2, 2, True)
    assert (districts.name, districts.done, districts.remaining) == ("2024년까지 2개 군·구", 2, ())
    for bad in ({"tours_per_year": -1}, {"districts_by": 1900}, {"districts": []}):
        with pytest.raises(InvalidValue):
            TrainingTargets.from_dict(bad)


@pytest.mark.parametrize(
    ("key", "trained", "flagged"),
    [
        ({}, {}, []),
        ({"도로과": 2}, {"도로과": 2}, []),
        ({"도로과": 3, "환경정책과": 1}, {"도로과": 1}, [("도로과", 3, 1), ("환경정책과", 1, 0)]),
        ({"가과": 2, "나과": 2}, {"나과": 1, "다과": 9}, [("가과", 2, 0), ("나과", 2, 1)]),
    ],
)
def test_departments_whose_key_cases_outnumber_trained_officers(
    key: dict[str, int], trained: dict[str, int], flagged: list[tuple[str, int, int]],
) -> None:
    assert [(f.department, f.key_cases, f.trained) for f in department_flags(key, trained)] == flagged


@pytest.mark.parametrize(
    ("rows", "participants", "total", "code"),
    [
        ([], 30, 30, None),
        ([("도로과", 3, ""), ("환경정책과", 2, "")], 0, 5, None),
        ([("도로과", 3, "")], 40, 40, None),
        ([("도로과", 0, "")], 0, None, "attendance_count_invalid"),
        ([("도로과", 1, ""), ("도로과", 2, "")], 0, None, "attendance_department_twice"),
        ([], -1, None, "participants_invalid"),
    ],
)
def test_attendance_total(rows: list[tuple[str, int, str]], participants: int, total: int | None,
                          code: str | None) -> None:
    if code is None:
        assert checked_attendance(rows, participants) == total
    else:
        with pytest.raises(InvalidValue) as exc:
            checked_attendance(rows, participants)
        assert exc.value.code == code


def _departments(db: Database, *names: str) -> None:
    with db.write() as s:
        for name in names:
            s.add(models.Department(name=name))


def test_course_cost_books_on_the_training_line_with_the_overrun_warning(db: Database) -> None:
    _departments(db, "도로과", "환경정책과")
    budget.save_line_plan(db, AllowanceBudget(2021, 1_000_000, (250_000,) * 4), "교육")
    data = training.TrainingInput(
        held_on=date(2021, 4, 6), kind=TrainingKind.DISTRICT, title="찾아가는 갈등관리 교육", district="부평구",
        place="부평구청", hours=2.5, instructor_name="외부 강사", participants=10, cost_won=300_000,
        attendances=(training.Attendance("도로과", 4, "홍길동, 김철수"), training.Attendance("환경정책과", 8)))
    check = training.check_cost(db, data.held_on, data.cost_won)
    assert check is not None and "교육 예산 2분기 계획 250,000원을 50,000원 초과" in check.message
    session_id, saved_check, _changes = training.save_session(db, data)
    assert saved_check is not None and saved_check.exceeds_quarter
    view = budget.year_budget(db, 2021).line("교육")
    assert view.execution.quarter(2).executed_won == 300_000
    row = training.overview(db, 2021).sessions[0]
    assert row.attendees == 12 and row.hours == 2.5 and row.instructor == "외부 강사"
    assert row.attendances[0].names == "홍*동, 김*수"  # masked in every output
    assert training.get_session(db, session_id).attendances[0].names == "홍길동, 김철수"
    # an edit replaces its own booking: raising the cost to 1,000,000 stays within the year
    more = training.TrainingInput(**{**data.__dict__, "cost_won": 1_000_000})
    edit_check = training.check_cost(db, more.held_on, more.cost_won, session_id)
    assert edit_check is not None and not edit_check.exceeds_year
    training.save_session(db, more, session_id)
    assert budget.year_budget(db, 2021).line("교육").execution.executed_won == 1_000_000
    # a second course over the year is refused unless the officer confirmed
    other = training.TrainingInput(held_on=date(2021, 6, 1), kind=TrainingKind.CITY, cost_won=10_000)
    with pytest.raises(DomainError) as exc:
        training.save_session(db, other)
    assert exc.value.code == "over_budget"
    training.save_session(db, other, allow_over_budget=True)
    training.delete_session(db, session_id)
    assert budget.year_budget(db, 2021).line("교육").execution.executed_won == 10_000
    with pytest.raises(NotFound):
        training.delete_session(db, session_id)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"kind": TrainingKind.DISTRICT, "district": ""}, "training_district_required"),
        ({"hours": -1.0}, "training_hours_invalid"),
        ({"cost_won": -5}, "training_cost_invalid"),
        ({"attendances": (training.Attendance("없는과", 2),)}, "department_not_found"),
        ({"instructor_expert_id": 999}, "expert_not_found"),
    ],
)
def test_bad_course_names_what_is_wrong_and_stores_nothing(db: Database, change: dict[str, object],
                                                           code: str) -> None:
    base = training.TrainingInput(held_on=date(2021, 4, 6), kind=TrainingKind.CITY, title="교육")
    with pytest.raises(DomainError) as exc:
        training.save_session(db, training.TrainingInput(**{**base.__dict__, **change}))
    assert exc.value.code == code
    assert training.training_years(db) == []


def test_demo_training_and_departments_to_train(demo_db: Database) -> None:
    view = training.overview(demo_db, 2020)
    assert [t.kind for t in view.sessions].count(TrainingKind.DISTRICT) == 3
    tours, districts = view.progress
    assert tours.done == 3 and tours.met
    assert districts.done == 3 and set(districts.remaining) == set(DEFAULT_DISTRICTS) - {"부평구", "남동구", "강화군"}
    assert view.flags and all(f.key_cases > f.trained for f in view.flags)
    assert all("*" in a.names for t in view.sessions for a in t.attendances if a.names)


def test_training_json_is_the_issue_shape(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "training", "--year", "2020", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["year", "sessions", "targets"] and data["year"] == 2020
    assert [list(s) for s in data["sessions"]] == [["date", "kind", "district", "attendees", "cost_won"]] * 4
    assert data["sessions"][0] == {"date": "2020-04-14", "kind": "district", "district": "부평구",
                                   "attendees": data["sessions"][0]["attendees"], "cost_won": 250_000}
    assert data["sessions"][1]["kind"] == "city" and data["sessions"][1]["attendees"] == 86
    assert data["targets"] == [{"name": "군·구 순회 교육 연 3회", "goal": 3, "done": 3},
                               {"name": "2022년까지 10개 군·구", "goal": 10, "done": 3}]
    assert main(["--db", str(demo_path), "training", "--year", "2020"]) == 0
    out = capsys.readouterr().out
    assert "남은 군·구: 중구" in out and "교육이 필요한 부서" in out


def test_training_without_courses(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "training", "--year", "2018", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sessions"] == [] and data["targets"][1]["done"] == 0


def test_training_cli_bad_year_is_one_line(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "training", "--year", "12"]) == 1
    err = capsys.readouterr().err
    assert "교육 연도가 올바르지 않습니다: 12" in err and "Traceback" not in err
