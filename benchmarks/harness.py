"""Benchmark harness: seeded demo data (cached), floor and product timed in alternation, the result table.

A ratio row runs the floor and the product in alternation (A B A B …), one ratio per pair, and reports the
median of those pair-wise ratios with its spread (the lower and upper quartile of the ratios): a burst of load from
another process lands on one pair, not on one side of the comparison. A row passes when the median meets the target.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 2020


@dataclass(frozen=True)
class Result:
    work: str
    floor: str  # "12.3 ms" or "—"
    product: str
    figure: str  # ratio "1.4×" or a figure "18 ms"
    target: str
    passed: bool | None  # None = not measured / reported only (say why in ``figure``)
    spread: str = ""  # "1.31–1.55×": the quartiles of the pair-wise ratios (or of the timings)


@dataclass(frozen=True)
class Paired:
    """Floor and product timings taken in alternation, and the ratio of each pair."""

    floors: tuple[float, ...]
    products: tuple[float, ...]
    cpu: Paired | None = None  # the same runs on this process's CPU time (paired() fills it in)

    @property
    def ratios(self) -> tuple[float, ...]:
        return tuple(p / f if f > 0 else float("inf") for f, p in zip(self.floors, self.products, strict=True))

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def floor(self) -> float:
        return statistics.median(self.floors)

    @property
    def product(self) -> float:
        return statistics.median(self.products)

    @property
    def spread(self) -> tuple[float, float]:
        return quartiles(self.ratios)


def quartiles(values: Sequence[float]) -> tuple[float, float]:
    """The lower and upper quartile (the whole range for fewer than four values)."""
    ordered = sorted(values)
    if len(ordered) < 4:
        return ordered[0], ordered[-1]
    q = statistics.quantiles(ordered, n=4, method="inclusive")
    return q[0], q[2]


def paired(floor: Callable[[], object], product: Callable[[], object], pairs: int,
           setup: Callable[[], object] | None = None) -> Paired:
    """Time ``floor`` and ``product`` in alternation, ``pairs`` times each (``setup`` runs untimed before each)."""
    floors: list[float] = []
    products: list[float] = []
    cpu_floors: list[float] = []
    cpu_products: list[float] = []
    for _ in range(pairs):
        for fn, times, cpus in ((floor, floors, cpu_floors), (product, products, cpu_products)):
            if setup is not None:
                setup()
            start, cpu = time.perf_counter(), time.process_time()
            fn()
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
    return Paired(tuple(floors), tuple(products), Paired(tuple(cpu_floors), tuple(cpu_products)))


def data_dir() -> Path:
    folder = Path(os.environ.get("CONFLICTDESK_BENCH_DIR", Path(tempfile.gettempdir()) / "conflictdesk-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ensure_demo(folder: Path, projects: int) -> Path:
    """A demo database of ``projects`` projects (seed 2020), generated once and reused."""
    path = folder / f"demo-{projects}.sqlite3"
    if path.exists():
        _bring_to_head(path)
        return path
    tmp = path.with_suffix(".partial")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "conflictdesk", "--db", str(tmp), "demo", "--projects", str(projects),
                    "--seed", str(SEED)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.replace(path)
    return path


def _bring_to_head(path: Path) -> None:
    """Migrate a cached demo file made by an older version once, here, untimed: otherwise every case that opens it
    (or a copy of it) would migrate it again and leave a pre-migrate backup of up to 670 MB beside it."""
    from conflictdesk.store.schema import SCHEMA_HEAD

    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if row is not None and str(row[0]) == SCHEMA_HEAD:
        return
    print(f"migrating {path.name} from schema {row[0] if row else '?'} to {SCHEMA_HEAD}…", file=sys.stderr)
    opener = "import sys; from conflictdesk.store.engine import open_database; open_database(sys.argv[1]).close()"
    subprocess.run([sys.executable, "-c", opener, str(path)], cwd=ROOT, check=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for backup in path.parent.glob(f"{path.stem}.pre-migrate-*{path.suffix}"):
        backup.unlink()


def fresh_copy(src: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    shutil.copyfile(src, target)
    return target


def median_time(fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall time in seconds of ``fn`` over ``runs`` runs (``setup`` runs untimed before each)."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _child_env(env: dict[str, str] | None) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}


def child_once(code: str, env: dict[str, str] | None = None) -> float:
    """Seconds from process start until the child prints ``READY`` (then it exits)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=ROOT, env=_child_env(env),
                            text=True)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.strip() == "READY":
            elapsed = time.perf_counter() - start
            break
    proc.wait(timeout=120)
    if proc.returncode or elapsed is None:
        raise RuntimeError(f"benchmark child failed ({proc.returncode})")
    return elapsed


def child_seconds(code: str, runs: int, env: dict[str, str] | None = None) -> float:
    """Median seconds from process start until the child prints ``READY``."""
    return statistics.median(child_once(code, env) for _ in range(runs))


def child_output(code: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=_child_env(env),
                          check=True, timeout=1800).stdout


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def ratio_text(value: float) -> str:
    return f"{value:.2f}×"


def paired_result(work: str, timings: Paired, limit: float | None) -> Result:
    """A ratio row: the median of the pair-wise ratios against ``limit`` (None = reported, no target)."""
    low, high = timings.spread
    ratio = timings.ratio
    return Result(work, ms(timings.floor), ms(timings.product), ratio_text(ratio),
                  f"≤ {limit:g}×" if limit is not None else "reported",
                  ratio <= limit if limit is not None else None, f"{low:.2f}–{high:.2f}×")


def ratio_result(work: str, floor: float, product: float, limit: float) -> Result:
    ratio = product / floor if floor > 0 else float("inf")
    return Result(work, ms(floor), ms(product), ratio_text(ratio), f"≤ {limit:g}×", ratio <= limit)


def limit_result(work: str, product: float, limit_s: float, spread: tuple[float, float] | None = None) -> Result:
    return Result(work, "—", ms(product), ms(product), f"≤ {ms(limit_s)}", product <= limit_s,
                  f"{ms(spread[0])}–{ms(spread[1])}" if spread else "")


def pending(work: str, target: str, why: str) -> Result:
    return Result(work, "—", "—", why, target, None)


def format_table(results: list[Result]) -> str:
    headers = ("work", "floor", "product", "ratio/figure", "spread (quartiles)", "target", "result")
    rows = [(r.work, r.floor, r.product, r.figure, r.spread or "—", r.target,
             "PASS" if r.passed else ("FAIL" if r.passed is False else "n/a")) for r in results]
    widths = [max(len(h), *(len(str(row[i])) for row in rows)) for i, h in enumerate(headers)]
    lines = [" | ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip(),
             "-|-".join("-" * w for w in widths)]
    lines += [" | ".join(str(v).ljust(widths[i]) for i, v in enumerate(row)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def print_table(results: list[Result]) -> str:
    text = format_table(results)
    print(text, end="")
    return text
