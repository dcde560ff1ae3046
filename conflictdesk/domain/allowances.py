"""Mediation experts' allowance budget, its quarterly execution, and conflict-of-interest matching."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from conflictdesk.domain.dates import checked_year
from conflictdesk.domain.error_catalogue import Phrase, Term
from conflictdesk.domain.errors import DomainError, InvalidValue
from conflictdesk.domain.money import format_won

__all__ = [
    "DEFAULT_ANNUAL_WON",
    "DEFAULT_QUARTERLY_WON",
    "AllowanceBudget",
    "BudgetExecution",
    "PaymentCheck",
    "QuarterExecution",
    "check_payment",
    "conflict_of_interest",
    "execution",
    "format_won",
    "quarter_of",
]

DEFAULT_ANNUAL_WON = 12_000_000
DEFAULT_QUARTERLY_WON: tuple[int, int, int, int] = (3_000_000, 3_000_000, 3_000_000, 3_000_000)


def _whole_won(value: object, what: Term | Phrase, *, positive: bool = False) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue("won_not_whole", field=what, value=repr(value))
    if positive and value <= 0:
        raise InvalidValue("won_not_positive", field=what, value=format_won(value))
    if value < 0:
        raise InvalidValue("won_negative", field=what, value=format_won(value))
    return value


@dataclass(frozen=True)
class AllowanceBudget:
    """The year's allowance budget and its quarterly plan (배정), all in won."""

    year: int
    annual_won: int = DEFAULT_ANNUAL_WON
    quarterly_won: tuple[int, int, int, int] = DEFAULT_QUARTERLY_WON

    def __post_init__(self) -> None:
        checked_year(self.year, "예산 연도", low=1)
        _whole_won(self.annual_won, Term("연간 수당 예산"))
        quarterly = tuple(self.quarterly_won)
        if len(quarterly) != 4:
            raise InvalidValue("quarterly_plan_not_four", count=len(quarterly))
        for quarter, amount in enumerate(quarterly, start=1):
            _whole_won(amount, Phrase("{quarter}분기 계획", quarter=quarter))
        object.__setattr__(self, "quarterly_won", quarterly)

    @property
    def quarterly_total_won(self) -> int:
        """Sum of the quarterly plan (it need not equal the annual budget)."""
        return sum(self.quarterly_won)

    def to_dict(self) -> dict[str, object]:
        return {"year": self.year, "annual_won": self.annual_won, "quarterly_won": list(self.quarterly_won)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> AllowanceBudget:
        """Read what :meth:`to_dict` wrote; ``annual_won`` and ``quarterly_won`` default to the 2020 plan."""
        year = data.get("year")
        year = checked_year(year, "예산 연도", low=1)
        annual = data.get("annual_won", DEFAULT_ANNUAL_WON)
        quarterly = data.get("quarterly_won", list(DEFAULT_QUARTERLY_WON))
        if not isinstance(quarterly, (list, tuple)) or len(quarterly) != 4:
            raise InvalidValue("quarterly_plan_not_four", count=len(quarterly) if isinstance(quarterly, (list, tuple)) else 0)
        amounts = tuple(_whole_won(a, Phrase("{quarter}분기 계획", quarter=q)) for q, a in enumerate(quarterly, start=1))
        return cls(
            year=year,
            annual_won=_whole_won(annual, Term("연간 수당 예산")),
            quarterly_won=(amounts[0], amounts[1], amounts[2], amounts[3]),
        )


def quarter_of(d: date) -> int:
    """Calendar quarter 1–4 of ``d``."""
    return (d.month - 1) // 3 + 1


@dataclass(frozen=True)
class QuarterExecution:
    """One quarter: the plan, what was paid, and what is left, for the quarter and cumulatively."""

    quarter: int
    planned_won: int
    executed_won: int
    cumulative_planned_won: int
    cumulative_executed_won: int

    @property
    def remaining_won(self) -> int:
        """Planned minus executed in this quarter; negative when the quarter was overspent."""
        return self.planned_won - self.executed_won

    @property
    def cumulative_remaining_won(self) -> int:
        """Plan to date minus payments to date; negative when payments ran ahead of the plan."""
        return self.cumulative_planned_won - self.cumulative_executed_won


@dataclass(frozen=True)
class BudgetExecution:
    """The year's execution of an :class:`AllowanceBudget`."""

    year: int
    annual_won: int
    quarters: tuple[QuarterExecution, ...]
    executed_won: int

    @property
    def remaining_won(self) -> int:
        """Annual budget minus all payments; negative when the budget is overspent."""
        return self.annual_won - self.executed_won

    @property
    def execution_rate(self) -> float:
        """Executed share of the annual budget, 0.0–1.0 (above 1.0 when overspent; 0.0 for a zero budget)."""
        return self.executed_won / self.annual_won if self.annual_won else 0.0

    def quarter(self, number: int) -> QuarterExecution:
        """The figures of quarter ``number`` (1–4)."""
        if number not in (1, 2, 3, 4):
            raise InvalidValue("quarter_out_of_range", value=number)
        return self.quarters[number - 1]


def _checked_payments(budget: AllowanceBudget, payments: Sequence[tuple[date, int]]) -> list[tuple[date, int]]:
    checked: list[tuple[date, int]] = []
    for paid_on, amount in payments:
        if paid_on.year != budget.year:
            raise InvalidValue("payment_outside_budget_year", paid_on=paid_on, year=str(budget.year))
        checked.append((paid_on, _whole_won(amount, Term("지급액"), positive=True)))
    return checked


def _per_quarter(payments: Sequence[tuple[date, int]]) -> list[int]:
    totals = [0, 0, 0, 0]
    for paid_on, amount in payments:
        totals[quarter_of(paid_on) - 1] += amount
    return totals


def execution(budget: AllowanceBudget, payments: Sequence[tuple[date, int]]) -> BudgetExecution:
    """Per-quarter and yearly execution of ``budget`` by ``payments`` (date, amount in won).

    Every payment must fall in the budget's year and be a positive whole amount (else ``InvalidValue``).
    """
    executed = _per_quarter(_checked_payments(budget, payments))
    quarters: list[QuarterExecution] = []
    cumulative_planned = cumulative_executed = 0
    for index in range(4):
        cumulative_planned += budget.quarterly_won[index]
        cumulative_executed += executed[index]
        quarters.append(QuarterExecution(
            quarter=index + 1,
            planned_won=budget.quarterly_won[index],
            executed_won=executed[index],
            cumulative_planned_won=cumulative_planned,
            cumulative_executed_won=cumulative_executed,
        ))
    return BudgetExecution(
        year=budget.year, annual_won=budget.annual_won, quarters=tuple(quarters), executed_won=sum(executed),
    )


@dataclass(frozen=True)
class PaymentCheck:
    """What a new payment would do to the budget. It is a warning: the officer may still record it."""

    quarter: int
    exceeds_year: bool
    exceeds_quarter: bool
    exceeds_cumulative: bool
    year_excess_won: int
    quarter_excess_won: int
    cumulative_excess_won: int
    year_remaining_after_won: int
    warnings: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when the payment stays within the year, the quarter and the plan to date."""
        return not self.warnings

    @property
    def message(self) -> str:
        """All warnings in one Korean text; empty when :attr:`ok`."""
        return " ".join(self.warnings)

    def refuse_unless_allowed(self, allow_over_budget: bool) -> None:
        """Past the year's budget a booking needs the officer's yes to the warning (docs/업무규칙.md): else refused."""
        if self.exceeds_year and not allow_over_budget:
            raise DomainError(self.warnings[0], code="over_budget")


def checked_amount_won(amount_won: object, code: str) -> int:
    """A payment's or a spending's amount: a whole number of won above zero, else ``code`` names the value."""
    if isinstance(amount_won, bool) or not isinstance(amount_won, int) or amount_won <= 0:
        raise InvalidValue(code, value=repr(amount_won))
    return amount_won


def check_payment(
    budget: AllowanceBudget,
    payments: Sequence[tuple[date, int]],
    new_payment_date: date,
    amount: int,
    *,
    label: str = "수당 예산",
) -> PaymentCheck:
    """Check a new payment against the year's budget, its quarter's plan and the plan to date.

    ``payments`` are the payments already recorded in the budget's year. ``exceeds_quarter`` compares the
    quarter's payments with the quarter's plan; ``exceeds_cumulative`` compares payments from January to
    the end of that quarter with the plan to date, so unspent plan of earlier quarters counts. ``label`` names the
    plan in the warnings ("수당 예산", "교육 예산", "사업 전체 예산"): the programme budget (domain/budget.py) checks each
    line and the whole year with this one rule.
    """
    _whole_won(amount, Term("지급액"), positive=True)
    if new_payment_date.year != budget.year:
        raise InvalidValue("payment_outside_budget_year", paid_on=new_payment_date, year=str(budget.year))
    before = execution(budget, payments)
    quarter = quarter_of(new_payment_date)
    figures = before.quarter(quarter)
    year_after = before.executed_won + amount
    quarter_after = figures.executed_won + amount
    cumulative_after = figures.cumulative_executed_won + amount
    year_excess = max(0, year_after - budget.annual_won)
    quarter_excess = max(0, quarter_after - figures.planned_won)
    cumulative_excess = max(0, cumulative_after - figures.cumulative_planned_won)

    warnings: list[str] = []
    if year_excess:
        warnings.append(
            f"이 지급으로 {budget.year}년 {label} {format_won(budget.annual_won)}을 "
            f"{format_won(year_excess)} 초과합니다."
        )
    if quarter_excess:
        warnings.append(
            f"이 지급으로 {budget.year}년 {label} {quarter}분기 계획 {format_won(figures.planned_won)}을 "
            f"{format_won(quarter_excess)} 초과합니다."
        )
    if cumulative_excess and quarter > 1:
        warnings.append(
            f"이 지급으로 {budget.year}년 {label} {quarter}분기까지의 누적 계획 "
            f"{format_won(figures.cumulative_planned_won)}을 {format_won(cumulative_excess)} 초과합니다."
        )
    return PaymentCheck(
        quarter=quarter,
        exceeds_year=year_excess > 0,
        exceeds_quarter=quarter_excess > 0,
        exceeds_cumulative=cumulative_excess > 0,
        year_excess_won=year_excess,
        quarter_excess_won=quarter_excess,
        cumulative_excess_won=cumulative_excess,
        year_remaining_after_won=budget.annual_won - year_after,
        warnings=tuple(warnings),
    )


def _match_key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def conflict_of_interest(expert_affiliation: str, stakeholder_names_and_groups: Sequence[str]) -> list[str]:
    """Stakeholders (as given, in order) whose name or group matches the expert's affiliation.

    Both sides are normalised (NFKC — which includes NFC composition and maps ㈜ to (주) —, case-folded,
    whitespace removed). They match when equal, or when both have at least 2 characters and one contains
    the other: affiliation "인천환경운동연합" matches stakeholder "인천환경운동연합 (시민단체)".
    An empty affiliation matches nothing.
    """
    affiliation = _match_key(expert_affiliation)
    if not affiliation:
        return []
    matches: list[str] = []
    for stakeholder in stakeholder_names_and_groups:
        key = _match_key(stakeholder)
        if not key:
            continue
        if key == affiliation or (
            min(len(key), len(affiliation)) >= 2 and (key in affiliation or affiliation in key)
        ):
            matches.append(stakeholder)
    return matches


class PaymentDateConcern(Enum):
    """Why a payment's date deserves a second look before it is booked (docs: 수당 지급일 확인)."""

    OTHER_YEAR = "other_year"  # not in the year the officer is looking at
    CLOSED_QUARTER = "closed_quarter"  # in a quarter that ended before today's quarter began


def payment_date_concerns(paid_on: date, shown_year: int, today: date) -> tuple[PaymentDateConcern, ...]:
    """What to ask about ``paid_on`` before booking it while ``shown_year`` is on screen (empty: book it)."""
    concerns = []
    if paid_on.year != shown_year:
        concerns.append(PaymentDateConcern.OTHER_YEAR)
    if (paid_on.year, quarter_of(paid_on)) < (today.year, quarter_of(today)):
        concerns.append(PaymentDateConcern.CLOSED_QUARTER)
    return tuple(concerns)
