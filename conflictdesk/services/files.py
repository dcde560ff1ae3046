"""Export helpers: the one atomic file writer (store/private.py, re-exported here), footer names, audited exports."""

from __future__ import annotations

from pathlib import Path

from conflictdesk.store.engine import Database
from conflictdesk.store.private import write_atomic as write_atomic
from conflictdesk.store.private import write_atomically as write_atomically


def source_name(db: Database) -> str:
    """The data file name printed in report footers (never the full path)."""
    return db.path.name if db.path is not None else db.display_name.rsplit("/", 1)[-1]


def audit_unmasked(db: Database, entity: str, code: str, out: Path) -> None:
    """Record that personal data left the program unmasked (who, when, which file)."""
    from conflictdesk.store import audit

    with db.write(reason=f"비마스킹 출력: {out.name}") as s:
        audit.record(s, "export", entity, code, field="unmasked", new=str(out))
