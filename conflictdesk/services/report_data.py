"""Read-only data for reports: the conflict card and mediation DTOs (services/report_dtos.py), each loaded in one
read session.

Cards are read with Core statements built once (columns, not ORM objects): one statement per table for a whole
batch of cards (``load_card_reports``, the "all key cases" export), and the same path for one card.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, Connection, Row, Select, bindparam, select
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
from conflictdesk.domain.impact_analysis import AnalysisRow
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
    ActionEntry,
    AgreementItem,
    AllowancePayment,
    Card,
    Council,
    CouncilMeeting,
    CouncilMember,
    Department,
    Diagnosis,
    Expert,
    ExpertAssignment,
    MainIssue,
    PlanItem,
    Project,
    ResponsePlan,
    Review,
    Round,
    Signal,
    StageTransition,
    Stakeholder,
    table_of,
)

#: Cards read in one session: the lists of ids stay within every engine's limit on bound parameters.
CARDS_PER_READ = 500

# --- the statements, built once (each takes the list of ids as the expanding parameter "ids") -------------------
_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
_p, _dep, _d, _r = table_of(Project), table_of(Department), table_of(Diagnosis), table_of(Round)
_c, _tr, _is, _sh = table_of(Card), table_of(StageTransition), table_of(MainIssue), table_of(Stakeholder)
_sg, _ac, _pl, _pi = table_of(Signal), table_of(ActionEntry), table_of(ResponsePlan), table_of(PlanItem)
_ea, _ex, _rv = table_of(ExpertAssignment), table_of(Expert), table_of(Review)
_co, _cm, _cg, _ci = table_of(Council), table_of(CouncilMember), table_of(CouncilMeeting), table_of(AgreementItem)

# Lists keep the order the card's relationships define; the id breaks ties the same way on every engine.
_PROJECTS = (select(_p.c.code, _p.c.id, _p.c.name, _p.c.budget_won, _dep.c.name.label("department"), _dep.c.bureau)
             .join(_dep, _p.c.department_id == _dep.c.id).where(_p.c.code.in_(_IDS)))
_DIAGNOSES = (select(_d.c.project_id, _d.c.confirmed_grade, _d.c.alert_level, _r.c.code)
              .join(_r, _d.c.round_id == _r.c.id).where(_d.c.project_id.in_(_IDS))
              .order_by(_d.c.project_id, _r.c.year.desc(), _r.c.half.desc(), _d.c.id))
_DIAGNOSES_OF_ROUND = _DIAGNOSES.where(_r.c.code == bindparam("round_code"))
_CARDS = select(_c.c.project_id, _c.c.id, _c.c.conflict_types, _c.c.field, _c.c.stage, _c.c.stage_since,
                _c.c.phase, _c.c.social_impact, _c.c.outlook, _c.c.closed_on,
                _c.c.closure_reason).where(_c.c.project_id.in_(_IDS))
_TRANSITIONS = (select(_tr.c.card_id, _tr.c.changed_on, _tr.c.from_stage, _tr.c.to_stage, _tr.c.reason)
                .where(_tr.c.card_id.in_(_IDS)).order_by(_tr.c.changed_on, _tr.c.id))
_ISSUES = (select(_is.c.card_id, _is.c.kind, _is.c.text).where(_is.c.card_id.in_(_IDS))
           .order_by(_is.c.position, _is.c.id))
_STAKEHOLDERS = (select(_sh.c.card_id, _sh.c.name, _sh.c.party, _sh.c.kind, _sh.c.position, _sh.c.interests,
                        _sh.c.influence, _sh.c.representative, _sh.c.contact)
                 .where(_sh.c.card_id.in_(_IDS)).order_by(_sh.c.id))
_SIGNALS = (select(_sg.c.card_id, _sg.c.observed_on, _sg.c.kind, _sg.c.count.label("n"), _sg.c.note)  # not Row.count
            .where(_sg.c.card_id.in_(_IDS)).order_by(_sg.c.observed_on, _sg.c.id))
_ACTIONS = (select(_ac.c.card_id, _ac.c.acted_on, _ac.c.text).where(_ac.c.card_id.in_(_IDS))
            .order_by(_ac.c.acted_on, _ac.c.id))
_PLANS = select(_pl.c.card_id, _pl.c.id, _pl.c.background, _pl.c.goal, _pl.c.strategies, _pl.c.strategy_note,
                _pl.c.cooperating_departments, _pl.c.budget_won, _pl.c.risks,
                _pl.c.fallback).where(_pl.c.card_id.in_(_IDS))
_PLAN_ITEMS = (select(_pi.c.plan_id, _pi.c.title, _pi.c.owner, _pi.c.due, _pi.c.status, _pi.c.done_on)
               .where(_pi.c.plan_id.in_(_IDS)).order_by(_pi.c.position, _pi.c.id))
_ASSIGNMENTS = (select(_ea.c.project_id, _ex.c.name, _ex.c.affiliation, _ea.c.role, _ea.c.start_on, _ea.c.end_on)
                .join(_ex, _ea.c.expert_id == _ex.c.id).where(_ea.c.project_id.in_(_IDS))
                .order_by(_ea.c.start_on, _ea.c.id))
_COUNCILS = select(_co.c.project_id, _co.c.id, _co.c.name, _co.c.formed_on, _co.c.end_on, _co.c.basic_rules,
                   _co.c.schedule, _co.c.result_kind, _co.c.result_on, _co.c.result_text,
                   _co.c.legality_note).where(_co.c.project_id.in_(_IDS))
_MEMBERS = (select(_cm.c.council_id, _cm.c.name, _cm.c.role, _cm.c.affiliation, _cm.c.side, _cm.c.contact,
                   _cm.c.expert_id).where(_cm.c.council_id.in_(_IDS)).order_by(_cm.c.position, _cm.c.id))
_MEETINGS = (select(_cg.c.council_id, _cg.c.held_on, _cg.c.place, _cg.c.attendees, _cg.c.minutes, _cg.c.is_open)
             .where(_cg.c.council_id.in_(_IDS)).order_by(_cg.c.held_on, _cg.c.id))
_AGREED = (select(_ci.c.council_id, _ci.c.text, _ci.c.owner, _ci.c.due, _ci.c.status, _ci.c.done_on)
           .where(_ci.c.council_id.in_(_IDS)).order_by(_ci.c.position, _ci.c.id))
_CONTACTS = select(_ex.c.id, _ex.c.contact).where(_ex.c.id.in_(_IDS))
_REVIEWS = (select(_rv.c.project_id, _r.c.code, _rv.c.due, _rv.c.done_on, _rv.c.reviewer, _rv.c.findings,
                   _rv.c.stage, _rv.c.grade_recommendation).join(_r, _rv.c.round_id == _r.c.id)
            .where(_rv.c.project_id.in_(_IDS)).order_by(_r.c.year, _r.c.half, _rv.c.id))


def _grouped(conn: Connection, stmt: Select[Any], ids: Iterable[Any], **params: Any) -> dict[Any, list[Row[Any]]]:
    """The rows of ``stmt`` for ``ids``, by their first column (in the statement's order); no query without ids."""
    wanted = list(ids)
    groups: dict[Any, list[Row[Any]]] = defaultdict(list)
    if wanted:
        for row in conn.execute(stmt, {"ids": wanted, **params}):
            groups[row[0]].append(row)
    return groups


def _one_each(conn: Connection, stmt: Select[Any], ids: Iterable[Any], **params: Any) -> dict[Any, Row[Any]]:
    """The first row of ``stmt`` for each of ``ids``, by its first column."""
    return {key: rows[0] for key, rows in _grouped(conn, stmt, ids, **params).items()}


@dataclass
class _CardRows:
    """Everything the cards of a list of projects print, read with one statement per table."""

    projects: dict[str, Row[Any]]
    diagnoses: dict[int, Row[Any]]
    cards: dict[int, Row[Any]]
    transitions: dict[int, list[Row[Any]]]
    issues: dict[int, list[Row[Any]]]
    stakeholders: dict[int, list[Row[Any]]]
    signals: dict[int, list[Row[Any]]]
    actions: dict[int, list[Row[Any]]]
    plans: dict[int, Row[Any]]
    plan_items: dict[int, list[Row[Any]]]
    assignments: dict[int, list[Row[Any]]]
    councils: dict[int, Row[Any]]
    members: dict[int, list[Row[Any]]]
    meetings: dict[int, list[Row[Any]]]
    agreed: dict[int, list[Row[Any]]]
    reviews: dict[int, list[Row[Any]]]
    analyses: dict[str, list[AnalysisRow]] = field(default_factory=dict)


def _read_cards(session: Session, codes: Sequence[str], round_code: str | None,
                expert_contacts: dict[int, str]) -> _CardRows:
    """The rows of the cards of ``codes``; ``expert_contacts`` (kept by the caller across reads) gains the contacts
    of the experts on their councils whose own contact is blank."""
    conn = session.connection()
    projects = _one_each(conn, _PROJECTS, dict.fromkeys(codes))
    pids = [row.id for row in projects.values()]
    if round_code:
        diagnoses = _one_each(conn, _DIAGNOSES_OF_ROUND, pids, round_code=round_code)
    else:
        diagnoses = _one_each(conn, _DIAGNOSES, pids)
    cards = _one_each(conn, _CARDS, pids)
    card_ids = [row.id for row in cards.values()]
    plans = _one_each(conn, _PLANS, card_ids)
    councils = _one_each(conn, _COUNCILS, pids)
    council_ids = [row.id for row in councils.values()]
    members = _grouped(conn, _MEMBERS, council_ids)
    unknown = {m.expert_id for rows in members.values() for m in rows
               if not m.contact and m.expert_id is not None} - expert_contacts.keys()
    expert_contacts.update((key, row.contact) for key, row in _one_each(conn, _CONTACTS, sorted(unknown)).items())
    analyses: dict[str, list[AnalysisRow]] = defaultdict(list)
    for analysis in impact_analysis._rows(session, pids) if pids else ():
        analyses[analysis.project_code].append(analysis)
    return _CardRows(
        projects=projects, diagnoses=diagnoses, cards=cards,
        transitions=_grouped(conn, _TRANSITIONS, card_ids), issues=_grouped(conn, _ISSUES, card_ids),
        stakeholders=_grouped(conn, _STAKEHOLDERS, card_ids), signals=_grouped(conn, _SIGNALS, card_ids),
        actions=_grouped(conn, _ACTIONS, card_ids),
        plans=plans, plan_items=_grouped(conn, _PLAN_ITEMS, [row.id for row in plans.values()]),
        assignments=_grouped(conn, _ASSIGNMENTS, pids),
        councils=councils, members=members, meetings=_grouped(conn, _MEETINGS, council_ids),
        agreed=_grouped(conn, _AGREED, council_ids), reviews=_grouped(conn, _REVIEWS, pids), analyses=analyses,
    )


# --- the DTOs -------------------------------------------------------------------------------------------------------
def _item(title: str, owner: str, due: date | None, status: str, done_on: date | None, as_of: date) -> ItemRow:
    return ItemRow(title, owner, due, label_of(ItemStatus, status), done_on, item_overdue(due, status, done_on, as_of))


def _card_report(rows: _CardRows, code: str, round_code: str | None, unmasked: bool, as_of: date,
                 expert_contacts: dict[int, str]) -> CardReport:
    project = rows.projects.get(code)
    if project is None:
        raise NotFound("project_not_found", project=code)
    card = rows.cards.get(project.id)
    if card is None:
        raise NotFound("card_not_found", project=project.code)
    diag = rows.diagnoses.get(project.id)
    header = Header(
        code=project.code, name=project.name, department=project.department, bureau=project.bureau,
        round_code=diag.code if diag else round_code or "", grade=diag.confirmed_grade if diag else None,
        alert=label_of(AlertLevel, diag.alert_level) if diag else "", budget_won=project.budget_won,
    )
    signals = rows.signals.get(card.id, ())
    plan = rows.plans.get(card.id)
    return CardReport(
        header=header, unmasked=unmasked, alert=_alert(signals, header.round_code, as_of),
        analyses=tuple(rows.analyses.get(project.code, ())),
        council=_council(rows, rows.councils.get(project.id), unmasked, as_of, expert_contacts),
        reviews=tuple(ReviewRow(r.code, r.due, r.done_on, r.reviewer, r.findings, label_of(ConflictStage, r.stage),
                                r.grade_recommendation) for r in rows.reviews.get(project.id, ())),
        types=tuple(label_of(ConflictType, str(t)) for t in card.conflict_types),
        field=card.field, stage=label_of(ConflictStage, card.stage), stage_since=card.stage_since,
        phase=label_of(ProjectPhase, card.phase),
        transitions=tuple((t.changed_on, label_of(ConflictStage, t.from_stage), label_of(ConflictStage, t.to_stage),
                           t.reason) for t in rows.transitions.get(card.id, ())),
        issues=tuple((label_of(IssueKind, i.kind), i.text) for i in rows.issues.get(card.id, ())),
        stakeholders=tuple(
            StakeholderRow(shown_name(s.name, person=s.party == PERSON, unmasked=unmasked),
                           label_of(StakeholderKind, s.kind), s.position, s.interests, s.influence,
                           shown_name(s.representative, person=True, unmasked=unmasked),
                           shown_contact(s.contact, unmasked=unmasked))
            for s in rows.stakeholders.get(card.id, ())
        ),
        signals=tuple((g.observed_on, label_of(SignalKind, g.kind), g.n, g.note) for g in signals),
        social_impact=card.social_impact, outlook=card.outlook,
        actions=tuple((a.acted_on, a.text) for a in rows.actions.get(card.id, ())),
        plan=None if plan is None else PlanReport(
            background=plan.background, goal=plan.goal, strategies=tuple(str(s) for s in plan.strategies),
            strategy_note=plan.strategy_note, cooperating=plan.cooperating_departments, budget_won=plan.budget_won,
            risks=plan.risks, fallback=plan.fallback,
            items=tuple(_item(i.title, i.owner, i.due, i.status, i.done_on, as_of)
                        for i in rows.plan_items.get(plan.id, ())),
        ),
        experts=tuple(ExpertRow(a.name, a.affiliation, label_of(ExpertRole, a.role), a.start_on, a.end_on)
                      for a in rows.assignments.get(project.id, ())),
        closed_on=card.closed_on, closure_reason=card.closure_reason,
    )


def _alert(signals: Iterable[Row[Any]], round_code: str, as_of: date) -> AlertSummary:
    observations = [SignalObservation(SignalKind(g.kind), g.observed_on, g.n) for g in signals
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


def _council(rows: _CardRows, council: Row[Any] | None, unmasked: bool, as_of: date,
             expert_contacts: dict[int, str]) -> CouncilReport | None:
    """The council; a member without a contact of their own shows the one in the expert pool."""
    if council is None:
        return None

    members = tuple(
        MemberRow(shown_name(m.name, person=member_is_private(m.role), unmasked=unmasked),
                  label_of(MemberRole, m.role), m.affiliation, m.side,
                  shown_contact(m.contact or expert_contacts.get(m.expert_id or 0, ""), unmasked=unmasked))
        for m in rows.members.get(council.id, ())
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
        meetings=tuple(MeetingRow(m.held_on, m.place, m.attendees, m.minutes, m.is_open)
                       for m in rows.meetings.get(council.id, ())),
        result_kind=label_of(ResultKind, council.result_kind), result_on=council.result_on,
        result_text=council.result_text, legality_note=council.legality_note,
        items=tuple(_item(i.text, i.owner, i.due, i.status, i.done_on, as_of) for i in rows.agreed.get(council.id, ())),
    )


# --- the entry points -----------------------------------------------------------------------------------------------
def load_card_reports(db: Database, codes: Iterable[str], *, round_code: str | None = None,
                      as_of: date | None = None, unmasked: bool = False) -> Iterator[CardReport]:
    """The conflict cards of the projects ``codes``, in that order (grade of ``round_code``, default each project's
    latest); masked by default. Up to ``CARDS_PER_READ`` cards are read in one session before the first of them is
    yielded; a code without a project or a card raises ``NotFound`` when its turn comes."""
    today = as_of or date.today()
    wanted = list(codes)
    expert_contacts: dict[int, str] = {}
    for start in range(0, len(wanted), CARDS_PER_READ):
        part = wanted[start:start + CARDS_PER_READ]
        with db.read() as s:
            rows = _read_cards(s, part, round_code, expert_contacts)
        for code in part:
            yield _card_report(rows, code, round_code, unmasked, today, expert_contacts)


def load_card_report(db: Database, code: str, *, round_code: str | None = None, unmasked: bool = False,
                     as_of: date | None = None) -> CardReport:
    """The conflict card of project ``code`` (grade of ``round_code``, default the latest); masked by default."""
    return next(load_card_reports(db, [code], round_code=round_code, as_of=as_of, unmasked=unmasked))


def card_choices(db: Database, round_code: str, grades: tuple[int, ...] = (1, 2)) -> list[tuple[str, str]]:
    """(code, name) of the projects with a card and a confirmed grade in ``grades`` in the round (picker, batch)."""
    with db.read() as s:
        return [(code, name) for code, name in s.execute(
            select(Project.code, Project.name).join(Diagnosis, Diagnosis.project_id == Project.id)
            .join(Round, Diagnosis.round_id == Round.id).join(Card, Card.project_id == Project.id)
            .where(Round.code == round_code, Diagnosis.confirmed_grade.in_(grades))
            .order_by(Diagnosis.confirmed_grade, Project.code)
        )]


def load_mediation_report(db: Database, code: str, *, unmasked: bool = False,
                          as_of: date | None = None) -> MediationReport:
    """The mediation report of project ``code``: its card, council and the experts' payments."""
    today = as_of or date.today()
    with db.read() as s:
        expert_contacts: dict[int, str] = {}
        rows = _read_cards(s, [code], None, expert_contacts)
        card = _card_report(rows, code, None, unmasked, today, expert_contacts)
        project_id = rows.projects[code].id
        council = s.scalar(select(Council).where(Council.project_id == project_id)
                           .options(selectinload(Council.members)))
        payments = s.execute(
            select(AllowancePayment, Expert.name).join(Expert, AllowancePayment.expert_id == Expert.id)
            .where(AllowancePayment.project_id == project_id).order_by(AllowancePayment.paid_on)
        ).all()
        involved = set(s.scalars(select(ExpertAssignment.expert_id).where(ExpertAssignment.project_id == project_id)))
        if council is not None:
            involved |= {m.expert_id for m in council.members if m.expert_id is not None}
        return MediationReport(
            card=card, council=card.council,
            payments=tuple(PaymentRow(p.paid_on, n, p.amount_won, p.purpose, p.expert_id not in involved)
                           for p, n in payments),
        )
