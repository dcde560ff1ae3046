"""Hostile text through the outputs this branch owns (audit CSV, CLI), traversal-proof names, the file corpus."""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

import pytest
from corpus import HOSTILE_TEXT, files, in_memory_zip_ratio
from sqlalchemy import select

from conflictdesk.cli import main
from conflictdesk.domain.filenames import safe_filename
from conflictdesk.services.audit_log import AuditFilter, audit_csv, export_audit_csv, load_audit
from conflictdesk.services.search import search_projects
from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Department, Project


@pytest.fixture
def hostile_db(tmp_path: Path) -> Database:
    db = Database(f"sqlite:///{tmp_path / 'h.sqlite3'}", actor="=cmd|' /C calc'!A0")
    with db.write(reason="\r\n=1+1") as s:
        dept = Department(name=HOSTILE_TEXT[0], bureau=HOSTILE_TEXT[6])
        for i, text in enumerate(HOSTILE_TEXT):
            s.add(Project(code=f"H-{i}", name=text or "빈", department=dept, manager=text, summary=text,
                          note=text, decision_authority=text[:100]))
    with db.write() as s:
        for i, text in enumerate(HOSTILE_TEXT):
            audit.record(s, "reveal", text[:50] or "x", i, field=text[:100], old=text, new=text)
    return db


def test_audit_csv_round_trips_every_hostile_string_without_formulas(hostile_db: Database, tmp_path: Path) -> None:
    rows = load_audit(hostile_db, AuditFilter())
    data = audit_csv(rows).decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(data, newline="")))
    assert len(parsed) == len(rows) + 1
    for line in parsed[1:]:
        for cell in line:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), cell
    risky = ("=", "+", "-", "@", "\t", "\r", "\n")
    texts = {c[1:] if c.startswith("'") and c[1:].startswith(risky) else c for c in (ln[8] for ln in parsed[1:])}
    for text in HOSTILE_TEXT:
        if text.strip():
            assert text in texts or text.lstrip("\ufeff") in texts
    out = tmp_path / safe_filename("../../감사/기록:*?.csv")
    assert out.parent == tmp_path
    assert export_audit_csv(hostile_db, out) == len(rows)
    hostile_db.close()


def test_hostile_names_are_searchable_and_stored_nfc(hostile_db: Database) -> None:
    assert search_projects(hostile_db, "%_%") == [f"H-{HOSTILE_TEXT.index('%_%')}"]
    nfd = HOSTILE_TEXT.index("\u1100\u1161\u11af\u1103\u1173\u11bc")
    assert search_projects(hostile_db, "갈등") == [f"H-{nfd}"]
    with hostile_db.read() as s:
        for name in s.scalars(select(Project.name)):
            assert unicodedata.is_normalized("NFC", name)
    hostile_db.close()


def test_cli_check_and_backup_survive_hostile_content(hostile_db: Database, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = str(hostile_db.path)
    hostile_db.close()
    assert main(["--db", path, "check"]) == 0
    out = tmp_path / safe_filename("..\\..\\CON")
    assert main(["--db", path, "backup", "--out", str(out)]) == 0
    assert out.parent == tmp_path and out.exists()


@pytest.mark.parametrize("name", HOSTILE_TEXT + ["..", ".", "a/../../b", "LPT1.pdf", "nul", "x" * 500])
def test_safe_filename_is_one_harmless_component(name: str, tmp_path: Path) -> None:
    safe = safe_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and ".." not in safe
    assert not any(unicodedata.category(c) == "Cc" for c in safe)
    assert len(safe) <= 120
    assert safe.split(".")[0].upper() not in {"CON", "AUX", "NUL", "PRN", "LPT1"}
    assert (tmp_path / safe).resolve().parent == tmp_path.resolve()


def test_the_file_corpus_is_what_it_claims(tmp_path: Path) -> None:
    corpus = files(tmp_path)
    assert len(corpus) == 8
    assert in_memory_zip_ratio(corpus["zip_bomb.xlsx"]) > 100
    assert corpus["zip_bomb.xlsx"].stat().st_size < 2_000_000
    with pytest.raises(UnicodeDecodeError):
        corpus["cp949.csv"].read_bytes().decode("utf-8")
    assert corpus["cp949.csv"].read_bytes().decode("cp949").startswith("사업코드")
    import openpyxl
    from defusedxml import DefusedXmlException

    with pytest.raises((DefusedXmlException, ValueError, KeyError, IndexError, OSError)):  # never expanded
        openpyxl.load_workbook(corpus["entity_bomb.xlsx"])
    import zipfile

    with zipfile.ZipFile(corpus["formula.xlsx"]) as zf:
        assert b"<f>1+1</f>" in zf.read("xl/worksheets/sheet1.xml")
    with zipfile.ZipFile(corpus["empty_sheet.xlsx"]) as zf:
        assert b"<sheetData></sheetData>" in zf.read("xl/worksheets/sheet1.xml")
