"""The project table model: Qt model contract, filter-as-you-type and sorting on every column."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from conflictdesk.ui.project_model import COLUMNS, ProjectTableModel, grouped_order

ROWS = [
    (1, "2020-000001", "송도 소각장 건립", "자원순환과", 12_000_000_000, "EIA,BUDGET", 1, "deadlock"),
    (2, "2020-000002", "청라 도서관 리모델링", "문화예술과", 300_000_000, "", None, None),
    (3, "2019-000003", "부평 지하차도 건설", "도로과", 4_000_000_000, "TIA,BUDGET", 3, None),
    (4, "2019-000004", "Songdo Tram", "철도과", None, "VISIBLE", 2, "surfaced"),
]


@pytest.fixture
def model(qtmodeltester) -> ProjectTableModel:  # type: ignore[no-untyped-def]
    m = ProjectTableModel()
    m.set_rows(ROWS)
    qtmodeltester.check(m)
    return m


def shown_codes(m: ProjectTableModel) -> list[str]:
    return [m.row_tuple(r)[1] for r in range(m.rowCount())]


def test_displays_budget_in_eok_and_korean_labels(model: ProjectTableModel) -> None:
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first == ["2020-000001", "송도 소각장 건립", "자원순환과", "120.0", "환경, 예산", "1등급", "교착"]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "총사업비(억원)"
    assert "환경영향평가" in model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("소각장", ["2020-000001"]),
        ("도로과", ["2019-000003"]),
        ("2019", ["2019-000003", "2019-000004"]),
        ("songdo", ["2019-000004"]),  # case-insensitive
        (unicodedata.normalize("NFD", "청라"), ["2020-000002"]),  # decomposed Hangul from a Mac paste
        ("없는사업", []),
        ("", ["2020-000001", "2020-000002", "2019-000003", "2019-000004"]),
    ],
)
def test_filter_matches_name_code_and_department(model: ProjectTableModel, text: str, expected: list[str]) -> None:
    model.set_filter(text)
    assert shown_codes(model) == expected


def test_refining_and_widening_the_filter(model: ProjectTableModel) -> None:
    model.set_filter("2")
    assert len(shown_codes(model)) == 4
    model.set_filter("2019")
    assert shown_codes(model) == ["2019-000003", "2019-000004"]
    model.set_filter("20")
    assert len(shown_codes(model)) == 4


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (0, ["2019-000003", "2019-000004", "2020-000001", "2020-000002"]),
        (3, ["2019-000004", "2020-000002", "2019-000003", "2020-000001"]),  # no budget first
        (5, ["2020-000001", "2019-000004", "2019-000003", "2020-000002"]),  # grade 1, 2, 3, none
        (6, ["2019-000004", "2020-000001", "2020-000002", "2019-000003"]),  # stage order, none last
    ],
)
def test_sort_uses_native_values(model: ProjectTableModel, column: int, ascending: list[str]) -> None:
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert shown_codes(model) == ascending
    model.sort(column, Qt.SortOrder.DescendingOrder)
    keys = [COLUMNS[column].sort_key(model.row_tuple(r)) for r in range(model.rowCount())]
    assert keys == sorted(keys, reverse=True)


def test_every_column_sorts(model: ProjectTableModel) -> None:
    for column in range(len(COLUMNS)):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert model.rowCount() == 4


def test_filter_survives_sort_and_predicate(model: ProjectTableModel) -> None:
    model.set_filter("20")
    model.set_predicate(lambda r: r[6] in (1, 2))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert shown_codes(model) == ["2019-000004", "2020-000001"]
    model.set_predicate(None)
    assert len(shown_codes(model)) == 4


def test_large_table_keeps_every_row(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = [(i, f"C{i:06d}", f"사업 {i}", f"과{i % 40}", i * 1000, "", None, None) for i in range(20000)]
    m = ProjectTableModel()
    m.set_rows(rows)
    m.set_filter("사업 1999")
    assert m.rowCount() == 12  # both words: 1999, 11999 and 19990…19999
    m.set_filter("")
    m.sort(3, Qt.SortOrder.DescendingOrder)
    assert m.row_tuple(0)[0] == 19999


def test_rows_already_in_code_order_are_not_sorted_again(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    m = ProjectTableModel()
    m.sort(0, Qt.SortOrder.AscendingOrder)
    rows = sorted(ROWS, key=lambda r: r[1])
    m.set_rows(rows, sorted_by_code=True)
    qtmodeltester.check(m)
    assert shown_codes(m) == [r[1] for r in rows]
    m.sort(0, Qt.SortOrder.DescendingOrder)
    m.set_rows(rows, sorted_by_code=True)  # a descending view still sorts
    assert shown_codes(m) == [r[1] for r in reversed(rows)]


def test_service_returns_rows_in_code_order(demo_db) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.services.projects import load_project_table

    codes = [r[1] for r in load_project_table(demo_db).rows]
    assert codes == sorted(codes) and len(codes) == 300


# --- the grouped sort gives exactly the order of a stable sort --------------------------------------------------
_KEYS = st.one_of(
    st.lists(st.text(alphabet="가나다라마바사 ABCabc0123é𝄞", max_size=4), max_size=40),
    st.lists(st.integers(min_value=-3, max_value=10**12), max_size=40),
    st.lists(st.tuples(st.integers(-3, 0), st.text(alphabet="ABCVISIBLE,", max_size=5)), max_size=40),
)


# A loaded machine must not fail it (correctness only; speed lives in benchmarks/).
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_KEYS)
def test_grouped_order_is_the_stable_sort_both_ways(keys: list[object]) -> None:
    indices = list(range(len(keys)))
    groups = grouped_order(indices, keys)  # type: ignore[arg-type]
    ascending = [i for g in groups for i in g]
    descending = [i for g in reversed(groups) for i in g]
    assert ascending == sorted(indices, key=keys.__getitem__)
    assert descending == sorted(indices, key=keys.__getitem__, reverse=True)


def test_sorting_ties_keep_code_order_in_both_directions(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = [(i, f"2020-{i:06d}", name, dept, None, "", None, None)
            for i, (name, dept) in enumerate([("하수처리장", "환경과"), ("가로등", "도로과"), ("하수처리장", "도로과"),
                                              ("나들길", "환경과"), ("가로등", "환경과")], 1)]
    m = ProjectTableModel()
    m.sort(0, Qt.SortOrder.AscendingOrder)
    m.set_rows(rows, sorted_by_code=True)
    qtmodeltester.check(m)
    m.sort(1, Qt.SortOrder.AscendingOrder)  # 사업명, Hangul order; ties in 사업코드 order
    assert shown_codes(m) == ["2020-000002", "2020-000005", "2020-000004", "2020-000001", "2020-000003"]
    m.sort(1, Qt.SortOrder.DescendingOrder)
    assert shown_codes(m) == ["2020-000001", "2020-000003", "2020-000004", "2020-000002", "2020-000005"]
    m.sort(2, Qt.SortOrder.DescendingOrder)  # 담당부서: 환경과 before 도로과, each in 사업코드 order
    assert shown_codes(m) == ["2020-000001", "2020-000004", "2020-000005", "2020-000002", "2020-000003"]
    m.set_filter("가로등")
    m.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown_codes(m) == ["2020-000005", "2020-000002"]


def test_sorting_twice_the_same_way_changes_nothing(model: ProjectTableModel) -> None:
    model.sort(3, Qt.SortOrder.AscendingOrder)
    before = shown_codes(model)
    with_reset = []
    model.modelReset.connect(lambda: with_reset.append(1))
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert shown_codes(model) == before and with_reset == []


def test_long_columns_are_ordered_in_idle_time_and_sort_the_same(qtbot) -> None:  # type: ignore[no-untyped-def]
    """사업명 and 총사업비 of a large table are ordered while the window is idle; a click then reads that order.
    The order is the stable sort's, and rows set again (a reload) are ordered afresh, never by the old rows."""
    import random

    rng = random.Random(7)
    names = ["하수처리장", "가로등 정비", "나들길", "소각장 증설", "Ｂ공원", "b공원", "공원"]
    first = [(i, f"C{i:06d}", f"{rng.choice(names)} {rng.randrange(3000)}", f"과{i % 40}",
              rng.choice([None, rng.randrange(10**10)]), "", None, None) for i in range(20_000)]
    m = ProjectTableModel()
    m.set_rows(first, sorted_by_code=True)
    assert not m.sort_prepared(1)  # nothing before the first paint
    qtbot.waitUntil(lambda: all(m.sort_prepared(c) for c in range(1, len(COLUMNS))))
    for column in range(1, len(COLUMNS)):
        key = COLUMNS[column].sort_key
        m.sort(column, Qt.SortOrder.AscendingOrder)
        assert [m.row_tuple(r)[0] for r in range(m.rowCount())] == [r[0] for r in sorted(first, key=key)]
        m.sort(column, Qt.SortOrder.DescendingOrder)
        assert [m.row_tuple(r)[0] for r in range(m.rowCount())] == [r[0] for r in sorted(first, key=key,
                                                                                            reverse=True)]
    second = [(i, code, name[::-1], dept, None if budget is None else -budget, crit, grade, stage)
              for i, code, name, dept, budget, crit, grade, stage in first]
    m.set_rows(second, sorted_by_code=True)
    assert not m.sort_prepared(1)
    qtbot.waitUntil(lambda: m.sort_prepared(1))
    m.sort(1, Qt.SortOrder.AscendingOrder)
    assert [m.row_tuple(r)[2] for r in range(m.rowCount())] == sorted(r[2] for r in second)
