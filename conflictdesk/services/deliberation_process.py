"""공론화 추진: the deliberation process of an item decided "실시" — phases and events with attendance, 권역 gaps, the
budget with its quarterly plan and spending, the 권고안's recommendations with the city's answers.

See docs/업무규칙.md, "Deliberation (공론화)" → "공론화 추진". The budget is checked with the one allowance rule
(``domain/allowances.check_payment``: year, quarter, plan to date), as the programme budget's lines are; the
recommendations are tracked like council agreement items and appear in reminders, the calendar and its .ics export
(``services/reminders.py`` reads :func:`_calendar_entries`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from conflictdesk.domain.allowances import (
    AllowanceBudget,
    PaymentCheck,
    check_payment,
    checked_amount_won,
    execution,
)
from conflictdesk.domain.deliberation import Decision
from conflictdesk.domain.deliberation_process import (
    DEFAULT_REGIONS,
    Answer,
    EventFacts,
    Phase,
    checked_event,
    checked_recommendation,
    checked_regions,
    phase_summaries,
    recommendation_overdue,
    region_gaps,
)
from conflictdesk.domain.enums import ItemStatus
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.text import nfc
from conflictdesk.services import settings
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_process_dtos import (
    CaseRecommendation,
    EventInput,
    EventRow,
    ProcessView,
    RecommendationInput,
    RecommendationRow,
    SpendingRow,
)
from conflictdesk.services.reminder_dtos import RECOMMENDATION, CalendarEntry
from conflictdesk.store import models
from conflictdesk.store.engine import Database

#: Setting: the 권역 a new process starts with (one 권역별 공론장 each).
REGIONS_KEY = "deliberation_regions"
#: How the process budget is named in the overrun warnings.
BUDGET_LABEL = "공론화 예산"
#: What the reminders and the calendar show as the "case" of a recommendation.
CALENDAR_CODE = "공론화"
#: Change kinds of a recommendation (the 정기점검 panel's reminders and calendar reload on "review").
RECOMMENDATION_CHANGES = ("deliberation", "review")


# --- the 권역 (a setting) -------------------------------------------------------------------------------------------


def _regions(session: Session) -> tuple[str, ...]:
    value = settings._get_value(session, REGIONS_KEY)
    names = value.get("regions") if value else None
    if not isinstance(names, list):
        return DEFAULT_REGIONS
    return checked_regions([str(n) for n in names])


def current_regions(db: Database) -> tuple[str, ...]:
    """The 권역 a new process starts with (the city's five unless changed)."""
    with db.read() as s:
        return _regions(s)


def save_regions(db: Database, names: list[str], item_id: int | None = None) -> Changes:
    """Store the 권역 list as the setting and, with ``item_id``, as that item's process's list too.

    A process keeps the list it started with (as an item keeps its thresholds); saving it here re-judges its gaps.
    """
    checked = checked_regions(names)
    with db.write(reason="공론화 권역") as s:
        settings._put_value(s, REGIONS_KEY, {"regions": list(checked)})
        if item_id is not None:
            _process(s, item_id).regions = list(checked)
    return Changes.of("deliberation", "setting")


# --- reading ---------------------------------------------------------------------------------------------------------


def _item(session: Session, item_id: int) -> models.DeliberationItem:
    row = session.get(models.DeliberationItem, item_id)
    if row is None:
        raise NotFound("deliberation_item_not_found", item=item_id)
    return row


def _process(session: Session, item_id: int) -> models.DeliberationProcess:
    row = session.scalar(select(models.DeliberationProcess).where(models.DeliberationProcess.item_id == item_id))
    if row is None:
        raise NotFound("deliberation_process_not_found", title=_item(session, item_id).title)
    return row


def _plan(row: models.DeliberationProcess) -> AllowanceBudget:
    return AllowanceBudget(row.year, row.annual_won, (row.q1_won, row.q2_won, row.q3_won, row.q4_won))


def _facts(e: models.ProcessEvent) -> EventFacts:
    return EventFacts(Phase(e.phase), e.region, e.planned_on, e.held_on, e.attendance)


def _event_row(e: models.ProcessEvent) -> EventRow:
    return EventRow(e.id, Phase(e.phase), e.region, e.title, e.planned_on, e.held_on, e.attendance, e.place, e.note)


def _phase_order(e: models.ProcessEvent, regions: tuple[str, ...]) -> tuple[int, int, date, int]:
    phases = list(Phase)
    region = regions.index(e.region) if e.region in regions else len(regions)
    day = e.held_on or e.planned_on or date.max
    return phases.index(Phase(e.phase)), region, day, e.id


def _recommendation_row(r: models.ProcessRecommendation, today: date) -> RecommendationRow:
    status = ItemStatus(r.status)
    return RecommendationRow(r.id, r.position, r.text, Answer(r.answer) if r.answer else None, r.reason, r.owner,
                             r.due, status, r.done_on, recommendation_overdue(r.due, status, r.done_on, today))


def _view(row: models.DeliberationProcess, title: str, today: date) -> ProcessView:
    regions = tuple(str(r) for r in (row.regions or []))
    plan = _plan(row)
    events = sorted(row.events, key=lambda e: _phase_order(e, regions))
    facts = [_facts(e) for e in events]
    return ProcessView(
        id=row.id, item_id=row.item_id, item_title=title, year=row.year, regions=regions, plan=plan,
        execution=execution(plan, [(x.spent_on, x.amount_won) for x in row.spendings]),
        events=tuple(_event_row(e) for e in events), phases=phase_summaries(facts), gaps=region_gaps(regions, facts),
        spendings=tuple(SpendingRow(x.id, x.spent_on, x.amount_won, x.purpose) for x in row.spendings),
        recommendations=tuple(_recommendation_row(r, today) for r in row.recommendations), note=row.note)


def _loaded(session: Session, item_ids: list[int] | None = None) -> list[tuple[models.DeliberationProcess, str]]:
    query = (select(models.DeliberationProcess, models.DeliberationItem.title)
             .join(models.DeliberationItem, models.DeliberationItem.id == models.DeliberationProcess.item_id)
             .options(selectinload(models.DeliberationProcess.events),
                      selectinload(models.DeliberationProcess.spendings),
                      selectinload(models.DeliberationProcess.recommendations)))
    if item_ids is not None:
        query = query.where(models.DeliberationProcess.item_id.in_(item_ids))
    return [(p, t) for p, t in session.execute(query.order_by(models.DeliberationProcess.item_id))]


def process_view(db: Database, item_id: int, today: date) -> ProcessView | None:
    """The item's process, or None when it has none (``NotFound`` for an unknown item)."""
    with db.read() as s:
        _item(s, item_id)
        found = _loaded(s, [item_id])
        return _view(found[0][0], found[0][1], today) if found else None


def existing_process(db: Database, item_id: int, today: date) -> ProcessView:
    """The item's process; ``NotFound`` naming the item when it has none (or the item is unknown)."""
    with db.read() as s:
        row = _process(s, item_id)
        return _view(row, _item(s, item_id).title, today)


def processes(db: Database, today: date, item_ids: list[int] | None = None) -> dict[int, ProcessView]:
    """Every process (or those of ``item_ids``) by item id."""
    with db.read() as s:
        return {p.item_id: _view(p, title, today) for p, title in _loaded(s, item_ids)}


def case_recommendations(db: Database, project_id: int, today: date) -> tuple[CaseRecommendation, ...]:
    """The recommendations of the items referred from the case ``project_id`` (items by opening date, recommendations
    by number) with overdue as of ``today``: the case's 점검 기록 form lists them (read-only; the 추진 tab edits them)."""
    stmt = (select(models.ProcessRecommendation, models.DeliberationItem.id, models.DeliberationItem.title)
            .join(models.DeliberationProcess,
                  models.DeliberationProcess.id == models.ProcessRecommendation.process_id)
            .join(models.DeliberationItem, models.DeliberationItem.id == models.DeliberationProcess.item_id)
            .where(models.DeliberationItem.project_id == project_id)
            .order_by(models.DeliberationItem.opened_on, models.DeliberationItem.id,
                      models.ProcessRecommendation.position))
    with db.read() as s:
        return tuple(CaseRecommendation(item_id, title, _recommendation_row(rec, today))
                     for rec, item_id, title in s.execute(stmt))


def process_items(db: Database) -> list[tuple[int, str, bool]]:
    """(item id, title, has a process) of the items decided "실시" and of any item with a process, newest first."""
    with db.read() as s:
        with_process = set(s.scalars(select(models.DeliberationProcess.item_id)))
        rows = s.execute(select(models.DeliberationItem.id, models.DeliberationItem.title,
                                models.DeliberationItem.decision)
                         .order_by(models.DeliberationItem.opened_on.desc(), models.DeliberationItem.id.desc()))
        return [(i, t, i in with_process) for i, t, d in rows if d == Decision.GO.value or i in with_process]


# --- the process -----------------------------------------------------------------------------------------------------


def start_process(db: Database, item_id: int, year: int) -> tuple[int, Changes]:
    """Start the process of an item decided "실시": every phase gets an event to plan, 권역별 공론장 one per 권역.

    The budget starts empty (the officer enters the plan); the 권역 are the setting's at this moment.
    """
    plan = AllowanceBudget(year, 0, (0, 0, 0, 0))  # checks the year
    with db.write(reason="공론화 추진 시작") as s:
        item = _item(s, item_id)
        if item.decision != Decision.GO.value:
            raise DomainError("deliberation_process_needs_go", title=item.title)
        if s.scalar(select(models.DeliberationProcess.id).where(models.DeliberationProcess.item_id == item_id)):
            raise DomainError("deliberation_process_exists", title=item.title)
        regions = _regions(s)
        row = models.DeliberationProcess(item_id=item_id, year=plan.year, annual_won=0, q1_won=0, q2_won=0, q3_won=0,
                                         q4_won=0, regions=list(regions), note="")
        for phase in Phase:
            for region in (regions if phase is Phase.REGIONAL else ("",)):
                row.events.append(models.ProcessEvent(phase=phase.value, region=region, title="", place="", note=""))
        s.add(row)
        s.flush()
        return row.id, Changes.of("deliberation")


def save_budget(db: Database, item_id: int, plan: AllowanceBudget) -> Changes:
    """Store the process's budget year, annual budget and quarterly plan; spending already booked must fall in it."""
    with db.write(reason="공론화 예산 계획") as s:
        row = _process(s, item_id)
        for spending in row.spendings:
            _in_year(plan.year, spending.spent_on)
        row.year, row.annual_won = plan.year, plan.annual_won
        row.q1_won, row.q2_won, row.q3_won, row.q4_won = plan.quarterly_won
    return Changes.of("deliberation", "budget")


def _in_year(year: int, on: date) -> None:
    if on.year != year:
        raise InvalidValue("deliberation_spending_outside_year", spent_on=on, year=str(year))


def _check(row: models.DeliberationProcess, on: date, amount_won: int) -> PaymentCheck:
    _in_year(row.year, on)
    return check_payment(_plan(row), [(x.spent_on, x.amount_won) for x in row.spendings], on, amount_won,
                         label=BUDGET_LABEL)


def check_spending(db: Database, item_id: int, on: date, amount_won: int) -> PaymentCheck:
    """What booking ``amount_won`` at ``on`` would do to the process budget (the warnings asked before saving)."""
    with db.read() as s:
        return _check(_process(s, item_id), on, amount_won)


def record_spending(db: Database, item_id: int, on: date, amount_won: int, purpose: str = "", *,
                    allow_over_budget: bool = False) -> tuple[int, PaymentCheck, Changes]:
    """Book spending on the process budget. Over the year's budget it is refused unless allowed (the officer said
    yes to the warning), as on the programme budget."""
    checked_amount_won(amount_won, "spending_amount_invalid")
    with db.write(reason="공론화 예산 집행") as s:
        row = _process(s, item_id)
        result = _check(row, on, amount_won)
        result.refuse_unless_allowed(allow_over_budget)
        spending = models.ProcessSpending(spent_on=on, amount_won=amount_won, purpose=nfc(purpose).strip())
        row.spendings.append(spending)
        s.flush()
        return spending.id, result, Changes.of("deliberation", "budget")


def delete_spending(db: Database, spending_id: int) -> Changes:
    with db.write(reason="공론화 예산 집행 삭제") as s:
        row = s.get(models.ProcessSpending, spending_id)
        if row is None:
            raise NotFound("spending_not_found", spending=spending_id)
        s.delete(row)
    return Changes.of("deliberation", "budget")


# --- events ----------------------------------------------------------------------------------------------------------


def save_event(db: Database, item_id: int, data: EventInput, today: date,
               event_id: int | None = None) -> tuple[int, Changes]:
    """Add or correct an event (its phase, 권역, planned and actual date, attendance, place)."""
    with db.write(reason="공론화 추진 일정") as s:
        process = _process(s, item_id)
        regions = tuple(str(r) for r in (process.regions or []))
        facts = checked_event(data.phase, nfc(data.region), data.planned, data.held, data.attendance, regions, today)
        title = nfc(data.title).strip()
        if len(title) > 200:
            raise InvalidValue("value_too_long", field=Term("행사명"), limit=200, value=title[:20])
        if event_id is None:
            event = models.ProcessEvent(phase=facts.phase.value)
            process.events.append(event)
        else:
            found = s.get(models.ProcessEvent, event_id)
            if found is None or found.process_id != process.id:
                raise NotFound("deliberation_event_not_found", event=event_id)
            event = found
        event.phase, event.region, event.title = facts.phase.value, facts.region, title
        event.planned_on, event.held_on, event.attendance = facts.planned, facts.held, facts.attendance
        event.place, event.note = nfc(data.place).strip()[:200], nfc(data.note).strip()
        s.flush()
        return event.id, Changes.of("deliberation")


def delete_event(db: Database, event_id: int) -> Changes:
    with db.write(reason="공론화 추진 일정 삭제") as s:
        row = s.get(models.ProcessEvent, event_id)
        if row is None:
            raise NotFound("deliberation_event_not_found", event=event_id)
        s.delete(row)
    return Changes.of("deliberation")


# --- recommendations -------------------------------------------------------------------------------------------------


def save_recommendation(db: Database, item_id: int, data: RecommendationInput,
                        recommendation_id: int | None = None) -> tuple[int, Changes]:
    """Add or edit a recommendation with the city's answer and its implementation (owner, due, status)."""
    facts = checked_recommendation(nfc(data.text), data.answer, nfc(data.reason), nfc(data.owner), data.due,
                                   data.status, data.done_on)
    with db.write(reason="공론화 권고안 이행 관리") as s:
        process = _process(s, item_id)
        if recommendation_id is None:
            position = max((r.position for r in process.recommendations), default=0) + 1
            row = models.ProcessRecommendation(position=position, text=facts.text)
            process.recommendations.append(row)
        else:
            found = s.get(models.ProcessRecommendation, recommendation_id)
            if found is None or found.process_id != process.id:
                raise NotFound("recommendation_not_found", recommendation=recommendation_id)
            row = found
        row.text, row.answer, row.reason = facts.text, facts.answer.value if facts.answer else None, facts.reason
        row.owner, row.due, row.status, row.done_on = facts.owner[:100], facts.due, facts.status.value, facts.done_on
        s.flush()
        return row.id, Changes.of(*RECOMMENDATION_CHANGES)


def delete_recommendation(db: Database, recommendation_id: int) -> Changes:
    with db.write(reason="공론화 권고 삭제") as s:
        row = s.get(models.ProcessRecommendation, recommendation_id)
        if row is None:
            raise NotFound("recommendation_not_found", recommendation=recommendation_id)
        s.delete(row)
    return Changes.of(*RECOMMENDATION_CHANGES)


# --- reminders and the calendar --------------------------------------------------------------------------------------


def _calendar_entries(session: Session) -> list[CalendarEntry]:
    """Every recommendation with a due date that is still to implement or done (not 불수용/취소), as calendar entries.

    A recommendation belongs to no case unless its item was referred from one (then that case's id, so the
    "지연 사업만" filter finds it); otherwise its project id is 0 and activating it opens nothing.
    """
    stmt = (select(models.ProcessRecommendation, models.DeliberationItem.id, models.DeliberationItem.title,
                   models.DeliberationItem.project_id)
            .join(models.DeliberationProcess,
                  models.DeliberationProcess.id == models.ProcessRecommendation.process_id)
            .join(models.DeliberationItem, models.DeliberationItem.id == models.DeliberationProcess.item_id)
            .where(models.ProcessRecommendation.due.is_not(None),
                   models.ProcessRecommendation.status != ItemStatus.DROPPED.value))
    out = []
    for rec, item_id, title, project_id in session.execute(stmt):
        assert rec.due is not None
        answer = Answer(rec.answer).label if rec.answer else "답변 전"
        owner = f" · 담당 {rec.owner}" if rec.owner else ""  # an official in their role: never masked
        out.append(CalendarEntry(RECOMMENDATION, f"recommendation-{item_id}-{rec.id}", rec.due, project_id or 0,
                                 CALENDAR_CODE, title, rec.owner, f"권고 {rec.position}. {rec.text}",
                                 f"{title} · {answer}{owner}", rec.done_on if rec.status == "done" else None))
    return out
