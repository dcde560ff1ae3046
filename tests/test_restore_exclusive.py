"""Restore never replaces a file another process has open: its later saves would vanish (issue: trust, item 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from conflictdesk.cli import main
from conflictdesk.services.backup import make_backup, restore
from conflictdesk.store.backup import sweep_leftovers
from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError
from conflictdesk.store.models import Project

ROOT = Path(__file__).resolve().parent.parent

WRITER = """
import sys
from sqlalchemy import select
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Project
db = Database(sys.argv[1])
def save(text):
    with db.write() as s:
        s.scalars(select(Project).order_by(Project.id).limit(1)).one().summary = text
save("첫 저장")
print("ready", flush=True)
for line in sys.stdin:
    try:
        save(line.strip())
    except Exception as exc:
        print("failed", type(exc).__name__, flush=True)
    else:
        print("saved", flush=True)
"""

WINDOW = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
lock = QLockFile(sys.argv[1] + ".lock")
lock.setStaleLockTime(0)
assert lock.tryLock(1000)
print("ready", flush=True)
sys.stdin.readline()
"""


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _first_summary(path: Path) -> str | None:
    db = Database(f"sqlite:///{path}", read_only=True)
    try:
        with db.read() as s:
            return s.scalars(select(Project.summary).order_by(Project.id).limit(1)).one()
    finally:
        db.close()


def test_restore_is_refused_while_another_process_writes_and_its_save_survives(demo_path: Path,
                                                                               tmp_path: Path) -> None:
    db = Database(f"sqlite:///{demo_path}")
    backup = make_backup(db, tmp_path / "b.sqlite3").path
    db.close()
    writer = _start(WRITER, f"sqlite:///{demo_path}")
    assert writer.stdin is not None and writer.stdout is not None
    try:
        with pytest.raises(StorageError) as caught:
            restore(demo_path, backup, folder=tmp_path / "kept")
        assert caught.value.code == "in_use"
        assert str(writer.pid) in caught.value.message  # names who holds the file
        writer.stdin.write("복원 뒤 저장\n")
        writer.stdin.flush()
        assert writer.stdout.readline().split()[0] == "saved"
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)
    assert _first_summary(demo_path) == "복원 뒤 저장"  # a fresh process reads the save: nothing vanished
    assert not (tmp_path / "kept").exists() or not any((tmp_path / "kept").iterdir())
    # Once the writer is gone the same restore goes through.
    restore(demo_path, backup, folder=tmp_path / "kept")
    assert _first_summary(demo_path) != "복원 뒤 저장"


def test_cli_restore_is_refused_while_a_window_holds_the_file(demo_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "backup", "--out", str(tmp_path / "b.sqlite3")]) == 0
    window = _start(WINDOW, str(demo_path))
    assert window.stdin is not None
    try:
        assert main(["--db", str(demo_path), "restore", str(tmp_path / "b.sqlite3")]) == 1
        err = capsys.readouterr().err
        assert "사용 중" in err and "ConflictDesk 창" in err and str(window.pid) in err
    finally:
        window.stdin.close()
        window.wait(timeout=30)
    assert Path(str(demo_path) + ".lock").exists() is False or window.returncode is not None
    assert main(["--db", str(demo_path), "restore", str(tmp_path / "b.sqlite3")]) == 0


