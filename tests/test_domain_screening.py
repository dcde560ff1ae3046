"""Tests for screening against the diagnosis criteria (conflictdesk.domain.screening)."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.money import parse_budget_won
from conflictdesk.domain.screening import (
    AuthorityReading,
    RuleSet,
    ScreeningInput,
    ScreeningResult,
    read_decision_authority,
    screen_project,
)


def is_vice_mayor_or_above(title: str) -> bool:
    """The VICE_MAYOR reading of one 전결권자 cell."""
    return read_decision_authority(title) is AuthorityReading.ABOVE

FORTY_EOK = 4_000_000_000

# --- the vice-mayor rule ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "시장",
        "부시장",
        "행정부시장",
        "정무부시장",
        "균형발전정무부시장",
        "경제부시장",
        "행정1부시장",
        "행정 2부시장",
        "제1부시장",
        "제2 부시장",
        " 행정 부시장 ",
        "시 장",
        "인천광역시장",
        "인천광역시 시장",
        "인천광역시 행정부시장",
        "인천광역시 균형발전정무부시장",
        "인천시장",
        "인천시 정무부시장",
        "인천 경제부시장",
        "서울특별시장",
        "서울특별시 행정2부시장",
        "세종특별자치시장",
        "경기도 수원시장",
        "수원시 제1부시장",
        "제주특별자치도 제주시장",
        "시장님",
        "행정부시장 전결",
        "시장 결재",
        "시장 권한대행",
        "시장 직무대리",
        "시장(권한대행)",
        "행정부시장 (대결)",
        "市長",
        "副市長",
        "\u3000정무부시장\u3000",
        unicodedata.normalize("NFD", "행정부시장"),
        unicodedata.normalize("NFD", "인천광역시장"),
    ],
)
def test_vice_mayor_or_above(title: str) -> None:
    assert is_vice_mayor_or_above(title) is True


@pytest.mark.parametrize(
    "title",
    [
        "",
        "   ",
        "시장정비팀장",
        "시장정비과장",
        "전통시장팀장",
        "시장경제과장",
        "부시장실 비서",
        "부시장실",
        "시장실",
        "시장 비서실장",
        "국장",
        "과장",
        "실장",
        "팀장",
        "도시계획국장",
        "시민정책담당관",
        "시장(市場) 담당",
        "시장정비과장 직무대리",
        "인천광역시 시장정비과장",
        "전통시장",
        "남부시장",
        "동부시장",
        "중부시장",
        "부평시장",
        "도매시장",
        "농수산물도매시장",
        "광역시장",
        "연수구청장",
        "인천광역시 연수구청장",
        "군수",
        "도지사",
        "전결",
        "님",
        "시장시장",
        "부부시장",
        "행정행정부시장",
        "market",
    ],
)
def test_not_vice_mayor_or_above(title: str) -> None:
    assert is_vice_mayor_or_above(title) is False


@given(st.text())
def test_vice_mayor_check_never_raises(title: str) -> None:
    assert isinstance(is_vice_mayor_or_above(title), bool)


@given(st.text(), st.sampled_from(["과장", "팀장", "국장", "담당", "실", "비서", "주무관"]))
def test_titles_ending_in_other_offices_never_qualify(prefix: str, office: str) -> None:
    assert is_vice_mayor_or_above(prefix + office) is False


_QUALIFYING = ["시장", "부시장", "행정부시장", "균형발전정무부시장", "인천광역시 행정부시장", "인천광역시장", "제1부시장"]


@st.composite
def _spaced(draw: st.DrawFn) -> str:
    title = draw(st.sampled_from(_QUALIFYING))
    gaps = draw(st.lists(st.sampled_from(["", " ", "\u3000", "\t"]), min_size=len(title) + 1,
                         max_size=len(title) + 1))
    return "".join(gap + char for gap, char in zip(gaps[:-1], title, strict=True)) + gaps[-1]


@given(_spaced())
def test_whitespace_anywhere_does_not_matter(title: str) -> None:
    assert is_vice_mayor_or_above(title) is True


@given(st.sampled_from(_QUALIFYING), st.sampled_from(["실", "실 비서", "정비과장", "경제과장", " 비서실장", "팀장"]))
def test_qualifying_title_followed_by_another_office_does_not_qualify(title: str, tail: str) -> None:
    assert is_vice_mayor_or_above(title + tail) is False


# --- rules --------------------------------------------------------------------------------------------


def test_default_rules() -> None:
    rules = RuleSet()
    assert rules.budget_threshold_won == FORTY_EOK
    assert rules.active == frozenset(Criterion)


def test_rules_to_dict_is_json_safe_and_in_table_order() -> None:
    data = RuleSet(active=frozenset({Criterion.VISIBLE, Criterion.TIA, Criterion.BUDGET})).to_dict()
    assert data == {"version": 1, "budget_threshold_won": FORTY_EOK, "active": ["TIA", "BUDGET", "VISIBLE"]}
    assert json.loads(json.dumps(data)) == data


@given(
    st.integers(min_value=0, max_value=10**15),
    st.frozensets(st.sampled_from(list(Criterion))),
)
def test_rules_round_trip_through_json(threshold: int, active: frozenset[Criterion]) -> None:
    rules = RuleSet(budget_threshold_won=threshold, active=active)
    assert RuleSet.from_dict(json.loads(json.dumps(rules.to_dict()))) == rules


def test_rules_from_empty_dict_are_defaults() -> None:
    assert RuleSet.from_dict({}) == RuleSet()


def test_rules_from_dict_ignores_unknown_keys() -> None:
    assert RuleSet.from_dict({"active": ["EIA"], "future": 1}) == RuleSet(active=frozenset({Criterion.EIA}))


def test_rules_accept_a_plain_set() -> None:
    rules = RuleSet(active={Criterion.EIA})  # type: ignore[arg-type]
    assert isinstance(rules.active, frozenset)
    assert hash(rules) == hash(RuleSet(active=frozenset({Criterion.EIA})))


@pytest.mark.parametrize(
    "data",
    [
        {"active": ["NOPE"]},
        {"active": "TIA"},
        {"active": [1]},
        {"budget_threshold_won": -1},
        {"budget_threshold_won": "4000"},
        {"budget_threshold_won": True},
        {"budget_threshold_won": 4e9},
    ],
)
def test_rules_from_bad_dict_raise_invalid_value(data: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        RuleSet.from_dict(data)


def test_rules_from_non_mapping_raise_invalid_value() -> None:
    with pytest.raises(InvalidValue):
        RuleSet.from_dict(["TIA"])  # type: ignore[arg-type]


# --- screening ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inp", "criterion", "reason"),
    [
        (ScreeningInput(tia=True), Criterion.TIA, "교통영향평가 협의 대상"),
        (ScreeningInput(eia=True), Criterion.EIA, "환경영향평가 협의 대상"),
        (ScreeningInput(decision_authority="행정부시장"), Criterion.VICE_MAYOR, "전결권자 '행정부시장'"),
        (ScreeningInput(decision_authority=" 시장 "), Criterion.VICE_MAYOR, "전결권자 '시장'"),
        (ScreeningInput(budget_won=FORTY_EOK), Criterion.BUDGET, "총사업비 4,000백만원 ≥ 기준 4,000백만원"),
        (ScreeningInput(budget_won=12_345_600_000), Criterion.BUDGET, "총사업비 12,345.6백만원 ≥ 기준 4,000백만원"),
        (ScreeningInput(midterm=True), Criterion.MIDTERM, "중기재정계획 반영 사업"),
        (ScreeningInput(ordinance=True), Criterion.ORDINANCE, "재산권·환경권 등 규제 자치법규 제·개정"),
        (ScreeningInput(visible=True), Criterion.VISIBLE, "갈등이 표출되었거나 진행 중"),
    ],
)
def test_each_criterion_alone(inp: ScreeningInput, criterion: Criterion, reason: str) -> None:
    result = screen_project(inp, RuleSet())
    assert result.criteria == (criterion,)
    assert result.reasons == {criterion: reason}
    assert result.codes == (criterion.value,)
    assert result.is_target


def test_nothing_holds_for_an_empty_project() -> None:
    result = screen_project(ScreeningInput(), RuleSet())
    assert result == ScreeningResult(criteria=(), reasons={})
    assert not result.is_target


@pytest.mark.parametrize(
    ("budget_won", "holds"),
    [
        (None, False),
        (0, False),
        (3_999_900_000, False),  # 3,999.9 백만원
        (3_999_999_999, False),
        (4_000_000_000, True),  # "이상": the threshold itself qualifies
        (4_000_000_001, True),
        (10**15, True),
    ],
)
def test_budget_boundary(budget_won: int | None, holds: bool) -> None:
    result = screen_project(ScreeningInput(budget_won=budget_won), RuleSet())
    assert (Criterion.BUDGET in result.criteria) is holds


@pytest.mark.parametrize(
    ("cell", "holds"),
    [("4,000", True), ("3,999.9", False), ("40억원", True), ("39억 9,999만 9,999원", False), (4000, True),
     (3999.9, False), ("", False)],
)
def test_budget_cells_from_import(cell: object, holds: bool) -> None:
    result = screen_project(ScreeningInput(budget_won=parse_budget_won(cell)), RuleSet())
    assert (Criterion.BUDGET in result.criteria) is holds


@pytest.mark.parametrize(
    ("threshold", "budget_won", "holds"),
    [(5_000_000_000, 4_999_999_999, False), (5_000_000_000, 5_000_000_000, True), (0, 0, True), (0, None, False)],
)
def test_budget_threshold_is_a_setting(threshold: int, budget_won: int | None, holds: bool) -> None:
    result = screen_project(ScreeningInput(budget_won=budget_won), RuleSet(budget_threshold_won=threshold))
    assert (Criterion.BUDGET in result.criteria) is holds


def test_budget_reason_names_the_threshold_in_force() -> None:
    result = screen_project(ScreeningInput(budget_won=6_000_000_000), RuleSet(budget_threshold_won=5_000_000_000))
    assert result.reasons[Criterion.BUDGET] == "총사업비 6,000백만원 ≥ 기준 5,000백만원"


ALL_TRUE = ScreeningInput(
    tia=True, eia=True, decision_authority="정무부시장", budget_won=FORTY_EOK, midterm=True, ordinance=True,
    visible=True,
)


def test_all_criteria_in_table_order() -> None:
    result = screen_project(ALL_TRUE, RuleSet())
    assert result.criteria == CRITERIA_ORDER
    assert result.codes == ("TIA", "EIA", "VICE_MAYOR", "BUDGET", "MIDTERM", "ORDINANCE", "VISIBLE")
    assert list(result.reasons) == list(CRITERIA_ORDER)


@pytest.mark.parametrize("inactive", list(Criterion))
def test_inactive_criterion_never_holds(inactive: Criterion) -> None:
    rules = RuleSet(active=frozenset(Criterion) - {inactive})
    result = screen_project(ALL_TRUE, rules)
    assert inactive not in result.criteria
    assert inactive not in result.reasons
    assert len(result.criteria) == len(CRITERIA_ORDER) - 1


def test_no_active_criteria_means_no_targets() -> None:
    assert not screen_project(ALL_TRUE, RuleSet(active=frozenset())).is_target


def test_default_rules_are_used_when_omitted() -> None:
    assert screen_project(ScreeningInput(budget_won=FORTY_EOK)).criteria == (Criterion.BUDGET,)


def test_a_title_that_only_contains_the_letters_does_not_qualify() -> None:
    result = screen_project(ScreeningInput(decision_authority="시장정비과장"), RuleSet())
    assert Criterion.VICE_MAYOR not in result.criteria


def test_result_is_hashable() -> None:
    assert hash(screen_project(ALL_TRUE)) == hash(screen_project(ALL_TRUE))


_inputs = st.builds(
    ScreeningInput,
    tia=st.booleans(),
    eia=st.booleans(),
    decision_authority=st.sampled_from(["", "시장", "행정부시장", "시장정비과장", "국장"]),
    budget_won=st.one_of(st.none(), st.integers(min_value=0, max_value=10**13)),
    midterm=st.booleans(),
    ordinance=st.booleans(),
    visible=st.booleans(),
)
_rules = st.builds(
    RuleSet,
    budget_threshold_won=st.integers(min_value=0, max_value=10**13),
    active=st.frozensets(st.sampled_from(list(Criterion))),
)


@given(_inputs, _rules)
def test_criteria_are_active_ordered_and_explained(inp: ScreeningInput, rules: RuleSet) -> None:
    result = screen_project(inp, rules)
    assert set(result.criteria) <= rules.active
    assert list(result.criteria) == [c for c in CRITERIA_ORDER if c in result.criteria]
    assert list(result.reasons) == list(result.criteria)
    assert all(result.reasons.values())
    assert result.is_target == bool(result.criteria)


@given(_inputs, _rules)
def test_screening_with_all_rules_is_a_superset(inp: ScreeningInput, rules: RuleSet) -> None:
    full = RuleSet(budget_threshold_won=rules.budget_threshold_won)
    assert set(screen_project(inp, rules).criteria) <= set(screen_project(inp, full).criteria)


@given(_inputs, st.integers(min_value=0, max_value=10**13), st.integers(min_value=0, max_value=10**13))
def test_lower_threshold_never_loses_budget(inp: ScreeningInput, low: int, high: int) -> None:
    low, high = min(low, high), max(low, high)
    if Criterion.BUDGET in screen_project(inp, RuleSet(budget_threshold_won=high)).criteria:
        assert Criterion.BUDGET in screen_project(inp, RuleSet(budget_threshold_won=low)).criteria
