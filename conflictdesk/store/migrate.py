"""Create fresh databases and apply Alembic migrations safely (foreign keys off, own connection, backup first)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

from conflictdesk.store.errors import StorageError
from conflictdesk.store.schema import SCHEMA_HEAD

if TYPE_CHECKING:
    from conflictdesk.store.engine import Database


def _migrations_dir() -> Path:
    """Alembic loads env.py and the revisions by path: in a PyInstaller build they ship as data files."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        bundled = Path(frozen) / "conflictdesk" / "store" / "migrations"
        if (bundled / "env.py").is_file():
            return bundled
    return Path(__file__).with_name("migrations")


MIGRATIONS_DIR = _migrations_dir()


def create_fresh(engine: Engine) -> None:
    """Create every table of the current schema in an empty database and stamp its version."""
    from conflictdesk.store.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL)"))
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def _backup_before(db: Database) -> Path | None:
    if db.path is None or not db.path.exists():
        return None
    import sqlite3

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.stem}.pre-migrate-{stamp}{db.path.suffix}")
    from conflictdesk.store.private import create_private

    create_private(target)
    src = sqlite3.connect(str(db.path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(db: Database, revision: str = "head") -> None:
    """Upgrade ``db`` to ``revision``. SQLite: a backup first, then foreign keys OFF on a private connection."""
    from alembic import command

    if db.is_sqlite and db.path is not None:
        _backup_before(db)
        engine = create_engine(db.url, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                # The pragma cannot change inside a transaction; batch migrations recreate tables and a
                # cascading DROP would delete child rows (docs/architecture.md §Storage notes).
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
                command.upgrade(alembic_config(conn), revision)
                conn.commit()
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StorageError("migration_fk", count=len(problems))
        finally:
            engine.dispose()
    else:
        with db.engine.connect() as conn:
            command.upgrade(alembic_config(conn), revision)
            conn.commit()
