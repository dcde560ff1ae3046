"""The 공론화위원회: the cap of 15 in office, terms, the 5·4·3·3 composition warning, quorum, decisions per item."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from conflictdesk.domain import committee as rules
from conflictdesk.domain.committee import Appointment, MemberKind, MemberTerm
from conflictdesk.domain.deliberation import Decision, ItemSource
from conflictdesk.domain.errors import DomainError, InvalidValue
from conflictdesk.services import deliberation
from conflictdesk.services import deliberation_committee as dc
from conflictdesk.services.committee_dtos import MeetingInput, MemberInput
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.store import models
from conflictdesk.store.engine import Database

START = date(2020, 1, 1)
END = date(2021, 12, 31)
KINDS = [MemberKind.EXPERT] * 5 + [MemberKind.CIVIC] * 4 + [MemberKind.COUNCILLOR] * 3 + [MemberKind.OFFICIAL] * 3
SURNAMES = "김이박최정강조윤장임한오서신권황안송"


def _name(n: int) -> str:
    return f"{SURNAMES[n % len(SURNAMES)]}위원{n}"


def _full(db: Database, count: int = 15, start: date = START, end: date | None = END) -> list[int]:
    """``count`` members in the ordinance's order (the first 3 officials 당연직)."""
    ids = []
    for n in range(count):
        kind = KINDS[n % 15]
        appointment = Appointment.EX_OFFICIO if kind is MemberKind.OFFICIAL else Appointment.APPOINTED
        ids.append(dc.add_member(db, MemberInput(_name(n), kind, appointment, start, end))[0])
    return ids


# --- the cap -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("others", "new", "refused"), [
    # 14 in office → the 15th is fine
    ([(START, END)] * 14, (START, END), False),
    # 15 in office → the 16th is refused
    ([(START, END)] * 15, (START, END), True),
    # 15 whose terms end before the new one starts → fine
    ([(START, date(2020, 6, 30))] * 15, (date(2020, 7, 1), END), False),
    # ... but overlapping by one day → refused
    ([(START, date(2020, 7, 1))] * 15, (date(2020, 7, 1), END), True),
    # 15 that start after the new term ended → fine
    ([(date(2022, 1, 1), None)] * 15, (START, END), False),
    # 15 starting inside the new (open-ended) term → refused
    ([(date(2022, 1, 1), None)] * 15, (START, None), True),
    # two halves of 8 that never overlap each other: at most 8 + 1 on any day → fine
    ([(START, date(2020, 6, 30))] * 8 + [(date(2020, 7, 1), END)] * 8, (START, END), False),
])
def test_at_most_15_in_office_on_any_date(others: list[tuple[date, date | None]], new: tuple[date, date | None],
                                           refused: bool) -> None:
    terms = [MemberTerm(a, b) for a, b in others]
    if refused:
        with pytest.raises(DomainError) as caught:
            rules.check_cap(terms, "홍길동", MemberTerm(*new))
        assert caught.value.code == "committee_full" and "홍*동" in str(caught.value) and "15" in str(caught.value)
    else:
        rules.check_cap(terms, "홍길동", MemberTerm(*new))


def test_the_16th_member_is_refused_by_name_and_nothing_is_stored(db: Database) -> None:
    _full(db)
    with pytest.raises(DomainError, match=r"홍\*동 위원을 더할 수 없습니다") as caught:
        dc.add_member(db, MemberInput("홍길동", MemberKind.EXPERT, Appointment.APPOINTED, date(2020, 5, 1), None))
    assert "2020-05-01" in str(caught.value)
    assert len(dc.committee(db, date(2020, 5, 1)).in_office) == 15
    # after one member's term ends the same person can join the next day
    first = dc.committee(db, START).members[0].id
    dc.end_term(db, first, date(2020, 4, 30))
    dc.add_member(db, MemberInput("홍길동", MemberKind.EXPERT, Appointment.APPOINTED, date(2020, 5, 1), END))
    assert len(dc.committee(db, date(2020, 5, 1)).in_office) == 15
    # extending the ended term again would make 16 on 2020-05-01
    data = dc.member_input(db, first)
    with pytest.raises(DomainError, match="committee|더할 수 없습니다"):
        dc.update_member(db, first, MemberInput(data.name, data.kind, data.appointment, data.term_from, END))


