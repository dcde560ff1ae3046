"""The op runner: the one path of a user action through the GUI (after Anki's ``CollectionOp``/``QueryOp``).

A panel hands the runner a function of the database that calls one service::

    CollectionOp(self, lambda db: cards.close_card(db, code, reason, today=self.ctx.today())) \\
        .success(lambda changes: self.status.setText(self.tr("종결했습니다."))) \\
        .run()

The runner runs it (in a worker thread with a delayed progress dialog when ``with_progress`` is used), turns an error
into a message in one place (``ui/messages.py``: the error catalogue in the UI language, never a traceback), and
publishes the ``Changes`` the service returned on the window's one ``ChangeBus``. ``QueryOp`` is the same for reads
(nothing is published). See docs/architecture.md, "A user action, end to end".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, context_of
from conflictdesk.ui.tasks import ProgressFn, Task

log = logging.getLogger("conflictdesk")

T = TypeVar("T")

#: Ops running in the background, kept alive until they finish (a signal does not own the op it calls back).
_RUNNING: set[object] = set()


def changes_in(result: object) -> Changes:
    """The ``Changes`` in a service's result: ``Changes``, ``(…, Changes)`` or an object with ``.changes``."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else Changes()


def _keep_going(_percent: int, _text: str) -> bool:
    return True


class _Op(Generic[T]):
    publishes = True

    def __init__(self, parent: QWidget, op: Callable[[Database], T], *, ctx: PanelContext | None = None) -> None:
        self._parent = parent
        self._op: Callable[[Database], T] | None = op
        self._progress_op: Callable[[Database, ProgressFn], T] | None = None
        self._ctx = ctx if ctx is not None else context_of(parent)
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[Exception], object] | None = None
        self._title: str | None = None
        self.task: Task | None = None

    def success(self, fn: Callable[[T], object]) -> _Op[T]:
        """Call ``fn(result)`` after the changes were published."""
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[Exception], object]) -> _Op[T]:
        """Call ``fn(error)`` instead of showing the standard message (e.g. to offer reload on a ``Conflict``)."""
        self._on_failure = fn
        return self

    def with_progress(self, title: str, op: Callable[[Database, ProgressFn], T] | None = None) -> _Op[T]:
        """Run in a worker thread; a progress dialog titled ``title`` appears after ~0.5 s and can cancel.

        ``op(db, progress)`` replaces the op given to the constructor when the work reports progress.
        """
        self._title = title
        if op is not None:
            self._progress_op = op
        return self

    @classmethod
    def in_background(cls, parent: QWidget, title: str, op: Callable[[Database, ProgressFn], T]) -> _Op[T]:
        """An op that reports progress: ``op(db, progress)`` runs in a worker thread (see :meth:`with_progress`)."""
        return cls(parent, lambda db: op(db, _keep_going)).with_progress(title, op)

    def run(self) -> T | None:
        """Run the op. Returns its result (``None`` after an error, or when it runs in the background)."""
        if self._title is not None:
            self._start_background(self._title)
            return None
        assert self._op is not None
        try:
            result = self._op(self._ctx.db)
        except Exception as exc:  # noqa: BLE001 - the one place a GUI action's error becomes a message
            self._failed(exc)
            return None
        self._succeeded(result)
        return result

    def _start_background(self, title: str) -> None:
        db, op, progress_op = self._ctx.db, self._op, self._progress_op

        def work(progress: ProgressFn) -> T:
            if progress_op is not None:
                return progress_op(db, progress)
            assert op is not None
            return op(db)

        task = Task(self._parent, title, work)
        task.finished.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.finished.connect(lambda _r: _RUNNING.discard(self))
        task.failed.connect(lambda _e: _RUNNING.discard(self))
        _RUNNING.add(self)
        self.task = task.start()

    def _succeeded(self, result: T) -> None:
        if self.publishes:
            self._ctx.bus.publish(changes_in(result))
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: object) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: not ours to swallow
            raise exc if isinstance(exc, BaseException) else RuntimeError(exc)
        if self._on_failure is not None:
            self._on_failure(exc)
            return
        from conflictdesk.ui.messages import show_error

        show_error(self._parent, exc)


class CollectionOp(_Op[T]):
    """A user action that changes data: runs one service and publishes the ``Changes`` it returns."""


class QueryOp(_Op[T]):
    """A read for the GUI: same error handling and background option, nothing published."""

    publishes = False
