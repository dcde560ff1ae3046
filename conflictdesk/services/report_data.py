"""Read-only data for reports: the conflict card and mediation DTOs (services/report_dtos.py), each loaded in one
read session."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from conflictdesk.domain.alerts import (
    DEFAULT_LOOKBACK_DAYS,
    SignalObservation,
    evaluate_alerts,
    highest_alert,
)
from conflictdesk.domain.calendar import item_overdue
from conflictdesk.domain.council import BASIC_RULE_ITEMS
from conflictdesk.domain.enums import (
    AlertLevel,
    ConflictStage,
    ConflictType,
    ExpertRole,
    IssueKind,
    ItemStatus,
    MemberRole,
    ProjectPhase,
    ResultKind,
    SignalKind,
    StakeholderKind,
)
from conflictdesk.domain.errors import InvalidValue, NotFound
from conflictdesk.domain.masking import PERSON, member_is_private, shown_contact, shown_name
from conflictdesk.domain.rounds import RoundId
from conflictdesk.services import impact_analysis
from conflictdesk.services.report_dtos import (
    AlertSummary,
    CardReport,
    CouncilReport,
    ExpertRow,
    Header,
    ItemRow,
    MediationReport,
    MeetingRow,
    MemberRow,
    PaymentRow,
    PlanReport,
    ReviewRow,
    StakeholderRow,
    label_of,
)
from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    AllowancePayment,
    Card,
    Council,
    Diagnosis,
    Expert,
    ExpertAssignment,
    Project,
    ResponsePlan,
    Review,
    Round,
)


def _item(title: str, owner: str, due: date | None, status: str, done_on: date | None, as_of: date) -> ItemRow:
    return ItemRow(title, owner, due, label_of(ItemStatus, status), done_on, item_overdue(due, status, done_on, as_of))


def _project(session: Session, code: str) -> Project:
    project = session.scalar(select(Project).where(Project.code == code))
    if project is None:
        raise NotFound("project_not_found", project=code)
    return project


def _header(session: Session, project: Project, round_code: str | None) -> Header:
    stmt = (select(Diagnosis, Round.code).join(Round, Diagnosis.round_id == Round.id)
            .where(Diagnosis.project_id == project.id))
    if round_code:
        stmt = stmt.where(Round.code == round_code)
    row = session.execute(stmt.order_by(Round.year.desc(), Round.half.desc()).limit(1)).first()
    diag, code = (row[0], row[1]) if row else (None, round_code or "")
    return Header(
        code=project.code, name=project.name, department=project.department.name,
        bureau=project.department.bureau, round_code=code,
        grade=diag.confirmed_grade if diag else None,
        alert=label_of(AlertLevel, diag.alert_level) if diag else "",
        budget_won=project.budget_won,
    )


def _plan(plan: ResponsePlan | None, as_of: date) -> PlanReport | None:
    if plan is None:
        return None
    return PlanReport(
        background=plan.background, goal=plan.goal, strategies=tuple(str(s) for s in plan.strategies),
        strategy_note=plan.strategy_note, cooperating=plan.cooperating_departments, budget_won=plan.budget_won,
        risks=plan.risks, fallback=plan.fallback,
        items=tuple(_item(i.title, i.owner, i.due, i.status, i.done_on, as_of) for i in plan.items),
    )


def _card(session: Session, project: Project, round_code: str | None, unmasked: bool, as_of: date) -> CardReport:
    header = _header(session, project, round_code)
    card = session.scalar(
        select(Card).where(Card.project_id == project.id).options(
            selectinload(Card.transitions), selectinload(Card.issues), selectinload(Card.stakeholders),
            selectinload(Card.signals), selectinload(Card.actions),
            selectinload(Card.plan).selectinload(ResponsePlan.items),
        )
    )
    if card is None:
        raise NotFound("card_not_found", project=project.code)

    assignments = session.execute(
        select(ExpertAssignment, Expert).join(Expert, ExpertAssignment.expert_id == Expert.id)
        .where(ExpertAssignment.project_id == project.id).order_by(ExpertAssignment.start_on)
    ).all()
    council = session.scalar(
        select(Council).where(Council.project_id == project.id).options(
            selectinload(Council.members), selectinload(Council.meetings), selectinload(Council.items))
    )
    reviews = session.execute(
        select(Review, Round.code).join(Round, Review.round_id == Round.id)
        .where(Review.project_id == project.id).order_by(Round.year, Round.half)
    ).all()
    return CardReport(
        header=header, unmasked=unmasked, alert=_alert(card, header.round_code, as_of),
        analyses=impact_analysis._analyses_of(session, project.id),
        council=_council(council, unmasked, as_of, _expert_contacts(session)),
        reviews=tuple(ReviewRow(rcode, r.due, r.done_on, r.reviewer, r.findings, label_of(ConflictStage, r.stage),
                                r.grade_recommendation) for r, rcode in reviews),
        types=tuple(label_of(ConflictType, str(t)) for t in card.conflict_types),
        field=card.field, stage=label_of(ConflictStage, card.stage), stage_since=card.stage_since,
        phase=label_of(ProjectPhase, card.phase),
        transitions=tuple((t.changed_on, label_of(ConflictStage, t.from_stage), label_of(ConflictStage, t.to_stage),
                           t.reason) for t in card.transitions),
        issues=tuple((label_of(IssueKind, i.kind), i.text) for i in card.issues),
        stakeholders=tuple(
            StakeholderRow(shown_name(s.name, person=s.party == PERSON, unmasked=unmasked),
                           label_of(StakeholderKind, s.kind), s.position, s.interests, s.influence,
                           shown_name(s.representative, person=True, unmasked=unmasked),
                           shown_contact(s.contact, unmasked=unmasked))
            for s in card.stakeholders
        ),
        signals=tuple((g.observed_on, label_of(SignalKind, g.kind), g.count, g.note) for g in card.signals),
        social_impact=card.social_impact, outlook=card.outlook,
        actions=tuple((a.acted_on, a.text) for a in card.actions),
        plan=_plan(card.plan, as_of),
        experts=tuple(ExpertRow(e.name, e.affiliation, label_of(ExpertRole, a.role), a.start_on, a.end_on)
                      for a, e in assignments),
        closed_on=card.closed_on, closure_reason=card.closure_reason,
    )


def _alert(card: Card, round_code: str, as_of: date) -> AlertSummary:
    observations = [SignalObservation(SignalKind(g.kind), g.observed_on, g.count) for g in card.signals
                    if g.kind in SignalKind._value2member_map_]
    now = evaluate_alerts(observations, as_of)
    try:
        rnd = RoundId.parse(round_code)
        first, last = rnd.first_day, min(rnd.last_day, as_of)
    except InvalidValue:
        first, last = as_of, as_of
    best, best_on = highest_alert(observations, first, last)
    return AlertSummary(as_of, DEFAULT_LOOKBACK_DAYS, now.level.label, now.met, round_code, best.level.label,
                        best_on, best.met)


def load_card_report(db: Database, code: str, *, round_code: str | None = None, unmasked: bool = False,
                     as_of: date | None = None) -> CardReport:
    """The conflict card of project ``code`` (grade of ``round_code``, default the latest); masked by default."""
    with db.read() as s:
        return _card(s, _project(s, code), round_code, unmasked, as_of or date.today())


def card_choices(db: Database, round_code: str, grades: tuple[int, ...] = (1, 2)) -> list[tuple[str, str]]:
    """(code, name) of the projects with a card and a confirmed grade in ``grades`` in the round (picker, batch)."""
    with db.read() as s:
        return [(code, name) for code, name in s.execute(
            select(Project.code, Project.name).join(Diagnosis, Diagnosis.project_id == Project.id)
            .join(Round, Diagnosis.round_id == Round.id).join(Card, Card.project_id == Project.id)
            .where(Round.code == round_code, Diagnosis.confirmed_grade.in_(grades))
            .order_by(Diagnosis.confirmed_grade, Project.code)
        )]


def _expert_contacts(session: Session) -> dict[int, str]:
    return {e_id: contact for e_id, contact in session.execute(select(Expert.id, Expert.contact))}


def _council(council: Council | None, unmasked: bool, as_of: date,
             expert_contacts: dict[int, str]) -> CouncilReport | None:
    """The council; a member without a contact of their own shows the one in the expert pool."""
    if council is None:
        return None

    members = tuple(
        MemberRow(shown_name(m.name, person=member_is_private(m.role), unmasked=unmasked),
                  label_of(MemberRole, m.role), m.affiliation, m.side,
                  shown_contact(m.contact or expert_contacts.get(m.expert_id or 0, ""), unmasked=unmasked))
        for m in council.members
    )
    chair = next((m.name for m in members if m.role == MemberRole.CHAIR.label), "")
    rules = {str(k): str(v) for k, v in council.basic_rules.items()}
    known = {code for code, _label in BASIC_RULE_ITEMS}
    return CouncilReport(
        name=council.name, formed_on=council.formed_on, end_on=council.end_on, chair=chair, members=members,
        rules=tuple((label, rules.get(code, "")) for code, label in BASIC_RULE_ITEMS)
        # Keys outside the national list are printed as stored rather than silently lost.
        + tuple((code, text) for code, text in rules.items() if code not in known and not code.startswith("_")),
        schedule=council.schedule,
        meetings=tuple(MeetingRow(m.held_on, m.place, m.attendees, m.minutes, m.is_open) for m in council.meetings),
        result_kind=label_of(ResultKind, council.result_kind), result_on=council.result_on,
        result_text=council.result_text, legality_note=council.legality_note,
        items=tuple(_item(i.text, i.owner, i.due, i.status, i.done_on, as_of) for i in council.items),
    )


def load_mediation_report(db: Database, code: str, *, unmasked: bool = False,
                          as_of: date | None = None) -> MediationReport:
    """The mediation report of project ``code``: its card, council and the experts' payments."""
    today = as_of or date.today()
    with db.read() as s:
        project = _project(s, code)
        card = _card(s, project, None, unmasked, today)
        council = s.scalar(select(Council).where(Council.project_id == project.id)
                           .options(selectinload(Council.members)))
        payments = s.execute(
            select(AllowancePayment, Expert.name).join(Expert, AllowancePayment.expert_id == Expert.id)
            .where(AllowancePayment.project_id == project.id).order_by(AllowancePayment.paid_on)
        ).all()
        involved = set(s.scalars(select(ExpertAssignment.expert_id).where(ExpertAssignment.project_id == project.id)))
        if council is not None:
            involved |= {m.expert_id for m in council.members if m.expert_id is not None}
        return MediationReport(
            card=card, council=card.council,
            payments=tuple(PaymentRow(p.paid_on, n, p.amount_won, p.purpose, p.expert_id not in involved)
                           for p, n in payments),
        )
