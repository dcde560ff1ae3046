"""Tests of diagnosis round ids (conflictdesk.domain.rounds)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.errors import DomainError, InvalidValue
from conflictdesk.domain.rounds import RoundId, round_for_date

rounds = st.builds(RoundId, st.integers(min_value=1, max_value=9999), st.sampled_from([1, 2]))


@pytest.mark.parametrize(
    ("text", "year", "half"),
    [
        ("2020-1", 2020, 1),
        ("2020-2", 2020, 2),
        ("1999-2", 1999, 2),
        ("  2031-1 \n", 2031, 1),
        ("0001-1", 1, 1),
        ("9999-2", 9999, 2),
    ],
)
def test_parse_valid(text: str, year: int, half: int) -> None:
    assert RoundId.parse(text) == RoundId(year, half)


@pytest.mark.parametrize(
    "text",
    [
        "2020-3", "2020-0", "20-1", "abc", "", " ", "2020", "2020-", "-1", "2020-12", "2020_1", "2020 1",
        "2020-1-1", "12020-1", "2020--1", "+2020-1", "2020-1x", "２０２０-1", "2020-１", "0000-1",
    ],
)
def test_parse_invalid_raises_korean_message(text: str) -> None:
    with pytest.raises(InvalidValue) as info:
        RoundId.parse(text)
    assert info.value.code in ("round_format_invalid", "round_year_out_of_range")
    assert "차수" in info.value.message


def test_parse_message_shows_the_expected_format() -> None:
    with pytest.raises(InvalidValue, match="YYYY-1"):
        RoundId.parse("2020-3")


@pytest.mark.parametrize(
    ("year", "half"),
    [(2020, 0), (2020, 3), (0, 1), (10000, 1), (-5, 2)],
)
def test_constructor_refuses_out_of_range(year: int, half: int) -> None:
    with pytest.raises(InvalidValue):
        RoundId(year, half)


@pytest.mark.parametrize(("year", "half"), [(True, 1), (2020, True), ("2020", 1), (2020.0, 1)])
def test_constructor_refuses_non_integers(year: object, half: object) -> None:
    with pytest.raises(InvalidValue):
        RoundId(year, half)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("round_id", "text", "label", "month"),
    [
        (RoundId(2020, 1), "2020-1", "2020년 상반기", 1),
        (RoundId(2020, 2), "2020-2", "2020년 하반기", 7),
        (RoundId(2031, 2), "2031-2", "2031년 하반기", 7),
        (RoundId(987, 1), "0987-1", "987년 상반기", 1),
    ],
)
def test_str_label_month(round_id: RoundId, text: str, label: str, month: int) -> None:
    assert str(round_id) == text
    assert round_id.label == label
    assert round_id.month == month


@pytest.mark.parametrize(
    ("text", "previous", "following"),
    [
        ("2020-1", "2019-2", "2020-2"),
        ("2020-2", "2020-1", "2021-1"),
        ("2000-1", "1999-2", "2000-2"),
    ],
)
def test_previous_and_next(text: str, previous: str, following: str) -> None:
    round_id = RoundId.parse(text)
    assert str(round_id.previous()) == previous
    assert str(round_id.next()) == following


def test_previous_and_next_at_the_ends_of_the_calendar() -> None:
    with pytest.raises(InvalidValue):
        RoundId(1, 1).previous()
    with pytest.raises(InvalidValue):
        RoundId(9999, 2).next()


def test_ordering() -> None:
    texts = ["2021-1", "2019-2", "2020-2", "2020-1", "2019-1"]
    ordered = sorted(RoundId.parse(t) for t in texts)
    assert [str(r) for r in ordered] == ["2019-1", "2019-2", "2020-1", "2020-2", "2021-1"]
    assert RoundId(2019, 2) < RoundId(2020, 1)
    assert RoundId(2020, 2) > RoundId(2020, 1)
    assert max(RoundId(2020, 2), RoundId(2020, 1)) == RoundId(2020, 2)


def test_frozen_and_hashable() -> None:
    round_id = RoundId(2020, 1)
    with pytest.raises(AttributeError):
        round_id.year = 2021  # type: ignore[misc]
    assert {round_id, RoundId.parse("2020-1")} == {round_id}


def test_invalid_value_is_a_domain_error() -> None:
    with pytest.raises(DomainError):
        RoundId.parse("abc")


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2020, 1, 1), "2020-1"),
        (date(2020, 6, 30), "2020-1"),
        (date(2020, 7, 1), "2020-2"),
        (date(2020, 12, 31), "2020-2"),
        (date(2024, 2, 29), "2024-1"),
        (date(2019, 7, 15), "2019-2"),
    ],
)
def test_round_for_date_boundaries(d: date, expected: str) -> None:
    assert str(round_for_date(d)) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2020-1", date(2020, 1, 1), date(2020, 6, 30)),
        ("2020-2", date(2020, 7, 1), date(2020, 12, 31)),
    ],
)
def test_first_and_last_day(text: str, first: date, last: date) -> None:
    round_id = RoundId.parse(text)
    assert round_id.first_day == first
    assert round_id.last_day == last
    assert round_id.contains(first) and round_id.contains(last)
    assert not round_id.contains(first - timedelta(days=1))
    assert not round_id.contains(last + timedelta(days=1))


@given(rounds)
def test_str_parse_round_trip(round_id: RoundId) -> None:
    assert RoundId.parse(str(round_id)) == round_id


@given(rounds)
def test_next_and_previous_are_inverse_and_ordered(round_id: RoundId) -> None:
    if round_id != RoundId(9999, 2):
        assert round_id.next().previous() == round_id
        assert round_id < round_id.next()
    if round_id != RoundId(1, 1):
        assert round_id.previous().next() == round_id
        assert round_id.previous() < round_id


@given(st.text(max_size=12))
def test_parse_accepts_only_the_canonical_form(text: str) -> None:
    try:
        round_id = RoundId.parse(text)
    except InvalidValue:
        return
    assert str(round_id) == text.strip()


@given(st.dates())
def test_round_for_date_contains_the_date(d: date) -> None:
    round_id = round_for_date(d)
    assert round_id.first_day <= d <= round_id.last_day
    assert round_id.month == (1 if d.month <= 6 else 7)
