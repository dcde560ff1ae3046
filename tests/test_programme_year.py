"""The programme year: 연간 갈등관리 결과 (`export annual`) and the 갈등관리 종합계획 draft (`export plan`).

Their figures are the dashboard's, the summaries', the training and the budget's for the demo years; the documents
read back (pdftotext, the HWPX text nodes, openpyxl) hold those figures and mask attendee names; the schedule falls on
working days; bad input is refused by the error catalogue, naming the field or the file.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from conflictdesk.cli import main
from conflictdesk.commands.programme import budget_json, training_json
from conflictdesk.domain.calendar import is_working_day
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.masking import shown_name
from conflictdesk.domain.money import format_won
from conflictdesk.services import budget, deliberation, training
from conflictdesk.services.programme_year import year_plan, year_results
from conflictdesk.services.projects import dashboard_counts
from conflictdesk.services.reviews import list_reviews
from conflictdesk.services.rounds import list_rounds
from conflictdesk.services.summary_data import load_grade_summary, load_round_report
from conflictdesk.services.summary_dtos import DROPPED
from conflictdesk.store.engine import Database

AS_OF = date(2020, 12, 31)
DEMO_YEARS = (2019, 2020, date.today().year)


def _pdf_text(path: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed"
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _hwpx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        section = z.read("Contents/section0.xml").decode("utf-8")
    return "\n".join(re.findall(r"<hp:t>([^<]*)</hp:t>", section))


def _xlsx_text(path: Path) -> str:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                     if c.value is not None)


def _attendee_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT names FROM training_attendances WHERE names != ''").fetchall()
    conn.close()
    return [n.strip() for (names,) in rows for n in names.split(",") if n.strip()]


@pytest.mark.parametrize("year", DEMO_YEARS)
def test_the_year_figures_are_the_dashboard_summary_training_and_budget_figures(demo_db: Database,
                                                                               year: int) -> None:
    results = year_results(demo_db, year, as_of=AS_OF if year <= 2020 else None)
    codes = sorted(r.code for r in list_rounds(demo_db) if r.code.startswith(f"{year}-"))
    assert [r.round_code for r in results.rounds] == codes
    for figures in results.rounds:
        counts = dashboard_counts(demo_db, figures.round_code)
        summary = load_grade_summary(demo_db, figures.round_code, as_of=results.as_of)
        report = load_round_report(demo_db, figures.round_code)
        reviews = list_reviews(demo_db, results.as_of, figures.round_code)
        t = summary.totals
        assert (figures.targets, figures.key_cases) == (counts.targets, counts.key_cases)
        assert (figures.new, figures.carried, figures.dropped, figures.unmet) == (t.new, t.carried, t.dropped, t.unmet)
        assert (figures.screened, figures.g1, figures.g2, figures.g3) == (report.screened, *report.grades[:3])
        assert (figures.g1 + figures.g2) == figures.key_cases == t.g1 + t.g2
        assert figures.reviews == len(reviews) and figures.reviews_done == sum(r.done is not None for r in reviews)
    if results.rounds:
        last = load_grade_summary(demo_db, results.rounds[-1].round_code, as_of=results.as_of)
        assert sorted(c.code for c in results.key_cases) == sorted(c.code for c in last.cases if c.status != DROPPED)
    view = training.overview(demo_db, year)
    assert len(results.training.sessions) == len(view.sessions)
    assert results.training.attendees == sum(s.attendees for s in view.sessions)
    assert [(t.name, t.goal, t.done) for t in results.training.targets] == [
        (t["name"], t["goal"], t["done"]) for t in training_json(view)["targets"]]
    money = budget_json(budget.year_budget(demo_db, year))
    assert [(b.line, b.planned_won, b.spent_won, b.quarters) for b in results.budget.lines] == [
        (x["line"], x["planned_won"], x["spent_won"], tuple((q["planned_won"], q["spent_won"]) for q in x["quarters"]))
        for x in money["lines"]]
    assert results.mediation.allowance_won == budget.year_budget(demo_db, year).line("수당").execution.executed_won
    assert len(results.deliberation.rows) == len(deliberation.agenda(demo_db, results.as_of, year))
    assert sum(n for _label, n in results.deliberation.by_decision) == len(results.deliberation.rows)


def test_the_demo_year_2020_in_numbers(demo_db: Database) -> None:
    results = year_results(demo_db, 2020, as_of=AS_OF)
    assert [r.round_code for r in results.rounds] == ["2020-1", "2020-2"]
    assert results.budget.total.planned_won == 12_000_000  # the seed's 12 백만원
    assert [t.done for t in results.training.targets][0] == 3  # three 군·구 tours in 2020
    assert len(results.mediation.councils) == 1 and results.mediation.meetings == 4
    assert results.carried_out == results.rounds[-1].key_cases


@pytest.mark.parametrize("year", [2020, 2021, date.today().year])
def test_the_plan_carries_last_years_results_and_the_key_cases(demo_db: Database, year: int) -> None:
    plan = year_plan(demo_db, year, as_of=AS_OF)
    assert plan.last == year_results(demo_db, year - 1, as_of=AS_OF)
    assert plan.carried_from == ("2019-2" if year == 2020 else "2020-2")
    key = load_grade_summary(demo_db, plan.carried_from, as_of=AS_OF)
    assert sorted(c.code for c in plan.carried_in) == sorted(c.code for c in key.cases if c.status != DROPPED)
    assert all(c.stage for c in plan.carried_in)
    money = budget_json(budget.year_budget(demo_db, year))
    assert [(b.line, b.planned_won, b.quarters) for b in plan.budget.lines] == [
        (x["line"], x["planned_won"], tuple((q["planned_won"], q["spent_won"]) for q in x["quarters"]))
        for x in money["lines"]]
    assert [(t.name, t.goal, t.done) for t in plan.training.targets] == [
        (t["name"], t["goal"], t["done"]) for t in training_json(training.overview(demo_db, year))["targets"]]


@pytest.mark.parametrize("year", [2020, 2021, 2022, 2026])
def test_the_schedule_falls_on_working_days(demo_db: Database, year: int) -> None:
    plan = year_plan(demo_db, year, as_of=AS_OF)
    assert plan.schedule and all(is_working_day(r.on) for r in plan.schedule)
    assert all(r.on.year == year for r in plan.schedule)
    whats = [r.what for r in plan.schedule]
    assert any(f"{year}-1 갈등진단 착수" in w for w in whats) and any(f"{year}-2 중점관리" in w for w in whats)
    assert sum("군·구 순회 교육" in w for w in whats) == 3  # the setting's 연 3회
    assert [r.on for r in plan.schedule] == sorted(r.on for r in plan.schedule)


def test_a_round_not_yet_open_gets_its_review_date_from_the_rule(demo_db: Database) -> None:
    plan = year_plan(demo_db, 2022, as_of=AS_OF)
    review = next(r for r in plan.schedule if r.what.startswith("2022-1 중점관리"))
    assert review.on == date(2022, 1, 28)  # 2022-01-31 was 설날 연휴


@pytest.mark.slow
def test_the_documents_read_back_with_the_figures_and_masked_names(demo_path: Path, demo_db: Database,
                                                                  tmp_path: Path) -> None:
    results = year_results(demo_db, 2020, as_of=AS_OF)
    plan = year_plan(demo_db, 2021, as_of=AS_OF)
    names = _attendee_names(demo_path)
    assert names
    texts: dict[str, str] = {}
    for kind, year, suffix in (("annual", 2020, ".pdf"), ("annual", 2020, ".hwpx"), ("annual", 2020, ".xlsx"),
                               ("plan", 2021, ".pdf"), ("plan", 2021, ".hwpx")):
        if suffix == ".hwpx":
            pytest.importorskip("hwpx")
        out = tmp_path / f"{kind}{suffix}"
        assert main(["--db", str(demo_path), "export", kind, "--year", str(year), "--out", str(out),
                     "--as-of", "2020-12-31"]) == 0
        reader = {".pdf": _pdf_text, ".hwpx": _hwpx_text, ".xlsx": _xlsx_text}[suffix]
        texts[kind + suffix] = reader(out)
    for key in ("annual.pdf", "annual.hwpx"):
        text = texts[key]
        assert "2020년 연간 갈등관리 결과" in text and "2020-1" in text and "2020-2" in text
        assert format_won(results.budget.total.planned_won) in text and format_won(results.budget.total.spent_won) in text
        assert format_won(results.mediation.allowance_won) in text
        for case in results.key_cases:
            assert case.code in text
        assert f"{results.training.attendees:,}명" in text
    xlsx = texts["annual.xlsx"]
    with zipfile.ZipFile(tmp_path / "annual.xlsx") as z:  # the two bar charts (차수 비교, 예산)
        assert len([n for n in z.namelist() if n.startswith("xl/charts/chart")]) == 2
    assert str(results.budget.total.planned_won) in xlsx and all(c.code in xlsx for c in results.key_cases)
    for key in ("plan.pdf", "plan.hwpx"):
        text = texts[key]
        assert "2021년 갈등관리 종합계획" in text and "2020년 추진 결과" in text
        assert all(c.code in text for c in plan.carried_in)
        assert "2021-1 갈등진단 착수" in text
    for key, text in texts.items():
        flat = text.replace("\n", "").replace(" ", "")
        for name in names:
            assert name.replace(" ", "") not in flat, f"{name} unmasked in {key}"
    masked = shown_name(names[0], person=True)
    assert masked != names[0]
    assert all(masked in texts[k] for k in ("annual.pdf", "annual.hwpx", "annual.xlsx"))


def test_the_pdf_embeds_the_korean_font_and_has_the_approval_box(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert main(["--db", str(demo_path), "export", "plan", "--year", "2021", "--out", str(out)]) == 0
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "NanumGothic" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])
    text = _pdf_text(out)
    assert all(role in text for role in ("담당", "팀장", "과장"))
    pages = text.count("\f")
    assert pages >= 2 and all(re.search(rf"\b{n}\s*/\s*{pages}\b", text) for n in range(1, pages + 1))


def test_cli_json_names_the_file(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "결과.xlsx"
    assert main(["--db", str(demo_path), "export", "annual", "--year", "2020", "--out", str(out),
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"year": 2020, "kind": "annual", "out": str(out)}
    assert out.stat().st_size > 0


@pytest.mark.parametrize(("argv", "expected"), [
    (["export", "annual", "--year", "12", "--out", "{tmp}/a.pdf"], "연도가 올바르지 않습니다: 12"),
    (["export", "plan", "--year", "1900", "--out", "{tmp}/a.pdf"], "연도가 올바르지 않습니다: 1900"),
    (["export", "plan", "--year", "이천", "--out", "{tmp}/a.pdf"], "연도는 숫자로 입력하세요"),
    (["export", "plan", "--year", "2020", "--out", "{tmp}/계획.xlsx"], "출력 파일 계획.xlsx의 확장자는 .pdf, .hwpx"),
    (["export", "annual", "--year", "2020", "--out", "{tmp}/a.docx"], "a.docx의 확장자는 .pdf, .hwpx, .xlsx"),
    (["export", "annual", "--year", "2020", "--out", "{tmp}/없는폴더/a.pdf"], "출력 폴더가 없습니다"),
    (["export", "annual", "--year", "2020", "--out", "/proc/a.pdf"], "출력 폴더에 파일을 쓸 수 없습니다: /proc"),
    (["export", "annual", "--year", "2020", "--out", "{tmp}"], "출력 파일 자리에 폴더가 있어"),
])
def test_cli_errors_name_the_field_or_file(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           argv: list[str], expected: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    if args[-1] == str(tmp_path):
        args[-1] = str(tmp_path / "folder.pdf")
        (tmp_path / "folder.pdf").mkdir()
    assert main(["--db", str(demo_path), *args]) in (1, 2)  # 2: argparse's usage error
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf")) or (tmp_path / "folder.pdf").is_dir()


@pytest.mark.parametrize("command", ["budget", "training"])
def test_budget_and_training_share_one_year_error(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                                  command: str) -> None:
    assert main(["--db", str(demo_path), command, "--year", "12"]) == 1
    field = {"budget": "예산 연도", "training": "교육 연도"}[command]
    assert f"{field}가 올바르지 않습니다: 12" in capsys.readouterr().err


def test_the_year_error_is_one_catalogue_code(demo_db: Database) -> None:
    codes = set()
    for call in (lambda: budget.year_budget(demo_db, 12), lambda: training.overview(demo_db, 12),
                 lambda: year_results(demo_db, 12)):
        with pytest.raises(DomainError) as caught:
            call()
        codes.add(caught.value.code)
    assert codes == {"year_invalid"}


@pytest.mark.slow
def test_the_year_on_both_engines(engine_url: str, tmp_path: Path) -> None:
    """The year's queries (extract(year), the councils, the 공론화 register) give the same figures on PostgreSQL."""
    from conflictdesk.reports.programme_files import write_programme
    from conflictdesk.services.demo import generate

    db = Database(engine_url, actor="tester")
    try:
        generate(db, projects=80, seed=3)
        results = year_results(db, 2020, as_of=AS_OF)
        assert [r.round_code for r in results.rounds] == ["2020-1", "2020-2"]
        assert results.rounds[-1].key_cases == dashboard_counts(db, "2020-2").key_cases
        assert results.budget.total.planned_won == 12_000_000 and results.mediation.payments == 12
        assert len(results.training.sessions) == 4 and results.mediation.meetings == 4
        plan = year_plan(db, 2021, as_of=AS_OF)
        assert plan.carried_from == "2020-2" and plan.last == results
        write_programme(results, ".pdf", tmp_path / "annual.pdf")
        assert (tmp_path / "annual.pdf").read_bytes().startswith(b"%PDF")
    finally:
        db.close()


@pytest.mark.parametrize(("value", "field", "low", "ok"), [
    (2020, "연도", 1900, True), (1900, "연도", 1900, True), (9999, "교육 연도", 1900, True), (1, "예산 연도", 1, True),
    (1899, "연도", 1900, False), (10000, "예산 연도", 1900, False), (1900, "연도", 1901, False),
    (True, "교육 연도", 1900, False), ("2020", "연도", 1900, False), (2020.0, "예산 연도", 1900, False),
    (None, "연도", 1900, False),
])
def test_one_year_check_names_its_field(value: object, field: str, low: int, ok: bool) -> None:
    from conflictdesk.domain.dates import checked_year

    if ok:
        assert checked_year(value, field, low) == value
        return
    with pytest.raises(DomainError) as caught:
        checked_year(value, field, low)
    assert caught.value.code == "year_invalid" and caught.value.message.startswith(f"{field}가 올바르지 않습니다")