@pytest.mark.parametrize(("start", "end", "code"), [
    (None, None, "date_required"),
    (date(2021, 1, 1), date(2020, 12, 31), "end_before_start"),
])
def test_a_term_needs_a_start_and_an_end_not_before_it(db: Database, start: date | None, end: date | None,
                                                       code: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        dc.add_member(db, MemberInput("홍길동", MemberKind.EXPERT, Appointment.APPOINTED, start, end))  # type: ignore[arg-type]
    assert caught.value.code == code


@pytest.mark.parametrize(("day", "in_office"), [
    (date(2019, 12, 31), 0), (START, 15), (END, 15), (END + timedelta(days=1), 0)])
def test_a_term_covers_its_first_and_last_day(db: Database, day: date, in_office: int) -> None:
    _full(db)
    assert len(dc.committee(db, day).in_office) == in_office


# --- composition -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("counts", "warned"), [
    ({MemberKind.EXPERT: 5, MemberKind.CIVIC: 4, MemberKind.COUNCILLOR: 3, MemberKind.OFFICIAL: 3}, []),
    ({MemberKind.EXPERT: 6, MemberKind.CIVIC: 3, MemberKind.COUNCILLOR: 3, MemberKind.OFFICIAL: 3},
     ["갈등관리전문가 6명(조례 5명)", "시민단체 3명(조례 4명)"]),
    ({MemberKind.EXPERT: 5, MemberKind.CIVIC: 4, MemberKind.COUNCILLOR: 3, MemberKind.OFFICIAL: 2},
     ["공무원 2명(조례 3명)"]),
])
def test_the_composition_is_compared_with_5_4_3_3(counts: dict[MemberKind, int], warned: list[str]) -> None:
    members = [(k, Appointment.EX_OFFICIO if k is MemberKind.OFFICIAL and n < 3 else Appointment.APPOINTED)
               for k, c in counts.items() for n in range(c)]
    found = rules.composition(members)
    for text in warned:
        assert text in found.warning
    if not warned:
        assert found.warning == "" and found.line().startswith("갈등관리전문가 5/5 · 시민단체 4/4 · 시의원 3/3 · 공무원 3/3")
    assert found.total == sum(counts.values())


def test_a_deviating_composition_is_warned_not_refused(db: Database) -> None:
    for n in range(6):
        dc.add_member(db, MemberInput(_name(n), MemberKind.EXPERT, Appointment.APPOINTED, START, END))
    view = dc.committee(db, START)
    assert len(view.in_office) == 6
    assert "갈등관리전문가 6명(조례 5명)" in view.composition.warning
    assert "당연직 0명(조례 3명)" in view.composition.warning


def test_one_chair_at_a_time_and_names_masked(db: Database) -> None:
    ids = _full(db)
    dc.set_chair(db, ids[0])
    dc.set_chair(db, ids[1])
    view = dc.committee(db, START)
    assert view.chair is not None and view.chair.id == ids[1]
    assert sum(m.chair for m in view.members) == 1
    assert all("*" in m.name for m in view.members)
    assert dc.member_input(db, ids[1]).name == _name(1)  # the edit form gets it as typed


# --- meetings and quorum -----------------------------------------------------------------------------------------

def _item(db: Database) -> int:
    return deliberation.add_item(db, ItemInput("친환경 폐기물관리정책", ItemSource.MAYOR, date(2020, 1, 2)))[0]


