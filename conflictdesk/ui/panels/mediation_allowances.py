"""수당 tab: a year's budget and quarterly plan, execution vs plan with bars, payments and the payment form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.allowances import (
    AllowanceBudget,
    BudgetExecution,
    PaymentDateConcern,
    payment_date_concerns,
    quarter_of,
)
from conflictdesk.domain.dates import format_date
from conflictdesk.services import allowances, assignments, experts
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui import clock, messages
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.i18n import won_text
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.booking import BookingForm, YearTab, confirm_overrun, won_box
from conflictdesk.ui.panels.mediation_common import Publish, Table, iso
from conflictdesk.ui.search_combo import SearchCombo

PLAN_COLOR = QColor("#9db7d5")
PAID_COLOR = QColor("#2f6db5")
OVER_COLOR = QColor("#c0392b")


class QuarterBars(QWidget):
    """Plan (light) and executed (dark, red when over plan) per quarter, as simple bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: BudgetExecution | None = None
        self.setMinimumHeight(130)

    def set_execution(self, figures: BudgetExecution) -> None:
        self.figures = figures
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.figures is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        quarters = self.figures.quarters
        top = max([1, *(max(q.planned_won, q.executed_won) for q in quarters)])
        w, h = self.width(), self.height() - 22
        slot = w / 4
        for i, q in enumerate(quarters):
            x = i * slot + slot * 0.2
            bar = slot * 0.28
            for offset, value, color in ((0.0, q.planned_won, PLAN_COLOR),
                                         (bar + 4, q.executed_won,
                                          OVER_COLOR if q.executed_won > q.planned_won else PAID_COLOR)):
                height = h * value / top
                painter.fillRect(QRectF(x + offset, 4 + h - height, bar, height), color)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(i * slot, h + 6, slot, 16), Qt.AlignmentFlag.AlignCenter,
                             self.tr("{quarter}분기 {0:.0%}").format(
                                 q.executed_won / q.planned_won, quarter=q.quarter) if q.planned_won
                             else self.tr("{quarter}분기").format(quarter=q.quarter))
        painter.end()


