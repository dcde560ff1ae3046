"""Screening service: apply a round's stored rules to projects and store criteria per project (fast, bulk)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, case, or_, select, update
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import CRITERIA_ORDER, CarryOver, Criterion
from conflictdesk.domain.errors import DomainError
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


# On SQLite the bulk read runs on the DBAPI cursor: at 100,000 rows SQLAlchemy's row objects cost more than the
# query. One row per project: its facts (the budget only as "reaches the threshold"), then the round's diagnosis
# if any, with the officer's decision folded into ``forced`` (see the comment in screen_projects). The statement is
# the same as the portable one built in _screening_rows.
_SCREEN_SQL = (
    "SELECT p.id, p.traffic_impact, p.environmental_impact, p.decision_authority, p.budget_won >= ?, "
    "p.midterm_plan, p.regulatory_ordinance, p.conflict_visible, d.id, d.criteria, d.is_target, "
    "CASE WHEN d.carry_over = ? THEN 0 WHEN d.carried_over OR d.added_mid_round THEN 1 END, d.replaces_project_id "
    "FROM projects p LEFT JOIN diagnoses d ON d.project_id = p.id AND d.round_id = ?"
)


def _rows(session: Session, sqlite_sql: str, params: tuple[object, ...], portable: Any) -> list[Any]:
    if session.get_bind().dialect.name == "sqlite":
        cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            return list(cursor.execute(sqlite_sql, params))
        finally:
            cursor.close()
    return list(session.execute(portable).all())


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
    resolved = CarryOver.RESOLVED.value
    # The officer's decisions outrank the criteria: carried-over (unless dropped as resolved) and mid-round
    # targets stay targets (forced 1); resolved cases (forced 0) and targets swapped out mid-round stay off the list.
    forced_expr = case((Diagnosis.carry_over == resolved, False),
                       (or_(Diagnosis.carried_over, Diagnosis.added_mid_round), True), else_=None)
    rows = _rows(
        session, _SCREEN_SQL, (threshold, resolved, rnd.id),
        select(*INPUT_COLUMNS[:4], Project.budget_won >= threshold, *INPUT_COLUMNS[5:], Diagnosis.id,
               Diagnosis.criteria, Diagnosis.is_target, forced_expr, Diagnosis.replaces_project_id)
        .outerjoin(Diagnosis, and_(Diagnosis.project_id == Project.id, Diagnosis.round_id == rnd.id)),
    )
    swapped_out = {r[12] for r in rows if r[12] is not None}  # before filtering: any project may swap one out
    if wanted is not None:
        rows = [r for r in rows if r[0] in wanted]
    # The criteria depend only on the facts after the id: each distinct combination is screened once.
    memo: dict[tuple[object, ...], list[Any]] = {}  # facts → [codes, criteria, how many projects]
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    targets = 0
    now = utcnow()
    total = len(rows)
    get_memo = memo.get
    for start in range(0, total, 5000):
        if progress is not None and not progress(int(80 * start / max(total, 1)), "진단기준 적용 중"):
            raise DomainError("진단을 취소했습니다. 아무것도 바뀌지 않았습니다.", code="cancelled")
        for row in rows[start:start + 5000]:
            key = row[1:8]
            hit = get_memo(key)
            if hit is None:
                tia, eia, authority, reaches, midterm, ordinance, visible = key
                result = screen_project(ScreeningInput(
                    tia=bool(tia), eia=bool(eia), decision_authority=authority or "",
                    budget_won=threshold if reaches else None, midterm=bool(midterm), ordinance=bool(ordinance),
                    visible=bool(visible)), rules)
                hit = memo[key] = [",".join(c.value for c in result.criteria),
                                   tuple(c.value for c in result.criteria), 0]
            hit[2] += 1
            codes = hit[0]
            pid, diag_id, old_codes, old_target, forced = row[0], row[8], row[9], row[10], row[11]
            if diag_id is None:
                is_target = bool(codes)
                targets += is_target
                inserts.append({"round_id": rnd.id, "project_id": pid, "criteria": codes, "is_target": is_target,
                                "screened_at": now, "risk_scores": {}, "version": 1})
            else:
                if pid in swapped_out:
                    forced = False
                is_target = bool(codes) if forced is None else bool(forced)
                targets += is_target
                if old_codes != codes or bool(old_target) != is_target:
                    updates.append({"b_id": diag_id, "b_criteria": codes, "b_target": is_target, "b_at": now})
    counts = dict.fromkeys((c.value for c in CRITERIA_ORDER), 0)
    for _codes, held, times in memo.values():
        for code in held:
            counts[code] += times
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
