"""Tests of mediation council rules (conflictdesk.domain.council)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.council import (
    BASIC_RULE_ITEMS,
    MAX_COUNCIL_MEMBERS,
    check_can_add_member,
    check_chair_independent,
    meeting_may_be_open,
    missing_basic_rules,
    normalize_person_key,
)
from conflictdesk.domain.errors import CouncilFull, DomainError, InvalidValue


def test_max_members_is_15() -> None:
    assert MAX_COUNCIL_MEMBERS == 15


@pytest.mark.parametrize("count", [0, 1, 13, 14])
def test_can_add_member_below_the_limit(count: int) -> None:
    check_can_add_member(count)  # no exception


@pytest.mark.parametrize("count", [15, 16, 40])
def test_sixteenth_member_is_refused_with_a_clear_message(count: int) -> None:
    with pytest.raises(CouncilFull) as info:
        check_can_add_member(count)
    assert info.value.code == "council_full"
    assert "최대 15명" in info.value.message
    assert f"현재 {count}명" in info.value.message
    assert "해촉" in info.value.message


def test_council_full_message_text() -> None:
    with pytest.raises(CouncilFull) as info:
        check_can_add_member(15)
    assert str(info.value) == (
        "갈등조정협의회 위원은 최대 15명입니다 (현재 15명). 위원을 추가하려면 먼저 다른 위원을 해촉하세요."
    )


@pytest.mark.parametrize("count", [-1, True, 3.0, "3"])
def test_member_count_must_be_a_non_negative_integer(count: object) -> None:
    with pytest.raises(InvalidValue):
        check_can_add_member(count)  # type: ignore[arg-type]


PARTIES = [("김철수", "송도주민대책위원회"), ("이영희", "인천광역시 도시계획과"), ("송도 상인회", "")]


@pytest.mark.parametrize(
    ("chair_name", "chair_affiliation"),
    [
        ("박중립", "인천대학교"),
        ("박중립", ""),
        ("김철", "송도주민"),  # a shorter name or affiliation is not the same
        ("", ""),
        ("김철수수", "인천광역시 도시계획"),
    ],
)
def test_independent_chair_passes(chair_name: str, chair_affiliation: str) -> None:
    check_chair_independent(chair_name, chair_affiliation, PARTIES)


def test_chair_without_parties_passes() -> None:
    check_chair_independent("김철수", "송도주민대책위원회", [])


@pytest.mark.parametrize(
    ("chair_name", "chair_affiliation", "why"),
    [
        ("김철수", "인천대학교", "same name as a party representative"),
        (" 김 철수 ", "", "names compared without blanks"),
        (unicodedata.normalize("NFD", "김철수"), "", "decomposed Hangul is the same name"),
        ("박중립", "송도주민대책위원회", "same affiliation as a party representative"),
        ("박중립", "인천광역시  도시계획과", "affiliations compared without blanks"),
        ("박중립", "송도상인회", "affiliation is a party that is itself a group"),
    ],
)
def test_chair_who_is_a_party_is_refused(chair_name: str, chair_affiliation: str, why: str) -> None:
    with pytest.raises(DomainError) as info:
        check_chair_independent(chair_name, chair_affiliation, PARTIES)
    assert info.value.code == "chair_not_independent", why
    assert "독립" in info.value.message


def test_latin_names_compare_case_insensitively() -> None:
    with pytest.raises(DomainError):
        check_chair_independent("John SMITH", "", [("john smith", "Acme")])
    with pytest.raises(DomainError):
        check_chair_independent("Jane", "ACME Corp", [("john smith", "acme corp")])


def test_refusal_message_masks_the_chair_name() -> None:
    with pytest.raises(DomainError) as info:
        check_chair_independent("김철수", "", PARTIES)
    assert "김철수" not in info.value.message
    assert "김*수" in info.value.message


def test_empty_affiliations_never_match() -> None:
    check_chair_independent("박중립", "", [("김철수", ""), ("이영희", "  ")])


def test_basic_rule_items_are_the_eight_national_items_in_order() -> None:
    assert BASIC_RULE_ITEMS == (
        ("purpose", "목적"),
        ("parties", "당사자"),
        ("chair_selection", "의장 선정"),
        ("schedule", "일정"),
        ("procedure", "절차·운영"),
        ("result_drafting", "결과문 작성"),
        ("cost_sharing", "비용 분담"),
        ("other", "기타"),
    )
    assert len({code for code, _ in BASIC_RULE_ITEMS}) == 8


def test_missing_basic_rules() -> None:
    assert missing_basic_rules({}) == [code for code, _ in BASIC_RULE_ITEMS]
    filled = {code: "합의함" for code, _ in BASIC_RULE_ITEMS}
    assert missing_basic_rules(filled) == []
    filled["schedule"] = "  "
    del filled["other"]
    assert missing_basic_rules(filled) == ["schedule", "other"]


@pytest.mark.parametrize(
    ("agreed", "open_"),
    [
        ({}, False),  # no party: closed
        ({"주민대책위원회": True}, True),
        ({"주민대책위원회": False}, False),
        ({"주민대책위원회": True, "인천시": True}, True),
        ({"주민대책위원회": True, "인천시": False}, False),
        ({"주민대책위원회": True, "인천시": True, "상인회": False}, False),
    ],
)
def test_meeting_may_be_open(agreed: dict[str, bool], open_: bool) -> None:
    assert meeting_may_be_open(agreed) is open_


@given(st.dictionaries(st.text(max_size=5), st.booleans(), max_size=6))
def test_meeting_open_iff_all_agreed_and_not_empty(agreed: dict[str, bool]) -> None:
    assert meeting_may_be_open(agreed) == (len(agreed) > 0 and all(agreed.values()))


@pytest.mark.parametrize(
    ("text", "key"),
    [("김 철수", "김철수"), ("ACME  Corp", "acmecorp"), (unicodedata.normalize("NFD", "홍길동"), "홍길동")],
)
def test_normalize_person_key(text: str, key: str) -> None:
    assert normalize_person_key(text) == key


@given(st.integers(min_value=0, max_value=100))
def test_add_member_refused_exactly_from_the_limit(count: int) -> None:
    if count < MAX_COUNCIL_MEMBERS:
        check_can_add_member(count)
    else:
        with pytest.raises(CouncilFull):
            check_can_add_member(count)
