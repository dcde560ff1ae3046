"""No network: the main window and the CLI commands open no socket connection (any attempt fails the test)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from conflictdesk.cli import main
from conflictdesk.store.engine import Database


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args[1:] or kwargs)
        raise AssertionError(f"network connection attempted: {args[1:]}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, *a))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(None, *a))
    return attempts


def test_the_check_can_fail(no_network: list[object]) -> None:
    with pytest.raises(AssertionError):
        socket.create_connection(("127.0.0.1", 9))
    assert no_network


def test_main_window_and_cli_open_no_socket(qtbot, no_network: list[object], demo_path: Path,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    from conflictdesk.ui.main_window import PANELS, MainWindow

    db = Database(f"sqlite:///{demo_path}")
    window = MainWindow(db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    for key, _label, _factory in PANELS:
        window.show_panel(key)
    window.close()
    db.close()
    fresh = str(tmp_path / "n.sqlite3")
    for argv in (["demo", "--projects", "20"], ["backup", "--out", str(tmp_path / "b.sqlite3")], ["check"]):
        assert main(["--db", fresh, *argv]) == 0
    assert no_network == []
