"""GUI: start-up check dialogs, second instance, 파일 menu backup/restore/check, auto backup, audit browser."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from conflictdesk.services.backup import make_backup
from conflictdesk.services.changes import Changes
from conflictdesk.store.backup import backup_dir, list_backups
from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError
from conflictdesk.ui import startup
from conflictdesk.ui.audit_dialog import AuditDialog
from conflictdesk.ui.main_window import MainWindow


class Dialogs:
    """Records every message box and answers the choice dialogs from a script."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[str] | None = None) -> None:
        self.answers = list(answers or [])
        self.asked: list[tuple[str, list[str]]] = []
        self.shown: list[str] = []
        monkeypatch.setattr(startup, "ask_choice", self._ask)
        for name in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, name, self._show)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def _ask(self, _parent: object, message: str, choices: list[str]) -> str:
        self.asked.append((message, choices))
        return self.answers.pop(0) if self.answers else "quit"

    def _show(self, _parent: object, _title: str, text: str, *a: object, **k: object) -> QMessageBox.StandardButton:
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):
        data[offset:offset + 100] = b"\xee" * 100
    path.write_bytes(bytes(data))


def test_damaged_file_offers_the_latest_good_backup_and_restores_it(qtbot, demo_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database(f"sqlite:///{demo_path}")
    make_backup(db)
    db.close()
    sqlite3.connect(demo_path).execute("PRAGMA wal_checkpoint(TRUNCATE)").connection.close()
    _damage(demo_path)
    dialogs = Dialogs(monkeypatch, ["backup"])
    opened = startup.open_at_startup(str(demo_path))
    assert opened is not None
    message, choices = dialogs.asked[0]
    assert "손상" in message and choices[0] == "backup" and "quit" in choices
    with opened.db.read() as s:
        assert s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM projects")).scalar() == 300
    opened.close()
    assert any("damaged" in p.name for p in backup_dir().iterdir())


@pytest.mark.parametrize("kind", ["foreign", "newer_schema"])
def test_foreign_or_newer_file_lets_the_user_choose_another(qtbot, demo_path: Path, tmp_path: Path, kind: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.sqlite3"
    if kind == "foreign":
        sqlite3.connect(bad).execute("CREATE TABLE t (x)").connection.commit()
    else:
        shutil.copyfile(demo_path, bad)
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
    dialogs = Dialogs(monkeypatch, ["other"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo_path), ""))
    opened = startup.open_at_startup(str(bad))
    assert opened is not None and opened.db.path == demo_path.resolve()
    assert dialogs.asked[0][1] == ["other", "quit"]
    opened.close()
    dialogs.answers = ["quit"]
    assert startup.open_at_startup(str(bad)) is None


def test_locked_file_can_be_opened_read_only_and_saving_says_why(qtbot, demo_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    dialogs = Dialogs(monkeypatch, ["read_only"])
    try:
        opened = None
        holder.execute("ROLLBACK")
        holder.execute("BEGIN IMMEDIATE")  # a writer elsewhere: readers still work
        opened = startup.open_at_startup(str(demo_path))
        assert opened is not None and opened.db.read_only
        assert "read_only" in dialogs.asked[0][1] and "잠금" in dialogs.asked[0][0]
        with pytest.raises(StorageError) as err, opened.db.write():
            pass
        assert "읽기 전용" in err.value.message
    finally:
        holder.close()
    opened.close()


def test_second_instance_is_refused_politely(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch, [])
    first = startup.open_at_startup(str(demo_path))
    assert first is not None and not dialogs.asked
    assert startup.open_at_startup(str(demo_path)) is None
    assert "이미 다른 ConflictDesk 창에서 열려" in dialogs.asked[0][0]
    first.close()
    again = startup.open_at_startup(str(demo_path))  # the lock went with the first window
    assert again is not None
    again.close()


def test_a_stale_lock_from_a_crash_does_not_block(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Path(str(demo_path) + ".lock").write_text("999999\nConflictDesk\n" + __import__("socket").gethostname() + "\n")
    dialogs = Dialogs(monkeypatch, [])
    opened = startup.open_at_startup(str(demo_path))
    assert opened is not None and not dialogs.asked
    opened.close()


def test_network_share_gets_a_warning(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conflictdesk.store import check

    monkeypatch.setattr(check, "network_share", lambda _p, _m=None: "cifs")
    dialogs = Dialogs(monkeypatch, [])
    opened = startup.open_at_startup(str(demo_path))
    assert opened is not None
    assert any("PostgreSQL" in text for text in dialogs.shown)
    opened.close()


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def _wait_backups(qtbot, stem: str, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(list_backups(backup_dir(), stem)) >= count, timeout=10000)


def test_file_menu_backup_check_and_restore(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    window.findChild(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction, "actionBackup").trigger()
    _wait_backups(qtbot, "demo", 1)
    qtbot.waitUntil(lambda: any("무결성 검사 통과" in t for t in dialogs.shown), timeout=10000)
    saved = list_backups(backup_dir(), "demo")[0].path
    window.guard.check_now()
    qtbot.waitUntil(lambda: any("이상 없음" in t for t in dialogs.shown), timeout=10000)
    with window.db.write() as s:
        s.execute(__import__("sqlalchemy").text("DELETE FROM projects WHERE id > 250"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    with qtbot.waitSignal(window.bus.changes_applied, timeout=10000):
        window.guard.restore_dialog()
    with window.db.read() as s:
        assert s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM projects")).scalar() == 300
    assert not Path(str(saved) + "-wal").exists()


def test_auto_backup_after_changes_and_on_close(qtbot, window: MainWindow) -> None:
    assert window.guard.timer.interval() == 30 * 60 * 1000
    assert not window.guard.timer.isActive()
    window.apply_changes(Changes.of("project"))
    assert window.guard.timer.isActive() and window.guard.dirty
    window.guard.timer.timeout.emit()
    _wait_backups(qtbot, "demo", 1)
    window.apply_changes(Changes.of("project"))
    window.close()
    assert window.guard.last_result is not None and not window.guard.dirty


@pytest.mark.parametrize("utc_time", ["14:59", "15:00", "23:59"])
def test_audit_browser_shows_an_entry_written_after_midnight_in_korea(qtbot, demo_db: Database, utc_time: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The trail shows times and filters days in KST. On a machine whose clock runs in UTC, from 15:00 UTC the entry
    just written is already tomorrow in Korea: the default range must still reach it (CI once ran at 15:00 UTC)."""
    import time as systime
    from datetime import UTC, datetime

    from conflictdesk.store import audit, models
    from conflictdesk.ui import clock

    hour, minute = (int(part) for part in utc_time.split(":"))
    instant = datetime(2026, 12, 3, hour, minute, tzinfo=UTC)

    class FrozenDateTime(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
            return instant if tz is not None else instant.replace(tzinfo=None)

    monkeypatch.setenv("TZ", "UTC")
    systime.tzset()
    try:
        monkeypatch.setattr(models, "utcnow", lambda: instant)  # the stamp audit.record writes
        monkeypatch.setattr(clock, "datetime", FrozenDateTime)
        with demo_db.write(actor="자정검사") as s:
            audit.record(s, "reveal", "Stakeholder", 7, field="contact")
        dialog = AuditDialog(demo_db)
        qtbot.addWidget(dialog)
        dialog.actor.setText("자정검사")
        dialog.reload()
        assert dialog.model.rowCount() == 1
        shown = dialog.model.index(0, 1).data()
        assert shown == ("2026-12-04 " if hour >= 15 else "2026-12-03 ") + f"{(hour + 9) % 24:02d}:{minute:02d}:00"
    finally:
        monkeypatch.undo()
        systime.tzset()


def test_audit_browser_filters_and_exports_csv(qtbot, demo_db: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from conflictdesk.store import audit

    with demo_db.write(actor="홍길동") as s:
        audit.record(s, "reveal", "Stakeholder", 7, field="contact")
    dialog = AuditDialog(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() >= 2
    dialog.actor.setText("홍길")
    dialog.reload()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data() == "개인정보 열람"
    out = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    Dialogs(monkeypatch)
    dialog.export_csv()
    text = out.read_text(encoding="utf-8-sig")
    assert "홍길동" in text and "reveal" in text
    dialog.actor.clear()
    dialog.action_box.setCurrentIndex(dialog.action_box.findData("export"))
    dialog.reload()
    assert dialog.model.rowCount() == 1  # the export itself is in the trail
