"""The demo city's 사전 갈등검토목록: three departments' 2020-2 targets were sent a checklist; some came back with answers
(most agreeing with the register, one saying a criterion holds that the register does not show), one came back with a
problem, and some are still awaited — so the diagnosis form's 사전검토 box and ``checklist --status`` show each case.

No random numbers are drawn: the rest of the demo stays the same city for the same seed."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from conflictdesk.domain.enums import CRITERIA_ORDER
from conflictdesk.domain.grading import ChecklistSettings
from conflictdesk.domain.pre_review import PreReviewAnswers
from conflictdesk.store.models import Diagnosis, PreReview, Project, Round

ROUND = "2020-2"
#: Per department (most 2020-2 targets first): sent, due, and per project (newest code first) the return —
#: (returned_on, accepted) or None while awaited.
BATCHES: tuple[tuple[date, date, tuple[tuple[date, bool] | None, ...]], ...] = (
    (date(2020, 9, 14), date(2020, 9, 28),
     ((date(2020, 9, 24), True), (date(2020, 9, 25), True), (date(2020, 9, 28), True))),
    (date(2020, 10, 12), date(2020, 10, 26), ((date(2020, 10, 22), True), (date(2020, 10, 27), False), None)),
    (date(2020, 12, 14), date(2020, 12, 28), (None, None)),
)
#: Risk items a department marks, by the register's grade (1 = city-level conflict): (code, 0–3 score).
SCORES: dict[int, tuple[tuple[str, int], ...]] = {
    1: (("stakeholders", 3), ("organised_opposition", 3), ("nimby", 3), ("protests", 2), ("media", 2),
        ("complaint_trend", 3), ("trust_deficit", 2)),
    2: (("stakeholders", 2), ("organised_opposition", 2), ("nimby", 2), ("complaint_trend", 2), ("media", 1)),
    3: (("stakeholders", 1), ("budget_scale", 1), ("complaint_trend", 1)),
}
OPINIONS = {1: "주민 대책위원회가 구성되어 있어 시 차원의 조정이 필요합니다.",
            2: "관련 부서와 협의하여 설명회를 먼저 열겠습니다.",
            3: "현재 갈등 징후는 없으며 부서에서 자체 관리하겠습니다."}


def add_demo_pre_reviews(s: Any) -> int:
    """Add the demo's checklists (inside the demo's transaction); return how many were sent.

    Its reads do not flush: the rows the demo added before are written (and audited) with the rest at its end."""
    with s.no_autoflush:
        return _add(s)


def _add(s: Any) -> int:
    round_id = s.scalar(select(Round.id).where(Round.code == ROUND))
    if round_id is None:
        return 0
    targets = (select(Project.department_id, func.count()).join(Diagnosis, Diagnosis.project_id == Project.id)
               .where(Diagnosis.round_id == round_id, Diagnosis.is_target.is_(True))
               .group_by(Project.department_id).order_by(func.count().desc(), Project.department_id))
    departments = [d for d, _n in s.execute(targets)][:len(BATCHES)]
    checklist = ChecklistSettings().to_dict()
    sent = 0
    for (sent_on, due, returns), department_id in zip(BATCHES, departments, strict=False):
        rows = s.execute(select(Project, Diagnosis).join(Diagnosis, Diagnosis.project_id == Project.id)
                         .where(Diagnosis.round_id == round_id, Diagnosis.is_target.is_(True),
                                Project.department_id == department_id)
                         .order_by(Project.code.desc()).limit(len(returns))).all()
        for (project, diagnosis), back in zip(rows, returns, strict=False):
            answers = None
            if back is not None and back[1]:
                disagree = sent == 0  # the first department's newest project: one answer unlike the register
                answers = _answers(project, diagnosis, disagree).to_dict()
            s.add(PreReview(project_id=project.id, department_id=department_id, serial=f"demo-{project.code}",
                            sent_on=sent_on, due=due, returned_on=back[0] if back else None,
                            accepted_on=back[0] if back and back[1] else None,
                            returned_file=f"사전검토_{project.code}.xlsx" if back else "", checklist=checklist,
                            answers=answers))
            sent += 1
    return sent


def _answers(project: Project, diagnosis: Diagnosis, disagree: bool) -> PreReviewAnswers:
    holds = set(filter(None, (diagnosis.criteria or "").split(",")))
    criteria: dict[str, bool | None] = {c.value: c.value in holds for c in CRITERIA_ORDER}
    if disagree:  # the department says the first criterion the register does not show holds
        flipped = next((c.value for c in CRITERIA_ORDER if c.value not in holds), None)
        if flipped is not None:
            criteria[flipped] = True
    grade = diagnosis.confirmed_grade or 3
    return PreReviewAnswers(criteria=criteria, owner_level=grade, scores=dict(SCORES[grade]),
                            self_grade=min(3, grade + 1), opinion=OPINIONS[grade], writer=f"주무관 {project.manager}", contact=project.contact)


__all__ = ["add_demo_pre_reviews"]
