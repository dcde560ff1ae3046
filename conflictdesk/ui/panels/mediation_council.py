"""협의회 tab: case selector, forming a council, basic rules and schedule, and the members (at most 15)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.council import BASIC_RULE_ITEMS, MAX_COUNCIL_MEMBERS, check_can_add_member
from conflictdesk.domain.enums import MemberRole
from conflictdesk.domain.errors import NotFound
from conflictdesk.services import assignments, councils
from conflictdesk.services.councils import CouncilView, MemberInput
from conflictdesk.store.engine import Database
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.ops import CollectionOp
from conflictdesk.ui.panels.mediation_common import CaseBox, DateField, OptionalDate, Publish, Table
from conflictdesk.ui.panels.mediation_council_records import ItemsPage, MeetingsPage, ResultPage


class BasicsPage(QWidget):
    """Name, formed date, end date, agreed schedule and the 8 basic-rule items."""

    def __init__(self, editor: CouncilTab) -> None:
        super().__init__()
        self.editor = editor
        self.name = QLineEdit()
        self.formed = DateField()
        self.end = OptionalDate(self.tr("종료 예정일 지정"))
        self.schedule = QLineEdit()
        self.rules = {code: QLineEdit() for code, _label in BASIC_RULE_ITEMS}
        self.save_button = QPushButton(self.tr("기본규칙·일정 저장(&S)"))
        form = QFormLayout()
        form.addRow(self.tr("협의회 이름"), self.name)
        form.addRow(self.tr("구성일"), self.formed)
        form.addRow(self.tr("종료 예정일"), self.end)
        form.addRow(self.tr("합의 일정"), self.schedule)
        for code, label in BASIC_RULE_ITEMS:
            self.rules[code].setObjectName(f"rule_{code}")
            form.addRow(self.tr("기본규칙 · {label}").format(label=domain_label(label)), self.rules[code])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def show_view(self, view: CouncilView) -> None:
        self.name.setText(view.name)
        self.formed.set_value(view.formed_on)
        self.end.set_value(view.end_on)
        self.schedule.setText(view.schedule)
        for code, box in self.rules.items():
            box.setText(view.basic_rules.get(code, ""))

    def save(self) -> None:
        view = self.editor.view
        if view is None:
            return
        self.editor.run_op(lambda db: councils.update_council(
            db, view.project_code, view.version, name=self.name.text(), formed_on=self.formed.value(),
            basic_rules={code: box.text() for code, box in self.rules.items()}, schedule=self.schedule.text(),
            end_on=self.end.value()))


class MembersPage(QWidget):
    """The members table with the count 'n / 15', the add form and removal."""

    def __init__(self, editor: CouncilTab) -> None:
        super().__init__()
        self.editor = editor
        self.count = QLabel()
        self.count.setObjectName("memberCount")
        self.table = Table([self.tr("역할"), self.tr("성명"), self.tr("소속"), self.tr("대표하는 측")], "memberTable",
                           widths=(100, 100, 200))
        self.name = QLineEdit()
        self.name.setObjectName("memberName")
        self.name.setPlaceholderText(self.tr("성명"))
        self.role = QComboBox()
        self.role.setObjectName("memberRole")
        for role in MemberRole:
            self.role.addItem(domain_label(role), role.value)
        self.affiliation = QLineEdit()
        self.affiliation.setPlaceholderText(self.tr("소속"))
        self.side = QLineEdit()
        self.side.setPlaceholderText(self.tr("대표하는 측 (당사자 대표)"))
        self.add_button = QPushButton(self.tr("위원 추가(&M)"))
        self.add_button.setObjectName("addMember")
        self.remove_button = QPushButton(self.tr("선택 위원 해촉"))
        grid = QGridLayout()
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.role, 0, 1)
        grid.addWidget(self.affiliation, 0, 2)
        grid.addWidget(self.side, 0, 3)
        grid.addWidget(self.add_button, 0, 4)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)

    def show_view(self, view: CouncilView) -> None:
        n = len(view.members)
        full = self.tr(" — 정원이 찼습니다") if n >= MAX_COUNCIL_MEMBERS else ""
        chair = view.chair
        self.count.setText(self.tr("위원 {n} / {max}명{full} · 위원장: {chair}").format(
            n=n, max=MAX_COUNCIL_MEMBERS, full=full, chair=chair.name if chair else self.tr("(없음)")))
        self.table.set_rows([(m.id, (domain_label(m.role), m.name, m.affiliation, m.side)) for m in view.members])

    def add_member(self) -> None:
        view = self.editor.view
        if view is None:
            return
        data = MemberInput(self.name.text(), MemberRole(self.role.currentData()), self.affiliation.text(),
                           self.side.text())

        def work(db: Database) -> object:
            check_can_add_member(len(view.members))  # the service checks again in its transaction
            return councils.add_member(db, view.project_code, data)[1]

        if self.editor.run_op(work):
            self.name.clear()
            self.affiliation.clear()
            self.side.clear()

    def remove_member(self) -> None:
        member_id = self.table.current_id()
        if member_id is None or not messages.confirm(self, self.tr("위원 해촉"), self.tr("선택한 위원을 해촉할까요?")):
            return
        self.editor.run_op(lambda db: councils.remove_member(db, member_id))


class CouncilTab(QWidget):
    """The council editor of the selected case."""

    def __init__(self, ctx: PanelContext | Database, publish: Publish | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx, publish)
        self.db = self.ctx.db
        self.view: CouncilView | None = None
        self.cases = CaseBox("councilCase")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("사업")))
        top.addWidget(self.cases, 1)

        self.empty = QWidget()
        self.empty_label = QLabel()
        self.formed_on = DateField()
        self.form_button = QPushButton(self.tr("협의회 구성(&F)"))
        self.form_button.setObjectName("formCouncil")
        el = QVBoxLayout(self.empty)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("구성일")))
        row.addWidget(self.formed_on)
        row.addWidget(self.form_button)
        row.addStretch(1)
        el.addWidget(self.empty_label)
        el.addLayout(row)
        el.addStretch(1)

        self.pages = QTabWidget()
        self.pages.setObjectName("councilPages")
        self.basics = BasicsPage(self)
        self.members = MembersPage(self)
        self.meetings = MeetingsPage(self)
        self.result = ResultPage(self)
        self.items = ItemsPage(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.basics)
        self.pages.addTab(self.members, self.tr("위원"))
        self.pages.addTab(scroll, self.tr("기본규칙·일정"))
        self.pages.addTab(self.meetings, self.tr("회의"))
        self.pages.addTab(self.result, self.tr("결과문"))
        self.pages.addTab(self.items, self.tr("합의사항 이행"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.cases.currentIndexChanged.connect(self.reload_council)
        self.form_button.clicked.connect(self.form_council)

    def reload(self) -> None:
        self.cases.set_cases(assignments.mediation_cases(self.db))
        if self.cases.code() is None or self.view is None:
            with_council = councils.council_cases(self.db)
            if with_council and self.view is None:
                self.cases.select_code(with_council[0][0])
        self.reload_council()

    def reload_council(self) -> None:
        code = self.cases.code()
        self.view = None
        if code is not None:
            try:
                self.view = councils.get_council(self.db, code)
            except NotFound:
                self.view = None
        if self.view is None:
            self.empty_label.setText(self.tr("이 사업에는 갈등조정협의회가 없습니다. 구성일을 정하고 협의회를 구성하세요.")
                                     if code else self.tr("조정 대상 사업(1·2등급)이 없습니다."))
            self.form_button.setEnabled(code is not None)
            self.stack.setCurrentWidget(self.empty)
            return
        for page in (self.basics, self.members, self.meetings, self.result, self.items):
            page.show_view(self.view)
        self.stack.setCurrentWidget(self.pages)

    def form_council(self) -> None:
        code = self.cases.code()
        if code is not None:
            formed_on = self.formed_on.value()
            self.run_op(lambda db: councils.form_council(db, code, formed_on))

    def run_op(self, op: Callable[[Database], object]) -> bool:
        """Run one service call through the op runner; reload the council on success."""
        done = CollectionOp(self, op).success(lambda _result: self.reload_council())
        return done.run() is not None

    def today(self) -> date:
        return self.ctx.today()
