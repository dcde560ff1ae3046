"""The benchmark cases of the performance issue, each measured against the floor of the same work."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import (
    Paired,
    Result,
    child_once,
    child_output,
    fresh_copy,
    limit_result,
    median_time,
    ms,
    paired,
    paired_result,
    quartiles,
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


FLOOR_TABLE = """
import sqlite3
import sqlalchemy.orm
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
rows = sqlite3.connect({path!r}).execute(
    "SELECT p.id, p.code, p.name, d.name, p.budget_won FROM projects p JOIN departments d ON d.id = p.department_id "
    "ORDER BY p.code").fetchall()
class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return len(rows)
    def columnCount(self, parent=None): return 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return str(rows[index.row()][index.column()]) if role == Qt.ItemDataRole.DisplayRole else None
w = QMainWindow(); view = QTableView(); model = Model(); view.setModel(model); w.setCentralWidget(view)
w.resize(1280, 800); w.show(); app.processEvents(); view.viewport().repaint()
print("READY", flush=True)
"""


def _children(first: tuple[str, dict[str, str]], second: tuple[str, dict[str, str]], pairs: int) -> Paired:
    """Two child programs started in alternation; seconds from start to their ``READY``."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(pairs):
        a.append(child_once(*first))
        b.append(child_once(*second))
    return Paired(tuple(a), tuple(b))


