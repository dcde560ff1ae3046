"""What every tab that books money on the programme budget shares: the year picker, the amount box, the booking
form (date, amount, purpose, button) and the one question asked before a booking that overruns its plan.

Used by the 수당 tab (``mediation_allowances.py``), the 예산 tab (``programme_budget.py``) and the 교육 tab
(``programme_training.py``); the overrun rule itself is ``domain/budget.py`` (docs/업무규칙.md, "Programme budget").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from conflictdesk.domain.allowances import PaymentCheck
from conflictdesk.store.engine import Database
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext
from conflictdesk.ui.i18n import translate
from conflictdesk.ui.ops import QueryOp
from conflictdesk.ui.panels.mediation_common import DateField


def won_box(name: str) -> QSpinBox:
    """An amount in won: right-aligned, thousands separated, steps of 10,000."""
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, 2_000_000_000)
    box.setSingleStep(10_000)
    box.setGroupSeparatorShown(True)
    box.setSuffix(translate("mediation_allowances", " 원"))
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def day_in_year(year: int, today: date) -> date:
    """The date a new booking of ``year`` starts at: today in this year, else 1 January of that year."""
    return today if today.year == year else date(year, 1, 1)


class YearCombo(QComboBox):
    """The year a tab shows: the years with data and this year, newest first; this year until the officer picks."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)

    def labelled(self) -> QLabel:
        """"연도(&Y)" with this combo as its buddy (Alt+Y)."""
        label = QLabel(self.tr("연도(&Y)"))
        label.setBuddy(self)
        return label

    def selected(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_years(self, years: Iterable[int], today: date) -> None:
        """Offer ``years`` and ``today``'s year; keep the year shown, else this year. Emits no change signal."""
        current = self.selected()
        if current is None:
            current = today.year  # the year bookings are made in, not the latest plan's (#19)
        self.blockSignals(True)
        self.clear()
        for y in sorted(set(years) | {today.year}, reverse=True):
            self.addItem(self.tr("{y}년").format(y=y), y)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)


class YearTab(QWidget):
    """A tab that shows one year (수당, 예산, 교육): its year picker is filled from ``years`` on every reload, and
    :meth:`show_year` draws the year picked."""

    def __init__(self, ctx: PanelContext, year_name: str, years: Callable[[Database], list[int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = YearCombo(year_name)
        self._years = years
        self.year.currentIndexChanged.connect(self.reload_year)

    def reload(self) -> None:
        self.year.set_years(QueryOp(self, self._years, ctx=self.ctx).run() or [], self.ctx.today())
        self.reload_year()

    def selected_year(self) -> int | None:
        return self.year.selected()

    def reload_year(self) -> None:
        year = self.selected_year()
        if year is not None:
            self.show_year(year)

    def show_year(self, year: int) -> None:
        raise NotImplementedError


class BookingForm(QGroupBox):
    """Date, amount, purpose and a button; a tab inserts its own rows (expert, case, line) with :meth:`insert_row`."""

    def __init__(self, title: str, button: str, names: tuple[str, str, str, str],
                 labels: tuple[str, str, str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        date_name, amount_name, purpose_name, button_name = names
        self.on = DateField()
        self.on.setObjectName(date_name)
        self.amount = won_box(amount_name)
        self.purpose = QLineEdit()
        self.purpose.setObjectName(purpose_name)
        self.button = QPushButton(button)
        self.button.setObjectName(button_name)
        self.form = QFormLayout(self)
        date_label, amount_label, purpose_label = labels
        self.form.addRow(date_label, self.on)
        self.form.addRow(amount_label, self.amount)
        self.form.addRow(purpose_label, self.purpose)
        self.form.addRow(self.button)

    def insert_row(self, before: QWidget, label: str, widget: QWidget) -> None:
        """Put ``label``/``widget`` in the row above ``before`` (one of :attr:`on`, :attr:`amount`, :attr:`purpose`)."""
        fields = self._fields()
        self.form.insertRow(fields.index(before), label, widget)
        # Tab follows the rows top to bottom (an inserted widget would otherwise come after the button).
        fields = self._fields()
        for first, second in zip(fields, fields[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fields(self) -> list[QWidget]:
        """The widget of every row, top to bottom (the button's row included)."""
        found: list[QWidget] = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    found.append(widget)
        return found

    def show_year(self, year: int, today: date) -> None:
        """Move the date into ``year`` when the tab shows another year."""
        if self.on.value().year != year:
            self.on.set_value(day_in_year(year, today))

    def clear_entry(self) -> None:
        """After a booking: amount and purpose empty, the date kept for the next one."""
        self.amount.setValue(0)
        self.purpose.clear()


def confirm_overrun(parent: QWidget, title: str, check: PaymentCheck | None, question: str) -> bool:
    """Whether to go on with a booking: yes without warnings, else the officer's answer to the warnings."""
    if check is None or not check.warnings:
        return True
    return messages.confirm(parent, title, "\n".join(check.warnings) + "\n\n" + question)
