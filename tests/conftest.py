"""Shared fixtures: offscreen Qt, in-memory and demo databases, isolated settings and data folders."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import configuration as hypothesis_configuration

# The test configuration, not the caller, selects the offscreen platform (docs/architecture.md §Tests).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from conflictdesk.store.engine import Database, memory_database

# A test never writes into the checkout: hypothesis keeps its example database and caches in the temp folder,
# not in ./.hypothesis.
hypothesis_configuration.set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), "conflictdesk-hypothesis"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regenerate-snapshots", action="store_true", default=False,
                     help="rewrite tests/snapshots/*.png from the current reports (review them before committing)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that uses Qt (the ``qapp`` fixture, also behind ``qtbot``) is a GUI test (qutebrowser's way)."""
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the developer's real data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("CONFLICTDESK_DB", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _session_audit_keys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One audit key folder for the whole session (set before the session's demo database is signed)."""
    previous = os.environ.get("CONFLICTDESK_AUDIT_KEYS")
    os.environ["CONFLICTDESK_AUDIT_KEYS"] = str(tmp_path_factory.getbasetemp() / "audit-keys")
    yield
    if previous is None:
        os.environ.pop("CONFLICTDESK_AUDIT_KEYS", None)
    else:
        os.environ["CONFLICTDESK_AUDIT_KEYS"] = previous


@pytest.fixture
def fixed_today() -> Iterator[Callable[[date], None]]:
    """``fixed_today(day)`` moves the GUI's one clock (``ui/clock.CLOCK``) to ``day`` for this test."""
    from conflictdesk.ui.clock import CLOCK

    yield CLOCK.fix
    CLOCK.fix(None)


@pytest.fixture
def db() -> Iterator[Database]:
    database = memory_database(actor="tester")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo city of 300 projects, generated once per test session."""
    from conflictdesk.services.demo import generate

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = Database(f"sqlite:///{path}", actor="demo")
    generate(database, projects=300, seed=7)
    database.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{demo_path}", actor="tester")
    yield database
    database.close()


@pytest.fixture
def demo_window(qtbot: Any, demo_db: Database, tmp_path: Path) -> Any:
    """The main window on the demo city at 1366×768, shown, with settings in this test's folder."""
    from PySide6.QtCore import QSettings

    from conflictdesk.ui.main_window import MainWindow

    w = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The error messages a GUI test's actions showed (messages.show_error), in order, instead of message boxes."""
    from conflictdesk.ui import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, exc: shown.append(str(exc)))
    return shown


# --- both engines: SQLite file and PostgreSQL ------------------------------------------------------


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL server URL: ``CONFLICTDESK_TEST_PG``, else a throwaway local cluster (skip without one)."""
    from pgserver import ENV_URL, Cluster, find_bin

    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    in_ci = os.environ.get("CI", "").lower() == "true"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        if in_ci:
            pytest.fail("psycopg가 설치되지 않았습니다 (pip install -e '.[test]')")
        pytest.skip("psycopg not installed")
    bindir = find_bin()
    if bindir is None:
        if in_ci:
            pytest.fail("PostgreSQL server not installed: `make pgserver` installs it (root)")
        pytest.skip("PostgreSQL server not installed (run `make pgserver` as root, or set CONFLICTDESK_TEST_PG)")
    cluster = Cluster(bindir)
    try:
        url = cluster.start()
    except Exception as exc:  # noqa: BLE001 - reported as a skip or a CI failure
        cluster.stop()
        if in_ci:
            pytest.fail(f"PostgreSQL test cluster did not start: {exc}")
        pytest.skip(f"PostgreSQL test cluster did not start: {exc}")
    yield url
    cluster.stop()


def _schema_url(base: str, schema: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(base)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each engine; PostgreSQL gets its own schema per test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'engine.sqlite3'}"
        return
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    base = request.getfixturevalue("pg_url")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    yield _schema_url(base, schema)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()
