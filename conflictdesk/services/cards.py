"""Conflict card (갈등관리카드) actions: list, open or create, save with optimistic locking, stage, close, reveal."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import ConflictStage, ConflictType, ProjectPhase
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue, NotFound
from conflictdesk.services import impact_analysis
from conflictdesk.services.card_history import _refresh_snapshot, _snapshots_of
from conflictdesk.services.card_lists import apply_lists
from conflictdesk.services.card_views import (
    ActionRow,
    CardForm,
    CardListRow,
    CardView,
    IssueRow,
    SignalRow,
    StakeholderRow,
    TransitionRow,
    missing_of,
)
from conflictdesk.services.changes import Changes
from conflictdesk.services.plans import apply_plan, plan_view
from conflictdesk.services.projects import _latest_round_code
from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import (
    Card,
    Department,
    Diagnosis,
    MainIssue,
    PlanItem,
    Project,
    ResponsePlan,
    Round,
    StageTransition,
    Stakeholder,
    utcnow,
)

CARD_CHANGES = Changes.of("card", "plan", "review")  # closing a card cancels its open reviews


def _project(s: Session, code: str) -> Project:
    project = s.scalar(select(Project).where(Project.code == code))
    if project is None:
        raise NotFound("project_not_found", project=code)
    return project


def _card_of(s: Session, code: str) -> Card:
    """The card of project ``code``; NotFound when the project or its card does not exist."""
    project = _project(s, code)
    if project.card is None:
        raise NotFound("card_not_found", project=code)
    return project.card


def _current_grade(s: Session, project_id: int) -> tuple[int | None, str | None, bool]:
    """Confirmed grade, round code and 결정 대기 (a carried case without a decision yet) of the project's latest
    diagnosis."""
    row = s.execute(
        select(Diagnosis.confirmed_grade, Round.code,
               Diagnosis.carried_over & Diagnosis.carry_over.is_(None) & Diagnosis.is_target)
        .join(Round, Diagnosis.round_id == Round.id)
        .where(Diagnosis.project_id == project_id)
        .order_by(Round.year.desc(), Round.half.desc()).limit(1)
    ).first()
    return (row[0], row[1], bool(row[2])) if row else (None, None, False)


def _view_of(s: Session, card: Card, today: date | None = None) -> CardView:
    """The plain DTO of a loaded card (reads children inside the session)."""
    project = card.project
    grade, round_code, pending = _current_grade(s, project.id)
    return CardView(
        card_id=card.id, project_code=project.code, project_name=project.name,
        department=project.department.name, grade=grade, round_code=round_code,
        decision_pending=pending and card.closed_on is None,  # a closed card is no longer a key case (status)
        conflict_types=tuple(str(t) for t in card.conflict_types or ()), field=card.field, stage=card.stage,
        stage_since=card.stage_since, phase=card.phase, social_impact=card.social_impact, outlook=card.outlook,
        closed_on=card.closed_on, closure_reason=card.closure_reason,
        issues=tuple(IssueRow(i.text, i.kind, i.id) for i in card.issues),
        stakeholders=tuple(
            StakeholderRow(h.name, h.kind, h.position, h.interests, h.influence, h.representative, h.contact, h.id,
                           h.party)
            for h in card.stakeholders
        ),
        signals=tuple(SignalRow(g.kind, g.observed_on, g.count, g.note, g.id) for g in card.signals),
        actions=tuple(ActionRow(a.acted_on, a.text, a.id) for a in card.actions),
        transitions=tuple(
            TransitionRow(t.to_stage, t.changed_on, t.reason, t.from_stage, t.id)
            for t in sorted(card.transitions, key=lambda t: (t.changed_on, t.id))
        ),
        plan=plan_view(card.plan, today or date.today()) if card.plan is not None else None,
        snapshots=_snapshots_of(s, card),
        version=card.version,
        analyses=impact_analysis._analyses_of(s, project.id),
    )


def get_card(db: Database, code: str, *, today: date | None = None) -> CardView:
    """The card of project ``code`` (a read: :func:`create_card` makes one)."""
    with db.read() as s:
        project = _project(s, code)
        if project.card is None:
            raise NotFound("card_not_found", project=code)
        return _view_of(s, project.card, today)


def create_card(db: Database, code: str, *, today: date | None = None) -> tuple[CardView, Changes]:
    """Create an empty card for project ``code`` (returns the existing one if another session was first)."""
    with db.write(reason="갈등관리카드 작성") as s:
        project = _project(s, code)
        if project.card is None:
            project.card = Card(conflict_types=[])
            s.flush()
        return _view_of(s, project.card, today), CARD_CHANGES


def _check_form(form: CardForm) -> None:
    for t in form.conflict_types:
        _enum(ConflictType, t, "갈등유형")
    if form.phase is not None:
        _enum(ProjectPhase, form.phase, "사업단계")
    if form.closed_on is None and form.closure_reason.strip():
        raise InvalidValue("closure_date_required")


def _enum(kind: type[ConflictType] | type[ProjectPhase] | type[ConflictStage], value: str, what: str) -> None:
    try:
        kind(value)
    except ValueError:
        raise InvalidValue("unknown_choice", field=Term(what), value=value) from None


def _touch(card: Card) -> None:
    """Mark the card row changed so its version moves even when only children changed."""
    card.updated_at = utcnow()


def _add_transition(card: Card, to_stage: str, on: date, reason: str) -> None:
    _enum(ConflictStage, to_stage, "갈등단계")
    if not isinstance(on, date):
        raise InvalidValue("stage_date_invalid")
    last = max((t.changed_on for t in card.transitions), default=None)
    if last is not None and on < last:
        raise InvalidValue("stage_date_before_last", on=on, last=last)
    if to_stage == card.stage:
        raise InvalidValue("stage_unchanged", stage=ConflictStage(to_stage))
    card.transitions.append(StageTransition(from_stage=card.stage, to_stage=to_stage, changed_on=on,
                                            reason=reason.strip()))
    card.stage = to_stage
    card.stage_since = on


def save_card(db: Database, code: str, form: CardForm, seen_version: int | None, *,
              today: date | None = None) -> tuple[CardView, Changes]:
    """Save the editor's form in one transaction; a card changed since ``seen_version`` raises ``Conflict``."""
    _check_form(form)
    with db.write(reason="갈등관리카드 저장") as s:
        card = _card_of(s, code)
        expect_version(card, seen_version, "갈등관리카드")
        card.conflict_types = list(form.conflict_types)
        card.field = form.field.strip()
        card.phase = form.phase
        card.social_impact = form.social_impact
        card.outlook = form.outlook
        card.closed_on = form.closed_on
        card.closure_reason = form.closure_reason
        apply_lists(card, form)
        for t in form.new_transitions:
            _add_transition(card, t.to_stage, t.changed_on, t.reason)
        if form.plan is not None:
            apply_plan(card, form.plan)
        _touch(card)
        s.flush()
        _refresh_snapshot(s, card)
        _follow_closure(s, card)
        return _view_of(s, card, today), CARD_CHANGES


