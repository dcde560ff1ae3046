"""공론화 추진 tab of the 공론화 panel: an item's process — phases and events with attendance and 권역 gaps, the budget
with its quarters and spending (the shared booking form and overrun question), the 권고안 with the city's answers.

Rules: docs/업무규칙.md, "공론화 추진"; the service is ``services/deliberation_process.py``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.allowances import AllowanceBudget
from conflictdesk.domain.deliberation_process import MAX_ATTENDANCE, Answer, Phase
from conflictdesk.domain.enums import ItemStatus
from conflictdesk.services import deliberation_process as process
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_process_dtos import (
    EventInput,
    EventRow,
    ProcessView,
    RecommendationInput,
    RecommendationRow,
)
from conflictdesk.store.engine import Database
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext
from conflictdesk.ui.i18n import domain_label, won_text
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.booking import BookingForm, confirm_overrun, won_box
from conflictdesk.ui.panels.mediation_common import OptionalDate, Table, iso

#: Colour of a 권역 gap and of an overdue recommendation.
ALERT_COLOR = "#c0392b"
#: The attendance box's value meaning "not recorded".
NO_ATTENDANCE = -1


def _group(title: str, *rows: tuple[str, QWidget] | QWidget) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(row[0], row[1])
        else:
            form.addRow(row)
    return box, form


def _buttons(*buttons: QPushButton) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return holder


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class ProcessTab(QWidget):
    """Pick an item decided 실시; start its process, then keep its schedule, budget and recommendations."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ProcessView | None = None

        # --- the item and the start ---
        self.item = QComboBox()
        self.item.setObjectName("processItem")
        self.item.setMinimumWidth(320)
        item_label = QLabel(self.tr("안건(&I)"))
        item_label.setBuddy(self.item)
        self.start_year = QSpinBox()
        self.start_year.setObjectName("processStartYear")
        self.start_year.setRange(2000, 2100)
        self.start_year.setValue(self.ctx.today().year)
        self.start_year.setToolTip(self.tr("공론화 예산의 연도"))
        self.start_button = _button(self.tr("추진 시작(&G)"), "startProcess")
        self.start_button.setToolTip(self.tr("단계마다 계획할 행사를 만들고, 권역별 공론장은 권역마다 하나씩 만듭니다."))
        self.summary = QLabel()
        self.summary.setObjectName("processSummary")
        self.summary.setWordWrap(True)
        self.gaps = QLabel()
        self.gaps.setObjectName("processGaps")
        self.gaps.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(item_label)
        top.addWidget(self.item, 1)
        top.addWidget(self.start_year)
        top.addWidget(self.start_button)

        self.sections = QTabWidget()
        self.sections.setObjectName("processSections")
        self.sections.addTab(self._schedule_page(), self.tr("일정·참석(&T)"))
        self.sections.addTab(self._budget_page(), self.tr("예산(&U)"))
        self.sections.addTab(self._recommendation_page(), self.tr("권고안 이행(&K)"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps)
        layout.addWidget(self.sections, 1)

        self.item.currentIndexChanged.connect(lambda _i: self.show_item())
        self.start_button.clicked.connect(self.start)

    # --- building ----------------------------------------------------------------------------------------------------
    def _schedule_page(self) -> QWidget:
        self.phase_table = Table([self.tr("단계"), self.tr("예정"), self.tr("실시"), self.tr("참석"), self.tr("행사")],
                                 "phaseTable")
        self.phase_table.setMaximumHeight(24 * 9)
        self.event_table = Table([self.tr("단계"), self.tr("권역"), self.tr("행사"), self.tr("예정일"), self.tr("실시일"),
                                  self.tr("참석"), self.tr("장소")], "eventTable")
        self.event_phase = QComboBox()
        self.event_phase.setObjectName("eventPhase")
        for phase in Phase:
            self.event_phase.addItem(domain_label(phase), phase.value)
        self.event_region = QComboBox()
        self.event_region.setObjectName("eventRegion")
        self.event_title = QLineEdit()
        self.event_title.setObjectName("eventTitle")
        self.event_title.setPlaceholderText(self.tr("비우면 단계 이름"))
        self.event_planned = OptionalDate(self.tr("예정"))
        self.event_planned.setObjectName("eventPlanned")
        self.event_held = OptionalDate(self.tr("실시함"))
        self.event_held.setObjectName("eventHeld")
        self.event_attendance = QSpinBox()
        self.event_attendance.setObjectName("eventAttendance")
        self.event_attendance.setRange(NO_ATTENDANCE, MAX_ATTENDANCE)
        self.event_attendance.setSpecialValueText(self.tr("미기록"))
        self.event_attendance.setGroupSeparatorShown(True)
        self.event_attendance.setSuffix(self.tr("명"))
        self.event_attendance.setValue(NO_ATTENDANCE)
        self.event_place = QLineEdit()
        self.event_place.setObjectName("eventPlace")
        self.new_event_button = _button(self.tr("새 행사(&N)"), "newEvent")
        self.save_event_button = _button(self.tr("행사 저장(&S)"), "saveEvent")
        self.delete_event_button = _button(self.tr("행사 삭제"), "deleteEvent")
        event_box, _form = _group(
            self.tr("행사"), (self.tr("단계"), self.event_phase), (self.tr("권역"), self.event_region),
            (self.tr("행사명"), self.event_title), (self.tr("예정일"), self.event_planned),
            (self.tr("실시일"), self.event_held), (self.tr("참석 인원"), self.event_attendance),
            (self.tr("장소"), self.event_place),
            _buttons(self.new_event_button, self.save_event_button, self.delete_event_button))
        self.regions = QLineEdit()
        self.regions.setObjectName("processRegions")
        self.regions.setToolTip(self.tr("쉼표로 구분합니다. 이 추진의 권역이자 새 추진의 기본 권역(설정)이 됩니다."))
        self.save_regions_button = _button(self.tr("권역 저장"), "saveRegions")
        regions_box, _rf = _group(self.tr("권역 (권역별 공론장)"), self.regions, _buttons(self.save_regions_button))

        left = QVBoxLayout()
        left.addWidget(self.phase_table)
        left.addWidget(self.event_table, 1)
        right = QVBoxLayout()
        right.addWidget(event_box)
        right.addWidget(regions_box)
        right.addStretch(1)
        page = QWidget()
        body = QHBoxLayout(page)
        body.addLayout(left, 1)
        body.addLayout(right)

        self.event_table.currentCellChanged.connect(lambda *_a: self.show_event())
        self.event_phase.currentIndexChanged.connect(lambda _i: self._region_enabled())
        self.new_event_button.clicked.connect(self.new_event)
        self.save_event_button.clicked.connect(self.save_event)
        self.delete_event_button.clicked.connect(self.delete_event)
        self.save_regions_button.clicked.connect(self.save_regions)
        return page

    def _budget_page(self) -> QWidget:
        self.quarter_table = Table([self.tr("분기"), self.tr("계획"), self.tr("집행"), self.tr("잔액"),
                                    self.tr("누적 잔액")], "processQuarterTable")
        self.quarter_table.setMaximumHeight(24 * 7)
        self.budget_year = QSpinBox()
        self.budget_year.setObjectName("processBudgetYear")
        self.budget_year.setRange(2000, 2100)
        self.annual = won_box("processAnnual")
        self.quarters = [won_box(f"processQuarter{i + 1}") for i in range(4)]
        self.save_plan_button = _button(self.tr("계획 저장(&L)"), "saveProcessPlan")
        plan_box, plan_form = _group(self.tr("예산·분기별 계획"), (self.tr("예산 연도"), self.budget_year),
                                     (self.tr("연간 예산"), self.annual))
        for i, box in enumerate(self.quarters):
            plan_form.addRow(self.tr("{0}분기 계획").format(i + 1), box)
        plan_form.addRow(self.save_plan_button)
        self.form = BookingForm(self.tr("집행 기록"), self.tr("집행 기록(&B)"),
                                ("processSpendingDate", "processSpendingAmount", "processSpendingPurpose",
                                 "bookProcessSpending"),
                                (self.tr("집행일"), self.tr("금액"), self.tr("내용")))
        self.spending_table = Table([self.tr("일자"), self.tr("금액"), self.tr("내용")], "processSpendingTable")
        self.delete_spending_button = _button(self.tr("선택한 집행 삭제"), "deleteProcessSpending")

        left = QVBoxLayout()
        left.addWidget(self.quarter_table)
        left.addWidget(self.spending_table, 1)
        left.addWidget(_buttons(self.delete_spending_button))
        right = QVBoxLayout()
        right.addWidget(plan_box)
        right.addWidget(self.form)
        right.addStretch(1)
        page = QWidget()
        body = QHBoxLayout(page)
        body.addLayout(left, 1)
        body.addLayout(right)

        self.save_plan_button.clicked.connect(self.save_plan)
        self.form.button.clicked.connect(self.book)
        self.delete_spending_button.clicked.connect(self.delete_spending)
        return page

    def _recommendation_page(self) -> QWidget:
        self.recommendation_table = Table(
            [self.tr("번호"), self.tr("권고"), self.tr("시 답변"), self.tr("사유"), self.tr("담당"), self.tr("기한"),
             self.tr("상태"), self.tr("완료일")], "recommendationTable", stretch=1)
        self.rec_text = QPlainTextEdit()
        self.rec_text.setObjectName("recommendationText")
        self.rec_text.setTabChangesFocus(True)
        self.rec_text.setMaximumHeight(70)
        self.rec_answer = QComboBox()
        self.rec_answer.setObjectName("recommendationAnswer")
        self.rec_answer.addItem(self.tr("답변 전"), None)
        for answer in Answer:
            self.rec_answer.addItem(domain_label(answer), answer.value)
        self.rec_reason = QLineEdit()
        self.rec_reason.setObjectName("recommendationReason")
        self.rec_reason.setPlaceholderText(self.tr("일부 수용·불수용은 필수"))
        self.rec_owner = QLineEdit()
        self.rec_owner.setObjectName("recommendationOwner")
        self.rec_owner.setPlaceholderText(self.tr("담당 부서·직위"))
        self.rec_due = OptionalDate(self.tr("기한"))
        self.rec_due.setObjectName("recommendationDue")
        self.rec_status = QComboBox()
        self.rec_status.setObjectName("recommendationStatus")
        for status in ItemStatus:
            self.rec_status.addItem(domain_label(status), status.value)
        self.rec_done = OptionalDate(self.tr("완료"))
        self.rec_done.setObjectName("recommendationDone")
        self.new_rec_button = _button(self.tr("새 권고(&W)"), "newRecommendation")
        self.save_rec_button = _button(self.tr("권고 저장(&V)"), "saveRecommendation")
        self.delete_rec_button = _button(self.tr("권고 삭제"), "deleteRecommendation")
        box, _form = _group(
            self.tr("권고와 시의 답변"), (self.tr("권고 내용"), self.rec_text), (self.tr("시 답변"), self.rec_answer),
            (self.tr("사유"), self.rec_reason), (self.tr("담당"), self.rec_owner), (self.tr("기한"), self.rec_due),
            (self.tr("이행 상태"), self.rec_status), (self.tr("완료일"), self.rec_done),
            _buttons(self.new_rec_button, self.save_rec_button, self.delete_rec_button))
        hint = QLabel(self.tr("기한이 있는 권고는 정기점검의 알림과 달력(.ics)에 나옵니다. 불수용은 이행하지 않으므로 "
                              "취소로 기록됩니다."))
        hint.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(box)
        right.addWidget(hint)
        right.addStretch(1)
        page = QWidget()
        body = QHBoxLayout(page)
        body.addWidget(self.recommendation_table, 1)
        body.addLayout(right)

        self.recommendation_table.currentCellChanged.connect(lambda *_a: self.show_recommendation())
        self.new_rec_button.clicked.connect(self.new_recommendation)
        self.save_rec_button.clicked.connect(self.save_recommendation)
        self.delete_rec_button.clicked.connect(self.delete_recommendation)
        return page

    # --- loading -----------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.item.currentData()
        items = QueryOp(self, process.process_items, ctx=self.ctx).run() or []
        self.item.blockSignals(True)
        self.item.clear()
        for item_id, title, started in items:
            state = self.tr("추진 중") if started else self.tr("시작 전")
            self.item.addItem(f"{title}  ({state})", item_id)
        index = self.item.findData(chosen)
        if index < 0:  # first an item with a process
            index = next((n for n, (_i, _t, started) in enumerate(items) if started), 0)
        self.item.setCurrentIndex(index)
        self.item.blockSignals(False)
        self.show_item()

    def selected_item(self) -> int | None:
        data = self.item.currentData()
        return int(data) if data is not None else None

    def show_item(self) -> None:
        item_id, today = self.selected_item(), self.ctx.today()
        view = None
        if item_id is not None:
            view = QueryOp(self, lambda db: process.process_view(db, item_id, today), ctx=self.ctx).run()
        self.view = view
        writable = not self.ctx.read_only
        self.start_button.setEnabled(item_id is not None and view is None and writable)
        self.start_year.setEnabled(item_id is not None and view is None)
        self.sections.setEnabled(view is not None)
        for button in (self.save_event_button, self.new_event_button, self.delete_event_button,
                       self.save_regions_button, self.save_plan_button, self.form.button,
                       self.delete_spending_button, self.new_rec_button, self.save_rec_button,
                       self.delete_rec_button):
            button.setEnabled(writable)
        if item_id is None:
            self.summary.setText(self.tr("공론화위원회가 실시로 결정한 안건이 없습니다. 심의대상 안건 탭에서 결정을 "
                                         "기록하세요."))
        elif view is None:
            regions = QueryOp(self, process.current_regions, ctx=self.ctx).run() or ()
            self.summary.setText(self.tr("이 안건의 공론화 추진이 아직 시작되지 않았습니다. 예산 연도를 고르고 "
                                         "'추진 시작'을 누르세요. 권역별 공론장은 권역마다 하나씩 만듭니다: {0}").format(
                ", ".join(domain_label(r) for r in regions)))
        self.gaps.clear()
        if view is None:
            for table in (self.phase_table, self.event_table, self.quarter_table, self.spending_table,
                          self.recommendation_table):
                table.set_rows([])
            return
        self.summary.setText(self.tr("{year}년 · 행사 {events}건 · 참석 {people:,}명 · 예산 {budget} 중 집행 {spent} · "
                                     "권고 {recs}건 (지연 {late}건)").format(
            year=view.year, events=len(view.events), people=view.attendance, budget=won_text(view.plan.annual_won),
            spent=won_text(view.execution.executed_won), recs=len(view.recommendations), late=view.overdue_count))
        if view.gaps:
            self.gaps.setText(f"<span style='color:{ALERT_COLOR}'>"
                              + self.tr("권역별 공론장 빈칸: {0}").format(", ".join(view.gaps)) + "</span>")
        else:
            self.gaps.setText(self.tr("권역별 공론장: 모든 권역({0}개)에 계획·실시됨").format(len(view.regions)))
        self._show_schedule(view)
        self._show_budget(view)
        self._show_recommendations(view)

    def _show_schedule(self, view: ProcessView) -> None:
        self.phase_table.set_rows([
            (n, (domain_label(p.phase), self._span(p.planned_from, p.planned_to), self._span(p.held_from, p.held_to),
                 "" if p.attendance is None else f"{p.attendance:,}", str(p.events)))
            for n, p in enumerate(view.phases)], right=(3, 4))
        selected = self.event_table.current_id()
        self.event_table.set_rows([
            (e.id, (domain_label(e.phase), e.region, e.title, iso(e.planned), iso(e.held),
                    "" if e.attendance is None else f"{e.attendance:,}", e.place))
            for e in view.events], right=(5,))
        self.event_region.blockSignals(True)
        self.event_region.clear()
        for region in view.regions:
            self.event_region.addItem(domain_label(region), region)
        self.event_region.blockSignals(False)
        self.regions.setText(", ".join(view.regions))
        if selected is not None and any(e.id == selected for e in view.events):
            self.event_table.select_id(selected)
        elif view.events:
            self.event_table.selectRow(0)
        self.show_event()

    @staticmethod
    def _span(first: object, last: object) -> str:
        if first is None:
            return ""
        return iso(first) if first == last else f"{iso(first)} ~ {iso(last)}"  # type: ignore[arg-type]

    def _show_budget(self, view: ProcessView) -> None:
        rows: list[tuple[int, tuple[object, ...]]] = [
            (q.quarter, (self.tr("{0}분기").format(q.quarter), won_text(q.planned_won), won_text(q.executed_won),
                         won_text(q.remaining_won), won_text(q.cumulative_remaining_won)))
            for q in view.execution.quarters]
        rows.append((0, (self.tr("합계"), won_text(view.execution.annual_won), won_text(view.execution.executed_won),
                         won_text(view.execution.remaining_won), "")))
        self.quarter_table.set_rows(rows, right=(1, 2, 3, 4))
        self.budget_year.setValue(view.year)
        self.annual.setValue(view.plan.annual_won)
        for box, amount in zip(self.quarters, view.plan.quarterly_won, strict=True):
            box.setValue(amount)
        self.spending_table.set_rows([(x.id, (iso(x.spent_on), won_text(x.amount_won), x.purpose))
                                      for x in view.spendings], right=(1,))
        self.form.show_year(view.year, self.ctx.today())

    def _show_recommendations(self, view: ProcessView) -> None:
        selected = self.recommendation_table.current_id()
        self.recommendation_table.set_rows([
            (r.id, (r.position, r.text, domain_label(r.answer) if r.answer else self.tr("답변 전"), r.reason, r.owner,
                    iso(r.due), self.tr("지연") if r.overdue else domain_label(r.status), iso(r.done_on)))
            for r in view.recommendations], right=(0,))
        for row, rec in enumerate(view.recommendations):
            if rec.overdue:
                for col in range(self.recommendation_table.columnCount()):
                    cell = self.recommendation_table.item(row, col)
                    if cell is not None:
                        cell.setForeground(QColor(ALERT_COLOR))
        if selected is not None and any(r.id == selected for r in view.recommendations):
            self.recommendation_table.select_id(selected)
        elif view.recommendations:
            self.recommendation_table.selectRow(0)
        self.show_recommendation()

    # --- events ------------------------------------------------------------------------------------------------------
    def selected_event(self) -> EventRow | None:
        event_id = self.event_table.current_id()
        if self.view is None or event_id is None:
            return None
        return next((e for e in self.view.events if e.id == event_id), None)

    def _region_enabled(self) -> None:
        self.event_region.setEnabled(self.event_phase.currentData() == Phase.REGIONAL.value)

    def show_event(self) -> None:
        event = self.selected_event()
        self.delete_event_button.setEnabled(event is not None and not self.ctx.read_only)
        if event is None:
            return
        self.event_phase.setCurrentIndex(max(0, self.event_phase.findData(event.phase.value)))
        self.event_region.setCurrentIndex(max(0, self.event_region.findData(event.region)))
        self.event_title.setText(event.title)
        self.event_planned.set_value(event.planned)
        self.event_held.set_value(event.held)
        self.event_attendance.setValue(NO_ATTENDANCE if event.attendance is None else event.attendance)
        self.event_place.setText(event.place)
        self._region_enabled()

    def new_event(self) -> None:
        """Clear the form for a new event; 행사 저장 then adds it."""
        self.event_table.setCurrentCell(-1, -1)
        self.event_table.clearSelection()
        self.event_title.clear()
        self.event_place.clear()
        self.event_planned.set_value(None)
        self.event_held.set_value(None)
        self.event_attendance.setValue(NO_ATTENDANCE)
        self.delete_event_button.setEnabled(False)
        self.event_phase.setFocus()

    def save_event(self) -> None:
        item_id = self.selected_item()
        if item_id is None or self.view is None:
            return
        event = self.selected_event()
        attendance = self.event_attendance.value()
        region = self.event_region.currentData() if self.event_region.isEnabled() else ""
        data = EventInput(Phase(str(self.event_phase.currentData())), str(region or ""), self.event_title.text(),
                          self.event_planned.value(), self.event_held.value(),
                          None if attendance == NO_ATTENDANCE else attendance, self.event_place.text())
        today, event_id = self.ctx.today(), event.id if event is not None else None

        def saved(result: tuple[int, Changes]) -> None:
            self.event_table.select_id(result[0])

        CollectionOp(self, lambda db: process.save_event(db, item_id, data, today, event_id)).success(saved).run()

    def delete_event(self) -> None:
        event = self.selected_event()
        if event is None or not messages.confirm(self, self.tr("행사 삭제"),
                                                 self.tr("'{0}' 행사를 삭제할까요?").format(event.name)):
            return
        event_id = event.id
        CollectionOp(self, lambda db: process.delete_event(db, event_id)).run()

    def save_regions(self) -> None:
        item_id = self.selected_item()
        names = [part.strip() for part in self.regions.text().split(",")]
        CollectionOp(self, lambda db: process.save_regions(db, names, item_id)).run()

    # --- the process and its budget ---------------------------------------------------------------------------------
    def start(self) -> None:
        item_id, year = self.selected_item(), self.start_year.value()
        if item_id is None:
            return
        CollectionOp(self, lambda db: process.start_process(db, item_id, year)).run()

    def save_plan(self) -> None:
        item_id = self.selected_item()
        if item_id is None:
            return
        quarters = (self.quarters[0].value(), self.quarters[1].value(), self.quarters[2].value(),
                    self.quarters[3].value())
        year, annual = self.budget_year.value(), self.annual.value()

        def save(db: Database) -> Changes:
            return process.save_budget(db, item_id, AllowanceBudget(year, annual, quarters))

        CollectionOp(self, save).run()

    def book(self) -> None:
        """Book spending: the overrun question first (the programme budget's), then the service."""
        item_id = self.selected_item()
        if item_id is None:
            return
        on, amount, purpose = self.form.on.value(), self.form.amount.value(), self.form.purpose.text()
        check = QueryOp(self, lambda db: process.check_spending(db, item_id, on, amount), ctx=self.ctx).run()
        if check is None:
            return
        if not confirm_overrun(self, self.tr("예산 초과"), check, self.tr("그래도 집행을 기록할까요?")):
            return
        CollectionOp(self, lambda db: process.record_spending(db, item_id, on, amount, purpose,
                                                              allow_over_budget=check.exceeds_year)) \
            .success(lambda _result: self.form.clear_entry()).run()

    def delete_spending(self) -> None:
        spending_id = self.spending_table.current_id()
        if spending_id is None or not messages.confirm(self, self.tr("집행 삭제"),
                                                       self.tr("선택한 집행 기록을 삭제할까요?")):
            return
        CollectionOp(self, lambda db: process.delete_spending(db, spending_id)).run()

    # --- recommendations ---------------------------------------------------------------------------------------------
    def selected_recommendation(self) -> RecommendationRow | None:
        rec_id = self.recommendation_table.current_id()
        if self.view is None or rec_id is None:
            return None
        return next((r for r in self.view.recommendations if r.id == rec_id), None)

    def show_recommendation(self) -> None:
        rec = self.selected_recommendation()
        self.delete_rec_button.setEnabled(rec is not None and not self.ctx.read_only)
        if rec is None:
            return
        self.rec_text.setPlainText(rec.text)
        self.rec_answer.setCurrentIndex(max(0, self.rec_answer.findData(rec.answer.value if rec.answer else None)))
        self.rec_reason.setText(rec.reason)
        self.rec_owner.setText(rec.owner)
        self.rec_due.set_value(rec.due)
        self.rec_status.setCurrentIndex(max(0, self.rec_status.findData(rec.status.value)))
        self.rec_done.set_value(rec.done_on)

    def new_recommendation(self) -> None:
        self.recommendation_table.setCurrentCell(-1, -1)
        self.recommendation_table.clearSelection()
        for edit in (self.rec_reason, self.rec_owner):
            edit.clear()
        self.rec_text.clear()
        self.rec_answer.setCurrentIndex(0)
        self.rec_status.setCurrentIndex(0)
        self.rec_due.set_value(None)
        self.rec_done.set_value(None)
        self.delete_rec_button.setEnabled(False)
        self.rec_text.setFocus()

    def save_recommendation(self) -> None:
        item_id = self.selected_item()
        if item_id is None or self.view is None:
            return
        rec = self.selected_recommendation()
        answer = self.rec_answer.currentData()
        data = RecommendationInput(self.rec_text.toPlainText(), Answer(str(answer)) if answer else None,
                                   self.rec_reason.text(), self.rec_owner.text(), self.rec_due.value(),
                                   ItemStatus(str(self.rec_status.currentData())), self.rec_done.value())
        rec_id = rec.id if rec is not None else None

        def saved(result: tuple[int, Changes]) -> None:
            self.recommendation_table.select_id(result[0])

        CollectionOp(self, lambda db: process.save_recommendation(db, item_id, data, rec_id)).success(saved).run()

    def delete_recommendation(self) -> None:
        rec = self.selected_recommendation()
        if rec is None or not messages.confirm(self, self.tr("권고 삭제"),
                                               self.tr("권고 {0}을(를) 삭제할까요?").format(rec.position)):
            return
        rec_id = rec.id
        CollectionOp(self, lambda db: process.delete_recommendation(db, rec_id)).run()