def test_a_window_cannot_start_on_the_file_while_it_is_being_restored(demo_path: Path, tmp_path: Path) -> None:
    from conflictdesk.store.occupancy import exclusive_use, lock_holder

    with exclusive_use(demo_path):
        probe = subprocess.run(
            [sys.executable, "-c", "import sys\nfrom PySide6.QtCore import QLockFile\n"
             "l = QLockFile(sys.argv[1] + '.lock'); l.setStaleLockTime(0)\n"
             "print(l.tryLock(100) or (l.removeStaleLockFile() and l.tryLock(100)))", str(demo_path)],
            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
        assert probe.stdout.strip() == "False"
        assert lock_holder(demo_path) is None  # held by this very process
    assert not Path(str(demo_path) + ".lock").exists()


def test_a_stale_window_lock_does_not_block_restore(demo_path: Path, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{demo_path}")
    backup = make_backup(db, tmp_path / "b.sqlite3").path
    db.close()
    Path(str(demo_path) + ".lock").write_text("999999\npython3\nhost\n")  # left by a crashed window
    assert restore(demo_path, backup, folder=tmp_path / "kept") is not None


def test_leftover_copies_are_swept_on_next_open(demo_path: Path, tmp_path: Path) -> None:
    from conflictdesk.store.backup import backup_dir

    folder = backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    leftovers = [Path(str(demo_path) + ".partial"), Path(str(demo_path) + ".restoring"),
                 folder / "demo-20260101-000000.sqlite3.partial"]
    for path in leftovers:
        path.write_bytes(b"SQLite format 3\0" + b"x" * 100)
    Database(f"sqlite:///{demo_path}").close()
    assert [p for p in leftovers if p.exists()] == []


def test_a_copy_being_written_by_another_process_is_not_swept(tmp_path: Path) -> None:
    import fcntl

    target = tmp_path / "db.sqlite3"
    partial = Path(str(target) + ".partial")
    partial.write_bytes(b"x")
    fd = os.open(partial, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        # A second process would be refused the lock; flock is per open file, so open it again here.
        assert sweep_leftovers(target) == []
    finally:
        os.close(fd)
    assert sweep_leftovers(target) == [partial]


def test_gui_restore_closes_and_reopens_and_is_refused_while_another_process_writes(
        qtbot, demo_db: Database, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from conflictdesk.ui import data_guard
    from conflictdesk.ui.main_window import MainWindow

    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    backup = make_backup(demo_db, tmp_path / "b.sqlite3").path
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(data_guard, "show_error", lambda _p, exc: shown.append(str(exc)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    writer = _start(WRITER, f"sqlite:///{demo_path}")
    assert writer.stdin is not None and writer.stdout is not None
    try:
        with qtbot.waitSignal(window.bus.changes_applied, timeout=20000):
            window.guard.restore_dialog()
        assert any("사용 중" in text and str(writer.pid) in text for text in shown)
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)
    assert _first_summary(demo_path) == "첫 저장"  # the other process's save is still there
    with qtbot.waitSignal(window.bus.changes_applied, timeout=20000):
        window.guard.restore_dialog()
    assert any(text.startswith("복원했습니다") for text in shown)
    # The window reopened the restored file: its next save is what a fresh process reads.
    with window.db.write() as s:
        s.scalars(select(Project).order_by(Project.id).limit(1)).one().summary = "창에서 복원 뒤 저장"
    assert _first_summary(demo_path) == "창에서 복원 뒤 저장"


def test_failed_backups_leave_no_partial_copy(demo_path: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from conflictdesk.store import backup as store_backup

    db = Database(f"sqlite:///{demo_path}")

    def bad_verify(path: Path, *, quick: bool = False) -> None:
        raise StorageError("backup_missing", path=str(path))

    monkeypatch.setattr(store_backup, "verify_file", bad_verify)
    with pytest.raises(StorageError):
        make_backup(db, tmp_path / "b.sqlite3")
    monkeypatch.undo()

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_backup.os, "replace", full)
    with pytest.raises(StorageError) as err:
        make_backup(db, tmp_path / "c.sqlite3")
    monkeypatch.undo()
    db.close()
    assert err.value.code == "disk_full"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite3")) == []


def test_out_to_a_folder_or_a_device_is_refused_before_writing(demo_path: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    assert main(["--db", str(demo_path), "backup", "--out", str(folder)]) == 1
    assert "폴더" in capsys.readouterr().err and list(folder.iterdir()) == []
    assert not Path(str(folder) + ".partial").exists()
    if Path("/dev/null").exists():
        assert main(["--db", str(demo_path), "backup", "--out", "/dev/null"]) == 1
        assert "장치 파일" in capsys.readouterr().err
        assert Path("/dev/null").is_char_device()
        assert main(["--db", str(demo_path), "export", "calendar", "--round", "2020-2", "--out", "/dev/null"]) == 1
        assert "장치 파일" in capsys.readouterr().err


def test_a_calendar_export_on_a_full_disk_leaves_no_temporary_file(demo_db: Database, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from conflictdesk.reports.ics import write_calendar

    real_replace = os.replace

    def full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageError) as err:
        write_calendar(tmp_path / "cal.ics", [])
    monkeypatch.setattr(os, "replace", real_replace)
    assert err.value.code == "disk_full"
    assert list(tmp_path.glob("*cal*")) == [] and [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.skipif(os.name != "posix", reason="advisory locks (POSIX)")
def test_an_export_killed_midway_leaves_a_temporary_that_the_next_export_there_sweeps(tmp_path: Path) -> None:
    import fcntl

    from conflictdesk.store.private import TEMP_PREFIX, write_atomic

    stale = tmp_path / f"{TEMP_PREFIX}abc.pdf"  # what a SIGKILL during an export leaves
    stale.write_bytes(b"%PDF-1.4 partial")
    busy = tmp_path / f"{TEMP_PREFIX}def.pdf"  # another export, still writing
    busy.write_bytes(b"%PDF")
    fd = os.open(busy, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        write_atomic(tmp_path / "card.pdf", b"%PDF-1.4 whole")
    finally:
        os.close(fd)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["card.pdf", busy.name])