@pytest.mark.parametrize(("in_office", "present", "quorate"), [
    (15, 8, True), (15, 7, False), (14, 8, True), (14, 7, False), (1, 1, True), (0, 0, False), (15, 15, True)])
def test_quorum_is_a_majority_of_those_in_office(in_office: int, present: int, quorate: bool) -> None:
    assert rules.has_quorum(in_office, present) is quorate


@pytest.mark.parametrize(("present", "allowed"), [(8, True), (7, False)])
def test_a_decision_at_a_meeting_without_quorum_is_refused(db: Database, present: int, allowed: bool) -> None:
    ids = _full(db)
    item = _item(db)
    meeting, _ = dc.add_meeting(db, MeetingInput(date(2020, 2, 3), "제1차 정기회의", (item,), tuple(ids[:present])))
    row = next(m for m in dc.meetings(db) if m.id == meeting)
    assert (row.quorate, row.needed, len(row.in_office)) == (allowed, 8, 15)
    if allowed:
        deliberation.record_decision(db, item, Decision.GO, None, "시민 공론 필요", meeting_id=meeting)
        decided = dc.item_decisions(db, item)
        assert decided.decision is Decision.GO and decided.decided_on == date(2020, 2, 3)
        assert decided.decision_meeting is not None and decided.decision_meeting.present == 8
        listed = next(i for i in deliberation.agenda(db, date(2020, 3, 1)) if i.id == item)
        assert listed.decision is Decision.GO  # the register (and `deliberation list` JSON) still shows it
    else:
        with pytest.raises(DomainError) as caught:
            deliberation.record_decision(db, item, Decision.GO, None, "시민 공론 필요", meeting_id=meeting)
        assert caught.value.code == "committee_no_quorum"
        assert "출석 7명 / 재직 15명, 과반 8명" in str(caught.value) and "제1차 정기회의" in str(caught.value)
        assert dc.item_decisions(db, item).decision is None


def test_attendance_only_of_members_in_office_and_terms_keep_attendance(db: Database) -> None:
    ids = _full(db)
    dc.end_term(db, ids[0], date(2020, 1, 31))
    with pytest.raises(DomainError, match="임기 중이 아니어서") as caught:
        dc.add_meeting(db, MeetingInput(date(2020, 2, 3), "제1차", (), tuple(ids[:8])))
    assert caught.value.code == "committee_member_not_in_office"
    meeting, _ = dc.add_meeting(db, MeetingInput(date(2020, 2, 3), "제1차", (), tuple(ids[1:9])))
    with pytest.raises(DomainError) as caught:
        dc.end_term(db, ids[1], date(2020, 2, 2))
    assert caught.value.code == "committee_term_excludes_attendance"
    with pytest.raises(DomainError):
        dc.delete_member(db, ids[1])
    row = next(m for m in dc.meetings(db) if m.id == meeting)
    assert len(row.in_office) == 14 and row.needed == 8 and row.quorate


def test_a_meeting_with_a_decision_keeps_its_quorum_and_cannot_be_deleted(db: Database) -> None:
    ids = _full(db)
    item = _item(db)
    meeting, _ = dc.add_meeting(db, MeetingInput(date(2020, 2, 3), "제1차", (), tuple(ids[:9])))
    deliberation.record_decision(db, item, Decision.GO, None, "필요", meeting_id=meeting)
    row = next(m for m in dc.meetings(db) if m.id == meeting)
    assert row.items == (item,) and row.decisions == ("공론화 실시 여부: 친환경 폐기물관리정책",)
    with pytest.raises(DomainError, match="정족수 미달"):
        dc.update_meeting(db, meeting, MeetingInput(date(2020, 2, 3), "제1차", (), tuple(ids[:7])))
    with pytest.raises(DomainError) as caught:
        dc.delete_meeting(db, meeting)
    assert caught.value.code == "committee_meeting_has_decisions"
    dc.update_meeting(db, meeting, MeetingInput(date(2020, 2, 3), "제1차 정기회의", (), tuple(ids[:10])))
    row = next(m for m in dc.meetings(db) if m.id == meeting)
    assert row.items == (item,) and len(row.present) == 10  # the decided item stays on the agenda


