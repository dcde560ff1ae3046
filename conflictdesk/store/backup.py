"""Backups with SQLite's backup API (never a file copy), each verified by opening it and checking integrity."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError


def verify_file(path: Path) -> None:
    """Open ``path`` and run ``integrity_check``; raise StorageError(code="damaged") when it fails."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # a damaged file can raise instead of returning rows
        raise StorageError(f"백업 파일이 손상되었습니다: {path} ({exc})", code="damaged") from exc
    if rows != [("ok",)]:
        raise StorageError(f"백업 파일 검사 실패: {path} ({rows[:3]})", code="damaged")


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy of ``db`` to ``target`` and verify it."""
    if db.path is None:
        raise StorageError("SQLite 파일만 백업할 수 있습니다.", code="not_sqlite")
    target = Path(target)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(str(db.path))
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    verify_file(tmp)
    tmp.replace(target)
    return target
