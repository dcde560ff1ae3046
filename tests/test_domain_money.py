"""Tests for budget parsing and formatting (conflictdesk.domain.money)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.money import (
    MAX_BUDGET_WON,
    format_amount,
    format_korean_won,
    format_million_won,
    format_won,
    parse_budget_won,
)

FORTY_EOK = 4_000_000_000
WON_AMOUNTS = st.integers(min_value=0, max_value=MAX_BUDGET_WON)
FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare numbers are millions of won (the column is 총사업비(백만원))
        ("4,000", FORTY_EOK),
        ("4000", FORTY_EOK),
        ("4000.5", 4_000_500_000),
        ("4,000.5", 4_000_500_000),
        ("3,999.9", 3_999_900_000),
        ("0", 0),
        ("0.000001", 1),
        ("12,345,678", 12_345_678_000_000),
        # explicit units
        ("40억", FORTY_EOK),
        ("40억원", FORTY_EOK),
        ("40.5억", 4_050_000_000),
        ("4,000백만원", FORTY_EOK),
        ("4000백만", FORTY_EOK),
        ("4,000,000,000원", FORTY_EOK),
        ("4000000000원", FORTY_EOK),
        ("₩4,000,000,000", FORTY_EOK),
        ("1조 2,000억", 1_200_000_000_000),
        ("1조2000억원", 1_200_000_000_000),
        ("1조 2,000억 원", 1_200_000_000_000),
        ("3억 5천만원", 350_000_000),
        ("3억5천만", 350_000_000),
        ("5천3백만원", 53_000_000),
        ("5천3억", 500_300_000_000),
        ("천만원", 10_000_000),
        ("만원", 10_000),
        ("십억", 1_000_000_000),
        ("4,000천원", FORTY_EOK // 1000),
        ("3억 5,000원", 300_005_000),
        ("1.5천만원", 15_000_000),
        ("12,000억", 1_200_000_000_000),
        ("9999조 9999억 9999만 9999원", MAX_BUDGET_WON),
        # layout: surrounding and inner spaces, full width, NBSP and ideographic space
        ("  4,000  ", FORTY_EOK),
        ("４，０００", FORTY_EOK),
        ("４０억원", FORTY_EOK),
        ("40 억 원", FORTY_EOK),
        ("\u3000" + "4,000 백만원" + "\u00a0", FORTY_EOK),
        # rounding to whole won, half up (not banker's rounding)
        ("0.5원", 1),
        ("1.5원", 2),
        ("2.5원", 3),
        ("2.4999원", 2),
        ("0.0000005", 1),
        ("0.0000004", 0),
    ],
)
def test_parse_text(text: str, expected: int) -> None:
    assert parse_budget_won(text) == expected


@pytest.mark.parametrize("blank", [None, "", "   ", "\u3000", "\t\n"])
def test_blank_is_none(blank: object) -> None:
    assert parse_budget_won(blank) is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (4000, FORTY_EOK),
        (0, 0),
        (4000.0, FORTY_EOK),
        (3999.9, 3_999_900_000),
        (0.1, 100_000),
        (4000.0000005, 4_000_000_001),
        (Decimal("4000.5"), 4_000_500_000),
        (Decimal("3999.9999999"), 4_000_000_000),  # 3,999,999,999.9 won rounds up
    ],
)
def test_number_cells_are_millions(cell: object, expected: int) -> None:
    assert parse_budget_won(cell) == expected


@pytest.mark.parametrize(
    "value",
    [
        "사십억",
        "abc",
        "-4000",
        "-40억",
        "−4000",
        "△4000",
        "1,00,0",
        "1,0000",
        "4,00",
        ",400",
        "4000.",
        ".5",
        "4.0.0",
        "4 000",
        "4, 000",
        "3억 5000",
        "3억 5천",
        "억억",
        "만억",
        "백천",
        "천천만",
        "원",
        "₩",
        "원원",
        "40억원원",
        "1e9",
        "0x10",
        "약 40억",
        "40억 정도",
        "1경",
        "10000조",
        "1" * 70,
        "٤٠٠٠",  # Arabic-Indic digits are not accepted as digits
        True,
        False,
        -1,
        -0.5,
        float("nan"),
        float("inf"),
        Decimal("NaN"),
        Decimal("-1"),
        10**12,
        [4000],
        object(),
    ],
)
def test_invalid_values_raise_invalid_value(value: object) -> None:
    with pytest.raises(InvalidValue):
        parse_budget_won(value)


@pytest.mark.parametrize("value", ["사십억", "abc", "-4000", "1,00,0", "3억 5000", "4000."])
def test_error_message_is_korean_and_names_the_value(value: str) -> None:
    with pytest.raises(InvalidValue) as info:
        parse_budget_won(value)
    assert f"'{value}'" in info.value.message
    assert "총사업비" in info.value.message
    assert info.value.code == "invalid_value"


def test_long_value_is_shortened_in_message() -> None:
    with pytest.raises(InvalidValue) as info:
        parse_budget_won("가" * 200)
    assert "…" in info.value.message
    assert len(info.value.message) < 200


def test_largest_accepted_amount_is_just_under_one_gyeong() -> None:
    assert parse_budget_won(f"{MAX_BUDGET_WON:,}원") == MAX_BUDGET_WON
    with pytest.raises(InvalidValue):
        parse_budget_won(f"{MAX_BUDGET_WON + 1:,}원")


@pytest.mark.parametrize(
    ("won", "million", "eok", "won_text", "korean"),
    [
        (0, "0백만원", "0원", "0원", "0원"),
        (1, "0.000001백만원", "1원", "1원", "1원"),
        (FORTY_EOK, "4,000백만원", "40억원", "4,000,000,000원", "40억원"),
        (3_999_900_000, "3,999.9백만원", "39.99억원", "3,999,900,000원", "39억 9,990만원"),
        (1_235_000_000, "1,235백만원", "12.35억원", "1,235,000,000원", "12억 3,500만원"),
        (1_234_999_999, "1,234.999999백만원", "12.34억원", "1,234,999,999원", "12억 3,499만 9,999원"),
        (1_200_050_001_234, "1,200,050.001234백만원", "12,000.5억원", "1,200,050,001,234원",
         "1조 2,000억 5,000만 1,234원"),
        (-FORTY_EOK, "-4,000백만원", "-40억원", "-4,000,000,000원", "-40억원"),
        (-1, "-0.000001백만원", "-1원", "-1원", "-1원"),
    ],
)
def test_formatting(won: int, million: str, eok: str, won_text: str, korean: str) -> None:
    assert format_million_won(won) == million
    assert format_amount(won) == eok
    assert format_won(won) == won_text
    assert format_korean_won(won) == korean


# --- properties -----------------------------------------------------------------------------------------


@given(WON_AMOUNTS)
def test_round_trip_in_won(won: int) -> None:
    assert parse_budget_won(format_won(won)) == won


@given(WON_AMOUNTS)
def test_round_trip_in_million_won(won: int) -> None:
    assert parse_budget_won(format_million_won(won)) == won


@given(WON_AMOUNTS)
def test_round_trip_bare_number_is_millions(won: int) -> None:
    bare = format_million_won(won).removesuffix("백만원")
    assert parse_budget_won(bare) == won
    assert parse_budget_won(bare.replace(",", "")) == won


@given(WON_AMOUNTS)
def test_round_trip_in_korean_units(won: int) -> None:
    text = format_korean_won(won)
    assert parse_budget_won(text) == won
    assert parse_budget_won(text.replace(" ", "")) == won
    assert parse_budget_won(text.replace(",", "")) == won


@pytest.mark.parametrize(
    ("won", "shown"),
    [
        # The criterion threshold 40억: an amount under it never prints as 40억 (issue 18).
        (3_999_990_000, "39.99억원"),  # 3,999.99백만원
        (3_999_999_999, "39.99억원"),
        (4_000_000_000, "40억원"),
        (4_000_000_001, "40억원"),
        (4_010_000_000, "40.1억원"),
        (99_999_999, "99,999,999원"),
        (100_000_000, "1억원"),
        (150_000_000, "1.5억원"),
        (25_200_000, "2,520만원"),  # 25.2백만원, once "0.3억원"
        (50_000_000, "5,000만원"),  # once "0.5억원"
        (300_000, "30만원"),
        (123_456, "123,456원"),
        (0, "0원"),
        (123_456_789_000, "1,234.56억원"),
    ],
)
def test_document_amounts(won: int, shown: str) -> None:
    assert format_amount(won) == shown


@given(st.integers(min_value=0, max_value=MAX_BUDGET_WON))
def test_document_amount_never_exceeds_the_amount(won: int) -> None:
    """Read back, a printed amount is never more than the amount: no threshold is crossed on paper."""
    shown = parse_budget_won(format_amount(won))
    assert shown is not None
    assert shown <= won
    assert won - shown < 1_000_000  # at most 0.01억 cut


@given(WON_AMOUNTS)
def test_full_width_digits_and_commas(won: int) -> None:
    assert parse_budget_won(format_won(won).translate(FULL_WIDTH)) == won
    assert parse_budget_won(format_million_won(won).translate(FULL_WIDTH)) == won


@given(st.integers(min_value=0, max_value=MAX_BUDGET_WON // 1_000_000))
def test_integer_cells_are_millions(millions: int) -> None:
    assert parse_budget_won(millions) == millions * 1_000_000
    assert parse_budget_won(str(millions)) == millions * 1_000_000


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_float_cells_are_close_to_millions(cell: float) -> None:
    won = parse_budget_won(cell)
    assert won is not None
    assert abs(won - cell * 1_000_000) <= 1 + cell * 1e-9


@given(st.text())
def test_arbitrary_text_never_raises_anything_but_invalid_value(text: str) -> None:
    try:
        result = parse_budget_won(text)
    except InvalidValue:
        return
    assert result is None or 0 <= result <= MAX_BUDGET_WON


@given(st.text(alphabet="0123456789,. 조억만천백십원₩-", max_size=30))
def test_budget_like_text_never_raises_anything_but_invalid_value(text: str) -> None:
    try:
        result = parse_budget_won(text)
    except InvalidValue:
        return
    assert result is None or 0 <= result <= MAX_BUDGET_WON


@given(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.decimals(),
        st.text(),
        st.lists(st.integers(), max_size=2),
        st.binary(max_size=5),
    )
)
def test_arbitrary_cells_never_raise_anything_but_invalid_value(cell: object) -> None:
    try:
        result = parse_budget_won(cell)
    except InvalidValue:
        return
    assert result is None or 0 <= result <= MAX_BUDGET_WON


@pytest.mark.parametrize("text", ["130,000,000 won", "130,000,000won", "130,000,000 KRW", "130000000 Won"])
def test_english_won_suffix_reads_as_won(text: str) -> None:
    assert parse_budget_won(text) == 130_000_000
