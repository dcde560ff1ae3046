"""#21: screening compares in SQL (docs/업무규칙.md §Criteria, 선별의 계산) — property test against a plain reference
that screens every project one by one with the domain rule and applies the officer's decisions in Python.

A city of random projects (blank budgets, unclear 전결권자, open and closed cards), random stored diagnoses (stale
criteria, 해소·제외, carried over, added mid-round, swapped out, confirmed grades) is screened under one round's
rules, then re-screened (all or some projects) after fact edits, then screened under a second round with other
rules. After each screening the stored rows, the versions and the returned counts must be the reference's, nothing
else may change, and no audit entry is written (the bulk write never was audited). Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text

from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.screening import VISIBLE_STAGES, RuleSet, ScreeningInput, screen_project
from conflictdesk.services.screening import ScreenCounts, _screen_projects, round_rules
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Department, Diagnosis, Project, Round, Signal

TODAY = date(2021, 3, 2)
AUTHORITIES = ["", "과장", "국장", "부시장", "시장", "시장·부시장", "시장정비팀장", "행정부시장 전결", "남부시장", "도지사"]
THRESHOLDS = [4_000_000_000, 5_000_000_000, 0]


@dataclass(frozen=True)
class Facts:
    tia: bool
    eia: bool
    authority: str
    budget: int | None
    midterm: bool
    ordinance: bool
    visible: bool
    card: str | None  # an open card's stage; "closed" = a closed card at 표출 (does not count)


@dataclass(frozen=True)
class Stored:
    criteria: str
    is_target: bool
    carried: bool
    decision: str | None
    mid: bool
    grade: int | None
    replaces: int | None  # index of the project this one replaced mid-round


yes = st.sampled_from([False, False, True])
rarely = st.sampled_from([False, False, False, False, True])  # most projects of a city meet no criterion
facts = st.builds(Facts, rarely, rarely, st.sampled_from(AUTHORITIES),
                  st.sampled_from([None, None, 0, 3_999_999_999, 4_000_000_000, 5_000_000_000, 12_000_000_000]),
                  rarely, rarely, rarely, st.sampled_from([None, None, "latent", "surfaced", "deadlock", "closed"]))
stored = st.builds(Stored, st.sampled_from(["", "", "TIA", "EIA", "VICE_MAYOR,BUDGET", "OLD"]), st.booleans(),
                   yes, st.sampled_from([None, None, None, "continued", "resolved", "downgraded"]), yes,
                   st.sampled_from([None, None, 1, 2, 3]), st.none() | st.integers(0, 9))
rules = st.builds(lambda threshold, active: RuleSet(threshold, frozenset(active)), st.sampled_from(THRESHOLDS),
                  st.sets(st.sampled_from(list(Criterion)), min_size=0, max_size=7))


@st.composite
def scenarios(draw: Any) -> dict[str, Any]:
    city = draw(st.lists(facts, min_size=1, max_size=10))
    n = len(city)
    return {
        "city": city,
        "stored": draw(st.lists(st.none() | stored, min_size=n, max_size=n)),
        "rules": (draw(rules), draw(rules)),
        "edits": draw(st.lists(st.tuples(st.integers(0, n - 1), facts), max_size=4)),
        "subset": draw(st.none() | st.sets(st.integers(0, n + 1))),  # n, n + 1: ids of no project
    }


def _reset(db: Database) -> None:
    with db.write(reason="test") as s:
        for model in (Signal, Card, Diagnosis, Project, Round, Department):
            s.execute(delete(model))


def _set_facts(s: Any, p: Project, f: Facts) -> None:
    p.traffic_impact, p.environmental_impact, p.decision_authority = f.tia, f.eia, f.authority
    p.budget_won, p.midterm_plan, p.regulatory_ordinance, p.conflict_visible = f.budget, f.midterm, f.ordinance, f.visible
    card = s.scalar(select(Card).where(Card.project_id == p.id))
    if f.card is None:
        if card is not None:
            s.delete(card)
        return
    if card is None:
        card = Card(project_id=p.id)
        s.add(card)
    card.stage = "surfaced" if f.card == "closed" else f.card
    card.closed_on = date(2021, 1, 5) if f.card == "closed" else None


def _reference(s: Any, rnd: Round, ids: set[int] | None) -> tuple[dict[int, tuple[str, bool]], ScreenCounts]:
    """Every project screened one by one by the domain rule, then the officer's decisions (docs/업무규칙.md)."""
    ruleset = round_rules(rnd)
    stored = {d.project_id: d for d in s.scalars(select(Diagnosis).where(Diagnosis.round_id == rnd.id))}
    swapped = {d.replaces_project_id for d in stored.values() if d.replaces_project_id is not None}
    expected: dict[int, tuple[str, bool]] = {}
    counts = dict.fromkeys((c.value for c in CRITERIA_ORDER), 0)
    kept: list[int] = []
    for p in s.scalars(select(Project).order_by(Project.id)):
        if ids is not None and p.id not in ids:
            continue
        card = s.scalar(select(Card).where(Card.project_id == p.id, Card.closed_on.is_(None)))
        known = "카드" if card is not None and card.stage in VISIBLE_STAGES else ""
        result = screen_project(ScreeningInput(
            tia=p.traffic_impact, eia=p.environmental_impact, decision_authority=p.decision_authority,
            budget_won=p.budget_won, midterm=p.midterm_plan, ordinance=p.regulatory_ordinance,
            visible=p.conflict_visible, visible_reason=known), ruleset)
        for code in result.codes:
            counts[code] += 1
        target = result.is_target
        d = stored.get(p.id)
        if d is not None:
            if d.carry_over == "resolved" or p.id in swapped:
                target = False
            elif d.confirmed_grade in (1, 2) and d.is_target:
                target = True
                if not result.is_target:
                    kept.append(p.id)
            elif d.carried_over or d.added_mid_round:
                target = True
        expected[p.id] = (",".join(result.codes), target)
    return expected, ScreenCounts(screened=len(expected), targets=sum(t for _c, t in expected.values()),
                                  by_criterion=counts, kept=tuple(kept))


