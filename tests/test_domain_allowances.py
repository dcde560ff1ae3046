"""Tests of the expert allowance budget and conflict-of-interest matching (conflictdesk.domain.allowances)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.allowances import (
    AllowanceBudget,
    check_payment,
    conflict_of_interest,
    execution,
    format_won,
    quarter_of,
)
from conflictdesk.domain.errors import InvalidValue

BUDGET_2020 = AllowanceBudget(2020)


def test_default_budget_is_the_2020_plan() -> None:
    assert BUDGET_2020.annual_won == 12_000_000
    assert BUDGET_2020.quarterly_won == (3_000_000, 3_000_000, 3_000_000, 3_000_000)
    assert BUDGET_2020.quarterly_total_won == 12_000_000


@pytest.mark.parametrize(
    "budget",
    [
        AllowanceBudget(2020),
        AllowanceBudget(2021, 10_000_000, (1_000_000, 2_000_000, 3_000_000, 4_000_000)),
        AllowanceBudget(2022, 0, (0, 0, 0, 0)),
    ],
)
def test_budget_dict_round_trip(budget: AllowanceBudget) -> None:
    assert AllowanceBudget.from_dict(budget.to_dict()) == budget


def test_budget_to_dict_shape() -> None:
    assert AllowanceBudget(2020).to_dict() == {
        "year": 2020,
        "annual_won": 12_000_000,
        "quarterly_won": [3_000_000, 3_000_000, 3_000_000, 3_000_000],
    }


def test_budget_from_dict_defaults() -> None:
    assert AllowanceBudget.from_dict({"year": 2020}) == BUDGET_2020


def test_budget_accepts_a_list_for_the_quarters() -> None:
    budget = AllowanceBudget(2020, 4, [1, 1, 1, 1])  # type: ignore[arg-type]
    assert budget.quarterly_won == (1, 1, 1, 1)
    assert hash(budget) == hash(AllowanceBudget(2020, 4, (1, 1, 1, 1)))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"year": 2020, "annual_won": -1},
        {"year": 2020, "annual_won": 1.5},
        {"year": 2020, "annual_won": True},
        {"year": 2020, "quarterly_won": (1, 2, 3)},
        {"year": 2020, "quarterly_won": (1, 2, 3, 4, 5)},
        {"year": 2020, "quarterly_won": (1, 2, 3, -4)},
        {"year": 0},
        {"year": "2020"},
    ],
)
def test_budget_refuses_bad_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        AllowanceBudget(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "data",
    [{}, {"year": "2020"}, {"year": 2020, "quarterly_won": "3000000"}, {"year": 2020, "annual_won": "12,000,000"}],
)
def test_budget_from_dict_refuses_bad_data(data: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        AllowanceBudget.from_dict(data)


@pytest.mark.parametrize(
    ("d", "quarter"),
    [
        (date(2020, 1, 1), 1), (date(2020, 3, 31), 1), (date(2020, 4, 1), 2), (date(2020, 6, 30), 2),
        (date(2020, 7, 1), 3), (date(2020, 9, 30), 3), (date(2020, 10, 1), 4), (date(2020, 12, 31), 4),
    ],
)
def test_quarter_of_boundaries(d: date, quarter: int) -> None:
    assert quarter_of(d) == quarter


PAYMENTS_2020 = [
    (date(2020, 2, 10), 1_000_000),
    (date(2020, 3, 31), 1_500_000),
    (date(2020, 4, 1), 4_000_000),  # Q2 overspent by 1,000,000
    (date(2020, 11, 20), 500_000),
]


def test_execution_per_quarter_and_cumulative() -> None:
    result = execution(BUDGET_2020, PAYMENTS_2020)
    assert result.year == 2020
    assert [q.quarter for q in result.quarters] == [1, 2, 3, 4]
    assert [q.planned_won for q in result.quarters] == [3_000_000] * 4
    assert [q.executed_won for q in result.quarters] == [2_500_000, 4_000_000, 0, 500_000]
    assert [q.remaining_won for q in result.quarters] == [500_000, -1_000_000, 3_000_000, 2_500_000]
    assert [q.cumulative_planned_won for q in result.quarters] == [3_000_000, 6_000_000, 9_000_000, 12_000_000]
    assert [q.cumulative_executed_won for q in result.quarters] == [2_500_000, 6_500_000, 6_500_000, 7_000_000]
    assert [q.cumulative_remaining_won for q in result.quarters] == [500_000, -500_000, 2_500_000, 5_000_000]
    assert result.executed_won == 7_000_000
    assert result.remaining_won == 5_000_000
    assert result.execution_rate == pytest.approx(7 / 12)
    assert result.quarter(2).executed_won == 4_000_000


def test_execution_without_payments() -> None:
    result = execution(BUDGET_2020, [])
    assert result.executed_won == 0
    assert result.remaining_won == 12_000_000
    assert all(q.remaining_won == 3_000_000 for q in result.quarters)
    assert result.execution_rate == 0.0


def test_execution_rate_of_a_zero_budget() -> None:
    assert execution(AllowanceBudget(2020, 0, (0, 0, 0, 0)), [(date(2020, 5, 1), 10)]).execution_rate == 0.0


@pytest.mark.parametrize("number", [0, 5, -1])
def test_execution_quarter_lookup_refuses_bad_numbers(number: int) -> None:
    with pytest.raises(InvalidValue):
        execution(BUDGET_2020, []).quarter(number)


@pytest.mark.parametrize(
    "payments",
    [
        [(date(2021, 1, 5), 100_000)],  # another year's payment
        [(date(2019, 12, 31), 100_000)],
        [(date(2020, 1, 5), 0)],
        [(date(2020, 1, 5), -100_000)],
        [(date(2020, 1, 5), 1.5)],
    ],
)
def test_execution_refuses_bad_payments(payments: list[tuple[date, int]]) -> None:
    with pytest.raises(InvalidValue):
        execution(BUDGET_2020, payments)


def test_check_payment_within_budget() -> None:
    # Q3 plan 3,000,000 (nothing paid yet); plan to date 9,000,000 with 6,500,000 paid → 2,500,000 fits.
    check = check_payment(BUDGET_2020, PAYMENTS_2020, date(2020, 7, 15), 2_500_000)
    assert check.quarter == 3
    assert (check.exceeds_year, check.exceeds_quarter, check.exceeds_cumulative) == (False, False, False)
    assert check.ok
    assert check.message == ""
    assert check.year_remaining_after_won == 2_500_000
    # One won more runs ahead of the plan to date, though still within the quarter and the year.
    over = check_payment(BUDGET_2020, PAYMENTS_2020, date(2020, 7, 15), 2_500_001)
    assert (over.exceeds_year, over.exceeds_quarter, over.exceeds_cumulative) == (False, False, True)
    assert over.cumulative_excess_won == 1


def test_check_payment_exactly_uses_up_the_quarter_and_year() -> None:
    payments = [(date(2020, m, 1), 3_000_000) for m in (1, 4, 7)]
    check = check_payment(BUDGET_2020, payments, date(2020, 12, 31), 3_000_000)
    assert check.ok  # equal to the plan is not over it
    assert check.year_remaining_after_won == 0


def test_check_payment_over_the_year_budget() -> None:
    payments = [(date(2020, m, 1), 3_000_000) for m in (1, 4, 7, 10)]
    check = check_payment(BUDGET_2020, payments, date(2020, 12, 1), 500_000)
    assert check.exceeds_year
    assert check.year_excess_won == 500_000
    assert check.exceeds_quarter
    assert check.quarter_excess_won == 500_000
    assert check.year_remaining_after_won == -500_000
    assert "이 지급으로 2020년 수당 예산 12,000,000원을 500,000원 초과합니다" in check.message
    assert "4분기 계획 3,000,000원을 500,000원 초과합니다" in check.message


def test_check_payment_over_the_quarter_but_within_the_plan_to_date() -> None:
    # Q1 left 3,000,000 unused; a 4,000,000 payment in Q2 exceeds the Q2 plan but not the plan to date.
    check = check_payment(BUDGET_2020, [], date(2020, 5, 20), 4_000_000)
    assert check.quarter == 2
    assert check.exceeds_quarter and check.quarter_excess_won == 1_000_000
    assert not check.exceeds_cumulative and check.cumulative_excess_won == 0
    assert not check.exceeds_year
    assert check.warnings == ("이 지급으로 2020년 수당 예산 2분기 계획 3,000,000원을 1,000,000원 초과합니다.",)


def test_check_payment_over_the_plan_to_date() -> None:
    check = check_payment(BUDGET_2020, PAYMENTS_2020, date(2020, 6, 1), 100_000)
    # Q2 already 4,000,000 of 3,000,000; cumulative 6,600,000 of 6,000,000.
    assert check.exceeds_quarter and check.quarter_excess_won == 1_100_000
    assert check.exceeds_cumulative and check.cumulative_excess_won == 600_000
    assert "2분기까지의 누적 계획 6,000,000원을 600,000원 초과합니다" in check.message
    assert not check.exceeds_year


def test_first_quarter_has_no_separate_cumulative_warning() -> None:
    check = check_payment(BUDGET_2020, [], date(2020, 2, 1), 3_500_000)
    assert check.exceeds_quarter and check.exceeds_cumulative
    assert len(check.warnings) == 1


@pytest.mark.parametrize("amount", [0, -1, -500_000])
def test_check_payment_refuses_non_positive_amounts(amount: int) -> None:
    with pytest.raises(InvalidValue):
        check_payment(BUDGET_2020, [], date(2020, 5, 1), amount)


def test_check_payment_refuses_another_year() -> None:
    with pytest.raises(InvalidValue, match="2020년 수당 예산"):
        check_payment(BUDGET_2020, [], date(2021, 1, 2), 100_000)


@pytest.mark.parametrize(("amount", "text"), [(0, "0원"), (500_000, "500,000원"), (12_000_000, "12,000,000원")])
def test_format_won(amount: int, text: str) -> None:
    assert format_won(amount) == text


payment_lists = st.lists(
    st.tuples(st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 12, 31)),
              st.integers(min_value=1, max_value=5_000_000)),
    max_size=12,
)


@given(payment_lists)
def test_execution_totals_add_up(payments: list[tuple[date, int]]) -> None:
    result = execution(BUDGET_2020, payments)
    assert result.executed_won == sum(amount for _, amount in payments)
    assert sum(q.executed_won for q in result.quarters) == result.executed_won
    assert result.quarters[-1].cumulative_executed_won == result.executed_won
    assert result.remaining_won + result.executed_won == 12_000_000


@given(payment_lists, st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 12, 31)),
       st.integers(min_value=1, max_value=20_000_000))
def test_check_payment_agrees_with_execution_after_the_payment(
    payments: list[tuple[date, int]], when: date, amount: int
) -> None:
    check = check_payment(BUDGET_2020, payments, when, amount)
    after = execution(BUDGET_2020, [*payments, (when, amount)])
    assert check.exceeds_year == (after.remaining_won < 0)
    assert check.exceeds_quarter == (after.quarter(quarter_of(when)).remaining_won < 0)
    assert check.exceeds_cumulative == (after.quarter(quarter_of(when)).cumulative_remaining_won < 0)
    assert check.year_remaining_after_won == after.remaining_won
    assert check.ok == (not (check.exceeds_year or check.exceeds_quarter or check.exceeds_cumulative))


STAKEHOLDERS = ["인천환경운동연합 (시민단체)", "송도주민대책위원회", "홍길동", "인천대학교 교수회", "", "Acme Corp"]


@pytest.mark.parametrize(
    ("affiliation", "expected"),
    [
        ("인천환경운동연합", ["인천환경운동연합 (시민단체)"]),  # the stakeholder contains the affiliation
        ("인천 환경운동 연합", ["인천환경운동연합 (시민단체)"]),  # spaces ignored
        ("송도주민대책위원회 자문단", ["송도주민대책위원회"]),  # the affiliation contains the stakeholder
        ("인천대학교", ["인천대학교 교수회"]),
        ("ACME corp", ["Acme Corp"]),  # case-insensitive
        ("서울대학교", []),
        ("", []),
        ("   ", []),
        ("홍", []),  # one character never matches by containment
    ],
)
def test_conflict_of_interest(affiliation: str, expected: list[str]) -> None:
    assert conflict_of_interest(affiliation, STAKEHOLDERS) == expected


def test_conflict_of_interest_keeps_the_input_order_and_text() -> None:
    stakeholders = ["환경연합 인천지부", "주민", "인천 환경연합"]
    assert conflict_of_interest("인천환경연합", stakeholders) == ["인천 환경연합"]
    assert conflict_of_interest("환경연합", stakeholders) == ["환경연합 인천지부", "인천 환경연합"]


def test_conflict_of_interest_normalises_unicode() -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "인천환경운동연합")
    assert conflict_of_interest(decomposed, ["인천환경운동연합"]) == ["인천환경운동연합"]
    assert conflict_of_interest("㈜한빛건설", ["(주)한빛건설"]) == ["(주)한빛건설"]


def test_single_characters_match_only_when_equal() -> None:
    assert conflict_of_interest("A", ["A", "AB", "BA"]) == ["A"]
    assert conflict_of_interest("AB", ["A", "B"]) == []


@given(st.text(min_size=2, max_size=8).filter(lambda s: len("".join(s.split())) >= 2), st.text(max_size=6))
def test_stakeholder_containing_the_affiliation_always_matches(affiliation: str, suffix: str) -> None:
    stakeholder = affiliation + suffix
    assert conflict_of_interest(affiliation, [stakeholder]) == [stakeholder]
