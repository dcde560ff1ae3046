"""The one date widget: a calendar picker that shows "2026. 12. 3." and also accepts typed Korean forms.

Typed text is read by ``domain.dates.parse_date`` ("2027.1.15", "2027. 1. 15.", "20270115", "2027-01-15", …); what it
cannot read is never taken — the field keeps its last good date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from conflictdesk.domain.dates import parse_date
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.ui import clock

#: Qt's display format giving ``domain.dates.format_date``'s form.
QT_DISPLAY_FORMAT = "yyyy. M. d."


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _parsed(text: str) -> date | None:
    try:
        return parse_date(text)
    except InvalidValue:
        return None


class DateEdit(QDateEdit):
    """A date picker with a calendar pop-up; typing any Korean date form works (see module docstring)."""

    def __init__(self, value: date | QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(QT_DISPLAY_FORMAT)
        self.setKeyboardTracking(False)  # a half-typed "2027.2.3" of "2027.2.30" is not a value
        self.setToolTip(self.tr("달력에서 고르거나 입력하세요: 2027. 1. 15. · 2027.1.15 · 20270115"))
        if isinstance(value, QDate):
            self.setDate(value)
        else:
            self.set_value(value or clock.today())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # Qt's hook
        state = QValidator.State.Acceptable if _parsed(text) is not None else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text

    def dateTimeFromText(self, text: str) -> QDateTime:
        parsed = _parsed(text)
        if parsed is None:
            return self.dateTime()
        return QDateTime(to_qdate(parsed), QTime(0, 0))

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field (QDateEdit would move between year, month and day: a trap for keyboard users);
        # arrow keys still step the part under the cursor.
        return QWidget.focusNextPrevChild(self, next)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        parsed = _parsed(self.text())
        if parsed is not None:
            self.set_value(parsed)
        super().focusOutEvent(event)
        line = self.lineEdit()
        if line is not None:  # show the display form again, whatever was typed
            line.setText(self.textFromDateTime(self.dateTime()))

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box says whether it is set, the picker holds it."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.field = DateEdit()
        self.field.setEnabled(False)
        self.check.toggled.connect(self.field.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.field, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return self.field.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.field.set_value(value)
