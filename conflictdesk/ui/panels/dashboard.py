"""대시보드 panel: the figures of the latest round at a glance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from conflictdesk.services.changes import Changes
from conflictdesk.services.handout import handout_tracking
from conflictdesk.services.projects import dashboard_counts, round_codes
from conflictdesk.services.reminders import due_soon
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, as_context


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


#: Charts load this long after the first view, so the tiles show at once (matplotlib takes ~1 s to import).
CHART_DELAY_MS = 300


class DashboardPanel(QWidget):
    department_clicked = Signal(str)

    def __init__(self, ctx: PanelContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx)
        self.db = self.ctx.db
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(14)
        font.setBold(True)
        self.heading.setFont(font)
        self.tiles = {
            "projects": StatTile(self.tr("등록 사업")),
            "targets": StatTile(self.tr("진단대상")),
            "key_cases": StatTile(self.tr("중점관리 (1·2등급)")),
            "departments": StatTile(self.tr("부서")),
            "due_soon": StatTile(self.tr("점검·이행 기한 임박")),
            "overdue": StatTile(self.tr("점검·이행 지연")),
            "return_rate": StatTile(self.tr("부서 작성 파일 회신율")),
            "late_returns": StatTile(self.tr("부서 작성 파일 기한 지남")),
        }
        grid = QGridLayout()
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 4, n % 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        self.returns_note = QLabel()
        self.returns_note.setWordWrap(True)
        layout.addWidget(self.returns_note)
        self.chart_hint = QLabel(self.tr("차트를 불러오는 중… (부서 막대를 누르면 사업 목록을 그 부서로 거릅니다)"))
        layout.addWidget(self.chart_hint)
        self.chart_row = QHBoxLayout()
        layout.addLayout(self.chart_row, 1)
        self.canvases: list[Any] = []
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        code = self._latest_round()
        counts = dashboard_counts(self.db, code)
        self.heading.setText(self.tr("{code} 진단 현황").format(
            code=code) if code else self.tr("아직 진단 차수가 없습니다 — 사업 목록을 가져오세요."))
        reminders = due_soon(self.db, self.ctx.today())
        values = {"due_soon": reminders.due_soon_count, "overdue": reminders.overdue_count}
        for key, tile in self.tiles.items():
            if key in ("return_rate", "late_returns"):
                continue
            tile.value.setText(f"{values[key] if key in values else getattr(counts, key):,}")
        self._show_returns(code)
        if not self._loaded:
            QTimer.singleShot(CHART_DELAY_MS, self, self._charts_if_shown)
        elif self.canvases:
            self.load_charts()
        self._loaded = True

    def _show_returns(self, code: str | None) -> None:
        """The return rate of the round's department workbooks and the departments late past the due date."""
        tracking = handout_tracking(self.db, code, self.ctx.today()) if code else None
        rate = tracking.return_rate if tracking is not None else None
        self.tiles["return_rate"].value.setText("–" if rate is None else f"{rate}%")
        late = tracking.late if tracking is not None else ()
        self.tiles["late_returns"].value.setText(f"{len(late):,}" if tracking and tracking.sent else "–")
        if tracking is None or not tracking.sent:
            self.returns_note.setText(self.tr("이 차수에는 아직 부서 작성 파일을 보내지 않았습니다 (파일 → 부서별 작성 파일 만들기…)."))
        elif late:
            names = ", ".join(d.department for d in late[:8]) + (self.tr(" 외") if len(late) > 8 else "")
            self.returns_note.setText(self.tr("부서 작성 파일 회신 {returned}/{sent}곳 · 기한이 지났는데 반영되지 않은 부서 "
                                              "{count}곳: {names}").format(returned=tracking.returned, sent=tracking.sent,
                                                                          count=len(late), names=names))
        else:
            self.returns_note.setText(self.tr("부서 작성 파일 회신 {returned}/{sent}곳 · 반영 {accepted}곳").format(
                returned=tracking.returned, sent=tracking.sent, accepted=tracking.accepted))

    def _latest_round(self) -> str | None:
        codes = round_codes(self.db)  # newest first
        return codes[0] if codes else None

    def _charts_if_shown(self) -> None:
        # The officer may have moved on before the timer fired: charts (matplotlib, ~40 MiB) wait for a view.
        if self.isVisible():
            self.load_charts()
        else:
            self._charts_pending = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_charts_pending", False):
            self._charts_pending = False
            QTimer.singleShot(0, self, self.load_charts)

    def load_charts(self) -> None:
        """Build (or rebuild) the by-department and trend charts of the latest round."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from conflictdesk.reports import charts
        from conflictdesk.reports.fonts import install_chart_fonts
        from conflictdesk.services.summary_data import load_grade_summary

        code = self._latest_round()
        for canvas in self.canvases:
            self.chart_row.removeWidget(canvas)
            canvas.deleteLater()
        self.canvases = []
        if code is None:
            self.chart_hint.setText("")
            return
        install_chart_fonts()
        summary = load_grade_summary(self.db, code)
        for fig in (charts.department_figure(summary.departments, self.tr("{code} 부서별 등급 현황").format(code=code)),
                    charts.trend_figure(summary.trend)):
            canvas = FigureCanvasQTAgg(fig)  # type: ignore[no-untyped-call]
            canvas.setMinimumSize(320, 240)
            canvas.mpl_connect("pick_event", self._on_pick)
            self.chart_row.addWidget(canvas, 1)
            self.canvases.append(canvas)
        self.chart_hint.setText(self.tr("부서 막대를 누르면 사업·진단 목록을 그 부서로 거릅니다."))

    def _on_pick(self, event: Any) -> None:
        department = event.artist.get_gid()
        if department:
            self.department_clicked.emit(str(department))

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches("project", "diagnosis", "round", "review", "plan", "council", "setting",
                                         "handout"):
            self.reload()
