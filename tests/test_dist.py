"""Smoke test of the PyInstaller one-folder build (dist/conflictdesk): the frozen program runs headless.

Skipped unless the build exists (`make dist`; on CI `make test` builds it first and runs these with `-m dist`).
`--version`, `demo`, the bundled data and the GUI start must work; `screen` and the exports are checked as soon as
the frozen program lists them in its `--help` (they are skipped, with the reason, only while it does not).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from conflictdesk import __version__

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "conflictdesk"
EXE = DIST / ("conflictdesk.exe" if sys.platform == "win32" else "conflictdesk")
BUNDLE = DIST / "_internal"
SOURCE_MIGRATIONS = ROOT / "conflictdesk" / "store" / "migrations"

pytestmark = [
    pytest.mark.dist,
    pytest.mark.skipif(not EXE.is_file(), reason=f"no one-folder build at {EXE} (run `make dist`)"),
]

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("dist-home")


@pytest.fixture(scope="module")
def frozen_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONFLICTDESK_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), USERPROFILE=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
               MPLCONFIGDIR=str(home / "mpl"))
    return env


@pytest.fixture(scope="module")
def run(frozen_env: dict[str, str], home: Path) -> Run:
    def _run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(EXE), *args], capture_output=True, text=True, encoding="utf-8",
                              errors="replace", env=frozen_env, cwd=home, timeout=timeout)

    return _run


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (
        f"{' '.join(result.args[1:])} → exit {result.returncode}\nstdout: {result.stdout[-2000:]}\n"
        f"stderr: {result.stderr[-2000:]}"
    )
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(scope="module")
def demo_db(run: Run, home: Path) -> Path:
    path = home / "demo.sqlite3"
    result = _ok(run("--db", str(path), "demo", "--projects", "50"))
    assert "사업 50건" in result.stdout
    return path


@pytest.fixture(scope="module")
def card_code(demo_db: Path) -> str:
    conn = sqlite3.connect(demo_db)
    try:
        row = conn.execute("SELECT p.code FROM cards c JOIN projects p ON p.id = c.project_id "
                           "ORDER BY p.code LIMIT 1").fetchone()
    finally:
        conn.close()
    assert row is not None, "the demo city has no conflict card"
    return str(row[0])


def _lists_subcommand(help_text: str, name: str) -> bool:
    # argparse lists subcommands indented under the COMMAND section: "    screen     진단 …"
    return re.search(rf"^ {{2,8}}{re.escape(name)}(\s|$)", help_text, re.MULTILINE) is not None


@pytest.fixture(scope="module")
def available(run: Run) -> Callable[[Sequence[str]], bool]:
    cache: dict[tuple[str, ...], bool] = {}

    def _available(path: Sequence[str]) -> bool:
        key = tuple(path)
        if key not in cache:
            ok = True
            for depth in range(len(key)):
                result = run(*key[:depth], "--help")
                if result.returncode != 0 or not _lists_subcommand(result.stdout, key[depth]):
                    ok = False
                    break
            cache[key] = ok
        return cache[key]

    return _available


# --- must work in every build ----------------------------------------------------------------------------------


def test_version(run: Run) -> None:
    result = _ok(run("--version"))
    assert result.stdout.strip() == f"conflictdesk {__version__}"


def test_demo_creates_a_database(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)
    try:
        assert conn.execute("SELECT COUNT(*) FROM projects").fetchone()[0] == 50
    finally:
        conn.close()


def test_bundle_ships_fonts_icons_and_every_migration() -> None:
    for rel in ("resources/fonts/NanumGothic-Regular.ttf", "resources/fonts/NanumGothic-Bold.ttf",
                "resources/fonts/OFL.txt", "resources/icons/conflictdesk.svg", "resources/i18n/conflictdesk_en.qm",
                "conflictdesk/store/migrations/env.py", "conflictdesk/store/migrations/script.py.mako"):
        assert (BUNDLE / rel).is_file(), f"missing from the build: {rel}"
    source = {p.name for p in (SOURCE_MIGRATIONS / "versions").glob("*.py")}
    bundled = {p.name for p in (BUNDLE / "conflictdesk" / "store" / "migrations" / "versions").glob("*.py")}
    assert source <= bundled, f"revisions missing from the build: {sorted(source - bundled)}"


@pytest.mark.parametrize("frozen", sorted((ROOT / "tests" / "data").glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_released_database_opens_and_migrates(run: Run, home: Path, frozen: Path) -> None:
    """Each released schema opens in the frozen program (Alembic loads the bundled scripts by path)."""
    copy = home / f"released-{frozen.name}"
    shutil.copyfile(frozen, copy)
    _ok(run("--db", str(copy), "demo", "--replace", "--projects", "5"))


def test_gui_starts_offscreen(frozen_env: dict[str, str], home: Path, demo_db: Path) -> None:
    """Qt plugins, fonts and the main window load in the frozen program; it is still running after 5 s."""
    proc = subprocess.Popen([str(EXE), "--db", str(demo_db), "gui"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=frozen_env, cwd=home)
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        running = proc.poll() is None
    finally:
        proc.terminate()
        try:
            out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    stderr = err.decode("utf-8", "replace")
    assert running, f"the GUI exited with {proc.returncode}: {stderr[-2000:]}"
    assert "Traceback" not in stderr


# --- colleagues' commands: checked once the frozen program lists them -----------------------------------------


@dataclass(frozen=True)
class Case:
    command: tuple[str, ...]  # the subcommand path that must be listed in --help
    args: Callable[[Path, str], list[str]]  # (output folder, card code) → arguments after --db DB
    check: Callable[[subprocess.CompletedProcess[str], Path], None]


def _check_screen(result: subprocess.CompletedProcess[str], out: Path) -> None:
    json.loads(result.stdout)


def _check_file(name: str, magic: bytes) -> Callable[[subprocess.CompletedProcess[str], Path], None]:
    def check(result: subprocess.CompletedProcess[str], out: Path) -> None:
        path = out / name
        assert path.is_file(), f"{name} was not written"
        assert path.read_bytes()[: len(magic)] == magic, f"{name} is not a {magic!r} file"

    return check


CASES = {
    "screen": Case(("screen",), lambda out, code: ["screen", "--round", "2020-2", "--format", "json"],
                   _check_screen),
    "export-card": Case(("export", "card"),
                        lambda out, code: ["export", "card", code, "--out", str(out / "card.pdf")],
                        _check_file("card.pdf", b"%PDF")),
    "export-summary": Case(("export", "summary"),
                           lambda out, code: ["export", "summary", "--round", "2020-2", "--out",
                                              str(out / "summary.xlsx")],
                           _check_file("summary.xlsx", b"PK")),
}


@pytest.mark.parametrize("name", list(CASES))
def test_command_runs_frozen(name: str, run: Run, available: Callable[[Sequence[str]], bool],
                             demo_db: Path, card_code: str, tmp_path: Path) -> None:
    case = CASES[name]
    if not available(case.command):
        pytest.skip(f"this build has no `{' '.join(case.command)}` subcommand (not listed in --help)")
    result = _ok(run("--db", str(demo_db), *case.args(tmp_path, card_code)))
    case.check(result, tmp_path)
