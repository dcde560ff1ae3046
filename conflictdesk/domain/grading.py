"""Grading advice (docs/업무규칙.md §Grades): the diagnosis checklist, its score bands and the suggested grade.

Scoring: each checklist item is scored 0–3 (없음·낮음·보통·높음) and multiplied by its weight; the *total* is the sum
and the *maximum* is 3 × the sum of the weights. Items that were not scored count as 0.

Score bands are percentages of the maximum, compared exactly in integers (no floating point): with the default
bands a total of at least 60 % of the maximum suggests grade 1, at least 35 % grade 2, anything lower grade 3.
Only grades 1 and 2 have bands; grade 3 is the floor.

The suggested grade is the more serious (lower number) of the owner-level answer and the score band; when the owner
level is not answered, the score band alone decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from conflictdesk.domain.enums import Grade, OwnerLevel
from conflictdesk.domain.errors import InvalidValue

MIN_SCORE = 0
MAX_SCORE = 3
SCORE_LABELS: dict[int, str] = {0: "없음", 1: "낮음", 2: "보통", 3: "높음"}
MAX_WEIGHT = 100
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class RiskItem:
    """One checklist item: a stable code, its Korean label and a positive integer weight."""

    code: str
    label: str
    weight: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code.strip():
            raise InvalidValue("checklist_item_code_empty")
        if not isinstance(self.label, str) or not self.label.strip():
            raise InvalidValue("checklist_item_label_empty", item=self.code)
        weight = self.weight
        if isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= MAX_WEIGHT:
            raise InvalidValue("checklist_weight_invalid", item=self.label, value=weight, limit=MAX_WEIGHT)


@dataclass(frozen=True)
class ScoreBand:
    """A total of at least ``min_percent`` % of the maximum suggests ``grade``."""

    grade: Grade
    min_percent: int

    def __post_init__(self) -> None:
        if not isinstance(self.grade, Grade) or self.grade is Grade.G3:
            raise InvalidValue("band_grade_invalid", value=self.grade)
        percent = self.min_percent
        if isinstance(percent, bool) or not isinstance(percent, int) or not 1 <= percent <= 100:
            raise InvalidValue("band_percent_invalid", grade=self.grade, value=percent)


DEFAULT_ITEMS: tuple[RiskItem, ...] = (
    RiskItem("stakeholders", "이해관계자 수·집단 다양성", 2),
    RiskItem("organised_opposition", "조직화된 반대(대책위원회 등)", 3),
    RiskItem("rights_restriction", "재산권·환경권 등 권리 제한", 2),
    RiskItem("nimby", "기피시설(님비) 여부", 2),
    RiskItem("budget_scale", "사업 규모(예산)", 1),
    RiskItem("affected_population", "영향을 받는 인구 규모", 2),
    RiskItem("media", "언론 보도", 1),
    RiskItem("complaint_trend", "민원 추이(증가세)", 2),
    RiskItem("protests", "집회·시위", 3),
    RiskItem("litigation", "소송·행정심판·이의신청", 3),
    RiskItem("intergovernmental", "기관 간(관–관) 쟁점", 2),
    RiskItem("trust_deficit", "행정 신뢰 부족·절차 미비", 2),
)
DEFAULT_BANDS: tuple[ScoreBand, ...] = (ScoreBand(Grade.G1, 60), ScoreBand(Grade.G2, 35))


@dataclass(frozen=True)
class ChecklistSettings:
    """Checklist items (with weights) and grade bands; a setting stored with each round."""

    items: tuple[RiskItem, ...] = DEFAULT_ITEMS
    bands: tuple[ScoreBand, ...] = DEFAULT_BANDS

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))
        object.__setattr__(self, "bands", tuple(sorted(self.bands, key=lambda band: band.grade.value)))
        if not self.items:
            raise InvalidValue("checklist_empty")
        codes = [item.code for item in self.items]
        duplicates = sorted({code for code in codes if codes.count(code) > 1})
        if duplicates:
            raise InvalidValue("checklist_item_duplicate", item=duplicates[0])
        grades = [band.grade for band in self.bands]
        if len(set(grades)) != len(grades):
            raise InvalidValue("band_duplicate")
        if len(self.bands) == 2 and self.bands[0].min_percent < self.bands[1].min_percent:
            raise InvalidValue("band_order_invalid")

    @property
    def max_total(self) -> int:
        return MAX_SCORE * sum(item.weight for item in self.items)

    def item(self, code: str) -> RiskItem:
        for item in self.items:
            if item.code == code:
                return item
        raise InvalidValue("checklist_item_unknown", item=code)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form: ``{"version": 1, "items": [{code, label, weight}…], "bands": [{grade, min_percent}…]}``."""
        return {
            "version": SETTINGS_VERSION,
            "items": [{"code": i.code, "label": i.label, "weight": i.weight} for i in self.items],
            "bands": [{"grade": b.grade.value, "min_percent": b.min_percent} for b in self.bands],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChecklistSettings:
        """Inverse of :meth:`to_dict`; a missing ``items`` or ``bands`` key takes the default."""
        if not isinstance(data, Mapping):
            raise InvalidValue("checklist_settings_malformed", detail="")
        try:
            items = (
                tuple(RiskItem(d["code"], d["label"], d.get("weight", 1)) for d in data["items"])
                if "items" in data
                else DEFAULT_ITEMS
            )
            bands = (
                tuple(ScoreBand(Grade(d["grade"]), d["min_percent"]) for d in data["bands"])
                if "bands" in data
                else DEFAULT_BANDS
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidValue("checklist_settings_malformed", detail=f": {exc}") from exc
        return cls(items=items, bands=bands)


def _check_score(code: str, score: object) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or not MIN_SCORE <= score <= MAX_SCORE:
        raise InvalidValue("checklist_score_invalid", item=code, value=score, low=MIN_SCORE, high=MAX_SCORE)
    return score


def score_checklist(scores: Mapping[str, int], settings: ChecklistSettings | None = None) -> tuple[int, int]:
    """``(total, maximum)`` of a checklist: Σ weight × score and 3 × Σ weight. Unscored items count as 0.

    Raises :class:`InvalidValue` for an item code not in ``settings`` or a score outside 0–3.
    """
    settings = settings if settings is not None else ChecklistSettings()
    total = 0
    for code, score in scores.items():
        item = settings.item(code)
        total += item.weight * _check_score(code, score)
    return total, settings.max_total


def band_grade(total: int, maximum: int, settings: ChecklistSettings | None = None) -> Grade:
    """The grade of the score band that ``total`` out of ``maximum`` falls in (grade 3 below every band)."""
    settings = settings if settings is not None else ChecklistSettings()
    for band in settings.bands:  # sorted by grade, most serious first
        if maximum > 0 and total * 100 >= band.min_percent * maximum:
            return band.grade
    return Grade.G3


def _percent_text(total: int, maximum: int) -> str:
    """``total/maximum`` as a percentage with one decimal, rounded half up (integer arithmetic)."""
    tenths = (total * 1000 * 2 + maximum) // (maximum * 2) if maximum else 0
    return f"{tenths // 10}.{tenths % 10}%"


@dataclass(frozen=True)
class GradeSuggestion:
    """The suggested grade with its Korean reasons; the parts are kept for display."""

    grade: Grade
    reasons: tuple[str, ...]
    owner_grade: Grade | None = None
    score_grade: Grade = Grade.G3
    total: int = 0
    maximum: int = 0


def suggest_grade(
    owner_level: OwnerLevel | None,
    scores: Mapping[str, int],
    settings: ChecklistSettings | None = None,
) -> GradeSuggestion:
    """The more serious of the owner-level answer and the score band, with the reasons for both."""
    settings = settings if settings is not None else ChecklistSettings()
    total, maximum = score_checklist(scores, settings)
    score_grade = band_grade(total, maximum, settings)
    reasons: list[str] = []

    owner_grade: Grade | None = None
    if owner_level is None:
        reasons.append("소관부서 판단(해결 주체) 미입력")
    else:
        owner_grade = Grade(OwnerLevel(owner_level).value)
        reasons.append(f"소관부서 판단: {OwnerLevel(owner_level).label} → {owner_grade.label}")

    score_text = f"진단표 점수 {total}/{maximum} ({_percent_text(total, maximum)})"
    band = next((b for b in settings.bands if b.grade is score_grade), None)
    if band is not None:
        reasons.append(f"{score_text} ≥ {band.grade.label} 기준 {band.min_percent}% → {score_grade.label}")
    elif settings.bands:
        lowest = settings.bands[-1]
        reasons.append(
            f"{score_text} < {lowest.grade.label} 기준 {lowest.min_percent}% → {score_grade.label}"
        )
    else:
        reasons.append(f"{score_text}, 점수 구간 없음 → {score_grade.label}")

    grade = score_grade if owner_grade is None else min(owner_grade, score_grade, key=lambda g: g.value)
    if owner_grade is not None and owner_grade is not score_grade:
        reasons.append(f"더 심각한 쪽인 {grade.label}을 제안")
    return GradeSuggestion(
        grade=grade,
        reasons=tuple(reasons),
        owner_grade=owner_grade,
        score_grade=score_grade,
        total=total,
        maximum=maximum,
    )


def needs_override_reason(confirmed: Grade, suggestion: Grade | GradeSuggestion | None) -> bool:
    """A confirmed grade that differs from the suggested one needs a written reason (no suggestion → no)."""
    if suggestion is None:
        return False
    suggested = suggestion.grade if isinstance(suggestion, GradeSuggestion) else suggestion
    return Grade(confirmed) is not Grade(suggested)


def validate_scores(
    scores: Mapping[str, object], settings: ChecklistSettings | None = None
) -> dict[str, int]:
    """Check loosely typed scores (e.g. from JSON) and return them as ``{code: int}``; raises InvalidValue."""
    settings = settings if settings is not None else ChecklistSettings()
    checked: dict[str, int] = {}
    for code, score in scores.items():
        settings.item(code)
        checked[code] = _check_score(code, score)
    return checked
