"""Carried-over cases (계속·하향·해소·제외·재선정) and targets added or swapped mid-round (§4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import CarryOver
from conflictdesk.domain.errors import DomainError, InvalidValue
from conflictdesk.services.changes import Changes
from conflictdesk.services.projects import _project_id_by_code
from conflictdesk.services.reviews import _sync_in_session
from conflictdesk.services.rounds import _get_round, _previous_round
from conflictdesk.services.screening import explain
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import Department, Diagnosis, Project, Round


def _diagnosis(session: Session, rnd: Round, project_id: int) -> Diagnosis | None:
    return session.scalar(select(Diagnosis).where(Diagnosis.round_id == rnd.id, Diagnosis.project_id == project_id))


def _carried_grade(session: Session, rnd: Round, diag: Diagnosis) -> int | None:
    """The confirmed grade the case had in the previous round (what it was carried over with)."""
    prev = _previous_round(session, rnd.code)
    if prev is not None:
        grade = session.scalar(select(Diagnosis.confirmed_grade).where(
            Diagnosis.round_id == prev.id, Diagnosis.project_id == diag.project_id))
        if grade is not None:
            return int(grade)
    return diag.recommended_grade


def decision_for_grade(base: int | None, grade: int) -> CarryOver:
    """The decision a confirmed grade records on a carried case: same → 계속, lower (3 after 2) → 하향,
    more serious → 재선정."""
    if base is None or grade == base:
        return CarryOver.CONTINUED
    return CarryOver.DOWNGRADED if grade > base else CarryOver.RESELECTED


def _decide(session: Session, rnd: Round, diag: Diagnosis, choice: CarryOver, grade: int | None,
            today: date) -> None:
    """Apply a decision inside the caller's transaction (the audit trail records old → new)."""
    base = _carried_grade(session, rnd, diag)
    if grade is not None and (isinstance(grade, bool) or grade not in (1, 2, 3)):
        raise InvalidValue("grade_invalid", value=grade)
    if choice is CarryOver.RESOLVED:
        if grade is not None:
            raise InvalidValue("carry_resolve_no_grade")
        diag.carry_over = choice.value
        diag.is_target = False
        diag.confirmed_grade = None
        diag.confirmed_on = None
        return
    if choice is CarryOver.CONTINUED:
        if grade is not None and base is not None and grade != base:
            raise InvalidValue("carry_continue_keeps_grade", grade=base)
        new = base if base is not None else grade
    elif choice is CarryOver.DOWNGRADED:
        new = grade if grade is not None else (min(3, base + 1) if base is not None else None)
        if new is None or (base is not None and new <= base):
            raise InvalidValue("carry_downgrade_lower", grade=base)
    else:  # re-selected: re-graded with a new checklist; without a grade it keeps the carried one for now
        new = grade if grade is not None else base
    diag.carry_over = choice.value
    diag.is_target = True
    if new is not None and diag.confirmed_grade != new:
        diag.confirmed_grade = new
        diag.confirmed_on = today


def mark_carry_over(db: Database, project_code: str, round_code: str, decision: CarryOver | str,
                    today: date, reason: str = "", seen_version: int | None = None,
                    grade: int | None = None) -> Changes:
    """Record the officer's decision on a carried-over case, audited with ``reason`` (required).

    계속 keeps the carried grade; 하향 lowers it (to ``grade``, default one step); 해소·제외 keeps the record for
    monitoring, but it is no longer a target and has no grade or duty in the round; 재선정 takes ``grade`` (a
    new checklist). The round's reviews follow at once (docs/업무규칙.md).
    """
    try:
        choice = CarryOver(decision)
    except ValueError:
        raise InvalidValue("carry_decision_unknown", value=decision) from None
    if not reason.strip():
        raise InvalidValue("carry_reason_required", decision=choice)
    with db.write(reason=f"{round_code} 이월 판단 {choice.label}: {reason.strip()}") as s:
        rnd = _get_round(s, round_code)
        pid = _project_id_by_code(s, project_code)
        diag = _diagnosis(s, rnd, pid)
        if diag is None or not diag.carried_over:
            raise DomainError("not_carried", project=project_code, round=rnd.code)
        expect_version(diag, seen_version, "진단 기록")
        _decide(s, rnd, diag, choice, grade, today)
        s.flush()
        _sync_in_session(s, rnd.code, today)
    return Changes.of("diagnosis", "review")


