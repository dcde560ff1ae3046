"""Team database and audited backups: sequences after the demo on PostgreSQL; a backup is always recorded
(trust, item 9)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conflictdesk.services.backup import make_backup
from conflictdesk.services.demo import generate
from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError
from conflictdesk.store.models import AuditEntry, Card, Department, Project


def test_after_the_demo_new_rows_get_fresh_ids(engine_url: str) -> None:
    db = Database(engine_url, actor="demo")
    generate(db, projects=40, seed=3)
    with db.write(reason="새 사업") as s:
        dept = s.scalars(select(Department).limit(1)).one()
        s.add(Department(name="새로운과", bureau="새국"))
        project = Project(code="NEW-1", name="새 사업", department=dept)
        s.add(project)
        s.flush()
        s.add(Card(project_id=project.id))
    with db.read() as s:
        assert s.scalar(select(func.max(Project.id))) == 41
    db.close()


def test_a_backup_waits_for_the_write_lock_and_is_recorded(demo_path: Path, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{demo_path}")
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process is writing
    try:
        with pytest.raises(StorageError) as err:
            make_backup(db, tmp_path / "while-locked.sqlite3")
        assert err.value.code == "locked"
        assert not (tmp_path / "while-locked.sqlite3").exists()  # no backup without its audit line
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    result = make_backup(db, tmp_path / "after.sqlite3")
    with db.read() as s:
        line = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (line.action, line.new) == ("backup", str(result.path))
    db.close()
