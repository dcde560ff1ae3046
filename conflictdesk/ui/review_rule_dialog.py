"""점검 마감 규칙 dialog: due month and day rule, reminder window and the user's extra holidays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.calendar import DueRule, ReviewRule, review_due_date
from conflictdesk.domain.rounds import RoundId
from conflictdesk.services.changes import Changes
from conflictdesk.services.reviews import review_settings, save_review_settings
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import context_for
from conflictdesk.ui.date_edit import DateEdit
from conflictdesk.ui.i18n import domain_label, translate
from conflictdesk.ui.ops import CollectionOp

DAY_ROLE = Qt.ItemDataRole.UserRole + 20


def _month_box(value: int | None, default_label: str) -> QComboBox:
    box = QComboBox()
    box.addItem(default_label, None)
    for m in range(1, 13):
        box.addItem(translate("review_rule_dialog", "{m}월").format(m=m), m)
    box.setCurrentIndex(max(0, box.findData(value)))
    return box


class ReviewRuleDialog(QDialog):
    """Edits the review rule; ``changes`` holds what the save changed."""

    def __init__(self, db: Database, round_code: str | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ctx = context_for(parent, db)
        self.round_code = round_code
        self.changes = Changes()
        current = review_settings(db)
        rule = current.rule
        self.setWindowTitle(self.tr("점검 마감 규칙"))
        self.resize(520, 520)

        self.first_month = _month_box(rule.first_half_month, self.tr("1월 (기본)"))
        self.second_month = _month_box(rule.second_half_month, self.tr("7월 (기본)"))
        self.rule_box = QComboBox()
        for r in DueRule:
            self.rule_box.addItem(domain_label(r), r.value)
        self.rule_box.setCurrentIndex(self.rule_box.findData(rule.rule.value))
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setValue(rule.day or 25)
        self.day.setSuffix(self.tr("일"))
        self.reminder = QSpinBox()
        self.reminder.setObjectName("reminderDays")
        self.reminder.setRange(1, 365)
        self.reminder.setValue(current.reminder_days)
        self.reminder.setSuffix(self.tr("일 전부터 알림"))
        self.card_plan = QSpinBox()
        self.card_plan.setObjectName("cardPlanDays")
        self.card_plan.setRange(1, 365)
        self.card_plan.setValue(current.card_plan_days)
        self.card_plan.setSuffix(self.tr("일 (처음 1·2등급 확정 후)"))
        self.preview = QLabel()

        self.holidays = QListWidget()
        self.holidays.setObjectName("extraHolidays")
        for day, name in current.extra_holidays:
            self._add_holiday_item(day, name)
        self.new_day = DateEdit()
        self.new_day.setDate(QDate(today.year, today.month, today.day))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("이름 (예: 시 개청 기념일)"))
        add = QPushButton(self.tr("추가"))
        remove = QPushButton(self.tr("선택 삭제"))
        add.clicked.connect(self._add_holiday)
        remove.clicked.connect(lambda: [self.holidays.takeItem(self.holidays.row(i))
                                        for i in self.holidays.selectedItems()])
        self.reschedule = QCheckBox(self.tr("{round_code} 차수의 미완료 점검 마감일도 새 규칙으로 다시 계산").format(round_code=round_code))
        self.reschedule.setVisible(round_code is not None)

        form = QFormLayout()
        form.addRow(self.tr("상반기 점검 월"), self.first_month)
        form.addRow(self.tr("하반기 점검 월"), self.second_month)
        form.addRow(self.tr("마감일 규칙"), self.rule_box)
        form.addRow(self.tr("지정일"), self.day)
        form.addRow(self.tr("알림 기간"), self.reminder)
        form.addRow(self.tr("카드·대응계획 작성 기한"), self.card_plan)
        form.addRow(self.tr("미리 보기"), self.preview)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_day)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(add)
        add_row.addWidget(remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("저장"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("추가 휴일 (공휴일·대체공휴일 외에 시가 정한 쉬는 날)")))
        layout.addWidget(self.holidays, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.reschedule)
        layout.addWidget(buttons)
        for box in (self.first_month, self.second_month, self.rule_box):
            box.currentIndexChanged.connect(self._update_preview)
        self.day.valueChanged.connect(self._update_preview)
        self._update_preview()

    def _add_holiday_item(self, day: date, name: str) -> None:
        item = QListWidgetItem(f"{day:%Y-%m-%d} {name}".strip())
        item.setData(DAY_ROLE, day.isoformat())
        item.setData(DAY_ROLE + 1, name)
        self.holidays.addItem(item)
        self.holidays.sortItems()
        self._update_preview()

    def _add_holiday(self) -> None:
        q = self.new_day.date()
        day = date(q.year(), q.month(), q.day())
        if day.isoformat() not in {d.isoformat() for d, _n in self.extra_holidays()}:
            self._add_holiday_item(day, self.new_name.text().strip())
        self.new_name.clear()

    def extra_holidays(self) -> list[tuple[date, str]]:
        return [(date.fromisoformat(str(self.holidays.item(i).data(DAY_ROLE))),
                 str(self.holidays.item(i).data(DAY_ROLE + 1) or "")) for i in range(self.holidays.count())]

    def rule(self) -> ReviewRule:
        by_day = self.rule_box.currentData() == DueRule.DAY_OF_MONTH.value
        self.day.setEnabled(by_day)
        return ReviewRule(rule=DueRule(self.rule_box.currentData()), first_half_month=self.first_month.currentData(),
                          second_half_month=self.second_month.currentData(),
                          day=self.day.value() if by_day else None)

    def _update_preview(self) -> None:
        if not hasattr(self, "preview"):
            return
        holidays = frozenset(d for d, _n in self.extra_holidays())
        code = self.round_code or "2025-1"
        rid = RoundId.parse(code)
        due = review_due_date(rid, self.rule(), holidays)
        weekdays = (self.tr("월", "weekday"), self.tr("화", "weekday"), self.tr("수", "weekday"), self.tr("목", "weekday"),
                    self.tr("금", "weekday"), self.tr("토", "weekday"), self.tr("일", "weekday"))
        self.preview.setText(self.tr("{rid} 차수 점검 마감: {due:%Y-%m-%d} ({weekday})").format(
            rid=rid, due=due, weekday=weekdays[due.weekday()]))

    def save(self) -> None:
        reschedule = self.round_code if self.reschedule.isChecked() else None
        changes = CollectionOp(self, lambda db: save_review_settings(
            db, self.rule(), self.extra_holidays(), self.reminder.value(), reschedule_round=reschedule,
            card_plan_days=self.card_plan.value())).run()
        if changes is not None:  # on an error the dialog stays open
            self.changes = changes
            self.accept()
