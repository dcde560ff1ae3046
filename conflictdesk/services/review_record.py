"""The review record (점검 기록): open the form, save it; completing a review updates the card and snapshot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import ConflictStage, ItemStatus, ReviewProgress
from conflictdesk.domain.errors import InvalidValue, NotFound
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import (
    AgreementItem,
    Card,
    CardSnapshot,
    Council,
    Department,
    Diagnosis,
    PlanItem,
    Project,
    ResponsePlan,
    Review,
    ReviewProgressEntry,
    Round,
    StageTransition,
)

PLAN = "plan"
AGREEMENT = "agreement"
STAGE_REASON = "정기점검 결과"
_CLOSED = (ItemStatus.DONE.value, ItemStatus.DROPPED.value)


@dataclass(frozen=True)
class ProgressLine:
    """One plan item or council agreement item in the form, with the progress recorded in this review."""

    kind: str  # PLAN | AGREEMENT
    item_id: int
    title: str
    due: date | None
    status: str  # ItemStatus value
    progress: str | None  # ReviewProgress value, None = not recorded yet
    note: str


@dataclass(frozen=True)
class ItemProgress:
    """Progress the reviewer records for one item."""

    kind: str
    item_id: int
    progress: str
    note: str = ""


@dataclass(frozen=True)
class ReviewForm:
    """Everything the review form shows; ``version`` is kept for the optimistic lock at save."""

    review_id: int
    version: int
    round: str
    project_id: int
    code: str
    name: str
    department: str
    grade: int | None
    due: date
    done_on: date | None
    reviewer: str
    findings: str
    stage: str | None  # stage recorded in the review, else the card's current stage
    card_stage: str | None
    grade_recommendation: int | None
    lines: tuple[ProgressLine, ...]


def _plan_items(session: Session, project_id: int) -> list[PlanItem]:
    return list(session.scalars(
        select(PlanItem).join(ResponsePlan, ResponsePlan.id == PlanItem.plan_id)
        .join(Card, Card.id == ResponsePlan.card_id)
        .where(Card.project_id == project_id).order_by(PlanItem.position, PlanItem.id)
    ))


def _agreement_items(session: Session, project_id: int) -> list[AgreementItem]:
    return list(session.scalars(
        select(AgreementItem).join(Council, Council.id == AgreementItem.council_id)
        .where(Council.project_id == project_id).order_by(AgreementItem.position, AgreementItem.id)
    ))


def _review(session: Session, review_id: int) -> Review:
    review = session.get(Review, review_id)
    if review is None:
        raise NotFound("review_not_found", review=review_id)
    return review


def load_review_form(db: Database, review_id: int) -> ReviewForm:
    """The review with its project, the card's stage and every plan and agreement item."""
    with db.read() as s:
        review = _review(s, review_id)
        project = s.get(Project, review.project_id)
        assert project is not None
        dept = s.get(Department, project.department_id)
        rnd = s.get(Round, review.round_id)
        assert rnd is not None
        grade = s.scalar(select(Diagnosis.confirmed_grade).where(
            Diagnosis.round_id == review.round_id, Diagnosis.project_id == review.project_id))
        card_stage = s.scalar(select(Card.stage).where(Card.project_id == project.id))
        recorded = {(PLAN, e.plan_item_id): e for e in review.progress if e.plan_item_id is not None}
        recorded.update({(AGREEMENT, e.agreement_item_id): e for e in review.progress
                         if e.agreement_item_id is not None})
        lines: list[ProgressLine] = []
        for p in _plan_items(s, project.id):
            entry = recorded.get((PLAN, p.id))
            lines.append(ProgressLine(PLAN, p.id, p.title, p.due, p.status,
                                      entry.progress if entry else None, entry.note if entry else ""))
        for a in _agreement_items(s, project.id):
            entry = recorded.get((AGREEMENT, a.id))
            lines.append(ProgressLine(AGREEMENT, a.id, a.text, a.due, a.status,
                                      entry.progress if entry else None, entry.note if entry else ""))
        return ReviewForm(
            review.id, review.version, rnd.code, project.id, project.code, project.name,
            dept.name if dept else "", grade, review.due, review.done_on, review.reviewer, review.findings,
            review.stage or card_stage, card_stage, review.grade_recommendation, tuple(lines),
        )


