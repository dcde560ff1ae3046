"""Tests for the alert signals and levels (conflictdesk.domain.alerts)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.alerts import AlertResult, AlertSignal, SignalObservation, evaluate_alerts
from conflictdesk.domain.enums import AlertLevel, SignalKind
from conflictdesk.domain.errors import InvalidValue

TODAY = date(2020, 7, 15)
C, G, P, M = SignalKind.COMPLAINT, SignalKind.GROUP_COMPLAINT, SignalKind.PROTEST, SignalKind.MEDIA


def obs(kind: SignalKind, days_ago: int, count: int = 1) -> SignalObservation:
    return SignalObservation(kind, TODAY - timedelta(days=days_ago), count)


def signals(*observations: SignalObservation, lookback_days: int = 30) -> set[AlertSignal]:
    return set(evaluate_alerts(observations, TODAY, lookback_days=lookback_days).signals)


def test_nothing_observed_is_normal() -> None:
    assert evaluate_alerts([], TODAY) == AlertResult(level=AlertLevel.NONE, met=(), signals=())


# --- each signal at its boundaries --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("observations", "met"),
    [
        ([obs(C, 0, 5)], True),
        ([obs(C, 0, 4)], False),
        ([obs(C, 6, 3), obs(C, 0, 2)], True),  # first and last day of one week
        ([obs(C, 7, 3), obs(C, 0, 2)], False),  # eight days apart
        ([obs(C, 20, 1), obs(C, 19, 1), obs(C, 18, 1), obs(C, 16, 1), obs(C, 14, 1)], True),
        ([obs(C, 20, 1), obs(C, 19, 1), obs(C, 18, 1), obs(C, 16, 1), obs(C, 13, 1)], False),
        ([obs(G, 0, 9)], False),  # people in a group complaint are not complaints
    ],
)
def test_weekly_complaints(observations: list[SignalObservation], met: bool) -> None:
    assert (AlertSignal.WEEKLY_COMPLAINTS in signals(*observations)) is met


@pytest.mark.parametrize(
    ("observations", "met"),
    [
        ([obs(G, 3, 5)], True),
        ([obs(G, 3, 4)], False),
        ([obs(G, 3, 3), obs(G, 3, 3)], False),  # two small group complaints are not one of five people
        ([obs(G, 3, 4), obs(G, 1, 12)], True),
        ([obs(C, 0, 9)], False),
    ],
)
def test_group_complaint(observations: list[SignalObservation], met: bool) -> None:
    assert (AlertSignal.GROUP_COMPLAINT in signals(*observations)) is met


@pytest.mark.parametrize(
    ("observations", "met"),
    [
        ([obs(C, 0, 5)], False),  # a one-day burst is not sustained
        ([obs(C, 10, 3), obs(C, 5, 2)], False),  # five days apart: still the first week
        ([obs(C, 10, 4), obs(C, 3, 1)], True),  # the last came 7 days after the first
        ([obs(C, 10, 3), obs(C, 4, 1)], False),  # only four complaints
        ([obs(C, 13, 2), obs(C, 7, 1), obs(C, 0, 2)], True),  # 14 days, first to last
        ([obs(C, 14, 2), obs(C, 7, 1), obs(C, 0, 2)], False),  # each 14-day period holds only 3
        ([obs(C, 14, 3), obs(C, 0, 2)], False),  # 15 days apart: no 14-day period holds both
        ([obs(C, 20, 1), obs(C, 17, 1), obs(C, 14, 1), obs(C, 11, 1), obs(C, 8, 1)], True),
    ],
)
def test_sustained_complaints(observations: list[SignalObservation], met: bool) -> None:
    assert (AlertSignal.SUSTAINED_COMPLAINTS in signals(*observations)) is met


def test_sustained_without_weekly() -> None:
    assert signals(obs(C, 10, 4), obs(C, 3, 1)) == {AlertSignal.SUSTAINED_COMPLAINTS}


@pytest.mark.parametrize(
    ("observations", "met"),
    [
        ([obs(P, 5, 3)], True),
        ([obs(P, 5, 2)], False),
        ([obs(P, 0, 1), obs(P, 1, 1), obs(P, 2, 1)], True),  # three one-day records in a row
        ([obs(P, 0, 1), obs(P, 2, 1), obs(P, 4, 1)], False),  # with gaps: three separate one-day protests
        ([obs(P, 3, 2), obs(P, 1, 1)], True),  # days -3,-2 and -1 touch
        ([obs(P, 3, 2), obs(P, 0, 1)], False),  # day -1 missing
        ([obs(P, 5, 2), obs(P, 4, 1)], False),  # overlapping records: days -5 and -4 only
        ([obs(P, 5, 2), obs(P, 4, 2)], True),  # overlapping records: days -5 .. -3
        ([obs(P, 32, 5)], True),  # days -32 .. -28: the last days fall in the window
        ([obs(P, 35, 3)], False),  # days -35 .. -33: over before the window
        ([obs(P, 0, 0)], False),
        ([obs(P, -1, 5)], False),  # a future record is ignored
    ],
)
def test_long_protest(observations: list[SignalObservation], met: bool) -> None:
    assert (AlertSignal.LONG_PROTEST in signals(*observations)) is met


def test_protest_days_are_reported() -> None:
    result = evaluate_alerts([obs(P, 0, 1), obs(P, 1, 1), obs(P, 2, 2)], TODAY)
    assert result.met == ("집회·시위 3일 (기준 3일 이상)",)


@pytest.mark.parametrize(
    ("observations", "met"),
    [
        ([obs(C, n, 1) for n in range(0, 30, 3)] + [obs(G, 15, 10)], True),  # 10 + 10
        ([obs(C, n, 1) for n in range(0, 27, 3)] + [obs(G, 15, 10)], False),  # 9 + 10
        ([obs(C, 29, 20)], True),
        ([obs(C, 30, 20)], False),  # outside the 30-day window
        ([obs(G, 29, 10), obs(G, 0, 10)], True),
    ],
)
def test_monthly_complainants(observations: list[SignalObservation], met: bool) -> None:
    assert (AlertSignal.MONTHLY_COMPLAINANTS in signals(*observations)) is met


@pytest.mark.parametrize(
    ("observations", "met"),
    [([obs(M, 0, 1)], True), ([obs(M, 29, 1)], True), ([obs(M, 30, 1)], False), ([obs(M, 0, 0)], False),
     ([obs(M, -1, 1)], False)],
)
def test_media(observations: list[SignalObservation], met: bool) -> None:
    assert (AlertSignal.MEDIA in signals(*observations)) is met


def test_lawsuits_and_petitions_are_not_signals() -> None:
    assert signals(obs(SignalKind.LAWSUIT, 0, 10), obs(SignalKind.PETITION, 0, 10)) == set()


# --- look-back window ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("days_ago", "counted"), [(0, True), (29, True), (30, False), (100, False), (-1, False)])
def test_default_look_back_is_30_days_including_today(days_ago: int, counted: bool) -> None:
    assert (AlertSignal.WEEKLY_COMPLAINTS in signals(obs(C, days_ago, 5))) is counted


def test_custom_look_back() -> None:
    assert signals(obs(M, 7, 1), lookback_days=7) == set()
    assert signals(obs(M, 6, 1), lookback_days=7) == {AlertSignal.MEDIA}
    assert AlertSignal.MONTHLY_COMPLAINANTS in signals(obs(C, 80, 10), obs(C, 60, 10), lookback_days=90)
    assert AlertSignal.MONTHLY_COMPLAINANTS not in signals(obs(C, 80, 10), obs(C, 40, 10), lookback_days=90)


@pytest.mark.parametrize("lookback", [0, -5, True])
def test_bad_look_back_raises(lookback: int) -> None:
    with pytest.raises(InvalidValue):
        evaluate_alerts([], TODAY, lookback_days=lookback)


def test_datetime_today_is_accepted() -> None:
    assert evaluate_alerts([obs(M, 0)], datetime(2020, 7, 15, 18, 30)).signals == (AlertSignal.MEDIA,)


# --- levels and descriptions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("observations", "level"),
    [
        ([obs(M, 0)], AlertLevel.PRE_ALERT),
        ([obs(M, 0), obs(G, 0, 5)], AlertLevel.PRE_ALERT),
        ([obs(M, 0), obs(G, 0, 5), obs(P, 0, 3)], AlertLevel.ALERT),
        ([obs(C, 0, 5)], AlertLevel.PRE_ALERT),
        ([obs(C, 0, 20)], AlertLevel.PRE_ALERT),  # weekly + monthly = two signals
        ([obs(C, 8, 15), obs(C, 0, 5)], AlertLevel.ALERT),  # weekly + sustained + monthly
    ],
)
def test_levels(observations: list[SignalObservation], level: AlertLevel) -> None:
    assert evaluate_alerts(observations, TODAY).level is level


def test_all_six_signals_with_descriptions_in_order() -> None:
    result = evaluate_alerts(
        [obs(C, 10, 14), obs(C, 2, 6), obs(G, 1, 7), obs(P, 4, 3), obs(M, 0, 2), obs(M, 3, 1)], TODAY
    )
    assert result.level is AlertLevel.ALERT
    assert result.signals == tuple(AlertSignal)
    assert result.met == (
        "1주일 내 민원 14건 (기준 5건 이상)",
        "집단민원 7명 (기준 5명 이상)",
        "2주 이상 지속된 민원 20건 (기준 5건 이상)",
        "집회·시위 3일 (기준 3일 이상)",
        "30일 내 민원인 27명 (기준 20명 이상)",
        "언론보도 3건",
    )


def test_signal_labels() -> None:
    assert [s.label for s in AlertSignal] == [
        "1주일 내 민원 5건 이상",
        "5인 이상 집단민원",
        "2주 이상 지속 민원 5건 이상",
        "3일 이상 집회·시위",
        "월 20명 이상 민원인",
        "언론 보도",
    ]


# --- observation validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "observed_on", "count"),
    [(C, TODAY, -1), (C, TODAY, True), (C, TODAY, 1.5), ("complaint", TODAY, 1), (C, "2020-07-15", 1)],
)
def test_bad_observation_raises(kind: object, observed_on: object, count: object) -> None:
    with pytest.raises(InvalidValue):
        SignalObservation(kind, observed_on, count)  # type: ignore[arg-type]


def test_observation_datetime_becomes_a_date() -> None:
    observation = SignalObservation(C, datetime(2020, 7, 1, 9, 0), 2)
    assert observation.observed_on == date(2020, 7, 1)
    assert type(observation.observed_on) is date


# --- properties ---------------------------------------------------------------------------------------

_observations = st.lists(
    st.builds(
        SignalObservation,
        kind=st.sampled_from(list(SignalKind)),
        observed_on=st.dates(min_value=TODAY - timedelta(days=60), max_value=TODAY + timedelta(days=5)),
        count=st.integers(min_value=0, max_value=25),
    ),
    max_size=15,
)


@given(_observations)
def test_level_follows_the_number_of_signals(observations: list[SignalObservation]) -> None:
    result = evaluate_alerts(observations, TODAY)
    assert len(result.met) == len(result.signals)
    assert list(result.signals) == [s for s in AlertSignal if s in result.signals]
    expected = AlertLevel.NONE if not result.signals else (
        AlertLevel.ALERT if len(result.signals) >= 3 else AlertLevel.PRE_ALERT
    )
    assert result.level is expected


@given(_observations, _observations)
def test_more_observations_never_clear_a_signal(first: list[SignalObservation], more: list[SignalObservation]) -> None:
    assert signals(*first) <= signals(*first, *more)


@given(_observations, st.randoms(use_true_random=False))
def test_order_does_not_matter(observations: list[SignalObservation], rng: Random) -> None:
    shuffled = list(observations)
    rng.shuffle(shuffled)
    assert evaluate_alerts(shuffled, TODAY) == evaluate_alerts(observations, TODAY)


@given(_observations)
def test_splitting_complaints_into_single_records_changes_nothing(observations: list[SignalObservation]) -> None:
    split = [
        SignalObservation(o.kind, o.observed_on, 1)
        for o in observations
        if o.kind is SignalKind.COMPLAINT
        for _ in range(o.count)
    ] + [o for o in observations if o.kind is not SignalKind.COMPLAINT]
    assert evaluate_alerts(split, TODAY) == evaluate_alerts(observations, TODAY)
