"""Screening service: apply a round's stored rules to projects and store criteria per project (fast, bulk)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, object_session

from conflictdesk.domain.alerts import SignalObservation, evaluate_alerts
from conflictdesk.domain.enums import (
    CRITERIA_ORDER,
    AlertLevel,
    CarryOver,
    ConflictStage,
    Criterion,
    SignalKind,
)
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.screening import (
    VISIBLE_STAGES,
    RuleSet,
    ScreeningInput,
    ScreeningResult,
    authority_warning,
    screen_project,
)
from conflictdesk.services.changes import Changes
from conflictdesk.services.rounds import _get_round
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Department, Diagnosis, Project, Round, Signal, table_of, utcnow

ProgressFn = Callable[[int, str], bool]


@dataclass(frozen=True)
class ScreenCounts:
    """How many projects were screened, how many are targets, and how many meet each criterion; ``kept`` are
    the project ids that meet no criterion but stay targets because of a confirmed grade 1–2."""

    screened: int
    targets: int
    by_criterion: dict[str, int]
    kept: tuple[int, ...] = ()


def _card_visibility(session: Session, today: date, project_ids: Iterable[int] | None = None) -> dict[int, str]:
    """Projects whose conflict is known to be visible from their card: a stage of 표출 or later, or signals that
    reach 예비경보 as of ``today`` — with the reason (VISIBLE holds for them; docs/업무규칙.md)."""
    wanted = None if project_ids is None else set(project_ids)
    found: dict[int, str] = {}
    for pid, stage in session.execute(select(Card.project_id, Card.stage).where(Card.closed_on.is_(None))):
        if (wanted is None or pid in wanted) and stage in VISIBLE_STAGES:
            found[pid] = f"카드 갈등단계 '{ConflictStage(stage).label}'"
    observations: dict[int, list[SignalObservation]] = {}
    for pid, kind, observed_on, count in session.execute(
            select(Card.project_id, Signal.kind, Signal.observed_on, Signal.count)
            .join(Signal, Signal.card_id == Card.id).where(Card.closed_on.is_(None))):
        if (wanted is None or pid in wanted) and pid not in found:
            try:
                observations.setdefault(pid, []).append(SignalObservation(SignalKind(kind), observed_on, count))
            except (ValueError, DomainError):
                continue
    for pid, obs in observations.items():
        level = evaluate_alerts(obs, today).level
        if AlertLevel(level) is not AlertLevel.NONE:
            found[pid] = f"카드 신호 '{AlertLevel(level).label}'"
    return found


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


# On SQLite the two bulk reads run on the DBAPI cursor: at 100,000 rows SQLAlchemy's row objects cost more
# than the query. The statements are the same as the portable ones below.
_INPUTS_SQL = ("SELECT id, traffic_impact, environmental_impact, decision_authority, budget_won, midterm_plan, "
               "regulatory_ordinance, conflict_visible FROM projects")
_EXISTING_SQL = ("SELECT project_id, id, criteria, is_target, carried_over, carry_over, added_mid_round, "
                 "replaces_project_id, confirmed_grade FROM diagnoses WHERE round_id = ?")


def _rows(session: Session, sqlite_sql: str, params: tuple[object, ...], portable: Any) -> list[Any]:
    if session.get_bind().dialect.name == "sqlite":
        cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            return list(cursor.execute(sqlite_sql, params))
        finally:
            cursor.close()
    return list(session.execute(portable).all())


def _screen_projects(session: Session, rnd: Round, project_ids: Iterable[int] | None = None,
                    progress: ProgressFn | None = None, today: date | None = None) -> ScreenCounts:
    """Screen ``project_ids`` (default: every project) under ``rnd``'s rules, inside the caller's transaction.

    Creates the round's diagnosis row where missing and updates ``criteria``/``is_target`` where they
    changed; grades and checklist answers are never touched. The criteria of a project depend only on its
    yes/no facts, its 전결권자 and whether the budget reaches the threshold, so each distinct combination is
    screened once by the domain rule and reused (100,000 projects in well under a second).
    """
    rules = round_rules(rnd)
    threshold = rules.budget_threshold_won
    wanted = None if project_ids is None else set(project_ids)
    rows = _rows(session, _INPUTS_SQL, (), select(*INPUT_COLUMNS))
    if wanted is not None:
        rows = [r for r in rows if r[0] in wanted]
    existing: dict[int, tuple[int, str, bool, bool | None]] = {}
    swapped_out: set[int] = set()
    graded: set[int] = set()
    for pid, did, crit, target, carried, decision, mid_round, replaces, grade in _rows(
        session, _EXISTING_SQL, (rnd.id,),
        select(Diagnosis.project_id, Diagnosis.id, Diagnosis.criteria, Diagnosis.is_target, Diagnosis.carried_over,
               Diagnosis.carry_over, Diagnosis.added_mid_round, Diagnosis.replaces_project_id,
               Diagnosis.confirmed_grade)
        .where(Diagnosis.round_id == rnd.id),
    ):
        # The officer's decisions outrank the criteria: carried-over (unless dropped as resolved), mid-round and
        # confirmed grade 1–2 targets stay targets ("유지: 확정 등급 사업"); resolved cases and targets swapped
        # out mid-round stay off the list.
        resolved = decision == CarryOver.RESOLVED.value
        key_grade = grade in (1, 2) and bool(target)
        forced = False if resolved else (True if (carried or mid_round or key_grade) else None)
        existing[pid] = (did, crit, target, forced)
        if key_grade and not resolved:
            graded.add(pid)
        if replaces is not None:
            swapped_out.add(replaces)
    visible_by_card = _card_visibility(session, today or date.today(), wanted)
    kept: list[int] = []
    memo: dict[tuple[object, ...], tuple[str, tuple[str, ...]]] = {}
    counts = dict.fromkeys((c.value for c in CRITERIA_ORDER), 0)
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    targets = 0
    now = utcnow()
    total = len(rows)
    for n, (pid, tia, eia, authority, budget, midterm, ordinance, visible) in enumerate(rows):
        reaches = budget is not None and budget >= threshold
        known = "" if visible else visible_by_card.get(pid, "")
        key = (tia, eia, authority, reaches, midterm, ordinance, visible, bool(known))
        hit = memo.get(key)
        if hit is None:
            result = screen_project(ScreeningInput(
                tia=bool(tia), eia=bool(eia), decision_authority=authority or "",
                budget_won=threshold if reaches else None, midterm=bool(midterm), ordinance=bool(ordinance),
                visible=bool(visible), visible_reason=known), rules)
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
            diag_id, old_codes, old_target, forced = current
            if pid in swapped_out:
                forced = False
            if forced and not held and pid in graded:
                kept.append(pid)
            is_target = is_target if forced is None else forced
            targets += is_target
            if old_codes != codes or bool(old_target) != is_target:
                updates.append({"b_id": diag_id, "b_criteria": codes, "b_target": is_target, "b_at": now})
        if progress is not None and n % 5000 == 0 and not progress(int(80 * n / max(total, 1)), "진단기준 적용 중"):
            raise DomainError("screening_cancelled", code="cancelled")
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
    return ScreenCounts(screened=total, targets=targets, by_criterion=counts, kept=tuple(kept))


def explain(p: Project, rnd: Round, today: date | None = None) -> ScreeningResult:
    """Which criteria hold for ``p`` under ``rnd``'s rules, with Korean reasons (VISIBLE also from the card)."""
    inp = project_input(p)
    session = object_session(p)
    if not inp.visible and session is not None:
        known = _card_visibility(session, today or date.today(), [p.id]).get(p.id, "")
        if known:
            inp = replace(inp, visible_reason=known)
    return screen_project(inp, round_rules(rnd))


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
    #: (사업코드, message) for every project whose 전결권자 needs the officer's check (확인 필요).
    warnings: tuple[tuple[str, str], ...] = ()

    @property
    def screened(self) -> int:
        return len(self.rows)

    @property
    def targets(self) -> int:
        return sum(1 for r in self.rows if r[5])


