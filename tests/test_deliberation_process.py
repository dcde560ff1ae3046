"""공론화 추진: phases and 권역 gaps, the process budget with its quarters and overrun warning, the city's answers,
recommendations overdue in reminders and in the .ics, ``deliberation list --format json`` with a process."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from conflictdesk.cli import main
from conflictdesk.domain.allowances import AllowanceBudget
from conflictdesk.domain.deliberation import Decision, ItemSource
from conflictdesk.domain.deliberation_process import (
    DEFAULT_REGIONS,
    Answer,
    EventFacts,
    Phase,
    checked_event,
    checked_recommendation,
    checked_regions,
    phase_summaries,
    region_gaps,
)
from conflictdesk.domain.enums import ItemStatus
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.reports.ics import calendar_text
from conflictdesk.services import deliberation
from conflictdesk.services import deliberation_process as process
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.services.deliberation_process_dtos import EventInput, RecommendationInput
from conflictdesk.services.reminder_dtos import RECOMMENDATION
from conflictdesk.services.reminders import calendar_entries, due_soon
from conflictdesk.store.engine import Database, memory_database

TODAY = date(2020, 6, 1)
REGIONS = ("중부권", "남부권", "북부권")
WASTE = "친환경 폐기물관리정책 전환과 자체매립지 조성"


def _go_item(db: Database, title: str = "자체매립지 공론화", decision: Decision | None = Decision.GO) -> int:
    item_id, _ = deliberation.add_item(db, ItemInput(title, ItemSource.MAYOR, date(2019, 12, 2)))
    if decision is not None:
        deliberation.record_decision(db, item_id, decision, date(2019, 12, 20), "위원회 의결")
    return item_id


def _started(db: Database, regions: tuple[str, ...] = REGIONS) -> int:
    process.save_regions(db, list(regions))
    item_id = _go_item(db)
    process.start_process(db, item_id, 2020)
    return item_id


# --- rules (table-driven) --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("phase", "region", "held", "attendance", "error"), [
    (Phase.REGIONAL, "중부권", date(2020, 3, 14), 58, None),
    (Phase.REGIONAL, "", None, None, "deliberation_event_region_required"),
    (Phase.REGIONAL, "동부권", None, None, "deliberation_region_unknown"),
    (Phase.SURVEY, "중부권", date(2020, 1, 20), 1000, None),  # the 권역 of a non-regional event is dropped
    (Phase.CITIZEN, "", date(2020, 6, 2), None, "deliberation_event_held_in_future"),
    (Phase.CITIZEN, "", TODAY, 0, None),  # held today, nobody came: allowed
    (Phase.CITIZEN, "", None, 30, "deliberation_attendance_needs_held"),
    (Phase.CITIZEN, "", TODAY, -1, "deliberation_attendance_invalid"),
    (Phase.CITIZEN, "", TODAY, True, "deliberation_attendance_invalid"),
    ("citizen", "", None, None, "unknown_choice"),
])
def test_event_rules(phase: object, region: str, held: date | None, attendance: int | None, error: str | None) -> None:
    if error is None:
        facts = checked_event(phase, region, None, held, attendance, REGIONS, TODAY)
        assert facts.region == (region if phase is Phase.REGIONAL else "")
    else:
        with pytest.raises(InvalidValue) as caught:
            checked_event(phase, region, None, held, attendance, REGIONS, TODAY)
        assert caught.value.code == error


def _regional(region: str, planned: date | None = None, held: date | None = None) -> EventFacts:
    return EventFacts(Phase.REGIONAL, region, planned, held, None)


@pytest.mark.parametrize(("events", "gaps"), [
    ([], REGIONS),
    ([_regional("중부권")], REGIONS),  # an event without a date is not a 공론장 yet
    ([_regional("중부권", planned=date(2020, 3, 1))], ("남부권", "북부권")),
    ([_regional("중부권", held=date(2020, 3, 1)), _regional("북부권", planned=date(2020, 3, 2))], ("남부권",)),
    ([_regional(r, held=date(2020, 3, 1)) for r in REGIONS], ()),
    ([EventFacts(Phase.CITIZEN, "", date(2020, 3, 1), None, None)], REGIONS),  # other phases cover no 권역
    ([_regional("동부권", held=date(2020, 3, 1))], REGIONS),  # a 권역 not in the list covers nothing
])
def test_region_gaps(events: list[EventFacts], gaps: tuple[str, ...]) -> None:
    assert region_gaps(REGIONS, events) == gaps


def test_phase_summaries_span_dates_and_sum_attendance() -> None:
    events = [EventFacts(Phase.EDUCATION, "", date(2020, 3, 7), date(2020, 3, 7), 120, ),
              EventFacts(Phase.EDUCATION, "", date(2020, 3, 14), date(2020, 3, 15), 130),
              EventFacts(Phase.EDUCATION, "", date(2020, 3, 21), None, None)]
    summaries = {s.phase: s for s in phase_summaries(events)}
    assert list(summaries) == list(Phase)
    edu = summaries[Phase.EDUCATION]
    assert (edu.events, edu.planned_from, edu.planned_to) == (3, date(2020, 3, 7), date(2020, 3, 21))
    assert (edu.held_from, edu.held_to, edu.attendance, edu.held_all) == (date(2020, 3, 7), date(2020, 3, 15), 250,
                                                                           False)
    assert summaries[Phase.SURVEY].events == 0 and summaries[Phase.SURVEY].attendance is None


@pytest.mark.parametrize(("answer", "reason", "status", "done_on", "error", "stored_status"), [
    (Answer.ACCEPT, "", ItemStatus.IN_PROGRESS, None, None, ItemStatus.IN_PROGRESS),
    (Answer.PARTIAL, "", ItemStatus.PLANNED, None, "recommendation_reason_required", None),
    (Answer.PARTIAL, "단계적 추진", ItemStatus.PLANNED, None, None, ItemStatus.PLANNED),
    (Answer.REJECT, " ", ItemStatus.PLANNED, None, "recommendation_reason_required", None),
    (Answer.REJECT, "재원 없음", ItemStatus.IN_PROGRESS, None, None, ItemStatus.DROPPED),  # not implemented
    (Answer.ACCEPT, "", ItemStatus.DONE, None, "recommendation_done_date_required", None),
    (Answer.ACCEPT, "", ItemStatus.DONE, date(2020, 5, 1), None, ItemStatus.DONE),
    (None, "", ItemStatus.DONE, date(2020, 5, 1), "recommendation_done_unanswered", None),
    (None, "", ItemStatus.PLANNED, None, None, ItemStatus.PLANNED),
    ("수용", "", ItemStatus.PLANNED, None, "unknown_choice", None),
])
def test_answer_rules(answer: object, reason: str, status: ItemStatus, done_on: date | None, error: str | None,
                      stored_status: ItemStatus | None) -> None:
    if error is not None:
        with pytest.raises(InvalidValue) as caught:
            checked_recommendation("권고", answer, reason, "담당", date(2020, 9, 1), status, done_on)
        assert caught.value.code == error
        return
    facts = checked_recommendation("권고", answer, reason, "담당", date(2020, 9, 1), status, done_on)
    assert facts.status is stored_status
    assert facts.due == (None if answer is Answer.REJECT else date(2020, 9, 1))
    assert facts.done_on == (done_on if stored_status is ItemStatus.DONE else None)


@pytest.mark.parametrize(("names", "result"), [
    (["중부권", " 남부권 ", "", "북  부권"], ("중부권", "남부권", "북 부권")),
    (["중부권", "중부권"], "deliberation_region_duplicate"),
    (["", " "], "value_required"),
    (["가" * 21], "value_too_long"),
])
def test_region_names(names: list[str], result: object) -> None:
    if isinstance(result, tuple):
        assert checked_regions(names) == result
    else:
        with pytest.raises(InvalidValue) as caught:
            checked_regions(names)
        assert caught.value.code == result


# --- the service ------------------------------------------------------------------------------------------------------


def test_a_process_starts_only_for_an_item_decided_go_and_only_once(db: Database) -> None:
    assert process.current_regions(db) == DEFAULT_REGIONS and len(DEFAULT_REGIONS) == 5
    for decision in (None, Decision.NO_GO):
        item_id = _go_item(db, f"안건 {decision}", decision)
        with pytest.raises(DomainError) as caught:
            process.start_process(db, item_id, 2020)
        assert caught.value.code == "deliberation_process_needs_go"
        assert process.process_view(db, item_id, TODAY) is None
    item_id = _started(db)
    with pytest.raises(DomainError) as again:
        process.start_process(db, item_id, 2020)
    assert again.value.code == "deliberation_process_exists"
    with pytest.raises(NotFound):
        process.process_view(db, 999, TODAY)
    view = process.process_view(db, item_id, TODAY)
    assert view is not None and view.regions == REGIONS
    # every phase to plan, the 권역별 공론장 once per 권역; nothing dated yet, so every 권역 is a gap
    assert [e.phase for e in view.events] == [Phase.SURVEY, Phase.PANEL, Phase.EDUCATION, *[Phase.REGIONAL] * 3,
                                              Phase.FUTURE, Phase.CITIZEN, Phase.RECOMMENDATION]
    assert view.gaps == REGIONS


def test_events_close_the_gaps_and_carry_attendance(db: Database) -> None:
    item_id = _started(db)
    view = process.process_view(db, item_id, TODAY)
    assert view is not None
    central = next(e for e in view.events if e.region == "중부권")
    process.save_event(db, item_id, EventInput(Phase.REGIONAL, "중부권", "", date(2020, 3, 14), date(2020, 3, 14), 58,
                                               "미추홀구청"), TODAY, central.id)
    process.save_event(db, item_id, EventInput(Phase.REGIONAL, "남부권", "남부권 2차", date(2020, 3, 21)), TODAY)
    view = process.process_view(db, item_id, TODAY)
    assert view is not None and view.gaps == ("북부권",)
    regional = next(p for p in view.phases if p.phase is Phase.REGIONAL)
    assert (regional.events, regional.held_from, regional.attendance) == (4, date(2020, 3, 14), 58)
    assert view.attendance == 58
    with pytest.raises(InvalidValue):  # a 권역 outside this process's list
        process.save_event(db, item_id, EventInput(Phase.REGIONAL, "동부권", planned=date(2020, 3, 1)), TODAY)
    # the 권역 list saved for this process re-judges its gaps
    process.save_regions(db, ["중부권", "남부권"], item_id)
    view = process.process_view(db, item_id, TODAY)
    assert view is not None and view.gaps == () and view.regions == ("중부권", "남부권")
    process.delete_event(db, central.id)
    view = process.process_view(db, item_id, TODAY)
    assert view is not None and view.gaps == ("중부권",)


PLAN_2020 = AllowanceBudget(2020, 200_000_000, (0, 124_000_000, 0, 76_000_000))


@pytest.mark.parametrize(("booked", "on", "amount", "warned"), [
    ([], date(2020, 4, 3), 124_000_000, ()),
    ([], date(2020, 4, 3), 125_000_000, ("2분기 계획", "2분기까지의 누적 계획")),
    ([], date(2020, 2, 3), 1_000_000, ("1분기 계획",)),  # Q1 plans nothing
    ([(date(2020, 4, 3), 124_000_000)], date(2020, 8, 1), 1_000_000, ("3분기 계획", "3분기까지의 누적 계획")),
    ([(date(2020, 4, 3), 100_000_000)], date(2020, 8, 1), 24_000_000, ("3분기 계획",)),  # Q2's rest carries over
    ([(date(2020, 4, 3), 124_000_000)], date(2020, 11, 1), 76_000_000, ()),
    ([(date(2020, 4, 3), 124_000_000)], date(2020, 11, 1), 80_000_000,
     ("200,000,000원을", "4분기 계획", "4분기까지의 누적 계획")),
])
def test_budget_quarters_and_the_overrun_warning(db: Database, booked: list[tuple[date, int]], on: date, amount: int,
                                                 warned: tuple[str, ...]) -> None:
    item_id = _started(db)
    process.save_budget(db, item_id, PLAN_2020)
    for day, won in booked:
        process.record_spending(db, item_id, day, won, "공론화대행용역")
    check = process.check_spending(db, item_id, on, amount)
    assert all("공론화 예산" in w for w in check.warnings)
    assert len(check.warnings) == len(warned) and all(any(text in w for w in check.warnings) for text in warned)
    if check.exceeds_year:
        with pytest.raises(DomainError) as caught:
            process.record_spending(db, item_id, on, amount)
        assert caught.value.code == "over_budget"
    process.record_spending(db, item_id, on, amount, allow_over_budget=True)
    view = process.process_view(db, item_id, TODAY)
    assert view is not None
    assert view.execution.executed_won == sum(w for _d, w in booked) + amount
    assert view.execution.remaining_won == 200_000_000 - view.execution.executed_won
    assert [q.planned_won for q in view.execution.quarters] == [0, 124_000_000, 0, 76_000_000]


def test_spending_stays_in_the_budget_year(db: Database) -> None:
    item_id = _started(db)
    process.save_budget(db, item_id, PLAN_2020)
    with pytest.raises(InvalidValue) as caught:
        process.record_spending(db, item_id, date(2021, 1, 4), 1_000_000)
    assert caught.value.code == "deliberation_spending_outside_year"
    spending_id, _check, _ = process.record_spending(db, item_id, date(2020, 4, 3), 124_000_000, "용역")
    with pytest.raises(InvalidValue):  # moving the budget to 2021 would orphan the 2020 spending
        process.save_budget(db, item_id, AllowanceBudget(2021, 200_000_000, (0, 124_000_000, 0, 76_000_000)))
    with pytest.raises(InvalidValue):
        process.record_spending(db, item_id, date(2020, 4, 3), 0)
    process.delete_spending(db, spending_id)
    process.save_budget(db, item_id, AllowanceBudget(2021, 1, (0, 0, 0, 1)))
    view = process.process_view(db, item_id, TODAY)
    assert view is not None and view.year == 2021 and view.spendings == ()


def _recommend(db: Database, item_id: int, text: str, due: date | None, answer: Answer | None = Answer.ACCEPT,
               status: ItemStatus = ItemStatus.IN_PROGRESS, reason: str = "",
               done_on: date | None = None, rec_id: int | None = None) -> int:
    rid, changes = process.save_recommendation(db, item_id, RecommendationInput(
        text, answer, reason, "자원순환정책과", due, status, done_on), rec_id)
    assert changes.touches("review")  # the 정기점검 panel's reminders reload
    return rid


def test_recommendations_are_overdue_in_reminders_and_in_the_calendar(db: Database) -> None:
    item_id = _started(db)
    late = _recommend(db, item_id, "분리배출 체계 개선", date(2020, 5, 31))
    soon = _recommend(db, item_id, "주민 지원 방안 마련", date(2020, 6, 10))
    _recommend(db, item_id, "반입 수수료 전액 주민 지원", date(2020, 5, 1), Answer.REJECT, reason="법정 특별회계")
    _recommend(db, item_id, "기한 없는 권고", None)
    with pytest.raises(InvalidValue):
        _recommend(db, item_id, "이유 없는 일부 수용", date(2020, 5, 1), Answer.PARTIAL)

    reminders = due_soon(db, TODAY, days=14)
    found = {i.entry.title: i for i in reminders.items if i.entry.kind == RECOMMENDATION}
    assert set(found) == {"권고 1. 분리배출 체계 개선", "권고 2. 주민 지원 방안 마련"}  # 불수용 and no-due never
    assert found["권고 1. 분리배출 체계 개선"].overdue and not found["권고 2. 주민 지원 방안 마련"].overdue
    assert reminders.overdue_count == 1 and reminders.overdue_project_ids == frozenset()  # no case behind it
    view = process.process_view(db, item_id, TODAY)
    assert view is not None and view.overdue_count == 1

    entries = [e for e in calendar_entries(db) if e.kind == RECOMMENDATION]
    text = calendar_text(entries)
    assert f"UID:recommendation-{item_id}-{late}@conflictdesk" in text
    assert "SUMMARY:[공론화 권고] 권고 1. 분리배출 체계 개선" in text and "반입 수수료" not in text

    # done: no longer due, in the calendar as done
    _recommend(db, item_id, "분리배출 체계 개선", date(2020, 5, 31), status=ItemStatus.DONE,
               done_on=date(2020, 6, 1), rec_id=late)
    assert due_soon(db, TODAY, days=14).overdue_count == 0
    assert "(완료)" in calendar_text([e for e in calendar_entries(db) if e.kind == RECOMMENDATION])
    process.delete_recommendation(db, soon)
    assert [e.key for e in calendar_entries(db) if e.kind == RECOMMENDATION] == [f"recommendation-{item_id}-{late}"]


def test_a_referred_case_counts_its_late_recommendations(db: Database) -> None:
    from conflictdesk.store.models import Department, Project

    with db.write() as s:
        dept = Department(name="자원순환과")
        s.add(dept)
        s.flush()
        project = Project(code="C-1", name="소각장 현대화", department_id=dept.id)
        s.add(project)
        s.flush()
        project_id = project.id
    item_id, _ = deliberation.add_item(db, ItemInput("소각장 공론화", ItemSource.CASE, date(2020, 1, 2),
                                                     project_code="C-1"))
    deliberation.record_decision(db, item_id, Decision.GO, date(2020, 1, 10), "회부")
    process.start_process(db, item_id, 2020)
    _recommend(db, item_id, "주민협의체 구성", date(2020, 5, 1))
    assert due_soon(db, TODAY).overdue_project_ids == frozenset({project_id})


# --- the CLI and the demo --------------------------------------------------------------------------------------------


def test_cli_list_json_shows_the_demo_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "d.sqlite3"
    from conflictdesk.services.demo import generate

    demo = Database(f"sqlite:///{db_path}", actor="demo")
    generate(demo, projects=20, seed=3)
    demo.close()
    assert main(["--db", str(db_path), "deliberation", "list", "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert all(set(i) == {"id", "title", "source", "support", "opened", "qualifies", "explain_due", "decision",
                          "process"} for i in items)
    assert [i["title"] for i in items if i["process"] is not None] == [WASTE]
    waste = next(i for i in items if i["title"] == WASTE)
    assert waste["decision"] == "go"
    p = waste["process"]
    assert (p["year"], p["budget_won"], p["spent_won"], p["gaps"]) == (2020, 200_000_000, 176_000_000, [])
    assert [ph["name"] for ph in p["phases"]] == [ph.label for ph in Phase]
    survey = p["phases"][0]
    assert survey == {"phase": "survey", "name": "시민인식조사", "planned": "2020-01-13", "actual": "2020-01-20",
                      "attendance": 1000}
    regional = next(ph for ph in p["phases"] if ph["phase"] == "regional")
    assert regional["actual"] == "2020-03-14" and regional["attendance"] == 58 + 61 + 64 + 55 + 37
    assert [r["answer"] for r in p["recommendations"]] == ["accept", "accept", "accept", "partial", "reject"]
    assert p["recommendations"][-1]["status"] == "dropped"
    assert set(p["recommendations"][0]) == {"text", "answer", "status", "owner", "due", "overdue"}


def test_demo_process_has_the_seed_budget_and_every_region(db: Database) -> None:
    from conflictdesk.services.demo import generate

    generate(db, projects=20, seed=3)
    item = next(i for i in deliberation.agenda(db, TODAY) if i.title == WASTE)
    view = process.process_view(db, item.id, date(2026, 12, 3))
    assert view is not None
    assert view.plan.annual_won == 200_000_000 and view.plan.quarterly_won == (0, 124_000_000, 0, 76_000_000)
    assert view.execution.quarter(2).remaining_won == 0 and view.execution.quarter(4).remaining_won == 24_000_000
    assert view.gaps == () and {e.region for e in view.events if e.phase is Phase.REGIONAL} == set(DEFAULT_REGIONS)
    assert all(e.attendance for e in view.events if e.phase is not Phase.RECOMMENDATION)
    assert view.overdue_count == 0  # the demo's open recommendations are due after the demo's today


# --- over time ---------------------------------------------------------------------------------------------------------


class RecommendationsOverTime(RuleBasedStateMachine):
    """Answers, statuses and days change in any order: the reminders always list exactly the open, answered-or-not,
    non-rejected recommendations with a due date within the horizon, overdue exactly when the due date has passed."""

    @initialize()
    def start(self) -> None:
        self.db = memory_database(actor="tester")
        self.item_id = _started(self.db)
        self.today = TODAY
        self.ids: list[int] = []

    def teardown(self) -> None:
        self.db.close()

    @rule(offset=st.integers(-40, 40), answer=st.sampled_from([None, *Answer]),
          status=st.sampled_from([ItemStatus.PLANNED, ItemStatus.IN_PROGRESS, ItemStatus.DONE]),
          pick=st.integers(0, 5))
    def save(self, offset: int, answer: Answer | None, status: ItemStatus, pick: int) -> None:
        rec_id = self.ids[pick % len(self.ids)] if self.ids and pick < 3 else None
        data = RecommendationInput(f"권고 {pick}", answer, "사유" if answer is not Answer.ACCEPT else "", "담당",
                                   self.today + timedelta(days=offset), status,
                                   self.today if status is ItemStatus.DONE else None)
        try:
            new_id, _ = process.save_recommendation(self.db, self.item_id, data, rec_id)
        except InvalidValue as exc:
            assert exc.code == "recommendation_done_unanswered" and answer is None
            return
        if rec_id is None:
            self.ids.append(new_id)

    @rule(days=st.integers(1, 60))
    def time_passes(self, days: int) -> None:
        self.today += timedelta(days=days)

    @invariant()
    def reminders_follow_the_rule(self) -> None:
        if not hasattr(self, "db"):
            return
        view = process.process_view(self.db, self.item_id, self.today)
        assert view is not None
        listed = {i.entry.key: i.overdue for i in due_soon(self.db, self.today, days=14).items
                  if i.entry.kind == RECOMMENDATION}
        expected = {f"recommendation-{self.item_id}-{r.id}": r.due < self.today for r in view.recommendations
                    if r.due is not None and r.status in (ItemStatus.PLANNED, ItemStatus.IN_PROGRESS)
                    and r.due <= self.today + timedelta(days=14)}
        assert listed == expected
        assert all(r.answer is not Answer.REJECT or r.status is ItemStatus.DROPPED for r in view.recommendations)
        assert view.overdue_count == sum(expected.values())


TestRecommendationsOverTime = RecommendationsOverTime.TestCase
TestRecommendationsOverTime.settings = settings(max_examples=15, stateful_step_count=12, deadline=None)


# --- the result report ------------------------------------------------------------------------------------------------


def _report_db(tmp_path: Path) -> tuple[str, int]:
    from conflictdesk.services.demo import generate

    path = tmp_path / "r.sqlite3"
    demo = Database(f"sqlite:///{path}", actor="demo")
    generate(demo, projects=20, seed=3)
    item = next(i for i in deliberation.agenda(demo, TODAY) if i.title == WASTE)
    view = process.process_view(demo, item.id, TODAY)
    assert view is not None
    gangwha = next(e for e in view.events if e.region == "강화·옹진권")
    process.delete_event(demo, gangwha.id)  # a gap the report must show
    demo.close()
    return str(path), item.id


def test_the_result_report_pdf_has_the_timeline_and_the_answers(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import shutil
    import subprocess

    db_path, item_id = _report_db(tmp_path)
    out = tmp_path / "보고서.pdf"
    assert main(["--db", db_path, "deliberation", "report", str(item_id), "--out", str(out)]) == 0
    assert shutil.which("pdftotext"), "poppler's pdftotext reads the report back"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    for needle in ("공론화 추진 과정", "권고안과 시의 답변", "시민인식조사", "1,000명", "2020. 1. 20.", "권역별 공론장",
                   "중부권", "58명", "강화·옹진권 — 빈칸", "200,000,000원", "124,000,000원", "76,000,000원",
                   "일부 수용", "불수용", "자원순환시설과", "2027. 6. 30.", "2021. 11. 30."):
        assert needle in flat, needle
    assert flat.index("공론화 추진 과정") < flat.index("권고안과 시의 답변")


def test_the_result_report_hwpx_has_the_timeline_and_the_answers(tmp_path: Path) -> None:
    import re
    import zipfile

    pytest.importorskip("hwpx")
    db_path, item_id = _report_db(tmp_path)
    out = tmp_path / "보고서.hwpx"
    assert main(["--db", db_path, "deliberation", "report", str(item_id), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        xml = "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("Contents/section"))
    texts = re.findall(r"<hp:t>([^<]*)</hp:t>", xml)
    for needle in ("공론화 추진 과정", "권고안과 시의 답변", "시민인식조사", "1,000명", "강화·옹진권 — 빈칸 (계획 없음)",
                   "124,000,000원", "일부 수용: 시설 배치는 군·구 협의를 거쳐 단계적으로 추진",
                   "불수용: 수수료 수입은 법정 특별회계로 관리되어 전액을 주민 지원에 쓸 수 없음"):
        assert any(needle in t for t in texts), needle


def test_a_report_without_a_process_has_no_process_section(db: Database) -> None:
    from conflictdesk.reports.deliberation_hwpx import deliberation_content
    from conflictdesk.services.citizen_panel import deliberation_report

    item_id = _go_item(db)
    report = deliberation_report(db, item_id, TODAY)
    assert report.process is None
    headings = [s.heading for s in deliberation_content(report).sections]
    assert not any("공론화 추진" in h or "권고안" in h for h in headings)
    process.start_process(db, item_id, 2020)
    headings = [s.heading for s in deliberation_content(deliberation_report(db, item_id, TODAY)).sections]
    assert headings[-2:] == ["4. 공론화 추진 과정", "5. 권고안과 시의 답변"]
