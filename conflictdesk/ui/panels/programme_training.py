"""교육 tab of 교육·예산: the year's courses, progress toward the targets, departments to train, the course form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.allowances import PaymentCheck
from conflictdesk.domain.training import TrainingKind, TrainingTargets
from conflictdesk.services import experts, training
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext
from conflictdesk.ui.i18n import domain_label, won_text
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.booking import YearTab, confirm_overrun, day_in_year, won_box
from conflictdesk.ui.panels.mediation_common import DateField, Table, iso


class TrainingDialog(QDialog):
    """Add or change one course: what, when, where, who taught, who attended (per department), what it cost."""

    def __init__(self, ctx: PanelContext, targets: TrainingTargets, row: training.SessionRow | None = None,
                 parent: QWidget | None = None, *, year: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = row.id if row is not None else None
        self.setWindowTitle(self.tr("교육 과정 편집") if row is not None else self.tr("새 교육 과정"))
        self.held_on = DateField()
        self.held_on.setObjectName("trainingDate")
        today = ctx.today()
        self.held_on.set_value(day_in_year(year if year is not None else today.year, today))
        self.kind = QComboBox()
        self.kind.setObjectName("trainingKind")
        for kind in TrainingKind:
            self.kind.addItem(domain_label(kind), kind.value)
        self.title = QLineEdit()
        self.title.setObjectName("trainingTitle")
        self.district = QComboBox()
        self.district.setObjectName("trainingDistrict")
        self.district.setEditable(True)
        self.district.addItem("", "")
        for name in targets.districts:
            self.district.addItem(domain_label(name), name)
        self.place = QLineEdit()
        self.place.setObjectName("trainingPlace")
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("trainingHours")
        self.hours.setRange(0, 100)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.instructor = QComboBox()
        self.instructor.setObjectName("trainingInstructor")
        self.instructor.addItem(self.tr("(외부 강사)"), None)
        for e in QueryOp(self, lambda db: experts.list_experts(db, include_inactive=False), ctx=ctx).run() or []:
            self.instructor.addItem(f"{e.name} ({e.affiliation})", e.id)
        self.instructor_name = QLineEdit()
        self.instructor_name.setObjectName("trainingInstructorName")
        self.participants = QSpinBox()
        self.participants.setObjectName("trainingParticipants")
        self.participants.setRange(0, 100_000)
        self.cost = won_box("trainingCost")
        self.materials = QLineEdit()
        self.materials.setObjectName("trainingMaterials")

        self.department = QComboBox()
        self.department.setObjectName("attendanceDepartment")
        for name in QueryOp(self, training.department_names, ctx=ctx).run() or []:
            self.department.addItem(name, name)
        self.count = QSpinBox()
        self.count.setObjectName("attendanceCount")
        self.count.setRange(1, 10_000)
        self.names = QLineEdit()
        self.names.setObjectName("attendanceNames")
        self.names.setPlaceholderText(self.tr("성명 (쉼표로 구분, 선택)"))
        self.add_button = QPushButton(self.tr("참석 추가(&A)"))
        self.add_button.setObjectName("addAttendance")
        self.remove_button = QPushButton(self.tr("선택 삭제"))
        self.attendance = Table([self.tr("부서"), self.tr("인원"), self.tr("성명")], "attendanceTable")
        self.rows: list[training.Attendance] = list(row.attendances) if row is not None else []

        form = QFormLayout()
        form.addRow(self.tr("교육일(&D)"), self.held_on)
        form.addRow(self.tr("구분(&K)"), self.kind)
        form.addRow(self.tr("제목(&T)"), self.title)
        form.addRow(self.tr("개최 군·구"), self.district)
        form.addRow(self.tr("장소"), self.place)
        form.addRow(self.tr("시간"), self.hours)
        form.addRow(self.tr("강사 (전문가 풀)"), self.instructor)
        form.addRow(self.tr("외부 강사"), self.instructor_name)
        form.addRow(self.tr("참석 인원(총)"), self.participants)
        form.addRow(self.tr("교육비 (교육 예산에 집행)"), self.cost)
        form.addRow(self.tr("교재·자료"), self.materials)
        adder = QHBoxLayout()
        adder.addWidget(self.department, 2)
        adder.addWidget(self.count)
        adder.addWidget(self.names, 2)
        adder.addWidget(self.add_button)
        box = QGroupBox(self.tr("부서별 참석"))
        bl = QVBoxLayout(box)
        bl.addLayout(adder)
        bl.addWidget(self.attendance)
        bl.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("trainingButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_attendance)
        self.remove_button.clicked.connect(self.remove_attendance)
        self.instructor.currentIndexChanged.connect(
            lambda: self.instructor_name.setEnabled(self.instructor.currentData() is None))
        if row is not None:
            self._fill(row)
        self._show_rows()
        self.resize(640, 720)

    def _fill(self, row: training.SessionRow) -> None:
        self.held_on.set_value(row.held_on)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind.value)))
        self.title.setText(row.title)
        index = self.district.findData(row.district)
        if index >= 0:
            self.district.setCurrentIndex(index)
        else:
            self.district.setEditText(row.district)
        self.place.setText(row.place)
        self.hours.setValue(row.hours)
        if row.instructor_expert_id is not None:
            self.instructor.setCurrentIndex(max(0, self.instructor.findData(row.instructor_expert_id)))
        self.instructor_name.setText(row.instructor_name)
        self.participants.setValue(row.attendees)
        self.cost.setValue(row.cost_won)
        self.materials.setText(row.materials)

    def _show_rows(self) -> None:
        self.attendance.set_rows([(n, (a.department, a.count, a.names)) for n, a in enumerate(self.rows)],
                                 right=(1,))

    def add_attendance(self) -> None:
        name = self.department.currentData()
        if name is None:
            return
        self.rows = [a for a in self.rows if a.department != name]
        self.rows.append(training.Attendance(str(name), self.count.value(), self.names.text()))
        self.names.clear()
        self._show_rows()

    def remove_attendance(self) -> None:
        index = self.attendance.current_id()
        if index is not None and 0 <= index < len(self.rows):
            del self.rows[index]
            self._show_rows()

    def data(self) -> training.TrainingInput:
        district = self.district.currentData() if self.district.currentText() == self.district.itemText(
            self.district.currentIndex()) else None
        return training.TrainingInput(
            held_on=self.held_on.value(), kind=TrainingKind(self.kind.currentData()), title=self.title.text(),
            district=str(district) if district else self.district.currentText().strip(),
            place=self.place.text(), hours=self.hours.value(), instructor_expert_id=self.instructor.currentData(),
            instructor_name=self.instructor_name.text(), participants=self.participants.value(),
            cost_won=self.cost.value(), materials=self.materials.text(), attendances=tuple(self.rows),
        )

    def save(self) -> None:
        data = self.data()
        session_id = self.session_id
        check: PaymentCheck | None = None
        if data.cost_won > 0:
            check = QueryOp(self, lambda db: training.check_cost(db, data.held_on, data.cost_won, session_id),
                            ctx=self.ctx).run()
            if not confirm_overrun(self, self.tr("교육 예산 초과"), check, self.tr("그래도 저장할까요?")):
                return
        allow = bool(check and check.exceeds_year)
        CollectionOp(self, lambda db: training.save_session(db, data, session_id, allow_over_budget=allow),
                     ctx=self.ctx).success(lambda _result: self.accept()).run()


class TrainingTab(YearTab):
    """A year's courses, the targets' progress with the 군·구 still to visit, and the departments to train."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "trainingYear", training.training_years, parent)
        self.view: training.TrainingOverview | None = None
        self.new_button = QPushButton(self.tr("새 교육(&N)…"))
        self.new_button.setObjectName("newTraining")
        self.edit_button = QPushButton(self.tr("편집(&E)…"))
        self.edit_button.setObjectName("editTraining")
        self.delete_button = QPushButton(self.tr("삭제"))
        self.delete_button.setObjectName("deleteTraining")
        top = QHBoxLayout()
        top.addWidget(self.year.labelled())
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.sessions = Table([self.tr("일자"), self.tr("구분"), self.tr("제목"), self.tr("군·구"), self.tr("장소"),
                               self.tr("강사"), self.tr("시간"), self.tr("인원"), self.tr("교육비")], "trainingTable")
        for col, width in enumerate((95, 120, 200, 80, 130, 150, 50, 60)):
            self.sessions.setColumnWidth(col, width)

        target_box = QGroupBox(self.tr("목표 달성"))
        self.tour_label = QLabel()
        self.tour_label.setObjectName("tourTarget")
        self.tour_bar = QProgressBar()
        self.district_label = QLabel()
        self.district_label.setObjectName("districtTarget")
        self.district_bar = QProgressBar()
        self.remaining = QLabel()
        self.remaining.setObjectName("remainingDistricts")
        self.remaining.setWordWrap(True)
        tl = QVBoxLayout(target_box)
        for widget in (self.tour_label, self.tour_bar, self.district_label, self.district_bar, self.remaining):
            tl.addWidget(widget)

        settings_box = QGroupBox(self.tr("목표 (설정)"))
        self.tours_goal = QSpinBox()
        self.tours_goal.setObjectName("toursPerYear")
        self.tours_goal.setRange(0, 100)
        self.districts_by = QSpinBox()
        self.districts_by.setObjectName("districtsBy")
        self.districts_by.setRange(2000, 2100)
        self.district_names = QLineEdit()
        self.district_names.setObjectName("districtNames")
        self.save_targets_button = QPushButton(self.tr("목표 저장"))
        self.save_targets_button.setObjectName("saveTargets")
        sl = QFormLayout(settings_box)
        sl.addRow(self.tr("군·구 순회 교육 (연 횟수)"), self.tours_goal)
        sl.addRow(self.tr("모든 군·구 방문 목표 연도"), self.districts_by)
        sl.addRow(self.tr("군·구 (쉼표로 구분)"), self.district_names)
        sl.addRow(self.save_targets_button)

        self.flags = Table([self.tr("부서"), self.tr("중점관리대상"), self.tr("교육 이수 인원")], "trainingFlags")
        self.flags.setColumnWidth(0, 120)
        self.flags.setColumnWidth(1, 90)
        flags_box = QGroupBox(self.tr("교육이 필요한 부서 (중점관리대상 > 교육 이수 인원)"))
        fl = QVBoxLayout(flags_box)
        fl.addWidget(self.flags)

        right = QVBoxLayout()
        right.addWidget(target_box)
        right.addWidget(flags_box, 1)
        right.addWidget(settings_box)
        body = QHBoxLayout()
        body.addWidget(self.sessions, 1)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.new_button.clicked.connect(self.new_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.sessions.doubleClicked.connect(self.edit_session)
        self.delete_button.clicked.connect(self.delete_session)
        self.save_targets_button.clicked.connect(self.save_targets)

    def show_year(self, year: int) -> None:
        view = QueryOp(self, lambda db: training.overview(db, year)).run()
        if view is None:
            return
        self.view = view
        self.sessions.set_rows([(t.id, (iso(t.held_on), domain_label(t.kind), t.title, domain_label(t.district)
                                        if t.district else "", t.place, t.instructor, f"{t.hours:g}", t.attendees,
                                        won_text(t.cost_won))) for t in view.sessions], right=(6, 7, 8))
        tours, districts = view.progress
        targets = view.targets
        self.tour_label.setText(self.tr("군·구 순회 교육 연 {0}회: {1}회 실시").format(tours.goal, tours.done))
        self.tour_bar.setRange(0, max(1, tours.goal))
        self.tour_bar.setValue(min(tours.done, max(1, tours.goal)))
        self.district_label.setText(self.tr("{0}년까지 {1}개 군·구: {2}곳 방문").format(
            targets.districts_by, districts.goal, districts.done))
        self.district_bar.setRange(0, max(1, districts.goal))
        self.district_bar.setValue(districts.done)
        self.remaining.setText(self.tr("남은 군·구: {0}").format(", ".join(domain_label(d) for d in districts.remaining))
                               if districts.remaining else self.tr("모든 군·구를 방문했습니다."))
        self.flags.set_rows([(n, (f.department, f.key_cases, f.trained)) for n, f in enumerate(view.flags)],
                            right=(1, 2))
        self.tours_goal.setValue(targets.tours_per_year)
        self.districts_by.setValue(targets.districts_by)
        self.district_names.setText(", ".join(targets.districts))

    def new_session(self) -> None:
        targets = self.view.targets if self.view is not None else TrainingTargets()
        TrainingDialog(self.ctx, targets, None, self, year=self.selected_year()).exec()

    def edit_session(self) -> None:
        session_id = self.sessions.current_id()
        if session_id is None or self.view is None:
            return
        row = QueryOp(self, lambda db: training.get_session(db, session_id)).run()
        if row is not None:
            TrainingDialog(self.ctx, self.view.targets, row, self).exec()

    def delete_session(self) -> None:
        session_id = self.sessions.current_id()
        if session_id is None or not messages.confirm(
                self, self.tr("교육 삭제"), self.tr("선택한 교육 과정을 삭제할까요? 교육비 집행도 함께 지워집니다.")):
            return
        CollectionOp(self, lambda db: training.delete_session(db, session_id)).run()

    def save_targets(self) -> None:
        tours, by = self.tours_goal.value(), self.districts_by.value()
        names = tuple(part.strip() for part in self.district_names.text().split(","))
        CollectionOp(self, lambda db: training.save_targets(
            db, TrainingTargets(tours_per_year=tours, districts=names, districts_by=by))).run()
