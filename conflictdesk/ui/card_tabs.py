"""Tabs of the card editor: 개요, 갈등단계, 주요쟁점, 신호, 조치실적, 변경 이력."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.enums import (
    CONFLICT_TYPE_GROUPS,
    AlertLevel,
    ConflictStage,
    IssueKind,
    ProjectPhase,
    SignalKind,
)
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.rounds import RoundId, as_of_for_round
from conflictdesk.services.card_history import describe_change, round_changes
from conflictdesk.services.card_views import (
    ActionRow,
    CardView,
    IssueRow,
    SignalRow,
    TransitionRow,
    alert_for,
)
from conflictdesk.ui import clock
from conflictdesk.ui.date_edit import DateEdit, from_qdate, to_qdate
from conflictdesk.ui.flow_layout import FlowLayout
from conflictdesk.ui.i18n import domain_label, translate
from conflictdesk.ui.row_list import Field, RowList


def _text_box(height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class OverviewTab(QWidget):
    """Types (grouped checkboxes), field, phase, social impact, outlook and closure."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_boxes: dict[str, QCheckBox] = {}
        # one group per line: side by side, the check boxes were squeezed to "( □ :" at 1024×768 (#19)
        types_row = QVBoxLayout()
        types_row.setSpacing(2)
        for group, members in CONFLICT_TYPE_GROUPS.items():
            box = QGroupBox(domain_label(group))
            inner = FlowLayout(box)  # wraps where the English names do not fit on one line
            for member in members:
                check = QCheckBox(domain_label(member))
                check.setObjectName(f"type_{member.value}")
                check.toggled.connect(self.changed)
                self.type_boxes[member.value] = check
                inner.addWidget(check)
            inner.setContentsMargins(6, 2, 6, 2)
            types_row.addWidget(box)
        self.field_edit = QLineEdit()
        self.field_edit.setPlaceholderText(self.tr("예: 환경, 교통, 개발, 복지"))
        self.phase_box = QComboBox()
        self.phase_box.addItem(self.tr("미정"), None)
        for phase in ProjectPhase:
            self.phase_box.addItem(domain_label(phase), phase.value)
        self.impact_edit = _text_box(60)
        self.outlook_edit = _text_box(80)
        self.outlook_edit.setObjectName("outlookEdit")
        self.outlook_edit.setPlaceholderText(self.tr("향후 전망: 갈등이 어떻게 전개될지, 언제 무엇이 고비인지"))
        self.closed_check = QCheckBox(self.tr("종결"))
        self.closed_date = DateEdit(to_qdate(clock.today()))
        self.closure_edit = QLineEdit()
        self.closure_edit.setPlaceholderText(self.tr("종결 사유"))
        closure = QHBoxLayout()
        closure.addWidget(self.closed_check)
        closure.addWidget(self.closed_date)
        closure.addWidget(self.closure_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("갈등유형"), types_row)
        form.addRow(self.tr("분야"), self.field_edit)
        form.addRow(self.tr("사업단계"), self.phase_box)
        form.addRow(self.tr("사회적 영향"), self.impact_edit)
        form.addRow(self.tr("향후 전망"), self.outlook_edit)
        form.addRow(self.tr("종결"), closure)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.field_edit.textChanged.connect(self.changed)
        self.phase_box.currentIndexChanged.connect(self.changed)
        self.impact_edit.textChanged.connect(self.changed)
        self.outlook_edit.textChanged.connect(self.changed)
        self.closed_check.toggled.connect(self._closure_toggled)
        self.closed_date.dateChanged.connect(self.changed)
        self.closure_edit.textChanged.connect(self.changed)

    def _closure_toggled(self, on: bool) -> None:
        self.closed_date.setEnabled(on)
        self.closure_edit.setEnabled(on)
        self.changed.emit()

    def load(self, view: CardView) -> None:
        for value, check in self.type_boxes.items():
            check.setChecked(value in view.conflict_types)
        self.field_edit.setText(view.field)
        self.phase_box.setCurrentIndex(max(0, self.phase_box.findData(view.phase)))
        self.impact_edit.setPlainText(view.social_impact)
        self.outlook_edit.setPlainText(view.outlook)
        self.closed_check.setChecked(view.closed_on is not None)
        self.closed_date.setDate(to_qdate(view.closed_on or clock.today()))
        self.closure_edit.setText(view.closure_reason)
        self._closure_toggled(view.closed_on is not None)

    def values(self) -> dict[str, object]:
        closed = self.closed_check.isChecked()
        return {
            "conflict_types": tuple(v for v, c in self.type_boxes.items() if c.isChecked()),
            "field": self.field_edit.text().strip(), "phase": self.phase_box.currentData(),
            "social_impact": self.impact_edit.toPlainText(), "outlook": self.outlook_edit.toPlainText(),
            "closed_on": from_qdate(self.closed_date.date()) if closed else None,
            "closure_reason": self.closure_edit.text().strip() if closed else "",
        }


