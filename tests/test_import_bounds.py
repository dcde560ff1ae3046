"""Imports are bounded by the sheet's real content, not its declared dimension (trust, item 7)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conflictdesk.services.import_files import MAX_CELL_CHARS, MAX_COLUMNS, ImportFileError, read_cells

ROOT = Path(__file__).resolve().parent.parent


def _xlsx(path: Path, *, extra_rows: bytes = b"", dimension: bytes = b"A1:XFD199999",
          cells: list[list[object]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "사업목록"
    for row in cells or [["사업코드", "사업명"], ["A-1", "시험 사업"]]:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="' + dimension + b'"/>', data)
                data = data.replace(b"</sheetData>", extra_rows + b"</sheetData>")
            out.writestr(info, data)
    return path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS as a memory ceiling (Linux)")
def test_a_5_kb_dimension_bomb_reads_in_bounded_memory(tmp_path: Path) -> None:
    bomb = _xlsx(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 8 * 1024
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"  # 1 GiB: the bomb asked for ~27 GB
        "from conflictdesk.services.import_files import read_cells\n"
        "sheet = read_cells(sys.argv[1])\n"
        "print(len(sheet.rows), max(len(v) for _n, v in sheet.rows))\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(bomb)], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["2", "2"]  # the two real rows, two real columns


def test_a_row_wider_than_the_cap_is_refused_naming_the_sheet_and_row(tmp_path: Path) -> None:
    wide = _xlsx(tmp_path / "wide.xlsx", extra_rows=b'<row r="3"><c r="XFD3"><v>1</v></c></row>')
    with pytest.raises(ImportFileError, match=rf"'사업목록' 시트 3행에 열이 너무 많습니다\(최대 {MAX_COLUMNS}열\)"):
        read_cells(wide)


def test_many_empty_declared_rows_cost_nothing_and_trailing_blanks_are_trimmed(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "far.xlsx", extra_rows=b'<row r="150000"><c r="B150000" t="inlineStr"><is><t>x</t></is></c>'
                                                  b'<c r="Z150000"/></row>')
    sheet = read_cells(path)
    assert len(sheet.rows) == 150000 and sheet.rows[-1] == (150000, (None, "x"))


def test_an_oversized_cell_is_refused_in_xlsx_as_in_csv(tmp_path: Path) -> None:
    long_text = ("가" * (MAX_CELL_CHARS + 1)).encode()
    path = _xlsx(tmp_path / "long.xlsx", extra_rows=b'<row r="3"><c r="B3" t="inlineStr"><is><t>' + long_text
                 + b"</t></is></c></row>")  # Excel and openpyxl cut cells at 32,767; a crafted file need not
    with pytest.raises(ImportFileError, match="'사업목록' 시트 3행 2열의 셀이 너무 깁니다"):
        read_cells(path)
    csv_path = tmp_path / "long.csv"
    csv_path.write_text("사업코드,사업명\nA-1," + "가" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="2행에 셀 하나가 너무 깁니다"):
        read_cells(csv_path)
    csv_path.write_text("사업코드,사업명\nA-1," + "가" * (MAX_CELL_CHARS + 1) + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="셀이 너무 깁니다"):
        read_cells(csv_path)
