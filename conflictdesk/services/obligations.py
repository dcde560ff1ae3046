"""Obligations of the confirmed grades of a round: what is missing per project and per department (§4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import ConflictStage, Grade
from conflictdesk.domain.obligations import (
    CARD,
    EXPERT,
    PLAN,
    card_is_complete,
    card_plan_duty_due,
    missing_obligations,
)
from conflictdesk.services import settings
from conflictdesk.services.assignments import _projects_with_active_expert
from conflictdesk.services.key_cases import _key_before_ids, _key_project_ids
from conflictdesk.services.rounds import _get_round
from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    Card,
    Department,
    Diagnosis,
    MainIssue,
    PlanItem,
    Project,
    ResponsePlan,
    Round,
)


@dataclass(frozen=True)
class ProjectStatus:
    """One project of a round: its confirmed grade (or None) and the missing obligation codes."""

    project_id: int
    code: str
    name: str
    department: str
    grade: int | None
    missing: tuple[str, ...]
    key: bool = False  # a key case of the round (only key cases have duties)
    pending: bool = False  # carried, the officer's decision still to come (결정 대기)
    duty_due: date | None = None  # 카드·대응계획 작성 due date of a case first key in this round


@dataclass(frozen=True)
class DepartmentStatus:
    """Per-department counts: grades 1/2/3, ungraded targets and each missing obligation."""

    department: str
    grade1: int
    grade2: int
    grade3: int
    ungraded: int
    missing_card: int
    missing_plan: int
    missing_expert: int

    @property
    def missing_total(self) -> int:
        return self.missing_card + self.missing_plan + self.missing_expert


def _stage(value: str | None) -> ConflictStage | None:
    try:
        return ConflictStage(value) if value else None
    except ValueError:
        return None


def _status_rows(session: Session, round_id: int, today: date, *, key_only: bool = False) -> list[ProjectStatus]:
    """Every target or graded project of the round with what its confirmed grade still requires (duties only
    for key cases: a case resolved, swapped out or with its card closed has none). ``key_only``: the key cases
    alone (the reminders need only their duties; at 100,000 projects the round has ~37,000 targets)."""
    rnd = session.get(Round, round_id)
    assert rnd is not None
    key_ids = _key_project_ids(session, rnd)
    before = _key_before_ids(session, rnd)
    days = settings._card_plan_days(session)
    issues = (select(MainIssue.card_id, func.count(MainIssue.id).label("n"))
              .group_by(MainIssue.card_id).subquery())
    items = (select(ResponsePlan.card_id, func.count(PlanItem.id).label("n"))
             .join(PlanItem, PlanItem.plan_id == ResponsePlan.id, isouter=True)
             .group_by(ResponsePlan.card_id).subquery())
    experts = _projects_with_active_expert(session, today)
    stmt = (
        select(Project.id, Project.code, Project.name, Department.name, Diagnosis.confirmed_grade,
               Card.id, Card.stage, Card.outlook, issues.c.n, items.c.card_id, items.c.n,
               Diagnosis.carried_over, Diagnosis.carry_over, Diagnosis.confirmed_on)
        .join(Project, Project.id == Diagnosis.project_id)
        .join(Department, Department.id == Project.department_id)
        .outerjoin(Card, Card.project_id == Project.id)
        .outerjoin(issues, issues.c.card_id == Card.id)
        .outerjoin(items, items.c.card_id == Card.id)
        .where(Diagnosis.round_id == round_id,
               or_(Diagnosis.is_target.is_(True), Diagnosis.confirmed_grade.is_not(None)))
        .order_by(Project.code)
    )
    if key_only:
        stmt = stmt.where(Project.id.in_(key_ids))
    rows: list[ProjectStatus] = []
    for (pid, code, name, dept, grade, card_id, stage, outlook, n_issues, plan_card, n_items, carried, decision,
         confirmed_on) in session.execute(stmt):
        key = pid in key_ids
        missing = () if not key else missing_obligations(
            Grade(grade) if grade else None,
            has_card=card_id is not None,
            card_complete=card_is_complete(n_issues or 0, _stage(stage), outlook or ""),
            has_plan=plan_card is not None,
            plan_has_items=bool(n_items),
            has_active_expert=pid in experts,
        )
        duty = card_plan_duty_due(key_now=key, key_before=pid in before, missing=missing, confirmed_on=confirmed_on,
                                  days=days)
        # 결정 대기 is a key case's state: a carried case whose card was closed is no longer key, nor pending here.
        rows.append(ProjectStatus(pid, code, name, dept, grade, missing, key,
                                  key and bool(carried) and decision is None, duty))
    return rows


def round_status(db: Database, round_code: str, today: date) -> list[ProjectStatus]:
    """``status --round R``: targets and graded projects with their missing obligations."""
    with db.read() as s:
        rnd = _get_round(s, round_code)
        return _status_rows(s, rnd.id, today)


def department_summary(rows: list[ProjectStatus]) -> list[DepartmentStatus]:
    """Counts per department, in name order, from :func:`_status_rows`."""
    acc: dict[str, list[int]] = {}
    for r in rows:
        c = acc.setdefault(r.department, [0] * 7)
        c[{1: 0, 2: 1, 3: 2}.get(r.grade or 0, 3)] += 1
        c[4] += CARD in r.missing
        c[5] += PLAN in r.missing
        c[6] += EXPERT in r.missing
    return [DepartmentStatus(dept, *counts) for dept, counts in sorted(acc.items())]
