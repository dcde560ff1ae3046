"""Export helpers: the one atomic file writer (store/private.py, re-exported here), footer names, audited exports."""

from __future__ import annotations

from pathlib import Path

from conflictdesk.domain.errors import DomainError
from conflictdesk.store.engine import Database
from conflictdesk.store.private import write_atomic as write_atomic
from conflictdesk.store.private import write_atomically as write_atomically


def audit_unmasked(db: Database, entity: str, code: str, out: Path | str) -> None:
    """Record that personal data left the program unmasked (who, when, which file or "터미널")."""
    from conflictdesk.store import audit

    shown = out.name if isinstance(out, Path) else out
    with db.write(reason=f"비마스킹 출력: {shown}") as s:
        audit.record(s, "export", entity, code, field="unmasked", new=str(out))


def output_folder(path: str | Path) -> Path:
    """The ``--out DIR`` folder, created (0700, with missing parents) when it does not exist yet; refused by name
    when it is a file or cannot be created."""
    from conflictdesk.store.private import private_folder

    folder = Path(path)
    if folder.is_dir():
        return folder  # an existing folder keeps its mode: it may be the officer's shared folder
    if folder.exists():
        raise DomainError("output_folder_is_file", folder=str(folder))
    try:
        return private_folder(folder)
    except OSError as exc:
        raise DomainError("output_folder_failed", folder=str(folder), reason=exc.strerror or type(exc).__name__) from None