class StageDialog(QDialog):
    """단계 변경: new stage, date and reason."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("갈등단계 변경"))
        self.stage_box = QComboBox()
        for stage in ConflictStage:
            if stage.value != current:
                self.stage_box.addItem(domain_label(stage), stage.value)
        self.date_edit = DateEdit(to_qdate(clock.today()))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("변경 사유 (예: 집단민원 접수, 협의 결렬)"))
        form = QFormLayout(self)
        form.addRow(self.tr("새 단계"), self.stage_box)
        form.addRow(self.tr("변경일"), self.date_edit)
        form.addRow(self.tr("사유"), self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> TransitionRow:
        return TransitionRow(str(self.stage_box.currentData()), from_qdate(self.date_edit.date()),
                             self.reason_edit.text().strip())


def ask_stage(parent: QWidget, current: str | None) -> TransitionRow | None:
    """The stage change the user entered, or None (tests monkeypatch this)."""
    dialog = StageDialog(current, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class _Pending(QUndoCommand):
    def __init__(self, tab: StageTab, before: list[TransitionRow], after: list[TransitionRow]) -> None:
        super().__init__(translate("_Pending", "갈등단계 변경"))
        self.tab, self.before, self.after = tab, before, after

    def redo(self) -> None:
        self.tab.set_pending(self.after)

    def undo(self) -> None:
        self.tab.set_pending(self.before)


class StageTab(QWidget):
    """Current stage, the 단계 변경… button and the timeline (pending changes are saved with the card)."""

    changed = Signal()

    def __init__(self, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self._stored: tuple[TransitionRow, ...] = ()
        self._stage: str | None = None
        self.pending: list[TransitionRow] = []
        self.current_label = QLabel()
        self.current_label.setObjectName("currentStage")
        self.current_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.change_button = QPushButton(self.tr("단계 변경…"))
        self.change_button.setObjectName("changeStageButton")
        self.change_button.clicked.connect(self.ask_change)
        self.timeline = QListWidget()
        self.timeline.setObjectName("stageTimeline")
        self.path_label = QLabel(" → ".join(domain_label(s) for s in ConflictStage))
        self.path_label.setStyleSheet("color: #666;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("현재 단계")))
        top.addWidget(self.current_label)
        top.addStretch(1)
        top.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.path_label)
        layout.addWidget(QLabel(self.tr("단계 변경 이력")))
        layout.addWidget(self.timeline, 1)

    def load(self, view: CardView) -> None:
        self._stored, self._stage = view.transitions, view.stage
        self.set_pending([])

    def stage(self) -> str | None:
        return self.pending[-1].to_stage if self.pending else self._stage

    def set_pending(self, pending: list[TransitionRow]) -> None:
        self.pending = list(pending)
        stage = self.stage()
        self.current_label.setText(domain_label(ConflictStage(stage)) if stage else self.tr("미정"))
        self.timeline.clear()
        for t, unsaved in [(t, False) for t in self._stored] + [(t, True) for t in self.pending]:
            before = domain_label(ConflictStage(t.from_stage)) if t.from_stage else self.tr("시작")
            mark = self.tr("  (저장 전)") if unsaved else ""
            reason = f" — {t.reason}" if t.reason else ""
            self.timeline.addItem(f"{format_date(t.changed_on)}  {before} → {domain_label(ConflictStage(t.to_stage))}"
                                  f"{reason}{mark}")
        self.changed.emit()

    def ask_change(self) -> None:
        row = ask_stage(self, self.stage())
        if row is not None:
            row = TransitionRow(row.to_stage, row.changed_on, row.reason, from_stage=self.stage())
            self.undo.push(_Pending(self, list(self.pending), [*self.pending, row]))


def issues_list(undo: QUndoStack) -> RowList:
    return RowList(
        translate("card_tabs", "주요쟁점"), (translate("card_tabs", "쟁점"), translate("card_tabs", "구분")),
        lambda r: (r.text, domain_label(IssueKind(r.kind))),
        (Field("text", translate("card_tabs", "쟁점"), "multiline"), Field("kind", translate("card_tabs", "구분 (사실·이해·가치)"), "enum", IssueKind)),
        lambda: IssueRow("", IssueKind.INTEREST.value), undo, movable=True,
    )


class SignalsTab(QWidget):
    """Dated signal counts and the alert level they give today — or, for a card whose latest round is past, at that
    round's end (as the diagnosis form does: docs/업무규칙.md)."""

    def __init__(self, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = RowList(
            self.tr("신호"), (self.tr("일자"), self.tr("종류"), self.tr("건수·인원·일수"), self.tr("메모")),
            lambda r: (format_date(r.observed_on), domain_label(SignalKind(r.kind)), str(r.count), r.note),
            (Field("observed_on", self.tr("일자"), "date"), Field("kind", self.tr("종류"), "enum", SignalKind),
             Field("count", self.tr("건수 (집단민원은 인원, 집회는 일수)"), "int", low=0, high=100000),
             Field("note", self.tr("메모"))),
            lambda: SignalRow(SignalKind.COMPLAINT.value, clock.today(), 1), undo,
        )
        self.round_code: str | None = None
        self.alert_label = QLabel()
        self.alert_label.setObjectName("alertLabel")
        self.alert_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.list, 1)
        self.list.rows_changed.connect(self.update_alert)

    def set_round(self, round_code: str | None) -> None:
        """The round the card is shown in (its latest); a past round's alert level is the one at its end."""
        self.round_code = round_code
        self.update_alert()

    def as_of(self) -> date:
        today = clock.today()
        try:
            return as_of_for_round(RoundId.parse(self.round_code), today) if self.round_code else today
        except DomainError:  # a round code that does not parse: today, as for a card without a round
            return today

    def update_alert(self) -> None:
        as_of, today = self.as_of(), clock.today()
        result = alert_for(self.list.rows(), as_of)
        colors = {AlertLevel.NONE: "#e8f5e9", AlertLevel.PRE_ALERT: "#fff4d6", AlertLevel.ALERT: "#fdecea"}
        detail = " · ".join(result.met) if result.met else self.tr("최근 30일 기준 충족된 경보 신호 없음")
        if as_of != today:
            detail += self.tr(" (기준일 {date}: {round_code} 차수 말)").format(date=format_date(as_of),
                                                                          round_code=self.round_code)
        self.alert_label.setText(self.tr("<b>경보 수준: {label}</b> &nbsp; {detail}").format(
            label=domain_label(result.level), detail=detail))
        self.alert_label.setStyleSheet(f"background: {colors[result.level]}; padding: 6px; border-radius: 4px;")


