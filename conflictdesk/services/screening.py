"""Screening service: apply a round's stored rules to projects and store criteria per project (fast, bulk)."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import reduce
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    bindparam,
    case,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
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


# Screening in SQL (docs/업무규칙.md §Criteria, 선별의 계산; docs/architecture.md §Storage notes). The criteria of a
# project depend only on its yes/no facts, whether its budget reaches the round's threshold, its 전결권자 and whether
# its conflict is visible (the 갈등 표출 cell, or an open card: _card_visibility) — a few hundred combinations in a
# whole city. So:
#   1. SELECT DISTINCT those facts (the yes/no facts as bits: FACT_BITS, and the 전결권자); the domain rule
#      (screen_project) screens each combination once and the answer goes into a temporary table (_EXPECTED: the
#      codes, the target and one 0/1 column per criterion);
#   2. one aggregate over the round's diagnoses joined to their project and its combination counts the projects,
#      the criteria, the targets by the criteria and the rows whose stored criteria or target differ from them;
#   3. the officer's decisions (few rows: _decisions) outrank the criteria; those rows are read with their
#      combination and settled in Python (their target, "kept", whether to rewrite), correcting the counts;
#   4. only when other rows differ, the join lists them to rewrite; only when projects lack a diagnosis in the
#      round, those are listed to insert.
# A re-screening that changes nothing reads no project into Python (benchmarks/README.md has the measurements).
_META = MetaData()
FACT_BITS = ("traffic_impact", "environmental_impact", "reaches", "midterm_plan", "regulatory_ordinance",
             "conflict_visible")
_CODE_COLUMNS = {c.value: f"c_{c.value.lower()}" for c in CRITERIA_ORDER}
_EXPECTED = Table(
    "screening_expected", _META,
    Column("facts", Integer, primary_key=True, autoincrement=False), Column("authority", String, primary_key=True),
    Column("codes", String, nullable=False), Column("is_target", Boolean, nullable=False),
    Column("targets", Integer, nullable=False),  # is_target as 0/1, to add up
    *(Column(name, Integer, nullable=False) for name in _CODE_COLUMNS.values()),
    prefixes=["TEMPORARY"], sqlite_with_rowid=False,
)
#: The projects whose target the officer decided (see _decisions).
_DECIDED = Table("screening_decided", _META, Column("project_id", Integer, primary_key=True, autoincrement=False),
                 prefixes=["TEMPORARY"])
#: Projects whose open card shows the conflict (VISIBLE holds for them as if the 갈등 표출 cell said yes).
_KNOWN = Table("screening_known", _META, Column("project_id", Integer, primary_key=True, autoincrement=False),
               prefixes=["TEMPORARY"])
#: The projects to screen, when not all of them.
_WANTED = Table("screening_wanted", _META, Column("project_id", Integer, primary_key=True, autoincrement=False),
                prefixes=["TEMPORARY"])


def _facts(projects: Table, threshold: int, known: bool) -> tuple[Any, Any]:
    """A project's screening facts as SQL: (FACT_BITS as an integer, 전결권자); a blank cell reads as no."""
    visible: Any = projects.c.conflict_visible
    if known:
        visible = or_(visible, projects.c.id.in_(select(_KNOWN.c.project_id)))
    conditions = (projects.c.traffic_impact, projects.c.environmental_impact, projects.c.budget_won >= threshold,
                  projects.c.midterm_plan, projects.c.regulatory_ordinance, visible)
    bits = [case((condition, 1 << n), else_=0) for n, condition in enumerate(conditions)]
    return reduce(operator.add, bits), func.coalesce(projects.c.decision_authority, "")


