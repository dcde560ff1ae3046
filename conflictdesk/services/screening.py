"""Screening service: apply a round's stored rules to projects and store criteria per project (fast, bulk)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion
from conflictdesk.domain.screening import RuleSet, ScreeningInput, ScreeningResult, screen_project
from conflictdesk.store.models import Diagnosis, Project, Round, table_of, utcnow

ProgressFn = Callable[[int, str], bool]


@dataclass(frozen=True)
class ScreenCounts:
    """How many projects were screened, how many are targets, and how many meet each criterion."""

    screened: int
    targets: int
    by_criterion: dict[str, int]


def round_rules(r: Round) -> RuleSet:
    data = (r.rules or {}).get("screening")
    return RuleSet.from_dict(data) if data else RuleSet()


def project_input(p: Project) -> ScreeningInput:
    return ScreeningInput(
        tia=p.traffic_impact, eia=p.environmental_impact, decision_authority=p.decision_authority,
        budget_won=p.budget_won, midterm=p.midterm_plan, ordinance=p.regulatory_ordinance,
        visible=p.conflict_visible,
    )


INPUT_COLUMNS = (
    Project.id, Project.traffic_impact, Project.environmental_impact, Project.decision_authority,
    Project.budget_won, Project.midterm_plan, Project.regulatory_ordinance, Project.conflict_visible,
)


def screen_projects(session: Session, rnd: Round, project_ids: Iterable[int] | None = None,
                    progress: ProgressFn | None = None) -> ScreenCounts:
    """Screen ``project_ids`` (default: every project) under ``rnd``'s rules, inside the caller's transaction.

    Creates the round's diagnosis row where missing and updates ``criteria``/``is_target`` where present;
    grades and checklist answers are never touched. Bulk statements keep 100,000 projects in seconds.
    """
    rules = round_rules(rnd)
    stmt = select(*INPUT_COLUMNS)
    wanted = None if project_ids is None else set(project_ids)
    rows = session.execute(stmt).all()
    if wanted is not None:
        rows = [r for r in rows if r[0] in wanted]
    existing = dict(session.execute(
        select(Diagnosis.project_id, Diagnosis.id).where(Diagnosis.round_id == rnd.id)
    ).all())
    counts = dict.fromkeys((c.value for c in CRITERIA_ORDER), 0)
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    targets = 0
    now = utcnow()
    total = len(rows)
    for n, (pid, tia, eia, authority, budget, midterm, ordinance, visible) in enumerate(rows):
        result = screen_project(ScreeningInput(tia=tia, eia=eia, decision_authority=authority or "",
                                               budget_won=budget, midterm=midterm, ordinance=ordinance,
                                               visible=visible), rules)
        codes = ",".join(c.value for c in result.criteria)
        for c in result.criteria:
            counts[c.value] += 1
        targets += result.is_target
        diag_id = existing.get(pid)
        if diag_id is None:
            inserts.append({"round_id": rnd.id, "project_id": pid, "criteria": codes,
                            "is_target": result.is_target, "screened_at": now, "risk_scores": {},
                            "version": 1})
        else:
            updates.append({"b_id": diag_id, "b_criteria": codes, "b_target": result.is_target, "b_at": now})
        if progress is not None and n % 5000 == 0 and not progress(int(80 * n / max(total, 1)), "진단기준 적용 중"):
            from conflictdesk.domain.errors import DomainError

            raise DomainError("진단을 취소했습니다. 아무것도 바뀌지 않았습니다.", code="cancelled")
    if inserts:
        session.execute(table_of(Diagnosis).insert(), inserts)
    if updates:
        # Carried-over cases stay targets even when no criterion holds any more (the officer decides).
        table = table_of(Diagnosis)
        session.execute(
            update(table).where(table.c.id == bindparam("b_id")).values(
                criteria=bindparam("b_criteria"), is_target=bindparam("b_target"),
                screened_at=bindparam("b_at"), version=table.c.version + 1),
            updates,
        )
        session.execute(
            update(Diagnosis).where(Diagnosis.round_id == rnd.id, Diagnosis.carried_over.is_(True))
            .values(is_target=True)
        )
    if progress is not None:
        progress(100, "완료")
    return ScreenCounts(screened=total, targets=targets, by_criterion=counts)


def explain(p: Project, rnd: Round) -> ScreeningResult:
    """Which criteria hold for ``p`` under ``rnd``'s rules, with Korean reasons."""
    return screen_project(project_input(p), round_rules(rnd))


def criterion_label(code: str) -> str:
    try:
        return Criterion(code).label
    except ValueError:
        return code
