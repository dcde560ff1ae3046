"""Crash safety, measured: SIGKILL a writer at random moments; nothing it reported committed may be lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Project

ROOT = Path(__file__).resolve().parent.parent
TRIALS = 200


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    url = f"sqlite:///{path}"
    Database(url).close()
    zygote = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_writer.py"), url], cwd=ROOT,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    rng = random.Random(8)
    reported: set[str] = set()
    lost: list[str] = []
    started = time.perf_counter()
    try:
        for trial in range(TRIALS):
            report = tmp_path / f"r{trial}.txt"
            zygote.stdin.write(f"{trial} {report}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            time.sleep(rng.uniform(0, 0.15))  # a random moment: opening, mid-transaction, mid-commit
            os.kill(pid, signal.SIGKILL)
            assert zygote.stdout.readline().strip() == "reaped"
            if report.exists():
                reported.update(report.read_text().split())
            db = Database(url)  # opens (and recovers the WAL) after every kill
            with db.read() as s:
                present = set(s.scalars(select(Project.code)))
                assert audit.verify_chain(s) == []
            db.close()
            lost += sorted(reported - present)
            conn = sqlite3.connect(path)
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            conn.close()
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    elapsed = time.perf_counter() - started
    print(f"\ncrash safety: {TRIALS} SIGKILLs, {len(reported)} reported commits, {len(lost)} lost, {elapsed:.1f} s")
    assert lost == []
    assert len(reported) > TRIALS  # the kills did land mid-work, not only before the first write
