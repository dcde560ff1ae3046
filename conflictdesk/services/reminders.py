"""Reminders and calendar entries: reviews, plan items, agreement items, council meetings and 공론화 recommendations
by date."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.calendar import days_until, is_overdue
from conflictdesk.domain.obligations import CARD, MISSING_LABELS, PLAN
from conflictdesk.services import settings
from conflictdesk.services.deliberation_process import _calendar_entries as _recommendations
from conflictdesk.services.obligations import _status_rows
from conflictdesk.services.pre_review import _awaited_checklists
from conflictdesk.services.projects import _latest_round_code
from conflictdesk.services.reminder_dtos import (
    AGREEMENT_ITEM,
    CARD_PLAN,
    CHECKLIST,
    HANDOUT,
    MEETING,
    PLAN_ITEM,
    RECOMMENDATION,
    REVIEW,
    CalendarEntry,
    DueItem,
    Reminders,
)
from conflictdesk.services.rounds import _get_round
from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    AgreementItem,
    Card,
    Council,
    CouncilMeeting,
    Department,
    Handout,
    PlanItem,
    Project,
    ResponsePlan,
    Review,
    Round,
)

_CLOSED = ("done", "dropped")


def _reviews(s: Session, round_id: int | None) -> list[CalendarEntry]:
    stmt = (select(Review, Round.code, Project.code, Project.name, Department.name)
            .join(Round, Round.id == Review.round_id).join(Project, Project.id == Review.project_id)
            .join(Department, Department.id == Project.department_id)
            .where(Review.cancelled_on.is_(None)))  # a cancelled review is history: never due, never late
    if round_id is not None:
        stmt = stmt.where(Review.round_id == round_id)
    out = []
    for review, rcode, code, name, dept in s.execute(stmt):
        detail = f"{rcode} 정기점검 · {dept}"
        if review.done_on:
            detail += f" · {review.done_on.isoformat()} 완료"
            if review.reviewer:
                detail += f" ({review.reviewer})"  # an official in their role: never masked
        out.append(CalendarEntry(REVIEW, f"review-{rcode}-{code}", review.due, review.project_id, code, name,
                                 dept, f"{name} 점검 마감", detail, review.done_on, rcode))
    return out


def _plan_items(s: Session, project_ids: set[int] | None) -> list[CalendarEntry]:
    stmt = (select(PlanItem, Project.id, Project.code, Project.name, Department.name)
            .join(ResponsePlan, ResponsePlan.id == PlanItem.plan_id).join(Card, Card.id == ResponsePlan.card_id)
            .join(Project, Project.id == Card.project_id).join(Department, Department.id == Project.department_id)
            .where(PlanItem.due.is_not(None), PlanItem.status != "dropped"))
    out = []
    for item, pid, code, name, dept in s.execute(stmt):
        if project_ids is not None and pid not in project_ids:
            continue
        owner = f" · 담당 {item.owner}" if item.owner else ""  # an official: never masked
        assert item.due is not None
        out.append(CalendarEntry(PLAN_ITEM, f"plan-{code}-{item.id}", item.due, pid, code, name, dept,
                                 item.title, f"{name} · {dept}{owner}",
                                 item.done_on if item.status == "done" else None))
    return out


def _agreement_items(s: Session, project_ids: set[int] | None) -> list[CalendarEntry]:
    stmt = (select(AgreementItem, Project.id, Project.code, Project.name, Department.name)
            .join(Council, Council.id == AgreementItem.council_id).join(Project, Project.id == Council.project_id)
            .join(Department, Department.id == Project.department_id)
            .where(AgreementItem.due.is_not(None), AgreementItem.status != "dropped"))
    out = []
    for item, pid, code, name, dept in s.execute(stmt):
        if project_ids is not None and pid not in project_ids:
            continue
        assert item.due is not None
        out.append(CalendarEntry(AGREEMENT_ITEM, f"agreement-{code}-{item.id}", item.due, pid, code, name, dept,
                                 item.text, f"{name} · 담당 {item.owner or dept}",
                                 item.done_on if item.status == "done" else None))
    return out


def _meetings(s: Session, project_ids: set[int] | None) -> list[CalendarEntry]:
    stmt = (select(CouncilMeeting, Council.name, Project.id, Project.code, Project.name, Department.name)
            .join(Council, Council.id == CouncilMeeting.council_id).join(Project, Project.id == Council.project_id)
            .join(Department, Department.id == Project.department_id))
    out = []
    for meeting, cname, pid, code, name, dept in s.execute(stmt):
        if project_ids is not None and pid not in project_ids:
            continue
        place = f" · {meeting.place}" if meeting.place else ""
        out.append(CalendarEntry(MEETING, f"meeting-{code}-{meeting.id}", meeting.held_on, pid, code, name, dept,
                                 f"{cname or '갈등조정협의회'} 회의 ({name})", f"{'공개' if meeting.is_open else '비공개'}{place}", None))
    return out


def calendar_entries(db: Database, round_code: str | None = None, start: date | None = None,
                     end: date | None = None) -> list[CalendarEntry]:
    """Entries sorted by day. With ``round_code``: that round's reviews and the items and meetings of its
    reviewed cases; ``start``/``end`` (inclusive) limit the days. The 공론화 recommendations are in every calendar
    (a round's too: they belong to no round)."""

    with db.read() as s:
        if round_code is not None:
            rid = _get_round(s, round_code).id
            reviews = _reviews(s, rid)
            pids: set[int] | None = {r.project_id for r in reviews}
        else:
            reviews, pids = _reviews(s, None), None
        entries = reviews + _plan_items(s, pids) + _agreement_items(s, pids) + _meetings(s, pids) + _recommendations(s)
    entries = [e for e in entries if (start is None or e.day >= start) and (end is None or e.day <= end)]
    order = {REVIEW: 0, MEETING: 1, AGREEMENT_ITEM: 2, PLAN_ITEM: 3, RECOMMENDATION: 4}
    return sorted(entries, key=lambda e: (e.day, order.get(e.kind, 9), e.code, e.key))


def _card_plan_duties(s: Session, as_of: date) -> list[CalendarEntry]:
    """The 카드·대응계획 작성 duties of the latest round, from the status rows (the one duty rule)."""
    code = _latest_round_code(s)
    if code is None:
        return []
    rnd = _get_round(s, code)
    return [CalendarEntry(CARD_PLAN, f"card-plan-{code}-{r.code}", r.duty_due, r.project_id, r.code, r.name,
                          r.department, f"{r.name} 카드·대응계획 작성",
                          f"{code} 처음 {r.grade}등급 · {r.department} · 미비: "
                          + ", ".join(MISSING_LABELS[m].split(" (")[0] for m in r.missing if m in (CARD, PLAN)), None, code)
            for r in _status_rows(s, rnd.id, as_of, key_only=True) if r.duty_due is not None]


def _handouts_open(s: Session) -> list[CalendarEntry]:
    """Department workbooks of the latest round not yet taken in: the latest one sent to each department, due on
    its 제출 기한 (the dashboard's 기한 지남 tile counts the same ones once the date has passed)."""
    code = _latest_round_code(s)
    if code is None:
        return []
    rnd = _get_round(s, code)
    latest: dict[str, Handout] = {}
    for handout, dept in s.execute(select(Handout, Department.name).join(Department, Department.id == Handout.department_id)
                                   .where(Handout.round_id == rnd.id).order_by(Handout.id)):
        latest[dept] = handout  # a workbook sent again replaces the earlier one
    return [CalendarEntry(HANDOUT, f"handout-{code}-{dept}", h.due, 0, "", dept, dept, f"{dept} 부서 작성 파일 회신",
                          f"{code} · {h.sent_on.isoformat()} 보냄"
                          + (f" · {h.returned_on.isoformat()} 회신(미반영)" if h.returned_on else ""), None, code)
            for dept, h in sorted(latest.items()) if h.accepted_on is None]


def _checklists_open(s: Session, as_of: date) -> list[CalendarEntry]:
    """사전 갈등검토목록 still awaited (per project the latest one sent, not taken in), due on its 제출 기한."""
    return [CalendarEntry(CHECKLIST, f"checklist-{c.project}", c.due, 0, c.project, c.name, c.department,
                          f"{c.name} 사전 갈등검토목록 회신",
                          f"{c.department} · {c.sent_on.isoformat()} 보냄"
                          + (f" · {c.returned_on.isoformat()} 회신(미반영)" if c.returned_on else ""), None)
            for c in _awaited_checklists(s, as_of)]


def due_soon(db: Database, as_of: date, days: int | None = None) -> Reminders:
    """Open reviews, plan items, agreement items, 공론화 recommendations, 카드·대응계획 작성 duties, department
    workbooks and 사전 갈등검토목록 not yet taken in, due within ``days`` (default: the setting, 14) or overdue."""
    with db.read() as s:
        if days is None:
            days = settings._reminder_days(s)
        duties = _card_plan_duties(s, as_of) + _handouts_open(s) + _checklists_open(s, as_of)
    horizon = as_of + timedelta(days=days)
    entries = [e for e in calendar_entries(db, end=horizon) if e.kind != MEETING and e.done is None]
    entries += [e for e in duties if e.day <= horizon]
    items = [DueItem(e, days_until(e.day, as_of), is_overdue(e.day, e.done, as_of))
             for e in sorted(entries, key=lambda e: e.day)]  # stable: the calendar's order within a day
    return Reminders(as_of, days, tuple(items))


def overdue_project_ids(db: Database, as_of: date) -> frozenset[int]:
    """Projects with an overdue review, plan item or agreement item (the "지연 사업만" filter)."""
    return due_soon(db, as_of, days=0).overdue_project_ids