def actions_list(undo: QUndoStack) -> RowList:
    return RowList(
        translate("card_tabs", "조치실적"), (translate("card_tabs", "일자"), translate("card_tabs", "내용")), lambda r: (format_date(r.acted_on), r.text),
        (Field("text", translate("card_tabs", "내용"), "multiline"), Field("acted_on", translate("card_tabs", "일자"), "date")),
        lambda: ActionRow(clock.today(), ""), undo,
    )


class HistoryTab(QWidget):
    """변경 이력: what changed from round to round (grade, stage, issues, outlook)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels([self.tr("차수"), self.tr("변경 내용")])
        self.tree.setColumnWidth(0, 160)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("차수별 스냅숏(등급·갈등단계·주요쟁점·향후 전망)을 직전 차수와 비교합니다.")))
        layout.addWidget(self.tree, 1)

    def load(self, view: CardView) -> None:
        self.tree.clear()
        for change in reversed(round_changes(view.snapshots)):
            lines = describe_change(change)
            head = QTreeWidgetItem([change.round_code, lines[0] if len(lines) == 1 else self.tr("{0}건 변경").format(
                len(lines))])
            if len(lines) > 1:
                for line in lines:
                    head.addChild(QTreeWidgetItem(["", line]))
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        if not view.snapshots:
            self.tree.addTopLevelItem(QTreeWidgetItem(["-", self.tr("아직 차수별 기록이 없습니다.")]))