def test_the_register_form_keeps_the_meeting_of_a_decision(db: Database) -> None:
    ids = _full(db)
    item = _item(db)
    meeting, _ = dc.add_meeting(db, MeetingInput(date(2020, 2, 3), "제1차", (item,), tuple(ids)))
    deliberation.record_decision(db, item, Decision.GO, None, "필요", meeting_id=meeting)
    deliberation.record_decision(db, item, Decision.GO, date(2020, 5, 5), "필요 (사유 보완)")  # the agenda tab
    decided = dc.item_decisions(db, item)
    assert decided.decision_meeting is not None and decided.decided_on == date(2020, 2, 3)
    assert decided.reason == "필요 (사유 보완)"
    deliberation.record_decision(db, item, Decision.GO, date(2020, 5, 5), "필요", meeting_id=None)
    assert dc.item_decisions(db, item).decision_meeting is None


# --- decisions after 실시 ------------------------------------------------------------------------------------------

def test_promotion_and_recommendation_follow_a_go_decision(db: Database) -> None:
    ids = _full(db)
    item = _item(db)
    with pytest.raises(DomainError) as caught:
        dc.record_promotion(db, item, date(2020, 3, 1), "추진위원회 9명")
    assert caught.value.code == "committee_decision_needs_go"
    first, _ = dc.add_meeting(db, MeetingInput(date(2020, 2, 3), "제1차", (item,), tuple(ids[:12])))
    deliberation.record_decision(db, item, Decision.GO, None, "필요", meeting_id=first)
    with pytest.raises(DomainError) as caught:
        dc.record_promotion(db, item, date(2020, 1, 5), "너무 이름")
    assert caught.value.code == "committee_decision_before_go"
    second, _ = dc.add_meeting(db, MeetingInput(date(2020, 3, 2), "제2차", (), tuple(ids[:8])))
    dc.record_promotion(db, item, None, "추진위원회 9명 구성", meeting_id=second)
    third, _ = dc.add_meeting(db, MeetingInput(date(2020, 4, 29), "제3차", (), tuple(ids[:5])))
    with pytest.raises(DomainError, match="정족수 미달"):
        dc.record_recommendation(db, item, None, "권고안", meeting_id=third)
    dc.record_recommendation(db, item, date(2020, 4, 30), "권고안 5개 항목 채택")
    decided = dc.item_decisions(db, item)
    assert decided.promotion_on == date(2020, 3, 2) and decided.promotion_meeting is not None
    assert decided.recommendation_on == date(2020, 4, 30) and decided.recommendation_meeting is None
    with pytest.raises(DomainError) as caught:
        deliberation.record_decision(db, item, Decision.NO_GO, date(2020, 5, 1), "번복")
    assert caught.value.code == "committee_later_decisions_exist"
    dc.record_recommendation(db, item, None, "")
    dc.record_promotion(db, item, None, "")
    deliberation.record_decision(db, item, None, None, "")
    assert dc.item_decisions(db, item).decision is None


def test_every_committee_action_is_audited_with_names_masked(db: Database) -> None:
    member, _ = dc.add_member(db, MemberInput("홍길동", MemberKind.CIVIC, Appointment.APPOINTED, START, END))
    dc.add_meeting(db, MeetingInput(date(2020, 2, 3), "제1차", (), (member,)))
    with db.read() as s:
        entries = list(s.scalars(select(models.AuditEntry).where(models.AuditEntry.entity.like("Committee%"))))
    assert {e.entity for e in entries} >= {"CommitteeMember", "CommitteeMeeting"}
    assert all("홍길동" not in (e.new or "") for e in entries)
    assert any(e.new == "홍*동" for e in entries)


