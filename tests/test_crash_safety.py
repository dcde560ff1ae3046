"""Crash safety: SIGKILL a writer inside a transaction (by design, not by timing); nothing committed is lost,
nothing uncommitted appears, and the file and its audit chain stay whole."""

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
TRIALS = 48


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_sigkill_inside_a_transaction_loses_nothing_committed(tmp_path: Path) -> None:
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
    uncommitted: set[str] = set()
    lost: list[str] = []
    kills = {"intx": 0, "commit": 0}
    started = time.perf_counter()
    try:
        for trial in range(TRIALS):
            report = tmp_path / f"r{trial}.txt"
            where = "intx" if trial % 3 else "commit"
            zygote.stdin.write(f"{trial} {rng.randint(0, 6)} {where} {report}\n")
            zygote.stdin.flush()
            lines = [zygote.stdout.readline().split(), zygote.stdout.readline().split()]
            pid = next(int(w[1]) for w in lines if w[0] == "pid")
            said = next(w for w in lines if w[0] != "pid")
            assert said[0] == where
            os.kill(pid, signal.SIGKILL)  # the writer is waiting inside (or just past) its transaction
            kills[where] += 1
            assert zygote.stdout.readline().strip() == "reaped"
            if report.exists():
                reported.update(report.read_text().split())
            if where == "intx":
                uncommitted.add(said[1])
            db = Database(url)  # opens (and recovers the WAL) after every kill
            with db.read() as s:
                present = set(s.scalars(select(Project.code)))
                assert audit.audit_findings(s, db.location) == []
            db.close()
            lost += sorted(reported - present)
            assert not uncommitted & present  # a killed transaction left nothing behind
            conn = sqlite3.connect(path)
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            conn.close()
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=60)
    elapsed = time.perf_counter() - started
    print(f"\ncrash safety: {TRIALS} SIGKILLs ({kills['intx']} inside a transaction, {kills['commit']} at commit), "
          f"{len(reported)} reported commits, {len(lost)} lost, {elapsed:.1f} s")
    assert lost == []
    assert kills["intx"] > TRIALS // 2 and len(reported) > TRIALS
