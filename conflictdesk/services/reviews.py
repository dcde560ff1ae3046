"""Half-yearly reviews (정기 점검): schedule per round, list with overdue state, due-date rule and holidays."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from conflictdesk.domain.calendar import ReviewRule, is_overdue, review_due_date
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.obligations import DEFAULT_CARD_PLAN_DAYS
from conflictdesk.domain.rounds import RoundId
from conflictdesk.services import settings
from conflictdesk.services.changes import NOTHING, Changes
from conflictdesk.services.key_cases import _not_key_reason, _review_project_ids
from conflictdesk.services.rounds import _get_round
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Department, Diagnosis, ExtraHoliday, Project, Review, Round


@dataclass(frozen=True)
class ReviewRow:
    """One review in a list (panel, CLI): project, round, grade, due, done and overdue state."""

    review_id: int
    project_id: int
    code: str
    name: str
    department: str
    round: str
    grade: int | None
    due: date
    done: date | None
    overdue: bool
    reviewer: str
    cancelled_on: date | None = None
    cancel_reason: str = ""

    def to_json(self) -> dict[str, object]:
        """The CLI contract: ``code, name, department, round, grade, due, done, overdue``."""
        return {
            "code": self.code, "name": self.name, "department": self.department, "round": self.round,
            "grade": self.grade, "due": self.due.isoformat(),
            "done": self.done.isoformat() if self.done else None, "overdue": self.overdue,
        }


def _round_due(session: Session, rnd: Round) -> date:
    """The round's review due date; computed from the settings and extra holidays when the round has none."""
    if rnd.review_due is not None:
        return rnd.review_due
    return review_due_date(RoundId.parse(rnd.code), settings._review_rule(session), settings._extra_holidays(session))


def _plan(session: Session, rnd: Round) -> tuple[list[int], list[Review], list[Review]]:
    """What :func:`_sync_in_session` would change: (projects to add, reviews to cancel, reviews to restore)."""
    wanted = _review_project_ids(session, rnd)
    existing = {r.project_id: r for r in session.scalars(select(Review).where(Review.round_id == rnd.id))}
    add = sorted(pid for pid in wanted if pid not in existing)
    cancel = [r for pid, r in existing.items() if pid not in wanted and r.done_on is None and r.cancelled_on is None]
    restore = [r for pid, r in existing.items() if pid in wanted and r.cancelled_on is not None]
    return add, cancel, restore


def _sync_in_session(session: Session, round_code: str, today: date | None = None) -> int:
    """Make the round's reviews follow its cases, inside the caller's transaction; returns how many changed.

    A review exists for every case key before the round and key in it (docs/업무규칙.md); an open review of a
    case that stopped being key is cancelled with the reason (kept, never overdue), and restored if the case
    becomes key again. Done reviews are history and never touched.
    """
    rnd = _get_round(session, round_code)
    add, cancel, restore = _plan(session, rnd)
    if not (add or cancel or restore):
        return 0
    due = _round_due(session, rnd)
    if rnd.review_due is None:
        rnd.review_due = due
    for pid in add:
        session.add(Review(round_id=rnd.id, project_id=pid, due=due))
    day = today or date.today()
    for review in cancel:
        review.cancelled_on = day
        review.cancel_reason = _not_key_reason(session, rnd, review.project_id)
    for review in restore:
        review.cancelled_on = None
        review.cancel_reason = ""
    session.flush()
    return len(add) + len(cancel) + len(restore)


def _sync_project_rounds(session: Session, project_id: int, today: date | None = None) -> int:
    """Re-sync the reviews of every round where the project has a diagnosis (after a card is closed or
    reopened, a grade or a decision changes)."""
    codes = list(session.scalars(select(Round.code).join(Diagnosis, Diagnosis.round_id == Round.id)
                                 .where(Diagnosis.project_id == project_id)))
    return sum(_sync_in_session(session, code, today) for code in codes)


def schedule_reviews(db: Database, round_code: str) -> tuple[int, Changes]:
    """Bring the round's reviews in line with its cases (:func:`_sync_in_session`; safe to repeat)."""
    with db.read() as s:
        if not any(_plan(s, _get_round(s, round_code))):
            return 0, NOTHING
    with db.write(reason=f"{round_code} 정기점검 대상 맞추기") as s:
        added = _sync_in_session(s, round_code)
    return added, (Changes.of("review") if added else NOTHING)


