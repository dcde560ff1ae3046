"""Backup, restore and check as user actions (CLI and GUI share them); each backup is recorded in the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from conflictdesk.store import backup as store_backup
from conflictdesk.store.check import DeepReport, Problem, check_database
from conflictdesk.store.check import deep_check as store_deep_check
from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError
from conflictdesk.store.private import private_folder

ProgressFn = Callable[[int, str], bool]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    seconds: float
    size_bytes: int
    pruned: int


def make_backup(db: Database, out: Path | None = None, *, folder: Path | None = None,
                progress: ProgressFn | None = None, now: datetime | None = None) -> BackupResult:
    """Back up ``db`` to ``out``, or into the rotation folder (then prune old ones); verified either way.

    The copy is taken holding the write lock and recorded in the audit trail in that same transaction: a copy of
    personal data never leaves unrecorded (another process writing for long makes it fail with "locked").
    """
    import time

    from conflictdesk.store import audit  # SQLAlchemy loads with the first backup, not at start-up

    if db.path is None:
        raise StorageError("not_sqlite")
    started = time.perf_counter()
    pruned = 0

    def copy() -> Path:
        nonlocal pruned
        if out is not None:
            return store_backup.backup_to(db, Path(out), progress)
        target_folder = folder or store_backup.backup_dir()
        private_folder(target_folder)
        assert db.path is not None
        target = target_folder / store_backup.rotation_name(db.path, now or datetime.now())
        store_backup.backup_to(db, target, progress)
        pruned = len(store_backup.prune(target_folder, db.path.stem))
        return target

    if db.read_only:
        target = copy()  # a read-only window cannot record anything
    else:
        with db.write(reason="백업") as s:
            s.connection()  # BEGIN IMMEDIATE now: nobody writes while the copy is taken
            target = copy()
            audit.record(s, "backup", "database", "", new=str(target))
    seconds = time.perf_counter() - started
    return BackupResult(target, seconds, target.stat().st_size, pruned)


def restore(target: Path, source: Path, *, folder: Path | None = None, now: datetime | None = None,
            held_by_us: bool = False) -> Path | None:
    """Replace the data file ``target`` with ``source``; returns where the old one was kept.

    Refused (``StorageError`` code ``in_use``, naming the holder) while another process has ``target`` open.
    ``held_by_us``: the caller (the window) holds the file's lock and has closed its own connections.
    """
    kept = store_backup.restore_file(Path(source), Path(target), folder or store_backup.backup_dir(),
                                     now or datetime.now(), held_by_us=held_by_us)
    return kept


def check(url: str) -> list[Problem]:
    """Every problem with the database at ``url`` (full integrity check and audit hash chain)."""
    return check_database(url, full=True)


def deep_check(url: str) -> DeepReport:
    """``check`` plus a read of every row of every table (``conflictdesk check --deep``)."""
    return store_deep_check(url)


def latest_good_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    return store_backup.latest_good_backup(folder or store_backup.backup_dir(), db_path.stem)
