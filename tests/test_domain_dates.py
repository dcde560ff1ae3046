"""Typed dates (every Korean form an officer uses) and the one display form."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.dates import format_date, parse_date
from conflictdesk.domain.errors import InvalidValue


@pytest.mark.parametrize(
    "text",
    ["2027.1.15", "2027. 1. 15.", "2027. 1. 15", "20270115", "2027-01-15", "2027/1/15", " 2027.01.15 ",
     "2027년 1월 15일", "2027년1월15일"],
)
def test_typed_forms(text: str) -> None:
    assert parse_date(text) == date(2027, 1, 15)


@pytest.mark.parametrize("text", ["", "2027", "2027.13.1", "2027.2.30", "15.1.2027", "내일", "202701150", "2027..1"])
def test_bad_dates_are_refused_with_the_text(text: str) -> None:
    with pytest.raises(InvalidValue) as err:
        parse_date(text)
    assert text.strip() in err.value.message


def test_display_form() -> None:
    assert format_date(date(2026, 12, 3)) == "2026. 12. 3."
    assert format_date(None) == ""


@given(st.dates(min_value=date(1000, 1, 1)))
def test_display_form_reads_back(day: date) -> None:
    assert parse_date(format_date(day)) == day
    assert parse_date(day.strftime("%Y%m%d")) == day
    assert parse_date(day.isoformat()) == day