@dataclass(frozen=True)
class CarriedCase:
    """One carried case of a round: where it came from, the decision (None = 결정 대기) and the grade in force."""

    code: str
    name: str
    department: str
    from_round: str
    from_grade: int | None
    decision: str | None  # CarryOver value
    grade: int | None
    version: int

    @property
    def pending(self) -> bool:
        return self.decision is None

    def to_json(self) -> dict[str, object]:
        """The CLI contract: ``code, name, department, from_round, from_grade, decision, grade``."""
        return {"code": self.code, "name": self.name, "department": self.department,
                "from_round": self.from_round, "from_grade": self.from_grade,
                "decision": JSON_DECISIONS.get(self.decision) if self.decision else None, "grade": self.grade}


#: Stored decision → the CLI word (``carryover --decision``).
JSON_DECISIONS = {CarryOver.CONTINUED.value: "continue", CarryOver.DOWNGRADED.value: "downgrade",
                  CarryOver.RESOLVED.value: "resolve", CarryOver.RESELECTED.value: "reselect"}
DECISION_OF_WORD = {word: CarryOver(value) for value, word in JSON_DECISIONS.items()}


def carried_cases(db: Database, round_code: str) -> list[CarriedCase]:
    """The carried cases of a round, pending (결정 대기) first, then by code."""
    with db.read() as s:
        rnd = _get_round(s, round_code)
        prev = _previous_round(s, rnd.code)
        prev_grades: dict[int, int | None] = {}
        if prev is not None:
            prev_grades = {pid: g for pid, g in s.execute(
                select(Diagnosis.project_id, Diagnosis.confirmed_grade).where(Diagnosis.round_id == prev.id))}
        stmt = (select(Diagnosis.project_id, Project.code, Project.name, Department.name, Diagnosis.carry_over,
                       Diagnosis.confirmed_grade, Diagnosis.recommended_grade, Diagnosis.version)
                .join(Project, Project.id == Diagnosis.project_id)
                .join(Department, Department.id == Project.department_id)
                .where(Diagnosis.round_id == rnd.id, Diagnosis.carried_over.is_(True)))
        cases = [CarriedCase(code, name, dept, prev.code if prev else "", prev_grades.get(pid, recommended),
                             decision, grade, version)
                 for pid, code, name, dept, decision, grade, recommended, version in s.execute(stmt)]
    return sorted(cases, key=lambda c: (not c.pending, c.code))


def add_target(db: Database, project_code: str, round_code: str, reason: str,
               replaces_code: str | None = None) -> Changes:
    """Add a diagnosis target mid-round, optionally in place of another target (swap)."""
    if not reason.strip():
        raise InvalidValue("target_reason_required")
    with db.write(reason=reason.strip()) as s:
        rnd = _get_round(s, round_code)
        project = s.get(Project, _project_id_by_code(s, project_code))
        assert project is not None
        diag = _diagnosis(s, rnd, project.id)
        if diag is None:
            result = explain(project, rnd)
            diag = Diagnosis(round_id=rnd.id, project_id=project.id, criteria=",".join(result.codes),
                             risk_scores={})
            s.add(diag)
        elif diag.is_target and replaces_code is None:
            raise DomainError("already_target", project=project_code, round=rnd.code)
        diag.is_target = True
        diag.added_mid_round = True
        if replaces_code is not None:
            if replaces_code == project_code:
                raise InvalidValue("swap_with_itself")
            old_id = _project_id_by_code(s, replaces_code)
            old = _diagnosis(s, rnd, old_id)
            if old is None or not old.is_target:
                raise DomainError("not_target", project=replaces_code, round=rnd.code)
            old.is_target = False
            old.confirmed_grade = None  # no grade or duty in this round; the audit trail keeps the old one
            old.confirmed_on = None
            diag.replaces_project_id = old_id
        s.flush()
        _sync_in_session(s, rnd.code)
    return Changes.of("diagnosis", "review")


def round_targets(db: Database, round_code: str) -> list[tuple[str, str]]:
    """(code, name) of every current target of the round, by code — the candidates a new target can replace."""
    with db.read() as s:
        rnd = _get_round(s, round_code)
        stmt = (select(Project.code, Project.name).join(Diagnosis, Diagnosis.project_id == Project.id)
                .where(Diagnosis.round_id == rnd.id, Diagnosis.is_target.is_(True)).order_by(Project.code))
        return [(code, name) for code, name in s.execute(stmt)]