def schedule_all_rounds(db: Database) -> tuple[int, Changes]:
    """Run :func:`schedule_reviews` for every round (the ``reviews`` command; the GUI never schedules on view)."""
    with db.read() as s:
        codes = list(s.scalars(select(Round.code).order_by(Round.year, Round.half)))
    total, changes = 0, NOTHING
    for code in codes:
        added, ch = schedule_reviews(db, code)
        total, changes = total + added, changes | ch
    return total, changes


def list_reviews(db: Database, as_of: date, round_code: str | None = None,
                 overdue_only: bool = False, include_cancelled: bool = False) -> list[ReviewRow]:
    """Reviews (all rounds, or one), sorted by round, due date and project code; cancelled reviews (history)
    only with ``include_cancelled``, and never overdue."""
    with db.read() as s:
        stmt = (
            select(Review.id, Project.id, Project.code, Project.name, Department.name, Round.code,
                   Diagnosis.confirmed_grade, Review.due, Review.done_on, Review.reviewer, Review.cancelled_on,
                   Review.cancel_reason)
            .join(Project, Project.id == Review.project_id)
            .join(Department, Department.id == Project.department_id)
            .join(Round, Round.id == Review.round_id)
            .outerjoin(Diagnosis, and_(Diagnosis.round_id == Review.round_id,
                                       Diagnosis.project_id == Review.project_id))
            .order_by(Round.year, Round.half, Review.due, Project.code)
        )
        if round_code is not None:
            stmt = stmt.where(Round.id == _get_round(s, round_code).id)
        if not include_cancelled:
            stmt = stmt.where(Review.cancelled_on.is_(None))
        rows = [
            ReviewRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                      r[10] is None and is_overdue(r[7], r[8], as_of), r[9] or "", r[10], r[11] or "")
            for r in s.execute(stmt)
        ]
    return [r for r in rows if r.overdue] if overdue_only else rows


# --- due-date rule, extra holidays, reminder days ---------------------------------------------------


@dataclass(frozen=True)
class ReviewSettings:
    """What the 점검 마감 규칙 dialog edits."""

    rule: ReviewRule
    extra_holidays: tuple[tuple[date, str], ...]
    reminder_days: int
    card_plan_days: int = DEFAULT_CARD_PLAN_DAYS  # 카드·대응계획 작성 due this many days after confirmation


def review_settings(db: Database) -> ReviewSettings:
    with db.read() as s:
        holidays = tuple((h.day, h.name) for h in s.scalars(select(ExtraHoliday).order_by(ExtraHoliday.day)))
        return ReviewSettings(settings._review_rule(s), holidays, settings._reminder_days(s), settings._card_plan_days(s))


def save_review_settings(db: Database, rule: ReviewRule, extra_holidays: Sequence[tuple[date, str]],
                         reminder_days: int, reschedule_round: str | None = None,
                         card_plan_days: int | None = None) -> Changes:
    """Store the rule, the extra holidays and the reminder window; optionally recompute one round's dues.

    Rounds keep the rule in force when they opened, so only ``reschedule_round`` (if given) gets the new
    due date, for its reviews that are not done yet.
    """
    if card_plan_days is not None and not 1 <= card_plan_days <= 365:
        raise InvalidValue("card_plan_days_out_of_range", value=card_plan_days)
    if not 1 <= reminder_days <= 365:
        raise InvalidValue("reminder_period_out_of_range", value=reminder_days)
    days: dict[date, str] = {}
    for day, name in extra_holidays:
        days[day] = name.strip()[:100]
    with db.write(reason="점검 마감 규칙 변경") as s:
        settings._put_value(s, settings.REVIEW_RULE, rule.to_dict())
        settings._put_value(s, settings.REMINDER_DAYS, {"days": reminder_days})
        if card_plan_days is not None:
            settings._put_value(s, settings.CARD_PLAN_DAYS, {"days": card_plan_days})
        existing = {h.day: h for h in s.scalars(select(ExtraHoliday))}
        for day, row in existing.items():
            if day not in days:
                s.delete(row)
            elif row.name != days[day]:
                row.name = days[day]
        for day, name in days.items():
            if day not in existing:
                s.add(ExtraHoliday(day=day, name=name))
        s.flush()
        changes = Changes.of("setting")
        if reschedule_round is not None:
            rnd = _get_round(s, reschedule_round)
            due = review_due_date(RoundId.parse(rnd.code), rule, frozenset(days))
            rnd.review_due = due
            rnd.rules = {**rnd.rules, "review_rule": rule.to_dict()}
            for review in s.scalars(select(Review).where(Review.round_id == rnd.id, Review.done_on.is_(None))):
                review.due = due
            changes = changes | Changes.of("review", "round")
    return changes
