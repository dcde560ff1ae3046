"""공론화 (public deliberation) agenda rules: item sources, the petition thresholds and the 시민 설명 대상.

See docs/업무규칙.md, "Deliberation (공론화)". A 시민청원 qualifies as an agenda item (심의대상) when its 공감 count
reaches the support threshold (6,000) within the window (30 days; day 1 is the opening date, so a count dated up to
opening + 29 days counts). A petition that does not qualify but reached the 설명 기준 (3,000) within the window is a
시민 설명 대상: the city owes the petitioners an explanation, due a number of days after the window closes. The
thresholds are settings copied onto each item when it is made, as screening rules are stored with a round.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from conflictdesk.domain.enums import LabeledEnum
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue

#: Defaults of the 운영세칙 제3조 (support, window) and of the 설명 기준 (docs/업무규칙.md).
DEFAULT_SUPPORT = 6_000
DEFAULT_WINDOW_DAYS = 30
DEFAULT_EXPLAIN = 3_000
DEFAULT_EXPLAIN_DAYS = 30


class ItemSource(LabeledEnum):
    """Where an agenda item comes from (운영세칙 제3조 (a)–(c); (d) is ConflictDesk's referral from a case)."""

    PETITION = ("petition", "시민청원")
    COUNCIL = ("council", "시의회 청원 의결")
    MAYOR = ("mayor", "시장 요구")
    CASE = ("case", "갈등사례 회부")


class Decision(LabeledEnum):
    """The 공론화위원회's decision on an item: 공론화 실시 or not (with a reason)."""

    GO = ("go", "실시")
    NO_GO = ("no_go", "미실시")


class PetitionStatus(LabeledEnum):
    """Where a petition stands against the thresholds."""

    QUALIFIES = ("qualifies", "심의대상")
    OPEN = ("open", "공감 진행 중")
    EXPLAIN = ("explain", "시민 설명 대상")
    BELOW = ("below", "기준 미달")


_THRESHOLD_LABELS = {"support": Term("청원 기준"), "window_days": Term("청원 기간"), "explain": Term("설명 기준"),
                     "explain_days": Term("설명 기한")}


@dataclass(frozen=True)
class Thresholds:
    """The agenda thresholds stored with each item (the setting at the time the item was made)."""

    support: int = DEFAULT_SUPPORT
    window_days: int = DEFAULT_WINDOW_DAYS
    explain: int = DEFAULT_EXPLAIN
    explain_days: int = DEFAULT_EXPLAIN_DAYS

    def __post_init__(self) -> None:
        for name, label in _THRESHOLD_LABELS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidValue("deliberation_threshold_invalid", field=label, value=str(value))
        if self.explain > self.support:
            raise InvalidValue("deliberation_explain_above_support", explain=self.explain, support=self.support)

    def to_dict(self) -> dict[str, int]:
        return {"support": self.support, "window_days": self.window_days, "explain": self.explain,
                "explain_days": self.explain_days}

    @classmethod
    def from_dict(cls, value: Mapping[str, Any]) -> Thresholds:
        defaults = cls()
        return cls(**{k: value.get(k, getattr(defaults, k)) for k in defaults.to_dict()})


@dataclass(frozen=True)
class SupportCount:
    """The 공감 count of a petition as of a date (the homepage shows it growing)."""

    as_of: date
    count: int


def window_end(opened: date, thresholds: Thresholds) -> date:
    """The last day whose count still counts: day 1 is the opening date, so opening + (window − 1) days."""
    return opened + timedelta(days=thresholds.window_days - 1)


def support_within(opened: date, counts: Iterable[SupportCount], thresholds: Thresholds) -> int | None:
    """The highest count dated within the window (None when no count is), the figure the rule judges."""
    last = window_end(opened, thresholds)
    inside = [c.count for c in counts if opened <= c.as_of <= last]
    return max(inside) if inside else None


@dataclass(frozen=True)
class PetitionJudgement:
    status: PetitionStatus
    support: int | None
    explain_due: date | None

    @property
    def qualifies(self) -> bool:
        return self.status is PetitionStatus.QUALIFIES


def judge_petition(opened: date, counts: Iterable[SupportCount], thresholds: Thresholds,
                   today: date) -> PetitionJudgement:
    """A petition against its thresholds on ``today``.

    Qualifies as soon as a count within the window reaches the support threshold. While the window is open and it has
    not, it is 공감 진행 중. After the window: at or above the 설명 기준 it is a 시민 설명 대상, due ``explain_days``
    after the window's last day; else 기준 미달.
    """
    support = support_within(opened, counts, thresholds)
    reached = support or 0
    if reached >= thresholds.support:
        return PetitionJudgement(PetitionStatus.QUALIFIES, support, None)
    last = window_end(opened, thresholds)
    if today <= last:
        return PetitionJudgement(PetitionStatus.OPEN, support, None)
    if reached >= thresholds.explain:
        return PetitionJudgement(PetitionStatus.EXPLAIN, support, last + timedelta(days=thresholds.explain_days))
    return PetitionJudgement(PetitionStatus.BELOW, support, None)


def checked_count(value: object) -> int:
    """A 공감 count: a whole number ≥ 0 (raises ``InvalidValue`` naming the value)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValue("petition_count_invalid", value=str(value))
    return value
