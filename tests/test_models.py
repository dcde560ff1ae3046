"""Every table model of the GUI is one column-keyed model, checked with pytest-qt's qtmodeltester."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt

from conflictdesk.ui.columns import RIGHT, Column, ColumnModel

UI = Path(__file__).resolve().parent.parent / "conflictdesk" / "ui"


@dataclass(frozen=True)
class Payment:
    expert: str
    amount_won: int
    note: str | None = None


COLUMNS = (Column("전문가", "expert"), Column("금액", "amount_won", align=RIGHT), Column("메모", lambda p: p.note or "-"))
ROWS = [Payment("나전문", 300_000), Payment("가전문", 1_200_000, "회의"), Payment("다전문", 50_000)]


def test_the_column_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: ColumnModel[Payment] = ColumnModel(COLUMNS, "Test")
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert [model.row(n).expert for n in range(3)] == ["가전문", "나전문", "다전문"]
    assert model.data(model.index(0, 2)) == "회의" and model.data(model.index(1, 2)) == "-"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    model.set_predicate(lambda p: p.amount_won < 1_000_000)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.total_count() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "전문가"


def test_sorting_puts_missing_values_last(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: ColumnModel[tuple[str | None, int]] = ColumnModel([Column("a", 0), Column("b", 1)], "Test")
    model.set_rows([(None, 1), ("나", 2), ("가", 3)])
    model.sort(0)
    qtmodeltester.check(model)
    assert [model.row(n)[0] for n in range(3)] == ["가", "나", None]


def test_rows_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.rows_model import RowsModel

    model = RowsModel(["부서", "1등급"])
    model.set_rows([("도로과", 3), ("공원과", 12)])
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.rows == [("공원과", 12), ("도로과", 3)]


def test_audit_model(qtmodeltester, db) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.services.audit_log import AuditFilter, load_audit
    from conflictdesk.services.experts import ExpertInput, add_expert
    from conflictdesk.ui.audit_dialog import AuditModel

    add_expert(db, ExpertInput("가전문", "환경", "인하대", "인천", "010-1234-5678"))
    model = AuditModel()
    model.set_audit_rows(load_audit(db, AuditFilter()))
    qtmodeltester.check(model)
    assert model.rowCount() >= 1 and model.data(model.index(0, 3)) == "추가"


def test_import_preview_model(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.domain.import_columns import HEADERS
    from conflictdesk.services.importing import read_project_file
    from conflictdesk.ui.import_wizard import PROBLEM_BRUSH, PreviewModel

    blank = "," * (len(HEADERS) - 3)
    path = tmp_path / "f.csv"
    path.write_text(",".join(HEADERS) + f"\nA-1,,도로과{blank}\nA-2,공원 조성,공원과{blank}\n", encoding="utf-8")
    parsed = read_project_file(path)
    model = PreviewModel()
    model.set_file(parsed)
    qtmodeltester.check(model)
    assert parsed.problems and model.rowCount() == 2
    number, column = model.cells_of(parsed.problems[0])[0]
    index = model.index(model.view_row_of(number), column)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) == PROBLEM_BRUSH
    assert model.headerData(0, Qt.Orientation.Vertical) == str(number)
    model.set_file(None)
    qtmodeltester.check(model)


def test_every_table_model_is_a_column_model() -> None:
    """A new table model builds on ui/columns.ColumnModel (the project table keeps its own fast path)."""
    own = {"ColumnModel", "ProjectTableModel"}
    found = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(base, "id", getattr(base, "attr", "")) in ("QAbstractTableModel", "QAbstractItemModel")
                    for base in node.bases) and node.name not in own:
                found.append(f"{path.name}: {node.name}")
    assert found == []
