"""The malformed-file corpus through ``conflictdesk import`` and ``conflictdesk experts import``.

Each file is refused with exit 1 and one Korean "오류:" line naming the file (content problems are then listed by
row and column, at most 50 lines); nothing is written (projects, experts and
audit counts unchanged); the time each refusal takes is measured in benchmarks/refusals.py (the caps live in
services/import_files.py and expert_import.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from corpus import files
from sqlalchemy import func, select

from conflictdesk.cli import main
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Expert, Project

HANGUL = re.compile("[가-힣]")


def wide_xlsx(path: Path, columns: int = 16_384) -> Path:
    """One row as wide as Excel allows (A … XFD)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([f"c{i}" for i in range(columns)])
    ws.append(["x"] * columns)
    wb.save(path)
    return path


def million_columns_csv(path: Path) -> Path:
    path.write_bytes(b"," * 1_000_000 + b"\n")
    return path


def long_line_csv(path: Path, mb: int = 50) -> Path:
    with path.open("wb") as fh:
        fh.write("사업코드,사업명\n".encode())
        chunk = b"a" * (1 << 20)
        for _ in range(mb):
            fh.write(chunk)
    return path


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile_files")
    found = files(folder)
    found["wide16384.xlsx"] = wide_xlsx(folder / "wide16384.xlsx")
    found["million_columns.csv"] = million_columns_csv(folder / "million_columns.csv")
    found["long_line.csv"] = long_line_csv(folder / "long_line.csv")
    return found


def _counts(path: Path) -> tuple[int, int, int]:
    db = Database(f"sqlite:///{path}", actor="tester")
    try:
        with db.read() as s:
            return (s.scalar(select(func.count(Project.id))) or 0, s.scalar(select(func.count(Expert.id))) or 0,
                    s.scalar(select(func.count(AuditEntry.id))) or 0)
    finally:
        db.close()


NAMES = ["zip_bomb.xlsx", "entity_bomb.xlsx", "empty_sheet.xlsx", "formula.xlsx", "cp949.csv", "utf8_bom.csv",
         "wide.csv", "garbage.xlsx", "wide16384.xlsx", "million_columns.csv", "long_line.csv"]


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("command", [["import"], ["experts", "import"]], ids=["projects", "experts"])
def test_malformed_file_is_refused_in_one_korean_line(corpus_files: dict[str, Path], tmp_path: Path, name: str,
                                                     command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "data.sqlite3"
    Database(f"sqlite:///{path}", actor="tester").close()
    before = _counts(path)
    code = main(["--db", str(path), *command, str(corpus_files[name])])
    out, err = capsys.readouterr()
    assert code == 1, (out, err)
    lines = [line for line in err.splitlines() if line.strip()]
    [headline] = [line for line in lines if line.startswith("오류:")]  # then at most 50 problems by row/column
    assert HANGUL.search(headline) and name in headline, headline
    assert len(lines) <= 52, f"{len(lines)} lines"
    assert "Traceback" not in err and "IndexError" not in err and "KeyError" not in err
    assert _counts(path) == before
