"""Korean working days and the due date of the half-yearly review (docs/업무규칙.md §Reviews)."""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

from conflictdesk.domain.enums import LabeledEnum
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.rounds import RoundId

__all__ = [
    "DEFAULT_REVIEW_RULE",
    "DueRule",
    "ReviewRule",
    "days_until",
    "is_overdue",
    "is_working_day",
    "korean_holidays",
    "last_working_day_of_month",
    "previous_working_day",
    "review_due_date",
]

_NO_EXTRA: frozenset[date] = frozenset()


@lru_cache(maxsize=256)
def _holidays_of_year(year: int) -> Mapping[date, str]:
    """Public holidays of one year, in Korean, read once per year and never mutated."""
    table = holidays.country_holidays("KR", years=year, language="ko")
    return MappingProxyType({d: str(name) for d, name in sorted(table.items()) if d.year == year})


def korean_holidays(year: int) -> dict[date, str]:
    """Korean public holidays of ``year`` with their Korean names.

    Substitute holidays (대체공휴일), temporary holidays (임시공휴일) and election days are included,
    as the ``holidays`` package knows them. The table is cached per year; the caller gets a copy.
    """
    return dict(_holidays_of_year(year))


def is_working_day(d: date, extra_holidays: frozenset[date] = _NO_EXTRA) -> bool:
    """True on Monday–Friday that is neither a Korean public holiday nor one of ``extra_holidays``."""
    if d.weekday() >= 5:
        return False
    if d in extra_holidays:
        return False
    return d not in _holidays_of_year(d.year)


def previous_working_day(d: date, extra_holidays: frozenset[date] = _NO_EXTRA) -> date:
    """``d`` itself when it is a working day, else the nearest working day before it."""
    day = d
    while not is_working_day(day, extra_holidays):
        day -= timedelta(days=1)
    return day


def last_working_day_of_month(year: int, month: int, extra_holidays: frozenset[date] = _NO_EXTRA) -> date:
    """The last working day of a calendar month."""
    last = _stdlib_calendar.monthrange(year, month)[1]
    return previous_working_day(date(year, month, last), extra_holidays)


class DueRule(LabeledEnum):
    """How the day of the review due date is chosen within the due month."""

    LAST_WORKING_DAY = ("last_working_day", "해당 월 마지막 근무일")
    DAY_OF_MONTH = ("day_of_month", "해당 월 지정일 (휴일이면 직전 근무일)")


def _setting_int(value: object, key: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue("review_setting_not_integer", key=key, value=repr(value))
    if not low <= value <= high:
        raise InvalidValue("review_setting_out_of_range", key=key, low=low, high=high, value=value)
    return value


@dataclass(frozen=True)
class ReviewRule:
    """Setting that places a round's review due date.

    The due month is ``first_half_month`` / ``second_half_month`` (a month of the round's year) when set;
    otherwise it is the round's own month (January for ``YYYY-1``, July for ``YYYY-2``) moved forward by
    ``month_offset`` months (possibly into the next year). Within that month the due date is the last
    working day (default) or, with ``DueRule.DAY_OF_MONTH``, day ``day`` (clamped to the month's length);
    either way it moves back over weekends, public holidays and extra holidays.
    """

    rule: DueRule = DueRule.LAST_WORKING_DAY
    month_offset: int = 0
    first_half_month: int | None = None
    second_half_month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.rule, str) and not isinstance(self.rule, DueRule):
            try:
                object.__setattr__(self, "rule", DueRule(self.rule))
            except ValueError:
                raise InvalidValue("review_rule_unknown", value=repr(self.rule)) from None
        if not isinstance(self.rule, DueRule):
            raise InvalidValue("review_rule_unknown", value=repr(self.rule))
        _setting_int(self.month_offset, "month_offset", 0, 11)
        for key in ("first_half_month", "second_half_month"):
            value = getattr(self, key)
            if value is not None:
                _setting_int(value, key, 1, 12)
        if self.rule is DueRule.DAY_OF_MONTH:
            if self.day is None:
                raise InvalidValue("review_rule_day_required")
            _setting_int(self.day, "day", 1, 31)
        elif self.day is not None:
            raise InvalidValue("review_rule_day_not_allowed")

    def due_month(self, round_id: RoundId) -> tuple[int, int]:
        """(year, month) in which the review of ``round_id`` is due."""
        explicit = self.first_half_month if round_id.half == 1 else self.second_half_month
        if explicit is not None:
            return round_id.year, explicit
        zero_based = round_id.month - 1 + self.month_offset
        return round_id.year + zero_based // 12, zero_based % 12 + 1

    def to_dict(self) -> dict[str, object]:
        """JSON-ready settings, stored with a round when it opens."""
        return {
            "rule": self.rule.value,
            "month_offset": self.month_offset,
            "first_half_month": self.first_half_month,
            "second_half_month": self.second_half_month,
            "day": self.day,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ReviewRule:
        """Read settings written by :meth:`to_dict`; missing keys take their defaults, unknown keys are ignored."""
        raw_rule = data.get("rule", DueRule.LAST_WORKING_DAY.value)
        rule = next((member for member in DueRule if member.value == raw_rule), None)
        if rule is None:
            raise InvalidValue("review_rule_unknown", value=repr(raw_rule))
        month_offset = _optional_setting(data, "month_offset")
        return cls(
            rule=rule,
            month_offset=0 if month_offset is None else month_offset,
            first_half_month=_optional_setting(data, "first_half_month"),
            second_half_month=_optional_setting(data, "second_half_month"),
            day=_optional_setting(data, "day"),
        )


def _optional_setting(data: Mapping[str, object], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue("review_setting_not_integer", key=key, value=repr(value))
    return value


DEFAULT_REVIEW_RULE = ReviewRule()
"""The product default: the last working day of the round's month (January / July)."""


def review_due_date(
    round_id: RoundId,
    rule: ReviewRule = DEFAULT_REVIEW_RULE,
    extra_holidays: frozenset[date] = _NO_EXTRA,
) -> date:
    """Due date of the review of ``round_id``: by default the last working day of the round's month.

    Example: 2022-1 → 2022-01-28, because 2022-01-31 (Monday) was 설날 전날.
    """
    year, month = rule.due_month(round_id)
    if rule.rule is DueRule.DAY_OF_MONTH and rule.day is not None:  # day is set whenever the rule needs it
        last = _stdlib_calendar.monthrange(year, month)[1]
        return previous_working_day(date(year, month, min(rule.day, last)), extra_holidays)
    return last_working_day_of_month(year, month, extra_holidays)


def days_until(due: date, today: date) -> int:
    """Days from ``today`` to ``due``: positive before the due date, 0 on it, negative after it."""
    return (due - today).days


def is_overdue(due: date, done: date | None, as_of: date) -> bool:
    """True when the item is not done and its due date is before ``as_of`` (the due day itself is not late)."""
    return done is None and due < as_of


#: ItemStatus values of an item still to be done (the others, done and dropped, can never be late).
OPEN_ITEM_STATUSES = ("planned", "in_progress")


def item_overdue(due: date | None, status: str, done_on: date | None, as_of: date) -> bool:
    """An action or agreement item is overdue when its due date has passed and it is neither done nor dropped."""
    if due is None or done_on is not None or status not in OPEN_ITEM_STATUSES:
        return False
    return is_overdue(due, None, as_of)
