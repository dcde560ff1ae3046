"""Tests of Korean working days and review due dates (conflictdesk.domain.calendar)."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain import calendar as calendar_module
from conflictdesk.domain.calendar import (
    DEFAULT_REVIEW_RULE,
    DueRule,
    ReviewRule,
    days_until,
    is_overdue,
    is_working_day,
    korean_holidays,
    last_working_day_of_month,
    previous_working_day,
    review_due_date,
)
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.rounds import RoundId

# Due date of every round's review under the default rule (last working day of January / July).
# Worked out by hand from the weekday of the 31st (1 Jan of 2019 is a Tuesday, +365 days = +1 weekday,
# +366 = +2; 31 Jan = 1 Jan + 30 days = +2 weekdays; 1 Jul = 1 Jan + 181 days (182 in leap years))
# and the Korean holidays of late January (설날 falls between 21 Jan and 20 Feb). July has no public
# holiday near its end (제헌절 on 17 July is a holiday again from 2026 but never the last working day).
DUE_DATES: list[tuple[str, date, str]] = [
    # 2019: 1 Jan Tue → 31 Jan Thu; 설날 2019-02-04..06 is in February.
    ("2019-1", date(2019, 1, 31), "Thu, no holiday"),
    # 1 Jul 2019 Mon → 31 Jul Wed.
    ("2019-2", date(2019, 7, 31), "Wed"),
    # 2020: 1 Jan Wed → 31 Jan Fri; 설날 2020-01-24..26 + 대체 27 Mon all end before the 31st.
    ("2020-1", date(2020, 1, 31), "Fri, 설날 holidays 24–27 Jan are earlier"),
    # 1 Jul 2020 Wed → 31 Jul Fri (the 2020 임시공휴일 was 17 Aug).
    ("2020-2", date(2020, 7, 31), "Fri"),
    # 2021: 1 Jan Fri → 31 Jan Sun → Sat 30 → Fri 29.
    ("2021-1", date(2021, 1, 29), "31 Sun, 30 Sat"),
    # 1 Jul 2021 Thu → 31 Jul Sat → Fri 30.
    ("2021-2", date(2021, 7, 30), "31 Sat"),
    # 2022: 1 Jan Sat → 31 Jan Mon = 설날 전날 (설날 2022-02-01); 30 Sun, 29 Sat → Fri 28.
    ("2022-1", date(2022, 1, 28), "31 Mon 설날 전날, 30 Sun, 29 Sat"),
    # 1 Jul 2022 Fri → 31 Jul Sun → Sat 30 → Fri 29.
    ("2022-2", date(2022, 7, 29), "31 Sun, 30 Sat"),
    # 2023: 1 Jan Sun → 31 Jan Tue; 설날 2023-01-21..23 + 대체 24 Tue are earlier.
    ("2023-1", date(2023, 1, 31), "Tue, 설날 holidays 21–24 Jan are earlier"),
    # 1 Jul 2023 Sat → 31 Jul Mon.
    ("2023-2", date(2023, 7, 31), "Mon"),
    # 2024: 1 Jan Mon → 31 Jan Wed; 설날 2024-02-09..12 is in February.
    ("2024-1", date(2024, 1, 31), "Wed"),
    # 1 Jul 2024 Mon (leap year: +182 days) → 31 Jul Wed.
    ("2024-2", date(2024, 7, 31), "Wed"),
    # 2025: 1 Jan Wed → 31 Jan Fri; 임시공휴일 27 Jan and 설날 28–30 Jan, but Fri 31 was a working day.
    ("2025-1", date(2025, 1, 31), "Fri, holidays 27–30 Jan are earlier"),
    # 1 Jul 2025 Tue → 31 Jul Thu.
    ("2025-2", date(2025, 7, 31), "Thu"),
    # 2026: 1 Jan Thu → 31 Jan Sat → Fri 30; 설날 2026-02-16..18.
    ("2026-1", date(2026, 1, 30), "31 Sat"),
    # 1 Jul 2026 Wed → 31 Jul Fri (제헌절 17 Jul is a holiday again, far from the end).
    ("2026-2", date(2026, 7, 31), "Fri"),
    # 2027: 1 Jan Fri → 31 Jan Sun → Sat 30 → Fri 29; 설날 2027-02-06..09.
    ("2027-1", date(2027, 1, 29), "31 Sun, 30 Sat"),
    # 1 Jul 2027 Thu → 31 Jul Sat → Fri 30 (제헌절 대체 19 Jul is earlier).
    ("2027-2", date(2027, 7, 30), "31 Sat"),
    # 2028: 1 Jan Sat → 31 Jan Mon; 설날 2028-01-26..28 (Wed–Fri) end before the weekend.
    ("2028-1", date(2028, 1, 31), "Mon, 설날 holidays 26–28 Jan are earlier"),
    # 1 Jul 2028 Sat (leap year) → 31 Jul Mon.
    ("2028-2", date(2028, 7, 31), "Mon"),
    # 2029: 1 Jan Mon → 31 Jan Wed; 설날 2029-02-12..14.
    ("2029-1", date(2029, 1, 31), "Wed"),
    # 1 Jul 2029 Sun → 31 Jul Tue.
    ("2029-2", date(2029, 7, 31), "Tue"),
    # 2030: 1 Jan Tue → 31 Jan Thu; 설날 2030-02-02..05.
    ("2030-1", date(2030, 1, 31), "Thu"),
    # 1 Jul 2030 Mon → 31 Jul Wed.
    ("2030-2", date(2030, 7, 31), "Wed"),
]


def test_table_covers_every_round_2019_to_2030() -> None:
    expected = [f"{year}-{half}" for year in range(2019, 2031) for half in (1, 2)]
    assert [row[0] for row in DUE_DATES] == expected


@pytest.mark.parametrize(("round_text", "due", "why"), DUE_DATES, ids=[row[0] for row in DUE_DATES])
def test_review_due_date_every_round(round_text: str, due: date, why: str) -> None:
    round_id = RoundId.parse(round_text)
    assert review_due_date(round_id) == due, why
    assert review_due_date(round_id, DEFAULT_REVIEW_RULE, frozenset()) == due
    # Cross-check the hand-made table: the due date is a working day in the round's month, and every
    # later day of that month is a weekend day or a public holiday.
    assert due.month == round_id.month and due.weekday() < 5
    holidays_of_year = korean_holidays(due.year)
    assert due not in holidays_of_year
    later = due + timedelta(days=1)
    while later.month == due.month:
        assert later.weekday() >= 5 or later in holidays_of_year, later
        later += timedelta(days=1)


def _last_weekday_of_month(year: int, month: int) -> date:
    day = date(year, month, 31)  # January and July both have 31 days
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def test_only_2022_1_moves_because_of_a_public_holiday() -> None:
    moved = [
        str(round_id)
        for round_id in (RoundId(year, half) for year in range(2019, 2031) for half in (1, 2))
        if review_due_date(round_id) != _last_weekday_of_month(round_id.year, round_id.month)
    ]
    assert moved == ["2022-1"]


def test_holidays_are_read_once_per_year(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = holidays.country_holidays

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(kwargs.get("years"))
        assert kwargs.get("language") == "ko"
        return real(*args, **kwargs)  # type: ignore[arg-type]

    calendar_module._holidays_of_year.cache_clear()
    monkeypatch.setattr(holidays, "country_holidays", counting)
    try:
        korean_holidays(2031)
        korean_holidays(2031)
        is_working_day(date(2031, 1, 31))
        review_due_date(RoundId(2031, 1))
        assert calls == [2031]
    finally:
        calendar_module._holidays_of_year.cache_clear()


@pytest.mark.parametrize(
    ("d", "name"),
    [
        (date(2022, 1, 31), "설날 전날"),
        (date(2020, 1, 27), "설날 대체 휴일"),  # substitute holiday
        (date(2025, 1, 27), "임시공휴일"),  # temporary holiday
        (date(2022, 6, 1), "지방선거일"),  # election day
        (date(2024, 10, 1), "국군의 날"),  # temporary holiday of 2024
        (date(2027, 12, 27), "기독탄신일 대체 휴일"),
        (date(2026, 7, 17), "제헌절"),
    ],
)
def test_korean_holidays_names_in_korean(d: date, name: str) -> None:
    assert korean_holidays(d.year)[d] == name


def test_korean_holidays_returns_a_copy_of_the_cached_table() -> None:
    table = korean_holidays(2022)
    table.clear()
    assert date(2022, 1, 31) in korean_holidays(2022)
    assert is_working_day(date(2022, 1, 31)) is False


def test_korean_holidays_contains_only_that_year() -> None:
    assert {d.year for d in korean_holidays(2023)} == {2023}


@pytest.mark.parametrize(
    ("d", "working"),
    [
        (date(2024, 1, 31), True),  # ordinary Wednesday
        (date(2024, 2, 3), False),  # Saturday
        (date(2024, 2, 4), False),  # Sunday
        (date(2024, 2, 12), False),  # 설날 대체 휴일 (Monday)
        (date(2024, 2, 13), True),
        (date(2022, 1, 31), False),  # 설날 전날 (Monday)
        (date(2025, 1, 27), False),  # 임시공휴일 (Monday)
        (date(2025, 1, 31), True),  # Friday after 설날
        (date(2022, 6, 1), False),  # 지방선거일 (Wednesday)
        (date(2024, 5, 1), True),  # 근로자의 날 is no public holiday for officers
        (date(2021, 8, 16), False),  # 광복절 대체 휴일
    ],
)
def test_is_working_day(d: date, working: bool) -> None:
    assert is_working_day(d) is working


def test_is_working_day_with_extra_holidays() -> None:
    d = date(2024, 1, 31)
    assert is_working_day(d, frozenset({d})) is False
    assert is_working_day(d, frozenset({d + timedelta(days=1)})) is True


@pytest.mark.parametrize(
    ("d", "extra", "expected"),
    [
        (date(2024, 1, 31), frozenset(), date(2024, 1, 31)),  # a working day is its own answer
        (date(2024, 2, 4), frozenset(), date(2024, 2, 2)),  # Sunday → Friday
        (date(2024, 2, 12), frozenset(), date(2024, 2, 8)),  # 설날 9–12 Feb + weekend → Thu 8
        (date(2020, 1, 27), frozenset(), date(2020, 1, 23)),  # 설날 24–27 Jan 2020 → Thu 23
        (date(2025, 1, 30), frozenset(), date(2025, 1, 24)),  # 27–30 Jan 2025 + weekend → Fri 24
        (date(2024, 1, 31), frozenset({date(2024, 1, 31), date(2024, 1, 30)}), date(2024, 1, 29)),
        (date(2024, 1, 1), frozenset(), date(2023, 12, 29)),  # crosses the year: 신정 → Fri 29 Dec
    ],
)
def test_previous_working_day(d: date, extra: frozenset[date], expected: date) -> None:
    assert previous_working_day(d, extra) == expected


@pytest.mark.parametrize(
    ("round_text", "extra", "expected", "why"),
    [
        # Friday 31 Jan 2025 made a holiday: Thu 30–Mon 27 are 설날/임시공휴일, 26–25 weekend → Fri 24.
        ("2025-1", {date(2025, 1, 31)}, date(2025, 1, 24), "extra holiday joins 설날"),
        # Monday 31 Jan 2028 made a holiday: weekend 29–30, 설날 26–28 → Tue 25.
        ("2028-1", {date(2028, 1, 31)}, date(2028, 1, 25), "extra holiday joins 설날"),
        ("2020-2", {date(2020, 7, 31)}, date(2020, 7, 30), "Friday off → Thursday"),
        ("2021-2", {date(2021, 7, 30)}, date(2021, 7, 29), "Friday off after moving from Saturday"),
        ("2021-1", {date(2021, 1, 31)}, date(2021, 1, 29), "an extra holiday on a Sunday changes nothing"),
        ("2024-1", {date(2024, 2, 1)}, date(2024, 1, 31), "an extra holiday in another month is ignored"),
        ("2023-2", {date(2023, 7, 31), date(2023, 7, 28)}, date(2023, 7, 27), "two extra holidays"),
    ],
)
def test_review_due_date_with_extra_holidays(
    round_text: str, extra: set[date], expected: date, why: str
) -> None:
    assert review_due_date(RoundId.parse(round_text), extra_holidays=frozenset(extra)) == expected, why


def test_review_due_date_with_a_whole_month_of_extra_holidays_moves_into_the_previous_month() -> None:
    january = frozenset(date(2024, 1, d) for d in range(1, 32))
    assert review_due_date(RoundId(2024, 1), extra_holidays=january) == date(2023, 12, 29)


@pytest.mark.parametrize(
    ("rule", "round_text", "expected"),
    [
        # One month after the round's month: February / August.
        (ReviewRule(month_offset=1), "2024-1", date(2024, 2, 29)),  # leap day, a Thursday
        (ReviewRule(month_offset=1), "2024-2", date(2024, 8, 30)),  # 31 Aug 2024 is a Saturday
        (ReviewRule(month_offset=5), "2024-1", date(2024, 6, 28)),  # 30 Jun 2024 is a Sunday
        # Offsets past December roll into the next year.
        (ReviewRule(month_offset=6), "2024-2", date(2025, 1, 31)),
        (ReviewRule(month_offset=11), "2024-2", date(2025, 6, 30)),  # Monday
        # Explicit months per half.
        (ReviewRule(first_half_month=3, second_half_month=9), "2024-1", date(2024, 3, 29)),
        (ReviewRule(first_half_month=3, second_half_month=9), "2024-2", date(2024, 9, 30)),
        # The explicit month wins over the offset; the other half still uses the offset.
        (ReviewRule(month_offset=1, first_half_month=3), "2024-1", date(2024, 3, 29)),
        (ReviewRule(month_offset=1, first_half_month=3), "2024-2", date(2024, 8, 30)),
        # A fixed day of the month, moved back over weekends and holidays.
        (ReviewRule(rule=DueRule.DAY_OF_MONTH, day=15), "2024-1", date(2024, 1, 15)),
        (ReviewRule(rule=DueRule.DAY_OF_MONTH, day=31), "2022-1", date(2022, 1, 28)),
        (ReviewRule(rule=DueRule.DAY_OF_MONTH, day=12), "2024-1", date(2024, 1, 12)),
        (ReviewRule(rule=DueRule.DAY_OF_MONTH, day=14), "2024-1", date(2024, 1, 12)),  # Sunday
        (ReviewRule(rule=DueRule.DAY_OF_MONTH, day=1), "2024-1", date(2023, 12, 29)),  # 신정
        (ReviewRule(rule=DueRule.DAY_OF_MONTH, day=31, month_offset=1), "2023-1", date(2023, 2, 28)),
        (ReviewRule(rule=DueRule.DAY_OF_MONTH, day=12, month_offset=1), "2024-1", date(2024, 2, 8)),
    ],
)
def test_review_rule_variants(rule: ReviewRule, round_text: str, expected: date) -> None:
    assert review_due_date(RoundId.parse(round_text), rule) == expected


def test_review_rule_defaults() -> None:
    rule = ReviewRule()
    assert rule == DEFAULT_REVIEW_RULE
    assert rule.rule is DueRule.LAST_WORKING_DAY
    assert rule.due_month(RoundId(2020, 1)) == (2020, 1)
    assert rule.due_month(RoundId(2020, 2)) == (2020, 7)


def test_review_rule_accepts_the_rule_code_as_text() -> None:
    assert ReviewRule(rule="day_of_month", day=10).rule is DueRule.DAY_OF_MONTH  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "rule",
    [
        ReviewRule(),
        ReviewRule(month_offset=3),
        ReviewRule(first_half_month=2, second_half_month=8),
        ReviewRule(rule=DueRule.DAY_OF_MONTH, day=20, month_offset=1, second_half_month=12),
    ],
)
def test_review_rule_dict_round_trip(rule: ReviewRule) -> None:
    data = rule.to_dict()
    assert ReviewRule.from_dict(data) == rule
    assert set(data) == {"rule", "month_offset", "first_half_month", "second_half_month", "day"}


def test_review_rule_to_dict_values() -> None:
    assert ReviewRule(rule=DueRule.DAY_OF_MONTH, day=20).to_dict() == {
        "rule": "day_of_month",
        "month_offset": 0,
        "first_half_month": None,
        "second_half_month": None,
        "day": 20,
    }


def test_review_rule_from_dict_defaults_and_unknown_keys() -> None:
    assert ReviewRule.from_dict({}) == ReviewRule()
    assert ReviewRule.from_dict({"month_offset": None, "comment": "x"}) == ReviewRule()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"month_offset": -1},
        {"month_offset": 12},
        {"month_offset": True},
        {"first_half_month": 0},
        {"second_half_month": 13},
        {"rule": DueRule.DAY_OF_MONTH},  # day missing
        {"rule": DueRule.DAY_OF_MONTH, "day": 0},
        {"rule": DueRule.DAY_OF_MONTH, "day": 32},
        {"day": 15},  # day without the day-of-month rule
        {"rule": "first_monday"},
    ],
)
def test_review_rule_refuses_bad_settings(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        ReviewRule(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "data",
    [
        {"rule": "first_monday"},
        {"rule": None},
        {"month_offset": "1"},
        {"month_offset": 1.0},
        {"first_half_month": 13},
        {"day": 10},
        {"rule": "day_of_month"},
    ],
)
def test_review_rule_from_dict_refuses_bad_data(data: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        ReviewRule.from_dict(data)


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [
        (2022, 1, date(2022, 1, 28)),
        (2024, 2, date(2024, 2, 29)),
        (2023, 2, date(2023, 2, 28)),  # Tuesday
        (2023, 9, date(2023, 9, 27)),  # 추석 28–30 Sep
        (2025, 5, date(2025, 5, 30)),  # 31 May 2025 is a Saturday
    ],
)
def test_last_working_day_of_month(year: int, month: int, expected: date) -> None:
    assert last_working_day_of_month(year, month) == expected


@pytest.mark.parametrize(
    ("due", "today", "days"),
    [
        (date(2024, 1, 31), date(2024, 1, 31), 0),
        (date(2024, 1, 31), date(2024, 1, 30), 1),
        (date(2024, 1, 31), date(2024, 2, 1), -1),
        (date(2024, 3, 1), date(2024, 2, 1), 29),  # leap year February
        (date(2025, 1, 1), date(2024, 12, 31), 1),
    ],
)
def test_days_until(due: date, today: date, days: int) -> None:
    assert days_until(due, today) == days


@pytest.mark.parametrize(
    ("due", "done", "as_of", "overdue"),
    [
        (date(2024, 1, 31), None, date(2024, 1, 30), False),
        (date(2024, 1, 31), None, date(2024, 1, 31), False),  # due today is not late yet
        (date(2024, 1, 31), None, date(2024, 2, 1), True),
        (date(2024, 1, 31), date(2024, 2, 5), date(2024, 3, 1), False),  # done, even if late
        (date(2024, 1, 31), date(2024, 1, 10), date(2024, 3, 1), False),
    ],
)
def test_is_overdue(due: date, done: date | None, as_of: date, overdue: bool) -> None:
    assert is_overdue(due, done, as_of) is overdue


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_previous_working_day_is_the_nearest_working_day_not_after(d: date) -> None:
    found = previous_working_day(d)
    assert found <= d
    assert is_working_day(found)
    day = found + timedelta(days=1)
    while day <= d:
        assert not is_working_day(day)
        day += timedelta(days=1)


@given(st.integers(min_value=2000, max_value=2040), st.sampled_from([1, 2]))
def test_default_due_date_is_the_last_working_day_of_the_round_month(year: int, half: int) -> None:
    round_id = RoundId(year, half)
    due = review_due_date(round_id)
    assert (due.year, due.month) == (year, round_id.month)
    assert is_working_day(due)
    day = due + timedelta(days=1)
    while day.month == due.month:
        assert not is_working_day(day)
        day += timedelta(days=1)
    assert due.day >= 25  # no month ends with more than a week of non-working days
