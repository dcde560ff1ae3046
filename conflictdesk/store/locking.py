"""Optimistic locking for forms: keep the version the user saw when the form opened, compare it at save."""

from __future__ import annotations

from typing import Any

from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import Conflict

#: The version a form reports when it opened on a record that did not exist yet (stored versions start at 1).
NEW_RECORD = 0

#: Tables of versioned records with a natural unique key: a duplicate on that key is a creation race.
VERSIONED_TABLES = {"diagnoses": "진단 기록", "reviews": "점검 기록", "cards": "갈등관리카드",
                    "response_plans": "대응계획", "councils": "협의회", "card_snapshots": "차수 기록"}


def expect_version(record: Any, seen_version: int | None, what: str = "기록") -> None:
    """Raise ``Conflict`` when ``record`` was saved elsewhere since the user saw ``seen_version``.

    ``version_id_col`` only guards ORM flushes inside one session; a form spans two transactions.
    ``NEW_RECORD`` (0): the form opened before the record existed; someone else's first save is a conflict too.
    ``None``: no form was involved (a command), nothing to compare.
    """
    if seen_version is None:
        return
    if seen_version == NEW_RECORD:
        if record is None:
            return
        raise Conflict("stale_first_save", what=Term(what), current=getattr(record, "version", 0))
    current = getattr(record, "version", None)
    if current != seen_version:
        raise Conflict("stale_record", what=Term(what), seen=seen_version, current=current)


def creation_race(exc: BaseException) -> Conflict | None:
    """A unique-key violation on a versioned record: two users created it at once (the later one loses)."""
    orig = getattr(exc, "orig", exc)
    text = str(orig)
    table = getattr(getattr(orig, "diag", None), "table_name", None)  # PostgreSQL (psycopg)
    if table is not None and "duplicate key" not in text:
        table = None
    if table is None and "UNIQUE constraint failed:" in text:  # SQLite: "… failed: diagnoses.round_id, …"
        table = text.split("UNIQUE constraint failed:", 1)[1].strip().split(".", 1)[0]
    what = VERSIONED_TABLES.get(table or "")
    if what is None:
        return None
    return Conflict("created_elsewhere", what=Term(what))
