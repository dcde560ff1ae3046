"""예산 tab of 교육·예산: the year's programme budget per line and quarter, line plans, other spending, line names."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.allowances import AllowanceBudget, BudgetExecution
from conflictdesk.domain.budget import ALLOWANCE_LINE, OTHER_LINE, SERVICES_LINE, TRAINING_LINE
from conflictdesk.services import budget
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext
from conflictdesk.ui.i18n import won_text
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.booking import BookingForm, YearTab, confirm_overrun, won_box
from conflictdesk.ui.panels.mediation_common import Table, iso

#: Row id of the 합계 row in the line table.
TOTAL_ROW = -1


class BudgetTab(YearTab):
    """One year's budget: lines × quarters (plan, spent, remaining), a line's plan, other spending."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "budgetYear", budget.budget_years, parent)
        self.view: budget.YearBudget | None = None
        self.summary = QLabel()
        self.summary.setObjectName("budgetSummary")
        top = QHBoxLayout()
        top.addWidget(self.year.labelled())
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)

        self.lines = Table([self.tr("항목"), self.tr("연간 계획"), self.tr("집행"), self.tr("잔액"),
                            self.tr("1분기 집행/계획"), self.tr("2분기 집행/계획"), self.tr("3분기 집행/계획"),
                            self.tr("4분기 집행/계획")], "budgetLineTable")
        for col, width in enumerate((70, 110, 110, 110, 190, 190, 190)):
            self.lines.setColumnWidth(col, width)
        self.lines.setMinimumHeight(24 * 7)

        plan_box = QGroupBox(self.tr("항목별 계획"))
        self.plan_line = QComboBox()
        self.plan_line.setObjectName("planLine")
        self.annual = won_box("lineAnnual")
        self.quarters = [won_box(f"lineQuarter{i + 1}") for i in range(4)]
        self.save_plan_button = QPushButton(self.tr("계획 저장(&S)"))
        self.save_plan_button.setObjectName("savePlan")
        pl = QFormLayout(plan_box)
        pl.addRow(self.tr("항목(&L)"), self.plan_line)
        pl.addRow(self.tr("연간 계획"), self.annual)
        for i, box in enumerate(self.quarters):
            pl.addRow(self.tr("{0}분기 계획").format(i + 1), box)
        pl.addRow(self.save_plan_button)

        spend_box = BookingForm(self.tr("집행 기록 (용역·기타 등)"), self.tr("집행 기록(&B)"),
                                ("spendingDate", "spendingAmount", "spendingPurpose", "bookSpending"),
                                (self.tr("집행일"), self.tr("금액"), self.tr("내용")))
        self.form = spend_box
        self.spent_on, self.amount, self.purpose, self.book_button = (spend_box.on, spend_box.amount,
                                                                      spend_box.purpose, spend_box.button)
        self.spend_line = QComboBox()
        self.spend_line.setObjectName("spendingLine")
        spend_box.insert_row(spend_box.amount, self.tr("항목"), self.spend_line)
        sl = spend_box.form
        hint = QLabel(self.tr("수당은 조정·협의회 → 수당에서, 교육비는 교육 탭에서 기록하면 이 예산에 집행됩니다."))
        hint.setWordWrap(True)
        sl.addRow(hint)

        names_box = QGroupBox(self.tr("예산 항목 (설정)"))
        self.line_names = QLineEdit()
        self.line_names.setObjectName("lineNames")
        self.line_names.setToolTip(self.tr("쉼표로 구분합니다. 수당과 교육은 뺄 수 없습니다."))
        self.save_names_button = QPushButton(self.tr("항목 저장"))
        self.save_names_button.setObjectName("saveLineNames")
        nl = QHBoxLayout(names_box)
        nl.addWidget(self.line_names, 1)
        nl.addWidget(self.save_names_button)

        self.bookings = Table([self.tr("일자"), self.tr("항목"), self.tr("구분"), self.tr("금액"), self.tr("내용")],
                              "bookingTable")
        for col, width in enumerate((100, 70, 70, 110)):
            self.bookings.setColumnWidth(col, width)
        self.delete_button = QPushButton(self.tr("선택한 집행 삭제"))
        self.delete_button.setObjectName("deleteSpending")
        self._booking_sources: dict[int, tuple[str, int | None]] = {}

        left = QVBoxLayout()
        left.addWidget(self.lines)
        left.addWidget(self.bookings, 1)
        left.addWidget(self.delete_button)
        right = QVBoxLayout()
        right.addWidget(plan_box)
        right.addWidget(spend_box)
        right.addWidget(names_box)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.lines.currentCellChanged.connect(self._line_selected)
        self.plan_line.currentIndexChanged.connect(self._show_plan)
        self.save_plan_button.clicked.connect(self.save_plan)
        self.book_button.clicked.connect(self.book)
        self.delete_button.clicked.connect(self.delete_spending)
        self.save_names_button.clicked.connect(self.save_names)

    # --- loading -----------------------------------------------------------------------------------
    def show_year(self, year: int) -> None:
        view = QueryOp(self, lambda db: budget.year_budget(db, year)).run()
        if view is None:
            return
        self.view = view
        total = view.total
        self.summary.setText(self.tr("예산 {0} · 집행 {1} ({rate:.0%}) · 잔액 {2}").format(
            won_text(total.annual_won), won_text(total.executed_won), won_text(total.remaining_won),
            rate=total.execution_rate))
        rows: list[tuple[int, tuple[object, ...]]] = []
        for n, line in enumerate(view.lines):
            rows.append((n, self._row(self.line_label(line.line), line.execution)))
        rows.append((TOTAL_ROW, self._row(self.tr("합계"), total)))
        self.lines.set_rows(rows, right=(1, 2, 3, 4, 5, 6, 7))
        names = [line.line for line in view.lines]
        for box in (self.plan_line, self.spend_line):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            for name in names:
                box.addItem(self.line_label(name), name)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
        self._show_plan()
        self.line_names.setText(", ".join(QueryOp(self, budget.configured_lines).run() or ()))
        kinds = {"allowance": self.tr("수당"), "training": self.tr("교육"), "analysis": self.tr("갈등영향분석"),
                 "other": self.tr("기타")}
        booking_rows: list[tuple[int, tuple[object, ...]]] = []
        self._booking_sources = {}
        all_bookings = sorted((b for line in view.lines for b in line.bookings), key=lambda b: b.on, reverse=True)
        for n, b in enumerate(all_bookings):
            self._booking_sources[n] = (b.source, b.ref)
            booking_rows.append((n, (iso(b.on), self.line_label(b.line), kinds.get(b.source, b.source),
                                     won_text(b.amount_won), b.purpose)))
        self.bookings.set_rows(booking_rows, right=(3,))
        self.form.show_year(year, self.ctx.today())

    def line_label(self, name: str) -> str:
        """The seed's line names in the UI language; a name the officer added is shown as typed."""
        known = {ALLOWANCE_LINE: self.tr("수당"), TRAINING_LINE: self.tr("교육"), SERVICES_LINE: self.tr("용역"),
                 OTHER_LINE: self.tr("기타")}
        return known.get(name, name)

    def _row(self, name: str, figures: BudgetExecution) -> tuple[object, ...]:
        return (name, won_text(figures.annual_won), won_text(figures.executed_won), won_text(figures.remaining_won),
                *(self.tr("{0} / {1}").format(won_text(q.executed_won), won_text(q.planned_won))
                  for q in figures.quarters))

    def _line_selected(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if self.view is not None and 0 <= row < len(self.view.lines):
            name = self.view.lines[row].line
            for box in (self.plan_line, self.spend_line):
                box.setCurrentIndex(max(0, box.findData(name)))

    def _show_plan(self) -> None:
        name = self.plan_line.currentData()
        if self.view is None or name is None:
            return
        plan = self.view.line(str(name)).plan
        self.annual.setValue(plan.annual_won)
        for box, amount in zip(self.quarters, plan.quarterly_won, strict=True):
            box.setValue(amount)

    # --- actions ------------------------------------------------------------------------------------
    def save_plan(self) -> None:
        year, line = self.selected_year(), self.plan_line.currentData()
        if year is None or line is None:
            return
        quarters = (self.quarters[0].value(), self.quarters[1].value(), self.quarters[2].value(),
                    self.quarters[3].value())
        annual = self.annual.value()
        CollectionOp(self, lambda db: budget.save_line_plan(db, AllowanceBudget(year, annual, quarters),
                                                           str(line))).run()

    def book(self) -> None:
        line = self.spend_line.currentData()
        if line is None:
            return
        on, amount, purpose = self.spent_on.value(), self.amount.value(), self.purpose.text()
        check = QueryOp(self, lambda db: budget.check_spending(db, str(line), on, amount)).run()
        if check is None:
            return
        if not confirm_overrun(self, self.tr("예산 초과"), check, self.tr("그래도 집행을 기록할까요?")):
            return
        CollectionOp(self, lambda db: budget.record_spending(db, str(line), on, amount, purpose,
                                                             allow_over_budget=check.exceeds_year)) \
            .success(lambda _result: self.form.clear_entry()).run()

    def delete_spending(self) -> None:
        row = self.bookings.current_id()
        if row is None:
            return
        source, ref = self._booking_sources.get(row, ("", None))
        if source != "other" or ref is None:
            QMessageBox.information(self, self.tr("집행 삭제"),
                                    self.tr("수당 지급은 조정·협의회 → 수당에서, 교육비는 교육 탭에서, 갈등영향분석 비용은 "
                                            "갈등관리카드의 갈등영향분석 탭에서 고치거나 지웁니다."))
            return
        if not messages.confirm(self, self.tr("집행 삭제"), self.tr("선택한 집행 기록을 삭제할까요?")):
            return
        spending = ref
        CollectionOp(self, lambda db: budget.delete_spending(db, spending)).run()

    def save_names(self) -> None:
        names = [part.strip() for part in self.line_names.text().split(",")]
        CollectionOp(self, lambda db: budget.save_line_names(db, names)).run()


