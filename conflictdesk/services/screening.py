"""Screening service: apply a round's stored rules to projects and store criteria per project (fast, bulk)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import CRITERIA_ORDER, CarryOver, Criterion
from conflictdesk.domain.screening import RuleSet, ScreeningInput, ScreeningResult, screen_project
from conflictdesk.services.changes import Changes
from conflictdesk.services.rounds import get_round
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Department, Diagnosis, Project, Round, table_of, utcnow

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
        _keep_officer_decisions(session, rnd)
    if progress is not None:
        progress(100, "완료")
    return ScreenCounts(screened=total, targets=targets, by_criterion=counts)


def _keep_officer_decisions(session: Session, rnd: Round) -> None:
    """Re-screening never overrides the officer: carried-over and mid-round targets stay targets, while
    cases dropped as resolved (해소·제외) and targets swapped out mid-round stay off the list."""
    in_round = Diagnosis.round_id == rnd.id
    resolved = Diagnosis.carry_over == CarryOver.RESOLVED.value
    session.execute(update(Diagnosis).where(
        in_round,
        (Diagnosis.carried_over.is_(True) & (Diagnosis.carry_over.is_(None) | (Diagnosis.carry_over != "resolved")))
        | Diagnosis.added_mid_round.is_(True),
    ).values(is_target=True))
    swapped_out = select(Diagnosis.replaces_project_id).where(in_round, Diagnosis.replaces_project_id.is_not(None))
    session.execute(update(Diagnosis).where(
        in_round, resolved | Diagnosis.project_id.in_(swapped_out)).values(is_target=False))


def explain(p: Project, rnd: Round) -> ScreeningResult:
    """Which criteria hold for ``p`` under ``rnd``'s rules, with Korean reasons."""
    return screen_project(project_input(p), round_rules(rnd))


def criterion_label(code: str) -> str:
    try:
        return Criterion(code).label
    except ValueError:
        return code


# --- the round's screening table (user actions) -------------------------------------------------------

ScreeningRow = tuple[int, str, str, str, str, bool, bool, str | None, int | None]
#: Columns of ``ScreeningTable.rows``.
SCREENING_COLUMNS = ("id", "code", "name", "department", "criteria", "is_target", "carried_over",
                     "carry_over", "confirmed_grade")


@dataclass(frozen=True)
class ScreeningTable:
    """Every screened project of a round as row tuples, and per criterion (code → (met, of them targets))."""

    round_code: str
    rows: list[ScreeningRow]
    by_criterion: dict[str, tuple[int, int]]

    @property
    def screened(self) -> int:
        return len(self.rows)

    @property
    def targets(self) -> int:
        return sum(1 for r in self.rows if r[5])


def screen_round(db: Database, code: str, progress: ProgressFn | None = None) -> tuple[ScreenCounts, Changes]:
    """Re-screen every project under round ``code``'s stored rules (one transaction)."""
    with db.write(reason=f"{code} 진단기준 적용(선별)") as s:
        rnd = get_round(s, code)
        counts = screen_projects(s, rnd, None, progress)
    return counts, Changes.of("diagnosis")


def screening_table(db: Database, code: str) -> ScreeningTable:
    """The screening of round ``code``: one row tuple per screened project, in code order."""
    with db.read() as s:
        rnd = get_round(s, code)
        stmt = (
            select(Project.id, Project.code, Project.name, Department.name, Diagnosis.criteria,
                   Diagnosis.is_target, Diagnosis.carried_over, Diagnosis.carry_over, Diagnosis.confirmed_grade)
            .join(Project, Project.id == Diagnosis.project_id)
            .join(Department, Department.id == Project.department_id)
            .where(Diagnosis.round_id == rnd.id)
            .order_by(Project.code)
        )
        rows: list[ScreeningRow] = [
            (r[0], r[1], r[2], r[3], r[4] or "", bool(r[5]), bool(r[6]), r[7], r[8]) for r in s.execute(stmt)
        ]
        return ScreeningTable(rnd.code, rows, criterion_counts(rows))


def criterion_counts(rows: Iterable[ScreeningRow]) -> dict[str, tuple[int, int]]:
    """Per criterion code (§3 order): how many rows meet it and how many of those are targets."""
    met = dict.fromkeys((c.value for c in CRITERIA_ORDER), 0)
    targets = dict(met)
    for r in rows:
        if not r[4]:
            continue
        for c in r[4].split(","):
            if c in met:
                met[c] += 1
                targets[c] += r[5]
    return {c: (met[c], targets[c]) for c in met}


def criteria_codes(text: str) -> list[str]:
    """A stored ``"TIA,BUDGET"`` as codes in §3 order."""
    present = set(text.split(",")) if text else set()
    return [c.value for c in CRITERIA_ORDER if c.value in present]
