"""CLI of the 공론화 추진: ``deliberation process`` (show, start), ``deliberation event`` (plan, hold, correct, add,
delete events) and ``deliberation recommendation`` (add, answer, status, delete) through the 추진 tab's services."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from conflictdesk.cli import main
from conflictdesk.domain.deliberation import Decision, ItemSource
from conflictdesk.services import deliberation
from conflictdesk.services import deliberation_process as process
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.store.engine import Database

Run = Any


@pytest.fixture
def item(tmp_path: Path) -> tuple[str, int]:
    path = tmp_path / "p.sqlite3"
    db = Database(f"sqlite:///{path}", actor="tester")
    item_id = deliberation.add_item(db, ItemInput("자체매립지 조성", ItemSource.MAYOR, date(2019, 12, 2)))[0]
    deliberation.record_decision(db, item_id, Decision.GO, date(2019, 12, 20), "시민 공론 필요", meeting_id=None)
    other = deliberation.add_item(db, ItemInput("군부대 이전", ItemSource.MAYOR, date(2020, 1, 6)))[0]
    assert other != item_id
    db.close()
    return str(path), item_id


@pytest.fixture
def run(item: tuple[str, int], capsys: pytest.CaptureFixture[str]) -> Run:
    path, item_id = item

    def call(*args: str, code: int = 0) -> Any:
        capsys.readouterr()
        argv = ["--db", path, "deliberation", *[a.replace("ITEM", str(item_id)) for a in args]]
        assert main(argv) == code, capsys.readouterr()
        out, err = capsys.readouterr()
        if code:
            return err
        return json.loads(out) if "json" in args else out

    return call


def _view(item: tuple[str, int]) -> Any:
    db = Database(f"sqlite:///{item[0]}", actor="tester")
    try:
        return process.process_view(db, item[1], date.today())
    finally:
        db.close()


def test_process_starts_once_and_shows_its_events(run: Run, item: tuple[str, int]) -> None:
    assert "공론화 추진이 없습니다" in run("process", "ITEM", code=1)
    data = run("process", "ITEM", "--start", "2020", "--format", "json")
    assert (data["item"], data["year"], len(data["regions"]), data["gaps"]) == (item[1], 2020, 5, data["regions"])
    assert [e["phase"] for e in data["events"]].count("regional") == 5 and len(data["events"]) == 11
    assert set(data["events"][0]) == {"id", "phase", "name", "region", "title", "planned", "actual", "attendance",
                                      "place", "note"}
    assert "이미 시작되었습니다" in run("process", "ITEM", "--start", "2020", code=1)
    text = run("process", "ITEM")
    assert "공론화 추진 — 자체매립지 조성 (2020년)" in text and "권역별 공론장 (강화·옹진권)" in text
    assert "먼저 추진을 시작하세요" in run("event", str(item[1] + 1), "--phase", "survey", code=1)
    assert "안건(id 99)이 없습니다" in run("event", "99", "--phase", "survey", code=1)


def test_an_event_fills_the_phase_planned_event_then_corrects_by_id(run: Run, item: tuple[str, int]) -> None:
    run("process", "ITEM", "--start", "2020")
    survey = next(e for e in _view(item).events if e.phase.value == "survey")
    data = run("event", "ITEM", "--phase", "survey", "--planned", "2020-01-13", "--actual", "2020-01-20",
               "--attendance", "1,000", "--place", "전화 조사", "--format", "json")
    assert data["event"] == {"id": survey.id, "phase": "survey", "name": "시민인식조사", "region": None, "title": "",
                             "planned": "2020-01-13", "actual": "2020-01-20", "attendance": 1000,
                             "place": "전화 조사", "note": ""}
    assert data["attendance"] == 1000 and len(_view(item).events) == 11  # filled, not added
    # a correction by id changes only what is given
    out = run("event", "ITEM", "--id", str(survey.id), "--attendance", "1002")
    assert f"행사를 고쳤습니다: 시민인식조사 (id {survey.id}): 예정 2020. 1. 13., 실시 2020. 1. 20., 참석 1,002명" in out
    kept = next(e for e in _view(item).events if e.id == survey.id)
    assert (kept.place, kept.planned, kept.attendance) == ("전화 조사", date(2020, 1, 13), 1002)
    # held already: the next survey is a new event
    data = run("event", "ITEM", "--phase", "survey", "--planned", "2020-06-01", "--format", "json")
    assert data["event"]["id"] != survey.id and len(_view(item).events) == 12


def test_regional_events_name_their_region_and_close_the_gap(run: Run, item: tuple[str, int]) -> None:
    run("process", "ITEM", "--start", "2020")
    assert "권역을 골라야 합니다" in run("event", "ITEM", "--phase", "regional", "--actual", "2020-03-14", code=1)
    err = run("event", "ITEM", "--phase", "regional", "--region", "동부권", "--actual", "2020-03-14", code=1)
    assert "권역 '동부권'은(는) 이 공론화의 권역" in err
    data = run("event", "ITEM", "--phase", "regional", "--region", "중부권", "--actual", "2020-03-14",
               "--attendance", "58", "--format", "json")
    assert data["event"]["region"] == "중부권" and "중부권" not in data["gaps"] and len(data["gaps"]) == 4
    out = run("event", "ITEM", "--phase", "regional", "--region", "남부권", "--planned", "2020-03-15")
    assert "권역별 공론장 (남부권)" in out and "권역 빈칸: 북부권, 서부권, 강화·옹진권" in out


def test_event_refusals_leave_everything_as_it_was(run: Run, item: tuple[str, int]) -> None:
    run("process", "ITEM", "--start", "2020")
    before = _view(item)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert "오늘" in run("event", "ITEM", "--phase", "citizen", "--actual", tomorrow, code=1)
    assert "실시일을 적은 행사에만" in run("event", "ITEM", "--phase", "citizen", "--attendance", "10", code=1)
    assert "0 이상의 정수" in run("event", "ITEM", "--phase", "citizen", "--actual", "2020-04-18",
                                 "--attendance", "많음", code=1)
    assert "날짜" in run("event", "ITEM", "--phase", "citizen", "--actual", "2020-13-01", code=1)
    assert "id나 단계를 고르세요" in run("event", "ITEM", "--actual", "2020-04-18", code=1)
    assert "행사(id 9999)가 없습니다" in run("event", "ITEM", "--id", "9999", "--note", "x", code=1)
    assert "invalid choice" in run("event", "ITEM", "--phase", "party", code=1)
    assert _view(item) == before
    # two education sessions not held yet: the command asks which one
    run("event", "ITEM", "--phase", "education", "--new", "--title", "참여단 교육 2회차", "--planned", "2020-03-08")
    ids = [e.id for e in _view(item).events if e.phase.value == "education"]
    second = next(e.id for e in _view(item).events if e.title == "참여단 교육 2회차")
    err = run("event", "ITEM", "--phase", "education", "--actual", "2020-03-07", code=1)
    assert f"id {ids[0]}, {ids[1]}" in err and "여럿입니다" in err
    out = run("event", "ITEM", "--id", str(second), "--delete")
    assert f"행사를 삭제했습니다: 참여단 교육 2회차 (id {second})" in out
    assert "id나 단계를 고르세요" in run("event", "ITEM", "--phase", "education", "--delete", code=1)
    assert [e.id for e in _view(item).events if e.phase.value == "education"] == [i for i in ids if i != second]


def test_recommendations_are_added_answered_and_followed_up(run: Run, item: tuple[str, int]) -> None:
    run("process", "ITEM", "--start", "2020")
    assert "기록된 권고가 없습니다" in run("recommendation", "ITEM")
    data = run("recommendation", "ITEM", "add", "분리배출 확대", "--answer", "accept", "--owner", "자원순환정책과",
               "--due", "2021-12-31", "--format", "json")
    assert data["recommendation"] == {"id": data["recommendation"]["id"], "number": 1, "text": "분리배출 확대",
                                      "answer": "accept", "reason": "", "owner": "자원순환정책과",
                                      "due": "2021-12-31", "status": "planned", "done": None,
                                      "overdue": date.today() > date(2021, 12, 31)}
    assert "사유를 적어야 합니다" in run("recommendation", "ITEM", "add", "소각시설 확충", "--answer", "partial",
                                   code=1)
    run("recommendation", "ITEM", "add", "소각시설 확충", "--due", "2020-06-30")
    out = run("recommendation", "ITEM", "answer", "2", "--answer", "partial", "--reason", "군·구 협의 후 단계 추진")
    assert "권고 2 — 답변을 기록했습니다: 소각시설 확충" in out and "일부 수용 (군·구 협의 후 단계 추진)" in out
    assert "지연" in out  # due 2020-06-30, not done
    data = run("recommendation", "ITEM", "status", "2", "--status", "done", "--done", "2020-06-20",
               "--format", "json")
    assert (data["recommendation"]["status"], data["recommendation"]["done"], data["recommendation"]["overdue"],
            data["recommendation"]["due"]) == ("done", "2020-06-20", False, "2020-06-30")
    data = run("recommendation", "ITEM", "answer", "1", "--answer", "reject", "--reason", "법정 회계", "--format",
               "json")
    assert (data["recommendation"]["status"], data["recommendation"]["due"]) == ("dropped", None)
    assert "권고 7이(가) 없습니다" in run("recommendation", "ITEM", "status", "7", "--status", "done", code=1)
    assert "답변이 없는 권고는 완료로" in run("recommendation", "ITEM", "answer", "2", "--answer", "none", code=1)
    listed = run("recommendation", "ITEM", "--format", "json")["recommendations"]
    assert [(r["number"], r["answer"], r["status"]) for r in listed] == [(1, "reject", "dropped"), (2, "partial", "done")]
    # the register's JSON (the same services) shows the same
    capsys_list = run("list", "--format", "json")
    found = next(i for i in capsys_list["items"] if i["id"] == item[1])
    assert [(r["answer"], r["status"]) for r in found["process"]["recommendations"]] == [
        ("reject", "dropped"), ("partial", "done")]
    assert "권고 1을(를) 삭제했습니다: 분리배출 확대" in run("recommendation", "ITEM", "delete", "1")
    assert [r.position for r in _view(item).recommendations] == [2]


def test_the_list_table_has_a_process_column(run: Run, item: tuple[str, int]) -> None:
    table = run("list")
    assert table.splitlines()[0].split()[-1] == "추진"
    row = next(line for line in table.splitlines() if "자체매립지 조성" in line)
    assert row.rstrip().endswith("실시")  # no process yet: the column is empty
    run("process", "ITEM", "--start", "2020")
    run("event", "ITEM", "--phase", "regional", "--region", "중부권", "--actual", "2020-03-14", "--attendance", "58")
    run("recommendation", "ITEM", "add", "분리배출 확대", "--due", "2020-06-30")
    run("recommendation", "ITEM", "add", "소각시설 확충")
    row = next(line for line in run("list").splitlines() if "자체매립지 조성" in line)
    assert row.rstrip().endswith("실시       2020년 · 행사 1/11 · 참석 58명 · 권고 2 (지연 1) · 빈칸 4")
    other = next(line for line in run("list").splitlines() if "군부대 이전" in line)
    assert "행사" not in other
