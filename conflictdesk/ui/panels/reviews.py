"""정기점검 panel: reminders (due soon / overdue), the round's reviews, the review form and the calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.services.changes import Changes
from conflictdesk.services.projects import round_codes
from conflictdesk.services.reminder_dtos import RECOMMENDATION, CalendarEntry, Reminders
from conflictdesk.services.reminders import calendar_entries, due_soon
from conflictdesk.services.reviews import ReviewRow, list_reviews
from conflictdesk.services.settings import load_all
from conflictdesk.store.engine import Database
from conflictdesk.ui.calendar_view import CalendarView
from conflictdesk.ui.column_fit import fit_columns, refit_columns
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.empty_hint import EmptyHint
from conflictdesk.ui.flow_layout import flow_row, labelled
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.ops import QueryOp

LATE = QColor("#c0392b")
DONE = QColor("#8a8a8a")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 2


def _table(headers: list[str], name: str, stretch: int, cap: int = 320) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setTabKeyNavigation(False)  # Tab moves on to the next widget (#19)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    vh = t.verticalHeader()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(24)
    vh.hide()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    # Columns as wide as their content, the long one takes the rest (ResizeToContents made the reminders'
    # 내용 column push the table sideways at 1024×768)
    fit_columns(t, stretch=stretch, stretch_min=160, cap=cap)
    return t


def _deliberation_item(entry: CalendarEntry) -> int:
    """The 공론화 item id of a recommendation's reminder (its key is ``recommendation-<item>-<id>``), else 0."""
    return int(entry.key.split("-")[1]) if entry.kind == RECOMMENDATION else 0


def _fill(table: QTableWidget, rows: list[tuple[list[str], bool, int, int]], done: list[bool] | None = None) -> None:
    """Rows of (cells, late, record id, project id); late rows are red, ``done`` rows grey."""
    table.setRowCount(len(rows))
    for r, (cells, late, rid, pid) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, rid)
            item.setData(PROJECT_ROLE, pid)
            if late:
                item.setForeground(QBrush(LATE))
            elif done is not None and done[r]:
                item.setForeground(QBrush(DONE))
            table.setItem(r, c, item)
    refit_columns(table)


