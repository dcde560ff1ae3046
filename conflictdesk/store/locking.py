"""Optimistic locking for forms: keep the version the user saw when the form opened, compare it at save."""

from __future__ import annotations

from typing import Any

from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import Conflict


def expect_version(record: Any, seen_version: int | None, what: str = "기록") -> None:
    """Raise ``Conflict`` when ``record`` was saved elsewhere since the user saw ``seen_version``.

    ``version_id_col`` only guards ORM flushes inside one session; a form spans two transactions.
    """
    if seen_version is None:
        return
    current = getattr(record, "version", None)
    if current != seen_version:
        raise Conflict("stale_record", what=Term(what), seen=seen_version, current=current)
