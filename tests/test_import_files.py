"""Import files that must be refused or flagged: bombs, passwords, non-spreadsheets, formulas, headers; fuzzing."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importing_helpers import csv_file, plain_xlsx, rewrite_member, row

from conflictdesk.cli import main
from conflictdesk.domain.import_columns import HEADERS
from conflictdesk.services import import_files
from conflictdesk.services.import_files import ImportFileError, RawSheet
from conflictdesk.services.import_parse import parse_sheet
from conflictdesk.services.importing import import_projects, read_project_file
from conflictdesk.store.engine import Database

SHEET = "xl/worksheets/sheet1.xml"


def _refused(path: Path, needle: str) -> None:
    with pytest.raises(ImportFileError) as err:
        read_project_file(path)
    assert needle in err.value.message and path.name in err.value.message


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    src = plain_xlsx(tmp_path / "ok.xlsx", [row()])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info.filename))
        zout.writestr("xl/media/zeros.bin", b"\0" * (8 * 1024 * 1024))
    _refused(bomb, "압축 폭탄")


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = plain_xlsx(tmp_path / "big.xlsx", [row()])
    monkeypatch.setattr(import_files, "MAX_UNCOMPRESSED", 2000)
    _refused(path, "압축 폭탄")


def test_xml_entity_bomb(tmp_path: Path) -> None:
    src = plain_xlsx(tmp_path / "ok.xlsx", [row()])
    with zipfile.ZipFile(src) as zf:
        xml = zf.read(SHEET).decode()
    lol = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    xml = xml.replace("?>", "?>" + lol, 1).replace("<v>", "<v>&lol3;", 1) if "?>" in xml else lol + xml
    _refused(rewrite_member(src, tmp_path / "bomb.xlsx", SHEET, xml.encode()), "안전하지 않은 XML")


def test_password_protected_and_old_xls(tmp_path: Path) -> None:
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504
    encrypted = tmp_path / "secret.xlsx"
    encrypted.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1000)
    _refused(encrypted, "암호로 보호된 파일입니다")
    old = tmp_path / "old.xls"
    old.write_bytes(header + b"\0" * 1000)
    _refused(old, ".xls")


@pytest.mark.parametrize(("name", "data", "needle"), [
    ("note.xlsx", "그냥 글자입니다".encode(), "엑셀(.xlsx) 파일이 아닙니다"),
    ("image.csv", b"\x89PNG\r\n\x1a\n\0\0\0IHDR", "텍스트(CSV) 파일이 아닙니다"),
    ("report.pdf", b"%PDF-1.7\n", "지원하지 않는 파일 형식"),
    ("latin.csv", b"\xff\xfe\xff\xfe\x80\x80", "인코딩"),
])
def test_not_a_spreadsheet(tmp_path: Path, name: str, data: bytes, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _refused(path, needle)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    _refused(path, "스프레드시트가 들어 있지 않은")


def test_formula_without_cached_value_is_a_problem(tmp_path: Path) -> None:
    path = plain_xlsx(tmp_path / "f.xlsx", [row(code="F", budget="=2000*2", tia="=1=1")])
    parsed = read_project_file(path)
    assert {(p.row, p.column) for p in parsed.problems} == {(2, "총사업비(백만원)"), (2, "교통영향평가")}
    assert "계산 결과" in parsed.problems[0].message


def test_formula_with_cached_value_imports_the_value(db: Database, tmp_path: Path) -> None:
    src = plain_xlsx(tmp_path / "f.xlsx", [row(code="F", budget="=2000*2")])
    with zipfile.ZipFile(src) as zf:
        xml = zf.read(SHEET).decode()
    xml = re.sub(r"(<f>2000\*2</f>)<v\s*/?>(</v>)?", r"\1<v>4000</v>", xml)
    assert "<v>4000</v>" in xml
    path = rewrite_member(src, tmp_path / "cached.xlsx", SHEET, xml.encode())
    result, _ = import_projects(db, path)
    assert result.problems == () and result.added == 1


def test_error_value_cell_is_a_problem(tmp_path: Path) -> None:
    src = plain_xlsx(tmp_path / "e.xlsx", [row(code="E", budget="PLACEHOLDER")])
    with zipfile.ZipFile(src) as zf:
        xml = zf.read(SHEET).decode()
    xml = re.sub(r'<c r="G2"[^>]*>.*?</c>', '<c r="G2" t="e"><v>#REF!</v></c>', xml)
    parsed = read_project_file(rewrite_member(src, tmp_path / "err.xlsx", SHEET, xml.encode()))
    assert [(p.row, p.column) for p in parsed.problems] == [(2, "총사업비(백만원)")]


def test_empty_sheet_and_header_only(tmp_path: Path) -> None:
    _refused(plain_xlsx(tmp_path / "empty.xlsx", [], headers=()), "내용이 없습니다")
    _refused(csv_file(tmp_path / "empty.csv", [], "utf-8", headers=()), "내용이 없습니다")
    parsed = read_project_file(plain_xlsx(tmp_path / "header.xlsx", []))
    assert [(p.row, p.column) for p in parsed.problems] == [(2, "")]


def test_headers_tolerate_spaces_nfd_and_dot_variants(tmp_path: Path) -> None:
    import unicodedata

    headers = [f"  {unicodedata.normalize('NFD', h)} " for h in HEADERS]
    headers[11] = "규제  자치법규 제ㆍ개정"
    parsed = read_project_file(plain_xlsx(tmp_path / "h.xlsx", [row()], headers=headers))
    assert parsed.problems == [] and len(parsed.rows) == 1


def test_header_problems_name_the_columns(tmp_path: Path) -> None:
    headers = [h for h in HEADERS if h != "담당자"] + ["예산"]
    parsed = read_project_file(plain_xlsx(tmp_path / "h.xlsx", [row()], headers=headers))
    assert {(p.row, p.column) for p in parsed.problems} == {(1, "담당자"), (1, "N열")}
    swapped = list(HEADERS)
    swapped[0], swapped[1] = swapped[1], swapped[0]
    parsed = read_project_file(plain_xlsx(tmp_path / "o.xlsx", [row()], headers=swapped))
    assert len(parsed.problems) == 1 and "순서" in parsed.problems[0].message


CELL = st.one_of(st.none(), st.text(max_size=12), st.integers(-10**18, 10**18), st.booleans(),
                 st.floats(allow_nan=True, allow_infinity=True),
                 st.sampled_from(["40억", "1조 2,000억", "Y", "해당", "#REF!", "=A1", "４０억", "\x00"]),
                 st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(CELL, max_size=16).map(tuple), max_size=6))
def test_random_cells_never_crash_the_parser(rows: list[tuple[object, ...]]) -> None:
    sheet = RawSheet("사업목록", "xlsx", "", [(1, tuple(HEADERS))] + [(i + 2, r) for i, r in enumerate(rows)], [])
    parsed = parse_sheet(sheet, "fuzz.xlsx")
    assert all(p.row >= 1 and p.message for p in parsed.problems)
    assert len(parsed.rows) + len({p.row for p in parsed.problems}) >= len([r for r in parsed.cells])


# --- command line ---------------------------------------------------------------------------------


def test_cli_import_summary_problems_and_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dbp = str(tmp_path / "x.sqlite3")
    good = plain_xlsx(tmp_path / "good.xlsx", [row(code="G-1"), row("둘째", "도로과")])
    assert main(["--db", dbp, "import", str(good), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "추가 2건" in out and "미리보기" in out and "행 2: 추가 G-1" in out
    assert main(["--db", dbp, "import", str(good), "--round", "2020-1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("추가 2건, 수정 0건") and "2020-1 차수 새로 열림" in out

    bad = plain_xlsx(tmp_path / "bad.xlsx", [row(""), row(budget="많이"), row()])
    assert main(["--db", dbp, "import", str(bad)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert lines[0].startswith("오류: bad.xlsx에 문제가 2건")
    assert lines[1].startswith("행 2, 사업명: ") and lines[2].startswith("행 3, 총사업비(백만원): ")
    assert len(lines) == 3 and captured.out == ""

    (tmp_path / "junk.xlsx").write_text("nope")
    assert main(["--db", dbp, "import", str(tmp_path / "junk.xlsx")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "junk.xlsx" in err[0]
    assert main(["--db", dbp, "import", str(good), "--round", "2020-5"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
