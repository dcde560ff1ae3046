"""Screening on both engines (the SQLite fast path and the portable statement): the same criteria, targets,
counts and stored rows, with the officer's decisions (carried over, resolved, mid-round, swapped out) honoured."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conflictdesk.domain.screening import DEFAULT_BUDGET_THRESHOLD_WON as LIMIT
from conflictdesk.services.screening import _screen_projects
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Department, Diagnosis, Project, Round

# code, tia, eia, authority, budget, midterm, ordinance, visible
FACTS = [
    ("P-1", True, False, "과장", None, False, False, False),  # TIA
    ("P-2", False, False, "시장", 100, False, False, False),  # VICE_MAYOR
    ("P-3", False, False, "팀장", LIMIT, False, False, False),  # BUDGET (reaches the threshold)
    ("P-4", False, False, "팀장", LIMIT - 1, False, False, False),  # nothing
    ("P-5", False, False, "", None, False, False, False),  # nothing: carried over → stays a target
    ("P-6", False, True, "과장", None, False, False, False),  # EIA, but resolved → off the list
    ("P-7", False, False, "과장", None, True, True, True),  # MIDTERM, ORDINANCE, VISIBLE; swapped out
    ("P-8", False, False, "과장", None, False, False, False),  # nothing: added mid-round, replaces P-7
    ("P-9", False, False, "부시장", LIMIT * 2, False, False, False),  # new: no diagnosis yet
]


def _setup(db: Database) -> None:
    with db.write(reason="test") as s:
        dept = Department(name="도시계획과", bureau="도시국")
        s.add(dept)
        rnd = Round(code="2021-1", year=2021, half=1)
        s.add(rnd)
        projects = {}
        for code, tia, eia, authority, budget, midterm, ordinance, visible in FACTS:
            projects[code] = p = Project(
                code=code, name=f"사업 {code}", department=dept, traffic_impact=tia, environmental_impact=eia,
                decision_authority=authority, budget_won=budget, midterm_plan=midterm, regulatory_ordinance=ordinance,
                conflict_visible=visible)
            s.add(p)
        s.flush()
        decisions = {"P-5": {"carried_over": True}, "P-6": {"carried_over": True, "carry_over": "resolved"},
                     "P-8": {"added_mid_round": True, "replaces_project_id": projects["P-7"].id}}
        for code in [c for c, *_ in FACTS if c != "P-9"]:
            s.add(Diagnosis(round_id=rnd.id, project_id=projects[code].id, criteria="OLD", is_target=False,
                            **decisions.get(code, {})))


def test_screening_gives_the_same_answer_on_both_engines(engine_url: str) -> None:
    db = Database(engine_url, actor="a")
    _setup(db)
    with db.write(reason="test") as s:
        rnd = s.scalars(select(Round)).one()
        counts = _screen_projects(s, rnd)
    assert counts.screened == 9
    assert counts.by_criterion == {"TIA": 1, "EIA": 1, "VICE_MAYOR": 2, "BUDGET": 2, "MIDTERM": 1, "ORDINANCE": 1,
                                   "VISIBLE": 1}
    with db.read() as s:
        stored = {code: (criteria, bool(target)) for code, criteria, target in s.execute(
            select(Project.code, Diagnosis.criteria, Diagnosis.is_target).join(Diagnosis, Diagnosis.project_id == Project.id))}
    assert stored == {
        "P-1": ("TIA", True), "P-2": ("VICE_MAYOR", True), "P-3": ("BUDGET", True), "P-4": ("", False),
        "P-5": ("", True), "P-6": ("EIA", False), "P-7": ("MIDTERM,ORDINANCE,VISIBLE", False), "P-8": ("", True),
        "P-9": ("VICE_MAYOR,BUDGET", True),
    }
    assert counts.targets == 6
    with db.write(reason="test") as s:  # again: nothing changes, the same counts
        again = _screen_projects(s, s.scalars(select(Round)).one())
        versions = set(s.scalars(select(Diagnosis.version)))
    assert again == counts and versions == {1, 2}
    db.close()


@pytest.mark.parametrize("ids", [["P-3", "P-7"], []])
def test_screening_only_some_projects(db: Database, ids: list[str]) -> None:
    _setup(db)
    with db.write(reason="test") as s:
        wanted = list(s.scalars(select(Project.id).where(Project.code.in_(ids))))
        counts = _screen_projects(s, s.scalars(select(Round)).one(), wanted)
    assert counts.screened == len(ids)
    with db.read() as s:
        changed = set(s.scalars(select(Project.code).join(Diagnosis, Diagnosis.project_id == Project.id).where(Diagnosis.criteria != "OLD")))
    assert changed == set(ids)
