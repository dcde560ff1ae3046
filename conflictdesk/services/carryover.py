"""Carried-over cases (계속·하향·해소·제외·재선정) and targets added or swapped mid-round (§4)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import CarryOver
from conflictdesk.domain.errors import DomainError, InvalidValue
from conflictdesk.services.changes import Changes
from conflictdesk.services.projects import project_id_by_code
from conflictdesk.services.rounds import get_round, previous_round
from conflictdesk.services.screening import explain
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import Diagnosis, Project, Round


def _diagnosis(session: Session, rnd: Round, project_id: int) -> Diagnosis | None:
    return session.scalar(select(Diagnosis).where(Diagnosis.round_id == rnd.id, Diagnosis.project_id == project_id))


def carried_grade(session: Session, rnd: Round, diag: Diagnosis) -> int | None:
    """The confirmed grade the case had in the previous round (what it was carried over with)."""
    prev = previous_round(session, rnd.code)
    if prev is not None:
        grade = session.scalar(select(Diagnosis.confirmed_grade).where(
            Diagnosis.round_id == prev.id, Diagnosis.project_id == diag.project_id))
        if grade is not None:
            return int(grade)
    return diag.recommended_grade


def mark_carry_over(db: Database, project_code: str, round_code: str, decision: CarryOver | str,
                    today: date, reason: str = "", seen_version: int | None = None) -> Changes:
    """Record the officer's decision on a carried-over case.

    계속·재선정 keep the carried grade as the confirmed grade; 하향 lowers it by one (3 stays 3); 해소·제외
    keeps the record for monitoring but it is no longer a target and its confirmed grade no longer drives
    obligations (cleared; the audit trail keeps the old value).
    """
    try:
        choice = CarryOver(decision)
    except ValueError:
        raise InvalidValue(f"이월 판단 '{decision}'은(는) 계속·하향·해소·제외·재선정 중 하나여야 합니다.") from None
    with db.write(reason=reason.strip() or f"{round_code} 이월 판단: {choice.label}") as s:
        rnd = get_round(s, round_code)
        pid = project_id_by_code(s, project_code)
        diag = _diagnosis(s, rnd, pid)
        if diag is None or not diag.carried_over:
            raise DomainError(f"사업 {project_code}은(는) {rnd.code} 차수의 이월 사업이 아닙니다.", code="not_carried")
        expect_version(diag, seen_version, "진단 기록")
        base = carried_grade(s, rnd, diag)
        diag.carry_over = choice.value
        if choice is CarryOver.RESOLVED:
            diag.is_target = False
            diag.confirmed_grade = None
            diag.confirmed_on = None
            return Changes.of("diagnosis")
        diag.is_target = True
        grade = base
        if choice is CarryOver.DOWNGRADED and base is not None:
            grade = min(3, base + 1)
        if grade is not None and diag.confirmed_grade != grade:
            diag.confirmed_grade = grade
            diag.confirmed_on = today
    return Changes.of("diagnosis")


def add_target(db: Database, project_code: str, round_code: str, reason: str,
               replaces_code: str | None = None) -> Changes:
    """Add a diagnosis target mid-round, optionally in place of another target (swap)."""
    if not reason.strip():
        raise InvalidValue("차수 중 대상 추가·교체에는 사유가 필요합니다.")
    with db.write(reason=reason.strip()) as s:
        rnd = get_round(s, round_code)
        project = s.get(Project, project_id_by_code(s, project_code))
        assert project is not None
        diag = _diagnosis(s, rnd, project.id)
        if diag is None:
            result = explain(project, rnd)
            diag = Diagnosis(round_id=rnd.id, project_id=project.id, criteria=",".join(result.codes),
                             risk_scores={})
            s.add(diag)
        elif diag.is_target and replaces_code is None:
            raise DomainError(f"사업 {project_code}은(는) 이미 {rnd.code} 진단대상입니다.", code="already_target")
        diag.is_target = True
        diag.added_mid_round = True
        if replaces_code is not None:
            if replaces_code == project_code:
                raise InvalidValue("같은 사업으로 교체할 수 없습니다.")
            old_id = project_id_by_code(s, replaces_code)
            old = _diagnosis(s, rnd, old_id)
            if old is None or not old.is_target:
                raise DomainError(f"사업 {replaces_code}은(는) {rnd.code} 진단대상이 아닙니다.", code="not_target")
            old.is_target = False
            diag.replaces_project_id = old_id
    return Changes.of("diagnosis")


def round_targets(db: Database, round_code: str) -> list[tuple[str, str]]:
    """(code, name) of every current target of the round, by code — the candidates a new target can replace."""
    with db.read() as s:
        rnd = get_round(s, round_code)
        stmt = (select(Project.code, Project.name).join(Diagnosis, Diagnosis.project_id == Project.id)
                .where(Diagnosis.round_id == rnd.id, Diagnosis.is_target.is_(True)).order_by(Project.code))
        return [(code, name) for code, name in s.execute(stmt)]
