"""갈등영향분석 per case: validation, cost booked on the 용역 line with the overrun warning, the card (editor tab, PDF,
HWPX) and the diagnosis form's reason."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import answer_questions
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from conflictdesk.domain.allowances import AllowanceBudget
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.impact_analysis import AnalysisInput, checked_analysis
from conflictdesk.reports.card_pdf import render_card_pdf
from conflictdesk.reports.hwpx_content import card_content
from conflictdesk.services import budget, cards, diagnosis, impact_analysis
from conflictdesk.services.report_data import load_card_report
from conflictdesk.store import models
from conflictdesk.store.engine import Database
from conflictdesk.ui.card_analysis import AnalysisDialog
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels import cards as cards_panel
from conflictdesk.ui.panels.cards import CardsPanel
from conflictdesk.ui.panels.diagnosis_form import DiagnosisFormWidget

BASE = AnalysisInput(commissioned_on=date(2021, 4, 6), analyst_name="○○갈등연구소")


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({}, None),
        ({"analyst_name": " "}, "analysis_analyst_required"),
        ({"analyst_name": "", "analyst_expert_id": 3}, None),
        ({"analyst_name": "가" * 201}, "analysis_text_too_long"),
        ({"cost_won": -1}, "analysis_cost_invalid"),
        ({"cost_won": True}, "analysis_cost_invalid"),
        ({"recommended_grade": 4}, "analysis_grade_invalid"),
        ({"recommended_grade": 0}, "analysis_grade_invalid"),
        ({"recommended_grade": 2}, None),
        ({"report_ref": "x" * 501}, "analysis_text_too_long"),
    ],
)
def test_what_an_analysis_must_hold(change: dict[str, Any], code: str | None) -> None:
    data = replace(BASE, **change)
    if code is None:
        assert checked_analysis(data) == data
    else:
        with pytest.raises(InvalidValue) as exc:
            checked_analysis(data)
        assert exc.value.code == code


def _project(db: Database, code: str = "P-1") -> str:
    with db.write() as s:
        department = models.Department(name="도로과")
        s.add(department)
        s.flush()
        s.add(models.Project(code=code, name="○○도로 확장", department_id=department.id))
    return code


def test_cost_books_on_the_services_line_with_the_overrun_warning(db: Database) -> None:
    code = _project(db)
    budget.save_line_plan(db, AllowanceBudget(2021, 4_000_000, (1_000_000,) * 4), "용역")
    data = replace(BASE, cost_won=1_500_000, recommended_grade=1, recommended_strategy="갈등조정협의회 구성")
    check = impact_analysis.check_cost(db, data.commissioned_on, data.cost_won)
    assert check is not None and "용역 예산 2분기 계획 1,000,000원을 500,000원 초과" in check.message
    analysis_id, _changes = impact_analysis.save_analysis(db, code, data)
    line = budget.year_budget(db, 2021).line("용역")
    assert line.execution.quarter(2).executed_won == 1_500_000
    assert [(b.source, b.ref) for b in line.bookings] == [("analysis", analysis_id)]
    # changing it replaces its own booking; a cost over the year needs the officer's yes
    bigger = replace(data, cost_won=4_000_000)
    edit_check = impact_analysis.check_cost(db, bigger.commissioned_on, bigger.cost_won, analysis_id)
    assert edit_check is not None and not edit_check.exceeds_year
    impact_analysis.save_analysis(db, code, bigger, analysis_id)
    with pytest.raises(DomainError) as exc:
        impact_analysis.save_analysis(db, code, replace(BASE, cost_won=10_000))
    assert exc.value.code == "over_budget"
    assert len(impact_analysis.analyses_of(db, code)) == 1  # nothing stored by the refused one
    impact_analysis.save_analysis(db, code, replace(BASE, cost_won=10_000), allow_over_budget=True)
    rows = impact_analysis.analyses_of(db, code)
    assert [r.cost_won for r in rows] == [4_000_000, 10_000]
    assert rows[0].as_reason() == "갈등영향분석(2021. 4. 6., ○○갈등연구소) 1등급 권고, 갈등조정협의회 구성"
    impact_analysis.delete_analysis(db, analysis_id)
    assert budget.year_budget(db, 2021).line("용역").execution.executed_won == 10_000
    with pytest.raises(NotFound):
        impact_analysis.delete_analysis(db, analysis_id)


def test_unknown_project_or_expert_is_named(db: Database) -> None:
    code = _project(db)
    with pytest.raises(NotFound) as exc:
        impact_analysis.save_analysis(db, "없는코드", BASE)
    assert exc.value.code == "project_not_found"
    with pytest.raises(NotFound) as exc:
        impact_analysis.save_analysis(db, code, replace(BASE, analyst_name="", analyst_expert_id=999))
    assert exc.value.code == "expert_not_found"
    assert impact_analysis.analyses_of(db, code) == []


def _demo_case(db: Database) -> str:
    with db.read() as s:
        return str(s.scalar(select(models.Project.code).join(
            models.ImpactAnalysis, models.ImpactAnalysis.project_id == models.Project.id)))


def test_card_pdf_and_hwpx_print_the_analysis(demo_db: Database) -> None:
    code = _demo_case(demo_db)
    view = cards.get_card(demo_db, code)
    assert [a.analyst for a in view.analyses] == ["한국갈등관리연구원"]
    report = load_card_report(demo_db, code)
    buffer = io.BytesIO()
    render_card_pdf(report, buffer, printed=date(2020, 12, 1))
    text = "".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages).split())
    for expected in ("8-1.갈등영향분석", "한국갈등관리연구원", "1등급", "갈등영향분석보고서_2020-03.pdf",
                     "정보공개지연이불신의주된원인임"):
        assert expected in text
    sections = {s.heading: s for s in card_content(report).sections}
    assert "8-1. 갈등영향분석" in sections


def test_a_card_without_analysis_says_so(demo_db: Database) -> None:
    code = _demo_case(demo_db)
    with demo_db.read() as s:
        other = s.scalar(select(models.Project.code).join(models.Card, models.Card.project_id == models.Project.id)
                         .where(models.Project.code != code).limit(1))
    buffer = io.BytesIO()
    render_card_pdf(load_card_report(demo_db, str(other)), buffer, printed=date(2020, 12, 1))
    text = "".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages).split())
    assert "8-1.갈등영향분석" in text and "실시하지않음" in text


def test_diagnosis_form_offers_the_analysis_as_the_reason(qtbot: Any, demo_db: Database) -> None:
    code = _demo_case(demo_db)
    assert diagnosis.load_diagnosis(demo_db, code, "2019-2", date(2020, 12, 1)).analyses == ()  # before it
    form = DiagnosisFormWidget(demo_db)
    qtbot.addWidget(form)
    form.load(code, "2020-2")
    assert not form.analysis_button.isHidden() and "한국갈등관리연구원" in form.analysis_label.text()
    form.override_edit.setText("")
    qtbot.mouseClick(form.analysis_button, Qt.MouseButton.LeftButton)
    assert form.override_edit.text().startswith("갈등영향분석(2020. 3. 16., 한국갈등관리연구원) 1등급 권고")
    assert form.dirty
    qtbot.mouseClick(form.analysis_button, Qt.MouseButton.LeftButton)  # cited once, not twice
    assert form.override_edit.text().count("갈등영향분석(") == 1


def test_record_an_analysis_in_the_card_editor(qtbot: Any, demo_db: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, errors: list[str]) -> None:
    monkeypatch.setattr(cards_panel, "ask_unsaved", lambda *_a: "discard")
    shown = errors
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    panel = window.show_panel("cards")
    assert isinstance(panel, CardsPanel)
    panel.list.setCurrentRow(0)
    editor = panel.editor
    assert editor.view is not None
    code = editor.view.project_code
    tab = editor.analysis
    editor.tabs.setCurrentWidget(tab)
    before = tab.table.rowCount()

    def enter(dialog: AnalysisDialog) -> None:
        dialog.commissioned_on.set_value(date(2020, 6, 1))
        dialog.firm.setText("인천갈등연구소")
        dialog.cost.setValue(500_000)  # 용역 plans nothing in the demo: the overrun question comes
        dialog.findings.setPlainText("주민 설명 부족")
        dialog.grade.setCurrentIndex(dialog.grade.findData(2))
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AnalysisDialog) and w.isVisible())
        try:
            enter(dialog)
        finally:
            if dialog.isVisible():  # a failed step must not leave the modal dialog waiting forever
                dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert not shown
    assert len(asked) == 1 and "용역 예산" in asked[0]
    assert tab.table.rowCount() == before + 1
    added = [r for r in impact_analysis.analyses_of(demo_db, code) if r.analyst == "인천갈등연구소"]
    assert added and added[0].recommended_grade == 2 and added[0].cost_won == 500_000
    assert budget.year_budget(demo_db, 2020).line("용역").execution.executed_won == 500_000
    assert not editor.is_dirty()  # saved on its own, the card form is untouched


def test_change_then_delete_an_analysis_in_the_card_editor(qtbot: Any, demo_db: Database, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           errors: list[str]) -> None:
    monkeypatch.setattr(cards_panel, "ask_unsaved", lambda *_a: "discard")
    shown = errors
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    code = _demo_case(demo_db)
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    panel = window.show_panel("cards")
    assert isinstance(panel, CardsPanel)
    panel.select_code(code)
    tab = panel.editor.analysis
    assert tab.table.rowCount() == 1
    tab.table.selectRow(0)
    assert "정보 공개 지연" in tab.detail.text()

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AnalysisDialog) and w.isVisible())
        try:
            assert dialog.firm.text() == "한국갈등관리연구원" and dialog.grade.currentData() == 1
            dialog.report.setText("문서번호 갈등-2020-17")
            save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert not shown
    assert [r.report_ref for r in impact_analysis.analyses_of(demo_db, code)] == ["문서번호 갈등-2020-17"]
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 0 and impact_analysis.analyses_of(demo_db, code) == []
