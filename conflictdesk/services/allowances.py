"""Expert allowances (수당): yearly budgets and quarterly plans, payments, execution and the over-budget check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from conflictdesk.domain.allowances import (
    AllowanceBudget,
    BudgetExecution,
    PaymentCheck,
    checked_amount_won,
    execution,
)
from conflictdesk.domain.budget import ALLOWANCE_LINE
from conflictdesk.domain.errors import NotFound
from conflictdesk.domain.text import nfc
from conflictdesk.services import budget as programme_budget
from conflictdesk.services.changes import Changes
from conflictdesk.services.experts import PaymentRow, _expert_record, _payment_rows
from conflictdesk.services.projects import _project_id_by_code
from conflictdesk.store import models
from conflictdesk.store.engine import Database


@dataclass(frozen=True)
class YearOverview:
    """A year's budget (and whether it is the year's own or the default), execution and payments."""

    budget: AllowanceBudget
    own_budget: bool
    execution: BudgetExecution
    payments: tuple[PaymentRow, ...]


def _budget_for_year(session: Session, year: int) -> tuple[AllowanceBudget, bool]:
    """The 수당 line of the year's programme budget, else the defaults; the flag says which."""
    return programme_budget._line_plan(session, year, ALLOWANCE_LINE)


def _year_payments(session: Session, year: int) -> list[PaymentRow]:
    return _payment_rows(session, extract("year", models.AllowancePayment.paid_on) == year)


def year_overview(db: Database, year: int) -> YearOverview:
    """Budget, per-quarter execution against the plan, remaining, and the year's payments."""
    with db.read() as s:
        budget, own = _budget_for_year(s, year)
        payments = tuple(_year_payments(s, year))
        figures = execution(budget, [(p.paid_on, p.amount_won) for p in payments])
        return YearOverview(budget, own, figures, payments)


def budget_years(db: Database) -> list[int]:
    """Years that have a budget row or a payment, ascending."""
    with db.read() as s:
        years = set(s.scalars(select(models.BudgetLine.year).where(models.BudgetLine.line == ALLOWANCE_LINE)))
        years |= {d.year for d in s.scalars(select(models.AllowancePayment.paid_on))}
        return sorted(years)


def save_budget(db: Database, budget: AllowanceBudget) -> Changes:
    """Store the year's budget and quarterly plan: the 수당 line of the programme budget."""
    with db.write(reason=f"{budget.year}년 수당 예산") as s:
        programme_budget._put_line_plan(s, budget, ALLOWANCE_LINE)
    return Changes.of("payment", "budget", "setting")


def check_new_payment(db: Database, paid_on: date, amount_won: int) -> PaymentCheck:
    """What recording this payment would do to the 수당 line and the whole programme budget (warnings only)."""
    with db.read() as s:
        return _check(s, paid_on, amount_won)


def _check(session: Session, paid_on: date, amount_won: int) -> PaymentCheck:
    return programme_budget._check_in(session, ALLOWANCE_LINE, paid_on, amount_won)


def record_payment(
    db: Database, expert_id: int, paid_on: date, amount_won: int, purpose: str = "",
    project_code: str | None = None, *, allow_over_budget: bool = False,
) -> tuple[int, PaymentCheck, Changes]:
    """Record a payment. Over the year's budget it is refused unless ``allow_over_budget`` (the officer confirmed).

    Quarter-plan overruns are warnings only (returned in the check).
    """
    checked_amount_won(amount_won, "payment_amount_invalid")
    with db.write(reason="수당 지급 기록") as s:
        _expert_record(s, expert_id)
        project_id = _project_id_by_code(s, project_code) if project_code else None
        result = _check(s, paid_on, amount_won)
        result.refuse_unless_allowed(allow_over_budget)
        payment = models.AllowancePayment(expert_id=expert_id, project_id=project_id, paid_on=paid_on,
                                          amount_won=amount_won, purpose=nfc(purpose))
        s.add(payment)
        s.flush()
        return payment.id, result, Changes.of("payment", "budget", "expert")


def delete_payment(db: Database, payment_id: int) -> Changes:
    with db.write(reason="수당 지급 기록 삭제") as s:
        payment = s.get(models.AllowancePayment, payment_id)
        if payment is None:
            raise NotFound("payment_not_found", payment=payment_id)
        s.delete(payment)
    return Changes.of("payment", "budget", "expert")
