"""Month calendar (달력) of reviews, council meetings, plan and agreement items, with markers per day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.calendar import korean_holidays
from conflictdesk.domain.dates import format_date
from conflictdesk.services.reminder_dtos import (
    AGREEMENT_ITEM,
    MEETING,
    PLAN_ITEM,
    RECOMMENDATION,
    REVIEW,
    CalendarEntry,
)
from conflictdesk.services.reminders import calendar_entries
from conflictdesk.store.engine import Database
from conflictdesk.ui import clock
from conflictdesk.ui.i18n import domain_label, ui_locale

HOLIDAY_COLOR = "#c62828"
TODAY_COLOR = "#1565c0"
DONE_COLOR = "#8a8a8a"
KIND_COLORS = {REVIEW: "#c0392b", MEETING: "#2471a3", PLAN_ITEM: "#1e8449", AGREEMENT_ITEM: "#b9770e",
               RECOMMENDATION: "#7d3c98"}
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 10


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class MarkedCalendar(QCalendarWidget):
    """A calendar that paints one coloured dot per kind of entry on each day, frames today (the one clock's) and
    shows every Korean public holiday in red (``domain.calendar.korean_holidays``, substitute days included)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds_by_day: dict[date, list[str]] = {}
        self._holiday_years: set[int] = set()
        self.setLocale(ui_locale())
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.currentPageChanged.connect(lambda year, _m: self.mark_holidays(year))
        self.mark_holidays(self.yearShown())

    def mark_holidays(self, year: int) -> None:
        """Red text for the public holidays of ``year`` and the years beside it (a page shows days of both)."""
        red = QTextCharFormat()
        red.setForeground(QColor(HOLIDAY_COLOR))
        for y in (year - 1, year, year + 1):
            if y in self._holiday_years or not 1 <= y <= 9998:
                continue
            self._holiday_years.add(y)
            for day, name in korean_holidays(y).items():
                fmt = QTextCharFormat(red)
                fmt.setToolTip(name)
                self.setDateTextFormat(_qdate(day), fmt)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day = _pydate(qdate)
        if day == clock.today():  # Qt marks the system's today; the program's day is the clock's
            painter.save()
            pen = QPen(QColor(TODAY_COLOR))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.restore()
        kinds = self.kinds_by_day.get(day)
        if not kinds:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = max(5, min(rect.width(), rect.height()) // 7)
        x = rect.left() + 3
        y = rect.bottom() - size - 3
        order = list(KIND_COLORS)
        for kind in sorted(set(kinds), key=lambda k: order.index(k) if k in order else len(order)):
            painter.setBrush(QColor(KIND_COLORS.get(kind, "#555555")))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(x, y, size, size)
            x += size + 2
        painter.restore()


class CalendarView(QWidget):
    """Month grid plus the list of the selected day; double-click on an entry emits its project id."""

    project_activated = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.entries: dict[date, list[CalendarEntry]] = {}
        self._shown_once = False
        self.calendar = MarkedCalendar()
        self.calendar.setObjectName("reviewCalendar")
        self.day_label = QLabel()
        self.day_list = QListWidget()
        self.day_list.setObjectName("calendarDayList")
        legend = QLabel("  ".join(
            f'<span style="color:{color}">●</span> {label}'
            for color, label in ((KIND_COLORS[REVIEW], self.tr("정기점검")), (KIND_COLORS[MEETING], self.tr("협의회")),
                                 (KIND_COLORS[PLAN_ITEM], self.tr("대응계획")), (KIND_COLORS[AGREEMENT_ITEM], self.tr("합의사항")),
                                 (KIND_COLORS[RECOMMENDATION], self.tr("공론화 권고")))))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.day_label)
        rl.addWidget(self.day_list, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.calendar, 1)
        ll.addWidget(legend)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.calendar.update())
        self.day_list.itemDoubleClicked.connect(self._activate)

    def reload(self) -> None:
        if not self._shown_once:  # open on the program's today, not the machine's (tests and demos fix the clock)
            self._shown_once = True
            self.calendar.setSelectedDate(_qdate(clock.today()))
        by_day: dict[date, list[CalendarEntry]] = defaultdict(list)
        for entry in calendar_entries(self.db):
            by_day[entry.day].append(entry)
        self.entries = dict(by_day)
        self.calendar.kinds_by_day = {d: [e.kind for e in es] for d, es in self.entries.items()}
        self.calendar.updateCells()
        self._show_day()

    def go_to(self, day: date) -> None:
        self.calendar.setSelectedDate(_qdate(day))
        self._show_day()

    def _show_day(self) -> None:
        day = _pydate(self.calendar.selectedDate())
        entries = self.entries.get(day, [])
        holiday = korean_holidays(day.year).get(day)
        self.day_label.setText(self.tr("{day} 일정 {0}건").format(len(entries), day=format_date(day))
                               + (self.tr(" (오늘)") if day == clock.today() else "")
                               + (f" · <span style='color:{HOLIDAY_COLOR}'>{holiday}</span>" if holiday else ""))
        self.day_list.clear()
        for e in entries:
            state = self.tr(" · 완료") if e.done else ""
            item = QListWidgetItem(f"[{domain_label(e.label)}] {e.title}{state}\n    {e.code} · {e.department}")
            item.setForeground(QColor(DONE_COLOR if e.done else KIND_COLORS.get(e.kind, "#000000")))  # done: grey
            item.setData(PROJECT_ROLE, e.project_id)
            item.setToolTip(e.detail)
            self.day_list.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        self.project_activated.emit(int(item.data(PROJECT_ROLE)))
