"""갈등영향분석 tab of the card editor: the case's analyses, and the dialog that records one.

An analysis is saved on its own (not with the card's 저장): it books a cost on the 용역 budget line, so it goes through
the op runner with the overrun question at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.impact_analysis import AnalysisInput, AnalysisRow
from conflictdesk.services import experts, impact_analysis
from conflictdesk.ui import messages
from conflictdesk.ui.context import context_of
from conflictdesk.ui.i18n import won_text
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.booking import confirm_overrun, won_box
from conflictdesk.ui.panels.mediation_common import DateField, Table


def _text(height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class AnalysisDialog(QDialog):
    """Record or change one analysis of ``code``: when, who (pool or firm), cost, scope, findings, advice, report."""

    def __init__(self, code: str, row: AnalysisRow | None, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.code = code
        self.analysis_id = row.id if row is not None else None
        self.setWindowTitle(self.tr("갈등영향분석 편집") if row is not None else self.tr("새 갈등영향분석"))
        self.commissioned_on = DateField()
        self.commissioned_on.setObjectName("analysisDate")
        self.commissioned_on.set_value(today)
        self.expert = QComboBox()
        self.expert.setObjectName("analysisExpert")
        self.expert.addItem(self.tr("(전문가 풀 밖: 분석 기관)"), None)
        for e in QueryOp(self, lambda db: experts.list_experts(db, include_inactive=False)).run() or []:
            self.expert.addItem(f"{e.name} ({e.affiliation})", e.id)
        self.firm = QLineEdit()
        self.firm.setObjectName("analysisFirm")
        self.firm.setPlaceholderText(self.tr("예: ○○갈등연구소"))
        self.cost = won_box("analysisCost")
        self.scope = _text()
        self.scope.setObjectName("analysisScope")
        self.findings = _text(90)
        self.findings.setObjectName("analysisFindings")
        self.grade = QComboBox()
        self.grade.setObjectName("analysisGrade")
        self.grade.addItem(self.tr("권고 없음"), None)
        for g in (1, 2, 3):
            self.grade.addItem(self.tr("{g}등급").format(g=g), g)
        self.strategy = _text()
        self.strategy.setObjectName("analysisStrategy")
        self.report = QLineEdit()
        self.report.setObjectName("analysisReport")
        self.report.setPlaceholderText(self.tr("보고서 파일 경로 또는 문서번호"))
        form = QFormLayout()
        form.addRow(self.tr("의뢰일(&D)"), self.commissioned_on)
        form.addRow(self.tr("분석자 (전문가 풀)"), self.expert)
        form.addRow(self.tr("분석 기관"), self.firm)
        form.addRow(self.tr("비용 (용역 예산에 집행)"), self.cost)
        form.addRow(self.tr("분석 범위"), self.scope)
        form.addRow(self.tr("주요 결과"), self.findings)
        form.addRow(self.tr("권고 등급"), self.grade)
        form.addRow(self.tr("권고 전략"), self.strategy)
        form.addRow(self.tr("보고서"), self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("analysisButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.expert.currentIndexChanged.connect(lambda: self.firm.setEnabled(self.expert.currentData() is None))
        if row is not None:
            self.commissioned_on.set_value(row.commissioned_on)
            if row.analyst_expert_id is not None:
                self.expert.setCurrentIndex(max(0, self.expert.findData(row.analyst_expert_id)))
            self.firm.setText(row.analyst_name)
            self.cost.setValue(row.cost_won)
            self.scope.setPlainText(row.scope)
            self.findings.setPlainText(row.findings)
            self.grade.setCurrentIndex(max(0, self.grade.findData(row.recommended_grade)))
            self.strategy.setPlainText(row.recommended_strategy)
            self.report.setText(row.report_ref)
        self.resize(560, 620)

    def data(self) -> AnalysisInput:
        return AnalysisInput(
            commissioned_on=self.commissioned_on.value(), analyst_expert_id=self.expert.currentData(),
            analyst_name=self.firm.text() if self.expert.currentData() is None else "", cost_won=self.cost.value(),
            scope=self.scope.toPlainText(), findings=self.findings.toPlainText(),
            recommended_grade=self.grade.currentData(), recommended_strategy=self.strategy.toPlainText(),
            report_ref=self.report.text())

    def save(self) -> None:
        data, code, analysis_id = self.data(), self.code, self.analysis_id
        check = None
        if data.cost_won > 0:
            check = QueryOp(self, lambda db: impact_analysis.check_cost(
                db, data.commissioned_on, data.cost_won, analysis_id)).run()
            if not confirm_overrun(self, self.tr("용역 예산 초과"), check, self.tr("그래도 저장할까요?")):
                return
        allow = bool(check and check.exceeds_year)
        CollectionOp(self, lambda db: impact_analysis.save_analysis(db, code, data, analysis_id,
                                                                    allow_over_budget=allow)) \
            .success(lambda _result: self.accept()).run()


class AnalysisTab(QWidget):
    """The case's 갈등영향분석: a table, the selected one's scope and findings, add / change / delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code: str | None = None
        self.rows: list[AnalysisRow] = []
        self.table = Table([self.tr("의뢰일"), self.tr("분석자"), self.tr("비용"), self.tr("권고 등급"),
                            self.tr("권고 전략"), self.tr("보고서")], "analysisTable")
        for col, width in enumerate((95, 150, 100, 70, 220)):
            self.table.setColumnWidth(col, width)
        self.detail = QLabel()
        self.detail.setObjectName("analysisDetail")
        self.detail.setWordWrap(True)
        self.add_button = QPushButton(self.tr("분석 추가(&A)…"))
        self.add_button.setObjectName("addAnalysis")
        self.edit_button = QPushButton(self.tr("편집…"))
        self.edit_button.setObjectName("editAnalysis")
        self.delete_button = QPushButton(self.tr("삭제"))
        self.delete_button.setObjectName("deleteAnalysis")
        hint = QLabel(self.tr("분석은 바로 저장되며 비용은 예산의 용역 항목에 집행됩니다. 권고 등급은 갈등진단표에서 "
                              "확정 등급의 사유로 쓸 수 있습니다."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.table.doubleClicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._show_detail)

    def load(self, code: str, rows: tuple[AnalysisRow, ...]) -> None:
        self.code = code
        self.rows = list(rows)
        self.table.set_rows([(r.id, (format_date(r.commissioned_on), r.analyst, won_text(r.cost_won),
                                     self.tr("{g}등급").format(g=r.recommended_grade) if r.recommended_grade else "—",
                                     r.recommended_strategy.replace("\n", " "), r.report_ref)) for r in self.rows],
                            right=(2,))
        self._show_detail()

    def reload(self) -> None:
        code = self.code
        if code is None:
            return
        rows = QueryOp(self, lambda db: impact_analysis.analyses_of(db, code)).run()
        if rows is not None:
            self.load(code, tuple(rows))

    def _selected(self) -> AnalysisRow | None:
        chosen = self.table.current_id()
        return next((r for r in self.rows if r.id == chosen), None)

    def _show_detail(self) -> None:
        row = self._selected()
        self.detail.setText(self.tr("분석 범위: {scope}\n주요 결과: {findings}").format(
            scope=row.scope or "—", findings=row.findings or "—") if row is not None else "")

    def add(self) -> None:
        if self.code is not None:
            self._open(None)

    def edit(self) -> None:
        row = self._selected()
        if row is not None:
            self._open(row)

    def _open(self, row: AnalysisRow | None) -> None:
        assert self.code is not None
        if AnalysisDialog(self.code, row, context_of(self).today(), self).exec():
            self.reload()

    def delete(self) -> None:
        row = self._selected()
        if row is None or not messages.confirm(self, self.tr("갈등영향분석 삭제"),
                                               self.tr("선택한 분석을 삭제할까요? 용역 예산 집행도 함께 지워집니다.")):
            return
        analysis_id = row.id
        if CollectionOp(self, lambda db: impact_analysis.delete_analysis(db, analysis_id)).run() is not None:
            self.reload()