def screen_round(db: Database, code: str, progress: ProgressFn | None = None) -> tuple[ScreenCounts, Changes]:
    """Re-screen every project under round ``code``'s stored rules (one transaction)."""
    with db.write(reason=f"{code} 진단기준 적용(선별)") as s:
        rnd = _get_round(s, code)
        counts = _screen_projects(s, rnd, None, progress)
    return counts, Changes.of("diagnosis")


def screening_table(db: Database, code: str) -> ScreeningTable:
    """The screening of round ``code``: one row tuple per screened project, in code order."""
    with db.read() as s:
        rnd = _get_round(s, code)
        stmt = (
            select(Project.id, Project.code, Project.name, Department.name, Diagnosis.criteria,
                   Diagnosis.is_target, Diagnosis.carried_over, Diagnosis.carry_over, Diagnosis.confirmed_grade,
                   Project.decision_authority)
            .join(Project, Project.id == Diagnosis.project_id)
            .join(Department, Department.id == Project.department_id)
            .where(Diagnosis.round_id == rnd.id)
            .order_by(Project.code)
        )
        rows: list[ScreeningRow] = []
        warnings: list[tuple[str, str]] = []
        memo: dict[str, str | None] = {}
        for r in s.execute(stmt):
            rows.append((r[0], r[1], r[2], r[3], r[4] or "", bool(r[5]), bool(r[6]), r[7], r[8]))
            authority = r[9] or ""
            if authority not in memo:
                memo[authority] = authority_warning(authority)
            if memo[authority]:
                warnings.append((r[1], memo[authority] or ""))
        return ScreeningTable(rnd.code, rows, criterion_counts(rows), tuple(warnings))


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