def _expect(session: Session, rules: RuleSet, facts: tuple[Any, Any], wanted: bool) -> None:
    """Fill _EXPECTED: every combination of facts among the projects, screened once by the domain rule."""
    stmt = select(*facts).distinct()
    if wanted:
        stmt = stmt.where(table_of(Project).c.id.in_(select(_WANTED.c.project_id)))
    rows = []
    for bits, authority in session.execute(stmt):
        fact = {name: bool(bits >> n & 1) for n, name in enumerate(FACT_BITS)}
        held = screen_project(ScreeningInput(
            tia=fact["traffic_impact"], eia=fact["environmental_impact"], decision_authority=authority,
            budget_won=rules.budget_threshold_won if fact["reaches"] else None, midterm=fact["midterm_plan"],
            ordinance=fact["regulatory_ordinance"], visible=fact["conflict_visible"]), rules).codes
        row: dict[str, object] = {"facts": bits, "authority": authority, "codes": ",".join(held),
                                  "is_target": bool(held), "targets": int(bool(held))}
        row.update({name: int(code in held) for code, name in _CODE_COLUMNS.items()})
        rows.append(row)
    if rows:
        session.execute(_EXPECTED.insert(), rows)


def _decisions(session: Session, rnd: Round) -> dict[int, tuple[bool, bool]]:
    """Project id → (stays a target, as a confirmed grade 1–2 case) where the officer's decision outranks the
    criteria (docs/업무규칙.md): resolved (해소·제외) cases and those swapped out mid-round by another are off the
    list; confirmed grade 1–2 targets, carried-over cases and mid-round additions stay targets."""
    d = table_of(Diagnosis)
    resolved = CarryOver.RESOLVED.value
    graded = and_(d.c.confirmed_grade.in_((1, 2)), d.c.is_target.is_(True))
    decided: dict[int, tuple[bool, bool]] = {}
    swapped: set[int] = set()
    for pid, carry_over, is_graded, carried, mid, replaces in session.execute(
            select(d.c.project_id, d.c.carry_over, graded, d.c.carried_over, d.c.added_mid_round,
                   d.c.replaces_project_id)
            .where(d.c.round_id == rnd.id, or_(d.c.carry_over == resolved, graded, d.c.carried_over.is_(True),
                                               d.c.added_mid_round.is_(True), d.c.replaces_project_id.is_not(None)))):
        if replaces is not None:
            swapped.add(replaces)
        if carry_over == resolved:
            decided[pid] = (False, False)
        elif is_graded:
            decided[pid] = (True, True)
        elif carried or mid:
            decided[pid] = (True, False)
    for pid in swapped:
        decided[pid] = (False, False)
    return decided