class ReviewsPanel(QWidget):
    """``reminders_changed(due_soon, overdue)`` feeds the status bar and the dashboard."""

    reminders_changed = Signal(int, int)
    project_activated = Signal(int)
    deliberation_activated = Signal(int)  # the 공론화 item of an activated recommendation reminder

    def __init__(self, ctx: PanelContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx)
        self.db = db = self.ctx.db
        self._loaded = False
        self.reminders: Reminders | None = None
        self.rows: list[ReviewRow] = []

        self.summary = QLabel()
        self.summary.setObjectName("reminderSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.reminder_table = _table([self.tr("상태"), self.tr("기한"), self.tr("구분"), self.tr("사업"), self.tr("내용"), self.tr("담당부서")], "reminderTable", 4, cap=240)
        EmptyHint(self.reminder_table, self.tr("기한이 다가오거나 지난 점검·조치가 없습니다."))

        self.round_box = QComboBox()
        self.round_box.setObjectName("reviewRoundBox")
        self.round_box.setMinimumWidth(110)
        self.record_button = QPushButton(self.tr("점검 기록(&E)…"))
        self.record_button.setObjectName("recordReview")
        self.rule_button = QPushButton(self.tr("점검 마감 규칙…"))
        self.export_button = QPushButton(self.tr("달력 내보내기…"))
        self.export_button.setObjectName("exportCalendar")
        self.review_table = _table([self.tr("사업코드"), self.tr("사업명"), self.tr("담당부서"), self.tr("등급"), self.tr("마감"), self.tr("완료"), self.tr("점검자"), self.tr("상태")],
                                   "reviewTable", 1)
        EmptyHint(self.review_table, self.tr("정기점검은 이 차수에 1·2등급으로 확정된 사업마다 생깁니다. 사업·진단에서 등급을 확정하세요."))
        self.calendar = CalendarView(db)

        self.show_cancelled = QCheckBox(self.tr("취소된 점검 포함(&C)"))
        self.show_cancelled.setObjectName("showCancelled")
        self.show_cancelled.setToolTip(self.tr("중점관리에서 빠져 취소된 점검(이력)도 사유와 함께 보기"))
        bar = flow_row(labelled(QLabel(self.tr("진단 차수")), self.round_box), self.show_cancelled,
                       self.record_button, self.rule_button, self.export_button)
        list_page = QWidget()
        lp = QVBoxLayout(list_page)
        lp.addWidget(bar)
        lp.addWidget(self.review_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(list_page, self.tr("점검 목록"))
        self.tabs.addTab(self.calendar, self.tr("달력"))

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.summary)
        tl.addWidget(self.reminder_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        heading = QLabel(self.tr("정기점검"))
        hf = heading.font()
        hf.setPointSize(14)
        hf.setBold(True)
        heading.setFont(hf)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)

        self.round_box.currentTextChanged.connect(lambda _t: self._load_reviews() if self._loaded else None)
        self.show_cancelled.toggled.connect(lambda _on: self._load_reviews() if self._loaded else None)
        self.record_button.clicked.connect(self.open_selected_review)
        self.review_table.doubleClicked.connect(lambda _i: self.open_selected_review())
        self.reminder_table.doubleClicked.connect(self._reminder_activated)
        self.rule_button.clicked.connect(self.edit_rule)
        self.export_button.clicked.connect(self.export_calendar)
        self.calendar.project_activated.connect(self.project_activated)

    # --- loading ------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Show what is stored; never writes (reviews are created by the events that make them due)."""
        current = self.round_box.currentText()
        codes = round_codes(self.db)
        self.round_box.blockSignals(True)
        self.round_box.clear()
        self.round_box.addItems(codes)
        if current in codes:
            self.round_box.setCurrentText(current)
        self.round_box.blockSignals(False)
        self._loaded = True
        self.load_reminders()
        self._load_reviews()
        self.calendar.reload()

    def load_reminders(self) -> Reminders:
        """Refresh the reminder list (also called by the main window at start, before the panel is shown)."""
        found = due_soon(self.db, self.ctx.today())
        self.reminders = found
        self.summary.setText(self.tr("점검 기한 임박 {due_soon_count}건 · 지연 {overdue_count}건 ({as_of} 기준, {days}일 이내)").format(due_soon_count=found.due_soon_count, overdue_count=found.overdue_count, as_of=format_date(found.as_of), days=found.days))
        _fill(self.reminder_table, [
            ([self.tr("{0}일 지연").format(
                -i.days_left) if i.overdue else (self.tr("오늘") if i.days_left == 0 else f"D-{i.days_left}"),
              format_date(i.entry.day), domain_label(i.entry.label), f"{i.entry.code} {i.entry.name}".strip(), i.entry.title,
              i.entry.department], i.overdue, _deliberation_item(i.entry), i.entry.project_id)
            for i in found.items
        ])
        self.reminders_changed.emit(found.due_soon_count, found.overdue_count)
        return found

    def _load_reviews(self) -> None:
        code = self.round_box.currentText() or None
        self.rows = list_reviews(self.db, self.ctx.today(), code,
                                 include_cancelled=self.show_cancelled.isChecked()) if code else []
        _fill(self.review_table, [
            ([r.code, r.name, r.department, self.tr("{grade}등급").format(
                grade=r.grade) if r.grade else "", format_date(r.due),
              format_date(r.done), r.reviewer,
              self._state(r)], r.overdue, r.review_id, r.project_id)
            for r in self.rows
        ], done=[r.done is not None and not r.overdue for r in self.rows])

    def _state(self, r: ReviewRow) -> str:
        if r.cancelled_on is not None:
            return self.tr("취소: {reason}").format(reason=r.cancel_reason)
        return self.tr("지연") if r.overdue else (self.tr("완료") if r.done else self.tr("예정"))

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches("review", "plan", "council", "diagnosis", "round", "setting",
                                            "project", "card"):
            self.reload()

    # --- actions ------------------------------------------------------------------------------
    def selected_review_id(self) -> int | None:
        row = self.review_table.currentRow()
        if row < 0:
            return None
        item = self.review_table.item(row, 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def open_selected_review(self) -> None:
        review_id = self.selected_review_id()
        if review_id is not None:
            self.open_review(review_id)

    def open_review(self, review_id: int) -> bool:
        from conflictdesk.ui.review_form import ReviewFormDialog

        # the reviewer is the officer's name from 설정 (never the computer's login name, e.g. "root")
        dialog = ReviewFormDialog(self.db, review_id, self.ctx.today(), load_all(self.db)[3], self)
        return bool(dialog.exec())  # the save published its changes; on_changes reloads this panel

    def _reminder_activated(self) -> None:
        row = self.reminder_table.currentRow()
        item = self.reminder_table.item(row, 0) if row >= 0 else None
        if item is not None and int(item.data(ID_ROLE) or 0):  # a 공론화 recommendation: its process, not a card
            self.deliberation_activated.emit(int(item.data(ID_ROLE)))
        elif item is not None and int(item.data(PROJECT_ROLE)):  # 0: a department's workbook, not a project
            self.project_activated.emit(int(item.data(PROJECT_ROLE)))

    def edit_rule(self) -> None:
        from conflictdesk.ui.review_rule_dialog import ReviewRuleDialog

        dialog = ReviewRuleDialog(self.db, self.round_box.currentText() or None, self.ctx.today(), self)
        dialog.exec()  # the save published its changes; on_changes reloads this panel

    def export_calendar(self) -> None:
        from conflictdesk.reports.ics import write_calendar

        code = self.round_box.currentText()
        if not code:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("달력 내보내기"), self.tr("정기점검_{code}.ics").format(
            code=code),
                                                    "iCalendar (*.ics)")
        if not path:
            return
        name = self.tr("갈등관리 데스크 {code}").format(code=code)
        count = QueryOp(self, lambda db: write_calendar(Path(path), calendar_entries(db, code), name=name)).run()
        if count is None:
            return
        self.summary.setText(self.tr("달력 일정 {count}건을 내보냈습니다: {path}").format(count=count, path=path))

    def show_calendar(self, day: date | None = None) -> None:
        self.tabs.setCurrentWidget(self.calendar)
        if day is not None:
            self.calendar.go_to(day)
