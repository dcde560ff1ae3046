"""Diagnosis rounds (진단 차수): ids ``YYYY-1`` (상반기, January) and ``YYYY-2`` (하반기, July)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue

__all__ = ["MAX_YEAR", "MIN_YEAR", "RoundId", "as_of_for_round", "check_openable", "default_grade_date",
           "latest_openable", "round_for_date"]

MIN_YEAR = 1
MAX_YEAR = 9999

_ROUND_RE = re.compile(r"([0-9]{4})-([12])", re.ASCII)
_HALF_LABELS = {1: "상반기", 2: "하반기"}
_HALF_MONTHS = {1: 1, 2: 7}


def _check_int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue("round_part_not_integer", field=Term(what), value=repr(value))
    return value


@dataclass(frozen=True, order=True)
class RoundId:
    """One half-year diagnosis round; ordered by (year, half)."""

    year: int
    half: int

    def __post_init__(self) -> None:
        year = _check_int(self.year, "연도")
        half = _check_int(self.half, "반기")
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise InvalidValue("round_year_out_of_range", value=year)
        if half not in (1, 2):
            raise InvalidValue("round_half_invalid", value=half)

    @classmethod
    def parse(cls, text: str) -> RoundId:
        """Parse ``"2020-1"`` / ``"2020-2"``; surrounding blanks are ignored, anything else is refused."""
        stripped = text.strip() if isinstance(text, str) else ""
        match = _ROUND_RE.fullmatch(stripped)
        if match is None:
            raise InvalidValue("round_format_invalid", value=repr(text))
        year = int(match.group(1))
        if year < MIN_YEAR:
            raise InvalidValue("round_year_out_of_range", value=repr(text))
        return cls(year, int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.half}"

    @property
    def label(self) -> str:
        """Korean label, e.g. ``"2020년 상반기"``."""
        return f"{self.year}년 {_HALF_LABELS[self.half]}"

    @property
    def month(self) -> int:
        """The month the diagnosis is held in: 1 (January) or 7 (July)."""
        return _HALF_MONTHS[self.half]

    @property
    def first_day(self) -> date:
        """First day of the half-year the round covers (1 January or 1 July)."""
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        """Last day of the half-year the round covers (30 June or 31 December)."""
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    def contains(self, d: date) -> bool:
        """Whether ``d`` falls in the half-year of this round."""
        return round_for_date(d) == self

    def previous(self) -> RoundId:
        """The round before this one (``2020-1`` → ``2019-2``)."""
        if self.half == 2:
            return RoundId(self.year, 1)
        return RoundId(self.year - 1, 2)

    def next(self) -> RoundId:
        """The round after this one (``2020-2`` → ``2021-1``)."""
        if self.half == 1:
            return RoundId(self.year, 2)
        return RoundId(self.year + 1, 1)


def round_for_date(d: date) -> RoundId:
    """The round whose half-year contains ``d``: January–June → half 1, July–December → half 2."""
    return RoundId(d.year, 1 if d.month <= 6 else 2)


def latest_openable(today: date) -> RoundId:
    """The furthest round that may be opened on ``today``: the one holding the same day a year later."""
    try:
        later = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        later = today.replace(year=today.year + 1, day=28)
    return round_for_date(later)


def check_openable(rid: RoundId, today: date) -> None:
    """Refuse a round more than a year ahead of ``today`` (``9999-1`` would otherwise become "the latest")."""
    last = latest_openable(today)
    if rid > last:
        raise InvalidValue("round_too_far", round=str(rid), today=today, latest=str(last))


def default_grade_date(rid: RoundId, today: date, review_due: date | None) -> date:
    """The date a grade of round ``rid`` gets when the officer gives none: today while today lies in the round's
    half-year (or before it), else — a past round graded late — the round's review date (docs/업무규칙.md)."""
    if today <= rid.last_day:
        return today
    return min(review_due or rid.last_day, today)


def as_of_for_round(rid: RoundId, today: date) -> date:
    """The day a round's figures are computed as of: today for the current or a future round, else the
    round's last day (a 2020 card shows its alert level as it was at the end of 2020)."""
    return min(today, rid.last_day)
