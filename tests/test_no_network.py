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


def test_the_panel_draw_opens_no_socket(no_network: list[object], tmp_path: Path) -> None:
    """The sortition extra (with its Google Sheets adapter installed) draws offline: no socket, no lookup."""
    pytest.importorskip("sortition_algorithms")
    fresh = str(tmp_path / "p.sqlite3")
    assert main(["--db", fresh, "demo", "--projects", "20"]) == 0
    applicants = tmp_path / "a.csv"
    applicants.write_text("신청번호,성별\n1,남\n2,남\n3,여\n4,여\n", encoding="utf-8")
    quotas = tmp_path / "q.csv"
    quotas.write_text("구분,값,최소,최대\n성별,남,1,1\n성별,여,1,1\n", encoding="utf-8")
    assert main(["--db", fresh, "panel", "draw", "1", "--applicants", str(applicants), "--quotas", str(quotas),
                 "--size", "2", "--seed", "3", "--save"]) == 0
    assert no_network == []
