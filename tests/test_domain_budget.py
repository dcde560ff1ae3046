"""The programme budget's rules on hand-made data: bookings across lines and quarters, the overrun warning."""

from __future__ import annotations

from datetime import date

import pytest

from conflictdesk.domain.allowances import AllowanceBudget
from conflictdesk.domain.budget import (
    DEFAULT_LINES,
    Booking,
    LinePlan,
    check_booking,
    checked_line_names,
    line_executions,
    total_plan,
)
from conflictdesk.domain.errors import InvalidValue

# The seed: 12 백만원 a year, 3 per quarter, over four lines.
PLANS = [
    LinePlan("수당", AllowanceBudget(2020, 8_000_000, (2_000_000,) * 4)),
    LinePlan("교육", AllowanceBudget(2020, 3_000_000, (750_000,) * 4)),
    LinePlan("용역", AllowanceBudget(2020, 0, (0,) * 4)),
    LinePlan("기타", AllowanceBudget(2020, 1_000_000, (250_000,) * 4)),
]
BOOKINGS = [
    Booking("수당", date(2020, 2, 10), 1_500_000, "allowance"),
    Booking("교육", date(2020, 5, 20), 500_000, "training"),
    Booking("기타", date(2020, 3, 12), 200_000),
    Booking("수당", date(2020, 8, 1), 1_900_000, "allowance"),
]


def test_total_plan_is_the_sum_of_the_lines() -> None:
    whole = total_plan(2020, PLANS)
    assert whole.annual_won == 12_000_000 and whole.quarterly_won == (3_000_000,) * 4


def test_execution_per_line_and_quarter() -> None:
    figures = dict(line_executions(PLANS, BOOKINGS))
    assert [q.executed_won for q in figures["수당"].quarters] == [1_500_000, 0, 1_900_000, 0]
    assert figures["수당"].remaining_won == 4_600_000
    assert figures["교육"].quarter(2).remaining_won == 250_000
    assert figures["용역"].executed_won == 0
    assert figures["기타"].quarter(1).remaining_won == 50_000


@pytest.mark.parametrize(
    ("line", "on", "amount", "quarter", "year", "expected"),
    [
        # within the line's quarter and the programme's quarter: no warning
        ("수당", date(2020, 2, 20), 500_000, False, False, []),
        # the line's quarter overruns (2,000,000), the programme's quarter (3,000,000) does not
        ("수당", date(2020, 2, 20), 600_000, True, False, ["수당 예산 1분기 계획 2,000,000원을 100,000원 초과"]),
        # the 교육 line's 2nd quarter (750,000) overruns; unspent 1st quarter keeps the plan to date whole
        ("교육", date(2020, 6, 1), 300_000, True, False, ["교육 예산 2분기 계획 750,000원을 50,000원 초과"]),
        # 용역 plans nothing: any booking overruns its line's year and quarter
        ("용역", date(2020, 10, 5), 100_000, True, True,
         ["용역 예산 0원을 100,000원 초과", "용역 예산 4분기 계획 0원을 100,000원 초과"]),
        # the 기타 line's first quarter and the programme's first quarter (3,000,000 with 1,700,000 spent)
        ("기타", date(2020, 1, 30), 1_400_000, True, True,
         ["기타 예산 1,000,000원을 600,000원 초과", "기타 예산 1분기 계획 250,000원을 1,350,000원 초과",
          "사업 전체 예산 1분기 계획 3,000,000원을 100,000원 초과"]),
        # a big allowance overruns the line's year and the programme's 3rd quarter and plan to date
        ("수당", date(2020, 9, 30), 5_000_000, True, True,
         ["수당 예산 8,000,000원을 400,000원 초과", "사업 전체 예산 3분기 계획 3,000,000원을 3,900,000원 초과"]),
    ],
)
def test_booking_check_across_lines_and_quarters(
    line: str, on: date, amount: int, quarter: bool, year: bool, expected: list[str],
) -> None:
    check = check_booking(PLANS, BOOKINGS, line, on, amount)
    assert check.exceeds_quarter is quarter
    assert check.exceeds_year is year
    assert check.ok is not expected
    for text in expected:
        assert text in check.message, check.message


def test_one_line_plans_everything_so_the_whole_is_not_warned_twice() -> None:
    only = [LinePlan("수당", AllowanceBudget(2021)), LinePlan("교육", AllowanceBudget(2021, 0, (0,) * 4))]
    check = check_booking(only, [], "수당", date(2021, 4, 1), 3_500_000)
    assert check.warnings == ("이 지급으로 2021년 수당 예산 2분기 계획 3,000,000원을 500,000원 초과합니다.",)


def test_unknown_line_is_refused() -> None:
    with pytest.raises(InvalidValue) as exc:
        check_booking(PLANS, BOOKINGS, "홍보", date(2020, 1, 1), 1)
    assert exc.value.code == "budget_line_unknown" and "홍보" in exc.value.message


@pytest.mark.parametrize(
    ("names", "result", "code"),
    [
        (list(DEFAULT_LINES), DEFAULT_LINES, None),
        ([" 수당 ", "교육", "", "홍보  인쇄"], ("수당", "교육", "홍보 인쇄"), None),
        (["수당", "용역"], None, "budget_line_required"),
        (["수당", "교육", "수당"], None, "budget_line_duplicate"),
        (["수당", "교육", "가" * 21], None, "value_too_long"),
    ],
)
def test_line_names_setting(names: list[str], result: tuple[str, ...] | None, code: str | None) -> None:
    if code is None:
        assert checked_line_names(names) == result
    else:
        with pytest.raises(InvalidValue) as exc:
            checked_line_names(names)
        assert exc.value.code == code