def _screen_projects(session: Session, rnd: Round, project_ids: Iterable[int] | None = None,
                    progress: ProgressFn | None = None, today: date | None = None) -> ScreenCounts:
    """Screen ``project_ids`` (default: every project) under ``rnd``'s rules, inside the caller's transaction.

    Creates the round's diagnosis row where missing and updates ``criteria``/``is_target`` where they
    changed (version + 1); grades and checklist answers are never touched. The comparison runs in SQL against
    the combinations of facts, each screened once by the domain rule (see above).
    """

    def step(percent: int) -> None:
        if progress is not None and not progress(percent, "진단기준 적용 중"):
            raise DomainError("screening_cancelled", code="cancelled")

    step(0)
    session.flush()  # the statements below are Core ones: they would not flush pending changes themselves
    rules = round_rules(rnd)
    wanted = None if project_ids is None else set(project_ids)
    known = _card_visibility(session, today or date.today(), wanted)
    decided = _decisions(session, rnd)
    connection = session.connection()
    temporary = [_EXPECTED]
    for table, ids in ((_DECIDED, decided), (_KNOWN, known), (_WANTED, wanted)):
        if ids or (table is _WANTED and ids is not None):
            temporary.append(table)
            table.create(connection)
            if ids:
                session.execute(table.insert(), [{"project_id": pid} for pid in ids])
    _EXPECTED.create(connection)
    projects, diagnoses, expected = table_of(Project), table_of(Diagnosis), _EXPECTED.c
    facts = _facts(projects, rules.budget_threshold_won, bool(known))
    _expect(session, rules, facts, wanted is not None)
    step(30)
    joined = (diagnoses.join(projects, projects.c.id == diagnoses.c.project_id)
              .join(_EXPECTED, and_(expected.facts == facts[0], expected.authority == facts[1])))
    if wanted is not None:
        joined = joined.join(_WANTED, _WANTED.c.project_id == projects.c.id)
    differs = or_(diagnoses.c.criteria != expected.codes, diagnoses.c.is_target != expected.is_target)
    in_round = diagnoses.c.round_id == rnd.id
    counted = session.execute(
        select(func.count(), func.sum(expected.targets), func.sum(case((differs, 1), else_=0)),
               *(func.sum(expected[name]) for name in _CODE_COLUMNS.values()))
        .select_from(joined).where(in_round)).one()
    screened, targets, to_check = counted[0], counted[1] or 0, counted[2] or 0
    by_criterion = {code: counted[3 + n] or 0 for n, code in enumerate(_CODE_COLUMNS)}
    step(60)
    now = utcnow()
    updates: list[dict[str, object]] = []
    kept: list[int] = []

    def settle(pid: int, diag_id: int, codes: str, by_criteria: bool, old_codes: str, old_target: bool) -> None:
        nonlocal targets, to_check
        is_target = by_criteria
        if pid in decided:  # the officer's decision outranks the criteria
            is_target, graded = decided[pid]
            targets += is_target - by_criteria
            to_check -= old_codes != codes or bool(old_target) != bool(by_criteria)
            if graded and not by_criteria:
                kept.append(pid)
        if old_codes != codes or bool(old_target) != bool(is_target):
            updates.append({"b_id": diag_id, "b_criteria": codes, "b_target": bool(is_target), "b_at": now})

    listed = select(projects.c.id, diagnoses.c.id, expected.codes, expected.is_target, diagnoses.c.criteria,
                    diagnoses.c.is_target).order_by(projects.c.id)
    if decided:
        for row in session.execute(listed.select_from(joined).where(
                in_round, diagnoses.c.project_id.in_(select(_DECIDED.c.project_id)))):
            settle(*row)
    if to_check:
        for row in session.execute(listed.select_from(joined).where(in_round, differs)):
            if row[0] not in decided:
                settle(*row)
    everyone = select(func.count()).select_from(projects)
    if wanted is not None:
        everyone = everyone.where(projects.c.id.in_(select(_WANTED.c.project_id)))
    if session.scalar(everyone) != screened:  # some projects have no diagnosis in this round yet
        has_one = select(diagnoses.c.id).where(in_round, diagnoses.c.project_id == projects.c.id).exists()
        fresh = projects.join(_EXPECTED, and_(expected.facts == facts[0], expected.authority == facts[1]))
        if wanted is not None:
            fresh = fresh.join(_WANTED, _WANTED.c.project_id == projects.c.id)
        # counted, then written by one INSERT … SELECT: the new rows never pass through Python (an import of
        # 10,000 new projects)
        added = session.execute(
            select(func.count(), func.sum(expected.targets), *(func.sum(expected[name]) for name in _CODE_COLUMNS.values()))
            .select_from(fresh).where(~has_one)).one()
        screened += added[0]
        targets += added[1] or 0
        for n, code in enumerate(_CODE_COLUMNS):
            by_criterion[code] += added[2 + n] or 0
        if added[0]:
            fresh_rows = select(literal(rnd.id), projects.c.id, expected.codes, expected.is_target,
                                literal(now, type_=diagnoses.c.screened_at.type),
                                literal({}, type_=diagnoses.c.risk_scores.type), literal(1)).select_from(fresh)
            session.execute(insert(diagnoses).from_select(
                ["round_id", "project_id", "criteria", "is_target", "screened_at", "risk_scores", "version"],
                fresh_rows.where(~has_one).order_by(projects.c.id)))
    step(80)
    if updates:
        session.execute(
            update(diagnoses).where(diagnoses.c.id == bindparam("b_id")).values(
                criteria=bindparam("b_criteria"), is_target=bindparam("b_target"),
                screened_at=bindparam("b_at"), version=diagnoses.c.version + 1),
            updates,
        )
    for table in temporary:
        table.drop(connection)
    if progress is not None:
        progress(100, "완료")
    return ScreenCounts(screened=screened, targets=targets, by_criterion=by_criterion, kept=tuple(kept))


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
