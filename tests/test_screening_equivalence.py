"""#21: the fast screening pass (facts screened once per combination, compared in SQL) stores exactly what the
plain rule says for every project — property test against a per-project oracle written from docs/업무규칙.md:

- the criteria are the domain rule's (``screen_project``) on the project's facts, VISIBLE also from an open card at
  표출 or later;
- a new project gets a diagnosis; a stored one is rewritten only where criteria or target changed (version + 1);
- the officer's decisions outrank the criteria: resolved (해소·제외) and swapped-out cases are off the list; carried,
  mid-round and confirmed grade 1–2 targets stay targets (the grade 1–2 ones meeting no criterion are "kept").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from conflictdesk.domain.screening import DEFAULT_BUDGET_THRESHOLD_WON as LIMIT
from conflictdesk.domain.screening import VISIBLE_STAGES, ScreeningInput, screen_project
from conflictdesk.services.screening import _screen_projects, round_rules
from conflictdesk.store.engine import memory_database
from conflictdesk.store.models import Card, Department, Diagnosis, Project, Round

TODAY = date(2021, 3, 2)
AUTHORITIES = ["", "과장", "국장", "부시장", "시장", "시장정비팀장", "행정부시장 전결", "팀장"]


@dataclass(frozen=True)
class Case:
    facts: tuple[bool, bool, str, int | None, bool, bool, bool]
    diagnosis: tuple[str, bool, bool, str | None, bool, int | None] | None  # criteria, target, carried, decision, mid, grade
    replaces: int | None  # index of another project this one replaced mid-round
    card_stage: str | None  # an open card's stage


rarely = st.sampled_from([False, False, False, True])  # projects meeting no criterion are common, as in a city
facts = st.tuples(rarely, rarely, st.sampled_from(AUTHORITIES),
                  st.sampled_from([None, 0, LIMIT - 1, LIMIT, LIMIT * 3]), rarely, rarely, rarely)
diagnosis = st.none() | st.tuples(st.sampled_from(["", "OLD", "TIA", "VICE_MAYOR,BUDGET", "EIA"]), st.booleans(),
                                  st.booleans(), st.sampled_from([None, "continued", "resolved", "downgraded"]),
                                  st.booleans(), st.sampled_from([None, 1, 2, 3]))
cases = st.lists(st.builds(Case, facts, diagnosis, st.none() | st.integers(0, 11),
                           st.none() | st.sampled_from(["latent", "surfaced", "deadlock", "resolved"])),
                 min_size=1, max_size=12)


def _oracle(items: list[Case], rules: object) -> tuple[dict[int, tuple[str, bool]], int, dict[str, int], set[int]]:
    """Per project index: (criteria, target); the target count, per-criterion counts and kept indexes."""
    swapped = {c.replaces for c in items if c.diagnosis is not None and c.replaces is not None}
    stored: dict[int, tuple[str, bool]] = {}
    counts: dict[str, int] = {}
    kept: set[int] = set()
    for n, case in enumerate(items):
        tia, eia, authority, budget, midterm, ordinance, visible = case.facts
        known = "카드" if case.card_stage in VISIBLE_STAGES and not visible else ""
        result = screen_project(ScreeningInput(tia=tia, eia=eia, decision_authority=authority, budget_won=budget,
                                               midterm=midterm, ordinance=ordinance, visible=visible,
                                               visible_reason=known), rules)  # type: ignore[arg-type]
        held = [c.value for c in result.criteria]
        for code in held:
            counts[code] = counts.get(code, 0) + 1
        target = bool(held)
        if case.diagnosis is not None:
            _criteria, was_target, carried, decision, mid, grade = case.diagnosis
            key_grade = grade in (1, 2) and was_target
            if n in swapped or decision == "resolved":
                target = False
            elif key_grade or carried or mid:
                target = True
                if key_grade and not held:
                    kept.add(n)
        stored[n] = (",".join(held), target)
    return stored, sum(t for _c, t in stored.values()), counts, kept


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases)
def test_screening_stores_what_the_rule_says(items: list[Case]) -> None:
    db = memory_database(actor="tester")
    try:
        with db.write(reason="test") as s:
            dept = Department(name="도시계획과", bureau="도시국")
            rnd = Round(code="2021-1", year=2021, half=1)
            s.add_all([dept, rnd])
            projects = [Project(code=f"P-{n:02d}", name=f"사업 {n}", department=dept, traffic_impact=c.facts[0],
                                environmental_impact=c.facts[1], decision_authority=c.facts[2],
                                budget_won=c.facts[3], midterm_plan=c.facts[4], regulatory_ordinance=c.facts[5],
                                conflict_visible=c.facts[6]) for n, c in enumerate(items)]
            s.add_all(projects)
            s.flush()
            for n, case in enumerate(items):
                if case.card_stage is not None:
                    s.add(Card(project_id=projects[n].id, stage=case.card_stage))
                if case.diagnosis is not None:
                    criteria, target, carried, decision, mid, grade = case.diagnosis
                    replaces = projects[case.replaces].id if case.replaces is not None and case.replaces < len(items) \
                        else None
                    s.add(Diagnosis(round_id=rnd.id, project_id=projects[n].id, criteria=criteria, is_target=target,
                                    carried_over=carried, carry_over=decision, added_mid_round=mid,
                                    confirmed_grade=grade, replaces_project_id=replaces))
        items = [Case(c.facts, c.diagnosis, c.replaces if c.replaces is not None and c.replaces < len(items) else None,
                      c.card_stage) for c in items]
        with db.write(reason="test") as s:
            rnd = s.scalars(select(Round)).one()
            rules = round_rules(rnd)
            before = dict(s.execute(select(Diagnosis.project_id, Diagnosis.version)).all())
            counts = _screen_projects(s, rnd, today=TODAY)
        expected, targets, by_criterion, kept = _oracle(items, rules)
        with db.read() as s:
            ids = {p.id: n for n, p in enumerate(s.scalars(select(Project).order_by(Project.code)))}
            rows = s.execute(select(Diagnosis.project_id, Diagnosis.criteria, Diagnosis.is_target, Diagnosis.version))
            stored = {ids[pid]: (criteria, bool(target)) for pid, criteria, target, _v in rows}
            versions = dict(s.execute(select(Diagnosis.project_id, Diagnosis.version)).all())
        assert stored == expected
        assert counts.screened == len(items) and counts.targets == targets
        assert {k: v for k, v in counts.by_criterion.items() if v} == by_criterion
        assert {ids[pid] for pid in counts.kept} == kept
        for pid, version in before.items():  # rewritten only where something changed
            n = ids[pid]
            old = items[n].diagnosis
            assert old is not None
            changed = (old[0], old[1]) != expected[n]
            assert versions[pid] == version + (1 if changed else 0)
    finally:
        db.close()
