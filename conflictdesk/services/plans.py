"""Response plan (대응계획): DTO of a stored plan, applying the editor's plan, overdue action items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from conflictdesk.domain.calendar import item_overdue
from conflictdesk.domain.enums import ItemStatus
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.services.card_views import PlanItemRow, PlanView
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, PlanItem, Project, ResponsePlan


def plan_view(plan: ResponsePlan, today: date) -> PlanView:
    return PlanView(
        background=plan.background, goal=plan.goal, strategies=tuple(str(x) for x in plan.strategies or ()),
        strategy_note=plan.strategy_note, cooperating_departments=plan.cooperating_departments,
        budget_won=plan.budget_won, risks=plan.risks, fallback=plan.fallback,
        items=tuple(
            PlanItemRow(i.title, i.owner, i.due, i.status, i.done_on, i.id,
                        item_overdue(i.due, i.status, i.done_on, today))
            for i in plan.items
        ),
    )


def apply_plan(card: Card, form: PlanView) -> None:
    """Create or update the card's plan from ``form``; items are matched by id, missing ones deleted."""
    if form.budget_won is not None and form.budget_won < 0:
        raise InvalidValue("plan_budget_negative")
    plan = card.plan
    if plan is None:
        plan = ResponsePlan()
        card.plan = plan
    plan.background, plan.goal = form.background, form.goal
    plan.strategies = list(dict.fromkeys(s.strip() for s in form.strategies if s.strip()))
    plan.strategy_note, plan.cooperating_departments = form.strategy_note, form.cooperating_departments
    plan.budget_won, plan.risks, plan.fallback = form.budget_won, form.risks, form.fallback
    existing = {i.id: i for i in plan.items}
    items: list[PlanItem] = []
    for pos, row in enumerate(form.items):
        if not row.title.strip():
            raise InvalidValue("plan_item_title_required", position=pos + 1)
        try:
            ItemStatus(row.status)
        except ValueError:
            raise InvalidValue("plan_item_status_unknown", value=row.status) from None
        item = (existing.get(row.id) if row.id is not None else None) or PlanItem()
        item.position, item.title, item.owner = pos, row.title.strip(), row.owner.strip()
        item.due, item.status, item.done_on = row.due, row.status, row.done_on
        items.append(item)
    plan.items = items


def overdue_items(db: Database, today: date) -> list[tuple[str, PlanItemRow]]:
    """(project code, item) of every overdue action item, by due date."""
    with db.read() as s:
        stmt = (select(Project.code, PlanItem)
                .join(ResponsePlan, PlanItem.plan_id == ResponsePlan.id)
                .join(Card, ResponsePlan.card_id == Card.id)
                .join(Project, Card.project_id == Project.id)
                .where(PlanItem.due < today, PlanItem.done_on.is_(None),
                       PlanItem.status.notin_((ItemStatus.DONE.value, ItemStatus.DROPPED.value)))
                .order_by(PlanItem.due))
        return [(code, PlanItemRow(i.title, i.owner, i.due, i.status, i.done_on, i.id, True))
                for code, i in s.execute(stmt)]