def startup(*, small: Path, runs: int, **_: object) -> list[Result]:
    """Start-up from outside the process: the bare window (the floor) and the product, started in alternation."""
    env = {"CONFLICTDESK_BENCH_READY": "1", "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="cd-bench-cfg-")}
    filled_env = {**env, "CONFLICTDESK_BENCH_READY": "filled"}
    product = PRODUCT_START.format(path=str(small))
    pairs = max(5, 2 * runs)
    projects = f"{int(small.stem.split('-')[-1]):,}"
    shown = _children((FLOOR_WINDOW, env), (product, env), pairs)
    filled = _children((FLOOR_WINDOW, env), (product, filled_env), pairs)
    table_floor = _children((FLOOR_TABLE.format(path=str(small)), env), (product, filled_env), pairs)
    return [paired_result(f"start-up to a shown main window ({projects} projects)", shown, 1.5),
            paired_result("start-up to the project table filled and interactive", filled, 1.5),
            paired_result("  … against a bare window + QTableView of the same rows (sqlite3)", table_floor, None)]


TABLE_PROBE = """
import json, sqlite3, statistics, time
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
       "LEFT JOIN cards c ON c.project_id = p.id ORDER BY p.code")
settings = QSettings({ini!r}, QSettings.Format.IniFormat)
settings.setValue("ui/last_panel", 0)
w = MainWindow(open_database(path), settings=settings); w.resize(1280, 800); w.show(); app.processEvents()
panel = w.panels["projects"]
floors, products, count, first_hwm = [], [], 0, 0
for n in range({pairs}):  # product first in each pair: the peak memory after the first fill is the product's own
    t = time.perf_counter()
    if n == 0:
        w.show_panel("projects")
    else:
        panel.reload()
    app.processEvents(); panel.table.viewport().repaint()
    products.append(time.perf_counter() - t)
    if n == 0:
        first_hwm = int([l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1])
    t = time.perf_counter(); conn = sqlite3.connect(path); rows = conn.execute(SQL).fetchall(); conn.close()
    floors.append(time.perf_counter() - t); count = len(rows); del rows
filters, filters_cpu = [], []
for text in ["송", "송도", "송도 ", "송도 소", "송도 소각"] * {rounds}:
    t, c = time.perf_counter(), time.process_time(); panel.search.setText(text); panel.table.viewport().repaint()
    filters.append(time.perf_counter() - t); filters_cpu.append(time.process_time() - c)
    if text == "송도 소각":
        panel.search.setText("")
panel.search.setText("")
# The officer reads the table before clicking a header: the event loop runs as in the app (idle work included).
idle_until = time.perf_counter() + 1.5
while time.perf_counter() < idle_until:
    app.processEvents(); time.sleep(0.01)
sorts, sorts_cpu = [], []
for _ in range({rounds}):
    for col in (1, 3, 2, 4, 5, 6, 0):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t, c = time.perf_counter(), time.process_time()
            panel.table.sortByColumn(col, order); panel.table.viewport().repaint()
            sorts.append(time.perf_counter() - t); sorts_cpu.append(time.process_time() - c)
print(json.dumps({{"floors": floors, "products": products, "filters": filters, "sorts": sorts, "rows": count,
                  "filters_cpu": filters_cpu, "sorts_cpu": sorts_cpu, "rss_mib": first_hwm / 1024}}))
"""


@dataclass(frozen=True)
class TableProbe:
    rows: int
    timings: Paired
    filters: list[float]
    sorts: list[float]
    rss_mib: float
    filters_cpu: list[float]
    sorts_cpu: list[float]


def _table_probe(path: Path, folder: Path, pairs: int, rounds: int) -> TableProbe:
    ini = str(folder / "bench-ui.ini")
    out = child_output(TABLE_PROBE.format(path=str(path), pairs=pairs, rounds=rounds, ini=ini))
    data = json.loads(out.strip().splitlines()[-1])
    return TableProbe(int(data["rows"]), Paired(tuple(data["floors"]), tuple(data["products"])),
                      list(data["filters"]), list(data["sorts"]), float(data["rss_mib"]),
                      list(data.get("filters_cpu", [])), list(data.get("sorts_cpu", [])))


def _spread_reported(work: str, times: list[float]) -> Result:
    low, high = quartiles(times)
    return Result(f"{work} (median; max {max(times) * 1000:,.0f} ms)", "—", ms(statistics.median(times)),
                  ms(statistics.median(times)), "reported", None, f"{ms(low)}–{ms(high)}")


def _spread_limit(work: str, times: list[float], limit: float) -> Result:
    return limit_result(f"{work} (median; max {max(times) * 1000:,.0f} ms)", statistics.median(times), limit,
                        quartiles(times))


def project_table(*, big: Path, runs: int, folder: Path, **_: object) -> list[Result]:
    """The table's first paint against its floor; filter keystrokes and sorts against absolute limits.

    An absolute limit is judged on the CPU time the window's process spends (the work the officer waits for on an
    idle machine); the wall-clock time is printed beside it, with the load average, because on a machine shared
    with other work it measures the load as much as the code (docs: benchmarks/README.md).
    """
    load = os.getloadavg()[0]
    data = _table_probe(big, folder, max(5, 2 * runs), 2)
    rows = f"{data.rows:,}"
    worst, worst_wall = max(data.sorts_cpu), max(data.sorts)
    return [
        paired_result(f"open the project table on {rows} projects, first paint", data.timings, 2),
        _spread_limit(f"one filter keystroke on {rows} projects, CPU", data.filters_cpu, 0.015),
        _spread_reported(f"  … wall clock at load {load:.1f}", data.filters),
        _spread_limit(f"one sort on {rows} projects, CPU", data.sorts_cpu, 0.050),
        _spread_reported(f"  … wall clock at load {load:.1f}", data.sorts),
        Result(f"  … the slowest of those {len(data.sorts)} sorts, CPU (wall {ms(worst_wall)})", "—", ms(worst),
               ms(worst), "≤ 100 ms", worst <= 0.100),
        Result(f"memory with {rows} projects open in the window (peak)", "—", f"{data.rss_mib:.0f} MiB",
               f"{data.rss_mib:.0f} MiB RSS", "≤ 300 MiB RSS", data.rss_mib <= 300),
    ]


def _screening(source: Path, folder: Path, pairs: int) -> tuple[int, Paired]:
    """Screening every project of a copy of ``source`` (stored results) against reading its facts (sqlite3)."""
    from sqlalchemy import select

    from conflictdesk.services.screening import _screen_projects
    from conflictdesk.store.engine import open_database
    from conflictdesk.store.models import Round

    work = fresh_copy(source, folder, "screen.sqlite3")

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
            _screen_projects(s, rnd)
        db.close()

    product()  # warm-up: first use configures the ORM mappers, as any earlier action in the app would
    timings = paired(floor, product, pairs)
    count = int(sqlite3.connect(work).execute("SELECT count(*) FROM projects").fetchone()[0])
    for p in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        p.unlink(missing_ok=True)
    return count, timings


def screening(*, big: Path, runs: int, folder: Path, **_: object) -> list[Result]:
    load = os.getloadavg()[0]
    count, timings = _screening(big, folder, max(7, 2 * runs))
    rows = [paired_result(f"screen {count:,} projects and store the results", timings, 2)]
    if timings.cpu is not None:  # reported beside the wall-clock verdict: the machine is shared
        rows.append(paired_result(f"  … CPU time (load {load:.1f})", timings.cpu, None))
    return rows


def growth(*, small: Path, big: Path, runs: int, folder: Path, scale: int, **_: object) -> list[Result]:
    """The growth curve 10k → 100k → 1M (the 100k rows are the cases above): screening and the table's first
    paint at 10,000 and 1,000,000 projects; at 1M the first paint stays within 2× its floor in ≤ 1 GiB."""
    from benchmarks.harness import ensure_demo

    huge = ensure_demo(folder, 1_000_000 // scale)  # generated once (~7 min, ~670 MB), then reused
    results: list[Result] = []
    for path, pairs in ((small, max(5, runs)), (huge, 3)):
        count, timings = _screening(path, folder, pairs)
        results.append(paired_result(f"screen {count:,} projects and store the results (growth)", timings,
                                     2 if path == huge else None))
    for path, pairs in ((small, max(5, runs)), (huge, 3)):
        data = _table_probe(path, folder, pairs, 0)
        rows = f"{data.rows:,}"
        last = path == huge
        results.append(paired_result(f"open the project table on {rows} projects, first paint (growth)",
                                     data.timings, 2 if last else None))
        if last:
            results.append(Result(f"memory with {rows} projects open in the window (peak)", "—",
                                  f"{data.rss_mib:,.0f} MiB", f"{data.rss_mib:,.0f} MiB RSS", "≤ 1,024 MiB RSS",
                                  data.rss_mib <= 1024))
    return results


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

    # 9 pairs: the product is the backup API plus a few file operations, so its ratio sits near 1× and a median
    # of 5 pairs was once pushed to the 1.2× limit by a test suite running beside it.
    copy = paired(floor, copy_only, max(9, runs))
    checked = paired(floor, verified, max(3, runs // 2))
    db.close()
    return [paired_result(f"backup of a {size_mb:.0f} MB database", copy, 1.2),
            paired_result("  … verified as every backup is (copy + quick_check of the copy)", checked, None)]


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

    timings = paired(floor, product, max(3, runs // 2))
    return [paired_result(f"import a {count:,}-row xlsx (new projects, screened into a round)", timings, 2)]


def card_pdfs(*, small: Path, folder: Path, scale: int, **_: object) -> list[Result]:
    """400 card PDFs (the demo's key cases, cycled), each loaded and rendered by the product, against the floor:
    reportlab alone drawing the same pages from plain Python data (``benchmarks/card_floor.py``).

    The floor draws every section the product prints (the same page count); the product also loads each card from
    the database. Floor and product alternate in chunks of 25 cards; each chunk pair gives one ratio, on the wall
    clock (the verdict) and on CPU time (reported: the machine is shared).
    """
    from datetime import date

    from benchmarks.card_floor import card_data, render_floor
    from conflictdesk.reports.card_pdf import render_card_pdf
    from conflictdesk.services.report_data import card_choices, load_card_report
    from conflictdesk.store.engine import open_database

    count = 400 // scale  # 16 alternating pairs of 25 cards: enough for a firm median, a third of the time
    chunk = 25
    out = folder / "cards"
    out.mkdir(exist_ok=True)
    db = open_database(str(small))
    codes = [c for c, _name in card_choices(db, "2020-2")]
    batch = [codes[n % len(codes)] for n in range(count)]
    printed = date(2026, 1, 1)
    plain = {code: card_data(load_card_report(db, code)) for code in codes}  # untimed: plain str data
    footer = "갈등관리카드 — 비교용  ·  출력일 2026. 1. 1."  # the footer the product prints (no data file)
    render_floor(plain[codes[0]], out / "warm-floor.pdf", footer=footer)  # fonts registered, as in the app
    render_card_pdf(load_card_report(db, codes[0]), out / "warm-card.pdf", printed=printed)
    floors: list[float] = []
    products: list[float] = []
    cpu_floors: list[float] = []
    cpu_products: list[float] = []
    load = os.getloadavg()[0]

    def timed(fn: Callable[[], object], walls: list[float], cpus: list[float]) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)

    for start in range(0, count, chunk):
        part = list(enumerate(batch[start:start + chunk], start))
        timed(lambda part=part: [  # type: ignore[misc]
            render_floor(plain[code], out / f"floor-{n}.pdf", footer=footer) for n, code in part], floors, cpu_floors)
        timed(lambda part=part: [  # type: ignore[misc]
            render_card_pdf(load_card_report(db, code), out / f"card-{n}.pdf", printed=printed)
            for n, code in part], products, cpu_products)
    db.close()
    row = paired_result(f"{count:,} conflict cards to PDF, one after another", Paired(tuple(floors), tuple(products)), 2)
    cpu = paired_result(f"  … CPU time (load {load:.1f}; {sum(cpu_floors) / count * 1000:.0f} against "
                        f"{sum(cpu_products) / count * 1000:.0f} ms a card)", Paired(tuple(cpu_floors),
                                                                                      tuple(cpu_products)), None)
    return [Result(row.work, ms(sum(floors)), ms(sum(products)), row.figure, row.target, row.passed, row.spread),
            Result(cpu.work, ms(sum(cpu_floors)), ms(sum(cpu_products)), cpu.figure, cpu.target, cpu.passed,
                   cpu.spread)]


def _cpu_with_children() -> float:
    """CPU seconds of this process and its finished children (the batch's worker processes)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def card_batch(*, small: Path, folder: Path, scale: int, **_: object) -> list[Result]:
    """The "all key cases" export of 1,000 cards on both cores (worker processes), and with the combined PDF."""
    import shutil
    import time
    from datetime import date

    from conflictdesk.reports.card_batch import export_cards
    from conflictdesk.services.report_data import card_choices
    from conflictdesk.store.engine import open_database

    count = 1000 // scale
    db = open_database(str(small))
    codes = [c for c, _name in card_choices(db, "2020-2")]
    batch = [codes[n % len(codes)] for n in range(count)]
    out = folder / "batch"
    results: list[Result] = []
    for combined in (False, True):
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        load = os.getloadavg()[0]
        start, cpu = time.perf_counter(), _cpu_with_children()
        result = export_cards(db, "2020-2", batch, out, printed=date(2026, 1, 1), combined=combined, workers=2)
        seconds, cpu = time.perf_counter() - start, _cpu_with_children() - cpu
        assert result.done == count
        what = (f"{count:,} cards, 2 worker processes" + (f" + one bookmarked PDF ({result.pages:,} pages)"
                                                            if combined else "")
                + f" (load {load:.1f}; CPU {cpu:,.1f} s = {cpu / count * 1000:.0f} ms a card)")
        results.append(limit_result(what, seconds, 10.0 / scale) if not combined else
                       Result(what, "—", ms(seconds), ms(seconds), "reported", None))
    db.close()
    shutil.rmtree(out, ignore_errors=True)
    return results


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
    times = [median_time(product, 1) for _ in range(max(3, runs // 2))]
    count = sqlite3.connect(small).execute("SELECT count(*) FROM projects").fetchone()[0]
    db.close()
    return [limit_result(f"grade summary PDF + XLSX for {count:,} projects", statistics.median(times), 3.0,
                         quartiles(times))]


def programme_year(*, small: Path, folder: Path, runs: int, **_: object) -> list[Result]:
    """The 연간 갈등관리 결과 (PDF + XLSX) and the 종합계획 draft (PDF) of 2020/2021, data included."""
    from datetime import date

    from conflictdesk.reports.programme_files import write_programme
    from conflictdesk.services.programme_year import year_plan, year_results
    from conflictdesk.store.engine import open_database

    db = open_database(str(small))
    as_of = date(2020, 12, 31)

    def product() -> None:
        results = year_results(db, 2020, as_of=as_of)
        write_programme(results, ".pdf", folder / "annual.pdf")
        write_programme(results, ".xlsx", folder / "annual.xlsx")
        write_programme(year_plan(db, 2021, as_of=as_of), ".pdf", folder / "plan.pdf")

    product()  # warm-up: fonts registered, matplotlib imported (once per session in the app)
    times = [median_time(product, 1) for _ in range(max(3, runs // 2))]
    count = sqlite3.connect(small).execute("SELECT count(*) FROM projects").fetchone()[0]
    db.close()
    return [limit_result(f"연간 결과 PDF + XLSX and 종합계획 PDF for {count:,} projects", statistics.median(times), 5.0,
                         quartiles(times))]


from benchmarks.handouts import handouts  # noqa: E402 - the case lives beside its helpers
from benchmarks.refusals import refusals  # noqa: E402 - the case lives beside its helpers

ALL: list[Case] = [startup, project_table, screening, growth, importing, card_pdfs, card_batch, summary, backup,
                   refusals, handouts, programme_year]
