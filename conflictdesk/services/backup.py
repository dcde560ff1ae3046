"""Backup, restore and check as user actions (CLI and GUI share them); each backup is recorded in the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from conflictdesk.store import backup as store_backup
from conflictdesk.store.check import Problem, check_database
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


def _record(db: Database, action: str, where: Path) -> None:
    from conflictdesk.store import audit  # SQLAlchemy loads with the first record, not at start-up

    if db.read_only:
        return
    try:
        with db.write(reason="백업") as s:
            audit.record(s, action, "database", "", new=str(where))
    except StorageError:
        pass  # the backup itself succeeded; a busy or full file must not turn it into a failure


def make_backup(db: Database, out: Path | None = None, *, folder: Path | None = None,
                progress: ProgressFn | None = None, now: datetime | None = None) -> BackupResult:
    """Back up ``db`` to ``out``, or into the rotation folder (then prune old ones); verified either way."""
    import time

    if db.path is None:
        raise StorageError("SQLite 파일만 백업할 수 있습니다 (PostgreSQL은 pg_dump를 쓰세요).", code="not_sqlite")
    started = time.perf_counter()
    pruned = 0
    if out is None:
        folder = folder or store_backup.backup_dir()
        private_folder(folder)
        target = folder / store_backup.rotation_name(db.path, now or datetime.now())
        store_backup.backup_to(db, target, progress)
        pruned = len(store_backup.prune(folder, db.path.stem))
    else:
        target = store_backup.backup_to(db, Path(out), progress)
    seconds = time.perf_counter() - started
    _record(db, "backup", target)
    return BackupResult(target, seconds, target.stat().st_size, pruned)


def restore(target: Path, source: Path, *, folder: Path | None = None, now: datetime | None = None,
            held_by_us: bool = False) -> Path | None:
    """Replace the data file ``target`` with ``source``; returns where the old one was kept.

    Refused (``StorageError`` code ``in_use``, naming the holder) while another process has ``target`` open.
    ``held_by_us``: the caller (the window) holds the file's lock and has closed its own connections.
    """
    kept = store_backup.restore_file(Path(source), Path(target), folder or store_backup.backup_dir(),
                                     now or datetime.now(), held_by_us=held_by_us)
    _record_restore(Path(target), Path(source), kept)
    return kept


def _record_restore(target: Path, source: Path, kept: Path | None) -> None:
    """Record the restore in the restored trail; that write also signs its (shorter) head as the new one."""
    from conflictdesk.store import audit

    try:
        db = Database(f"sqlite:///{target}")
    except StorageError:
        return  # an older-schema backup is migrated (and recorded) on its next normal open
    try:
        with db.write(reason="백업에서 복원") as s:
            audit.record(s, "restore", "database", "", old=kept.name if kept else None, new=source.name)
    except StorageError:
        pass
    finally:
        db.close()


def check(url: str) -> list[Problem]:
    """Every problem with the database at ``url`` (full integrity check and audit hash chain)."""
    return check_database(url, full=True)


def latest_good_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    return store_backup.latest_good_backup(folder or store_backup.backup_dir(), db_path.stem)
