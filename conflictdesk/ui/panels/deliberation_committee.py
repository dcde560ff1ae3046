"""위원회 tab of 공론화: the 공론화위원회's members (terms, composition, chair), meetings (attendance, quorum) and its
decisions on an agenda item (실시 여부, 추진위원회 구성, 권고안 채택). Member names are shown masked, as in every output."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.committee import MAX_MEMBERS, Appointment, MemberKind, has_quorum, quorum_needed
from conflictdesk.domain.deliberation import Decision
from conflictdesk.services import deliberation
from conflictdesk.services import deliberation_committee as committee
from conflictdesk.services.changes import Changes
from conflictdesk.services.committee_dtos import (
    CommitteeMemberRow,
    CommitteeView,
    MeetingInput,
    MeetingRow,
    MemberInput,
)
from conflictdesk.services.deliberation_dtos import AgendaItem
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.mediation_common import DateField, OptionalDate, Table, iso


def _checklist(name: str, height: int) -> QListWidget:
    box = QListWidget()
    box.setObjectName(name)
    box.setMinimumHeight(height)
    return box


def _checked_ids(box: QListWidget) -> tuple[int, ...]:
    return tuple(int(box.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(box.count())
                 if box.item(r).checkState() == Qt.CheckState.Checked)


def _fill_checklist(box: QListWidget, rows: list[tuple[int, str]], checked: set[int]) -> None:
    box.blockSignals(True)
    box.clear()
    for row_id, text in rows:
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, row_id)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if row_id in checked else Qt.CheckState.Unchecked)
        box.addItem(entry)
    box.blockSignals(False)


class MembersPage(QWidget):
    """Members on a chosen day with the composition line, and the member form (add, correct, end the term, chair)."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CommitteeView | None = None
        self.on = DateField()
        self.on.setObjectName("committeeOn")
        on_label = QLabel(self.tr("기준일(&O)"))
        on_label.setBuddy(self.on)
        self.composition = QLabel()
        self.composition.setObjectName("committeeComposition")
        self.composition.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("committeeWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(on_label)
        top.addWidget(self.on)
        top.addWidget(self.composition, 1)

        self.table = Table([self.tr("위원"), self.tr("구분"), self.tr("당연직·위촉"), self.tr("소속"), self.tr("임기 시작"),
                            self.tr("임기 종료"), self.tr("위원장"), self.tr("재직")], "memberTable")

        form_box = QGroupBox(self.tr("위원"))
        self.name = QLineEdit()
        self.name.setObjectName("memberName")
        self.kind = QComboBox()
        self.kind.setObjectName("memberKind")
        for kind in MemberKind:
            self.kind.addItem(domain_label(kind), kind.value)
        self.appointment = QComboBox()
        self.appointment.setObjectName("memberAppointment")
        for appointment in Appointment:
            self.appointment.addItem(domain_label(appointment), appointment.value)
        self.kind.activated.connect(self._default_appointment)
        self.affiliation = QLineEdit()
        self.affiliation.setObjectName("memberAffiliation")
        self.term_from = DateField()
        self.term_from.setObjectName("memberTermFrom")
        self.term_to = OptionalDate(self.tr("정함"))
        self.term_to.setObjectName("memberTermTo")
        self.new_button = QPushButton(self.tr("새 위원(&N)"))
        self.new_button.setObjectName("newMember")
        self.save_button = QPushButton(self.tr("위원 저장(&S)"))
        self.save_button.setObjectName("saveMember")
        self.chair_button = QPushButton(self.tr("위원장 지정"))
        self.chair_button.setObjectName("setChair")
        self.delete_button = QPushButton(self.tr("위원 삭제"))
        self.delete_button.setObjectName("deleteMember")
        self.end_on = DateField()
        self.end_on.setObjectName("memberEndOn")
        self.end_button = QPushButton(self.tr("임기 종료(&E)"))
        self.end_button.setObjectName("endTerm")
        self.end_button.setToolTip(self.tr("고른 위원의 임기를 왼쪽 날짜(마지막 재직일)로 끝냅니다 (사임·해촉·임기 만료)."))
        form = QFormLayout(form_box)
        form.addRow(self.tr("성명(&A)"), self.name)
        form.addRow(self.tr("구분"), self.kind)
        form.addRow(self.tr("당연직·위촉"), self.appointment)
        form.addRow(self.tr("소속·직위"), self.affiliation)
        form.addRow(self.tr("임기 시작"), self.term_from)
        form.addRow(self.tr("임기 종료"), self.term_to)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.chair_button, self.delete_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        ending = QHBoxLayout()
        ending.addWidget(self.end_on)
        ending.addWidget(self.end_button)
        form.addRow(self.tr("마지막 재직일"), ending)
        note = QLabel(self.tr("재직 위원은 어느 날이든 최대 {0}명입니다. 조례 구성: 갈등관리전문가 5 · 시민단체 4 · 시의원 3 · "
                              "공무원 3 (당연직 3, 위촉 12).").format(MAX_MEMBERS))
        note.setWordWrap(True)
        form.addRow(note)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(form_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addLayout(body, 1)

        self.on.dateChanged.connect(lambda *_a: self.reload())
        self.table.currentCellChanged.connect(lambda *_a: self.show_selected())
        self.new_button.clicked.connect(self.new_member)
        self.save_button.clicked.connect(self.save_member)
        self.chair_button.clicked.connect(self.set_chair)
        self.delete_button.clicked.connect(self.delete_member)
        self.end_button.clicked.connect(self.end_term)

    def reload(self) -> None:
        day = self.on.value()
        selected = self.table.current_id()
        view = QueryOp(self, lambda db: committee.committee(db, day)).run()
        if view is None:
            return
        self.view = view
        self.table.set_rows([(m.id, (m.name, domain_label(m.kind), domain_label(m.appointment), m.affiliation,
                                     iso(m.term_from), iso(m.term_to) if m.term_to else "—",
                                     self.tr("위원장") if m.chair else "", "✓" if m.in_office else ""))
                             for m in view.members])
        comp = view.composition
        chair = view.chair
        self.composition.setText(self.tr("{day} 재직 {n}명 / 최대 {cap}명 — {kinds} · 위원장 {chair}").format(
            day=iso(day), n=comp.total, cap=MAX_MEMBERS,
            kinds=" · ".join(f"{domain_label(MemberKind(r.code))} {r.actual}/{r.expected}" for r in comp.kinds),
            chair=chair.name if chair else self.tr("없음")))
        if comp.deviations:
            self.warning.setText(self.tr("⚠ 조례의 구성과 다릅니다: {0}").format(", ".join(
                self.tr("{label} {actual}명(조례 {expected}명)").format(
                    label=self._group_label(r.code), actual=r.actual, expected=r.expected)
                for r in comp.deviations)))
            self.warning.show()
        else:
            self.warning.clear()
            self.warning.hide()
        if selected is not None and any(m.id == selected for m in view.members):
            self.table.select_id(selected)
        self.show_selected()

    @staticmethod
    def _group_label(code: str) -> str:
        if code in {k.value for k in MemberKind}:
            return domain_label(MemberKind(code))
        return domain_label(Appointment(code))

    def selected(self) -> CommitteeMemberRow | None:
        row_id = self.table.current_id()
        if row_id is None or self.view is None:
            return None
        return next((m for m in self.view.members if m.id == row_id), None)

    def show_selected(self) -> None:
        member = self.selected()
        writable = not self.ctx.read_only
        self.save_button.setEnabled(writable)
        for b in (self.chair_button, self.delete_button, self.end_button):
            b.setEnabled(member is not None and writable)
        if member is None:
            return
        data = QueryOp(self, lambda db: committee.member_input(db, member.id)).run()
        if data is None:
            return
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind.value)))
        self.appointment.setCurrentIndex(max(0, self.appointment.findData(data.appointment.value)))
        self.affiliation.setText(data.affiliation)
        self.term_from.set_value(data.term_from)
        self.term_to.set_value(data.term_to)
        self.end_on.set_value(data.term_to or self.ctx.today())

    def _default_appointment(self) -> None:
        """A 공무원 member sits 당연직 (by office), the others are 위촉 — a default the officer may change."""
        official = self.kind.currentData() == MemberKind.OFFICIAL.value
        value = Appointment.EX_OFFICIO if official else Appointment.APPOINTED
        self.appointment.setCurrentIndex(self.appointment.findData(value.value))

    def new_member(self) -> None:
        self.table.setCurrentCell(-1, -1)
        self.table.clearSelection()
        self.name.clear()
        self.affiliation.clear()
        self.term_from.set_value(self.on.value())
        self.term_to.set_value(None)
        self.save_button.setEnabled(not self.ctx.read_only)
        self.name.setFocus()

    def _input(self) -> MemberInput:
        return MemberInput(self.name.text(), MemberKind(str(self.kind.currentData())),
                           Appointment(str(self.appointment.currentData())), self.term_from.value(),
                           self.term_to.value(), self.affiliation.text())

    def save_member(self) -> None:
        member, data = self.selected(), self._input()
        if member is None:
            def added(result: tuple[int, Changes]) -> None:
                self.table.select_id(result[0])

            CollectionOp(self, lambda db: committee.add_member(db, data)).success(added).run()
            return
        CollectionOp(self, lambda db: committee.update_member(db, member.id, data)).run()

    def end_term(self) -> None:
        member = self.selected()
        if member is None:
            return
        last_day = self.end_on.value()
        if not messages.confirm(self, self.tr("임기 종료"), self.tr("{name} 위원의 임기를 {day}에 끝낼까요?").format(
                name=member.name, day=iso(last_day))):
            return
        CollectionOp(self, lambda db: committee.end_term(db, member.id, last_day)).run()

    def set_chair(self) -> None:
        member = self.selected()
        if member is not None:
            CollectionOp(self, lambda db: committee.set_chair(db, member.id)).run()

    def delete_member(self) -> None:
        member = self.selected()
        if member is None or not messages.confirm(self, self.tr("위원 삭제"), self.tr(
                "{0} 위원을 삭제할까요? 잘못 입력한 위원만 삭제하세요. 물러난 위원은 임기를 끝내세요.").format(member.name)):
            return
        CollectionOp(self, lambda db: committee.delete_member(db, member.id)).run()


