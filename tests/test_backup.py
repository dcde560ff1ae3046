"""Backups (backup API, verified, rotated), restore without stale WAL files, and ``conflictdesk check``."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from conflictdesk.cli import main
from conflictdesk.services.backup import make_backup
from conflictdesk.store.backup import backup_dir, choose_kept, list_backups, verify_file
from conflictdesk.store.check import check_database, network_share
from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError
from conflictdesk.store.models import AuditEntry, Project


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM projects").fetchone()[0])
    finally:
        conn.close()


def test_backup_of_a_live_wal_database_has_every_row(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as s:  # uncheckpointed rows live only in the -wal file
        s.scalars(select(Project).limit(1)).one().name = "WAL에만 있는 변경"
    assert Path(str(demo_db.path) + "-wal").stat().st_size > 0
    result = make_backup(demo_db, tmp_path / "copy.sqlite3")
    verify_file(result.path)
    conn = sqlite3.connect(result.path)
    assert conn.execute("SELECT count(*) FROM projects WHERE name = 'WAL에만 있는 변경'").fetchone()[0] == 1
    conn.close()
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "backup")) == 1


def test_rotation_keeps_recent_daily_weekly_monthly() -> None:
    start = datetime(2024, 1, 1, 9, 0)
    stamps = [start + timedelta(hours=6 * i) for i in range(4 * 400)]  # four a day for 400 days
    kept = choose_kept(stamps)
    newest = max(stamps)
    assert sorted(stamps, reverse=True)[:10] == sorted((t for t in kept if t > newest - timedelta(days=3)),
                                                       reverse=True)[:10]
    assert len({t.date() for t in kept}) >= 7
    assert len({(t.year, t.month) for t in kept}) == 12
    assert len(kept) <= 10 + 7 + 5 + 12
    assert min(kept) > newest - timedelta(days=370)


def test_rotation_folder_is_pruned(demo_db: Database) -> None:
    folder = backup_dir()
    first = datetime(2024, 3, 1, 8, 0)
    for i in range(15):
        make_backup(demo_db, now=first + timedelta(minutes=30 * i))
    backups = list_backups(folder, demo_db.path.stem if demo_db.path else "")
    assert 10 <= len(backups) < 15
    assert backups[0].taken == first + timedelta(minutes=30 * 14)
    assert folder.parent.name.lower() == "conflictdesk"


def test_cli_backup_restore_keeps_current_and_leaves_no_wal(demo_path: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.sqlite3"
    assert main(["--db", str(demo_path), "backup", "--out", str(out)]) == 0
    assert "검사 통과" in capsys.readouterr().out
    before = _count(demo_path)
    db = Database(f"sqlite:///{demo_path}")
    with db.write() as s:
        s.execute(text("DELETE FROM projects WHERE id IN (SELECT id FROM projects LIMIT 5)"))
    db.close()
    Path(str(demo_path) + "-wal").write_bytes(b"")  # a stale side file from an old session
    assert main(["--db", str(demo_path), "restore", str(out)]) == 0
    assert _count(demo_path) == before
    assert not Path(str(demo_path) + "-wal").exists() and not Path(str(demo_path) + "-shm").exists()
    kept = [p for p in backup_dir().iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and _count(kept[0]) == before - 5
    assert main(["--db", str(demo_path), "check"]) == 0


def test_restore_refuses_a_damaged_or_foreign_file_and_keeps_current(demo_path: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    before = _count(demo_path)
    for source in (bad, foreign, tmp_path / "missing.sqlite3"):
        assert main(["--db", str(demo_path), "restore", str(source)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("오류:") and len(err.strip().splitlines()) == 1
    assert _count(demo_path) == before


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(page * 3, min(len(data), page * 40), page):
        data[offset:offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


def test_check_reports_each_problem_in_one_line(demo_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(demo_path, damaged)
    _damage(damaged)
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(demo_path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    tampered = tmp_path / "tampered.sqlite3"
    shutil.copyfile(demo_path, tampered)
    conn = sqlite3.connect(tampered)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'nobody' WHERE id = 1")
    conn.commit()
    conn.close()
    locked = tmp_path / "locked.sqlite3"
    shutil.copyfile(demo_path, locked)
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    expected = {damaged: "damaged", foreign: "foreign", newer: "newer_schema", tampered: "audit",
                locked: "locked", tmp_path / "none.sqlite3": "missing"}
    try:
        for path, code in expected.items():
            assert main(["--db", str(path), "check"]) == 1
            lines = capsys.readouterr().err.strip().splitlines()
            if code == "audit":  # a rewritten row and the dropped trigger are both named
                assert {line.split(")")[0] for line in lines} == {"문제(audit"} and len(lines) == 2, lines
                assert "번호 1" in lines[0] and "트리거" in lines[1]
                continue
            assert [line.split(")")[0] for line in lines] == [f"문제({code}"], lines
    finally:
        holder.close()


def test_check_treats_a_raised_malformed_error_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert [p.code for p in check_database(f"sqlite:///{path}")] == ["damaged"]
    with pytest.raises(StorageError) as err:
        Database(f"sqlite:///{path}")
    assert err.value.code == "damaged"


def test_read_only_file_is_reported(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    assert [p.code for p in check_database(f"sqlite:///{demo_path}")] == ["read_only"]


def test_network_shares_are_recognised() -> None:
    mounts = ("/dev/sda1 / ext4 rw 0 0\n//nas/team /mnt/team cifs rw 0 0\n"
              "srv:/export /home/me/nfs nfs4 rw 0 0\n")
    assert network_share(r"\\server\share\cd.sqlite3") == "unc"
    assert network_share("/mnt/team/cd.sqlite3", mounts) == "cifs"
    assert network_share("/home/me/nfs/a/cd.sqlite3", mounts) == "nfs4"
    assert network_share("/home/me/cd.sqlite3", mounts) is None
    assert network_share("/mnt/teamwork/cd.sqlite3", mounts) is None
