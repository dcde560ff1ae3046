"""Backups with SQLite's backup API (never a file copy), verified, rotated, and restored without stale WAL files."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from conflictdesk.domain.error_catalogue import Term
from conflictdesk.store.engine import Database, default_data_dir
from conflictdesk.store.errors import StorageError
from conflictdesk.store.private import create_private, is_special_target, private_folder
from conflictdesk.store.schema import KNOWN_REVISIONS

ProgressFn = Callable[[int, str], bool]

#: How many backups rotation keeps: the most recent, then the newest of each day, ISO week and month.
KEEP_RECENT, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 10, 7, 5, 12
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3$")
SIDE_FILES = ("-wal", "-shm", "-journal")
#: Suffixes of the program's own temporary copies; swept at start (``sweep_leftovers``).
PARTIAL, RESTORING = ".partial", ".restoring"


def backup_dir() -> Path:
    """The rotation folder: ``backups`` in the user data folder."""
    return default_data_dir() / "backups"


def verify_file(path: Path, *, quick: bool = False) -> None:
    """Open ``path`` read-only and run ``integrity_check`` (``quick_check`` when ``quick``); raise
    StorageError(code="damaged") when it fails."""
    if not Path(path).is_file():
        raise StorageError("backup_missing", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # a damaged file can raise instead of returning rows
        raise StorageError("file_damaged", code="damaged", path=str(path), detail=str(exc)) from exc
    if rows != [("ok",)]:
        raise StorageError("file_check_failed", code="damaged", path=str(path), detail=str(rows[:3]))


def verify_conflictdesk_file(path: Path) -> None:
    """``verify_file`` plus: the file is a ConflictDesk database of a schema this program knows."""
    verify_file(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "projects" not in tables:
            raise StorageError("foreign", where=str(path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if row is None or str(row[0]) not in KNOWN_REVISIONS:
        raise StorageError("restore_newer_schema", code="newer_schema", path=str(path))


def _copy(src_path: Path, target: Path, progress: ProgressFn | None, verify: bool = True) -> None:
    why = is_special_target(target)
    if why is not None:
        raise StorageError("backup_target_special", path=str(target), kind=Term("폴더" if why == "folder" else "장치 파일"))
    if not target.parent.is_dir():
        raise StorageError("backup_folder_missing", folder=str(target.parent))
    tmp = target.with_name(target.name + PARTIAL)
    _remove_with_sides(tmp)
    held: int | None = None
    try:
        create_private(tmp)
        held = _hold(tmp)
        src = sqlite3.connect(f"file:{src_path}?mode=ro", uri=True)
        dst = sqlite3.connect(str(tmp))
    except (OSError, sqlite3.Error) as exc:
        _release(held)
        _remove_with_sides(tmp)
        raise _copy_error(exc, src_path) from exc
    try:
        _copy_held(src, dst, src_path, tmp, target, progress, verify)
    finally:
        _release(held)


def _copy_held(src: sqlite3.Connection, dst: sqlite3.Connection, src_path: Path, tmp: Path, target: Path,
               progress: ProgressFn | None, verify: bool) -> None:
    cancelled = False

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal cancelled
        if progress is not None and total:
            if not progress(int(100 * (total - remaining) / total), "백업하는 중…"):
                cancelled = True
                raise KeyboardInterrupt

    try:
        # 4,096 pages (16 MiB) a step: progress and cancel stay responsive, and few steps keep it at API speed.
        src.backup(dst, pages=4096 if progress is not None else -1, progress=step if progress is not None else None)
        if not cancelled:
            dst.execute("PRAGMA journal_mode=DELETE")  # a standalone file: no -wal/-shm beside a backup
    except KeyboardInterrupt:
        pass
    except (sqlite3.DatabaseError, OSError) as exc:
        dst.close()
        src.close()
        _remove_with_sides(tmp)
        raise _copy_error(exc, src_path) from exc
    except BaseException:
        dst.close()
        src.close()
        _remove_with_sides(tmp)
        raise
    finally:
        dst.close()
        src.close()
    if cancelled:
        _remove_with_sides(tmp)
        raise StorageError("backup_cancelled", code="cancelled")
    if verify:
        # quick_check reads every page of the copy (the backup API copies pages verbatim, so the cross-index
        # checks of integrity_check would only repeat the source's; ``conflictdesk check`` runs those).
        try:
            verify_file(tmp, quick=True)
        except StorageError:
            _remove_with_sides(tmp)
            raise
    try:
        os.replace(tmp, target)
    except OSError as exc:
        _remove_with_sides(tmp)
        raise _copy_error(exc, src_path) from exc


def _copy_error(exc: BaseException, src_path: Path) -> StorageError:
    if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28:
        return StorageError("디스크 공간이 부족하여 백업하지 못했습니다 (부분 파일은 지웠습니다).", code="disk_full")
    if isinstance(exc, OSError):
        return StorageError(f"백업 파일을 쓸 수 없습니다: {exc.filename or src_path} ({exc.strerror})",
                            code="cannot_write")
    return StorageError.from_exception(exc, str(src_path))


def backup_to(db: Database, target: Path, progress: ProgressFn | None = None, *, verify: bool = True) -> Path:
    """Write a consistent copy of ``db`` to ``target`` with the backup API and verify it."""
    if db.path is None:
        raise StorageError("not_sqlite")
    target = Path(target)
    if target.resolve() == db.path.resolve():
        raise StorageError("backup_over_source")
    _copy(db.path, target, progress, verify)
    return target


def backup_file(source: Path, target: Path, progress: ProgressFn | None = None) -> Path:
    """Back up a database file that is not open as a ``Database`` (restore keeps the current file this way)."""
    _copy(Path(source), Path(target), progress)
    return Path(target)


def rotation_name(db_path: Path, now: datetime) -> str:
    return f"{db_path.stem}-{now.strftime(STAMP_FORMAT)}.sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Rotation backups in ``folder`` (of the data file ``stem``), newest first."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT)
        except ValueError:
            continue
        found.append(BackupInfo(path, taken))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def choose_kept(taken: Iterable[datetime]) -> set[datetime]:
    """Which backup times to keep: 10 recent, newest per day (7), per ISO week (5), per month (12)."""
    ordered = sorted(set(taken), reverse=True)
    kept = set(ordered[:KEEP_RECENT])
    for key, limit in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for t in ordered:
            bucket = key(t)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) > limit:
                    break
                kept.add(t)
    return kept


def prune(folder: Path, stem: str) -> list[Path]:
    """Delete rotation backups of ``stem`` that ``choose_kept`` does not keep; return the deleted paths."""
    backups = list_backups(folder, stem)
    kept = choose_kept(b.taken for b in backups)
    removed = []
    for info in backups:
        if info.taken not in kept:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def latest_good_backup(folder: Path, stem: str) -> Path | None:
    """The newest rotation backup of ``stem`` that passes verification."""
    for info in list_backups(folder, stem):
        try:
            verify_conflictdesk_file(info.path)
        except StorageError:
            continue
        return info.path
    return None


def _hold(path: Path) -> int | None:
    """Mark ``path`` as being written (an advisory lock) so that ``sweep_leftovers`` in another process spares it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: an open file cannot be deleted there anyway
        return None
    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _in_progress(path: Path) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def sweep_leftovers(db_path: Path | None, folder: Path | None = None) -> list[Path]:
    """Remove the copies a killed or failed backup/restore left behind (``*.partial``, ``*.restoring``).

    A copy that another process is still writing (it holds an advisory lock on it) is spared.
    """
    candidates: list[Path] = []
    if db_path is not None:
        candidates += [Path(str(db_path) + PARTIAL), Path(str(db_path) + RESTORING)]
        candidates += [Path(str(db_path) + RESTORING + PARTIAL)]
    if folder is not None and folder.is_dir():
        with contextlib.suppress(OSError):
            candidates += [p for p in folder.iterdir() if p.name.endswith(PARTIAL)]
    removed: list[Path] = []
    for path in candidates:
        if not path.is_file() or _in_progress(path):
            continue
        with contextlib.suppress(OSError):
            _remove_with_sides(path)
            removed.append(path)
    return removed