class MeetingsPage(QWidget):
    """Meetings with the agenda items discussed and an attendance checklist of the members in office that day."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[int, MeetingRow] = {}
        self.in_office: list[CommitteeMemberRow] = []
        self.table = Table([self.tr("회의일"), self.tr("회의명"), self.tr("논의 안건"), self.tr("출석 / 재직"),
                            self.tr("정족수"), self.tr("의결")], "meetingTable")
        box = QGroupBox(self.tr("회의"))
        self.held_on = DateField()
        self.held_on.setObjectName("meetingDate")
        self.title = QLineEdit()
        self.title.setObjectName("meetingTitle")
        self.title.setPlaceholderText(self.tr("예: 제1차 정기회의"))
        self.items = _checklist("meetingItems", 100)
        self.attendance = _checklist("meetingAttendance", 260)
        self.quorum = QLabel()
        self.quorum.setObjectName("meetingQuorum")
        self.all_present = QPushButton(self.tr("모두 출석"))
        self.all_present.setObjectName("allPresent")
        self.new_button = QPushButton(self.tr("새 회의(&N)"))
        self.new_button.setObjectName("newMeeting")
        self.save_button = QPushButton(self.tr("회의 저장(&S)"))
        self.save_button.setObjectName("saveMeeting")
        self.delete_button = QPushButton(self.tr("회의 삭제"))
        self.delete_button.setObjectName("deleteMeeting")
        form = QFormLayout(box)
        form.addRow(self.tr("회의일(&D)"), self.held_on)
        form.addRow(self.tr("회의명"), self.title)
        form.addRow(self.tr("논의 안건"), self.items)
        attendance = QVBoxLayout()
        attendance.addWidget(self.attendance)
        row = QHBoxLayout()
        row.addWidget(self.quorum, 1)
        row.addWidget(self.all_present)
        attendance.addLayout(row)
        form.addRow(self.tr("출석 (그날 재직 위원)"), attendance)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        body = QHBoxLayout(self)
        body.addWidget(self.table, 1)
        body.addWidget(box)

        self.table.currentCellChanged.connect(lambda *_a: self.show_selected())
        self.held_on.dateChanged.connect(lambda *_a: self.fill_attendance(set(_checked_ids(self.attendance))))
        self.attendance.itemChanged.connect(lambda *_a: self.show_quorum())
        self.all_present.clicked.connect(self.check_all)
        self.new_button.clicked.connect(self.new_meeting)
        self.save_button.clicked.connect(self.save_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)

    def reload(self) -> None:
        selected = self.table.current_id()
        found = QueryOp(self, committee.meetings).run()
        if found is None:
            return
        self.rows = {m.id: m for m in found}
        self.table.set_rows([(m.id, (iso(m.held_on), m.title, ", ".join(m.item_titles),
                                     f"{len(m.present)} / {len(m.in_office)}",
                                     self.tr("충족") if m.quorate else self.tr("미달"), "; ".join(m.decisions)))
                             for m in found])
        if selected in self.rows:
            self.table.select_id(selected)
        self.show_selected()

    def selected(self) -> MeetingRow | None:
        row_id = self.table.current_id()
        return self.rows.get(row_id) if row_id is not None else None

    def _agenda(self) -> list[AgendaItem]:
        today = self.ctx.today()
        return QueryOp(self, lambda db: deliberation.agenda(db, today)).run() or []

    def show_selected(self) -> None:
        meeting = self.selected()
        self.save_button.setEnabled(not self.ctx.read_only)
        self.delete_button.setEnabled(meeting is not None and not self.ctx.read_only)
        if meeting is None:
            if not self.items.count():
                _fill_checklist(self.items, [(i.id, i.title) for i in self._agenda()], set())
            self.fill_attendance(set(_checked_ids(self.attendance)))
            return
        self.held_on.blockSignals(True)
        self.held_on.set_value(meeting.held_on)
        self.held_on.blockSignals(False)
        self.title.setText(meeting.title)
        _fill_checklist(self.items, [(i.id, i.title) for i in self._agenda()], set(meeting.items))
        self.fill_attendance(set(meeting.present))

    def fill_attendance(self, checked: set[int]) -> None:
        """The checklist holds the members in office on the meeting's date (names masked)."""
        day = self.held_on.value()
        view = QueryOp(self, lambda db: committee.committee(db, day)).run()
        self.in_office = list(view.in_office) if view is not None else []
        _fill_checklist(self.attendance, [
            (m.id, f"{m.name} · {domain_label(m.kind)}" + (self.tr(" (위원장)") if m.chair else ""))
            for m in self.in_office], checked)
        self.show_quorum()

    def check_all(self) -> None:
        for r in range(self.attendance.count()):
            self.attendance.item(r).setCheckState(Qt.CheckState.Checked)

    def show_quorum(self) -> None:
        present, in_office = len(_checked_ids(self.attendance)), len(self.in_office)
        met = has_quorum(in_office, present)
        self.quorum.setText(self.tr("출석 {present}명 / 재직 {n}명 — 과반 {needed}명: {state}").format(
            present=present, n=in_office, needed=quorum_needed(in_office),
            state=self.tr("정족수 충족") if met else self.tr("정족수 미달 (의결 불가)")))

    def new_meeting(self) -> None:
        self.table.setCurrentCell(-1, -1)
        self.table.clearSelection()
        self.title.clear()
        _fill_checklist(self.items, [(i.id, i.title) for i in self._agenda()], set())
        self.held_on.set_value(self.ctx.today())
        self.fill_attendance(set())
        self.title.setFocus()

    def _input(self) -> MeetingInput:
        return MeetingInput(self.held_on.value(), self.title.text(), _checked_ids(self.items),
                            _checked_ids(self.attendance))

    def save_meeting(self) -> None:
        meeting, data = self.selected(), self._input()
        if meeting is None:
            def added(result: tuple[int, Changes]) -> None:
                self.table.select_id(result[0])

            CollectionOp(self, lambda db: committee.add_meeting(db, data)).success(added).run()
            return
        CollectionOp(self, lambda db: committee.update_meeting(db, meeting.id, data)).run()

    def delete_meeting(self) -> None:
        meeting = self.selected()
        if meeting is None or not messages.confirm(self, self.tr("회의 삭제"), self.tr(
                "{0} 회의와 출석 기록을 삭제할까요?").format(meeting.label)):
            return
        CollectionOp(self, lambda db: committee.delete_meeting(db, meeting.id)).run()


