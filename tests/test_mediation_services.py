"""Mediation services: expert pool, xlsx import, assignments and conflict of interest, allowances, councils."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from conflictdesk.domain.allowances import AllowanceBudget
from conflictdesk.domain.enums import ExpertRole, ItemStatus, MemberRole
from conflictdesk.domain.errors import Conflict, CouncilFull, DomainError, NotFound
from conflictdesk.services import allowances, assignments, council_records, councils, experts
from conflictdesk.services.expert_import import ImportProblems, import_pool
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Card, Council, Department, Project, Stakeholder


@pytest.fixture
def case(db: Database) -> str:
    with db.write() as s:
        dept = Department(name="자원순환과")
        s.add(dept)
        s.flush()
        project = Project(code="2020-000001", name="소각장 현대화", department_id=dept.id)
        s.add(project)
        s.flush()
        card = Card(project_id=project.id)
        s.add(card)
        s.flush()
        s.add(Stakeholder(card_id=card.id, name="인천환경운동연합 (시민단체)", kind="civic_group"))
        s.add(Stakeholder(card_id=card.id, name="홍길동", kind="residents"))
    return "2020-000001"


def _expert(db: Database, name: str = "김조정", affiliation: str = "한국갈등해결센터") -> int:
    expert_id, _ = experts.add_expert(db, experts.ExpertInput(name, "환경", affiliation, "인천", "010-1234-5678"))
    return expert_id


# --- pool ----------------------------------------------------------------------------------------

def test_pool_lists_masked_contacts_and_refuses_a_stale_edit(db: Database) -> None:
    eid = _expert(db)
    [row] = experts.list_experts(db)
    assert row.contact == "010-****-5678"
    assert experts.get_expert(db, eid).contact == "010-1234-5678"
    seen = row.version
    experts.update_expert(db, eid, seen, experts.ExpertInput("김조정", "교통", "인하대학교"))
    with pytest.raises(Conflict):
        experts.update_expert(db, eid, seen, experts.ExpertInput("김조정", "환경"))
    experts.set_expert_active(db, eid, False)
    assert experts.list_experts(db, include_inactive=False) == []
    assert experts.get_expert(db, eid).field == "교통"


def test_history_lists_cases_roles_and_payments(db: Database, case: str) -> None:
    eid = _expert(db)
    assignments.assign_expert(db, eid, case, ExpertRole.MEDIATION, date(2020, 2, 1))
    allowances.record_payment(db, eid, date(2020, 3, 5), 300_000, "회의 참석", case)
    history = experts.expert_history(db, eid)
    assert [(a.project_code, a.role) for a in history.assignments] == [(case, ExpertRole.MEDIATION)]
    assert history.paid_total_won == 300_000
    assert history.payments[0].project_code == case


# --- import --------------------------------------------------------------------------------------

def _sheet(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header or ["성명", "분야", "소속", "지역", "연락처", "비고"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_adds_and_updates(db: Database, tmp_path: Path) -> None:
    _expert(db, "김조정")
    path = _sheet(tmp_path / "pool.xlsx", [["김조정", "도시", "인하대학교", "인천", "010-1234-5678", ""],
                                           ["이중재", "환경", "", "서울", 1012345678, "신규"]])
    result = import_pool(db, path)
    assert (result.added, result.updated) == (1, 1)
    names = {r.name: r for r in experts.list_experts(db)}
    assert names["김조정"].field == "도시"
    assert experts.get_expert(db, names["이중재"].id).contact == "1012345678"


def test_import_is_all_or_nothing_with_row_and_column(db: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "bad.xlsx", [["박전문", "환경", "", "", "", ""],
                                          ["", "교통", "", "", "", ""],
                                          ["최자문", "=A2", "", "", "", ""],
                                          ["박전문", "중복", "", "", "", ""]])
    with pytest.raises(ImportProblems) as exc:
        import_pool(db, path)
    problems = {(p.row, p.column) for p in exc.value.problems}
    assert problems == {(3, "성명"), (4, "분야"), (5, "성명")}
    assert experts.list_experts(db) == []


def test_import_reports_missing_columns(db: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "cols.xlsx", [["가"]], header=["이름", "분야"])
    with pytest.raises(ImportProblems) as exc:
        import_pool(db, path)
    assert {p.column for p in exc.value.problems} == {"성명", "소속", "지역", "연락처", "비고"}


# --- assignments ---------------------------------------------------------------------------------

def test_assignment_warns_of_conflict_of_interest_but_assigns(db: Database, case: str) -> None:
    eid = _expert(db, affiliation="인천환경운동연합")
    result = assignments.assign_expert(db, eid, case, ExpertRole.ADVICE, date(2020, 1, 1))
    assert len(result.warnings) == 1 and "인천환경운동연합 (시민단체)" in result.warnings[0]
    assert assignments.assignments_for_project(db, case)[0].id == result.assignment_id
    other = _expert(db, "이독립", "서울대학교")
    assert assignments.assign_expert(db, other, case, ExpertRole.ADVICE, date(2020, 1, 1)).warnings == ()
    assert assignments.conflict_warnings(db, eid, case) == result.warnings


def test_active_assignment_rule(db: Database, case: str) -> None:
    eid = _expert(db)
    with db.read() as s:
        pid = s.query(Project.id).scalar()
        assert not assignments._has_active_expert(s, pid, date(2020, 6, 1))
    result = assignments.assign_expert(db, eid, case, ExpertRole.ONE_ON_ONE, date(2020, 3, 1))
    with db.read() as s:
        assert not assignments._has_active_expert(s, pid, date(2020, 2, 29))
        assert assignments._has_active_expert(s, pid, date(2020, 6, 1))
    assignments.end_assignment(db, result.assignment_id, date(2020, 6, 30))
    with db.read() as s:
        assert assignments._has_active_expert(s, pid, date(2020, 6, 30))
        assert not assignments._has_active_expert(s, pid, date(2020, 7, 1))


# --- allowances ----------------------------------------------------------------------------------

def test_quarterly_execution_uses_default_budget(db: Database) -> None:
    eid = _expert(db)
    allowances.record_payment(db, eid, date(2021, 2, 1), 1_000_000)
    allowances.record_payment(db, eid, date(2021, 5, 1), 3_500_000)
    view = allowances.year_overview(db, 2021)
    assert not view.own_budget and view.budget.annual_won == 12_000_000
    q = view.execution.quarters
    assert [x.executed_won for x in q] == [1_000_000, 3_500_000, 0, 0]
    assert q[1].remaining_won == -500_000 and q[1].cumulative_remaining_won == 1_500_000
    assert view.execution.remaining_won == 7_500_000
    allowances.save_budget(db, AllowanceBudget(2021, 5_000_000, (1_000_000,) * 4))
    assert allowances.year_overview(db, 2021).execution.remaining_won == 500_000


def test_over_budget_payment_refused_unless_allowed(db: Database) -> None:
    eid = _expert(db)
    allowances.save_budget(db, AllowanceBudget(2021, 1_000_000, (250_000,) * 4))
    allowances.record_payment(db, eid, date(2021, 1, 10), 900_000, allow_over_budget=True)  # quarter only
    check = allowances.check_new_payment(db, date(2021, 2, 1), 200_000)
    assert check.exceeds_year and check.year_excess_won == 100_000
    with pytest.raises(DomainError) as exc:
        allowances.record_payment(db, eid, date(2021, 2, 1), 200_000)
    assert exc.value.code == "over_budget" and "초과" in exc.value.message
    assert len(allowances.year_overview(db, 2021).payments) == 1
    pid, check, _ = allowances.record_payment(db, eid, date(2021, 2, 1), 200_000, allow_over_budget=True)
    assert check.exceeds_year
    allowances.delete_payment(db, pid)
    assert allowances.year_overview(db, 2021).execution.executed_won == 900_000


# --- councils ------------------------------------------------------------------------------------

def test_sixteenth_member_is_refused(db: Database, case: str) -> None:
    councils.form_council(db, case, date(2020, 3, 1))
    for n in range(15):
        councils.add_member(db, case, councils.MemberInput(f"위원{n}", MemberRole.OTHER))
    with pytest.raises(CouncilFull) as exc:
        councils.add_member(db, case, councils.MemberInput("열여섯", MemberRole.EXPERT))
    assert "최대 15명" in exc.value.message
    assert len(councils.get_council(db, case).members) == 15


def test_chair_must_be_independent_and_single(db: Database, case: str) -> None:
    councils.form_council(db, case, date(2020, 3, 1))
    councils.add_member(db, case, councils.MemberInput("주민가", MemberRole.PARTY, "주민대책위원회", "주민"))
    with pytest.raises(DomainError) as exc:
        councils.add_member(db, case, councils.MemberInput("위원장", MemberRole.CHAIR, "주민대책위원회"))
    assert exc.value.code == "chair_not_independent"
    with pytest.raises(DomainError):
        councils.add_member(db, case, councils.MemberInput("주민가", MemberRole.CHAIR, "대학교"))
    with pytest.raises(DomainError):
        councils.add_member(db, case, councils.MemberInput("외부인", MemberRole.CHAIR, "주민"))  # the side
    chair_id, _ = councils.add_member(db, case, councils.MemberInput("중립자", MemberRole.CHAIR, "인하대학교"))
    with pytest.raises(DomainError) as exc:
        councils.add_member(db, case, councils.MemberInput("둘째", MemberRole.CHAIR, "서울대학교"))
    assert exc.value.code == "second_chair"
    with pytest.raises(DomainError):  # a new party from the chair's organisation
        councils.add_member(db, case, councils.MemberInput("학생회", MemberRole.PARTY, "인하대학교"))
    assert councils.get_council(db, case).chair is not None
    councils.remove_member(db, chair_id)
    assert councils.get_council(db, case).chair is None


def test_meetings_are_closed_unless_all_parties_agreed(db: Database, case: str) -> None:
    councils.form_council(db, case, date(2020, 3, 1))
    _, is_open, _ = council_records.save_meeting(  # no party member: nobody can agree, so closed
        db, case, council_records.MeetingInput(date(2020, 3, 20), open_requested=True))
    assert not is_open
    a, _ = councils.add_member(db, case, councils.MemberInput("주민대표", MemberRole.PARTY, side="주민"))
    b, _ = councils.add_member(db, case, councils.MemberInput("사업자", MemberRole.PARTY, side="사업자"))
    official, _ = councils.add_member(db, case, councils.MemberInput("담당관", MemberRole.OFFICIAL))
    _, is_open, _ = council_records.save_meeting(
        db, case, council_records.MeetingInput(date(2020, 4, 1), open_requested=True,
                                               consenting_member_ids=(a, official)))
    assert not is_open
    mid, is_open, _ = council_records.save_meeting(
        db, case, council_records.MeetingInput(date(2020, 5, 1), open_requested=True, consenting_member_ids=(a, b)))
    assert is_open
    view = councils.get_council(db, case)
    assert [m.is_open for m in view.meetings] == [False, False, True]
    assert [m.consents for m in view.meetings] == [(), (a,), (a, b)]  # only 당사자 대표 consents are kept
    assert all(not k.startswith("_") for k in view.basic_rules)
    # saving the basic rules keeps the consents; a party that agreed but asked to stay closed → closed
    councils.update_council(db, case, view.version, name=view.name, formed_on=view.formed_on,
                            basic_rules={"purpose": "합의 도출"}, schedule="", end_on=None)
    assert councils.get_council(db, case).meetings[2].consents == (a, b)
    _, is_open, _ = council_records.save_meeting(
        db, case, council_records.MeetingInput(date(2020, 5, 1), consenting_member_ids=(a, b)), mid)
    assert not is_open
    with db.read() as s:
        reasons = list(s.scalars(select(AuditEntry.reason).where(AuditEntry.entity == "CouncilMeeting")))
    assert any("전원 동의" in r for r in reasons) and any("1/2" in r for r in reasons)
    councils.remove_member(db, b)
    assert councils.get_council(db, case).meetings[2].consents == (a,)
    council_records.delete_meeting(db, mid)
    assert len(councils.get_council(db, case).meetings) == 2
    with db.read() as s:
        stored = s.scalar(select(Council.basic_rules))
    assert str(mid) not in stored[councils.CONSENTS_KEY]


def test_rules_result_and_items(db: Database, case: str) -> None:
    councils.form_council(db, case, date(2020, 3, 1))
    view = councils.get_council(db, case)
    assert len(view.basic_rules) == 8
    councils.update_council(db, case, view.version, name="소각장 협의회", formed_on=date(2020, 3, 1),
                            basic_rules={"purpose": "합의 도출"}, schedule="월 1회", end_on=date(2020, 12, 31))
    with pytest.raises(Conflict):
        council_records.save_result(db, case, view.version, kind=None, result_on=None, text="", legality_note="")
    view = councils.get_council(db, case)
    assert view.basic_rules["purpose"] == "합의 도출" and view.name == "소각장 협의회"
    council_records.save_result(db, case, view.version, kind=council_records.ResultKind.AGREEMENT,
                                result_on=date(2020, 10, 1), text="합의함", legality_note="적법")
    item_id, _ = council_records.save_item(db, case, council_records.ItemInput("감시단 운영", "자원순환과"))
    with pytest.raises(DomainError):
        council_records.save_item(db, case, council_records.ItemInput("감시단 운영", status=ItemStatus.DONE),
                                  item_id)
    council_records.save_item(db, case, council_records.ItemInput(
        "감시단 운영", "자원순환과", status=ItemStatus.DONE, done_on=date(2020, 12, 1)), item_id)
    [item] = councils.get_council(db, case).items
    assert item.status == ItemStatus.DONE.value and item.done_on == date(2020, 12, 1)


def test_unknown_case_or_no_council(db: Database, case: str) -> None:
    with pytest.raises(NotFound):
        councils.get_council(db, "NOPE")
    with pytest.raises(NotFound):
        councils.get_council(db, case)
    councils.form_council(db, case, date(2020, 3, 1))
    with pytest.raises(DomainError):
        councils.form_council(db, case, date(2020, 3, 1))


def test_demo_council_reads_its_rules(demo_db: Database) -> None:
    [(code, _name)] = councils.council_cases(demo_db)
    view = councils.get_council(demo_db, code)
    assert len(view.members) == 8 and all(view.basic_rules.values())
