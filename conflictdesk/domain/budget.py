"""The programme budget (갈등관리 사업 예산): lines with a yearly and quarterly plan, bookings, and the overrun check.

A year's budget is one plan per line (수당, 교육, 용역, 기타 — the line names are a setting). Every spending books
against one line: expert allowances on 수당, training costs on 교육, other spending on the line the officer picks. A
booking is checked with the allowance rule (``allowances.check_payment``) twice: against its line's plan and against
the whole programme's plan (the sum of the lines). See docs/업무규칙.md, "Programme budget".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.allowances import (
    AllowanceBudget,
    BudgetExecution,
    PaymentCheck,
    check_payment,
    execution,
)
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue

__all__ = [
    "ALLOWANCE_LINE",
    "DEFAULT_LINES",
    "OTHER_LINE",
    "SERVICES_LINE",
    "TRAINING_LINE",
    "Booking",
    "LinePlan",
    "check_booking",
    "checked_line_names",
    "line_executions",
    "total_plan",
]

#: The line every expert allowance payment books against.
ALLOWANCE_LINE = "수당"
#: The line every training course's cost books against.
TRAINING_LINE = "교육"
#: The line for commissioned work (e.g. a 갈등영향분석 by a firm).
SERVICES_LINE = "용역"
#: The line for spending the officer does not put elsewhere.
OTHER_LINE = "기타"
#: The seed's lines; the setting ``budget_lines`` may rename or add others but keeps 수당 and 교육.
DEFAULT_LINES: tuple[str, ...] = (ALLOWANCE_LINE, TRAINING_LINE, SERVICES_LINE, OTHER_LINE)
MAX_LINE_LENGTH = 20


def checked_line_names(names: Sequence[str]) -> tuple[str, ...]:
    """Line names as stored: stripped, non-empty, unique, at most 20 characters, 수당 and 교육 always present."""
    cleaned: list[str] = []
    for name in names:
        text = " ".join(str(name).split())
        if not text:
            continue
        if len(text) > MAX_LINE_LENGTH:
            raise InvalidValue("value_too_long", field=Term("예산 항목"), limit=MAX_LINE_LENGTH, value=text[:MAX_LINE_LENGTH])
        if text in cleaned:
            raise InvalidValue("budget_line_duplicate", line=text)
        cleaned.append(text)
    for required in (ALLOWANCE_LINE, TRAINING_LINE):
        if required not in cleaned:
            raise InvalidValue("budget_line_required", line=required)
    return tuple(cleaned)


@dataclass(frozen=True)
class LinePlan:
    """One line's plan for a year (annual and per quarter, in won)."""

    line: str
    plan: AllowanceBudget


@dataclass(frozen=True)
class Booking:
    """One spending booked against a line: what (source), when, how much."""

    line: str
    on: date
    amount_won: int
    source: str = "other"  # allowance | training | other
    purpose: str = ""
    ref: int | None = None


def total_plan(year: int, plans: Sequence[LinePlan]) -> AllowanceBudget:
    """The whole programme's plan: the sum of the lines, per year and per quarter."""
    quarters = [0, 0, 0, 0]
    for p in plans:
        for i, amount in enumerate(p.plan.quarterly_won):
            quarters[i] += amount
    return AllowanceBudget(year, sum(p.plan.annual_won for p in plans),
                           (quarters[0], quarters[1], quarters[2], quarters[3]))


def line_executions(plans: Sequence[LinePlan], bookings: Sequence[Booking]) -> list[tuple[str, BudgetExecution]]:
    """Each line's execution against its plan; a booking on a line that has no plan is refused (``InvalidValue``)."""
    names = {p.line for p in plans}
    stray = sorted({b.line for b in bookings} - names)
    if stray:
        raise InvalidValue("budget_line_unknown", line=stray[0])
    return [(p.line, execution(p.plan, [(b.on, b.amount_won) for b in bookings if b.line == p.line])) for p in plans]


def check_booking(
    plans: Sequence[LinePlan], bookings: Sequence[Booking], line: str, on: date, amount_won: int,
) -> PaymentCheck:
    """What a new booking of ``amount_won`` on ``line`` at ``on`` does to its line and to the whole programme.

    The line is checked with the allowance rule (year, quarter, plan to date); so is the whole programme, unless the
    other lines plan nothing (then the whole is the line, and its warnings would only repeat). The result's flags are
    true when either is exceeded; the warnings list the line's first, then the programme's.
    """
    by_line: Mapping[str, LinePlan] = {p.line: p for p in plans}
    if line not in by_line:
        raise InvalidValue("budget_line_unknown", line=line)
    plan = by_line[line].plan
    own = check_payment(plan, [(b.on, b.amount_won) for b in bookings if b.line == line], on, amount_won,
                        label=f"{line} 예산")
    whole = total_plan(plan.year, plans)
    if whole == plan:
        return own
    overall = check_payment(whole, [(b.on, b.amount_won) for b in bookings], on, amount_won, label="사업 전체 예산")
    return PaymentCheck(
        quarter=own.quarter,
        exceeds_year=own.exceeds_year or overall.exceeds_year,
        exceeds_quarter=own.exceeds_quarter or overall.exceeds_quarter,
        exceeds_cumulative=own.exceeds_cumulative or overall.exceeds_cumulative,
        year_excess_won=max(own.year_excess_won, overall.year_excess_won),
        quarter_excess_won=max(own.quarter_excess_won, overall.quarter_excess_won),
        cumulative_excess_won=max(own.cumulative_excess_won, overall.cumulative_excess_won),
        year_remaining_after_won=min(own.year_remaining_after_won, overall.year_remaining_after_won),
        warnings=own.warnings + overall.warnings,
    )
