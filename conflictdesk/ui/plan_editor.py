"""대응계획 tab: background, goal, strategies and tools, departments, budget, risks, fallback, action items."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.calendar import item_overdue
from conflictdesk.domain.dates import format_date
from conflictdesk.domain.enums import STRATEGY_TOOLS, ItemStatus
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.money import format_won, parse_budget_won
from conflictdesk.services.card_views import PlanItemRow, PlanView
from conflictdesk.ui import clock
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, domain_label, won_text
from conflictdesk.ui.row_list import Field, RowList

ITEM_FIELDS = (
    Field("title", QT_TRANSLATE_NOOP("RowList", "조치항목")), Field("owner", QT_TRANSLATE_NOOP("RowList", "담당")),
    Field("due", QT_TRANSLATE_NOOP("RowList", "기한"), "optional_date"),
    Field("status", QT_TRANSLATE_NOOP("RowList", "상태"), "enum", ItemStatus),
    Field("done_on", QT_TRANSLATE_NOOP("RowList", "완료일"), "optional_date"),
)


def _box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class PlanTab(QWidget):
    """The response plan form; ``value()`` is None while a card without a plan stays untouched."""

    changed = Signal()

    def __init__(self, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._had_plan = False
        self.background_edit = _box(56)
        self.goal_edit = _box(44)
        self.goal_edit.setObjectName("goalEdit")
        self.tool_boxes: dict[str, QCheckBox] = {}
        tools = QGridLayout()
        for n, tool in enumerate(STRATEGY_TOOLS):
            check = QCheckBox(domain_label(tool))  # the key stays the Korean term
            check.toggled.connect(self.changed)
            self.tool_boxes[tool] = check
            tools.addWidget(check, n // 3, n % 3)
        self.other_tools = QLineEdit()
        self.other_tools.setPlaceholderText(self.tr("그 밖의 도구 (쉼표로 구분)"))
        self.strategy_note = _box(44)
        self.departments_edit = QLineEdit()
        self.departments_edit.setPlaceholderText(self.tr("예: 도시계획과, 도로과"))
        self.budget_edit = QLineEdit()
        self.budget_edit.setPlaceholderText(self.tr("예: 3,000만원, 1.5억원 (숫자만 쓰면 백만원 단위)"))
        self.budget_hint = QLabel()
        self.budget_hint.setStyleSheet("color: #555;")
        budget = QHBoxLayout()
        budget.addWidget(self.budget_edit, 1)
        budget.addWidget(self.budget_hint)
        self.risks_edit = _box(44)
        self.fallback_edit = _box(44)
        self.items = RowList(
            self.tr("조치항목"), (self.tr("조치항목"), self.tr("담당"), self.tr("기한"), self.tr("상태"), self.tr("완료일")), self._display, ITEM_FIELDS,
            lambda: PlanItemRow(""), undo, movable=True,
        )
        self.items.setObjectName("planItems")
        self.items.highlight = self._overdue
        self.items.table.setMinimumHeight(150)
        self.items.fit(dict(enumerate((260, 120, 140, 70))), stretch=0)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")

        form = QFormLayout()
        form.addRow(self.tr("추진배경·현황"), self.background_edit)
        form.addRow(self.tr("목표"), self.goal_edit)
        form.addRow(self.tr("전략·도구"), tools)
        form.addRow("", self.other_tools)
        form.addRow(self.tr("전략 설명"), self.strategy_note)
        form.addRow(self.tr("협업부서"), self.departments_edit)
        form.addRow(self.tr("예산"), budget)
        form.addRow(self.tr("위험요인"), self.risks_edit)
        form.addRow(self.tr("대안(차선책)"), self.fallback_edit)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>조치항목</b>")))
        heading.addStretch(1)
        heading.addWidget(self.overdue_label)
        inner_layout.addLayout(heading)
        inner_layout.addWidget(self.items, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for edit in (self.background_edit, self.goal_edit, self.strategy_note, self.risks_edit, self.fallback_edit):
            edit.textChanged.connect(self.changed)
        for line in (self.other_tools, self.departments_edit):
            line.textChanged.connect(self.changed)
        self.budget_edit.textChanged.connect(self._budget_changed)
        self.items.rows_changed.connect(self._items_changed)

    def _overdue(self, row: PlanItemRow) -> bool:
        return item_overdue(row.due, row.status, row.done_on, clock.today())

    def _display(self, r: PlanItemRow) -> tuple[str, ...]:
        late = self.tr(" (지연)") if self._overdue(r) else ""
        return (r.title, r.owner, (format_date(r.due) or "-") + late, domain_label(ItemStatus(r.status)),
                format_date(r.done_on))

    def _items_changed(self) -> None:
        late = sum(1 for r in self.items.rows() if self._overdue(r))
        self.overdue_label.setText(self.tr("<span style='color:#b3261e'>⚠ 기한 지난 항목 {late}건</span>").format(
            late=late) if late else "")
        self.changed.emit()

    def budget(self) -> int | None:
        return parse_budget_won(self.budget_edit.text().strip()) if self.budget_edit.text().strip() else None

    def _budget_changed(self) -> None:
        try:
            won = self.budget()
            self.budget_hint.setText(won_text(won) if won is not None else "")
        except DomainError as exc:
            self.budget_hint.setText(f"<span style='color:#b3261e'>{exc}</span>")
        self.changed.emit()

    def load(self, plan: PlanView | None) -> None:
        self._had_plan = plan is not None
        p = plan or PlanView()
        self.background_edit.setPlainText(p.background)
        self.goal_edit.setPlainText(p.goal)
        for tool, check in self.tool_boxes.items():
            check.setChecked(tool in p.strategies)
        self.other_tools.setText(", ".join(s for s in p.strategies if s not in self.tool_boxes))
        self.strategy_note.setPlainText(p.strategy_note)
        self.departments_edit.setText(p.cooperating_departments)
        # The field holds a value the parser reads back (not a translated label): "130,000,000원".
        self.budget_edit.setText(format_won(p.budget_won) if p.budget_won is not None else "")
        self.risks_edit.setPlainText(p.risks)
        self.fallback_edit.setPlainText(p.fallback)
        self.items.set_rows(list(p.items))

    def value(self) -> PlanView | None:
        """The plan form (raises ``InvalidValue`` for an unreadable budget)."""
        tools = [t for t, c in self.tool_boxes.items() if c.isChecked()]
        tools += [t.strip() for t in self.other_tools.text().split(",") if t.strip()]
        plan = PlanView(
            background=self.background_edit.toPlainText(), goal=self.goal_edit.toPlainText(),
            strategies=tuple(tools), strategy_note=self.strategy_note.toPlainText(),
            cooperating_departments=self.departments_edit.text(), budget_won=self.budget(),
            risks=self.risks_edit.toPlainText(), fallback=self.fallback_edit.toPlainText(),
            items=tuple(PlanItemRow(r.title, r.owner, r.due, r.status, r.done_on, r.id, self._overdue(r))
                        for r in self.items.rows()),
        )
        if not self._had_plan and plan == PlanView():
            return None
        return plan
