"""The programme budget: line plans per year, every booking (allowances, training costs, other spending), the check.

See docs/업무규칙.md, "Programme budget". The 수당 line's plan is the allowance budget the 수당 tab edits
(``services/allowances.py`` reads and writes it here); a year without a plan row falls back to the allowance defaults
for 수당 and to nothing for the other lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from conflictdesk.domain import dates
from conflictdesk.domain.allowances import (
    DEFAULT_ANNUAL_WON,
    DEFAULT_QUARTERLY_WON,
    AllowanceBudget,
    BudgetExecution,
    PaymentCheck,
    checked_amount_won,
)
from conflictdesk.domain.budget import (
    ALLOWANCE_LINE,
    DEFAULT_LINES,
    SERVICES_LINE,
    TRAINING_LINE,
    Booking,
    LinePlan,
    check_booking,
    checked_line_names,
    line_executions,
    total_plan,
)
from conflictdesk.domain.errors import InvalidValue, NotFound
from conflictdesk.domain.text import nfc
from conflictdesk.services import settings
from conflictdesk.services.changes import Changes
from conflictdesk.store import models
from conflictdesk.store.engine import Database

#: Setting: the budget's line names, in order.
LINES_KEY = "budget_lines"
#: Setting: the 수당 line's plan for a year without its own row (the allowance defaults).
ALLOWANCE_DEFAULTS_KEY = "allowance_defaults"


@dataclass(frozen=True)
class LineView:
    """One line of a year: its plan (own row or default), its execution and its bookings."""

    line: str
    plan: AllowanceBudget
    own_plan: bool
    execution: BudgetExecution
    bookings: tuple[Booking, ...]


@dataclass(frozen=True)
class YearBudget:
    """A year's programme budget: every line, and the whole (sum of the lines)."""

    year: int
    lines: tuple[LineView, ...]
    total: BudgetExecution

    def line(self, name: str) -> LineView:
        for view in self.lines:
            if view.line == name:
                return view
        raise InvalidValue("budget_line_unknown", line=name)


def checked_year(year: object) -> int:
    return dates.checked_year(year, "예산 연도")


def _line_names(session: Session) -> tuple[str, ...]:
    value = settings._get_value(session, LINES_KEY)
    names = value.get("lines") if value else None
    if not isinstance(names, list):
        return DEFAULT_LINES
    return checked_line_names([str(n) for n in names])


def configured_lines(db: Database) -> tuple[str, ...]:
    """The budget's line names from the setting (수당, 교육, 용역, 기타 unless changed)."""
    with db.read() as s:
        return _line_names(s)


def _allowance_default(session: Session, year: int) -> AllowanceBudget:
    value = settings._get_value(session, ALLOWANCE_DEFAULTS_KEY)
    if not value:
        return AllowanceBudget(year, DEFAULT_ANNUAL_WON, DEFAULT_QUARTERLY_WON)
    return AllowanceBudget.from_dict({**value, "year": year})


def _line_plan(session: Session, year: int, line: str) -> tuple[AllowanceBudget, bool]:
    """The line's own plan for ``year``, else its default (수당: the allowance defaults; others: nothing)."""
    row = session.get(models.BudgetLine, (year, line))
    if row is not None:
        return AllowanceBudget(year, row.annual_won, (row.q1_won, row.q2_won, row.q3_won, row.q4_won)), True
    if line == ALLOWANCE_LINE:
        return _allowance_default(session, year), False
    return AllowanceBudget(year, 0, (0, 0, 0, 0)), False


def _plans(session: Session, year: int) -> list[tuple[LinePlan, bool]]:
    names = list(_line_names(session))
    # A line dropped from the setting keeps its stored plan visible for the years that have one.
    for (extra,) in session.execute(select(models.BudgetLine.line).where(models.BudgetLine.year == year)):
        if extra not in names:
            names.append(extra)
    result = []
    for name in names:
        plan, own = _line_plan(session, year, name)
        result.append((LinePlan(name, plan), own))
    return result


def _year_bookings(session: Session, year: int) -> list[Booking]:
    """Every spending of ``year``: allowance payments (수당), training costs (교육), 갈등영향분석 (용역), other spending."""
    bookings = [
        Booking(ALLOWANCE_LINE, p.paid_on, p.amount_won, "allowance", p.purpose, p.id)
        for p in session.scalars(select(models.AllowancePayment)
                                 .where(extract("year", models.AllowancePayment.paid_on) == year))
    ]
    bookings += [
        Booking(TRAINING_LINE, t.held_on, t.cost_won, "training", t.title, t.id)
        for t in session.scalars(select(models.TrainingSession)
                                 .where(extract("year", models.TrainingSession.held_on) == year,
                                        models.TrainingSession.cost_won > 0))
    ]
    bookings += [
        Booking(SERVICES_LINE, a.commissioned_on, a.cost_won, "analysis", f"갈등영향분석 {code}", a.id)
        for a, code in session.execute(
            select(models.ImpactAnalysis, models.Project.code)
            .join(models.Project, models.Project.id == models.ImpactAnalysis.project_id)
            .where(extract("year", models.ImpactAnalysis.commissioned_on) == year, models.ImpactAnalysis.cost_won > 0))
    ]
    bookings += [
        Booking(x.line, x.spent_on, x.amount_won, "other", x.purpose, x.id)
        for x in session.scalars(select(models.BudgetSpending)
                                 .where(extract("year", models.BudgetSpending.spent_on) == year))
    ]
    bookings.sort(key=lambda b: (b.on, b.source, b.ref or 0))
    return bookings


