"""Diagnosis rounds (진단 차수): open a round with the rules in force, carry over open cases, list rounds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.calendar import review_due_date
from conflictdesk.domain.errors import DomainError, NotFound
from conflictdesk.domain.rounds import RoundId, check_openable
from conflictdesk.services import settings
from conflictdesk.services.changes import Changes
from conflictdesk.services.key_cases import is_key
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Diagnosis, Round


@dataclass(frozen=True)
class RoundInfo:
    code: str
    label: str
    opened_at: datetime
    review_due: date | None
    closed: bool


def _info(r: Round) -> RoundInfo:
    return RoundInfo(r.code, RoundId.parse(r.code).label, r.opened_at, r.review_due, r.closed_at is not None)


def list_rounds(db: Database) -> list[RoundInfo]:
    """Every round, newest first."""
    with db.read() as s:
        return [_info(r) for r in s.scalars(select(Round).order_by(Round.year.desc(), Round.half.desc()))]


def round_info(db: Database, code: str) -> RoundInfo:
    """The round ``code`` (raises ``NotFound`` when it is not open)."""
    with db.read() as s:
        return _info(_get_round(s, code))


def carried_count(db: Database, code: str) -> int:
    """How many cases were carried into round ``code`` from the previous round."""
    from sqlalchemy import func

    with db.read() as s:
        rnd = _get_round(s, code)
        return int(s.scalar(select(func.count(Diagnosis.id)).where(
            Diagnosis.round_id == rnd.id, Diagnosis.carried_over.is_(True))) or 0)


def _get_round(session: Session, code: str) -> Round:
    """The round ``code`` or NotFound (a malformed code raises InvalidValue first)."""
    rid = RoundId.parse(code)
    found = session.scalar(select(Round).where(Round.code == str(rid)))
    if found is None:
        raise NotFound("round_not_open", round=str(rid), label=rid)
    return found


def _previous_round(session: Session, code: str) -> Round | None:
    rid = RoundId.parse(code)
    return session.scalar(
        select(Round)
        .where((Round.year < rid.year) | ((Round.year == rid.year) & (Round.half < rid.half)))
        .order_by(Round.year.desc(), Round.half.desc())
        .limit(1)
    )


def _ensure_round(session: Session, code: str, today: date | None = None) -> tuple[Round, bool]:
    """Return round ``code``, opening it (inside the caller's transaction) if needed; ``True`` when opened.

    Opening copies the rules in force (screening, checklist, review rule) into the round, computes the
    review due date on Korean working days, and brings forward every key case of the previous round with
    ``carried_over=True``, its grade in force and no decision yet (계속 / 하향 / 해소·제외 / 재선정 is the
    officer's); their reviews in the new round are scheduled at once.
    """
    rid = RoundId.parse(code)
    existing = session.scalar(select(Round).where(Round.code == str(rid)))
    if existing is not None:
        return existing, False
    check_openable(rid, today or date.today())
    rule = settings._review_rule(session)
    new = Round(
        code=str(rid), year=rid.year, half=rid.half,
        rules={
            "screening": settings._screening_rules(session).to_dict(),
            "checklist": settings._checklist_settings(session).to_dict(),
            "review_rule": rule.to_dict(),
        },
        review_due=review_due_date(rid, rule, settings._extra_holidays(session)),
    )
    session.add(new)
    session.flush()
    prev = _previous_round(session, str(rid))
    if prev is not None:
        # Every key case of the previous round is carried — decided or not (a pending case keeps its grade, so
        # it carries again) — with the grade in force, until the officer decides (docs/업무규칙.md).
        closed_now = select(Card.project_id).where(Card.closed_on.is_not(None))
        for d in session.scalars(select(Diagnosis).where(
                Diagnosis.round_id == prev.id, is_key(prev.code), Diagnosis.project_id.not_in(closed_now))).all():
            session.add(Diagnosis(
                round_id=new.id, project_id=d.project_id, criteria=d.criteria, is_target=True,
                carried_over=True, carry_over=None, owner_level=d.owner_level, risk_scores=dict(d.risk_scores),
                alert_level=d.alert_level, recommended_grade=d.confirmed_grade,
                confirmed_grade=d.confirmed_grade, confirmed_on=d.confirmed_on, suggested_grade=d.suggested_grade,
                note=f"{prev.code} {d.confirmed_grade}등급에서 이월 (결정 대기)",
            ))
        session.flush()
        from conflictdesk.services.reviews import _sync_in_session

        _sync_in_session(session, new.code, today)
    return new, True


def open_round(db: Database, code: str, today: date | None = None) -> tuple[RoundInfo, Changes]:
    """Open round ``code`` (the user action); refuses a round that is already open or more than a year ahead."""
    rid = RoundId.parse(code)
    check_openable(rid, today or date.today())
    with db.write(reason=f"{rid} 진단 차수 열기") as s:
        if s.scalar(select(Round.id).where(Round.code == str(rid))) is not None:
            raise DomainError("round_exists", round=str(rid))
        created, _ = _ensure_round(s, str(rid), today)
        info = _info(created)
    return info, Changes.of("round", "diagnosis")
