"""Second-instance hand-over: the first window listens on a local socket; a second start asks it to come forward.

Local sockets only (a Unix domain socket / a Windows named pipe), never the network. The name is derived from a
hash of the data file's absolute path, so two windows on different files never talk to each other.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

REQUEST = b"raise\n"
ANSWER = b"ok\n"


def server_name(path: Path) -> str:
    """The local server name of the window that has ``path`` open (per user, per absolute path)."""
    key = os.path.normcase(str(path.expanduser().absolute()))
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return "conflictdesk-" + hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:24]


def bring_to_front(window: QWidget) -> None:
    """Show the window normally (un-minimised) and ask the window manager to activate it."""
    if window.isMinimized() or not window.isVisible():
        window.showNormal()
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """Listens for "raise" from a second instance, answers "ok" and emits ``raise_requested``."""

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed window is removed (we hold the file lock)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(sock: QLocalSocket = socket, buf: bytearray = buffer) -> None:
                buf += bytes(sock.readAll().data())
                if b"\n" not in buf:
                    if len(buf) > 64:  # not one of ours
                        sock.abort()
                    return
                if bytes(buf).startswith(REQUEST):
                    sock.write(QByteArray(ANSWER))
                    sock.flush()
                    self.raise_requested.emit()
                sock.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()


class RaiseRequest(QObject):
    """Asks the window listening on ``name`` to come forward; ``finished(answered)`` once, within the timeout."""

    finished = Signal(bool)

    def __init__(self, name: str, timeout_ms: int = 1500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.answered: bool | None = None
        self._reply = bytearray()
        self.socket = QLocalSocket(self)
        self.socket.connected.connect(self._send)
        self.socket.readyRead.connect(self._read)
        self.socket.errorOccurred.connect(lambda _e: self._finish(False))
        self.socket.disconnected.connect(lambda: self._finish(self._reply.startswith(ANSWER)))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(lambda: self._finish(False))

    def start(self) -> None:
        self.timer.start()
        self.socket.connectToServer(self.name)

    def _send(self) -> None:
        self.socket.write(QByteArray(REQUEST))
        self.socket.flush()

    def _read(self) -> None:
        self._reply += bytes(self.socket.readAll().data())
        if self._reply.startswith(ANSWER):
            self._finish(True)

    def _finish(self, answered: bool) -> None:
        if self.answered is not None:
            return
        self.answered = answered
        self.timer.stop()
        self.socket.abort()
        self.finished.emit(answered)


def ask_first_instance(name: str, timeout_ms: int = 1500,
                       make: Callable[[str, int], RaiseRequest] = RaiseRequest) -> bool:
    """True when a window listening on ``name`` answered "raise" (it is now in front)."""
    request = make(name, timeout_ms)
    if request.answered is None:
        loop = QEventLoop()
        request.finished.connect(lambda _ok: loop.quit())
        request.start()
        if request.answered is None:
            loop.exec()
    request.deleteLater()
    return bool(request.answered)
