"""Builders of import files for the import tests (xlsx from the template, CSV in an encoding, bombs)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl

from conflictdesk.domain.import_columns import HEADERS
from conflictdesk.reports.template import write_template

Row = Sequence[object]


def row(name: str = "송도 소각장 건립", dept: str = "자원순환과", *, code: str = "", budget: object = "40억",
        midterm: object = "Y", tia: object = "N", eia: object = "", authority: str = "행정부시장",
        ordinance: object = "", visible: object = "", manager: str = "김민준", contact: str = "032-440-1234",
        summary: str = "개요", note: str = "") -> list[object]:
    return [code, name, dept, manager, contact, summary, budget, midterm, tia, eia, authority, ordinance,
            visible, note]


def filled_template(path: Path, rows: Sequence[Row]) -> Path:
    """The product's own template with ``rows`` typed in from row 2, saved to ``path``."""
    write_template(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["사업목록"]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def plain_xlsx(path: Path, rows: Sequence[Row], headers: Sequence[str] = HEADERS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "사업목록"
    if headers:
        ws.append(list(headers))
    for values in rows:
        ws.append(list(values))
    wb.save(path)
    return path


def csv_file(path: Path, rows: Sequence[Row], encoding: str, headers: Sequence[str] = HEADERS) -> Path:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(headers)
    for values in rows:
        writer.writerow(["" if v is None else v for v in values])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def rewrite_member(src: Path, dst: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, data if info.filename == member else zin.read(info.filename))
    return dst
