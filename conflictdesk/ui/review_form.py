"""The review form (점검 기록): date, reviewer, findings, stage, grade recommendation, item progress, and the 공론화
권고안 of items referred from the case (read-only: docs/업무규칙.md "공론화 추진")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.enums import ConflictStage, ItemStatus, ReviewProgress
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_process import case_recommendations
from conflictdesk.services.deliberation_process_dtos import CaseRecommendation
from conflictdesk.services.review_record import PLAN, ItemProgress, ReviewForm, load_review_form, save_review
from conflictdesk.store.engine import Database
from conflictdesk.ui.column_fit import fit_columns
from conflictdesk.ui.context import context_for
from conflictdesk.ui.date_edit import DateEdit
from conflictdesk.ui.i18n import domain_label
from conflictdesk.ui.ops import CollectionOp, QueryOp

NOT_RECORDED = "—"
STATUS_LABEL = {s.value: s.label for s in ItemStatus}
LATE = QColor("#c0392b")


class ReviewFormDialog(QDialog):
    """Opens one review; ``changes`` holds what the save changed (empty when cancelled)."""

    def __init__(self, db: Database, review_id: int, today: date, reviewer: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ctx = context_for(parent, db)
        self.form: ReviewForm = load_review_form(db, review_id)
        self.changes = Changes()
        f = self.form
        self.setWindowTitle(self.tr("정기점검 기록 — {code} {name}").format(code=f.code, name=f.name))
        self.resize(760, 620)

        header = QLabel(self.tr("<b>{name}</b> ({code}) · {department} · {round} {0}등급 · 마감 {due:%Y-%m-%d}").format(
            f.grade or '-', name=f.name, code=f.code, department=f.department, round=f.round, due=f.due)
                        + (self.tr(" · {done_on:%Y-%m-%d} 완료").format(done_on=f.done_on) if f.done_on else ""))
        header.setWordWrap(True)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("reviewDate")
        day = f.done_on or today
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.reviewer = QLineEdit(f.reviewer or reviewer)
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(self.tr("점검자 이름 (설정에 내 이름을 넣으면 자동으로 채워집니다)"))
        self.findings = QPlainTextEdit(f.findings)
        self.findings.setTabChangesFocus(True)  # Tab moves on (#19: no keyboard trap)
        self.findings.setObjectName("findings")
        self.findings.setPlaceholderText(self.tr("점검 결과: 대응계획 이행 상황, 갈등 동향, 조치 필요 사항"))
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        for s in ConflictStage:
            self.stage.addItem(domain_label(s), s.value)
        if f.stage:
            self.stage.setCurrentIndex(max(0, self.stage.findData(f.stage)))
        self.grade = QComboBox()
        self.grade.setObjectName("gradeRecommendation")
        self.grade.addItem(self.tr("권고 없음"), None)
        for g in (1, 2, 3):
            self.grade.addItem(self.tr("{g}등급").format(g=g), g)
        start = f.grade_recommendation if f.grade_recommendation is not None else f.grade
        self.grade.setCurrentIndex(max(0, self.grade.findData(start)))

        form = QFormLayout()
        form.addRow(self.tr("점검일(&D)"), self.date_edit)
        form.addRow(self.tr("점검자(&R)"), self.reviewer)
        stage_hint = self.tr(" (현재 카드: {0})").format(domain_label(ConflictStage(f.card_stage))) if f.card_stage else ""
        form.addRow(self.tr("갈등단계(&S){stage_hint}").format(stage_hint=stage_hint), self.stage)
        form.addRow(self.tr("다음 차수 권고 등급(&G)"), self.grade)
        form.addRow(self.tr("점검 결과(&F)"), self.findings)

        self.items = QTableWidget(len(f.lines), 5)
        self.items.setTabKeyNavigation(False)  # Tab moves on to the next widget (#19)
        self.items.setObjectName("progressTable")
        self.items.setHorizontalHeaderLabels([self.tr("구분"), self.tr("항목"), self.tr("기한"), self.tr("현재 상태"), self.tr("이행 상태")])
        self.items.verticalHeader().hide()
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress_boxes: list[QComboBox] = []
        for row, line in enumerate(f.lines):
            values = (self.tr("대응계획") if line.kind == PLAN else self.tr("합의사항"), line.title,
                      format_date(line.due), domain_label(STATUS_LABEL.get(line.status, line.status)))
            for col, text in enumerate(values):
                self.items.setItem(row, col, QTableWidgetItem(text))
            box = QComboBox()
            box.addItem(NOT_RECORDED, None)
            for p in ReviewProgress:
                box.addItem(domain_label(p), p.value)
            default = line.progress or (ReviewProgress.DONE.value if line.status == "done" else None)
            box.setCurrentIndex(max(0, box.findData(default)))
            self.items.setCellWidget(row, 4, box)
            self.progress_boxes.append(box)
        fit_columns(self.items, {0: 80, 2: 95, 3: 80, 4: 90}, stretch=1, stretch_min=200)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("점검 완료 저장"))
        save_button.setObjectName("saveReview")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("대응계획·합의사항 이행 점검 (완료로 표시하면 점검일자로 완료 처리됩니다)")))
        layout.addWidget(self.items, 1)
        found = QueryOp(self, lambda db: case_recommendations(db, f.project_id, today), ctx=self.ctx).run()
        self.recommendations = self._recommendation_table(found or ())
        if found:
            note = QLabel(self.tr("공론화 권고안 이행 (이 사례에서 회부한 공론화 안건; 공론화 → 추진 탭에서 고칩니다)"))
            note.setBuddy(self.recommendations)
            layout.addWidget(note)
            layout.addWidget(self.recommendations)
            self.resize(self.width(), self.height() + self.recommendations.maximumHeight())
        else:
            self.recommendations.hide()
        layout.addWidget(buttons)

    def _recommendation_table(self, found: tuple[CaseRecommendation, ...]) -> QTableWidget:
        """The case's 공론화 recommendations, read-only: item, number, text, the city's answer, owner, due, status
        (지연 in red when past due and neither 완료 nor 취소 on the form's day)."""
        table = QTableWidget(len(found), 7)
        table.setObjectName("caseRecommendations")
        table.setTabKeyNavigation(False)
        table.setHorizontalHeaderLabels([self.tr("공론화 안건"), self.tr("권고"), self.tr("내용"), self.tr("시 답변"),
                                         self.tr("담당"), self.tr("기한"), self.tr("이행")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, found_row in enumerate(found):
            r = found_row.recommendation
            answer = domain_label(r.answer) if r.answer else self.tr("답변 전")
            status = self.tr("지연") if r.overdue else domain_label(r.status)
            values = (found_row.item_title, str(r.position), r.text, answer, r.owner, format_date(r.due), status)
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if col == 6 and r.overdue:
                    cell.setForeground(LATE)
                if col == 3 and r.reason:
                    cell.setToolTip(r.reason)
                table.setItem(row, col, cell)
        fit_columns(table, {0: 120, 1: 40, 3: 80, 4: 90, 5: 95, 6: 60}, stretch=2, stretch_min=200)
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + 4
                               + table.verticalHeader().defaultSectionSize() * max(1, min(len(found), 4)))
        return table

    def progress(self) -> list[ItemProgress]:
        out = []
        for line, box in zip(self.form.lines, self.progress_boxes, strict=True):
            value = box.currentData()
            if value is not None:
                out.append(ItemProgress(line.kind, line.item_id, str(value)))
        return out

    def save(self) -> None:
        q = self.date_edit.date()
        form, on, progress = self.form, date(q.year(), q.month(), q.day()), self.progress()
        result = CollectionOp(self, lambda db: save_review(
            db, form.review_id, form.version, on=on, reviewer=self.reviewer.text(), findings=self.findings.toPlainText(),
            stage=str(self.stage.currentData()), grade_recommendation=self.grade.currentData(), progress=progress,
        )).run()
        if result is not None:  # on an error the form stays open with what the user typed
            self.form, self.changes = result
            self.accept()
