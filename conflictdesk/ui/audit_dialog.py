"""Audit trail browser (감사 기록): filter by entity, actor, action and date; export the view to CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDate,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.field_labels import field_labels
from conflictdesk.domain.filenames import safe_filename
from conflictdesk.services.audit_log import (
    COLUMNS,
    AuditFilter,
    AuditRow,
    export_audit_csv,
    filter_choices,
    load_audit,
)
from conflictdesk.store.engine import Database
from conflictdesk.ui import clock
from conflictdesk.ui.column_fit import fit_columns
from conflictdesk.ui.columns import Column, ColumnModel
from conflictdesk.ui.context import context_for
from conflictdesk.ui.date_edit import DateEdit
from conflictdesk.ui.i18n import DOMAIN_CONTEXT, QT_TRANSLATE_NOOP, translate
from conflictdesk.ui.ops import CollectionOp

ACTION_LABELS = {"create": QT_TRANSLATE_NOOP("AuditModel", "추가"), "update": QT_TRANSLATE_NOOP("AuditModel", "수정"),
                 "delete": QT_TRANSLATE_NOOP("AuditModel", "삭제"), "reveal": QT_TRANSLATE_NOOP("AuditModel", "개인정보 열람"),
                 "export": QT_TRANSLATE_NOOP("AuditModel", "내보내기"), "backup": QT_TRANSLATE_NOOP("AuditModel", "백업"),
                 "demo": QT_TRANSLATE_NOOP("AuditModel", "데모 데이터 생성"), "clear": QT_TRANSLATE_NOOP("AuditModel", "전체 삭제")}
#: What each audited record is, in words (the stored names are the program's internal class names).
ENTITY_LABELS = {
    "Project": QT_TRANSLATE_NOOP("AuditModel", "사업"), "Diagnosis": QT_TRANSLATE_NOOP("AuditModel", "갈등진단"),
    "Round": QT_TRANSLATE_NOOP("AuditModel", "진단 차수"), "Department": QT_TRANSLATE_NOOP("AuditModel", "부서"),
    "Card": QT_TRANSLATE_NOOP("AuditModel", "갈등관리카드"), "StageTransition": QT_TRANSLATE_NOOP("AuditModel", "갈등단계 변경"),
    "MainIssue": QT_TRANSLATE_NOOP("AuditModel", "주요 쟁점"), "Stakeholder": QT_TRANSLATE_NOOP("AuditModel", "이해관계자"),
    "Signal": QT_TRANSLATE_NOOP("AuditModel", "갈등 신호"), "ActionEntry": QT_TRANSLATE_NOOP("AuditModel", "조치실적"),
    "CardSnapshot": QT_TRANSLATE_NOOP("AuditModel", "차수 스냅숏"), "ResponsePlan": QT_TRANSLATE_NOOP("AuditModel", "대응계획"),
    "PlanItem": QT_TRANSLATE_NOOP("AuditModel", "조치항목"), "Expert": QT_TRANSLATE_NOOP("AuditModel", "갈등조정전문가"),
    "ExpertAssignment": QT_TRANSLATE_NOOP("AuditModel", "전문가 배정"), "AllowanceBudget": QT_TRANSLATE_NOOP("AuditModel", "수당 예산"),
    "AllowancePayment": QT_TRANSLATE_NOOP("AuditModel", "수당 지급"), "Council": QT_TRANSLATE_NOOP("AuditModel", "갈등조정협의회"),
    "CouncilMember": QT_TRANSLATE_NOOP("AuditModel", "협의회 위원"), "CouncilMeeting": QT_TRANSLATE_NOOP("AuditModel", "협의회 회의"),
    "AgreementItem": QT_TRANSLATE_NOOP("AuditModel", "합의사항"), "Setting": QT_TRANSLATE_NOOP("AuditModel", "설정"),
    "Review": QT_TRANSLATE_NOOP("AuditModel", "정기점검"), "ReviewProgressEntry": QT_TRANSLATE_NOOP("AuditModel", "점검 이행 기록"),
    "ExtraHoliday": QT_TRANSLATE_NOOP("AuditModel", "추가 휴일"), "TrainingSession": QT_TRANSLATE_NOOP("AuditModel", "교육"),
    "DeliberationCandidate": QT_TRANSLATE_NOOP("AuditModel", "공론화 후보"), "AuditLog": QT_TRANSLATE_NOOP("AuditModel", "감사 기록"),
    "DeliberationItem": QT_TRANSLATE_NOOP("AuditModel", "공론화 안건"), "PetitionCount": QT_TRANSLATE_NOOP("AuditModel", "청원 공감 수"),
    "CitizenPanel": QT_TRANSLATE_NOOP("AuditModel", "시민참여단"), "PanelApplicant": QT_TRANSLATE_NOOP("AuditModel", "참여단 신청자"),
    "Handout": QT_TRANSLATE_NOOP("AuditModel", "부서별 작성 파일"), "database": QT_TRANSLATE_NOOP("AuditModel", "데이터 파일"),
    "ImpactAnalysis": QT_TRANSLATE_NOOP("AuditModel", "갈등영향분석"),
    "PreReview": QT_TRANSLATE_NOOP("AuditModel", "사전 갈등검토목록"),
    "TrainingAttendance": QT_TRANSLATE_NOOP("AuditModel", "교육 참석"),
    "BudgetLine": QT_TRANSLATE_NOOP("AuditModel", "예산 항목 계획"), "BudgetSpending": QT_TRANSLATE_NOOP("AuditModel", "예산 집행"),
    "DeliberationProcess": QT_TRANSLATE_NOOP("AuditModel", "공론화 추진"),
    "ProcessEvent": QT_TRANSLATE_NOOP("AuditModel", "공론화 행사"),
    "ProcessSpending": QT_TRANSLATE_NOOP("AuditModel", "공론화 예산 집행"),
    "ProcessRecommendation": QT_TRANSLATE_NOOP("AuditModel", "공론화 권고"),
    "CommitteeMember": QT_TRANSLATE_NOOP("AuditModel", "공론화위원회 위원"),
    "CommitteeMeeting": QT_TRANSLATE_NOOP("AuditModel", "공론화위원회 회의"),
    "CommitteeAttendance": QT_TRANSLATE_NOOP("AuditModel", "공론화위원회 출석"),
}


def entity_label(entity: str) -> str:
    """The audited record's kind in the UI language (an unknown name is shown as stored)."""
    return translate("AuditModel", ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def field_text(entity: str, field: str) -> str:
    """The changed attribute(s) in the UI language (``confirmed_grade`` → 확정 등급 / Confirmed grade)."""
    return ", ".join(translate(DOMAIN_CONTEXT, label) for label in field_labels(entity, field))


def _cell(n: int) -> Callable[[tuple[str, ...]], str]:
    return lambda row: row[n]


def _action(row: tuple[str, ...]) -> str:
    return translate("AuditModel", ACTION_LABELS[row[3]]) if row[3] in ACTION_LABELS else row[3]


class AuditModel(ColumnModel[tuple[str, ...]]):
    """The audit rows (``AuditRow.cells()``) under the service's column names; actions, record kinds and field
    names shown in the UI language (the stored name stays in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [Column(title, n, tooltip=_cell(n)) for n, title in enumerate(COLUMNS)]
        columns[3] = Column(COLUMNS[3], _action, tooltip=_cell(3))
        columns[4] = Column(COLUMNS[4], lambda row: entity_label(row[4]), tooltip=_cell(4))
        columns[6] = Column(COLUMNS[6], lambda row: field_text(row[4], row[6]), tooltip=_cell(6))
        super().__init__(columns, DOMAIN_CONTEXT, parent)  # the column names are Korean in the service (CSV)

    def set_audit_rows(self, rows: list[AuditRow]) -> None:
        self.set_rows([r.cells() for r in rows])


class AuditDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ctx = context_for(parent, db)
        self.setWindowTitle(self.tr("감사 기록"))
        self.resize(1000, 600)
        entities, actions = filter_choices(db)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("(전체)"), "")
        for name in sorted(entities, key=entity_label):
            self.entity.addItem(entity_label(name), name)
        self.action_box = QComboBox()
        self.action_box.addItem(self.tr("(전체)"), "")
        for action in sorted(set(actions) | set(ACTION_LABELS), key=lambda a: (a not in ("reveal", "export"), a)):
            self.action_box.addItem(translate("AuditModel", ACTION_LABELS[action]) if action in ACTION_LABELS else action, action)
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("사용자 이름 일부"))
        today = QDate(clock.korea_today())  # the 일시 column and the filter are in KST
        self.since = DateEdit(today.addYears(-1))
        self.until = DateEdit(today)
        apply = QPushButton(self.tr("조회(&Q)"))
        apply.clicked.connect(self.reload)
        self.actor.returnPressed.connect(self.reload)
        form = QFormLayout()
        form.addRow(self.tr("대상"), self.entity)
        form.addRow(self.tr("동작"), self.action_box)
        form.addRow(self.tr("사용자"), self.actor)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("~"))
        dates.addWidget(self.until)
        dates.addWidget(apply)
        dates.addStretch(1)  # the date fields keep their width; the room is left over on the right
        form.addRow(self.tr("기간"), dates)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next widget (#19)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        fit_columns(self.table, stretch=9, stretch_min=120, cap=220)  # long values elide; the tooltip has them
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = buttons.addButton(self.tr("CSV로 내보내기(&E)…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self.export_csv)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def current_filter(self) -> AuditFilter:
        entity = str(self.entity.currentData() or "")

        def day(edit: DateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        return AuditFilter(entity=entity, actor=self.actor.text().strip(),
                           action=str(self.action_box.currentData() or ""), since=day(self.since),
                           until=day(self.until))

    def reload(self) -> None:
        rows = load_audit(self.db, self.current_filter())
        self.model.set_audit_rows(rows)
        self.status.setText(self.tr("{0:,}건 (최신 순)").format(len(rows)))

    def export_csv(self) -> None:
        name = safe_filename(self.tr("감사기록_{0}").format(clock.korea_today().isoformat())) + ".csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("감사 기록 내보내기"), name, "CSV (*.csv)")
        if not path:
            return
        where, chosen = Path(path), self.current_filter()
        count = CollectionOp(self, lambda db: export_audit_csv(db, where, chosen)).run()
        if count is None:
            return
        QMessageBox.information(self, self.tr("내보내기"), self.tr("{count:,}건을 저장했습니다.\n{path}").format(
            count=count, path=path))
        self.reload()
