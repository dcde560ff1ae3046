"""Read-only data for the grade summary (등급 현황) and the round report (진단 결과): DTOs from one read session."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from conflictdesk.domain.calendar import OPEN_ITEM_STATUSES
from conflictdesk.domain.enums import CRITERIA_ORDER, CarryOver, ConflictStage, Grade
from conflictdesk.domain.errors import NotFound
from conflictdesk.domain.obligations import (
    MISSING_LABELS,
    card_is_complete,
    card_plan_duty_due,
    missing_obligations,
)
from conflictdesk.domain.rounds import RoundId
from conflictdesk.services import settings
from conflictdesk.services.assignments import _projects_with_active_expert
from conflictdesk.services.key_cases import _key_before_ids, _key_project_ids
from conflictdesk.services.report_dtos import label_of
from conflictdesk.services.summary_dtos import (
    CARRIED,
    DROPPED,
    NEW,
    CaseRow,
    DepartmentRow,
    GradeSummary,
    OverdueRow,
    RoundReport,
    TrendRow,
    UnmetRow,
)
from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    Card,
    Department,
    Diagnosis,
    MainIssue,
    PlanItem,
    Project,
    ResponsePlan,
    Review,
    Round,
)

PENDING = "결정 대기"  # a carried case the officer has not decided yet (docs/업무규칙.md)


def _rounds(session: Session, code: str) -> tuple[list[tuple[int, str]], int]:
    rid = RoundId.parse(code)
    rounds = [(r.id, r.code) for r in session.scalars(select(Round).order_by(Round.year, Round.half))]
    index = next((n for n, (_i, c) in enumerate(rounds) if c == str(rid)), None)
    if index is None:
        raise NotFound("round_not_open", round=str(rid), label=rid)
    return rounds, index


def _trend(session: Session, rounds: list[tuple[int, str]]) -> tuple[TrendRow, ...]:
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    stmt = (select(Diagnosis.round_id, Diagnosis.is_target, Diagnosis.confirmed_grade, func.count())
            .group_by(Diagnosis.round_id, Diagnosis.is_target, Diagnosis.confirmed_grade))
    for round_id, is_target, grade, n in session.execute(stmt):
        c = counts[round_id]
        c["screened"] += n
        if is_target:
            c["targets"] += n
        if grade:
            c[f"g{grade}"] += n
    return tuple(TrendRow(code, counts[i]["screened"], counts[i]["targets"], counts[i]["g1"], counts[i]["g2"],
                          counts[i]["g3"]) for i, code in rounds)


def load_round_report(db: Database, code: str) -> RoundReport:
    """Screened vs targets per criterion, grade distribution and trend up to round ``code``."""
    with db.read() as s:
        rounds, index = _rounds(s, code)
        round_id = rounds[index][0]
        per_criterion: Counter[str] = Counter()
        grades: Counter[int] = Counter()
        screened = targets = 0
        stmt = (select(Diagnosis.criteria, Diagnosis.is_target, Diagnosis.confirmed_grade, func.count())
                .where(Diagnosis.round_id == round_id)
                .group_by(Diagnosis.criteria, Diagnosis.is_target, Diagnosis.confirmed_grade))
        for criteria, is_target, grade, n in s.execute(stmt):
            screened += n
            for c in filter(None, (criteria or "").split(",")):
                per_criterion[c] += n
            if is_target:
                targets += n
                grades[grade or 0] += n
        return RoundReport(
            round_code=rounds[index][1], round_label=RoundId.parse(code).label, screened=screened, targets=targets,
            criteria=tuple((c.value, c.label, per_criterion[c.value]) for c in CRITERIA_ORDER),
            grades=(grades[1], grades[2], grades[3], grades[0]),
            trend=_trend(s, rounds[: index + 1]),
        )


Facts = tuple[tuple[str | None, str, int] | None, int | None, bool]  # card (stage, outlook, issues), items, expert


def _obligation_facts(session: Session, ids: list[int], as_of: date) -> dict[int, Facts]:
    """Unmet obligation codes per project id (for the key cases only)."""
    cards: dict[int, tuple[str | None, str, int]] = {pid: (stage, outlook, n) for pid, stage, outlook, n in session.execute(
        select(Card.project_id, Card.stage, Card.outlook, func.count(MainIssue.id))
        .outerjoin(MainIssue, MainIssue.card_id == Card.id).where(Card.project_id.in_(ids))
        .group_by(Card.id))}
    plans: dict[int, int] = {pid: n for pid, n in session.execute(
        select(Card.project_id, func.count(PlanItem.id)).join(ResponsePlan, ResponsePlan.card_id == Card.id)
        .outerjoin(PlanItem, PlanItem.plan_id == ResponsePlan.id).where(Card.project_id.in_(ids))
        .group_by(Card.project_id))}
    experts = _projects_with_active_expert(session, as_of, ids)
    return {pid: (cards.get(pid), plans.get(pid), pid in experts) for pid in ids}


def _stage(value: str | None) -> ConflictStage | None:
    try:
        return ConflictStage(value) if value else None
    except ValueError:
        return None


def load_grade_summary(db: Database, code: str, *, as_of: date | None = None) -> GradeSummary:
    """The grade summary of round ``code``: department × grade, new/carried/dropped, unmet and overdue items."""
    today = as_of or date.today()
    with db.read() as s:
        rounds, index = _rounds(s, code)
        round_id = rounds[index][0]
        prev_id = rounds[index - 1][0] if index > 0 else None
        base = (select(Diagnosis.project_id, Project.code, Project.name, Department.name, Department.bureau,
                       Project.budget_won, Diagnosis.is_target, Diagnosis.confirmed_grade, Diagnosis.carried_over,
                       Diagnosis.carry_over, Diagnosis.confirmed_on)
                .join(Project, Diagnosis.project_id == Project.id)
                .join(Department, Project.department_id == Department.id))
        # Only the round's targets and graded projects count (100,000 screened rows hold ~37,000 of them): the
        # rest is read below for the previous round's key cases alone (a dropped case shows its row of this round).
        current = {r[0]: r for r in s.execute(base.where(
            Diagnosis.round_id == round_id,
            or_(Diagnosis.is_target.is_(True), Diagnosis.confirmed_grade.is_not(None))))}
        previous = ({r[0]: r for r in s.execute(base.where(and_(Diagnosis.round_id == prev_id,
                                                                 Diagnosis.confirmed_grade.in_((1, 2)))))}
                    if prev_id is not None else {})
        rnd = s.get(Round, round_id)
        assert rnd is not None
        key_ids = _key_project_ids(s, rnd)  # the one rule for key cases (status, reviews, dashboard use it too)
        key = [pid for pid in current if pid in key_ids]
        prev_round = s.get(Round, prev_id) if prev_id is not None else None
        previous_key = _key_project_ids(s, prev_round) if prev_round is not None else set()
        previous = {pid: r for pid, r in previous.items() if pid in previous_key}
        untargeted = [pid for pid in previous if pid not in current]
        others = ({r[0]: r for r in s.execute(base.where(Diagnosis.round_id == round_id,
                                                         Diagnosis.project_id.in_(untargeted)))}
                  if untargeted else {})
        facts = _obligation_facts(s, key, today) if key else {}
        key_before, duty_days = _key_before_ids(s, rnd), settings._card_plan_days(s)

        cases: list[CaseRow] = []
        unmet: list[UnmetRow] = []
        for pid in key:
            r = current[pid]
            prev = previous.get(pid)
            # A carry-over decision means the case came from the previous round: never "신규" beside "계속".
            status = CARRIED if prev is not None or r[8] or r[9] else NEW
            cases.append(CaseRow(r[3], r[1], r[2], r[7], prev[7] if prev else None, status,
                                 label_of(CarryOver, r[9]) if r[9] or not r[8] else PENDING, r[5]))
            card, n_items, expert = facts[pid]
            assert r[7] is not None  # key cases are graded 1 or 2
            grade = Grade(r[7])
            missing = missing_obligations(
                grade, has_card=card is not None,
                card_complete=card is not None and card_is_complete(card[2], _stage(card[0]), card[1]),
                has_plan=n_items is not None, plan_has_items=bool(n_items), has_active_expert=expert)
            if missing:
                duty = card_plan_duty_due(key_now=True, key_before=pid in key_before, missing=missing,
                                          confirmed_on=r[10], days=duty_days)
                unmet.append(UnmetRow(r[3], r[1], r[2], grade.value, tuple(MISSING_LABELS[m] for m in missing),
                                      duty))
        for pid, prev in previous.items():
            now = current.get(pid) or others.get(pid)
            if pid not in key_ids:
                cases.append(CaseRow(prev[3], prev[1], prev[2], now[7] if now else None, prev[7], DROPPED,
                                     label_of(CarryOver, now[9]) if now else "", prev[5]))

        def _overdue(rows: list[tuple[str, str, str, str, str, date]]) -> tuple[OverdueRow, ...]:
            return tuple(sorted((OverdueRow(*row, (today - row[5]).days) for row in rows),
                                key=lambda o: (o.department, o.due, o.code)))

        reviews = _overdue([(d, c, n, "정기점검", who, due) for c, n, d, who, due in s.execute(
            select(Project.code, Project.name, Department.name, Review.reviewer, Review.due)
            .join(Project, Review.project_id == Project.id).join(Department, Project.department_id == Department.id)
            .where(Review.round_id == round_id, Review.done_on.is_(None), Review.cancelled_on.is_(None),
                   Review.project_id.in_(key), Review.due < today))])
        items = _overdue([(d, c, n, t, o, due) for c, n, d, t, o, due in s.execute(
            select(Project.code, Project.name, Department.name, PlanItem.title, PlanItem.owner, PlanItem.due)
            .join(ResponsePlan, PlanItem.plan_id == ResponsePlan.id).join(Card, ResponsePlan.card_id == Card.id)
            .join(Project, Card.project_id == Project.id).join(Department, Project.department_id == Department.id)
            .where(Card.project_id.in_(key), PlanItem.due < today, PlanItem.status.in_(OPEN_ITEM_STATUSES)))
            if due is not None])
        trend = _trend(s, rounds[: index + 1])

    depts: dict[str, Counter[str]] = defaultdict(Counter)
    bureaus: dict[str, str] = {}
    for r in current.values():
        if r[6]:
            c = depts[r[3]]
            bureaus[r[3]] = r[4]
            c["targets"] += 1
            c[f"g{r[7]}" if r[7] else "ungraded"] += 1
    for case in cases:
        depts[case.department][{NEW: "new", CARRIED: "carried", DROPPED: "dropped"}[case.status]] += 1
    for u in unmet:
        depts[u.department]["unmet"] += 1
    for o in (*reviews, *items):
        depts[o.department]["overdue"] += 1
    for p in previous.values():
        bureaus.setdefault(p[3], p[4])
    rows = tuple(
        DepartmentRow(name, bureaus.get(name, ""), *(c[f] for f in (
            "targets", "g1", "g2", "g3", "ungraded", "new", "carried", "dropped", "unmet", "overdue")))
        for name, c in sorted(depts.items(), key=lambda kv: (bureaus.get(kv[0], ""), kv[0]))
    )
    order = {NEW: 0, CARRIED: 1, DROPPED: 2}
    return GradeSummary(
        round_code=rounds[index][1], round_label=RoundId.parse(code).label,
        previous_round=rounds[index - 1][1] if index > 0 else None, as_of=today, department=None,
        departments=rows,
        cases=tuple(sorted(cases, key=lambda c: (c.department, order[c.status], c.grade or 9, c.code))),
        unmet=tuple(sorted(unmet, key=lambda u: (u.department, u.grade, u.code))),
        overdue_reviews=reviews, overdue_items=items, trend=trend,
    )
