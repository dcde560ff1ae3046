"""Summary XLSX read back with openpyxl, safe file names, charts without pyplot, the export CLI."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hostile_project import CODE, DEPARTMENT, LONG_HANGUL, make_hostile_project

from conflictdesk.cli import main
from conflictdesk.reports.filenames import department_file_name, safe_stem, unique_name
from conflictdesk.reports.summary_xlsx import text_width, write_summary_xlsx
from conflictdesk.services.summary_data import load_grade_summary, load_round_report
from conflictdesk.store.engine import Database

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def hostile_xlsx(db: Database, tmp_path: Path) -> Path:
    make_hostile_project(db)
    out = tmp_path / "summary.xlsx"
    summary = load_grade_summary(db, "2020-2", as_of=date(2020, 12, 1))
    write_summary_xlsx(summary, load_round_report(db, "2020-2"), out)
    return out


def test_xlsx_has_one_styled_sheet_per_section(hostile_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(hostile_xlsx)
    assert wb.sheetnames == ["요약", "부서별 등급", "중점관리 변동", "의무 미이행", "기한경과 점검", "기한경과 조치항목",
                             "차수별 추이", "진단 결과"]
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2")
        header = ws["A1"]
        assert header.font.b and header.fill.fgColor.rgb.endswith("1F3B73")
    dept = wb["부서별 등급"]
    assert dept.freeze_panes == "C2"
    assert [c.value for c in dept[1]][:4] == ["실·국", "부서", "진단대상", "1등급"]
    assert dept.cell(row=dept.max_row, column=2).value == "합계"
    cases = wb["중점관리 변동"]
    row = {cases.cell(1, c).value: cases.cell(2, c) for c in range(1, cases.max_column + 1)}
    budget = next(cell for name, cell in row.items() if name and "총사업비" in name)
    assert budget.value == 4_550_000_000 and budget.number_format == "#,##0"  # won, unit in the header
    assert isinstance(wb["기한경과 점검"]["E2"].value, int)
    assert wb["기한경과 점검"]["D2"].is_date


def test_xlsx_writes_hostile_strings_as_text_never_formulas_or_links(hostile_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(hostile_xlsx)
    seen: dict[str, openpyxl.cell.cell.Cell] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                assert cell.hyperlink is None
                if isinstance(cell.value, str):
                    seen[cell.value] = cell
    assert DEPARTMENT in seen
    risky = [v for v in seen if v.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))]
    for hostile in ('=HYPERLINK("http://x")', "=1+1", "+cmd", "\t탭으로 시작", "\n캐리지리턴"):
        assert hostile in risky, hostile
    assert "@SUM(A1)" not in seen  # a done item is not overdue
    for value in risky:
        assert seen[value].data_type == "s" and seen[value].quotePrefix, value
    assert any(LONG_HANGUL in v for v in seen)


def test_xlsx_widths_count_hangul_as_two(hostile_xlsx: Path) -> None:
    assert text_width("도시계획과") == 10 and text_width("abc") == 3
    ws = openpyxl.load_workbook(hostile_xlsx)["부서별 등급"]
    assert ws.column_dimensions["B"].width >= text_width("도시계획과") + 1
    assert ws.column_dimensions["B"].width <= 60


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd", "etc_passwd"),
        ("도시계획과", "도시계획과"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("a\x00b\x1fc", "a_b_c"),
        ("  ..  ", "이름없음"),
        ('a<b>c:d"e|f?g*h\\i/j', "a_b_c_d_e_f_g_h_i_j"),
    ],
)
def test_safe_stem(raw: str, expected: str) -> None:
    assert safe_stem(raw) == expected


def test_department_file_names_are_unique_and_inside_the_folder(tmp_path: Path) -> None:
    used: set[str] = set()
    names = [department_file_name(d, "2020-2", ".pdf", used) for d in ("../../x", "..\\..\\x", "X", "x")]
    assert len(set(n.casefold() for n in names)) == 4
    for name in names:
        assert (tmp_path / name).resolve().parent == tmp_path.resolve()
        assert "/" not in name and "\\" not in name and ".." not in name
    assert unique_name("a", ".pdf", {"a.pdf"}) == "a (2).pdf"


@pytest.mark.slow
def test_charts_build_without_pyplot() -> None:
    code = """
import sys, json
from conflictdesk.reports import charts
from conflictdesk.services.summary_dtos import DepartmentRow, TrendRow
rows = [DepartmentRow("도시계획과", "도시계획국", 5, 1, 2, 2, 0, 1, 2, 0, 0, 0)]
figs = [charts.department_figure(rows), charts.grade_distribution_figure((1, 2, 3, 0)),
        charts.trend_figure([TrendRow("2020-1", 10, 5, 1, 1, 3), TrendRow("2020-2", 9, 4, 0, 1, 3)]),
        charts.criteria_figure([("TIA", "교통영향평가 협의 대상", 3)])]
