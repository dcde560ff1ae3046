"""Run slow work off the GUI thread with progress and cancel; the dialog appears only after ~0.5 s."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, str], bool]  # (percent 0–100, message) -> keep going?
Work = Callable[[ProgressFn], Any]

SHOW_AFTER_MS = 500


class _Worker(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    def run(self) -> None:
        def progress(pct: int, msg: str) -> bool:
            self.progressed.emit(int(pct), msg)
            return not self._cancel.is_set()

        try:
            result = self._work(progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One running piece of work. ``finished(result)`` or ``failed(exception)`` fire on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, str)

    def __init__(self, parent: QWidget | None, title: str, work: Work) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(work, self.cancel_event)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self.dialog = QProgressDialog(title, self.tr("취소"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self.done = False

    def start(self) -> Task:
        self._timer.start(SHOW_AFTER_MS)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.cancel_event.set()
        self.dialog.setLabelText(self.tr("취소하는 중…"))

    def _show_dialog(self) -> None:
        if not self.done:
            self.dialog.show()

    def _on_progress(self, pct: int, msg: str) -> None:
        self.dialog.setValue(max(0, min(100, pct)))
        if msg and not self.cancel_event.is_set():
            self.dialog.setLabelText(msg)
        self.progressed.emit(pct, msg)

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        self.dialog.hide()
        self._thread.quit()
        self._thread.wait()

    def _on_success(self, result: object) -> None:
        self._finish()
        self.finished.emit(result)

    def _on_failure(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)


def run_task(parent: QWidget | None, title: str, work: Work,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> Task:
    """Start ``work(progress)`` in a thread. Errors go to ``on_error`` (default: the standard error dialog)."""
    from conflictdesk.ui.messages import show_error

    task = Task(parent, title, work)
    if on_done is not None:
        task.finished.connect(on_done)
    task.failed.connect(on_error if on_error is not None else (lambda exc: show_error(parent, exc)))
    return task.start()
