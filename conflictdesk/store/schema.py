"""Schema version of the database file, read without importing Alembic (keeps start-up light)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, inspect, text

#: The Alembic revision that the models describe; a test checks it equals the migrations' head.
SCHEMA_HEAD = "0001"
#: Every revision this program knows, oldest first.
KNOWN_REVISIONS = ("0001",)


@dataclass(frozen=True)
class SchemaState:
    kind: str  # empty | current | old | newer | foreign
    version: str | None = None


def schema_state(conn: Connection) -> SchemaState:
    names = set(inspect(conn).get_table_names())
    if not names:
        return SchemaState("empty")
    if "alembic_version" not in names:
        return SchemaState("foreign")
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    if row is None:
        return SchemaState("foreign")
    version = str(row[0])
    if version == SCHEMA_HEAD:
        return SchemaState("current", version)
    if version in KNOWN_REVISIONS:
        return SchemaState("old", version)
    return SchemaState("newer", version)
