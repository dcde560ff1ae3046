"""The database handle: engine with SQLite pragmas, BEGIN IMMEDIATE writes, schema check and sessions."""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictdesk.store.errors import StorageError
from conflictdesk.store.private import create_private, make_private, private_folder
from conflictdesk.store.schema import SCHEMA_HEAD, schema_state, sqlite_file_schema_state
from conflictdesk.store.urls import backend_of, sqlite_database, sqlite_url

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

DEFAULT_FILE_NAME = "conflictdesk.sqlite3"
ENV_VAR = "CONFLICTDESK_DB"
APP_NAME = "ConflictDesk"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / DEFAULT_FILE_NAME


def resolve_db_url(arg: str | None = None, *, create_dir: bool = True) -> str:
    """Turn ``--db`` / ``CONFLICTDESK_DB`` / the default into a SQLAlchemy URL string.

    A plain path must lie in an existing folder (the default folder is created on demand).
    """
    value = arg or os.environ.get(ENV_VAR) or ""
    if "://" in value:
        try:
            from sqlalchemy.engine import make_url

            make_url(value)
        except Exception as exc:
            raise StorageError("bad_url", value=value) from exc
        return value
    if not value:
        path = default_db_path()
        if create_dir:
            private_folder(path.parent)
    else:
        path = Path(value).expanduser()
        if not path.parent.exists():
            raise StorageError("no_folder", folder=str(path.parent), value=value)
        if path.is_dir():
            raise StorageError("is_dir", path=str(path))
    return sqlite_url(path.resolve())


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take over transaction control so writes can start with BEGIN IMMEDIATE (docs/architecture.md §Storage notes).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        if not read_only:
            mode = cur.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() not in ("wal", "memory"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        else:
            cur.execute("PRAGMA query_only=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One open ConflictDesk database. ``read()`` for queries, ``write()`` for one user action."""

    def __init__(
        self,
        url: str,
        *,
        actor: str | None = None,
        migrate: bool = True,
        read_only: bool = False,
        create: bool = True,
    ) -> None:
        self.url = url
        self.read_only = read_only
        self.actor = actor or current_actor()
        database = sqlite_database(url)
        self.is_sqlite = backend_of(url) == "sqlite"
        self.path: Path | None = Path(database) if database else None
        self._engine: Engine | None = None
        self._guarded = False
        if self.path is not None and not create and not self.path.exists():
            raise StorageError("missing", path=str(self.path))
        if self.path is not None and not read_only:
            self._sweep()
            if create and self.path.parent.is_dir() and not self.path.exists():
                # Created 0600 before SQLite sees it: SQLite gives its -wal/-shm the mode of the file.
                with contextlib.suppress(OSError):  # a read-only folder: SQLite's own error says so below
                    create_private(self.path)
        if self.path is not None and self.path.exists():
            # A current file needs no engine yet: SQLAlchemy loads on the first query (after the window shows).
            try:
                state = sqlite_file_schema_state(self.path)
            except StorageError:
                raise
            except Exception as exc:
                raise StorageError.from_exception(exc, self.display_name) from exc
            if state.kind == "current":
                if not read_only:
                    make_private(self.path)  # files of earlier versions were 0644
                return
            self._refuse(state)
        try:
            self._prepare(migrate=migrate)
        except Exception:
            self.close()
            raise

    def _sweep(self) -> None:
        """Remove what a killed backup or restore of this file left behind (full copies of personal data)."""
        from conflictdesk.store.backup import backup_dir, sweep_leftovers

        try:
            sweep_leftovers(self.path, backup_dir())
        except OSError:
            pass  # never stops opening

    def _make_engine(self) -> Engine:
        from sqlalchemy import create_engine
        from sqlalchemy.orm import sessionmaker
        from sqlalchemy.pool import StaticPool

        from conflictdesk.store import audit, textguard

        url = self.url
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            if self.path is None:
                kwargs["poolclass"] = StaticPool
                kwargs["connect_args"] = {"check_same_thread": False}
            else:
                kwargs["connect_args"] = {"check_same_thread": False, "timeout": 5}
                if self.read_only:
                    url = f"sqlite:///file:{self.path}?mode=ro&uri=true"
        else:
            kwargs["pool_pre_ping"] = True
        engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_pragmas(engine, read_only=self.read_only)
        self._write_engine = engine.execution_options(sqlite_immediate=True)
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        audit.install(self._writer)
        textguard.install(self._writer)
        self._engine = engine
        return engine

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, created on first use (with the audit trail made append-only then)."""
        if self._engine is None:
            self._make_engine()
            if not self.read_only and not self._guarded:
                self._guard_audit()
        assert self._engine is not None
        return self._engine

    @property
    def location(self) -> str:
        """Where this database lives (absolute file path, or the URL without password): names its signed head."""
        if self.path is not None:
            return str(self.path.resolve())
        return self.display_name

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    def _prepare(self, *, migrate: bool) -> None:
        from conflictdesk.store import migrate as migrations

        if self._engine is None:
            self._make_engine()
            self._guarded = True  # _prepare guards below once the schema is known
        try:
            with self.engine.connect() as conn:
                state = schema_state(conn)
        except StorageError:
            raise
        except Exception as exc:
            raise StorageError.from_exception(exc, self.display_name) from exc
        if state.kind == "current":
            if not self.read_only:
                self._guard_audit()
            return
        self._refuse(state)
        if self.read_only:
            raise StorageError("migrate_read_only", code="read_only")
        if state.kind == "empty":
            migrations.create_fresh(self.engine)
        elif migrate:
            migrations.upgrade(self)
        else:
            raise StorageError("old_schema", version=str(state.version), head=SCHEMA_HEAD)
        self._guard_audit()

    def _refuse(self, state: Any) -> None:
        """Refuse a file that is not ours (or too new) before anything is written to it (not even WAL mode)."""
        if state.kind == "foreign":
            raise StorageError("foreign", where=self.display_name)
        if state.kind == "newer":
            raise StorageError("newer_schema", version=str(state.version), head=SCHEMA_HEAD)

    def _guard_audit(self) -> None:
        """Make the audit trail append-only in the database itself (0001 predates the triggers).

        Triggers missing from a trail that was already signed (audit_seal.py) were dropped by someone: they are
        recreated, and that is recorded in the trail itself so ``check`` reports it — never repaired quietly.
        """
        from conflictdesk.store import audit

        self._guarded = True
        try:
            with self.engine.begin() as conn:
                from sqlalchemy import text
                from sqlalchemy.orm import Session as OrmSession

                with OrmSession(bind=conn) as probe:
                    missing = audit.missing_triggers(probe)
                    signed = bool(missing) and probe.execute(
                        text("SELECT 1 FROM audit_log WHERE hash LIKE 'k1:%' LIMIT 1")).first() is not None
                if not missing:
                    return
                for statement in audit.append_only_ddl(self.engine.dialect.name):
                    conn.exec_driver_sql(statement)
        except Exception as exc:
            raise StorageError.from_exception(exc, self.display_name) from exc
        if signed:
            with self.write(reason="감사 기록 보호 트리거 복구") as s:
                audit.record(s, "guard_restored", "AuditLog", "", new=", ".join(missing))

    def read(self) -> Session:
        """A session for queries (deferred transaction). Use as a context manager."""
        self.engine  # noqa: B018 - creates the engine and session factories on first use
        return self._reader()

    @contextmanager
    def write(self, *, reason: str = "", actor: str | None = None) -> Iterator[Session]:
        """One user action = one transaction; commits on success, rolls back on any error."""
        if self.read_only:
            raise StorageError("write_refused_read_only", code="read_only")
        self.engine  # noqa: B018 - creates the engine and session factories on first use
        session = self._writer()
        session.info["actor"] = actor or self.actor
        session.info["reason"] = reason
        try:
            with session.begin():
                yield session
        except Exception as exc:
            mapped = StorageError.map(exc)
            if mapped is None:
                raise
            raise mapped from exc
        finally:
            session.close()
        sealer = session.info.pop("audit_sealer", None)
        if sealer is not None:
            self._seal(sealer)

    def _seal(self, sealer: tuple[str, bytes]) -> None:
        """Sign the audit trail's new head outside the file (after the commit; a failure never undoes a save)."""
        from conflictdesk.store import audit

        try:
            with self.read() as s:
                audit.seal_head(s, sealer, self.location)
        except Exception:  # noqa: BLE001 - a full disk or a busy file: the next save signs again
            return

    def raw_sqlite(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the same file (backups, checks, fast bulk reads)."""
        if self.path is None:
            raise StorageError("not_sqlite_file", code="not_sqlite")
        return sqlite3.connect(str(self.path))

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def open_database(arg: str | None = None, **kwargs: Any) -> Database:
    """Open the database named by ``--db``/env/default, creating and migrating it as needed."""
    return Database(resolve_db_url(arg), **kwargs)


def memory_database(**kwargs: Any) -> Database:
    """An in-memory database (tests)."""
    return Database("sqlite://", **kwargs)


__all__ = [
    "Database",
    "current_actor",
    "default_db_path",
    "memory_database",
    "open_database",
    "resolve_db_url",
]
