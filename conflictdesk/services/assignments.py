"""Expert assignments to cases: assign (with a conflict-of-interest warning), end, list, and the `expert` rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from conflictdesk.domain.allowances import conflict_of_interest
from conflictdesk.domain.enums import ExpertRole
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.text import nfc
from conflictdesk.services.changes import Changes
from conflictdesk.services.experts import AssignmentRow, _expert_record, assignment_row
from conflictdesk.services.projects import _project_id_by_code
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Council, Diagnosis, Expert, ExpertAssignment, Project, Stakeholder


@dataclass(frozen=True)
class AssignResult:
    """The new assignment and the conflict-of-interest warnings (the assignment was made anyway)."""

    assignment_id: int
    warnings: tuple[str, ...]
    changes: Changes


def active_assignment(today: date) -> ColumnElement[bool]:
    """The one rule for an active expert on a case (the grade 1 ``expert`` obligation, the status command,
    the grade summary, the mediation screens): the assignment has started, has not ended before ``today``,
    and the expert is still in the active pool."""
    return and_(
        ExpertAssignment.start_on <= today,
        or_(ExpertAssignment.end_on.is_(None), ExpertAssignment.end_on >= today),
        ExpertAssignment.expert.has(Expert.active),
    )


def _has_active_expert(session: Session, project_id: int, today: date) -> bool:
    """True when the case has an active assignment (:func:`active_assignment`)."""
    stmt = select(exists().where(ExpertAssignment.project_id == project_id, active_assignment(today)))
    return bool(session.scalar(stmt))


def _projects_with_active_expert(session: Session, today: date, project_ids: list[int] | None = None) -> set[int]:
    """Ids of the projects (of ``project_ids``, default all) that have an active assignment."""
    stmt = select(ExpertAssignment.project_id).where(active_assignment(today))
    if project_ids is not None:
        stmt = stmt.where(ExpertAssignment.project_id.in_(project_ids))
    return set(session.scalars(stmt))


def _stakeholder_names(session: Session, project_id: int) -> list[str]:
    stmt = (select(Stakeholder.name).join(Card, Stakeholder.card_id == Card.id)
            .where(Card.project_id == project_id).order_by(Stakeholder.id))
    return [name for name in session.scalars(stmt) if name]


def _warnings(session: Session, affiliation: str, project_id: int) -> tuple[str, ...]:
    matches = conflict_of_interest(affiliation, _stakeholder_names(session, project_id))
    return tuple(
        f"이해충돌 가능성: 전문가 소속 '{affiliation}'이(가) 이해관계자 '{name}'와(과) 일치합니다."
        for name in matches
    )


def conflict_warnings(db: Database, expert_id: int, project_code: str) -> tuple[str, ...]:
    """The warnings an assignment would carry, for the GUI to ask before assigning."""
    with db.read() as s:
        expert = _expert_record(s, expert_id)
        return _warnings(s, expert.affiliation, _project_id_by_code(s, project_code))


def assign_expert(
    db: Database, expert_id: int, project_code: str, role: ExpertRole, start_on: date,
    end_on: date | None = None, note: str = "",
) -> AssignResult:
    """Assign an expert to a case; warnings are returned, never raised."""
    if end_on is not None and end_on < start_on:
        raise InvalidValue("end_before_start", end_field=Term("배정 종료일"), end=end_on, start_field=Term("시작일"),
                           start=start_on)
    with db.write(reason=f"전문가 배정: {project_code}") as s:
        expert = _expert_record(s, expert_id)
        if not expert.active:
            raise DomainError("inactive_expert", name=expert.name)
        project_id = _project_id_by_code(s, project_code)
        warnings = _warnings(s, expert.affiliation, project_id)
        assignment = ExpertAssignment(expert_id=expert_id, project_id=project_id, role=ExpertRole(role).value,
                                      start_on=start_on, end_on=end_on, note=nfc(note))
        s.add(assignment)
        s.flush()
        return AssignResult(assignment.id, warnings, Changes.of("expert", "project"))


def end_assignment(db: Database, assignment_id: int, end_on: date) -> Changes:
    """End an assignment on ``end_on`` (the last day it counts as active)."""
    with db.write(reason="전문가 배정 종료") as s:
        assignment = s.get(ExpertAssignment, assignment_id)
        if assignment is None:
            raise NotFound("assignment_not_found", assignment=assignment_id)
        if end_on < assignment.start_on:
            raise InvalidValue("end_before_start", end_field=Term("종료일"), end=end_on, start_field=Term("시작일"),
                               start=assignment.start_on)
        assignment.end_on = end_on
    return Changes.of("expert", "project")


def assignments_for_project(db: Database, project_code: str) -> list[AssignmentRow]:
    """Every assignment of a case, oldest first."""
    with db.read() as s:
        project_id = _project_id_by_code(s, project_code)
        stmt = (select(ExpertAssignment).where(ExpertAssignment.project_id == project_id)
                .order_by(ExpertAssignment.start_on, ExpertAssignment.id))
        return [assignment_row(a) for a in s.scalars(stmt)]


def mediation_cases(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the cases mediation works on: confirmed grade 1–2 in any round, or with an expert or council."""
    with db.read() as s:
        graded = select(Diagnosis.project_id).where(Diagnosis.confirmed_grade.in_((1, 2)))
        assigned = select(ExpertAssignment.project_id)
        with_council = select(Council.project_id)
        stmt = (select(Project.code, Project.name)
                .where(or_(Project.id.in_(graded), Project.id.in_(assigned), Project.id.in_(with_council)))
                .order_by(Project.code))
        return [(code, name) for code, name in s.execute(stmt)]
