"""The one rule for a round's key cases (중점관리 사업) in SQL, used by status, reviews, summary and dashboard.

A case is key in round N when it is a target confirmed 1 or 2 there, not resolved (해소·제외) and its card was
not closed by the end of N (docs/업무규칙.md, 중점관리 사업의 주기; :func:`conflictdesk.domain.obligations.is_key_case`).
A carried case waiting for the officer's decision keeps the grade it was carried with, so it is key too.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import CarryOver
from conflictdesk.domain.obligations import review_required
from conflictdesk.domain.rounds import RoundId
from conflictdesk.store.models import Card, Diagnosis, Round

KEY_GRADES = (1, 2)


def card_closed_by(round_code: str) -> ColumnElement[bool]:
    """The project of the current ``Diagnosis`` row has a card closed on or before the end of the round."""
    last = RoundId.parse(round_code).last_day
    return exists(select(Card.id).where(Card.project_id == Diagnosis.project_id, Card.closed_on.is_not(None),
                                        Card.closed_on <= last))


def is_key(round_code: str) -> ColumnElement[bool]:
    """SQL condition on ``Diagnosis``: the row is a key case of its round (``round_code``)."""
    return and_(
        Diagnosis.confirmed_grade.in_(KEY_GRADES),
        Diagnosis.is_target.is_(True),
        or_(Diagnosis.carry_over.is_(None), Diagnosis.carry_over != CarryOver.RESOLVED.value),
        ~card_closed_by(round_code),
    )


def _key_project_ids(session: Session, rnd: Round) -> set[int]:
    """Project ids of the key cases of ``rnd``."""
    return {int(pid) for pid in session.scalars(
        select(Diagnosis.project_id).where(Diagnosis.round_id == rnd.id, is_key(rnd.code)))}


def _previous_round(session: Session, rnd: Round) -> Round | None:
    return session.scalar(
        select(Round)
        .where((Round.year < rnd.year) | ((Round.year == rnd.year) & (Round.half < rnd.half)))
        .order_by(Round.year.desc(), Round.half.desc())
        .limit(1)
    )


def _key_before_ids(session: Session, rnd: Round) -> set[int]:
    """Cases that were key before ``rnd``: carried into it, or key in the round before it."""
    carried = {int(pid) for pid in session.scalars(select(Diagnosis.project_id).where(
        Diagnosis.round_id == rnd.id, Diagnosis.carried_over.is_(True)))}
    prev = _previous_round(session, rnd)
    return carried | (_key_project_ids(session, prev) if prev is not None else set())


def _review_project_ids(session: Session, rnd: Round) -> set[int]:
    """The cases round ``rnd`` must review (:func:`conflictdesk.domain.obligations.review_required`)."""
    key, before = _key_project_ids(session, rnd), _key_before_ids(session, rnd)
    return {pid for pid in key | before if review_required(pid in key, pid in before)}


def _not_key_reason(session: Session, rnd: Round, project_id: int) -> str:
    """Why a case is not key in ``rnd`` (the reason a review is cancelled with)."""
    diag = session.scalar(select(Diagnosis).where(Diagnosis.round_id == rnd.id,
                                                  Diagnosis.project_id == project_id))
    if diag is None:
        return "진단 기록 없음"
    if diag.carry_over == CarryOver.RESOLVED.value:
        return "해소·제외"
    if not diag.is_target:
        swapped = session.scalar(select(Diagnosis.id).where(Diagnosis.round_id == rnd.id,
                                                            Diagnosis.replaces_project_id == project_id))
        return "진단대상 교체" if swapped is not None else "진단대상 제외"
    closed = session.scalar(select(Card.closed_on).where(Card.project_id == project_id))
    if closed is not None and closed <= RoundId.parse(rnd.code).last_day:
        return f"카드 종결 ({closed.isoformat()})"
    if diag.confirmed_grade == 3:
        return "3등급으로 하향"
    if diag.confirmed_grade is None:
        return "확정 등급 없음"
    return "이 차수에 처음 중점관리 사업이 됨 (첫 점검은 다음 차수)"