# --- CLI, reports and the demo -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    from conflictdesk.cli import main

    path = str(tmp_path_factory.mktemp("committee") / "demo.sqlite3")
    assert main(["--db", path, "demo", "--projects", "20"]) == 0
    return path


def test_cli_committee_json_lists_members_in_office_masked(demo_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from conflictdesk.cli import main
    from conflictdesk.services.committee_demo import DEMO_MEMBERS

    capsys.readouterr()
    assert main(["--db", demo_file, "deliberation", "committee", "--on", "2020-01-15", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["on"], data["cap"], data["in_office"], data["chair"], data["warning"]) == (
        "2020-01-15", 15, 15, "김*윤", None)
    assert {m["kind"] for m in data["members"]} == {"expert", "civic", "councillor", "official"}
    assert sorted(m["name"] for m in data["members"]) == sorted(n[0] + "*" + n[-1] for n, *_r in DEMO_MEMBERS)
    assert [(c["code"], c["expected"], c["actual"]) for c in data["composition"]] == [
        ("expert", 5, 5), ("civic", 4, 4), ("councillor", 3, 3), ("official", 3, 3),
        ("ex_officio", 3, 3), ("appointed", 12, 12)]
    assert set(data["members"][0]) == {"id", "name", "kind", "appointment", "affiliation", "term_from", "term_to",
                                       "chair"}
    assert main(["--db", demo_file, "deliberation", "committee", "--on", "2021-07-01", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["in_office"] == 0 and data["members"] == [] and "갈등관리전문가 0명(조례 5명)" in data["warning"]
    assert main(["--db", demo_file, "deliberation", "committee", "--on", "2020-01-15"]) == 0
    out = capsys.readouterr().out
    assert "재직 15명" in out and "김*윤 (위원장)" in out and "김도윤" not in out
    assert main(["--db", demo_file, "deliberation", "committee", "--on", "2020-13-01"]) == 1


def test_the_demo_decision_was_taken_at_a_quorate_meeting(demo_file: str) -> None:
    db = Database(f"sqlite:///{demo_file}", actor="tester")
    try:
        item = next(i for i in deliberation.agenda(db, date(2021, 1, 1)) if i.title.startswith("친환경"))
        decided = dc.item_decisions(db, item.id)
        assert decided.decision is Decision.GO and decided.decision_meeting is not None
        assert rules.has_quorum(decided.decision_meeting.in_office, decided.decision_meeting.present)
        assert decided.decided_on == decided.decision_meeting.held_on == date(2019, 12, 20)
        assert decided.promotion_on is not None and decided.recommendation_on is not None
        assert all(m.quorate for m in dc.meetings(db)) and len(dc.meetings(db)) == 3
    finally:
        db.close()


def test_the_result_report_shows_the_committee_decisions_masked(demo_file: str, tmp_path: Path) -> None:
    import zipfile

    from pypdf import PdfReader

    from conflictdesk.cli import main

    out = tmp_path / "r.pdf"
    assert main(["--db", demo_file, "deliberation", "report", "1", "--out", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    for needle in ("2. 공론화위원회 결정", "제1차 정기회의 (2019. 12. 20.) · 출석 13명 / 재직 15명", "추진위원회 구성",
                   "공론화추진위원회 9명 구성", "권고안 채택", "제3차 정기회의"):
        assert needle in text
    assert "김도윤" not in text
    pytest.importorskip("hwpx")
    out = tmp_path / "r.hwpx"
    assert main(["--db", demo_file, "deliberation", "report", "1", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        xml = "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("Contents/section"))
    assert "출석 13명 / 재직 15명" in xml and "권고안 채택" in xml


def test_upgrading_a_0008_file_keeps_every_item_count_and_decision(tmp_path: Path) -> None:
    """Migration 0009 recreates deliberation_items (batch mode): items, their petition counts and the 실시 여부
    decision stay; the committee tables start empty and the new decision fields empty."""
    import shutil
    import sqlite3

    from sqlalchemy import func

    from conflictdesk.store.engine import resolve_db_url

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parent / "data" / "schema_0008.sqlite3", path)
    old = sqlite3.connect(path)
    items = old.execute("SELECT id, title, decision, decided_on, decision_reason FROM deliberation_items "
                        "ORDER BY id").fetchall()
    counts = old.execute("SELECT count(*) FROM petition_counts").fetchone()[0]
    old.close()
    assert items and counts and any(row[2] == "go" for row in items)
    db = Database(resolve_db_url(str(path)))
    try:
        with db.read() as s:
            rows = s.execute(select(models.DeliberationItem.id, models.DeliberationItem.title,
                                    models.DeliberationItem.decision, models.DeliberationItem.decided_on,
                                    models.DeliberationItem.decision_reason).order_by(models.DeliberationItem.id))
            assert [(i, t, d, on.isoformat() if on else None, r) for i, t, d, on, r in rows] == [
                (i, t, d, on, r) for i, t, d, on, r in items]
            assert s.scalar(select(func.count(models.PetitionCount.id))) == counts
            assert s.scalar(select(func.count(models.CommitteeMember.id))) == 0
        go = next(row[0] for row in items if row[2] == "go")
        decided = dc.item_decisions(db, go)
        assert decided.decision is Decision.GO and decided.decision_meeting is None and decided.promotion_on is None
    finally:
        db.close()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.one_of(st.none(), st.integers(0, 40))), max_size=20),
       st.integers(0, 40), st.one_of(st.none(), st.integers(0, 40)), st.integers(1, 6))
def test_the_cap_check_agrees_with_counting_day_by_day(others: list[tuple[int, int | None]], start: int,
                                                       end: int | None, cap: int) -> None:
    """The peak over a term equals the most terms covering any single day of it (checked day by day)."""
    base = date(2020, 1, 1)

    def term(a: int, b: int | None) -> MemberTerm:
        lo, hi = (a, b) if b is None or b >= a else (b, a)
        return MemberTerm(base + timedelta(days=lo), None if hi is None else base + timedelta(days=hi))

    terms = [term(a, b) for a, b in others]
    new = term(start, end)
    last = new.end or base + timedelta(days=60)
    days = [new.start + timedelta(days=n) for n in range((last - new.start).days + 1)]
    brute = max((sum(1 for t in terms if t.covers(d)) for d in days), default=0)
    peak, day = rules.peak_in_office([t for t in terms if t.overlaps(new.start, new.end)], new.start, new.end)
    assert peak == brute and new.covers(day)
    assert sum(1 for t in terms if t.covers(day)) == peak


def test_a_member_entered_later_cannot_take_the_quorum_of_a_decided_meeting(db: Database) -> None:
    ids = _full(db, 10)
    item = _item(db)
    meeting, _ = dc.add_meeting(db, MeetingInput(date(2020, 2, 3), "제1차", (), tuple(ids[:6])))
    deliberation.record_decision(db, item, Decision.GO, None, "필요", meeting_id=meeting)  # 6 of 10
    dc.add_member(db, MemberInput("홍길동", MemberKind.EXPERT, Appointment.APPOINTED, date(2020, 2, 4), END))
    with pytest.raises(DomainError) as caught:  # 6 of 12 on 2020-02-03 would not be a majority
        dc.add_member(db, MemberInput("김철수", MemberKind.CIVIC, Appointment.APPOINTED, date(2020, 1, 1), END))
        dc.add_member(db, MemberInput("이영희", MemberKind.CIVIC, Appointment.APPOINTED, date(2020, 1, 1), END))
    assert caught.value.code == "committee_no_quorum" and "제1차" in str(caught.value)
    assert len(dc.committee(db, date(2020, 2, 3)).in_office) == 11