def _rows(s: Any) -> dict[tuple[int, int], dict[str, Any]]:
    return {(d.round_id, d.project_id): {c.key: getattr(d, c.key) for c in Diagnosis.__table__.columns}
            for d in s.scalars(select(Diagnosis))}


def _audit_count(s: Any) -> int:
    return int(s.scalar(text("SELECT count(*) FROM audit_log")) or 0)


def _screen_and_check(db: Database, round_code: str, ids: set[int] | None) -> None:
    with db.read() as s:
        rnd = s.scalars(select(Round).where(Round.code == round_code)).one()
        expected, want = _reference(s, rnd, ids)
        before = _rows(s)
        audited = _audit_count(s)
    with db.write(reason="test") as s:
        counts = _screen_projects(s, s.scalars(select(Round).where(Round.code == round_code)).one(), ids,
                                  today=TODAY)
    assert counts == want
    with db.read() as s:
        rnd_id = s.scalars(select(Round.id).where(Round.code == round_code)).one()
        after = _rows(s)
        assert _audit_count(s) == audited
        # the temporary tables are gone with the screening
        assert s.scalar(select(func.count()).select_from(Project)) is not None
    for key, row in after.items():
        round_id, pid = key
        old = before.get(key)
        if round_id != rnd_id or pid not in expected:
            assert row == old  # other rounds and projects not screened: untouched
            continue
        assert (row["criteria"], bool(row["is_target"])) == expected[pid]
        if old is None:
            assert row["version"] == 1
            continue
        changed = (old["criteria"], bool(old["is_target"])) != expected[pid]
        assert row["version"] == old["version"] + changed
        same = {k: v for k, v in row.items() if k not in ("criteria", "is_target", "version", "screened_at")}
        assert same == {k: v for k, v in old.items() if k not in ("criteria", "is_target", "version", "screened_at")}
        if not changed:
            assert row["screened_at"] == old["screened_at"]
    assert set(expected) <= {pid for (round_id, pid) in after if round_id == rnd_id}
    assert len(after) == len(before) + sum(1 for pid in expected if (rnd_id, pid) not in before)


def _run(db: Database, scenario: dict[str, Any]) -> None:
    _reset(db)
    city: list[Facts] = scenario["city"]
    first, second = scenario["rules"]
    with db.write(reason="test") as s:
        dept = Department(name="도시계획과", bureau="도시국")
        rounds = [Round(code="2021-1", year=2021, half=1, rules={"screening": first.to_dict()}),
                  Round(code="2021-2", year=2021, half=2, rules={"screening": second.to_dict()})]
        s.add_all([dept, *rounds])
        projects = [Project(code=f"P-{n:02d}", name=f"사업 {n}", department=dept) for n in range(len(city))]
        s.add_all(projects)
        s.flush()
        for p, f in zip(projects, city, strict=True):
            _set_facts(s, p, f)
        for n, row in enumerate(scenario["stored"]):
            if row is None:
                continue
            replaces = projects[row.replaces].id if row.replaces is not None and row.replaces < len(city) else None
            s.add(Diagnosis(round_id=rounds[0].id, project_id=projects[n].id, criteria=row.criteria,
                            is_target=row.is_target, carried_over=row.carried, carry_over=row.decision,
                            added_mid_round=row.mid, confirmed_grade=row.grade, replaces_project_id=replaces))
        ids = [p.id for p in projects]
    _screen_and_check(db, "2021-1", None)
    with db.write(reason="test") as s:  # the officer edits some projects' facts and cards
        for n, f in scenario["edits"]:
            _set_facts(s, s.get(Project, ids[n]), f)
    subset = scenario["subset"]
    chosen = None if subset is None else {ids[n] if n < len(ids) else max(ids) + 100 + n for n in subset}
    _screen_and_check(db, "2021-1", chosen)
    _screen_and_check(db, "2021-1", None)  # everything again: whatever the subset left
    _screen_and_check(db, "2021-1", None)  # and once more: nothing changes
    _screen_and_check(db, "2021-2", None)  # another round, other rules


SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('screening') / 'city.sqlite3'}", actor="tester")
    yield db
    db.close()


@pytest.fixture(scope="module")
def postgresql_db(pg_url: str) -> Iterator[Database]:
    """One database in its own schema on the test server (each example starts by emptying it)."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"})
    db = Database(url.render_as_string(hide_password=False), actor="tester")
    yield db
    db.close()
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


@pytest.mark.slow
@settings(max_examples=100, **SETTINGS)  # type: ignore[arg-type]
@given(scenario=scenarios())
def test_screening_in_sql_matches_the_reference_on_sqlite(sqlite_db: Database, scenario: dict[str, Any]) -> None:
    _run(sqlite_db, scenario)


@pytest.mark.slow
@settings(max_examples=12, **SETTINGS)  # type: ignore[arg-type]
@given(scenario=scenarios())
def test_screening_in_sql_matches_the_reference_on_postgresql(postgresql_db: Database,
                                                              scenario: dict[str, Any]) -> None:
    _run(postgresql_db, scenario)


def _two_projects(s: Any) -> Round:
    """Round 2021-1 and two projects of one department: P-1 meets 교통영향평가, P-2 meets nothing."""
    dept = Department(name="도시계획과", bureau="도시국")
    rnd = Round(code="2021-1", year=2021, half=1)
    s.add_all([dept, rnd, Project(code="P-1", name="사업", department=dept, traffic_impact=True),
               Project(code="P-2", name="사업 2", department=dept)])
    s.flush()
    return rnd


@pytest.mark.parametrize("stop_at", [0, 30, 60, 80])
def test_a_cancelled_screening_changes_nothing_and_the_next_one_works(engine_url: str, stop_at: int) -> None:
    """Cancelling (the progress callback says no) rolls everything back, the temporary tables too: the next
    screening on the same connection starts clean."""
    db = Database(engine_url, actor="tester")
    try:
        with db.write(reason="test") as s:
            rnd = _two_projects(s)
            s.add(Diagnosis(round_id=rnd.id, project_id=s.scalars(select(Project.id).where(Project.code == "P-2"))
                            .one(), criteria="OLD", is_target=True, confirmed_grade=1))
        with db.read() as s:
            before = _rows(s)
        seen: list[int] = []

        def progress(percent: int, _label: str) -> bool:
            seen.append(percent)
            return percent < stop_at

        with pytest.raises(DomainError) as raised, db.write(reason="test") as s:
            _screen_projects(s, s.scalars(select(Round)).one(), progress=progress, today=TODAY)
        assert raised.value.key == "screening_cancelled" and seen[-1] == stop_at
        with db.read() as s:
            assert _rows(s) == before
        with db.write(reason="test") as s:
            counts = _screen_projects(s, s.scalars(select(Round)).one(), progress=lambda _p, _l: True, today=TODAY)
        assert (counts.screened, counts.targets, counts.kept) == (2, 2, (before[next(iter(before))]["project_id"],))
    finally:
        db.close()


def test_new_rows_written_in_sql_read_back_like_the_orm_writes_them(engine_url: str) -> None:
    """A project without a row in the round gets one by INSERT … SELECT: the same column values (empty 위험 점수,
    an aware screening time, version 1) as a row the ORM writes, on both engines."""
    db = Database(engine_url, actor="tester")
    try:
        with db.write(reason="test") as s:
            counts = _screen_projects(s, _two_projects(s), today=TODAY)
        assert (counts.screened, counts.targets, counts.by_criterion[Criterion.TIA.value]) == (2, 1, 1)
        with db.read() as s:
            rows = {code: d for code, d in s.execute(select(Project.code, Diagnosis).join(
                Diagnosis, Diagnosis.project_id == Project.id))}
        assert rows["P-1"].criteria == Criterion.TIA.value and rows["P-1"].is_target is True
        assert rows["P-2"].criteria == "" and rows["P-2"].is_target is False
        for d in rows.values():
            assert d.risk_scores == {} and d.version == 1 and d.confirmed_grade is None
            assert d.screened_at is not None and d.screened_at.utcoffset() is not None
    finally:
        db.close()
