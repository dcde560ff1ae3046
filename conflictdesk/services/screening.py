"""Screening service: apply a round's stored rules to projects and store criteria per project (fast, bulk)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion
from conflictdesk.domain.errors import DomainError
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

    Creates the round's diagnosis row where missing and updates ``criteria``/``is_target`` where they
    changed; grades and checklist answers are never touched. The criteria of a project depend only on its
    yes/no facts, its 전결권자 and whether the budget reaches the threshold, so each distinct combination is
    screened once by the domain rule and reused (100,000 projects in well under a second).
    """
    rules = round_rules(rnd)
    threshold = rules.budget_threshold_won
    wanted = None if project_ids is None else set(project_ids)
    rows = session.execute(select(*INPUT_COLUMNS)).all()
    if wanted is not None:
        rows = [r for r in rows if r[0] in wanted]
    existing = {pid: (did, crit, target, carried) for pid, did, crit, target, carried in session.execute(
        select(Diagnosis.project_id, Diagnosis.id, Diagnosis.criteria, Diagnosis.is_target, Diagnosis.carried_over)
        .where(Diagnosis.round_id == rnd.id)
    )}
    memo: dict[tuple[object, ...], tuple[str, tuple[str, ...]]] = {}
    counts = dict.fromkeys((c.value for c in CRITERIA_ORDER), 0)
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    targets = 0
    now = utcnow()
    total = len(rows)
    for n, (pid, tia, eia, authority, budget, midterm, ordinance, visible) in enumerate(rows):
        reaches = budget is not None and budget >= threshold
        key = (tia, eia, authority, reaches, midterm, ordinance, visible)
        hit = memo.get(key)
        if hit is None:
            result = screen_project(ScreeningInput(
                tia=bool(tia), eia=bool(eia), decision_authority=authority or "",
                budget_won=threshold if reaches else None, midterm=bool(midterm), ordinance=bool(ordinance),
                visible=bool(visible)), rules)
            hit = memo[key] = (",".join(c.value for c in result.criteria), tuple(c.value for c in result.criteria))
        codes, held = hit
        for code in held:
            counts[code] += 1
        is_target = bool(held)
        current = existing.get(pid)
        if current is None:
            targets += is_target
            inserts.append({"round_id": rnd.id, "project_id": pid, "criteria": codes, "is_target": is_target,
                            "screened_at": now, "risk_scores": {}, "version": 1})
        else:
            diag_id, old_codes, old_target, carried = current
            # Carried-over cases stay targets even when no criterion holds any more (the officer decides).
            is_target = is_target or bool(carried)
            targets += is_target
            if old_codes != codes or bool(old_target) != is_target:
                updates.append({"b_id": diag_id, "b_criteria": codes, "b_target": is_target, "b_at": now})
        if progress is not None and n % 5000 == 0 and not progress(int(80 * n / max(total, 1)), "진단기준 적용 중"):
            raise DomainError("진단을 취소했습니다. 아무것도 바뀌지 않았습니다.", code="cancelled")
    if inserts:
        session.execute(table_of(Diagnosis).insert(), inserts)
    if updates:
        table = table_of(Diagnosis)
        session.execute(
            update(table).where(table.c.id == bindparam("b_id")).values(
                criteria=bindparam("b_criteria"), is_target=bindparam("b_target"),
                screened_at=bindparam("b_at"), version=table.c.version + 1),
            updates,
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
