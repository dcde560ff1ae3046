"""The highest alert of a round (domain/alerts.highest_alert) equals the day-by-day judgement it replaced."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictdesk.domain import alerts
from conflictdesk.domain.alerts import (
    DEFAULT_LOOKBACK_DAYS,
    AlertResult,
    SignalObservation,
    evaluate_alerts,
    highest_alert,
)
from conflictdesk.domain.enums import AlertLevel, SignalKind
from conflictdesk.domain.errors import InvalidValue

BASE = date(2020, 7, 1)
C, G, P, M, L = (SignalKind.COMPLAINT, SignalKind.GROUP_COMPLAINT, SignalKind.PROTEST, SignalKind.MEDIA,
                 SignalKind.LAWSUIT)
RANK = {AlertLevel.NONE: 0, AlertLevel.PRE_ALERT: 1, AlertLevel.ALERT: 2}


def day_by_day(observations: list[SignalObservation], first_day: date, last_day: date,
               lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> tuple[AlertResult, date | None]:
    """The oracle: the former implementation, every day of the range judged in turn."""
    best, best_on = AlertResult(AlertLevel.NONE), None
    day = first_day
    while day <= last_day:
        result = evaluate_alerts(observations, day, lookback_days=lookback_days)
        if RANK[result.level] > RANK[best.level]:
            best, best_on = result, day
            if result.level is AlertLevel.ALERT:
                break
        day += timedelta(days=1)
    return best, best_on


def at(kind: SignalKind, day: int, count: int = 1) -> SignalObservation:
    return SignalObservation(kind, BASE + timedelta(days=day), count)


ROUND = (BASE, date(2020, 12, 31))
CASES: dict[str, tuple[list[SignalObservation], tuple[date, date], int]] = {
    "nothing": ([], ROUND, 30),
    "only lawsuits": ([at(L, 3, 9), at(SignalKind.PETITION, 4)], ROUND, 30),
    "one media report, before the round": ([at(M, -10)], ROUND, 30),
    "media report leaving the window on the first day": ([at(M, -30)], ROUND, 30),
    "media report leaving the window the day before": ([at(M, -31)], ROUND, 30),
    "a week of complaints then media: pre-alert then alert": (
        [at(C, 10, 3), at(C, 12, 2), at(G, 40, 6), at(M, 41), at(C, 50, 5)], ROUND, 30),
    "three one-day protests merge into a long one": ([at(P, 20), at(P, 21), at(P, 22)], ROUND, 30),
    "a long protest ending before the round still counts until it leaves": ([at(P, -40, 12)], ROUND, 30),
    "a short protest merged into a long one that leaves later": ([at(P, -45, 20), at(P, -44, 1)], ROUND, 30),
    "signals after the round": ([at(M, 200), at(G, 300, 9)], ROUND, 30),
    "a one-day round": ([at(C, 5, 5), at(M, 5)], (BASE + timedelta(days=5), BASE + timedelta(days=5)), 30),
    "an empty range": ([at(M, 5)], (BASE + timedelta(days=6), BASE + timedelta(days=5)), 30),
    "a look-back of one day": ([at(C, 5, 5), at(M, 5), at(G, 9, 5)], ROUND, 1),
    "sustained complaints over two weeks": ([at(C, 1, 2), at(C, 4, 1), at(C, 9, 2), at(M, 60)], ROUND, 14),
    "zero counts": ([at(C, 3, 0), at(P, 4, 0), at(G, 5, 0), at(M, 6, 0)], ROUND, 30),
    "signals near the end of the calendar": (
        [SignalObservation(M, date.max - timedelta(days=3)), SignalObservation(P, date.max - timedelta(days=2), 2),
         SignalObservation(G, date.max, 9)], (date.max - timedelta(days=40), date.max - timedelta(days=1)), 30),
}


@pytest.mark.parametrize("name", CASES)
def test_highest_alert_equals_the_day_by_day_judgement(name: str) -> None:
    observations, (first, last), lookback = CASES[name]
    assert highest_alert(observations, first, last, lookback_days=lookback) == day_by_day(
        observations, first, last, lookback)


observation = st.builds(
    SignalObservation,
    st.sampled_from(list(SignalKind)),
    st.integers(-90, 260).map(lambda n: BASE + timedelta(days=n)),
    st.integers(0, 14),
)


@settings(max_examples=400, deadline=None)
@given(observations=st.lists(observation, max_size=30), start=st.integers(-40, 120), length=st.integers(-3, 200),
       lookback=st.one_of(st.just(DEFAULT_LOOKBACK_DAYS), st.integers(1, 45)))
def test_highest_alert_equals_the_day_by_day_judgement_on_random_histories(
        observations: list[SignalObservation], start: int, length: int, lookback: int) -> None:
    first = BASE + timedelta(days=start)
    last = first + timedelta(days=length)
    assert highest_alert(observations, first, last, lookback_days=lookback) == day_by_day(
        observations, first, last, lookback)


def test_highest_alert_judges_only_the_first_day_and_the_days_with_an_observation(monkeypatch: pytest.MonkeyPatch) -> None:
    judged: list[date] = []

    def counting(observations: tuple[SignalObservation, ...], today: date, *, lookback_days: int) -> AlertResult:
        judged.append(today)
        return evaluate_alerts(observations, today, lookback_days=lookback_days)

    monkeypatch.setattr(alerts, "evaluate_alerts", counting)
    result = highest_alert([at(C, 10, 2), at(C, 60, 1), at(C, 60, 1), at(P, -5, 2), at(M, 300)], *ROUND)
    assert result == (AlertResult(AlertLevel.NONE), None)
    assert judged == [BASE, BASE + timedelta(days=10), BASE + timedelta(days=60)]


def test_highest_alert_refuses_a_bad_look_back_like_evaluate_alerts() -> None:
    with pytest.raises(InvalidValue):
        highest_alert([], *ROUND, lookback_days=0)
    assert highest_alert([], ROUND[1], ROUND[0], lookback_days=0) == (AlertResult(AlertLevel.NONE), None)
