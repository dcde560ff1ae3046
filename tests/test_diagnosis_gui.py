"""GUI of the diagnosis: screening filters and counts, the diagnosis form, unsaved-changes prompt, open round."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from conflictdesk.domain.enums import GradeKind
from conflictdesk.services.screening import screening_table
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Diagnosis, Project, Round
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels.projects import TAB_OBLIGATIONS, TAB_SCREENING, ProjectsPanel
from conflictdesk.ui.screening_model import ScreeningModel

TODAY = date(2020, 8, 3)


@pytest.fixture
def panel(qtbot, demo_db: Database, tmp_path: Path, fixed_today) -> ProjectsPanel:  # type: ignore[no-untyped-def]
    fixed_today(TODAY)
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    p = window.show_panel("projects")
    assert isinstance(p, ProjectsPanel)
    p.tabs.setCurrentIndex(TAB_SCREENING)
    return p


def test_screening_model_contract(qtmodeltester, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    model = ScreeningModel()
    model.set_rows(screening_table(demo_db, "2020-2").rows)
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == 300


def test_screening_filters_change_the_row_count(panel: ProjectsPanel, demo_db: Database) -> None:
    rows = screening_table(demo_db, "2020-2").rows
    view = panel.screening
    assert view.model.rowCount() == len(rows) == 300
    assert "진단대상" in view.counts_label.text() and "예산" in view.counts_label.text()

    view.targets_only.setChecked(True)
    assert view.model.rowCount() == sum(1 for r in rows if r[5])

    view.criterion_box.setCurrentIndex(view.criterion_box.findData("BUDGET"))
    assert view.model.rowCount() == sum(1 for r in rows if r[5] and "BUDGET" in r[4].split(","))

    dept = rows[0][3]
    view.targets_only.setChecked(False)
    view.criterion_box.setCurrentIndex(0)
    view.department_box.setCurrentIndex(view.department_box.findData(dept))
    assert view.model.rowCount() == sum(1 for r in rows if r[3] == dept) > 0
    assert all(view.model.row_tuple(n)[3] == dept for n in range(view.model.rowCount()))
    assert view.shown_label.text().startswith(f"{view.model.rowCount():,} / 300")

    panel.search.setText(rows[0][1])
    assert view.model.rowCount() == 1


def _select(panel: ProjectsPanel, code: str) -> None:
    row = panel.screening.model.view_row_of(code)
    assert row >= 0
    panel.screening.table.selectRow(row)


def _grade3_target(db: Database) -> str:
    with db.read() as s:
        return str(s.scalar(
            select(Project.code).join(Diagnosis, Diagnosis.project_id == Project.id)
            .join(Round, Round.id == Diagnosis.round_id)
            .where(Round.code == "2020-2", Diagnosis.confirmed_grade == 3, Diagnosis.owner_level == 3)
            .order_by(Project.code).limit(1)))


def test_diagnosis_form_scores_suggestion_and_confirmed_override(
        panel: ProjectsPanel, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    code = _grade3_target(demo_db)
    _select(panel, code)
    form = panel.form
    assert form.form is not None and form.form.project_code == code
    assert code in form.title.text()
    assert "3등급" in form.suggestion_label.text()
    assert form.override_edit.isHidden()

    for box in form.score_boxes.values():
        box.setCurrentIndex(3)
    assert form.dirty
    assert form.suggestion_label.text().startswith("<b>1등급")
    assert not form.override_edit.isHidden()  # confirmed 3 ≠ suggested 1

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: errors.append(text))
    assert form.save() is False and "사유" in errors[0]

    form.grade_boxes[GradeKind.CONFIRMED].setCurrentIndex(2)  # 2등급, still ≠ 1
    form.override_edit.setText("관계부서 협업으로 대응 가능")
    with_changes: list[object] = []
    panel.ctx.bus.changes_applied.connect(with_changes.append)
    form.save_action.trigger()  # Ctrl+S
    assert not errors[1:] and not form.dirty and with_changes
    with demo_db.read() as s:
        d = s.scalar(select(Diagnosis).join(Project, Project.id == Diagnosis.project_id)
                     .join(Round, Round.id == Diagnosis.round_id)
                     .where(Project.code == code, Round.code == "2020-2"))
        assert d is not None
        assert (d.confirmed_grade, d.confirmed_on, d.suggested_grade) == (2, TODAY, 1)
        assert d.override_reason == "관계부서 협업으로 대응 가능"
        assert all(v == 3 for v in d.risk_scores.values()) and len(d.risk_scores) == 12
        reasons = set(s.scalars(select(AuditEntry.reason).where(AuditEntry.field == "confirmed_grade")))
    assert "관계부서 협업으로 대응 가능" in reasons
    assert form.grade_dates[GradeKind.CONFIRMED].date().toPython() == TODAY
    assert form.grade_dates[GradeKind.CONFIRMED].text() == "2020. 8. 3."  # the one display form


def test_grade_dates_are_entered_and_stored(panel: ProjectsPanel, demo_db: Database) -> None:
    code = _grade3_target(demo_db)
    _select(panel, code)
    form = panel.form
    form.owner_buttons.button(3).setChecked(True)  # suggestion 3: no override reason needed
    self_date = form.grade_dates[GradeKind.SELF]
    form.grade_boxes[GradeKind.SELF].setCurrentIndex(0)
    assert not self_date.isEnabled()  # 미정 has no date
    form.grade_boxes[GradeKind.SELF].setCurrentIndex(2)
    assert self_date.isEnabled() and self_date.date().toPython() == TODAY
    self_date.setDate(QDate(2020, 7, 15))
    form.grade_dates[GradeKind.CONFIRMED].setDate(QDate(2020, 7, 28))
    assert form.dirty and form.save()
    with demo_db.read() as s:
        d = s.scalar(select(Diagnosis).join(Project, Project.id == Diagnosis.project_id)
                     .join(Round, Round.id == Diagnosis.round_id)
                     .where(Project.code == code, Round.code == "2020-2"))
        assert d is not None
        assert (d.self_grade, d.self_graded_on) == (2, date(2020, 7, 15))
        assert (d.confirmed_grade, d.confirmed_on) == (3, date(2020, 7, 28))
    assert form.grade_dates[GradeKind.SELF].date().toPython() == date(2020, 7, 15)
    # a date after today is not offered
    assert form.grade_dates[GradeKind.SELF].maximumDate().toPython() == TODAY


def test_unsaved_changes_prompt_when_switching_projects(panel: ProjectsPanel,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = panel.screening.model.row_tuple(0)[1], panel.screening.model.row_tuple(1)[1]
    _select(panel, first)
    panel.form.owner_buttons.button(1).setChecked(True)
    assert panel.form.dirty
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.select_project(second)
    assert panel.form.form is not None and panel.form.form.project_code == first  # cancelled: stays
    panel.select_project(second)
    assert panel.form.form.project_code == second and not panel.form.dirty
    assert len(asked) == 2 and first in asked[0]


def test_obligations_tab_lists_departments_and_missing(panel: ProjectsPanel, demo_db: Database) -> None:
    code = _grade3_target(demo_db)
    from conflictdesk.services.diagnosis import set_grade

    set_grade(demo_db, code, "2020-2", 1, GradeKind.CONFIRMED, "집회 장기화", TODAY)
    panel.tabs.setCurrentIndex(TAB_OBLIGATIONS)
    panel.reload()
    view = panel.obligations
    assert view.departments.rowCount() > 5
    rows = {r[0]: r for r in view.projects.rows}
    assert rows[code][3] == "1등급" and "전문가" in rows[code][4] and "카드" in rows[code][4]
    view.only_missing.setChecked(False)
    assert view.projects.rowCount() > len(rows)


def test_open_round_from_the_panel_carries_over(qtbot, panel: ProjectsPanel,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2021-1", True))
    panel.open_button.click()
    qtbot.waitUntil(lambda: panel.round_box.currentText() == "2021-1", timeout=10000)
    qtbot.waitUntil(lambda: panel.screening.model.total_count() == 300, timeout=10000)
    carried = [panel.screening.model.row_tuple(n) for n in range(panel.screening.model.rowCount())]
    carried = [r for r in carried if r[6]]
    assert carried and all(r[5] for r in carried)
    _select(panel, carried[0][1])
    assert panel.form.carry_group.isVisibleTo(panel.form)
    panel.form.carry_box.setCurrentIndex(panel.form.carry_box.findData("continued"))
    panel.form.carry_button.click()
    assert panel.form.form is not None and panel.form.form.carry_over == "continued"
    assert panel.form.form.grades[GradeKind.CONFIRMED].grade in (1, 2)


def test_add_and_swap_a_target_from_the_panel(qtbot, panel: ProjectsPanel, demo_db: Database,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from conflictdesk.ui.target_dialog import TargetDialog

    rows = screening_table(demo_db, "2020-2").rows
    outside = next(r for r in rows if not r[5])
    inside = next(r for r in rows if r[5] and not r[6])
    seen: list[TargetDialog] = []
    errors: list[str] = []
    monkeypatch.setattr("conflictdesk.ui.messages.show_error", lambda _p, exc: errors.append(str(exc)))

    def fake_exec(dialog: TargetDialog) -> int:
        seen.append(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.search.setText(outside[2])  # by name (Hangul set directly)
        assert dialog.results.count() >= 1 and "건" in dialog.more.text()
        dialog.select_code(outside[1])
        assert dialog.code() == outside[1] and not ok.isEnabled()  # the reason is required
        dialog.reason.setText("사업 변경에 따른 대상 교체")
        dialog.replaces.setCurrentIndex(dialog.replaces.findData(inside[1]))
        assert ok.isEnabled()
        ok.click()
        return int(dialog.result())

    monkeypatch.setattr(TargetDialog, "exec", fake_exec)
    published: list[object] = []
    panel.ctx.bus.changes_applied.connect(published.append)
    panel.target_button.click()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted and not errors and published
    assert panel.form.form is not None and panel.form.form.project_code == outside[1]
    assert panel.form.form.is_target and panel.form.form.replaces_code == inside[1]
    assert inside[1] in panel.form.carry_label.text() or panel.form.form.added_mid_round

    def duplicate(dialog: TargetDialog) -> int:  # the same project again: refused, dialog stays open
        dialog.select_code(outside[1])
        dialog.reason.setText("중복")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(TargetDialog, "exec", duplicate)
    panel.target_button.click()
    assert errors and "이미" in errors[0]