sizes = [len(charts.render_png(f, dpi=50)) for f in figs]
print(json.dumps({"pyplot": "matplotlib.pyplot" in sys.modules, "sizes": sizes,
                  "gids": sorted({b.get_gid() for b in figs[0].axes[0].patches})}))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            timeout=120, env={**os.environ, "MPLBACKEND": "agg"})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["pyplot"] is False
    assert all(size > 1000 for size in data["sizes"])
    assert data["gids"] == ["도시계획과"]


def test_cli_export_card_masked_and_unmasked_is_audited(demo_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo_path) as conn:
        code = conn.execute("SELECT p.code FROM cards c JOIN projects p ON p.id = c.project_id").fetchone()[0]
    out = tmp_path / "카드.pdf"
    assert main(["--db", str(demo_path), "export", "card", code, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(demo_path), "export", "card", code, "--out", str(tmp_path / "u.pdf"),
                 "--unmasked"]) == 0
    with sqlite3.connect(demo_path) as conn:
        rows = conn.execute("SELECT entity, entity_id, field FROM audit_log WHERE action = 'export'").fetchall()
    assert rows == [("card", code, "unmasked")]
    assert main(["--db", str(demo_path), "export", "card", "NOPE", "--out", str(tmp_path / "n.pdf")]) == 1
    assert main(["--db", str(demo_path), "export", "card", code, "--out", str(tmp_path / "n.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("오류:") for line in err)
    assert not (tmp_path / "n.pdf").exists()


@pytest.mark.slow
def test_cli_export_summary_xlsx_per_department(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    folder = tmp_path / "부서별"
    assert main(["--db", str(demo_path), "export", "summary", "--round", "2020-2", "--out", str(out),
                 "--per-department", str(folder), "--as-of", "2020-12-31"]) == 0
    files = sorted(folder.iterdir())
    assert files and all(f.name.startswith("등급현황_2020-2_") and f.suffix == ".xlsx" for f in files)
    wb = openpyxl.load_workbook(files[0])
    assert wb["부서별 등급"].max_row == 2  # header + that one department
    assert main(["--db", str(demo_path), "export", "summary", "--round", "2031-1", "--out", str(out)]) == 1


def test_export_group_accepts_another_subcommand() -> None:
    import argparse

    from conflictdesk.cli import Parser
    from conflictdesk.commands.export import export_group, register

    parser = Parser(prog="t")
    sub = parser.add_subparsers(parser_class=Parser)
    register(sub)
    export_group(sub).add_parser("calendar").set_defaults(handler="cal")
    args = parser.parse_args(["export", "calendar"])
    assert isinstance(args, argparse.Namespace) and args.handler == "cal"
    assert parser.parse_args(["export", "card", CODE, "--out", "x.pdf"]).code == CODE


def test_xlsx_prints_title_round_date_and_page_numbers(demo_db: Database, tmp_path: Path) -> None:
    summary = load_grade_summary(demo_db, "2020-2", as_of=date(2020, 12, 31))
    out = tmp_path / "s.xlsx"
    write_summary_xlsx(summary, load_round_report(demo_db, "2020-2"), out, printed=date(2021, 1, 4))
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        assert ws.oddHeader.left.text.startswith("갈등관리 등급 현황")
        assert "2020-2" in ws.oddHeader.right.text and "기준일 2020. 12. 31." in ws.oddHeader.right.text
        assert ws.oddFooter.right.text == "&P / &N" and "출력일 2021. 1. 4." in ws.oddFooter.left.text
        if ws.max_row > 1 and ws.cell(2, 1).value != "해당 없음":
            assert ws.auto_filter.ref is not None
    dept = wb["부서별 등급"]
    assert dept.auto_filter.ref.endswith(str(dept.max_row - 1))  # the 합계 row stays out of the filter
    result = wb["진단 결과"]
    assert [c.value for c in result[1]] == ["진단기준", "해당 사업"]
    assert result.auto_filter.ref.endswith(str(result.max_row - 2))
    assert wb.properties.creator == "갈등관리 데스크 (ConflictDesk)"


def test_xlsx_empty_sheet_says_nothing_to_report(db: Database, tmp_path: Path) -> None:
    from conflictdesk.reports.summary_xlsx import NOTHING

    make_hostile_project(db)
    summary = load_grade_summary(db, "2020-2", as_of=date(2020, 1, 1))
    out = tmp_path / "s.xlsx"
    write_summary_xlsx(summary, None, out)
    wb = openpyxl.load_workbook(out)
    empty = [ws for ws in wb.worksheets if ws.cell(2, 1).value == NOTHING]
    assert empty  # nothing is overdue on 1 January
    for ws in empty:
        assert ws.auto_filter.ref is None and ws.max_row == 2
