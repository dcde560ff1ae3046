"""Council pages: meetings (closed unless all parties agreed), the result document, agreement items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.enums import ItemStatus, MemberRole, ResultKind
from conflictdesk.services import council_records
from conflictdesk.services.council_records import ItemInput, MeetingInput
from conflictdesk.services.councils import CouncilView
from conflictdesk.ui import messages
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.panels.mediation_common import DateField, OptionalDate, Table, iso

if TYPE_CHECKING:
    from conflictdesk.ui.panels.mediation_council import CouncilTab


class MeetingsPage(QWidget):
    """Meetings list and editor; '공개' sticks only when every 당사자 대표 ticked their consent."""

    def __init__(self, editor: CouncilTab) -> None:
        super().__init__()
        self.editor = editor
        self.view: CouncilView | None = None
        self.table = Table([self.tr("회의일"), self.tr("장소"), self.tr("공개"), self.tr("참석자")], "meetingTable",
                           widths=(100, 180, 60))
        self.held_on = DateField()
        self.place = QLineEdit()
        self.attendees = QLineEdit()
        self.minutes = QPlainTextEdit()
        self.minutes.setTabChangesFocus(True)  # Tab moves on (#19: no keyboard trap)
        self.open_requested = QCheckBox(self.tr("공개 회의"))
        self.open_requested.setObjectName("meetingOpen")
        self.consent_box = QGroupBox(self.tr("공개 동의 (당사자 대표)"))
        self.consent_box.setObjectName("meetingConsents")
        self.consent_layout = QVBoxLayout(self.consent_box)
        self.consent_checks: dict[int, QCheckBox] = {}
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet("color: #555;")
        self.new_button = QPushButton(self.tr("새 회의"))
        self.save_button = QPushButton(self.tr("회의 저장"))
        self.save_button.setObjectName("saveMeeting")
        self.delete_button = QPushButton(self.tr("회의 삭제"))
        box = QGroupBox(self.tr("회의 내용"))
        form = QFormLayout(box)
        form.addRow(self.tr("회의일"), self.held_on)
        form.addRow(self.tr("장소"), self.place)
        form.addRow(self.tr("참석자"), self.attendees)
        form.addRow(self.tr("회의록"), self.minutes)
        form.addRow(self.open_requested)
        form.addRow(self.consent_box)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box, 1)
        self.meeting_id: int | None = None
        self.table.itemSelectionChanged.connect(self._load_selected)
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def show_view(self, view: CouncilView) -> None:
        self.view = view
        self.table.set_rows([(m.id, (iso(m.held_on), m.place, self.tr("공개") if m.is_open else self.tr("비공개"), m.attendees))
                             for m in view.meetings])
        self._build_consents(view)
        self.clear_form()

    def _build_consents(self, view: CouncilView) -> None:
        for check in self.consent_checks.values():
            self.consent_layout.removeWidget(check)
            check.deleteLater()
        self.consent_layout.removeWidget(self.consent_note)
        self.consent_checks = {}
        for member in view.members:
            if member.role is MemberRole.PARTY:
                label = member.name + (f" ({member.side})" if member.side else "")
                check = QCheckBox(self.tr("{label} 동의").format(label=label))
                check.setObjectName(f"consent_{member.id}")
                check.toggled.connect(self._update_note)
                self.consent_checks[member.id] = check
                self.consent_layout.addWidget(check)
        self.consent_layout.addWidget(self.consent_note)

    def consenting(self) -> tuple[int, ...]:
        return tuple(mid for mid, check in self.consent_checks.items() if check.isChecked())

    def all_consented(self) -> bool:
        return bool(self.consent_checks) and all(c.isChecked() for c in self.consent_checks.values())

    def _update_note(self) -> None:
        total = len(self.consent_checks)
        if not total:
            self.consent_note.setText(self.tr("당사자 대표 위원이 없어 공개 동의를 받을 수 없습니다 (회의는 비공개)."))
        else:
            done = len(self.consenting())
            self.consent_note.setText(self.tr("{done}/{total}명 동의 — ").format(done=done, total=total) + (
                self.tr("공개 가능") if done == total else self.tr("전원이 동의해야 공개할 수 있습니다")))

    def clear_form(self) -> None:
        self.meeting_id = None
        self.table.clearSelection()
        self.held_on.set_value(self.editor.today())
        for w in (self.place, self.attendees):
            w.clear()
        self.minutes.clear()
        self.open_requested.setChecked(False)
        for check in self.consent_checks.values():
            check.setChecked(False)
        self._update_note()

    def _load_selected(self) -> None:
        meeting_id = self.table.current_id()
        meeting = next((m for m in self.view.meetings if m.id == meeting_id), None) if self.view else None
        if meeting is None:
            return
        self.meeting_id = meeting.id
        self.held_on.set_value(meeting.held_on)
        self.place.setText(meeting.place)
        self.attendees.setText(meeting.attendees)
        self.minutes.setPlainText(meeting.minutes)
        self.open_requested.setChecked(meeting.is_open)
        for mid, check in self.consent_checks.items():
            check.setChecked(mid in meeting.consents)
        self._update_note()

    def save(self) -> None:
        if self.view is None:
            return
        if self.open_requested.isChecked() and not self.all_consented():
            if not messages.confirm(self, self.tr("비공개로 저장"), self.tr("당사자 대표 전원이 공개에 동의하지 않아 비공개 회의로 저장합니다. 계속할까요?")):
                return
        data = MeetingInput(self.held_on.value(), self.place.text(), self.attendees.text(),
                            self.minutes.toPlainText(), self.open_requested.isChecked(), self.consenting())
        code, meeting_id = self.view.project_code, self.meeting_id
        self.editor.run_op(lambda db: council_records.save_meeting(db, code, data, meeting_id)[2])

    def delete(self) -> None:
        meeting_id = self.table.current_id()
        if meeting_id is None or not messages.confirm(self, self.tr("회의 삭제"), self.tr("선택한 회의 기록을 삭제할까요?")):
            return
        self.editor.run_op(lambda db: council_records.delete_meeting(db, meeting_id))


class ResultPage(QWidget):
    """The result document (협의결과문 / 합의서) with the legality and public-interest check note."""

    def __init__(self, editor: CouncilTab) -> None:
        super().__init__()
        self.editor = editor
        self.view: CouncilView | None = None
        self.kind = QComboBox()
        self.kind.addItem(self.tr("(아직 없음)"), None)
        for kind in ResultKind:
            self.kind.addItem(domain_label(kind), kind.value)
        self.result_on = OptionalDate(self.tr("작성일 지정"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on (#19: no keyboard trap)
        self.legality = QPlainTextEdit()
        self.legality.setTabChangesFocus(True)  # Tab moves on (#19: no keyboard trap)
        self.legality.setFixedHeight(80)
        self.save_button = QPushButton(self.tr("결과문 저장"))
        form = QFormLayout(self)
        form.addRow(self.tr("종류"), self.kind)
        form.addRow(self.tr("작성일"), self.result_on)
        form.addRow(self.tr("내용"), self.text)
        form.addRow(self.tr("적법성·공익성 검토"), self.legality)
        form.addRow(self.save_button)
        self.save_button.clicked.connect(self.save)

    def show_view(self, view: CouncilView) -> None:
        self.view = view
        self.kind.setCurrentIndex(max(0, self.kind.findData(view.result_kind.value if view.result_kind else None)))
        self.result_on.set_value(view.result_on)
        self.text.setPlainText(view.result_text)
        self.legality.setPlainText(view.legality_note)

    def save(self) -> None:
        view = self.view
        if view is None:
            return
        data = self.kind.currentData()
        kind = ResultKind(data) if data else None
        self.editor.run_op(lambda db: council_records.save_result(
            db, view.project_code, view.version, kind=kind, result_on=self.result_on.value(),
            text=self.text.toPlainText(), legality_note=self.legality.toPlainText()))


class ItemsPage(QWidget):
    """Agreement items tracked to implementation: text, owner, due, status, done date."""

    def __init__(self, editor: CouncilTab) -> None:
        super().__init__()
        self.editor = editor
        self.view: CouncilView | None = None
        self.item_id: int | None = None
        self.table = Table([self.tr("합의사항"), self.tr("담당"), self.tr("기한"), self.tr("상태"), self.tr("완료일")], "itemTable",
                           widths=(260,), stretch=0)
        self.text = QLineEdit()
        self.owner = QLineEdit()
        self.due = OptionalDate(self.tr("기한 지정"))
        self.status = QComboBox()
        for status in ItemStatus:
            self.status.addItem(domain_label(status), status.value)
        self.done_on = OptionalDate(self.tr("완료일 지정"))
        self.new_button = QPushButton(self.tr("새 합의사항"))
        self.save_button = QPushButton(self.tr("합의사항 저장"))
        self.delete_button = QPushButton(self.tr("삭제"))
        box = QGroupBox(self.tr("합의사항"))
        form = QFormLayout(box)
        form.addRow(self.tr("내용"), self.text)
        form.addRow(self.tr("담당"), self.owner)
        form.addRow(self.tr("기한"), self.due)
        form.addRow(self.tr("상태"), self.status)
        form.addRow(self.tr("완료일"), self.done_on)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.table.itemSelectionChanged.connect(self._load_selected)
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def show_view(self, view: CouncilView) -> None:
        self.view = view
        self.table.set_rows([(i.id, (i.text, i.owner, iso(i.due), domain_label(i.status), iso(i.done_on)))
                             for i in view.items])
        self.clear_form()

    def clear_form(self) -> None:
        self.item_id = None
        self.table.clearSelection()
        self.text.clear()
        self.owner.clear()
        self.due.set_value(None)
        self.status.setCurrentIndex(0)
        self.done_on.set_value(None)

    def _load_selected(self) -> None:
        item_id = self.table.current_id()
        item = next((i for i in self.view.items if i.id == item_id), None) if self.view else None
        if item is None:
            return
        self.item_id = item.id
        self.text.setText(item.text)
        self.owner.setText(item.owner)
        self.due.set_value(item.due)
        self.status.setCurrentIndex(self.status.findData(item.status.value))
        self.done_on.set_value(item.done_on)

    def save(self) -> None:
        if self.view is None:
            return
        data = ItemInput(self.text.text(), self.owner.text(), self.due.value(),
                         ItemStatus(self.status.currentData()), self.done_on.value())
        code, item_id = self.view.project_code, self.item_id
        self.editor.run_op(lambda db: council_records.save_item(db, code, data, item_id)[1])

    def delete(self) -> None:
        item_id = self.table.current_id()
        if item_id is None or not messages.confirm(self, self.tr("합의사항 삭제"), self.tr("선택한 합의사항을 삭제할까요?")):
            return
        self.editor.run_op(lambda db: council_records.delete_item(db, item_id))