def _year_budget_in(session: Session, year: int) -> YearBudget:
    plans = _plans(session, checked_year(year))
    bookings = _year_bookings(session, year)
    names = {p.line for p, _own in plans}
    for b in bookings:  # spending on a line the setting no longer lists still counts
        if b.line not in names:
            plans.append((LinePlan(b.line, AllowanceBudget(year, 0, (0, 0, 0, 0))), False))
            names.add(b.line)
    line_plans = [p for p, _own in plans]
    executions = dict(line_executions(line_plans, bookings))
    from conflictdesk.domain.allowances import execution

    views = tuple(
        LineView(p.line, p.plan, own, executions[p.line], tuple(b for b in bookings if b.line == p.line))
        for p, own in plans
    )
    total = execution(total_plan(year, line_plans), [(b.on, b.amount_won) for b in bookings])
    return YearBudget(year, views, total)


def year_budget(db: Database, year: int) -> YearBudget:
    """Plan, execution and remaining per line and per quarter, and for the whole programme."""
    with db.read() as s:
        return _year_budget_in(s, year)


def budget_years(db: Database) -> list[int]:
    """Years with a plan row or any booking, ascending."""
    with db.read() as s:
        years = set(s.scalars(select(models.BudgetLine.year)))
        years |= {d.year for d in s.scalars(select(models.AllowancePayment.paid_on))}
        years |= {d.year for d in s.scalars(select(models.TrainingSession.held_on))}
        years |= {d.year for d in s.scalars(select(models.BudgetSpending.spent_on))}
        years |= {d.year for d in s.scalars(select(models.ImpactAnalysis.commissioned_on))}
        return sorted(years)


def _check_in(session: Session, line: str, on: date, amount_won: int, *,
             replacing: tuple[str, int] | None = None) -> PaymentCheck:
    """What booking ``amount_won`` on ``line`` at ``on`` would do (the allowance rule, on the line and the whole).

    ``replacing`` = (source, id) of a booking this one replaces (an edited training cost): it is left out.
    """
    plans = [p for p, _own in _plans(session, on.year)]
    bookings = [b for b in _year_bookings(session, on.year) if replacing is None or (b.source, b.ref) != replacing]
    return check_booking(plans, bookings, line, on, amount_won)


def check_spending(db: Database, line: str, on: date, amount_won: int) -> PaymentCheck:
    with db.read() as s:
        return _check_in(s, line, on, amount_won)


def save_line_plan(db: Database, plan: AllowanceBudget, line: str) -> Changes:
    """Store one line's plan for ``plan.year`` (validated by the domain type)."""
    with db.write(reason=f"{plan.year}년 {line} 예산") as s:
        if line not in _line_names(s):
            raise InvalidValue("budget_line_unknown", line=line)
        _put_line_plan(s, plan, line)
    return Changes.of("payment", "budget", "setting")


def _put_line_plan(session: Session, plan: AllowanceBudget, line: str) -> None:
    row = session.get(models.BudgetLine, (plan.year, line))
    if row is None:
        row = models.BudgetLine(year=plan.year, line=line, annual_won=0, q1_won=0, q2_won=0, q3_won=0, q4_won=0)
        session.add(row)
    row.annual_won = plan.annual_won
    row.q1_won, row.q2_won, row.q3_won, row.q4_won = plan.quarterly_won


def save_line_names(db: Database, names: list[str]) -> Changes:
    """Change the budget's lines (수당 and 교육 must stay; plans of a removed line are kept)."""
    checked = checked_line_names(names)
    with db.write(reason="예산 항목") as s:
        settings._put_value(s, LINES_KEY, {"lines": list(checked)})
    return Changes.of("budget", "setting")


def record_spending(db: Database, line: str, on: date, amount_won: int, purpose: str = "", *,
                    allow_over_budget: bool = False) -> tuple[int, PaymentCheck, Changes]:
    """Book other spending on ``line``. Over the line's or the programme's year it is refused unless allowed."""
    checked_amount_won(amount_won, "spending_amount_invalid")
    with db.write(reason=f"{line} 예산 집행") as s:
        result = _check_in(s, line, on, amount_won)
        result.refuse_unless_allowed(allow_over_budget)
        row = models.BudgetSpending(line=line, spent_on=on, amount_won=amount_won, purpose=nfc(purpose))
        s.add(row)
        s.flush()
        return row.id, result, Changes.of("budget")


def delete_spending(db: Database, spending_id: int) -> Changes:
    with db.write(reason="예산 집행 기록 삭제") as s:
        row = s.get(models.BudgetSpending, spending_id)
        if row is None:
            raise NotFound("spending_not_found", spending=spending_id)
        s.delete(row)
    return Changes.of("budget")
