"""Tests for yes/no cell parsing (conflictdesk.domain.yesno)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.yesno import (
    NO_SPELLINGS,
    YES_NO_CHOICES,
    YES_NO_HELP,
    YES_SPELLINGS,
    parse_yes_no,
)


@pytest.mark.parametrize(
    "value",
    ["Y", "y", "yes", "YES", "Yes", "예", "네", "O", "o", "○", "◯", "해당", "true", "TRUE", "True", "1",
     " Y ", "\tyes\n", "Ｙ", "ｙｅｓ", "Ｏ", "１", "해 당", "✓", True, 1, 1.0],
)
def test_yes(value: object) -> None:
    assert parse_yes_no(value) is True


@pytest.mark.parametrize(
    "value",
    ["N", "n", "no", "NO", "No", "아니오", "아니요", "아니", "X", "x", "×", "✕", "비해당", "해당 없음", "false",
     "FALSE", "0", "０", "Ｎ", "Ｘ", " n ", False, 0, 0.0],
)
def test_no(value: object) -> None:
    assert parse_yes_no(value) is False


@pytest.mark.parametrize("blank", [None, "", " ", "\u3000", "\t\n"])
def test_blank_means_no(blank: object) -> None:
    assert parse_yes_no(blank) is False


@pytest.mark.parametrize(
    "value",
    ["maybe", "모름", "yess", "예?", "YN", "O X", "yes no", "2", "10", "-1", "1.0", "해당함", "있음",
     2, -1, 0.5, float("nan"), float("inf"), b"Y", ["Y"], object()],
)
def test_other_values_raise_invalid_value(value: object) -> None:
    with pytest.raises(InvalidValue):
        parse_yes_no(value)


def test_error_message_names_value_and_column() -> None:
    with pytest.raises(InvalidValue) as info:
        parse_yes_no("아마도", column="교통영향평가")
    assert "'아마도'" in info.value.message
    assert "교통영향평가" in info.value.message
    assert info.value.code == "yes_no_invalid_in" and info.value.params is not None


def test_error_message_without_column_names_value() -> None:
    with pytest.raises(InvalidValue) as info:
        parse_yes_no("maybe")
    assert "'maybe'" in info.value.message


def test_template_choices_parse_to_yes_and_no() -> None:
    assert YES_NO_CHOICES == ("Y", "N")
    assert parse_yes_no(YES_NO_CHOICES[0]) is True
    assert parse_yes_no(YES_NO_CHOICES[1]) is False


def test_help_text_mentions_the_spec_spellings() -> None:
    for spelling in ("Y/N", "예/아니오", "O/X", "○/×", "해당/비해당", "true/false", "1/0"):
        assert spelling in YES_NO_HELP


def test_spelling_sets_are_disjoint_and_parse() -> None:
    assert not YES_SPELLINGS & NO_SPELLINGS
    assert all(parse_yes_no(s) is True for s in YES_SPELLINGS)
    assert all(parse_yes_no(s) is False for s in NO_SPELLINGS)


def _random_case(draw: st.DrawFn, text: str) -> str:
    flags = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.upper() if up else c.lower() for c, up in zip(text, flags, strict=True))


@st.composite
def _spelled(draw: st.DrawFn) -> tuple[str, bool]:
    answer = draw(st.booleans())
    spelling = draw(st.sampled_from(sorted(YES_SPELLINGS if answer else NO_SPELLINGS)))
    padding = st.text(alphabet=" \t\u3000\u00a0", max_size=3)
    return draw(padding) + _random_case(draw, spelling) + draw(padding), answer


@given(_spelled())
def test_any_case_and_padding_of_a_spelling(case: tuple[str, bool]) -> None:
    text, answer = case
    assert parse_yes_no(text) is answer


@given(st.one_of(st.text(), st.integers(), st.floats(), st.none(), st.booleans(), st.binary(max_size=3)))
def test_arbitrary_cells_give_bool_or_invalid_value(value: object) -> None:
    try:
        result = parse_yes_no(value)
    except InvalidValue:
        return
    assert isinstance(result, bool)
