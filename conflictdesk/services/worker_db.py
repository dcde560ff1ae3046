"""The database opened again in a worker process (the batch card export renders on every core)."""

from __future__ import annotations

from conflictdesk.store.engine import Database

__all__ = ["Database", "open_for_reading"]  # reports/ names the type through services (layers)


def open_for_reading(url: str) -> Database:
    """``url`` opened read-only, without migrating or creating: the parent has already opened it."""
    return Database(url, read_only=True, migrate=False, create=False)
