"""Schema version of the database file, read without importing Alembic (or, for a SQLite file, SQLAlchemy)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: The Alembic revision that the models describe; a test checks it equals the migrations' head.
SCHEMA_HEAD = "0011"
#: Every revision this program knows, oldest first.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011")


@dataclass(frozen=True)
class SchemaState:
    kind: str  # empty | current | old | newer | foreign
    version: str | None = None


def _state(names: set[str], version: str | None) -> SchemaState:
    if not names:
        return SchemaState("empty")
    if "alembic_version" not in names or version is None:
        return SchemaState("foreign")
    if version == SCHEMA_HEAD:
        return SchemaState("current", version)
    if version in KNOWN_REVISIONS:
        return SchemaState("old", version)
    return SchemaState("newer", version)


def schema_state(conn: Connection) -> SchemaState:
    from sqlalchemy import inspect, text

    names = set(inspect(conn).get_table_names())
    version = None
    if "alembic_version" in names:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        version = None if row is None else str(row[0])
    return _state(names, version)


def sqlite_file_schema_state(path: Path) -> SchemaState:
    """The same answer for a SQLite file, read with the sqlite3 module (raises sqlite3 errors for bad files)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            version = None if row is None else str(row[0])
    finally:
        conn.close()
    return _state(names, version)
