"""Screening (docs/업무규칙.md §Criteria): which diagnosis criteria a project meets under a round's rules, with reasons.

The vice-mayor rule (``VICE_MAYOR``), implemented by :func:`read_decision_authority`:

0. The cell is split where several titles are joined (·, ・, ㆍ, /, 、, ",", 및, 또는): "시장·부시장",
   "행정부시장/시장" and "행정·정무·경제부시장" name only mayor-level offices and hold; each part is then read
   as follows. Parts that are all known lower titles (:data:`LOWER_TITLES`: 실장, 국장, 과장, 팀장 …) do not hold;
   anything else — an unknown word, a mix of levels — is "확인 필요", a warning for the officer, never silently no.
1. The title is NFKC-normalised (this also composes decomposed Hangul), ``市長``/``副市長`` are read as
   시장/부시장, bracketed notes (``(대결)``, ``(市場)``) are dropped and all whitespace is removed.
2. Trailing words that do not change the office are dropped, repeatedly: ``님``, ``전결``, ``결재``,
   ``권한대행``, ``직무대행``, ``직무대리``, ``대결``, ``대행``, ``이상`` ("부시장 이상").
3. What is left must be *exactly* an office title, optionally after a place name:

   ``[province] [city] [qualifier 부]시장`` where

   * province: a known 도 name (``경기도``, ``충청남도``, ``제주특별자치도`` …);
   * city: a metropolitan/special city written out (``인천광역시``, ``서울특별시``, ``세종특별자치시`` — with or
     without the final 시 before 시장: ``인천광역시장``) or a known short city name (``인천``, ``수원`` … with or
     without 시);
   * qualifier (only before 부시장): ``행정``, ``정무``, ``경제``, ``균형발전``, ``균형발전정무``, each optionally
     followed by a number (``행정1``), or a number alone (``제1``, ``2``).

So 시장, 부시장, 행정부시장, 균형발전정무부시장, ``인천광역시 행정부시장``, ``인천광역시장`` hold, while titles that merely
contain 시장 — 시장정비팀장, 전통시장팀장, 시장경제과장, 부시장실 비서, 남부시장 (a market) — do not: they either do not
end in 시장 or what precedes it is not a known place or qualifier. A closed list is used on purpose: "동부시장",
"남부시장" and "전통시장" are market names, so an open "anything + 부시장/시장" rule would misfire.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.money import format_korean_won, format_million_won

DEFAULT_BUDGET_THRESHOLD_WON = 4_000_000_000
RULESET_VERSION = 1

# --- the vice-mayor rule ------------------------------------------------------------------------------

_PROVINCES = (
    "경기",
    "강원",
    "충청북",
    "충청남",
    "충북",
    "충남",
    "전라북",
    "전라남",
    "전북",
    "전남",
    "경상북",
    "경상남",
    "경북",
    "경남",
    "제주",
)
_CITIES = (
    # special and metropolitan cities (short names)
    "서울",
    "부산",
    "대구",
    "인천",
    "광주",
    "대전",
    "울산",
    "세종",
    # 경기
    "수원",
    "성남",
    "의정부",
    "안양",
    "부천",
    "광명",
    "평택",
    "동두천",
    "안산",
    "고양",
    "과천",
    "구리",
    "남양주",
    "오산",
    "시흥",
    "군포",
    "의왕",
    "하남",
    "용인",
    "파주",
    "이천",
    "안성",
    "김포",
    "화성",
    "양주",
    "포천",
    "여주",
    # 강원, 충북, 충남
    "춘천",
    "원주",
    "강릉",
    "동해",
    "태백",
    "속초",
    "삼척",
    "청주",
    "충주",
    "제천",
    "천안",
    "공주",
    "보령",
    "아산",
    "서산",
    "논산",
    "계룡",
    "당진",
    # 전북, 전남
    "전주",
    "군산",
    "익산",
    "정읍",
    "남원",
    "김제",
    "목포",
    "여수",
    "순천",
    "나주",
    "광양",
    # 경북, 경남, 제주
    "포항",
    "경주",
    "김천",
    "안동",
    "구미",
    "영주",
    "영천",
    "상주",
    "문경",
    "경산",
    "창원",
    "진주",
    "통영",
    "사천",
    "김해",
    "밀양",
    "거제",
    "양산",
    "제주",
    "서귀포",
)
_QUALIFIERS = ("균형발전정무", "균형발전", "행정", "정무", "경제")

_PROVINCE_RE = rf"(?:(?:{'|'.join(_PROVINCES)})(?:특별자치도|도))"
_CITY_RE = rf"(?:[가-힣]{{2,4}}(?:특별자치|특별|광역)|{'|'.join(_CITIES)})"
_QUALIFIER_RE = rf"(?:(?:{'|'.join(_QUALIFIERS)})(?:제?[1-9])?|제?[1-9])"
_TITLE_RE = re.compile(rf"{_PROVINCE_RE}?(?:{_CITY_RE}시?)?(?:{_QUALIFIER_RE}?부)?시장")

_BRACKETS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]|〔[^〕]*〕|【[^】]*】|<[^>]*>")
_SUFFIXES = ("권한대행", "직무대행", "직무대리", "전결", "결재", "대결", "대행", "이상", "님")
_HANJA = (("副市長", "부시장"), ("市長", "시장"))
#: What joins several titles in one cell: ·, ・, ㆍ, /, 、, ",", "및", "또는" ("시장·부시장", "행정부시장/시장").
_JOINERS_RE = re.compile(r"[·・ㆍ\u119e\u2027\u2219/、,，]|및|또는|혹은")
_QUALIFIER_ONLY_RE = re.compile(rf"{_QUALIFIER_RE}")
#: Known titles below the vice-mayor: a 전결권자 ending in one of them never meets VICE_MAYOR.
LOWER_TITLES = (
    "실장", "국장", "과장", "팀장", "담당관", "본부장", "단장", "소장", "원장", "센터장", "관장", "계장", "주무관",
    "담당", "부장", "처장", "감사관", "대변인", "협력관", "정책관", "기획관", "보좌관", "구청장", "군수", "동장",
    "읍장", "면장", "사무관", "주사",
)


class AuthorityReading(Enum):
    """How a 전결권자 cell reads (docs/업무규칙.md, 부시장 이상 전결)."""

    BLANK = "blank"  # nothing written: VICE_MAYOR does not hold, no warning
    ABOVE = "above"  # the mayor or a vice-mayor, alone or combined: VICE_MAYOR holds
    BELOW = "below"  # known lower titles only: VICE_MAYOR does not hold
    UNCLEAR = "unclear"  # anything else: 확인 필요 — a warning for the officer to decide


def _normalise(title: str) -> str:
    text = unicodedata.normalize("NFKC", title)
    for hanja, hangul in _HANJA:
        text = text.replace(hanja, hangul)
    return _BRACKETS_RE.sub("", text)


def _core(text: str) -> str:
    """One title without whitespace and without trailing words that do not change the office."""
    text = "".join(text.split())
    stripped = True
    while stripped:
        stripped = False
        for suffix in _SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                stripped = True
    return text


def read_decision_authority(title: str) -> AuthorityReading:
    """Read a 전결권자 cell: 시장, 부시장, 행정·정무·경제부시장 and any combination of them (joined by ·, /, 、, ",",
    "및", or followed by "이상") are :attr:`AuthorityReading.ABOVE`; known lower titles (실장, 국장, 과장, 팀장,
    시장정비팀장 …) are :attr:`~AuthorityReading.BELOW`; anything else is :attr:`~AuthorityReading.UNCLEAR` (확인 필요)."""
    if not isinstance(title, str) or not title.strip():
        return AuthorityReading.BLANK
    parts = [_core(p) for p in _JOINERS_RE.split(_normalise(title))]
    parts = [p for p in parts if p]
    if not parts:
        return AuthorityReading.UNCLEAR
    kinds = []
    for part in parts:
        if _TITLE_RE.fullmatch(part):
            kinds.append("title")
        elif _QUALIFIER_ONLY_RE.fullmatch(part):
            kinds.append("qualifier")  # 행정 in 행정·정무부시장
        elif part.endswith(LOWER_TITLES):
            kinds.append("lower")
        else:
            kinds.append("other")
    if "title" in kinds and all(k in ("title", "qualifier") for k in kinds):
        return AuthorityReading.ABOVE
    if all(k == "lower" for k in kinds):
        return AuthorityReading.BELOW
    return AuthorityReading.UNCLEAR


def authority_warning(title: str) -> str | None:
    """The 확인 필요 warning for a 전결권자 that is neither clearly 부시장 이상 nor a known lower title."""
    if read_decision_authority(title) is not AuthorityReading.UNCLEAR:
        return None
    return (f"전결권자 '{' '.join(title.split())}' 확인 필요: 부시장 이상인지 알 수 없습니다 "
            "(부시장 이상 전결 기준에 넣지 않았습니다).")


# --- rules, input and result --------------------------------------------------------------------------


def _criterion_from_code(code: object) -> Criterion:
    for criterion in Criterion:
        if criterion.value == code:
            return criterion
    raise InvalidValue("criterion_code_unknown", value=code)


@dataclass(frozen=True)
class RuleSet:
    """The screening settings in force for a round; stored with the round when it opens."""

    budget_threshold_won: int = DEFAULT_BUDGET_THRESHOLD_WON
    active: frozenset[Criterion] = frozenset(Criterion)

    def __post_init__(self) -> None:
        threshold = self.budget_threshold_won
        if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 0:
            raise InvalidValue("budget_threshold_invalid", value=threshold)
        if not isinstance(self.active, frozenset):
            object.__setattr__(self, "active", frozenset(self.active))
        for criterion in self.active:
            if not isinstance(criterion, Criterion):
                raise InvalidValue("criterion_unknown", value=criterion)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form: ``{"version": 1, "budget_threshold_won": …, "active": ["TIA", …]}`` (§3 order)."""
        return {
            "version": RULESET_VERSION,
            "budget_threshold_won": self.budget_threshold_won,
            "active": [c.value for c in CRITERIA_ORDER if c in self.active],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleSet:
        """Inverse of :meth:`to_dict`; missing keys take the defaults, unknown keys are ignored."""
        if not isinstance(data, Mapping):
            raise InvalidValue("rules_malformed")
        threshold = data.get("budget_threshold_won", DEFAULT_BUDGET_THRESHOLD_WON)
        codes = data.get("active")
        if codes is None:
            active = frozenset(Criterion)
        elif isinstance(codes, list | tuple):
            active = frozenset(_criterion_from_code(code) for code in codes)
        else:
            raise InvalidValue("rules_active_not_list")
        return cls(budget_threshold_won=threshold, active=active)


@dataclass(frozen=True)
class ScreeningInput:
    """The facts of one project that screening looks at (the template's yes/no columns, budget and 전결권자)."""

    tia: bool = False
    eia: bool = False
    decision_authority: str = ""
    budget_won: int | None = None
    midterm: bool = False
    ordinance: bool = False
    visible: bool = False
    #: Why the conflict is known to be visible although the 갈등 표출 cell says no: the card's stage is 표출 or
    #: later, or its signals reach 예비경보 (docs/업무규칙.md). Blank = no such knowledge.
    visible_reason: str = ""


@dataclass(frozen=True)
class ScreeningResult:
    """Which criteria hold (in §3 order) and, for each, a Korean reason."""

    criteria: tuple[Criterion, ...]
    reasons: dict[Criterion, str] = field(default_factory=dict, hash=False)

    @property
    def is_target(self) -> bool:
        return bool(self.criteria)

    @property
    def codes(self) -> tuple[str, ...]:
        """The criteria as stable codes, e.g. ``("BUDGET", "EIA")`` in §3 order."""
        return tuple(c.value for c in self.criteria)


def criterion_label(criterion: Criterion, rules: RuleSet | None = None) -> str:
    """The Korean name of ``criterion`` under ``rules``: the budget criterion names its threshold ("50억원 이상 예산"
    once the threshold is 5,000백만원), so a label never contradicts the value in force."""
    if criterion is Criterion.BUDGET:
        threshold = (rules or RuleSet()).budget_threshold_won
        return f"{format_korean_won(threshold)} 이상 예산"
    return criterion.label


def _reason(criterion: Criterion, inp: ScreeningInput, rules: RuleSet) -> str | None:
    """The reason ``criterion`` holds for ``inp``, or ``None`` when it does not."""
    if criterion is Criterion.TIA:
        return "교통영향평가 협의 대상" if inp.tia else None
    if criterion is Criterion.EIA:
        return "환경영향평가 협의 대상" if inp.eia else None
    if criterion is Criterion.VICE_MAYOR:
        authority = inp.decision_authority.strip()
        above = read_decision_authority(authority) is AuthorityReading.ABOVE
        return f"전결권자 '{authority}'" if above else None
    if criterion is Criterion.BUDGET:
        if inp.budget_won is None or inp.budget_won < rules.budget_threshold_won:
            return None
        return (
            f"총사업비 {format_million_won(inp.budget_won)} ≥ "
            f"기준 {format_million_won(rules.budget_threshold_won)}"
        )
    if criterion is Criterion.MIDTERM:
        return "중기재정계획 반영 사업" if inp.midterm else None
    if criterion is Criterion.ORDINANCE:
        return "재산권·환경권 등 규제 자치법규 제·개정" if inp.ordinance else None
    if criterion is Criterion.VISIBLE:
        if inp.visible:
            return "갈등이 표출되었거나 진행 중"
        return inp.visible_reason or None
    raise AssertionError(criterion)  # pragma: no cover - every member is handled above


def screen_project(inp: ScreeningInput, rules: RuleSet | None = None) -> ScreeningResult:
    """Screen one project: every active criterion that holds, in §3 order, each with its reason."""
    rules = rules if rules is not None else RuleSet()
    reasons: dict[Criterion, str] = {}
    for criterion in CRITERIA_ORDER:
        if criterion not in rules.active:
            continue
        reason = _reason(criterion, inp, rules)
        if reason is not None:
            reasons[criterion] = reason
    return ScreeningResult(criteria=tuple(reasons), reasons=reasons)


#: Card stages from which the conflict counts as visible (표출 or later, until it is resolved).
VISIBLE_STAGES = frozenset({"surfaced", "spreading", "deadlock", "easing"})
#: The reason a graded case stays a target when a re-import takes it off every criterion.
KEPT_GRADED_REASON = "유지: 확정 등급 사업"
