"""Alert signals (docs/업무규칙.md §Grades, Seoul-style): which of the six signals are met and the resulting alert level.

Input is a list of dated observations from a conflict card. ``count`` means: complaints (COMPLAINT), people in one
group complaint (GROUP_COMPLAINT), days of one protest starting on ``observed_on`` (PROTEST) and reports (MEDIA).
Lawsuits and petitions are recorded on the card but are not alert signals.

Look-back: only observations dated in the ``lookback_days`` (default 30) days ending with ``today`` (both inclusive)
count; later dates (data-entry slips) are ignored. Within that window:

1. ``weekly_complaints`` — ≥5 complaints within some 7 consecutive days.
2. ``group_complaint`` — one group complaint of ≥5 people (each observation is one group complaint).
3. ``sustained_complaints`` — complaints *continuing over two weeks*: within some 14 consecutive days ≥5
   complaints, and the last of them came at least 7 days after the first (so it is not a single one-week burst,
   which signal 1 already covers).
4. ``long_protest`` — a protest of ≥3 days. Protest records whose days touch or overlap (e.g. three one-day records
   on consecutive days) form one protest; a protest counts when any of its days falls in the window, and its full
   length is used.
5. ``monthly_complainants`` — ≥20 complainants within some 30 consecutive days, counting one complainant per
   complaint plus every person of a group complaint (people cannot be de-duplicated across records).
6. ``media`` — at least one media report.

Level: none met → 정상, 1–2 met → 예비경보, 3 or more → 갈등경보.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from conflictdesk.domain.enums import AlertLevel, LabeledEnum, SignalKind
from conflictdesk.domain.errors import InvalidValue

DEFAULT_LOOKBACK_DAYS = 30
WEEKLY_COMPLAINTS = 5
GROUP_COMPLAINT_PEOPLE = 5
SUSTAINED_COMPLAINTS = 5
SUSTAINED_MIN_SPREAD_DAYS = 7
PROTEST_DAYS = 3
MONTHLY_COMPLAINANTS = 20
ALERT_MIN_SIGNALS = 3


class AlertSignal(LabeledEnum):
    """The six alert signals, in the order of §4."""

    WEEKLY_COMPLAINTS = ("weekly_complaints", "1주일 내 민원 5건 이상")
    GROUP_COMPLAINT = ("group_complaint", "5인 이상 집단민원")
    SUSTAINED_COMPLAINTS = ("sustained_complaints", "2주 이상 지속 민원 5건 이상")
    LONG_PROTEST = ("long_protest", "3일 이상 집회·시위")
    MONTHLY_COMPLAINANTS = ("monthly_complainants", "월 20명 이상 민원인")
    MEDIA = ("media", "언론 보도")


@dataclass(frozen=True)
class SignalObservation:
    """``count`` signals of one kind observed on one date (see the module docstring for what ``count`` means)."""

    kind: SignalKind
    observed_on: date
    count: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.kind, SignalKind):
            raise InvalidValue("signal_kind_unknown", value=self.kind)
        if isinstance(self.observed_on, datetime):
            object.__setattr__(self, "observed_on", self.observed_on.date())
        elif not isinstance(self.observed_on, date):
            raise InvalidValue("signal_date_invalid", value=self.observed_on)
        count = self.count
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InvalidValue("signal_count_invalid", kind=self.kind, value=count)


@dataclass(frozen=True)
class AlertResult:
    """The alert level and the signals met: Korean descriptions in ``met``, stable codes in ``signals``."""

    level: AlertLevel
    met: tuple[str, ...] = ()
    signals: tuple[AlertSignal, ...] = ()


def _max_in_window(counts: dict[date, int], days: int) -> int:
    """The largest sum of ``counts`` over ``days`` consecutive days (windows start on a dated entry)."""
    best = 0
    for start in counts:
        end = start + timedelta(days=days - 1)
        best = max(best, sum(n for day, n in counts.items() if start <= day <= end))
    return best


def _max_sustained(counts: dict[date, int]) -> int:
    """The largest number of complaints in 14 days whose last came ≥7 days after the first; 0 if none."""
    best = 0
    for first in counts:
        if counts[first] == 0:
            continue
        end = first + timedelta(days=13)
        inside = {day: n for day, n in counts.items() if first <= day <= end and n > 0}
        if (max(inside) - first).days >= SUSTAINED_MIN_SPREAD_DAYS:
            best = max(best, sum(inside.values()))
    return best


def _longest_protest(observations: Iterable[SignalObservation], start: date, today: date) -> int:
    """Days of the longest protest (merged touching records) that has a day in ``[start, today]``."""
    spans = sorted(
        (o.observed_on, o.observed_on + timedelta(days=o.count - 1))
        for o in observations
        if o.kind is SignalKind.PROTEST and o.count > 0 and o.observed_on <= today
    )
    merged: list[tuple[date, date]] = []
    for begin, end in spans:
        if merged and begin <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((begin, end))
    return max(((end - begin).days + 1 for begin, end in merged if end >= start), default=0)


def _check_lookback(lookback_days: int) -> None:
    if isinstance(lookback_days, bool) or not isinstance(lookback_days, int) or lookback_days < 1:
        raise InvalidValue("lookback_days_invalid", value=lookback_days)


def evaluate_alerts(
    observations: Iterable[SignalObservation],
    today: date,
    *,
    lookback_days: int = DEFAULT_LOOKBACK_DAYS,
) -> AlertResult:
    """Which alert signals are met in the ``lookback_days`` ending with ``today``, and the alert level."""
    _check_lookback(lookback_days)
    if isinstance(today, datetime):
        today = today.date()
    observations = tuple(observations)
    start = today - timedelta(days=lookback_days - 1)
    recent = [o for o in observations if start <= o.observed_on <= today]

    complaints: dict[date, int] = {}
    people: dict[date, int] = {}
    for o in recent:
        if o.kind is SignalKind.COMPLAINT:
            complaints[o.observed_on] = complaints.get(o.observed_on, 0) + o.count
        if o.kind in (SignalKind.COMPLAINT, SignalKind.GROUP_COMPLAINT):
            people[o.observed_on] = people.get(o.observed_on, 0) + o.count

    weekly = _max_in_window(complaints, 7)
    group = max((o.count for o in recent if o.kind is SignalKind.GROUP_COMPLAINT), default=0)
    sustained = _max_sustained(complaints)
    protest = _longest_protest(observations, start, today)
    monthly = _max_in_window(people, 30)
    media = sum(o.count for o in recent if o.kind is SignalKind.MEDIA)

    checks: tuple[tuple[AlertSignal, bool, str], ...] = (
        (
            AlertSignal.WEEKLY_COMPLAINTS,
            weekly >= WEEKLY_COMPLAINTS,
            f"1주일 내 민원 {weekly}건 (기준 {WEEKLY_COMPLAINTS}건 이상)",
        ),
        (
            AlertSignal.GROUP_COMPLAINT,
            group >= GROUP_COMPLAINT_PEOPLE,
            f"집단민원 {group}명 (기준 {GROUP_COMPLAINT_PEOPLE}명 이상)",
        ),
        (
            AlertSignal.SUSTAINED_COMPLAINTS,
            sustained >= SUSTAINED_COMPLAINTS,
            f"2주 이상 지속된 민원 {sustained}건 (기준 {SUSTAINED_COMPLAINTS}건 이상)",
        ),
        (
            AlertSignal.LONG_PROTEST,
            protest >= PROTEST_DAYS,
            f"집회·시위 {protest}일 (기준 {PROTEST_DAYS}일 이상)",
        ),
        (
            AlertSignal.MONTHLY_COMPLAINANTS,
            monthly >= MONTHLY_COMPLAINANTS,
            f"30일 내 민원인 {monthly}명 (기준 {MONTHLY_COMPLAINANTS}명 이상)",
        ),
        (AlertSignal.MEDIA, media >= 1, f"언론보도 {media}건"),
    )
    met = tuple((signal, text) for signal, holds, text in checks if holds)
    if len(met) >= ALERT_MIN_SIGNALS:
        level = AlertLevel.ALERT
    elif met:
        level = AlertLevel.PRE_ALERT
    else:
        level = AlertLevel.NONE
    return AlertResult(level=level, met=tuple(text for _, text in met), signals=tuple(s for s, _ in met))


_LEVEL_RANK = {AlertLevel.NONE: 0, AlertLevel.PRE_ALERT: 1, AlertLevel.ALERT: 2}


def _rising_days(observations: tuple[SignalObservation, ...], first_day: date, last_day: date) -> list[date]:
    """The days of ``[first_day, last_day]`` on which the level can be higher than the day before, in order:
    ``first_day`` and the dates of the observations. On any other day no observation enters the look-back window;
    observations only leave it (or a protest stops counting), and every signal holds on fewer observations only if it
    held on more (each is a sum or a maximum over them), so the level cannot rise."""
    return sorted({first_day} | {o.observed_on for o in observations if first_day < o.observed_on <= last_day})


def highest_alert(
    observations: Iterable[SignalObservation],
    first_day: date,
    last_day: date,
    *,
    lookback_days: int = DEFAULT_LOOKBACK_DAYS,
) -> tuple[AlertResult, date | None]:
    """The highest level the alert reached on any day from ``first_day`` to ``last_day`` (a round), and the first
    day it was reached (``None`` when it stayed 정상). Each day is judged as :func:`evaluate_alerts` would on it;
    only the days where the level can rise are judged (see :func:`_rising_days`)."""
    observations = tuple(observations)
    if isinstance(first_day, datetime):
        first_day = first_day.date()
    if isinstance(last_day, datetime):
        last_day = last_day.date()
    best, best_on = AlertResult(AlertLevel.NONE), None
    if first_day > last_day:
        return best, best_on
    _check_lookback(lookback_days)
    for day in _rising_days(observations, first_day, last_day):
        result = evaluate_alerts(observations, day, lookback_days=lookback_days)
        if _LEVEL_RANK[result.level] > _LEVEL_RANK[best.level]:
            best, best_on = result, day
            if result.level is AlertLevel.ALERT:
                break
    return best, best_on
