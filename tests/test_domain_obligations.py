"""Tests for grade obligations and what is missing (conflictdesk.domain.obligations)."""

from __future__ import annotations

import itertools

import pytest

from conflictdesk.domain.enums import ConflictStage, Grade
from conflictdesk.domain.obligations import (
    MISSING_LABELS,
    OBLIGATION_CODES,
    card_is_complete,
    missing_obligations,
)

ALL_DONE = {"has_card": True, "card_complete": True, "has_plan": True, "plan_has_items": True,
            "has_active_expert": True}


@pytest.mark.parametrize(
    ("issue_count", "stage", "outlook", "complete"),
    [
        (1, ConflictStage.SURFACED, "협의 지속 전망", True),
        (3, ConflictStage.LATENT, "x", True),
        (0, ConflictStage.SURFACED, "협의 지속 전망", False),
        (1, None, "협의 지속 전망", False),
        (1, ConflictStage.SURFACED, "", False),
        (1, ConflictStage.SURFACED, "  \n\u3000", False),
        (0, None, "", False),
    ],
)
def test_card_is_complete(issue_count: int, stage: ConflictStage | None, outlook: str, complete: bool) -> None:
    assert card_is_complete(issue_count, stage, outlook) is complete


@pytest.mark.parametrize(
    ("grade", "changes", "missing"),
    [
        (Grade.G1, {}, ()),
        (Grade.G1, {"has_card": False, "card_complete": False}, ("card",)),
        (Grade.G1, {"card_complete": False}, ("card",)),
        (Grade.G1, {"has_plan": False, "plan_has_items": False}, ("plan",)),
        (Grade.G1, {"plan_has_items": False}, ("plan",)),
        (Grade.G1, {"has_active_expert": False}, ("expert",)),
        (Grade.G1, {"has_card": False, "has_plan": False, "has_active_expert": False}, ("card", "plan", "expert")),
        (Grade.G2, {}, ()),
        (Grade.G2, {"has_active_expert": False}, ()),  # experts are for grade 1 only
        (Grade.G2, {"card_complete": False, "has_active_expert": False}, ("card",)),
        (Grade.G2, {"has_card": False, "has_plan": False}, ("card", "plan")),
        (Grade.G3, {"has_card": False, "has_plan": False, "has_active_expert": False}, ()),
        (None, {"has_card": False, "has_plan": False, "has_active_expert": False}, ()),
    ],
)
def test_missing_obligations(grade: Grade | None, changes: dict[str, bool], missing: tuple[str, ...]) -> None:
    assert missing_obligations(grade, **{**ALL_DONE, **changes}) == missing


@pytest.mark.parametrize("flags", list(itertools.product([False, True], repeat=5)))
@pytest.mark.parametrize("grade", [Grade.G1, Grade.G2, Grade.G3, None])
def test_every_combination(grade: Grade | None, flags: tuple[bool, ...]) -> None:
    has_card, card_complete, has_plan, plan_has_items, has_active_expert = flags
    result = missing_obligations(
        grade,
        has_card=has_card,
        card_complete=card_complete,
        has_plan=has_plan,
        plan_has_items=plan_has_items,
        has_active_expert=has_active_expert,
    )
    expected = []
    if grade in (Grade.G1, Grade.G2):
        if not (has_card and card_complete):
            expected.append("card")
        if not (has_plan and plan_has_items):
            expected.append("plan")
    if grade is Grade.G1 and not has_active_expert:
        expected.append("expert")
    assert result == tuple(expected)
    assert list(result) == [code for code in OBLIGATION_CODES if code in result]


def test_labels() -> None:
    assert OBLIGATION_CODES == ("card", "plan", "expert")
    assert set(MISSING_LABELS) == set(OBLIGATION_CODES)
    assert "갈등관리카드" in MISSING_LABELS["card"]
    assert "대응계획" in MISSING_LABELS["plan"]
    assert "전문가" in MISSING_LABELS["expert"]


def test_grade_given_as_plain_int_value() -> None:
    assert missing_obligations(Grade(1), **{**ALL_DONE, "has_active_expert": False}) == ("expert",)
