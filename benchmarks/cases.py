"""The benchmark cases of the performance issue, each measured against the floor of the same work."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import (
    Result,
    child_output,
    child_seconds,
    fresh_copy,
    limit_result,
    median_time,
    ms,
    ratio_result,
)

Case = Callable[..., list[Result]]

FLOOR_WINDOW = """
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print("READY", flush=True)
"""

PRODUCT_START = """
import sys
sys.argv = ["conflictdesk", "--db", {path!r}]
from conflictdesk.cli import main
main(sys.argv[1:])
"""


def startup(*, small: Path, runs: int, **_: object) -> list[Result]:
    env = {"CONFLICTDESK_BENCH_READY": "1", "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="cd-bench-cfg-")}
    floor = child_seconds(FLOOR_WINDOW, runs, env)
    product = child_seconds(PRODUCT_START.format(path=str(small)), runs, env)
    filled = child_seconds(PRODUCT_START.format(path=str(small)), runs, {**env, "CONFLICTDESK_BENCH_READY": "filled"})
    projects = small.stem.split("-")[-1]
    return [ratio_result(f"start-up to a shown main window ({int(projects):,} projects)", floor, product, 1.5),
            Result("  … and to the project table filled (SQLAlchemy loads after the first paint)", ms(floor),
                   ms(filled), f"{filled / floor:.2f}×", "reported", None)]


TABLE_PROBE = """
import json, sqlite3, statistics, time, resource
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings, Qt
app = QApplication([])
from conflictdesk.ui.fonts import apply_app_font
apply_app_font(app)
from conflictdesk.store.engine import open_database
from conflictdesk.ui.main_window import MainWindow
path = {path!r}
SQL = ("SELECT p.id, p.code, p.name, d.name, p.budget_won, g.criteria, g.confirmed_grade, c.stage "
       "FROM projects p JOIN departments d ON d.id = p.department_id "
       "LEFT JOIN diagnoses g ON g.project_id = p.id AND g.round_id = (SELECT max(id) FROM rounds) "
       "LEFT JOIN cards c ON c.project_id = p.id ORDER BY p.id")
floors = []
for _ in range({runs}):
    t = time.perf_counter(); conn = sqlite3.connect(path); rows = conn.execute(SQL).fetchall(); conn.close()
    floors.append(time.perf_counter() - t)
settings = QSettings({ini!r}, QSettings.Format.IniFormat)
settings.setValue("ui/last_panel", 0)
w = MainWindow(open_database(path), settings=settings); w.resize(1280, 800); w.show(); app.processEvents()
panel = w.panels["projects"]
products = []
for n in range({runs}):
    t = time.perf_counter()
    if n == 0:
        w.show_panel("projects")
    else:
        panel.reload()
    app.processEvents(); panel.table.viewport().repaint()
    products.append(time.perf_counter() - t)
filters = []
for text in ["송", "송도", "송도 ", "송도 소", "송도 소각"] * 2:
    t = time.perf_counter(); panel.search.setText(text); panel.table.viewport().repaint()
    filters.append(time.perf_counter() - t)
    panel.search.setText("") if text == "송도 소각" else None
panel.search.setText("")
sorts = []
for col in (1, 3, 2, 4, 5):
    t = time.perf_counter(); panel.table.sortByColumn(col, Qt.SortOrder.AscendingOrder); panel.table.viewport().repaint()
    sorts.append(time.perf_counter() - t)
rss_kib = int([l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1])
print(json.dumps({{"floor": statistics.median(floors), "product": statistics.median(products),
                  "filter": statistics.median(filters), "filter_max": max(filters),
                  "sort": statistics.median(sorts), "sort_max": max(sorts), "rows": len(rows),
                  "rss_mib": rss_kib / 1024}}))
