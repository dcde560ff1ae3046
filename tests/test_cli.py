"""Command line: version, demo determinism, one-line errors with exit 1, no traceback, GUI without display."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conflictdesk import __version__
from conflictdesk.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "conflictdesk", *args], capture_output=True, text=True,
                          env=full_env, cwd=ROOT, timeout=120)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"conflictdesk {__version__}"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--db", "/no/such/folder/x.sqlite3", "demo"], "폴더가 없습니다"),
        (["demo", "--projects", "0"], "1 이상"),
        (["demo", "--projects", "many"], "정수가 아닙니다"),
        (["demo", "--nonsense"], "unrecognized arguments"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_errors_print_one_line_and_exit_1(args: list[str], needle: str, tmp_path: Path) -> None:
    result = run_cli(*args, env={"CONFLICTDESK_DB": str(tmp_path / "x.sqlite3")})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert "Traceback" not in result.stderr


def _fingerprint(path: Path) -> str:
    conn = sqlite3.connect(path)
    h = hashlib.sha256()
    for table in ("projects", "diagnoses", "cards", "main_issues", "stakeholders", "experts", "council_members"):
        cols = "*" if table != "projects" else "code, name, department_id, budget_won, decision_authority"
        for row in conn.execute(f"SELECT {cols} FROM {table} ORDER BY id"):
            if table == "projects":
                h.update(repr(row).encode())
            else:
                h.update(repr([v for v in row if not (isinstance(v, str) and v[:2] == "20" and ":" in v)]).encode())
    conn.close()
    return h.hexdigest()


def test_demo_same_seed_same_data(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"
    assert main(["--db", str(a), "demo", "--projects", "120", "--seed", "5"]) == 0
    assert main(["--db", str(b), "demo", "--projects", "120", "--seed", "5"]) == 0
    assert main(["--db", str(c), "demo", "--projects", "120", "--seed", "6"]) == 0
    assert _fingerprint(a) == _fingerprint(b) != _fingerprint(c)


def test_demo_refuses_a_filled_file_and_replace_keeps_a_backup(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.sqlite3"
    assert main(["--db", str(path), "demo", "--projects", "30"]) == 0
    assert main(["--db", str(path), "demo", "--projects", "30"]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["--db", str(path), "demo", "--projects", "50", "--replace"]) == 0
    assert (tmp_path / "d.before-demo.sqlite3").exists()
    count = sqlite3.connect(path).execute("SELECT count(*) FROM projects").fetchone()[0]
    assert count == 50


def test_demo_city_looks_like_a_city(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    rounds = [r[0] for r in conn.execute("SELECT code FROM rounds ORDER BY id")]
    assert rounds == ["2019-2", "2020-1", "2020-2"]
    grades = dict(conn.execute(
        "SELECT confirmed_grade, count(*) FROM diagnoses d JOIN rounds r ON r.id = d.round_id "
        "WHERE r.code = '2020-2' GROUP BY confirmed_grade").fetchall())
    assert grades.get(1, 0) >= 1 and grades.get(2, 0) >= 1
    assert grades[3] > 5 * (grades[1] + grades[2])  # most targets are grade 3
    assert conn.execute("SELECT count(*) FROM council_members").fetchone()[0] >= 5
    assert conn.execute("SELECT count(*) FROM allowance_payments").fetchone()[0] >= 4
    assert conn.execute("SELECT count(DISTINCT bureau) FROM departments").fetchone()[0] >= 8


def test_gui_without_display_explains_how_to_run(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["CONFLICTDESK_DB"] = str(tmp_path / "g.sqlite3")
    result = subprocess.run([sys.executable, "main.py"], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 1
    assert "xvfb-run" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("argv", "gui"),
    [([], True), (["gui"], True), (["--db", "x.sqlite3"], True), (["--db=x.sqlite3", "gui"], True),
     (["--db", "gui"], True), (["screen", "--round", "2020-1"], False), (["--version"], False),
     (["--db", "x", "demo"], False), (["--help"], False)],
)
def test_only_a_plain_gui_start_skips_loading_the_commands(argv: list[str], gui: bool) -> None:
    from conflictdesk.cli import _opens_the_gui

    assert _opens_the_gui(argv) is gui