def _remove_with_sides(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def restore_file(source: Path, target: Path, keep_folder: Path, now: datetime, *,
                 held_by_us: bool = False) -> Path | None:
    """Replace ``target`` by a verified copy of ``source``; the current file is kept in ``keep_folder`` first.

    Refused (``in_use``) while another process has ``target`` open — it would go on writing into the replaced
    file and lose those saves. ``held_by_us``: the caller holds the window lock and has closed its connections.
    Returns the path where the previous file was kept (None when there was none). No ``-wal``/``-shm`` remain.
    """
    from conflictdesk.store.occupancy import exclusive_use

    source, target = Path(source), Path(target)
    verify_conflictdesk_file(source)
    if source.resolve() == target.resolve():
        raise StorageError("restore_same_file")
    staged = target.with_name(target.name + ".restoring")
    with exclusive_use(target, held_by_us=held_by_us) as locked:
        kept: Path | None = None
        try:
            if target.exists():
                private_folder(keep_folder)
                kept = keep_folder / f"{target.stem}-{now.strftime(STAMP_FORMAT)}-before-restore.sqlite3"
                # Under SQLite's exclusive lock and out of WAL mode the main file alone is the whole database.
                _copy_bytes(target, kept)
                if locked is None:
                    damaged = kept.with_name(kept.stem + "-damaged.sqlite3")
                    os.replace(kept, damaged)
                    kept = damaged
            backup_file(source, staged)
            held = _hold(staged)
            try:
                for suffix in SIDE_FILES:
                    Path(str(target) + suffix).unlink(missing_ok=True)
                os.replace(staged, target)
            finally:
                _release(held)
        except BaseException:
            _remove_with_sides(staged)
            raise
        for suffix in SIDE_FILES:
            Path(str(staged) + suffix).unlink(missing_ok=True)
    _record_restore(target, source, kept)
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


def _copy_bytes(source: Path, target: Path) -> None:
    """Copy a file that nobody writes (held exclusively) into a private file; no partial copy is left."""
    import shutil

    partial = target.with_name(target.name + ".partial")
    try:
        create_private(partial)
        with source.open("rb") as src, partial.open("wb") as dst:
            shutil.copyfileobj(src, dst, 16 * 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
