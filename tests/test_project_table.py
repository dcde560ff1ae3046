"""The project table model: Qt model contract, filter-as-you-type and sorting on every column."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt

from conflictdesk.ui.project_model import COLUMNS, ProjectTableModel

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
