"""Diagnosis form (갈등진단표) of the selected project: criteria, carry-over, checklist, alerts, grades."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.enums import CarryOver, Grade, GradeKind, OwnerLevel
from conflictdesk.domain.grading import SCORE_LABELS, GradeSuggestion, needs_override_reason, suggest_grade
from conflictdesk.domain.pre_review import ChecklistStatus
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui import clock
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.date_edit import DateEdit
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.ops import CollectionOp

if TYPE_CHECKING:  # the services (and the models) load after the first table (docs/architecture.md)
    from conflictdesk.services.diagnosis import DiagnosisForm
    from conflictdesk.services.pre_review_dtos import ChecklistState

KINDS = (GradeKind.SELF, GradeKind.RECOMMENDED, GradeKind.CONFIRMED)
#: Korean date notation (2020. 08. 03.) for the grade dates.
ALERT_COLOURS = {"none": "#2e7d32", "pre_alert": "#ef6c00", "alert": "#c62828"}
# What is late or disagrees: an overdue 사전 갈등검토목록 (here and in its 현황 window), a department's answer unlike
# the register.
LATE_COLOUR = "#c0392b"


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class DiagnosisFormWidget(QScrollArea):
    """Edits one project's diagnosis in one round; ``saved(Changes)`` after every stored change."""

    saved = Signal(object)

    def __init__(self, ctx: PanelContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx)
        self.db = self.ctx.db
        self.today = self.ctx.today
        self.form: DiagnosisForm | None = None
        self.dirty = False
        self._loading = False
        self._saved_note: tuple[tuple[str, str, int | None], str] | None = None
        self._pending_note: tuple[str, str, str] | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(360)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = _bold(self.tr("사업을 선택하세요"))
        self.title.setObjectName("diagnosisTitle")
        self.title.setWordWrap(True)
        self.criteria_label = QLabel()
        self.criteria_label.setObjectName("criteriaLabel")
        self.criteria_label.setWordWrap(True)
        self.criteria_label.setTextFormat(Qt.TextFormat.RichText)

        self.carry_group = QGroupBox(self.tr("이월 판단"))
        self.carry_box = QComboBox()
        self.carry_box.setObjectName("carryOverBox")
        self.carry_box.addItem(self.tr("판단 전"), "")
        for c in CarryOver:
            self.carry_box.addItem(domain_label(c), c.value)
        self.carry_button = QPushButton(self.tr("이월 판단 저장"))
        self.carry_button.setObjectName("carryOverSave")
        self.carry_group.hide()  # shown for carried-over projects only
        carry_row = QHBoxLayout(self.carry_group)
        self.carry_label = QLabel()
        carry_row.addWidget(self.carry_label, 1)
        carry_row.addWidget(self.carry_box)
        carry_row.addWidget(self.carry_button)

        # the department's 사전 갈등검토목록 answers: shown, and written into the checklist only on the officer's click
        self.pre_review_group = QGroupBox(self.tr("사전검토 (부서 답)"))
        self.pre_review_group.setObjectName("preReviewGroup")
        pre_layout = QVBoxLayout(self.pre_review_group)
        self.pre_review_label = QLabel()
        self.pre_review_label.setObjectName("preReviewLabel")
        self.pre_review_label.setWordWrap(True)
        self.pre_review_label.setTextFormat(Qt.TextFormat.RichText)
        self.pre_review_button = QPushButton(self.tr("부서 답을 진단표에 채우기(&P)"))
        self.pre_review_button.setObjectName("usePreReview")
        self.pre_review_button.setToolTip(self.tr("사전검토의 해결 주체와 위험 진단표 점수를 이 진단표에 채웁니다. "
                                                  "저장해야 반영됩니다."))
        pre_layout.addWidget(self.pre_review_label)
        pre_layout.addWidget(self.pre_review_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pre_review_group.hide()

        owner_group = QGroupBox(self.tr("해결 주체 (누가 대응해야 하는가)"))
        owner_layout = QVBoxLayout(owner_group)
        self.owner_buttons = QButtonGroup(self)
        self.owner_buttons.setExclusive(True)
        for level in (OwnerLevel.DEPARTMENT, OwnerLevel.MULTI_DEPARTMENT, OwnerLevel.CITY):
            radio = QRadioButton(self.tr("{label} → {value}등급").format(label=domain_label(level), value=level.value))
            radio.setObjectName(f"owner{level.value}")
            self.owner_buttons.addButton(radio, level.value)
            owner_layout.addWidget(radio)

        self.risk_group = QGroupBox(self.tr("위험 진단표 (0 없음 ~ 3 높음, 가중치)"))
        self.risk_layout = QFormLayout(self.risk_group)
        # a long item (English) puts its score under it rather than push the scores out of view (#19)
        self.risk_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.score_boxes: dict[str, QComboBox] = {}

        self.alert_label = QLabel()
        self.alert_label.setObjectName("alertLabel")
        self.alert_label.setWordWrap(True)
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestionLabel")
        self.suggestion_label.setWordWrap(True)

        grades_group = QGroupBox(self.tr("등급"))
        grid = QGridLayout(grades_group)
        self.grade_boxes: dict[GradeKind, QComboBox] = {}
        self.grade_dates: dict[GradeKind, DateEdit] = {}
        self._dates_touched: set[GradeKind] = set()
        for row, kind in enumerate(KINDS):
            box = QComboBox()
            box.setObjectName(f"grade_{kind.value}")
            box.addItem(self.tr("미정"), None)
            for g in (1, 2, 3):
                box.addItem(self.tr("{g}등급").format(g=g), g)
            self.grade_boxes[kind] = box
            day = DateEdit(QDate(clock.today()))  # not Qt's 2000-01-01 while no project is chosen
            day.setObjectName(f"gradeDate_{kind.value}")
            day.setToolTip(self.tr("{label} 등급을 정한 날").format(label=domain_label(kind)))
            day.setAccessibleName(self.tr("{label} 등급 날짜").format(label=domain_label(kind)))
            self.grade_dates[kind] = day
            grid.addWidget(QLabel(domain_label(kind)), row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(self.grade_dates[kind], row, 2)
        self.override_label = QLabel(self.tr("확정 등급이 제안 등급과 다릅니다. 사유(필수):"))
        self.override_label.setObjectName("overrideLabel")
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("overrideReason")
        self.override_edit.setPlaceholderText(self.tr("예: 집회 장기화로 시 차원 결정 필요"))
        self.override_label.setBuddy(self.override_edit)
        grid.addWidget(self.override_label, 3, 0, 1, 3)
        grid.addWidget(self.override_edit, 4, 0, 1, 3)
        self.analysis_label = QLabel()
        self.analysis_label.setObjectName("analysisReason")
        self.analysis_label.setWordWrap(True)
        self.analysis_button = QPushButton(self.tr("분석 권고를 사유로(&R)"))
        self.analysis_button.setObjectName("citeAnalysis")
        self.analysis_button.setToolTip(self.tr("최근 갈등영향분석의 권고를 확정 등급의 사유로 적습니다."))
        grid.addWidget(self.analysis_label, 5, 0, 1, 2)
        grid.addWidget(self.analysis_button, 5, 2)
        self.analysis_label.hide()
        self.analysis_button.hide()

        self.save_button = QPushButton(self.tr("저장 (Ctrl+S)"))
        self.save_button.setObjectName("diagnosisSave")
        self.status_label = QLabel()
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)

        layout.addWidget(self.title)
        layout.addWidget(self.criteria_label)
        layout.addWidget(self.carry_group)
        layout.addWidget(self.pre_review_group)
        layout.addWidget(owner_group)
        layout.addWidget(self.risk_group)
        layout.addWidget(_bold(self.tr("경보 신호")))
        layout.addWidget(self.alert_label)
        layout.addStretch(1)
        # The suggested and confirmed grades and the save button stay in view below the scrolling checklist
        # (#19: they were below the fold at 1366×768); the panel places ``footer`` under the form.
        self.footer = QWidget()
        self.footer.setObjectName("diagnosisFooter")
        footer = QVBoxLayout(self.footer)
        footer.setContentsMargins(4, 2, 4, 2)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(_bold(self.tr("제안 등급")), 0, Qt.AlignmentFlag.AlignTop)
        suggestion_row.addWidget(self.suggestion_label, 1)
        footer.addLayout(suggestion_row)
        footer.addWidget(grades_group)
        footer.addLayout(save_row)

        self.save_action = QAction(self.tr("진단 저장"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button.clicked.connect(self.save)
        self.carry_button.clicked.connect(self.save_carry_over)
        self.owner_buttons.idToggled.connect(self._owner_toggled)
        for kind, box in self.grade_boxes.items():
            box.currentIndexChanged.connect(lambda _i, k=kind: self._grade_changed(k))
            self.grade_dates[kind].dateChanged.connect(lambda _d, k=kind: self._date_changed(k))
        self.override_edit.textEdited.connect(lambda _t: self._changed())
        self.analysis_button.clicked.connect(self.cite_analysis)
        self.pre_review_button.clicked.connect(self.use_pre_review)
        self._body = body
        self._set_enabled(False)
        self._refresh_suggestion()  # no override prompt before a project is chosen

    def cite_analysis(self) -> None:
        """Write the latest 갈등영향분석 into the reason (kept when it is already there)."""
        if self.form is None or not self.form.analyses:
            return
        reason = self.form.analyses[-1].as_reason()
        current = self.override_edit.text().strip()
        if reason not in current:
            self.override_edit.setText(f"{current}; {reason}" if current else reason)
            self._changed()

    def use_pre_review(self) -> None:
        """Write the department's pre-review answers (owner level, scores, a missing self grade) into the form; the
        officer sees them and saves (or not) — nothing is stored here."""
        form = self.form
        if form is None or form.pre_review is None:
            return
        answers = form.pre_review.answers
        if answers.owner_level is not None:
            self.owner_buttons.setExclusive(False)
            for button in self.owner_buttons.buttons():
                button.setChecked(self.owner_buttons.id(button) == answers.owner_level)
            self.owner_buttons.setExclusive(True)
        for code, box in self.score_boxes.items():
            if code in answers.scores:
                box.setCurrentIndex(max(0, box.findData(answers.scores[code])))
        self_box = self.grade_boxes[GradeKind.SELF]
        if answers.self_grade and form.is_target and self_box.currentData() is None:
            self_box.setCurrentIndex(max(0, self_box.findData(answers.self_grade)))
        self._changed()
        self.status_label.setText(self.tr("사전검토 답을 채웠습니다. 확인하고 저장하세요."))

    def _pending_line(self, pending: ChecklistState) -> str:
        """The checklist still awaited: sent and due, overdue in red, or back with problems."""
        department = html.escape(pending.department)
        if pending.status is ChecklistStatus.INCOMPLETE:
            return self.tr("<span style='color:{late}'>검토목록이 {returned}에 돌아왔으나 문제가 있어 반영하지 "
                           "않았습니다 ({department}). 고친 파일을 다시 받으세요.</span>").format(
                late=LATE_COLOUR, returned=format_date(pending.returned_on), department=department)
        if pending.status is ChecklistStatus.OVERDUE:
            return self.tr("<span style='color:{late}'><b>검토목록 기한 경과</b>: {department}에 {sent} 보냄, 기한 "
                           "{due} ({days}일 지남)</span>").format(
                late=LATE_COLOUR, department=department, sent=format_date(pending.sent_on),
                due=format_date(pending.due), days=pending.days_overdue)
        return self.tr("검토목록 회신 대기: {department}에 {sent} 보냄, 기한 {due}").format(
            department=department, sent=format_date(pending.sent_on), due=format_date(pending.due))

    def _show_pre_review(self, form: DiagnosisForm) -> None:
        view, pending = form.pre_review, form.checklist_pending
        self.pre_review_group.setVisible(view is not None or pending is not None)
        self.pre_review_button.setVisible(view is not None)
        if view is None:
            self.pre_review_label.setText(self._pending_line(pending) if pending is not None else "")
            return
        answers = view.answers
        lines = [self._pending_line(pending)] if pending is not None else []
        lines += [self.tr("{department} · {accepted} 반영").format(
            department=html.escape(view.department), accepted=format_date(view.accepted_on))
                 + (self.tr(" · 작성 {writer}").format(writer=html.escape(answers.writer)) if answers.writer else "")]
        owner = domain_label(OwnerLevel(answers.owner_level)) if answers.owner_level else self.tr("미답")
        lines.append(self.tr("해결 주체: {owner} · 점수 {total}/{maximum} → 제안 <b>{grade}</b>").format(
            owner=owner, total=view.suggestion.total, maximum=view.suggestion.maximum,
            grade=domain_label(view.suggestion.grade)))
        if answers.self_grade:
            lines.append(self.tr("부서 자체진단: {grade}등급").format(grade=answers.self_grade))
        holds, not_holds = self.tr("해당"), self.tr("비해당")
        for label, said, register in view.criteria_differences:
            lines.append(self.tr("<span style='color:#c0392b'>{label}: 부서 답 {said}, 등록 정보 {register}</span>").format(
                label=html.escape(domain_label(label)), said=holds if said else not_holds,
                register=holds if register else not_holds))
        if answers.opinion:
            lines.append(self.tr("의견: {opinion}").format(opinion=html.escape(answers.opinion[:300])))
        self.pre_review_label.setText("<br>".join(lines))
        self.pre_review_button.setEnabled(answers.answered)

    # --- loading ------------------------------------------------------------------------------
    def load(self, project_code: str, round_code: str) -> None:
        from conflictdesk.services.diagnosis import load_diagnosis

        self.show_form(load_diagnosis(self.db, project_code, round_code, self.today()))

    def clear(self) -> None:
        self.form = None
        self.dirty = False
        self.title.setText(self.tr("사업을 선택하세요"))
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self._body.setEnabled(on)
        self.footer.setEnabled(on)

    def show_form(self, form: DiagnosisForm) -> None:
        self._loading = True
        self.form = form
        self._set_enabled(True)
        self.title.setText(self.tr("{project_code} {project_name}\n{department} · {round_code} 차수").format(
            project_code=form.project_code, project_name=form.project_name, department=form.department, round_code=form.round_code)
                           + ("" if form.is_target else self.tr(" · 진단대상 아님")))
        if form.criteria:
            items = "".join(f"<li><b>{html.escape(label)}</b>: {html.escape(reason)}</li>"
                            for _c, label, reason in form.criteria)
            self.criteria_label.setText(self.tr("해당 진단기준<ul style='margin:0'>{items}</ul>").format(items=items))
        else:
            self.criteria_label.setText(self.tr("해당 진단기준 없음"))
        extra = []
        if form.added_mid_round:
            extra.append(self.tr("차수 중 추가 대상") + (self.tr(" ({replaces_code} 대체)").format(
                replaces_code=form.replaces_code) if form.replaces_code else ""))
        self.carry_group.setVisible(form.carried_over)
        self.carry_label.setText(self.tr("이전 차수에서 이월된 사업입니다.") + (" " + ", ".join(extra) if extra else ""))
        self.carry_box.setCurrentIndex(max(0, self.carry_box.findData(form.carry_over or "")))
        self.owner_buttons.setExclusive(False)
        for button in self.owner_buttons.buttons():
            button.setChecked(self.owner_buttons.id(button) == form.owner_level)
        self.owner_buttons.setExclusive(True)
        self._build_risk_rows(form)
        today = self.today()
        latest = QDate(today.year, today.month, today.day)
        self._dates_touched.clear()
        for kind in KINDS:
            entry = form.grades[kind]
            self.grade_boxes[kind].setCurrentIndex(max(0, self.grade_boxes[kind].findData(entry.grade)))
            day = entry.on or form.default_date or today
            edit = self.grade_dates[kind]
            edit.setMaximumDate(latest)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(entry.grade is not None)
        self.override_edit.setText(form.override_reason)
        analysis = form.analyses[-1] if form.analyses else None
        self.analysis_label.setVisible(analysis is not None)
        self.analysis_button.setVisible(analysis is not None)
        self.analysis_label.setText(self.tr("최근 분석: {0}").format(analysis.as_reason()) if analysis else "")
        self._show_pre_review(form)
        level = form.alert.level
        met = "".join(f"<li>{html.escape(m)}</li>" for m in form.alert.met)
        self.alert_label.setText(
            self.tr("<span style='color:{0}'><b>{label}</b></span> (충족 신호 {1}개)").format(
                ALERT_COLOURS.get(level.value, '#000'), len(form.alert.met), label=domain_label(level)) + (f"<ul style='margin:0'>{met}</ul>" if met else ""))
        self._loading = False
        self.dirty = False
        self._refresh_suggestion()
        pending = self._pending_note
        if pending is not None and pending[:2] == (form.project_code, form.round_code):
            self._saved_note, self._pending_note = ((form.project_code, form.round_code, form.version), pending[2]), None
        note = self._saved_note
        if note is not None and note[0] == (form.project_code, form.round_code, form.version):
            self.status_label.setText(note[1])
        else:
            self.status_label.setText(self.tr("버전 {version}").format(
                version=form.version) if form.version else self.tr("아직 저장되지 않은 진단"))

    def _build_risk_rows(self, form: DiagnosisForm) -> None:
        codes = [i.code for i in form.checklist.items]
        if list(self.score_boxes) != codes:
            while self.risk_layout.rowCount():
                self.risk_layout.removeRow(0)
            self.score_boxes = {}
            for item in form.checklist.items:
                box = QComboBox()
                box.setObjectName(f"score_{item.code}")
                for score, label in SCORE_LABELS.items():
                    box.addItem(f"{score} {domain_label(label)}", score)
                box.currentIndexChanged.connect(lambda _i: self._changed())
                self.score_boxes[item.code] = box
                item_label = QLabel(f"{domain_label(item.label)} (×{item.weight})")
                item_label.setWordWrap(item_label.sizeHint().width() > 240)  # a long (English) name wraps
                item_label.setBuddy(box)
                self.risk_layout.addRow(item_label, box)
        for code, box in self.score_boxes.items():
            box.setCurrentIndex(form.scores.get(code, 0))

    # --- editing ------------------------------------------------------------------------------
    def owner_level(self) -> int | None:
        checked = self.owner_buttons.checkedId()
        return checked if checked in (1, 2, 3) else None

    def scores(self) -> dict[str, int]:
        return {code: int(box.currentData()) for code, box in self.score_boxes.items()}

    def answered(self) -> bool:
        return self.owner_level() is not None or any(self.scores().values())

    def suggestion(self) -> GradeSuggestion | None:
        if self.form is None or not self.answered():
            return None
        level = self.owner_level()
        return suggest_grade(OwnerLevel(level) if level else None, self.scores(), self.form.checklist)

    def grades(self) -> dict[GradeKind, int | None]:
        return {kind: box.currentData() for kind, box in self.grade_boxes.items()}

    def grade_dates_value(self) -> dict[GradeKind, date]:
        """The date shown next to each grade (자체진단일·권고일·확정일)."""
        out = {}
        for kind, edit in self.grade_dates.items():
            q = edit.date()
            out[kind] = date(q.year(), q.month(), q.day())
        return out

    def _grade_changed(self, kind: GradeKind) -> None:
        if self._loading:
            return
        edit = self.grade_dates[kind]
        edit.setEnabled(self.grade_boxes[kind].currentData() is not None)
        if kind not in self._dates_touched:  # a new grade is dated today (in the round) unless the officer says otherwise
            today = (self.form.default_date if self.form is not None else None) or self.today()
            edit.blockSignals(True)
            edit.setDate(QDate(today.year, today.month, today.day))
            edit.blockSignals(False)
        self._changed()

    def _date_changed(self, kind: GradeKind) -> None:
        if self._loading:
            return
        self._dates_touched.add(kind)
        self._changed()

    def override_required(self) -> bool:
        confirmed = self.grades()[GradeKind.CONFIRMED]
        suggestion = self.suggestion()
        return confirmed is not None and needs_override_reason(Grade(confirmed), suggestion)

    def _owner_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._changed()

    def _changed(self) -> None:
        if self._loading or self.form is None:
            return
        self.dirty = True
        self.status_label.setText(self.tr("저장하지 않은 변경 있음"))
        self._refresh_suggestion()

    def _refresh_suggestion(self) -> None:
        suggestion = self.suggestion()
        if suggestion is None:
            self.suggestion_label.setText(self.tr("해결 주체 또는 진단표를 입력하면 등급을 제안합니다."))
        else:
            reasons = "".join(f"<li>{html.escape(r)}</li>" for r in suggestion.reasons)
            self.suggestion_label.setText(f"<b>{domain_label(suggestion.grade)}</b><ul style='margin:0'>{reasons}</ul>")
        required = self.override_required()
        self.override_label.setVisible(required)
        self.override_edit.setVisible(required)

    # --- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the form; ``False`` (and a message) when a rule refuses it."""
        form = self.form
        if form is None:
            return False
        reason = self.override_edit.text().strip() if self.override_required() else ""
        if self.override_required() and not reason:
            self.override_edit.setFocus()
            QMessageBox.warning(self, self.tr("확인이 필요합니다"), self.tr("확정 등급이 제안 등급과 다릅니다. 사유를 입력하세요."))
            return False
        from conflictdesk.services.diagnosis import save_diagnosis

        owner, scores, grades, dates = self.owner_level(), self.scores(), self.grades(), self.grade_dates_value()
        # the confirmation stays, also through the reload the save's changes trigger, until another version is shown
        self._pending_note = (form.project_code, form.round_code, self.tr(
            "<span style='color:#2e7d32'>✓ 저장했습니다 · {time}</span>").format(time=clock.now().strftime("%H:%M")))
        result = CollectionOp(self, lambda db: save_diagnosis(
            db, form.project_code, form.round_code, owner_level=owner, scores=scores, grades=grades,
            override_reason=reason, today=self.today(), seen_version=form.version, dates=dates)).run()
        if result is None:
            self._pending_note = None
            return False
        saved, changes = result
        self.show_form(saved)
        self.saved.emit(changes)
        return True

    def save_carry_over(self) -> None:
        form = self.form
        decision = self.carry_box.currentData()
        if form is None or not decision:
            return
        if self.dirty and not self.save():
            return
        reason, ok = QInputDialog.getText(self, self.tr("이월 판단 사유"), self.tr("판단 사유 (필수):"))
        if not ok or not reason.strip():
            return
        from conflictdesk.services.carryover import mark_carry_over

        seen = self.form.version if self.form else None
        changes = CollectionOp(self, lambda db: mark_carry_over(db, form.project_code, form.round_code, decision,
                                                                self.today(), reason=reason, seen_version=seen)).run()
        if changes is None:
            return
        self.load(form.project_code, form.round_code)
        self.saved.emit(changes)

    def focus_first_field(self) -> None:
        """Put the keyboard in the form (Enter on a project in the table): the first field that can take it."""
        candidates = [self.carry_box, *self.owner_buttons.buttons()]
        checked = self.owner_buttons.checkedButton()
        if checked is not None:
            candidates.insert(1, checked)
        for widget in candidates:
            if widget.isVisibleTo(self) and widget.isEnabled():
                self.ensureWidgetVisible(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def maybe_leave(self) -> bool:
        """Before showing another project: ask about unsaved changes. ``False`` = stay here."""
        if not self.dirty or self.form is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("저장하지 않은 변경"), self.tr("{project_code} 진단의 변경 내용을 저장할까요?").format(
                project_code=self.form.project_code),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False


__all__ = ["Changes", "DiagnosisFormWidget"]