def _validate(reviewer: str, stage: str, grade_recommendation: int | None,
              progress: Sequence[ItemProgress]) -> None:
    if not reviewer.strip():
        raise InvalidValue("reviewer_required")
    if stage not in {s.value for s in ConflictStage}:
        raise InvalidValue("review_stage_unknown", value=repr(stage))
    if grade_recommendation is not None and grade_recommendation not in (1, 2, 3):
        raise InvalidValue("review_grade_out_of_range", value=grade_recommendation)
    values = {p.value for p in ReviewProgress}
    for item in progress:
        if item.progress not in values:
            raise InvalidValue("review_progress_unknown", value=repr(item.progress))
        if item.kind not in (PLAN, AGREEMENT):
            raise InvalidValue("review_item_kind_unknown", value=repr(item.kind))


def _update_card(session: Session, review: Review, on: date, stage: str) -> Card:
    card = session.scalar(select(Card).where(Card.project_id == review.project_id))
    if card is None:
        card = Card(project_id=review.project_id)
        session.add(card)
        session.flush()
    if card.stage != stage:
        card.transitions.append(StageTransition(from_stage=card.stage, to_stage=stage, changed_on=on,
                                                reason=STAGE_REASON))
        card.stage = stage
        card.stage_since = on
    return card


def _upsert_snapshot(session: Session, card: Card, review: Review) -> None:
    grade = session.scalar(select(Diagnosis.confirmed_grade).where(
        Diagnosis.round_id == review.round_id, Diagnosis.project_id == review.project_id))
    snap = session.scalar(select(CardSnapshot).where(CardSnapshot.card_id == card.id,
                                                     CardSnapshot.round_id == review.round_id))
    if snap is None:
        snap = CardSnapshot(card_id=card.id, round_id=review.round_id)
        session.add(snap)
    snap.grade = grade
    snap.stage = card.stage
    snap.phase = card.phase
    snap.issues = [{"text": i.text, "kind": i.kind} for i in card.issues]
    snap.outlook = card.outlook


def _record_progress(session: Session, review: Review, on: date, progress: Sequence[ItemProgress]) -> None:
    plans = {p.id: p for p in _plan_items(session, review.project_id)}
    agreements = {a.id: a for a in _agreement_items(session, review.project_id)}
    entries: list[ReviewProgressEntry] = []
    for item in progress:
        target: PlanItem | AgreementItem | None = (plans if item.kind == PLAN else agreements).get(item.item_id)
        if target is None:
            raise NotFound("review_item_foreign", kind=item.kind, item=item.item_id)
        if item.progress == ReviewProgress.DONE.value and target.status not in _CLOSED:
            target.status = ItemStatus.DONE.value
            target.done_on = on
        entries.append(ReviewProgressEntry(
            plan_item_id=item.item_id if item.kind == PLAN else None,
            agreement_item_id=item.item_id if item.kind == AGREEMENT else None,
            progress=item.progress, note=item.note.strip()))
    review.progress = entries


def save_review(db: Database, review_id: int, seen_version: int | None, *, on: date, reviewer: str,
                findings: str, stage: str, grade_recommendation: int | None,
                progress: Sequence[ItemProgress] = ()) -> tuple[ReviewForm, Changes]:
    """Record (complete) a review on ``on``: card stage (dated transition), round snapshot, items done."""
    _validate(reviewer, stage, grade_recommendation, progress)
    with db.write(reason="정기점검 기록") as s:
        review = _review(s, review_id)
        expect_version(review, seen_version, "점검 기록")
        review.done_on = on
        review.reviewer = reviewer.strip()
        review.findings = findings.strip()
        review.stage = stage
        review.grade_recommendation = grade_recommendation
        _record_progress(s, review, on, progress)
        card = _update_card(s, review, on, stage)
        s.flush()
        _upsert_snapshot(s, card, review)
    return load_review_form(db, review_id), Changes.of("review", "card", "plan", "council")
