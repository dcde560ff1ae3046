"""Private files: every file the program writes is 0600 and its data, backup and log folders 0700 (trust, item 3)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import json, os, sqlite3, sys
os.umask(0o022)  # a shared workstation's usual umask: without care, files would be 0644
from pathlib import Path
from conflictdesk.cli import main, _log_unexpected
from conflictdesk.store.engine import default_db_path
out = Path(sys.argv[1])
assert main(["demo", "--projects", "30"]) == 0
db = default_db_path()
conn = sqlite3.connect(db)
code = conn.execute("SELECT p.code FROM projects p JOIN cards c ON c.project_id = p.id LIMIT 1").fetchone()
rnd = conn.execute("SELECT code FROM rounds ORDER BY code DESC LIMIT 1").fetchone()[0]
conn.close()
steps = [
    ["backup"],
    ["backup", "--out", str(out / "copy.sqlite3")],
    ["template", "--out", str(out / "template.xlsx")],
    ["export", "calendar", "--round", rnd, "--out", str(out / "cal.ics")],
    ["export", "summary", "--round", rnd, "--out", str(out / "summary.xlsx")],
    ["restore", str(out / "copy.sqlite3")],
    ["check"],
]
if code:
    steps.append(["export", "card", code[0], "--out", str(out / "card.pdf")])
results = [main(step) for step in steps]
_log_unexpected(RuntimeError("저장된 글자가 들어 있을 수 있는 오류"))
print(json.dumps({"results": results, "db": str(db)}))
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows relies on the profile's ACLs)")
def test_every_file_the_program_writes_is_private(tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache")}
    env.pop("CONFLICTDESK_DB", None)
    env.pop("CONFLICTDESK_AUDIT_KEYS", None)  # the audit key and signed head go to the profile: checked too
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(out)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["results"] == [0] * len(report["results"]), run.stderr
    written = [p for p in [*home.rglob("*"), *out.rglob("*")]]
    files = [p for p in written if p.is_file()]
    assert len(files) >= 11  # data file, two backups, before-restore copy, exports, error.log, audit key+head
    loose = {str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode)) for p in files
             if stat.S_IMODE(p.stat().st_mode) != 0o600}
    assert loose == {}
    data_dir = Path(report["db"]).parent
    keys = [p for p in home.rglob("*.key")]
    assert keys and [p for p in home.rglob("*.head")]
    folders = [data_dir, data_dir / "backups", keys[0].parent, *[p.parent for p in home.rglob("error.log")]]
    assert {str(f): oct(stat.S_IMODE(f.stat().st_mode)) for f in folders} == {str(f): "0o700" for f in folders}


def test_an_existing_data_file_is_made_private_when_opened(demo_path: Path) -> None:
    from conflictdesk.store.engine import Database

    os.chmod(demo_path, 0o644)
    Database(f"sqlite:///{demo_path}").close()
    assert stat.S_IMODE(demo_path.stat().st_mode) == 0o600


def test_a_foreign_file_is_not_touched(tmp_path: Path) -> None:
    import sqlite3

    from conflictdesk.store.engine import Database
    from conflictdesk.store.errors import StorageError

    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    os.chmod(path, 0o644)
    before = path.read_bytes()
    with pytest.raises(StorageError):
        Database(f"sqlite:///{path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644 and path.read_bytes() == before
    assert json.dumps([p.name for p in tmp_path.iterdir()]) == json.dumps(["other.sqlite3"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_window_creates_its_data_and_lock_files_private(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.ui import startup

    previous = os.umask(0o022)  # a usual umask: without care the files would be 0644
    opened = startup.open_at_startup(str(tmp_path / "new.sqlite3"))
    assert isinstance(opened, startup.Opened)
    try:
        with opened.db.write() as s:
            s.execute(__import__("sqlalchemy").text("SELECT 1"))
        modes = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in tmp_path.iterdir() if p.is_file()}
    finally:
        opened.close()
        os.umask(previous)
    assert "new.sqlite3.lock" in modes and set(modes.values()) == {"0o600"}, modes
