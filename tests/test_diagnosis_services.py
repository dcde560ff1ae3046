"""Diagnosis services: grades and their rules, the checklist form, carry-over, mid-round targets, obligations."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from conflictdesk.domain.enums import CarryOver, GradeKind
from conflictdesk.domain.errors import Conflict, DomainError, InvalidValue, NotFound
from conflictdesk.services.carryover import add_target, mark_carry_over
from conflictdesk.services.diagnosis import load_diagnosis, save_diagnosis, set_grade
from conflictdesk.services.obligations import department_summary, round_status
from conflictdesk.services.rounds import _ensure_round, open_round
from conflictdesk.services.screening import screen_round, screening_table
from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    AuditEntry,
    Card,
    Department,
    Diagnosis,
    Expert,
    ExpertAssignment,
    MainIssue,
    PlanItem,
    Project,
    ResponsePlan,
    Round,
)

TODAY = date(2020, 8, 1)


def _diag(db: Database, code: str, round_code: str) -> Diagnosis | None:
    with db.read() as s:
        return s.scalar(select(Diagnosis).join(Project, Project.id == Diagnosis.project_id)
                        .join(Round, Round.id == Diagnosis.round_id)
                        .where(Project.code == code, Round.code == round_code))


def _grade3_target(db: Database, round_code: str = "2020-2") -> str:
    with db.read() as s:
        return str(s.scalar(
            select(Project.code).join(Diagnosis, Diagnosis.project_id == Project.id)
            .join(Round, Round.id == Diagnosis.round_id)
            .where(Round.code == round_code, Diagnosis.confirmed_grade == 3, Diagnosis.suggested_grade == 3)
            .order_by(Project.code).limit(1)))


def _audit_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count(AuditEntry.id))) or 0)


# --- set_grade -------------------------------------------------------------------------------------


def test_confirmed_grade_differing_from_suggestion_needs_a_reason(demo_db: Database) -> None:
    code = _grade3_target(demo_db)
    before = _audit_count(demo_db)
    with pytest.raises(DomainError, match="사유"):
        set_grade(demo_db, code, "2020-2", 1, GradeKind.CONFIRMED, "  ", TODAY)
    assert _diag(demo_db, code, "2020-2").confirmed_grade == 3  # type: ignore[union-attr]
    assert _audit_count(demo_db) == before

    set_grade(demo_db, code, "2020-2", 1, "confirmed", "주민 반대 집회 확산, 시 차원 결정 필요", TODAY)
    d = _diag(demo_db, code, "2020-2")
    assert d is not None and d.confirmed_grade == 1 and d.confirmed_on == TODAY
    assert d.override_reason == "주민 반대 집회 확산, 시 차원 결정 필요"
    with demo_db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "Diagnosis",
                                                  AuditEntry.field == "confirmed_grade")
                         .order_by(AuditEntry.id.desc()).limit(1))
    assert entry is not None
    assert (entry.old, entry.new, entry.reason) == ("3", "1", "주민 반대 집회 확산, 시 차원 결정 필요")
    assert entry.actor == "tester"


def test_same_as_suggestion_and_other_kinds_need_no_reason(demo_db: Database) -> None:
    code = _grade3_target(demo_db)
    set_grade(demo_db, code, "2020-2", 3, GradeKind.CONFIRMED, "", TODAY)
    set_grade(demo_db, code, "2020-2", 1, GradeKind.SELF, "", TODAY)
    set_grade(demo_db, code, "2020-2", 2, GradeKind.RECOMMENDED, "", TODAY)
    d = _diag(demo_db, code, "2020-2")
    assert d is not None
    assert (d.self_grade, d.self_graded_on, d.recommended_grade, d.recommended_on) == (1, TODAY, 2, TODAY)


@pytest.mark.parametrize(
    ("code", "round_code", "grade", "error"),
    [
        ("2019-000002", "2020-2", 4, InvalidValue),
        ("2019-000002", "2020-2", 0, InvalidValue),
        ("NO-SUCH", "2020-2", 2, NotFound),
        ("2019-000002", "2024-1", 2, NotFound),
        ("2019-000002", "2020-3", 2, InvalidValue),
    ],
)
def test_bad_grade_unknown_project_or_round_change_nothing(demo_db: Database, code: str, round_code: str,
                                                            grade: int, error: type[Exception]) -> None:
    before = _audit_count(demo_db)
    with pytest.raises(error):
        set_grade(demo_db, code, round_code, grade, GradeKind.CONFIRMED, "사유", TODAY)
    assert _audit_count(demo_db) == before


# --- the checklist form ----------------------------------------------------------------------------


def test_form_saves_scores_owner_level_suggestion_and_checks_version(demo_db: Database) -> None:
    code = _grade3_target(demo_db)
    form = load_diagnosis(demo_db, code, "2020-2", TODAY)
    assert form.criteria and all(reason for _c, _l, reason in form.criteria)
    assert [i.code for i in form.checklist.items][:2] == ["stakeholders", "organised_opposition"]
    scores = {i.code: 3 for i in form.checklist.items}
    saved, changes = save_diagnosis(
        demo_db, code, "2020-2", owner_level=3, scores=scores, grades={GradeKind.CONFIRMED: 1},
        override_reason="", today=TODAY, seen_version=form.version)
    assert changes.touches("diagnosis")
    assert saved.suggestion.grade.value == 1 and saved.stored_suggestion == 1
    assert saved.grades[GradeKind.CONFIRMED].grade == 1
    assert saved.scores == scores and saved.owner_level == 3
    with pytest.raises(Conflict):  # the version seen before the save is stale now
        save_diagnosis(demo_db, code, "2020-2", owner_level=2, scores={}, grades={},
                       override_reason="", today=TODAY, seen_version=form.version)
    with pytest.raises(InvalidValue):
        save_diagnosis(demo_db, code, "2020-2", owner_level=3, scores={"nimby": 5}, grades={},
                       override_reason="", today=TODAY, seen_version=saved.version)


def test_alert_level_comes_from_card_signals(demo_db: Database) -> None:
    with demo_db.read() as s:
        code = s.scalar(select(Project.code).join(Card, Card.project_id == Project.id).order_by(Project.code))
    assert code is not None
    form = load_diagnosis(demo_db, code, "2020-2", date(2020, 12, 15))
    quiet = load_diagnosis(demo_db, code, "2020-2", date(2030, 1, 1))
    assert quiet.alert.level.value == "none"
    assert form.alert.level.value in ("none", "pre_alert", "alert")
    assert len(form.alert.met) >= (1 if form.alert.level.value != "none" else 0)


# --- screening -------------------------------------------------------------------------------------


def test_screening_table_rows_and_counts(demo_db: Database) -> None:
    counts, _ = screen_round(demo_db, "2020-1")
    table = screening_table(demo_db, "2020-1")
    assert table.screened == counts.screened == 300
    assert table.targets >= counts.targets
    for code, (met, targets) in table.by_criterion.items():
        assert met == counts.by_criterion[code] >= targets
    with pytest.raises(NotFound):
        screening_table(demo_db, "2030-1")


# --- carry-over and mid-round targets --------------------------------------------------------------


def test_opening_2021_1_carries_over_the_key_cases_and_marking_works(demo_db: Database) -> None:
    with demo_db.read() as s:
        key = dict(s.execute(
            select(Project.code, Diagnosis.confirmed_grade).join(Diagnosis, Diagnosis.project_id == Project.id)
            .join(Round, Round.id == Diagnosis.round_id)
            .where(Round.code == "2020-2", Diagnosis.confirmed_grade.in_((1, 2)))).all())
    assert len(key) >= 3
    open_round(demo_db, "2021-1")
    screen_round(demo_db, "2021-1")
    rows = {r[1]: r for r in screening_table(demo_db, "2021-1").rows}
    carried = {code for code, r in rows.items() if r[6]}
    assert carried == set(key)
    assert all(rows[c][5] and rows[c][7] is None for c in carried)  # targets, decision pending

    codes = sorted(key)
    grade_of = {c: key[c] for c in codes}
    assert all(_diag(demo_db, c, "2021-1").confirmed_grade == grade_of[c] for c in codes)  # type: ignore[union-attr]
    with pytest.raises(InvalidValue, match="사유"):
        mark_carry_over(demo_db, codes[0], "2021-1", CarryOver.CONTINUED, TODAY)
    mark_carry_over(demo_db, codes[0], "2021-1", CarryOver.CONTINUED, TODAY, reason="갈등 지속")
    mark_carry_over(demo_db, codes[1], "2021-1", "downgraded", TODAY, reason="협의 진전")
    mark_carry_over(demo_db, codes[2], "2021-1", CarryOver.RESOLVED, TODAY, reason="합의 완료")
    assert _diag(demo_db, codes[0], "2021-1").confirmed_grade == grade_of[codes[0]]  # type: ignore[union-attr]
    assert _diag(demo_db, codes[1], "2021-1").confirmed_grade == grade_of[codes[1]] + 1  # type: ignore[union-attr]
    resolved = _diag(demo_db, codes[2], "2021-1")
    assert resolved is not None and resolved.carry_over == "resolved" and not resolved.is_target
    assert resolved.confirmed_grade is None
    screen_round(demo_db, "2021-1")  # re-screening keeps the officer's decisions
    assert not _diag(demo_db, codes[2], "2021-1").is_target  # type: ignore[union-attr]
    status = {r.code: r for r in round_status(demo_db, "2021-1", TODAY)}
    assert codes[2] not in status or status[codes[2]].grade is None
    with pytest.raises(InvalidValue):
        mark_carry_over(demo_db, codes[0], "2021-1", "maybe", TODAY, reason="?")
    with pytest.raises(DomainError, match="이월 사업이 아닙니다"):
        mark_carry_over(demo_db, next(c for c, r in rows.items() if r[5] and not r[6]), "2021-1", "continued",
                        TODAY, reason="계속")


def test_add_and_swap_targets_mid_round(demo_db: Database) -> None:
    rows = screening_table(demo_db, "2020-2").rows
    non_targets = [r[1] for r in rows if not r[5]]
    targets = [r[1] for r in rows if r[5] and not r[6]]
    with pytest.raises(InvalidValue):
        add_target(demo_db, non_targets[0], "2020-2", "")
    add_target(demo_db, non_targets[0], "2020-2", "주민 집단민원 접수로 추가 선정")
    d = _diag(demo_db, non_targets[0], "2020-2")
    assert d is not None and d.is_target and d.added_mid_round
    add_target(demo_db, non_targets[1], "2020-2", "사업 변경에 따른 대상 교체", replaces_code=targets[0])
    swapped_in, swapped_out = _diag(demo_db, non_targets[1], "2020-2"), _diag(demo_db, targets[0], "2020-2")
    assert swapped_in is not None and swapped_out is not None
    assert swapped_in.is_target and swapped_in.replaces_project_id == swapped_out.project_id
    assert not swapped_out.is_target
    screen_round(demo_db, "2020-2")
    assert _diag(demo_db, non_targets[0], "2020-2").is_target  # type: ignore[union-attr]
    assert not _diag(demo_db, targets[0], "2020-2").is_target  # type: ignore[union-attr]
    with pytest.raises(DomainError, match="이미"):
        add_target(demo_db, non_targets[0], "2020-2", "중복")


# --- obligations (table-driven) --------------------------------------------------------------------

FULL = {"card": True, "issues": 2, "stage": "surfaced", "outlook": "협의 지속", "plan": True, "items": 1,
        "expert_end": None}


@pytest.mark.parametrize(
    ("grade", "setup", "missing"),
    [
        (1, {}, []),
        (2, {}, []),
        (3, {"card": False, "plan": False, "expert": False}, []),
        (None, {"card": False}, []),
        (1, {"card": False, "plan": False, "expert": False}, ["card", "plan", "expert"]),
        (2, {"card": False, "plan": False, "expert": False}, ["card", "plan"]),
        (2, {"issues": 0}, ["card"]),
        (2, {"stage": None}, ["card"]),
        (2, {"outlook": "  "}, ["card"]),
        (2, {"items": 0}, ["plan"]),
        (2, {"plan": False}, ["plan"]),
        (1, {"expert_end": date(2020, 7, 31)}, ["expert"]),  # ended yesterday
        (1, {"expert_end": TODAY}, []),  # ends today: still active
        (1, {"expert": False}, ["expert"]),
    ],
)
def test_obligations_per_project(db: Database, grade: int | None, setup: dict[str, object],
                                 missing: list[str]) -> None:
    cfg = {**FULL, "expert": True, **setup}
    with db.write() as s:
        dept = Department(name="자원순환과")
        s.add(dept)
        rnd, _ = _ensure_round(s, "2020-2")
        project = Project(code="P-1", name="소각장 건립", department=dept)
        s.add(project)
        s.flush()
        s.add(Diagnosis(round_id=rnd.id, project_id=project.id, is_target=True, confirmed_grade=grade,
                        risk_scores={}))
        if cfg["card"]:
            card = Card(project_id=project.id, stage=cfg["stage"], outlook=cfg["outlook"])
            for n in range(int(cfg["issues"])):  # type: ignore[call-overload]
                card.issues.append(MainIssue(position=n, text=f"쟁점 {n}"))
            if cfg["plan"]:
                plan = ResponsePlan()
                for n in range(int(cfg["items"])):  # type: ignore[call-overload]
                    plan.items.append(PlanItem(position=n, title=f"조치 {n}"))
                card.plan = plan
            s.add(card)
        if cfg["expert"]:
            expert = Expert(name="김조정")
            s.add(expert)
            s.flush()
            s.add(ExpertAssignment(expert_id=expert.id, project_id=project.id, role="mediation",
                                   start_on=date(2020, 1, 1), end_on=cfg["expert_end"]))
    rows = round_status(db, "2020-2", TODAY)
    assert [(r.code, r.grade, list(r.missing)) for r in rows] == [("P-1", grade, missing)]
    [summary] = department_summary(rows)
    assert (summary.missing_card, summary.missing_plan, summary.missing_expert) == (
        "card" in missing, "plan" in missing, "expert" in missing)


def test_department_summary_counts_grades(demo_db: Database) -> None:
    rows = round_status(demo_db, "2020-2", TODAY)
    summary = department_summary(rows)
    assert sum(d.grade1 + d.grade2 + d.grade3 + d.ungraded for d in summary) == len(rows)
    assert sum(d.grade1 for d in summary) == sum(1 for r in rows if r.grade == 1) >= 1
    assert [d.department for d in summary] == sorted(d.department for d in summary)
