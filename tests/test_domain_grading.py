"""Tests for the diagnosis checklist and the suggested grade (conflictdesk.domain.grading)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.enums import Grade, OwnerLevel
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.grading import (
    DEFAULT_BANDS,
    DEFAULT_ITEMS,
    SCORE_LABELS,
    ChecklistSettings,
    GradeSuggestion,
    RiskItem,
    ScoreBand,
    band_grade,
    needs_override_reason,
    score_checklist,
    suggest_grade,
    validate_scores,
)

DEFAULT = ChecklistSettings()
CODES = [item.code for item in DEFAULT_ITEMS]
# ten items of weight 1: maximum 30, so percentages are easy to read
TEN = ChecklistSettings(items=tuple(RiskItem(f"i{n}", f"항목 {n}") for n in range(10)))


def _scores(total: int, settings: ChecklistSettings = TEN) -> dict[str, int]:
    """Scores for weight-1 items adding up to ``total``."""
    result: dict[str, int] = {}
    for item in settings.items:
        take = min(3, total)
        result[item.code] = take
        total -= take
    assert total == 0
    return result


def test_default_items() -> None:
    assert len(DEFAULT_ITEMS) == 12
    assert len(set(CODES)) == 12
    assert {"stakeholders", "organised_opposition", "nimby", "media", "protests", "litigation"} <= set(CODES)
    assert all(item.label and item.weight >= 1 for item in DEFAULT_ITEMS)
    assert DEFAULT.max_total == 3 * sum(item.weight for item in DEFAULT_ITEMS) == 75
    assert SCORE_LABELS == {0: "없음", 1: "낮음", 2: "보통", 3: "높음"}


def test_default_bands() -> None:
    assert DEFAULT.bands == DEFAULT_BANDS == (ScoreBand(Grade.G1, 60), ScoreBand(Grade.G2, 35))


# --- scoring ------------------------------------------------------------------------------------------


def test_empty_checklist_scores_zero() -> None:
    assert score_checklist({}, DEFAULT) == (0, 75)


def test_full_checklist_scores_the_maximum() -> None:
    assert score_checklist(dict.fromkeys(CODES, 3), DEFAULT) == (75, 75)


def test_scores_are_weighted() -> None:
    # organised_opposition weight 3, budget_scale weight 1, stakeholders weight 2
    assert score_checklist({"organised_opposition": 2, "budget_scale": 3, "stakeholders": 1}, DEFAULT) == (11, 75)


def test_default_settings_are_used_when_omitted() -> None:
    assert score_checklist({"protests": 3}) == (9, 75)


@pytest.mark.parametrize("score", [-1, 4, 10, True, False, 1.5, 2.0, "2", None])
def test_invalid_score_raises(score: object) -> None:
    with pytest.raises(InvalidValue) as info:
        score_checklist({"media": score}, DEFAULT)  # type: ignore[dict-item]
    assert "media" in info.value.message


def test_unknown_item_raises() -> None:
    with pytest.raises(InvalidValue) as info:
        score_checklist({"weather": 1}, DEFAULT)
    assert "weather" in info.value.message


def test_validate_scores_from_json() -> None:
    assert validate_scores(json.loads('{"media": 2, "protests": 0}')) == {"media": 2, "protests": 0}
    with pytest.raises(InvalidValue):
        validate_scores({"media": "2"})
    with pytest.raises(InvalidValue):
        validate_scores({"nope": 1})


# --- bands --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "maximum", "grade"),
    [
        (100, 100, Grade.G1),
        (60, 100, Grade.G1),  # ≥ 60 % → 1
        (59, 100, Grade.G2),
        (35, 100, Grade.G2),  # ≥ 35 % → 2
        (34, 100, Grade.G3),
        (0, 100, Grade.G3),
        (45, 75, Grade.G1),  # exactly 60.0 %
        (44, 75, Grade.G2),  # 58.7 %
        (27, 75, Grade.G2),  # 36.0 %
        (26, 75, Grade.G3),  # 34.7 %
        (18, 30, Grade.G1),
        (17, 30, Grade.G2),
        (11, 30, Grade.G2),  # 36.7 %
        (10, 30, Grade.G3),  # 33.3 %
        (0, 0, Grade.G3),
    ],
)
def test_band_boundaries(total: int, maximum: int, grade: Grade) -> None:
    assert band_grade(total, maximum, DEFAULT) is grade


def test_custom_bands() -> None:
    settings = ChecklistSettings(items=TEN.items, bands=(ScoreBand(Grade.G1, 90), ScoreBand(Grade.G2, 10)))
    assert band_grade(27, 30, settings) is Grade.G1
    assert band_grade(26, 30, settings) is Grade.G2
    assert band_grade(3, 30, settings) is Grade.G2
    assert band_grade(2, 30, settings) is Grade.G3


def test_without_bands_the_score_always_suggests_grade_3() -> None:
    settings = ChecklistSettings(items=TEN.items, bands=())
    assert band_grade(30, 30, settings) is Grade.G3


def test_only_a_grade_2_band() -> None:
    settings = ChecklistSettings(items=TEN.items, bands=(ScoreBand(Grade.G2, 50),))
    assert band_grade(30, 30, settings) is Grade.G2
    assert band_grade(14, 30, settings) is Grade.G3


def test_bands_are_sorted_most_serious_first() -> None:
    settings = ChecklistSettings(bands=(ScoreBand(Grade.G2, 35), ScoreBand(Grade.G1, 60)))
    assert settings.bands == DEFAULT_BANDS


# --- suggestion ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "total", "grade"),
    [
        (None, 0, Grade.G3),
        (None, 11, Grade.G2),
        (None, 18, Grade.G1),
        (OwnerLevel.DEPARTMENT, 0, Grade.G3),
        (OwnerLevel.DEPARTMENT, 10, Grade.G3),
        (OwnerLevel.DEPARTMENT, 11, Grade.G2),
        (OwnerLevel.DEPARTMENT, 18, Grade.G1),
        (OwnerLevel.MULTI_DEPARTMENT, 0, Grade.G2),
        (OwnerLevel.MULTI_DEPARTMENT, 17, Grade.G2),
        (OwnerLevel.MULTI_DEPARTMENT, 18, Grade.G1),
        (OwnerLevel.CITY, 0, Grade.G1),
        (OwnerLevel.CITY, 30, Grade.G1),
    ],
)
def test_suggestion_is_the_more_serious(owner: OwnerLevel | None, total: int, grade: Grade) -> None:
    suggestion = suggest_grade(owner, _scores(total), TEN)
    assert suggestion.grade is grade
    assert suggestion.total == total
    assert suggestion.maximum == 30


def test_reasons_when_owner_level_is_more_serious() -> None:
    suggestion = suggest_grade(OwnerLevel.CITY, _scores(6), TEN)
    assert suggestion == GradeSuggestion(
        grade=Grade.G1,
        reasons=(
            "소관부서 판단: 시 차원 결정 필요 → 1등급",
            "진단표 점수 6/30 (20.0%) < 2등급 기준 35% → 3등급",
            "더 심각한 쪽인 1등급을 제안",
        ),
        owner_grade=Grade.G1,
        score_grade=Grade.G3,
        total=6,
        maximum=30,
    )


def test_reasons_when_score_band_is_more_serious() -> None:
    scores = {"protests": 3, "litigation": 3, "organised_opposition": 3, "nimby": 3, "stakeholders": 3, "media": 3,
              "rights_restriction": 2}
    suggestion = suggest_grade(OwnerLevel.DEPARTMENT, scores, DEFAULT)
    assert suggestion.grade is Grade.G1
    assert suggestion.reasons == (
        "소관부서 판단: 소관부서 자체 해결 → 3등급",
        "진단표 점수 46/75 (61.3%) ≥ 1등급 기준 60% → 1등급",
        "더 심각한 쪽인 1등급을 제안",
    )
    assert suggestion.owner_grade is Grade.G3
    assert suggestion.score_grade is Grade.G1


def test_reasons_when_both_agree() -> None:
    scores = {"protests": 3, "litigation": 3, "media": 3, "organised_opposition": 3, "nimby": 3}
    suggestion = suggest_grade(OwnerLevel.MULTI_DEPARTMENT, scores, DEFAULT)
    assert suggestion.grade is Grade.G2
    assert suggestion.reasons == (
        "소관부서 판단: 부서 간 협업 필요 → 2등급",
        "진단표 점수 36/75 (48.0%) ≥ 2등급 기준 35% → 2등급",
    )


def test_reasons_when_owner_level_is_missing() -> None:
    suggestion = suggest_grade(None, _scores(20), TEN)
    assert suggestion.grade is Grade.G1
    assert suggestion.owner_grade is None
    assert suggestion.reasons == ("소관부서 판단(해결 주체) 미입력", "진단표 점수 20/30 (66.7%) ≥ 1등급 기준 60% → 1등급")


def test_reason_without_bands() -> None:
    suggestion = suggest_grade(None, _scores(30), ChecklistSettings(items=TEN.items, bands=()))
    assert suggestion.reasons[-1] == "진단표 점수 30/30 (100.0%), 점수 구간 없음 → 3등급"


def test_suggestion_rejects_invalid_scores() -> None:
    with pytest.raises(InvalidValue):
        suggest_grade(OwnerLevel.CITY, {"media": 5}, DEFAULT)


@pytest.mark.parametrize(
    ("confirmed", "suggested", "needed"),
    [
        (Grade.G1, Grade.G1, False),
        (Grade.G2, Grade.G2, False),
        (Grade.G3, Grade.G3, False),
        (Grade.G1, Grade.G2, True),
        (Grade.G3, Grade.G1, True),
        (Grade.G2, Grade.G3, True),
        (Grade.G2, None, False),
    ],
)
def test_needs_override_reason(confirmed: Grade, suggested: Grade | None, needed: bool) -> None:
    assert needs_override_reason(confirmed, suggested) is needed


def test_needs_override_reason_accepts_a_suggestion() -> None:
    suggestion = suggest_grade(OwnerLevel.MULTI_DEPARTMENT, {}, DEFAULT)
    assert needs_override_reason(Grade.G2, suggestion) is False
    assert needs_override_reason(Grade.G1, suggestion) is True


# --- settings -----------------------------------------------------------------------------------------


def test_settings_round_trip_through_json() -> None:
    settings = ChecklistSettings(
        items=(RiskItem("a", "가", 2), RiskItem("b", "나", 5)), bands=(ScoreBand(Grade.G1, 70), ScoreBand(Grade.G2, 40))
    )
    data = settings.to_dict()
    assert data == {
        "version": 1,
        "items": [{"code": "a", "label": "가", "weight": 2}, {"code": "b", "label": "나", "weight": 5}],
        "bands": [{"grade": 1, "min_percent": 70}, {"grade": 2, "min_percent": 40}],
    }
    assert ChecklistSettings.from_dict(json.loads(json.dumps(data))) == settings


def test_default_settings_round_trip() -> None:
    assert ChecklistSettings.from_dict(DEFAULT.to_dict()) == DEFAULT
    assert ChecklistSettings.from_dict({}) == DEFAULT


@pytest.mark.parametrize(
    "data",
    [
        {"items": []},
        {"items": [{"code": "a"}]},
        {"items": [{"code": "a", "label": "가", "weight": 0}]},
        {"items": [{"code": "a", "label": "가", "weight": "2"}]},
        {"items": [{"code": "", "label": "가"}]},
        {"items": [{"code": 5, "label": "가"}]},
        {"items": [{"code": "a", "label": "가"}, {"code": "a", "label": "나"}]},
        {"items": "abc"},
        {"items": [1]},
        {"bands": [{"grade": 3, "min_percent": 10}]},
        {"bands": [{"grade": 4, "min_percent": 10}]},
        {"bands": [{"grade": 1, "min_percent": 0}]},
        {"bands": [{"grade": 1, "min_percent": 101}]},
        {"bands": [{"grade": 1, "min_percent": 50.5}]},
        {"bands": [{"grade": 1, "min_percent": 30}, {"grade": 2, "min_percent": 40}]},
        {"bands": [{"grade": 2, "min_percent": 30}, {"grade": 2, "min_percent": 40}]},
        {"bands": [{"grade": 1}]},
        {"bands": None},
    ],
)
def test_bad_settings_raise_invalid_value(data: dict[str, Any]) -> None:
    with pytest.raises(InvalidValue):
        ChecklistSettings.from_dict(data)


def test_settings_from_non_mapping_raise_invalid_value() -> None:
    with pytest.raises(InvalidValue):
        ChecklistSettings.from_dict([])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "make",
    [
        lambda: RiskItem("a", "가", 0),
        lambda: RiskItem("a", "가", 101),
        lambda: RiskItem("a", "가", True),
        lambda: RiskItem(" ", "가"),
        lambda: RiskItem("a", ""),
        lambda: ScoreBand(Grade.G3, 10),
        lambda: ScoreBand(Grade.G1, 0),
        lambda: ChecklistSettings(items=()),
    ],
)
def test_bad_settings_objects_raise_invalid_value(make: Any) -> None:
    with pytest.raises(InvalidValue):
        make()


def test_equal_band_thresholds_are_allowed() -> None:
    settings = ChecklistSettings(bands=(ScoreBand(Grade.G1, 50), ScoreBand(Grade.G2, 50)))
    assert band_grade(38, 75, settings) is Grade.G1
    assert band_grade(37, 75, settings) is Grade.G3


# --- properties ---------------------------------------------------------------------------------------

_score_maps = st.dictionaries(st.sampled_from(CODES), st.integers(min_value=0, max_value=3))
_owners = st.one_of(st.none(), st.sampled_from(list(OwnerLevel)))


@given(_score_maps)
def test_total_is_between_zero_and_maximum(scores: dict[str, int]) -> None:
    total, maximum = score_checklist(scores, DEFAULT)
    assert 0 <= total <= maximum == 75


@given(_owners, _score_maps)
def test_suggestion_is_never_milder_than_either_part(owner: OwnerLevel | None, scores: dict[str, int]) -> None:
    suggestion = suggest_grade(owner, scores, DEFAULT)
    assert suggestion.grade.value <= suggestion.score_grade.value
    if owner is not None:
        assert suggestion.grade.value <= owner.value
        assert suggestion.grade.value == min(owner.value, suggestion.score_grade.value)
    else:
        assert suggestion.grade is suggestion.score_grade
    assert suggestion.reasons


@given(_owners, _score_maps, st.sampled_from(CODES))
def test_raising_a_score_never_makes_the_suggestion_milder(
    owner: OwnerLevel | None, scores: dict[str, int], code: str
) -> None:
    before = suggest_grade(owner, scores, DEFAULT).grade
    raised = {**scores, code: min(3, scores.get(code, 0) + 1)}
    assert suggest_grade(owner, raised, DEFAULT).grade.value <= before.value


@given(st.dictionaries(st.sampled_from(CODES), st.integers().filter(lambda n: not 0 <= n <= 3), min_size=1))
def test_out_of_range_scores_always_raise(scores: dict[str, int]) -> None:
    with pytest.raises(InvalidValue):
        score_checklist(scores, DEFAULT)
