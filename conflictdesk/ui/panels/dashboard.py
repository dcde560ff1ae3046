"""대시보드 panel: the figures of the latest round at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from conflictdesk.services.changes import Changes
from conflictdesk.services.projects import dashboard_counts, latest_round_code
from conflictdesk.services.reminders import due_soon
from conflictdesk.store.engine import Database
from conflictdesk.ui import clock


class StatTile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(180, 90)
        self.value = QLabel("–")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.value.font()
        font.setPointSize(22)
        font.setBold(True)
        self.value.setFont(font)
        caption = QLabel(title)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(caption)


class DashboardPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(14)
        font.setBold(True)
        self.heading.setFont(font)
        self.tiles = {
            "projects": StatTile("등록 사업"),
            "targets": StatTile("진단대상"),
            "key_cases": StatTile("중점관리 (1·2등급)"),
            "departments": StatTile("부서"),
            "due_soon": StatTile("점검·이행 기한 임박"),
            "overdue": StatTile("점검·이행 지연"),
        }
        grid = QGridLayout()
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 4, n % 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        with self.db.read() as s:
            code = latest_round_code(s)
        counts = dashboard_counts(self.db, code)
        self.heading.setText(f"{code} 진단 현황" if code else "아직 진단 차수가 없습니다 — 사업 목록을 가져오세요.")
        reminders = due_soon(self.db, clock.today())
        values = {"due_soon": reminders.due_soon_count, "overdue": reminders.overdue_count}
        for key, tile in self.tiles.items():
            tile.value.setText(f"{values[key] if key in values else getattr(counts, key):,}")
        self._loaded = True

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches("project", "diagnosis", "round", "review", "plan", "council", "setting"):
            self.reload()