def _follow_closure(session: Session, card: Card) -> None:
    """A closed card ends the case's duties: its open reviews are cancelled (restored on reopening)."""
    from conflictdesk.services.reviews import _sync_project_rounds

    _sync_project_rounds(session, card.project_id)


def close_card(db: Database, code: str, on: date, reason: str, *,
               seen_version: int | None = None) -> tuple[CardView, Changes]:
    """Close the card (종결) on ``on`` with a reason."""
    if not reason.strip():
        raise InvalidValue("closure_reason_required")
    with db.write(reason="갈등관리카드 종결") as s:
        card = _card_of(s, code)
        expect_version(card, seen_version, "갈등관리카드")
        card.closed_on = on
        card.closure_reason = reason.strip()
        _touch(card)
        s.flush()
        _follow_closure(s, card)
        return _view_of(s, card), CARD_CHANGES


def reopen_card(db: Database, code: str, reason: str, *,
                seen_version: int | None = None) -> tuple[CardView, Changes]:
    """Reopen a closed card (종결 취소): closure date and reason are cleared; the audit trail keeps them."""
    if not reason.strip():
        raise InvalidValue("reopen_reason_required")
    with db.write(reason=f"갈등관리카드 종결 취소: {reason.strip()}") as s:
        card = _card_of(s, code)
        expect_version(card, seen_version, "갈등관리카드")
        if card.closed_on is None:
            raise InvalidValue("card_not_closed", project=code)
        card.closed_on = None
        card.closure_reason = ""
        _touch(card)
        s.flush()
        _follow_closure(s, card)
        return _view_of(s, card), CARD_CHANGES


def reveal_stakeholder(db: Database, stakeholder_id: int) -> StakeholderRow:
    """A stakeholder's full name and contact, for the editor; the reveal is audited."""
    with db.write(reason="이해관계자 개인정보 열람") as s:
        h = s.get(Stakeholder, stakeholder_id)
        if h is None:
            raise NotFound("stakeholder_not_found")
        audit.record(s, "reveal", "Stakeholder", h.id, field="name,contact")
        return StakeholderRow(h.name, h.kind, h.position, h.interests, h.influence, h.representative, h.contact,
                              h.id, h.party)


def list_cards(db: Database) -> list[CardListRow]:
    """Every card plus the latest round's grade 1–2 cases without one; key cases first, then by code."""
    with db.read() as s:
        code = _latest_round_code(s)
        rid = s.scalar(select(Round.id).where(Round.code == code)) if code else None
        grades: dict[int, int | None] = {}
        if rid is not None:
            grades = {a: b for a, b in s.execute(
                select(Diagnosis.project_id, Diagnosis.confirmed_grade).where(Diagnosis.round_id == rid))}
        issues: dict[int, int] = {
            a: b for a, b in s.execute(select(MainIssue.card_id, func.count()).group_by(MainIssue.card_id))}
        items: dict[int, int] = {a: b for a, b in s.execute(
            select(ResponsePlan.card_id, func.count(PlanItem.id))
            .outerjoin(PlanItem, PlanItem.plan_id == ResponsePlan.id).group_by(ResponsePlan.card_id))}
        rows: list[CardListRow] = []
        seen: set[int] = set()
        stmt = (select(Project.id, Project.code, Project.name, Department.name, Card.id, Card.stage, Card.outlook,
                       Card.closed_on)
                .join(Department, Project.department_id == Department.id)
                .join(Card, Card.project_id == Project.id))
        for pid, pcode, name, dept, cid, stage, outlook, closed in s.execute(stmt):
            seen.add(pid)
            rows.append(CardListRow(pcode, name, dept, grades.get(pid), stage, True,
                                    missing_of(issues.get(cid, 0), stage, outlook, items.get(cid)),
                                    closed is not None))
        key = [pid for pid, g in grades.items() if g in (1, 2) and pid not in seen]
        if key:
            stmt2 = (select(Project.id, Project.code, Project.name, Department.name)
                     .join(Department, Project.department_id == Department.id).where(Project.id.in_(key)))
            for pid, pcode, name, dept in s.execute(stmt2):
                rows.append(CardListRow(pcode, name, dept, grades.get(pid), None, False,
                                        missing_of(0, None, "", None)))
        rows.sort(key=lambda r: (r.grade not in (1, 2), r.grade or 9, r.closed, r.code))
        return rows