"""


def project_table(*, big: Path, runs: int, folder: Path, **_: object) -> list[Result]:
    ini = str(folder / "bench-ui.ini")
    data = json.loads(child_output(TABLE_PROBE.format(path=str(big), runs=runs, ini=ini)).strip().splitlines()[-1])
    rows = f"{data['rows']:,}"
    return [
        ratio_result(f"open the project table on {rows} projects, first paint", data["floor"], data["product"], 2),
        limit_result(f"one filter keystroke on {rows} projects (median; max {ms(data['filter_max'])})",
                     data["filter"], 0.030),
        limit_result(f"one sort on {rows} projects (median; max {ms(data['sort_max'])})", data["sort"], 0.150),
        Result(f"memory with {rows} projects open in the window", "—", f"{data['rss_mib']:.0f} MiB",
               f"{data['rss_mib']:.0f} MiB RSS", "≤ 300 MiB RSS", data["rss_mib"] <= 300),
    ]


def screening(*, big: Path, runs: int, folder: Path, **_: object) -> list[Result]:
    from sqlalchemy import select

    from conflictdesk.services.screening import screen_projects
    from conflictdesk.store.engine import open_database
    from conflictdesk.store.models import Round

    work = fresh_copy(big, folder, "screen.sqlite3")

    def floor() -> None:
        conn = sqlite3.connect(work)
        conn.execute("SELECT id, traffic_impact, environmental_impact, decision_authority, budget_won, "
                     "midterm_plan, regulatory_ordinance, conflict_visible FROM projects").fetchall()
        conn.close()

    def product() -> None:
        db = open_database(str(work))
        with db.write(reason="benchmark") as s:
            rnd = s.scalar(select(Round).order_by(Round.id.desc()).limit(1))
            assert rnd is not None
            screen_projects(s, rnd)
        db.close()

    product()  # warm-up: first use configures the ORM mappers, as any earlier action in the app would
    f = median_time(floor, runs)
    p = median_time(product, runs)
    count = sqlite3.connect(work).execute("SELECT count(*) FROM projects").fetchone()[0]
    return [ratio_result(f"screen {count:,} projects and store the results", f, p, 3)]


def backup(*, big: Path, runs: int, folder: Path, **_: object) -> list[Result]:
    """The product's backup against the backup API alone; and the verified backup (copy + quick_check)."""
    from conflictdesk.store.backup import backup_to
    from conflictdesk.store.engine import open_database

    src = fresh_copy(big, folder, "backup-src.sqlite3")
    size_mb = src.stat().st_size / 1e6
    target = folder / "backup-out.sqlite3"

    def floor() -> None:
        target.unlink(missing_ok=True)
        a, b = sqlite3.connect(src), sqlite3.connect(target)
        a.backup(b)
        b.close()
        a.close()

    db = open_database(str(src))

    def copy_only() -> None:
        target.unlink(missing_ok=True)
        backup_to(db, target, verify=False)

    def verified() -> None:
        target.unlink(missing_ok=True)
        backup_to(db, target)

    f = median_time(floor, runs)
    c = median_time(copy_only, runs)
    v = median_time(verified, runs)
    db.close()
    return [ratio_result(f"backup of a {size_mb:.0f} MB database", f, c, 1.2),
            Result("  … verified as every backup is (copy + quick_check of the copy)", ms(f), ms(v),
                   f"{v / f:.2f}×", "reported", None)]


