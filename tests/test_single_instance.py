"""Second-instance hand-over over a local socket: the first window comes forward, the second start ends quietly."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMainWindow

from conflictdesk.ui import startup
from conflictdesk.ui.single_instance import (
    InstanceServer,
    RaiseRequest,
    ask_first_instance,
    bring_to_front,
    server_name,
)


def _name() -> str:
    return f"conflictdesk-test-{uuid.uuid4().hex[:12]}"  # unique: /tmp and the CPU are shared


def test_server_name_depends_on_the_path_only(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert server_name(a) == server_name(Path(str(a)))
    assert server_name(a) != server_name(b)
    assert server_name(a).startswith("conflictdesk-") and len(server_name(a)) < 64  # socket path limits


def test_raise_request_reaches_the_first_instance(qtbot) -> None:  # type: ignore[no-untyped-def]
    name = _name()
    server = InstanceServer(name)
    assert server.listen()
    try:
        request = RaiseRequest(name, timeout_ms=5000)
        with qtbot.waitSignal(server.raise_requested, timeout=5000), \
                qtbot.waitSignal(request.finished, timeout=5000) as answered:
            request.start()
        assert answered.args == [True] and request.answered is True
    finally:
        server.close()


def test_nobody_listening_means_no_answer(qtbot) -> None:  # type: ignore[no-untyped-def]
    request = RaiseRequest(_name(), timeout_ms=3000)
    with qtbot.waitSignal(request.finished, timeout=5000) as answered:
        request.start()
    assert answered.args == [False]
    assert ask_first_instance(_name(), timeout_ms=3000) is False


def test_ask_first_instance_blocks_until_answered(qtbot) -> None:  # type: ignore[no-untyped-def]
    name = _name()
    server = InstanceServer(name)
    assert server.listen()
    raised: list[bool] = []
    server.raise_requested.connect(lambda: raised.append(True))
    try:
        assert ask_first_instance(name, timeout_ms=5000) is True
        assert raised == [True]
    finally:
        server.close()


def test_a_stranger_gets_no_raise(qtbot) -> None:  # type: ignore[no-untyped-def]
    name = _name()
    server = InstanceServer(name)
    assert server.listen()
    raised: list[bool] = []
    server.raise_requested.connect(lambda: raised.append(True))
    socket = QLocalSocket()
    try:
        with qtbot.waitSignal(socket.disconnected, timeout=5000):
            socket.connectToServer(name)
            socket.write(QByteArray(b"hello\n"))
            socket.flush()
        assert raised == []
    finally:
        socket.abort()
        server.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_bring_to_front_restores_a_minimised_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible() and not window.isMinimized()


def test_second_start_hands_over_to_the_first_window(qtbot, demo_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(startup, "ask_choice", lambda _p, message, _c: asked.append(message) or "quit")
    monkeypatch.setattr("conflictdesk.ui.single_instance.server_name", lambda _p: name)
    name = _name()
    first = startup.open_at_startup(str(demo_path))
    assert isinstance(first, startup.Opened) and first.path == demo_path
    server = InstanceServer(name)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=5000):
            second = startup.open_at_startup(str(demo_path))
        assert isinstance(second, startup.HandedOver) and not asked  # no dialog: the first window answered
    finally:
        server.close()
        first.close()
