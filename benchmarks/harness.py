"""Benchmark harness: seeded demo data (cached), median timings, child processes, the result table."""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
    passed: bool | None  # None = not measured (say why in ``figure``)


def data_dir() -> Path:
    folder = Path(os.environ.get("CONFLICTDESK_BENCH_DIR", Path(tempfile.gettempdir()) / "conflictdesk-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ensure_demo(folder: Path, projects: int) -> Path:
    """A demo database of ``projects`` projects (seed 2020), generated once and reused."""
    path = folder / f"demo-{projects}.sqlite3"
    if path.exists():
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


def child_seconds(code: str, runs: int, env: dict[str, str] | None = None) -> float:
    """Median seconds from process start until the child prints ``READY`` (then it exits)."""
    times = []
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=ROOT, env=full_env,
                                text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "READY":
                times.append(time.perf_counter() - start)
                break
        proc.wait(timeout=120)
        if proc.returncode:
            raise RuntimeError(f"benchmark child failed ({proc.returncode})")
    return statistics.median(times)


def child_output(code: str, env: dict[str, str] | None = None) -> str:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=full_env,
                          check=True, timeout=600).stdout


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def ratio_result(work: str, floor: float, product: float, limit: float) -> Result:
    ratio = product / floor if floor > 0 else float("inf")
    return Result(work, ms(floor), ms(product), f"{ratio:.2f}×", f"≤ {limit:g}×", ratio <= limit)


def limit_result(work: str, product: float, limit_s: float) -> Result:
    return Result(work, "—", ms(product), ms(product), f"≤ {ms(limit_s)}", product <= limit_s)


def pending(work: str, target: str, why: str) -> Result:
    return Result(work, "—", "—", why, target, None)


def print_table(results: list[Result]) -> str:
    headers = ("work", "floor", "product", "ratio/figure", "target", "result")
    rows = [(r.work, r.floor, r.product, r.figure, r.target,
             "PASS" if r.passed else ("FAIL" if r.passed is False else "n/a")) for r in results]
    widths = [max(len(h), *(len(str(row[i])) for row in rows)) for i, h in enumerate(headers)]
    lines = [" | ".join(h.ljust(widths[i]) for i, h in enumerate(headers)),
             "-|-".join("-" * w for w in widths)]
    lines += [" | ".join(str(v).ljust(widths[i]) for i, v in enumerate(row)) for row in rows]
    text = "\n".join(lines)
    print(text)
    return text + "\n"
