"""The full integrity scan runs after the window shows: damage in data pages is still found and stops saving."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from conflictdesk.store.check import integrity_problem, startup_problem
from conflictdesk.store.engine import Database, resolve_db_url
from conflictdesk.ui.integrity_watch import watch_integrity


def _damage_data_pages(path: Path) -> None:
    """Garble pages near the end of the file (table data), leaving the schema on the first pages readable."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    count = len(data) // page
    for k in range(count - 12, count - 2):
        data[k * page + 8:k * page + 200] = b"\xee" * 192
    path.write_bytes(bytes(data))


def test_damage_in_data_pages_passes_the_quick_start_check_but_not_the_scan(demo_path: Path) -> None:
    _damage_data_pages(demo_path)
    url = resolve_db_url(str(demo_path))
    assert startup_problem(url) is None  # schema readable: the window can open
    problem = integrity_problem(demo_path)
    assert problem is not None and problem.code == "damaged"
    assert "\n" not in problem.message and len(problem.message) < 400


def test_healthy_file_scans_clean(demo_path: Path) -> None:
    assert integrity_problem(demo_path) is None


def test_scan_after_start_warns_and_stops_saving(qtbot, demo_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _damage_data_pages(demo_path)
    db = Database(resolve_db_url(str(demo_path)))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("갈등관리 데스크")
    watch = watch_integrity(window, db)
    assert watch is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # the damage signal is queued to the GUI thread
    assert "손상" in shown[0] and "복원" in shown[0]
    assert db.read_only and "읽기 전용" in window.windowTitle()
    db.close()