class AllowancesTab(YearTab):
    """Budget, execution and payments of one year, and the form to record a payment."""

    def __init__(self, ctx: PanelContext | Database, publish: Publish | None = None,
                 parent: QWidget | None = None) -> None:
        context = as_context(ctx, publish)
        super().__init__(context, "allowanceYear", allowances.budget_years, parent)
        self.db = context.db
        self.summary = QLabel()
        self.summary.setObjectName("allowanceSummary")
        top = QHBoxLayout()
        top.addWidget(self.year.labelled())
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        self.copy_budget_button = QPushButton()
        self.copy_budget_button.setObjectName("copyLastYearBudget")
        self.copy_budget_button.hide()
        top.addWidget(self.copy_budget_button)

        self.annual = won_box("annualBudget")
        self.quarters = [won_box(f"quarterPlan{i + 1}") for i in range(4)]
        self.save_budget_button = QPushButton(self.tr("예산 저장"))
        budget_box = QGroupBox(self.tr("예산·분기별 계획"))
        bl = QFormLayout(budget_box)
        bl.addRow(self.tr("연간 예산"), self.annual)
        for i, box in enumerate(self.quarters):
            bl.addRow(self.tr("{0}분기 계획").format(i + 1), box)
        bl.addRow(self.save_budget_button)

        self.quarter_table = Table([self.tr("분기"), self.tr("계획"), self.tr("집행"), self.tr("잔액"), self.tr("누적 계획"), self.tr("누적 집행"), self.tr("누적 잔액")], "quarterTable")
        self.quarter_table.setFixedHeight(24 * 6)
        self.bars = QuarterBars()
        middle = QVBoxLayout()
        middle.addWidget(self.quarter_table)
        middle.addWidget(self.bars)
        upper = QHBoxLayout()
        upper.addWidget(budget_box)
        upper.addLayout(middle, 1)

        self.payment_table = Table([self.tr("지급일"), self.tr("전문가"), self.tr("금액"), self.tr("목적"), self.tr("사업코드")], "paymentTable",
                                   widths=(100, 90, 110, 220), stretch=3)
        self.delete_button = QPushButton(self.tr("선택한 지급 삭제"))
        form_box = BookingForm(self.tr("수당 지급 기록"), self.tr("지급 기록(&P)"),
                               ("paymentDate", "paymentAmount", "paymentPurpose", "recordPayment"),
                               (self.tr("지급일"), self.tr("금액"), self.tr("목적")))
        form_box.setMinimumWidth(340)
        self.form = form_box
        self.paid_on, self.amount, self.purpose, self.record_button = (form_box.on, form_box.amount,
                                                                       form_box.purpose, form_box.button)
        self.expert = SearchCombo("paymentExpert")
        self.case = SearchCombo("paymentCase")
        form_box.insert_row(form_box.purpose, self.tr("전문가"), self.expert)
        form_box.insert_row(form_box.purpose, self.tr("사업"), self.case)
        lower = QHBoxLayout()
        payments = QVBoxLayout()
        payments.addWidget(self.payment_table, 1)
        payments.addWidget(self.delete_button)
        lower.addLayout(payments, 1)
        lower.addWidget(form_box)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(upper)
        layout.addLayout(lower, 1)

        self.save_budget_button.clicked.connect(self.save_budget)
        self.copy_budget_button.clicked.connect(self.copy_last_year_budget)
        self.record_button.clicked.connect(self.record_payment)
        self.delete_button.clicked.connect(self.delete_payment)

    def reload(self) -> None:
        self.expert.set_entries([(f"{row.name} ({row.affiliation})", row.id)
                                 for row in experts.list_experts(self.db, include_inactive=False)])
        self.case.set_entries([(self.tr("(사업 없음)"), None)] + [
            (f"{code}  {name}", code) for code, name in assignments.mediation_cases(self.db)])
        super().reload()

    def show_year(self, year: int) -> None:
        view = allowances.year_overview(self.db, year)
        fig = view.execution
        self.annual.setValue(view.budget.annual_won)
        for box, amount in zip(self.quarters, view.budget.quarterly_won, strict=True):
            box.setValue(amount)
        source = "" if view.own_budget else self.tr(" (기본값)")
        self.summary.setText(
            self.tr("예산 {0}{source} · 집행 {1} ({execution_rate:.0%}) · 잔액 {2}   (막대: 연한 색 = 분기 계획, 진한 색 = 집행, 빨강 = 계획 초과)").format(won_text(fig.annual_won), won_text(fig.executed_won), won_text(fig.remaining_won), source=source, execution_rate=fig.execution_rate))
        self.quarter_table.set_rows([(q.quarter, (self.tr("{quarter}분기").format(
            quarter=q.quarter), won_text(q.planned_won),
                                                  won_text(q.executed_won), won_text(q.remaining_won),
                                                  won_text(q.cumulative_planned_won),
                                                  won_text(q.cumulative_executed_won),
                                                  won_text(q.cumulative_remaining_won)))
                                     for q in fig.quarters], right=(1, 2, 3, 4, 5, 6))
        self.bars.set_execution(fig)
        self.payment_table.set_rows([(p.id, (iso(p.paid_on), p.expert_name, won_text(p.amount_won), p.purpose,
                                             p.project_code or "")) for p in reversed(view.payments)], right=(2,))
        last_year = allowances.year_overview(self.db, year - 1) if not view.own_budget else None
        offer = last_year is not None and last_year.own_budget
        self.copy_budget_button.setVisible(offer)
        if offer:
            self.copy_budget_button.setText(self.tr("{0}년 계획으로 {1}년 예산 만들기").format(year - 1, year))
        self.form.show_year(year, clock.today())

    def copy_last_year_budget(self) -> None:
        """Create the shown year's budget from last year's plan (the officer adjusts it afterwards)."""
        year = self.selected_year()
        if year is None:
            return

        def copy(db: Database) -> Changes:
            last = allowances.year_overview(db, year - 1).budget
            return allowances.save_budget(db, AllowanceBudget(year, last.annual_won, last.quarterly_won))

        CollectionOp(self, copy).success(lambda _c: self.reload_year()).run()

    def save_budget(self) -> None:
        year = self.selected_year()
        if year is None:
            return
        annual = self.annual.value()
        quarterly = (self.quarters[0].value(), self.quarters[1].value(), self.quarters[2].value(),
                     self.quarters[3].value())

        def save(db: Database) -> Changes:  # a bad amount raises InvalidValue: one message, nothing saved
            return allowances.save_budget(db, AllowanceBudget(year, annual, quarterly))

        CollectionOp(self, save).run()

    def record_payment(self) -> None:
        expert_id = self.expert.currentData()
        if expert_id is None:
            QMessageBox.information(self, self.tr("수당 지급 기록"), self.tr("전문가를 선택하세요."))
            return
        paid_on, amount = self.paid_on.value(), self.amount.value()
        case = self.case.currentData()
        if not self._date_confirmed(paid_on):
            return
        check = QueryOp(self, lambda db: allowances.check_new_payment(db, paid_on, amount)).run()
        if check is None or not confirm_overrun(self, self.tr("수당 예산 초과"), check,
                                                self.tr("그래도 지급을 기록할까요?")):
            return
        purpose = self.purpose.text()
        if CollectionOp(self, lambda db: allowances.record_payment(
                db, int(expert_id), paid_on, amount, purpose, case, allow_over_budget=check.exceeds_year)).run():
            self.form.clear_entry()

    def _date_confirmed(self, paid_on: date) -> bool:
        """Ask before booking a payment outside the shown year or in a quarter that is already over."""
        year = self.selected_year() or paid_on.year
        concerns = payment_date_concerns(paid_on, year, clock.today())
        if not concerns:
            return True
        lines = []
        if PaymentDateConcern.OTHER_YEAR in concerns:
            lines.append(self.tr("지급일 {0}은(는) 화면의 {1}년이 아닌 {2}년 예산에 잡힙니다.").format(
                format_date(paid_on), year, paid_on.year))
        if PaymentDateConcern.CLOSED_QUARTER in concerns:
            lines.append(self.tr("지급일 {0}은(는) 이미 지난 {1}년 {2}분기에 잡힙니다.").format(
                format_date(paid_on), paid_on.year, quarter_of(paid_on)))
        return messages.confirm(self, self.tr("지급일 확인"), "\n".join(lines) + self.tr("\n\n이 날짜로 기록할까요?"))

    def delete_payment(self) -> None:
        payment_id = self.payment_table.current_id()
        if payment_id is None or not messages.confirm(self, self.tr("지급 기록 삭제"), self.tr("선택한 지급 기록을 삭제할까요?")):
            return
        CollectionOp(self, lambda db: allowances.delete_payment(db, payment_id)).run()