def _import_file(small: Path, folder: Path, count: int) -> Path:
    """The import template filled with ``count`` projects of the demo city (made once, cached)."""
    path = folder / f"import-{count}.xlsx"
    if path.exists():
        return path
    from openpyxl import load_workbook

    from conflictdesk.reports.template import write_template

    write_template(path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    conn = sqlite3.connect(small)
    rows = conn.execute(
        "SELECT '', p.name, d.name, p.manager, p.contact, p.summary, p.budget_won / 1000000.0, p.midterm_plan, "
        "p.traffic_impact, p.environmental_impact, p.decision_authority, p.regulatory_ordinance, "
        "p.conflict_visible, p.note FROM projects p JOIN departments d ON d.id = p.department_id "
        "ORDER BY p.id LIMIT ?", (count,)).fetchall()
    conn.close()
    for n, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if c in (8, 9, 10, 12, 13):
                value = "Y" if value else "N"
            ws.cell(row=n, column=c, value=value)
    wb.save(path)
    return path


def importing(*, small: Path, folder: Path, runs: int, scale: int, **_: object) -> list[Result]:
    """Import a 10,000-row xlsx into an empty database vs openpyxl's read-only iteration of the same file."""
    from openpyxl import load_workbook

    from conflictdesk.services.importing import import_projects
    from conflictdesk.store.engine import open_database

    count = 10_000 // scale
    path = _import_file(small, folder, count)
    empty = folder / "import-empty.sqlite3"
    if not empty.exists():
        open_database(str(empty)).close()

    def floor() -> None:
        wb = load_workbook(path, read_only=True, data_only=True)
        for _row in wb.worksheets[0].iter_rows(values_only=True):
            pass
        wb.close()

    def product() -> None:
        db = open_database(str(fresh_copy(empty, folder, "import-target.sqlite3")))
        result, _changes = import_projects(db, path, round_code="2021-1")
        assert result.added == count, result.problems[:3]
        db.close()

    f = median_time(floor, max(1, runs // 2))
    p = median_time(product, max(1, runs // 2))
    return [ratio_result(f"import a {count:,}-row xlsx (new projects, screened into a round)", f, p, 2)]


def card_pdfs(*, small: Path, folder: Path, scale: int, **_: object) -> list[Result]:
    """1,000 card PDFs (the demo's key cases, cycled) vs reportlab building the same pages from loaded data."""
    from datetime import date

    from conflictdesk.reports.card_pdf import render_card_pdf
    from conflictdesk.services.report_data import card_codes, load_card_report
    from conflictdesk.store.engine import open_database

    count = 1000 // scale
    out = folder / "cards"
    out.mkdir(exist_ok=True)
    db = open_database(str(small))
    codes = card_codes(db, "2020-2")
    batch = [codes[n % len(codes)] for n in range(count)]
    printed = date(2026, 1, 1)
    loaded = {code: load_card_report(db, code) for code in codes}

    def floor() -> None:
        for n, code in enumerate(batch):
            render_card_pdf(loaded[code], out / f"floor-{n}.pdf", printed=printed)

    def product() -> None:
        for n, code in enumerate(batch):
            render_card_pdf(load_card_report(db, code), out / f"card-{n}.pdf", printed=printed)

    f = median_time(floor, 1)
    p = median_time(product, 1)
    db.close()
    return [ratio_result(f"{count:,} conflict cards to PDF", f, p, 2)]


def summary(*, small: Path, folder: Path, runs: int, **_: object) -> list[Result]:
    from datetime import date

    from conflictdesk.reports.summary_pdf import render_summary_pdf
    from conflictdesk.reports.summary_xlsx import write_summary_xlsx
    from conflictdesk.services.summary_data import load_grade_summary, load_round_report
    from conflictdesk.store.engine import open_database

    db = open_database(str(small))

    def product() -> None:
        data = load_grade_summary(db, "2020-2", as_of=date(2020, 12, 31))
        rounds = load_round_report(db, "2020-2")
        render_summary_pdf(data, rounds, folder / "summary.pdf")
        write_summary_xlsx(data, rounds, folder / "summary.xlsx")

    product()  # warm-up: fonts registered, matplotlib imported (once per session in the app)
    p = median_time(product, max(1, runs // 2))
    count = sqlite3.connect(small).execute("SELECT count(*) FROM projects").fetchone()[0]
    db.close()
    return [limit_result(f"grade summary PDF + XLSX for {count:,} projects", p, 3.0)]


from benchmarks.refusals import refusals  # noqa: E402 - the case lives beside its helpers

ALL: list[Case] = [startup, project_table, screening, importing, card_pdfs, summary, backup, refusals]
