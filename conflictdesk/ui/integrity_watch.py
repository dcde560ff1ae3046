"""The full start-up integrity scan, run off the GUI thread after the window is shown (seconds on a big file)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from conflictdesk.store.check import Problem, integrity_problem
from conflictdesk.store.engine import Database
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, translate

ADVICE = QT_TRANSLATE_NOOP("integrity_watch", "\n\n더 이상 저장하지 않도록 이 창을 읽기 전용으로 바꿨습니다. 파일 → 복원…에서 최근 정상 백업을 "
          "복원하거나, 파일 → 데이터 검사로 자세히 확인하세요.")


class IntegrityWatch(QObject):
    """Scan ``path`` in a thread; ``damaged(Problem)`` arrives on the GUI thread when the scan finds damage."""

    damaged = Signal(object)
    finished = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._thread = threading.Thread(target=self._run, name="conflictdesk-integrity", daemon=True)

    def start(self) -> IntegrityWatch:
        self._thread.start()
        return self

    def _run(self) -> None:
        problem = integrity_problem(self.path)
        if problem is not None:
            self.damaged.emit(problem)
        self.finished.emit()


def watch_integrity(window: QWidget, db: Database) -> IntegrityWatch | None:
    """Start the scan for ``db`` (a SQLite file); on damage switch to read-only and tell the officer."""
    path = db.path
    if path is None:
        return None

    def on_damage(problem: Problem) -> None:
        db.read_only = True
        window.setWindowTitle(window.windowTitle() + translate("integrity_watch", " (읽기 전용 — 손상 발견)"))
        QMessageBox.warning(window, translate("integrity_watch", "데이터 파일 손상"), problem.message + translate("integrity_watch", ADVICE))

    watch = IntegrityWatch(Path(path), window)
    watch.damaged.connect(on_damage)
    return watch.start()
