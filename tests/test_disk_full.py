"""Disk full during a save and during an export: a clear message, earlier data intact, no partial file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from conflictdesk.services.files import write_atomic
from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError
from conflictdesk.store.models import Department, Project


def test_a_save_on_a_full_disk_is_refused_and_earlier_data_stays(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'full.sqlite3'}")
    with db.write() as s:
        dept = Department(name="재정과", bureau="기획국")
        s.add_all([Project(code=f"P-{i}", name=f"사업 {i}", department=dept) for i in range(20)])
    with db.read() as s:
        pages = int(s.execute(select(func.count()).select_from(Project)).scalar() or 0)
    assert pages == 20
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {count + 1}")

    with pytest.raises(StorageError) as err, db.write() as s:
        dept = s.scalars(select(Department)).one()
        s.add(Project(code="BIG", name="큰 사업", department=dept, note="가" * 2_000_000))
    assert err.value.code == "disk_full"
    assert "디스크 공간이 부족" in err.value.message and "기존 데이터는 그대로" in err.value.message
    db.close()
    again = Database(f"sqlite:///{tmp_path / 'full.sqlite3'}")
    with again.read() as s:
        assert s.scalar(select(func.count()).select_from(Project)) == 20
        assert audit.audit_findings(s, again.location) == []
    again.close()


def test_an_export_to_a_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "감사기록.csv"
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError) as err:
        write_atomic(target, b"a,b\n" * 1000)
    assert err.value.code == "disk_full" and "디스크 공간이 부족" in err.value.message
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(os, "fsync", real_fsync)
    target.write_text("이전 내보내기", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "이전 내보내기"
    assert list(tmp_path.iterdir()) == [target]
