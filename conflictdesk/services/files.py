"""Export helpers: the one atomic file writer (store/private.py, re-exported here), footer names, audited exports."""

from __future__ import annotations

from pathlib import Path

from conflictdesk.store.engine import Database
from conflictdesk.store.private import write_atomic as write_atomic
from conflictdesk.store.private import write_atomically as write_atomically


def audit_unmasked(db: Database, entity: str, code: str, out: Path | str) -> None:
    """Record that personal data left the program unmasked (who, when, which file or "터미널")."""
    from conflictdesk.store import audit

    shown = out.name if isinstance(out, Path) else out
    with db.write(reason=f"비마스킹 출력: {shown}") as s:
        audit.record(s, "export", entity, code, field="unmasked", new=str(out))
