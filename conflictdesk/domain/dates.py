"""Dates as officers type and read them: one parser for the typed forms, one display form ("2026. 12. 3.")."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from conflictdesk.domain.errors import InvalidValue

__all__ = ["KST", "checked_year", "format_date", "korean_date", "parse_date"]

#: Korea Standard Time (no daylight saving). Stored instants are UTC; officers read and filter them in KST
#: whatever the machine's own time zone is (docs/업무규칙.md, 감사 기록).
KST = timezone(timedelta(hours=9), "KST")

_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SEPARATED = re.compile(r"(\d{4})\s*(?:[.\-/]|년)\s*(\d{1,2})\s*(?:[.\-/]|월)\s*(\d{1,2})\s*[.일]?")


def parse_date(text: str) -> date:
    """A date typed as "2027.1.15", "2027. 1. 15.", "2027-01-15", "2027/1/15", "2027년 1월 15일" or "20270115".

    Raises :class:`InvalidValue` with a Korean message naming the text when it is not a real date.
    """
    value = text.strip()
    match = _COMPACT.fullmatch(value) or _SEPARATED.fullmatch(value)
    if match is None:
        raise InvalidValue("date_unreadable", value=value)
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidValue("date_impossible", value=value) from None


def korean_date(moment: datetime) -> date:
    """The day in Korea at ``moment`` (an aware instant): 2026-12-03 15:30 UTC is 2026-12-04."""
    return moment.astimezone(KST).date()


def checked_year(value: object, field: str = "연도", low: int = 1900, high: int = 9999) -> int:
    """A year typed or passed as a whole number ``low``–``high``; else the one ``year_invalid`` error naming
    ``field`` (예산 연도, 교육 연도, 연도)."""
    from conflictdesk.domain.error_catalogue import Term

    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue("year_invalid", field=Term(field), value=repr(value))
    return value


def format_date(value: date | None) -> str:
    """The one display form of a date in the Korean UI and reports: "2026. 12. 3." ("" for no date)."""
    if value is None:
        return ""
    return f"{value.year}. {value.month}. {value.day}."