class DecisionsPage(QWidget):
    """The committee's decisions on one agenda item, each taken at a meeting (refused without quorum)."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meetings: list[MeetingRow] = []
        self.item = QComboBox()
        self.item.setObjectName("decisionItem")
        item_label = QLabel(self.tr("안건(&I)"))
        item_label.setBuddy(self.item)
        self.state = QLabel()
        self.state.setObjectName("decisionState")
        self.state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(item_label)
        top.addWidget(self.item, 1)

        go_box = QGroupBox(self.tr("공론화 실시 여부"))
        self.decision = QComboBox()
        self.decision.setObjectName("committeeDecision")
        for decision in Decision:
            self.decision.addItem(domain_label(decision), decision.value)
        self.go_meeting = self._meeting_combo("goMeeting")
        self.reason = QLineEdit()
        self.reason.setObjectName("committeeReason")
        self.go_button = QPushButton(self.tr("실시 여부 의결 기록"))
        self.go_button.setObjectName("recordGo")
        gl = QFormLayout(go_box)
        gl.addRow(self.tr("결정"), self.decision)
        gl.addRow(self.tr("의결 회의"), self.go_meeting)
        gl.addRow(self.tr("사유"), self.reason)
        gl.addRow(self.go_button)

        promo_box = QGroupBox(self.tr("추진위원회 구성"))
        self.promo_meeting = self._meeting_combo("promotionMeeting")
        self.promo_note = QLineEdit()
        self.promo_note.setObjectName("promotionNote")
        self.promo_button = QPushButton(self.tr("추진위원회 구성 기록"))
        self.promo_button.setObjectName("recordPromotion")
        pl = QFormLayout(promo_box)
        pl.addRow(self.tr("의결 회의"), self.promo_meeting)
        pl.addRow(self.tr("내용"), self.promo_note)
        pl.addRow(self.promo_button)

        rec_box = QGroupBox(self.tr("최종 권고안 채택"))
        self.rec_meeting = self._meeting_combo("recommendationMeeting")
        self.rec_note = QLineEdit()
        self.rec_note.setObjectName("recommendationNote")
        self.rec_button = QPushButton(self.tr("권고안 채택 기록"))
        self.rec_button.setObjectName("recordRecommendation")
        rl = QFormLayout(rec_box)
        rl.addRow(self.tr("의결 회의"), self.rec_meeting)
        rl.addRow(self.tr("내용"), self.rec_note)
        rl.addRow(self.rec_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        boxes = QHBoxLayout()
        for b in (go_box, promo_box, rec_box):
            boxes.addWidget(b, 1)
        layout.addLayout(boxes)
        layout.addStretch(1)

        self.item.currentIndexChanged.connect(lambda *_a: self.show_item())
        self.go_button.clicked.connect(self.record_go)
        self.promo_button.clicked.connect(self.record_promotion)
        self.rec_button.clicked.connect(self.record_recommendation)

    def _meeting_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(self.tr("정족수(재직 위원 과반 출석)를 채운 회의에서만 의결할 수 있습니다."))
        return combo

    def reload(self) -> None:
        today = self.ctx.today()
        chosen = self.item.currentData()
        items = QueryOp(self, lambda db: deliberation.agenda(db, today)).run() or []
        self.meetings = QueryOp(self, committee.meetings).run() or []
        self.item.blockSignals(True)
        self.item.clear()
        for i in items:
            self.item.addItem(f"{i.id}. {i.title}", i.id)
        self.item.setCurrentIndex(max(0, self.item.findData(chosen)))
        self.item.blockSignals(False)
        for combo in (self.go_meeting, self.promo_meeting, self.rec_meeting):
            combo.clear()
            combo.addItem(self.tr("(회의 없이 — 해제)") if combo is not self.go_meeting else self.tr("(회의 지정 없음)"),
                          None)
            for m in self.meetings:
                quorum = self.tr("정족수 충족") if m.quorate else self.tr("정족수 미달")
                combo.addItem(f"{iso(m.held_on)} {m.title} · {len(m.present)}/{len(m.in_office)} {quorum}", m.id)
        writable = not self.ctx.read_only
        for b in (self.go_button, self.promo_button, self.rec_button):
            b.setEnabled(writable and self.item.count() > 0)
        self.show_item()

    def show_item(self) -> None:
        item_id = self.item.currentData()
        if item_id is None:
            self.state.clear()
            return
        found = QueryOp(self, lambda db: committee.item_decisions(db, int(item_id))).run()
        if found is None:
            return
        parts = [self.tr("실시 여부: {0}").format(
            self.tr("{decision} ({day})").format(decision=domain_label(found.decision), day=iso(found.decided_on))
            if found.decision else self.tr("결정 전"))]
        parts.append(self.tr("추진위원회: {0}").format(iso(found.promotion_on) if found.promotion_on else self.tr("구성 전")))
        parts.append(self.tr("권고안: {0}").format(
            iso(found.recommendation_on) if found.recommendation_on else self.tr("채택 전")))
        self.state.setText(" · ".join(parts))
        if found.decision is not None:
            self.decision.setCurrentIndex(max(0, self.decision.findData(found.decision.value)))
        self.reason.setText(found.reason)
        for combo, ref in ((self.go_meeting, found.decision_meeting), (self.promo_meeting, found.promotion_meeting),
                           (self.rec_meeting, found.recommendation_meeting)):
            combo.setCurrentIndex(max(0, combo.findData(ref.id if ref else None)))
        self.promo_note.setText(found.promotion_note)
        self.rec_note.setText(found.recommendation_note)

    def _meeting_date(self, meeting_id: int | None) -> date | None:
        return next((m.held_on for m in self.meetings if m.id == meeting_id), None)

    def record_go(self) -> None:
        item_id, meeting_id = self.item.currentData(), self.go_meeting.currentData()
        if item_id is None:
            return
        decision, reason = Decision(str(self.decision.currentData())), self.reason.text()
        if meeting_id is None:
            QMessageBox.information(self, self.tr("실시 여부"), self.tr(
                "의결한 회의를 고르세요. 회의 없이 기록하려면 심의대상 안건 탭의 결정 칸을 쓰세요."))
            return
        CollectionOp(self, lambda db: deliberation.record_decision(
            db, int(item_id), decision, None, reason, meeting_id=int(meeting_id))).run()

    def record_promotion(self) -> None:
        item_id, meeting_id = self.item.currentData(), self.promo_meeting.currentData()
        if item_id is None:
            return
        note = self.promo_note.text()
        meeting = int(meeting_id) if meeting_id is not None else None
        if meeting is None and not messages.confirm(self, self.tr("추진위원회 구성"),
                                                    self.tr("회의를 고르지 않았습니다. 추진위원회 구성 기록을 지울까요?")):
            return
        CollectionOp(self, lambda db: committee.record_promotion(
            db, int(item_id), None, note if meeting is not None else "", meeting)).run()

    def record_recommendation(self) -> None:
        item_id, meeting_id = self.item.currentData(), self.rec_meeting.currentData()
        if item_id is None:
            return
        note = self.rec_note.text()
        meeting = int(meeting_id) if meeting_id is not None else None
        if meeting is None and not messages.confirm(self, self.tr("권고안 채택"),
                                                    self.tr("회의를 고르지 않았습니다. 권고안 채택 기록을 지울까요?")):
            return
        CollectionOp(self, lambda db: committee.record_recommendation(
            db, int(item_id), None, note if meeting is not None else "", meeting)).run()


class CommitteeTab(QWidget):
    """The 위원회 tab: 위원, 회의, 의결 pages."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages = QTabWidget()
        self.pages.setObjectName("committeePages")
        self.members = MembersPage(ctx)
        self.meetings = MeetingsPage(ctx)
        self.decisions = DecisionsPage(ctx)
        self.members.on.set_value(ctx.today())
        self.pages.addTab(self.members, self.tr("위원(&M)"))
        self.pages.addTab(self.meetings, self.tr("회의(&T)"))
        self.pages.addTab(self.decisions, self.tr("의결(&L)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def reload(self) -> None:
        self.members.reload()
        self.meetings.reload()
        self.decisions.reload()
