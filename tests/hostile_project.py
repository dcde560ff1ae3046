"""A project whose every text field holds a hostile string, for the report tests."""

from __future__ import annotations

from datetime import date

from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    ActionEntry,
    Card,
    Department,
    Diagnosis,
    MainIssue,
    PlanItem,
    Project,
    ResponsePlan,
    Review,
    Round,
    Signal,
    StageTransition,
    Stakeholder,
)

LONG_HANGUL = "가나다라마바사아자차카타파하" * 20  # 280 characters without a space
HOSTILE = [
    "<b>굵게</b> & x<y",
    "x<y",
    '<img src="/etc/passwd">',
    "=1+1",
    "+cmd",
    "-2+3",
    "@SUM(A1)",
    "\t탭으로 시작",
    "\r캐리지리턴",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "https://example.com/악성",
    LONG_HANGUL,
]
PERSON = "홍길동"
PHONE = "010-1234-5678"
CODE = "2020-HOSTILE"
DEPARTMENT = "../../etc/passwd"


def make_hostile_project(db: Database) -> None:
    """Two rounds; in 2020-2 the hostile project is grade 1 with a card, plan, overdue review and item."""
    with db.write(reason="test") as s:
        dept = Department(name=DEPARTMENT, bureau="=HYPERLINK(\"http://x\")")
        dept2 = Department(name="도시계획과", bureau="도시계획국")
        s.add_all([dept, dept2])
        r1 = Round(code="2020-1", year=2020, half=1)
        r2 = Round(code="2020-2", year=2020, half=2, review_due=date(2020, 7, 31))
        s.add_all([r1, r2])
        s.flush()
        project = Project(code=CODE, name=" | ".join(HOSTILE[:4]) + " 사업", department_id=dept.id,
                          budget_won=4_550_000_000, manager=PERSON, contact=PHONE)
        other = Project(code="2020-000002", name=LONG_HANGUL + " 조성", department_id=dept2.id, budget_won=None)
        s.add_all([project, other])
        s.flush()
        s.add_all([
            Diagnosis(round_id=r1.id, project_id=other.id, is_target=True, confirmed_grade=2, criteria="BUDGET"),
            Diagnosis(round_id=r2.id, project_id=other.id, is_target=True, confirmed_grade=3, criteria="BUDGET"),
            Diagnosis(round_id=r2.id, project_id=project.id, is_target=True, confirmed_grade=1,
                      criteria="EIA,BUDGET", alert_level="alert"),
        ])
        card = Card(project_id=project.id, conflict_types=["interest", "nimby"], field=HOSTILE[1],
                    stage="spreading", stage_since=date(2020, 5, 1), phase="permits",
                    social_impact="\n".join(HOSTILE), outlook=HOSTILE[0])
        s.add(card)
        s.flush()
        s.add(StageTransition(card_id=card.id, from_stage=None, to_stage="surfaced", changed_on=date(2020, 1, 2),
                              reason=HOSTILE[2]))
        for n, text in enumerate(HOSTILE):
            s.add(MainIssue(card_id=card.id, position=n, text=text, kind="fact"))
            s.add(ActionEntry(card_id=card.id, acted_on=date(2020, 3, 1 + n), text=text))
        s.add(Stakeholder(card_id=card.id, name=PERSON, kind="residents", position="반대", interests=HOSTILE[0],
                          influence=5, representative="김철수", contact=PHONE))
        s.add(Stakeholder(card_id=card.id, name="송도주민대책위원회", kind="residents", position=HOSTILE[3],
                          contact="hong@example.com"))
        s.add(Signal(card_id=card.id, kind="complaint", observed_on=date(2020, 6, 1), count=7, note=HOSTILE[4]))
        plan = ResponsePlan(card_id=card.id, background=HOSTILE[5], goal=HOSTILE[6], strategies=["주민설명회"],
                            budget_won=120_000_000)
        s.add(plan)
        s.flush()
        s.add(PlanItem(plan_id=plan.id, position=0, title=HOSTILE[3], owner=HOSTILE[7], due=date(2020, 8, 1),
                       status="in_progress"))
        s.add(PlanItem(plan_id=plan.id, position=1, title=HOSTILE[8], owner=HOSTILE[4], due=date(2020, 9, 1),
                       status="planned"))
        s.add(PlanItem(plan_id=plan.id, position=2, title=HOSTILE[6], owner=HOSTILE[5], due=date(2020, 9, 1),
                       status="done", done_on=date(2020, 8, 30)))
        s.add(Review(round_id=r2.id, project_id=project.id, due=date(2020, 7, 31)))
        # Grade 1 without an expert: an unmet obligation on purpose.
