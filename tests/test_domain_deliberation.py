"""공론화 agenda rules: the petition thresholds at 5,999 / 6,000 and day 30 / 31, the 설명 기준, the file parser."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictdesk.domain.deliberation import (
    PetitionStatus,
    SupportCount,
    Thresholds,
    judge_petition,
    window_end,
)
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.petitions import HEADERS, parse_petitions

OPENED = date(2020, 3, 2)
AFTER = date(2021, 1, 1)  # long after every window


def day(n: int) -> date:
    """Day ``n`` of the petition: day 1 is the opening date."""
    return OPENED + timedelta(days=n - 1)


@pytest.mark.parametrize(("count", "on_day", "status", "support"), [
    (6_000, 30, PetitionStatus.QUALIFIES, 6_000),   # the threshold on the last day of the window
    (5_999, 30, PetitionStatus.EXPLAIN, 5_999),     # one short
    (6_000, 31, PetitionStatus.BELOW, None),        # reached a day late: no count within the window
    (6_000, 1, PetitionStatus.QUALIFIES, 6_000),    # on the opening day itself
    (3_000, 30, PetitionStatus.EXPLAIN, 3_000),     # the 설명 기준 exactly
    (2_999, 30, PetitionStatus.BELOW, 2_999),
])
def test_thresholds_at_their_edges(count: int, on_day: int, status: PetitionStatus, support: int | None) -> None:
    judged = judge_petition(OPENED, [SupportCount(day(on_day), count)], Thresholds(), AFTER)
    assert (judged.status, judged.support) == (status, support)
    assert judged.qualifies is (status is PetitionStatus.QUALIFIES)


def test_the_window_ends_on_day_30() -> None:
    assert window_end(OPENED, Thresholds()) == day(30) == date(2020, 3, 31)


def test_a_late_count_does_not_lift_a_petition_judged_by_its_window() -> None:
    counts = [SupportCount(day(30), 5_999), SupportCount(day(31), 6_400)]
    judged = judge_petition(OPENED, counts, Thresholds(), AFTER)
    assert judged.status is PetitionStatus.EXPLAIN and judged.support == 5_999


@pytest.mark.parametrize(("today", "status"), [
    (day(30), PetitionStatus.OPEN),       # still collecting on its last day
    (day(31), PetitionStatus.EXPLAIN),    # the window closed below 6,000 and above 3,000
])
def test_an_open_window_is_not_judged_yet(today: date, status: PetitionStatus) -> None:
    assert judge_petition(OPENED, [SupportCount(day(10), 4_000)], Thresholds(), today).status is status


def test_the_explanation_is_due_days_after_the_window() -> None:
    judged = judge_petition(OPENED, [SupportCount(day(5), 3_100)], Thresholds(explain_days=14), AFTER)
    assert judged.explain_due == day(30) + timedelta(days=14)
    assert judge_petition(OPENED, [SupportCount(day(5), 6_100)], Thresholds(), AFTER).explain_due is None


def test_stored_thresholds_are_the_ones_applied() -> None:
    strict = Thresholds(support=10_000, window_days=14, explain=5_000)
    judged = judge_petition(OPENED, [SupportCount(day(14), 9_000)], strict, AFTER)
    assert judged.status is PetitionStatus.EXPLAIN
    assert judge_petition(OPENED, [SupportCount(day(15), 12_000)], strict, AFTER).status is PetitionStatus.BELOW


@pytest.mark.parametrize("bad", [{"support": 0}, {"window_days": -1}, {"explain": 7_000}, {"explain_days": True}])
def test_bad_thresholds_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        Thresholds(**bad)  # type: ignore[arg-type]


def test_thresholds_round_trip_their_setting() -> None:
    th = Thresholds(7_000, 20, 2_500, 10)
    assert Thresholds.from_dict(th.to_dict()) == th and Thresholds.from_dict({}) == Thresholds()


# --- the petition file ----------------------------------------------------------------------------------------


def _sheet(*rows: tuple[object, ...]) -> list[tuple[int, tuple[object, ...]]]:
    return [(1, HEADERS), *((n + 2, r) for n, r in enumerate(rows))]


def test_rows_of_one_title_are_its_counts_over_time() -> None:
    petitions, problems = parse_petitions(_sheet(
        ("청라 소각장 증설 반대", "2020-03-02", "4,200", "2020. 3. 16."),
        ("청라 소각장 증설 반대", "2020-03-02", 5999, "20200331"),
        ("영종 제3연륙교", "2020. 9. 14.", "6,730명", "2020-09-25"),
    ))
    assert problems == []
    assert [(p.title, p.opened, [(c.as_of, c.count) for c in p.counts]) for p in petitions] == [
        ("청라 소각장 증설 반대", date(2020, 3, 2), [(date(2020, 3, 16), 4_200), (date(2020, 3, 31), 5_999)]),
        ("영종 제3연륙교", date(2020, 9, 14), [(date(2020, 9, 25), 6_730)]),
    ]


def test_every_problem_is_named_by_row_and_column_and_nothing_is_returned() -> None:
    petitions, problems = parse_petitions(_sheet(
        ("좋은 청원", "2020-03-02", "100", "2020-03-03"),
        ("", "2020-03-02", "많음", "2020-02-01"),
        ("이른 기준일", "2020-03-02", "5", "2020-03-01"),
        ("좋은 청원", "2020-03-05", "7", "2020-03-09"),
    ))
    assert petitions == []
    assert [(p.row, str(p.column), p.code) for p in problems] == [
        (3, "청원명", "value_required"), (3, "공감 수", "petition_count_invalid"),
        (4, "기준일", "petition_count_before_opening"), (5, "청원 시작일", "petition_opened_differs"),
    ]
    assert problems[0].text().startswith("행 3, 청원명: 청원명")


def test_missing_headers_are_named() -> None:
    _petitions, problems = parse_petitions([(1, ("청원명", "공감 수"))])
    assert [p.code for p in problems] == ["petition_headers_missing"]
    assert "청원 시작일" in problems[0].text() and "기준일" in problems[0].text()


_titles = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
                  min_size=1, max_size=12)
_cell = st.one_of(st.none(), st.integers(-10, 10**7), st.floats(allow_nan=True), st.text(max_size=15),
                  st.dates().map(str))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_cell, _cell, _cell, _cell), max_size=8))
def test_the_parser_never_crashes_and_returns_all_or_nothing(rows: list[tuple[object, ...]]) -> None:
    petitions, problems = parse_petitions(_sheet(*rows))
    assert not (petitions and problems)
    assert all(p.row >= 1 and p.code for p in problems)
    for problem in problems:
        problem.text()  # every problem renders


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(_titles, st.tuples(st.dates(date(2000, 1, 1), date(2090, 1, 1)),
                                          st.lists(st.tuples(st.integers(0, 400), st.integers(0, 10**6)),
                                                   min_size=1, max_size=4, unique_by=lambda t: t[0])),
                       min_size=1, max_size=5))
def test_well_formed_rows_round_trip(data: dict[str, tuple[date, list[tuple[int, int]]]]) -> None:
    rows = [(title, opened.isoformat(), f"{count:,}", (opened + timedelta(days=offset)).strftime("%Y. %m. %d."))
            for title, (opened, counts) in data.items() for offset, count in counts]
    petitions, problems = parse_petitions(_sheet(*rows))
    expected = {unicodedata.normalize("NFC", t).strip(): (o, sorted((o + timedelta(days=d), n) for d, n in c))
                for t, (o, c) in data.items()}
    if len(expected) < len(data) or any(not t for t in expected):
        return  # titles equal after normalising, or blank: not well formed
    assert problems == []
    assert {p.title: (p.opened, [(c.as_of, c.count) for c in p.counts]) for p in petitions} == expected


# --- quotas proportional to a population table ---------------------------------------------------------------


@pytest.mark.parametrize(("people", "size", "tolerance", "expected"), [
    ((124, 876), 50, 0, [(6, 7), (43, 44)]),    # 6.2 and 43.8 people: rounded down and up
    ((124, 876), 50, 1, [(5, 8), (42, 45)]),    # widened by one on each side
    ((1, 1), 4, 0, [(2, 2), (2, 2)]),           # an exact share is one number
    ((0, 10), 5, 2, [(0, 2), (3, 5)]),          # never below 0 nor above the size
])
def test_proportional_quotas(people: tuple[int, int], size: int, tolerance: int,
                             expected: list[tuple[int, int]]) -> None:
    from conflictdesk.domain.panel_draw import proportional_quotas

    quotas = proportional_quotas([("성별", "남", people[0]), ("성별", "여", people[1])], size, tolerance)
    assert [(q.min, q.max) for q in quotas] == expected


def test_population_table_problems_are_named() -> None:
    from conflictdesk.domain.panel_draw import parse_population

    table, problems = parse_population([(1, ("구분", "값", "인구")), (2, ("권역", "동부", "많다")),
                                        (3, ("성별", "남", 0)), (4, ("성별", "여", 0))])
    assert table == []
    assert [(p.row, str(p.column), p.code) for p in problems] == [
        (2, "인구", "panel_quota_number_invalid"), (1, "인구", "panel_population_empty")]
