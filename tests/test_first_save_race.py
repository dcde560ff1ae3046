"""A first save is guarded too: two officers opening a form before any record exists cannot overwrite each other."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from conflictdesk.domain.enums import GradeKind
from conflictdesk.domain.errors import Conflict
from conflictdesk.services.diagnosis import load_diagnosis, save_diagnosis, set_grade
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import NEW_RECORD
from conflictdesk.store.models import Diagnosis, Project, Round

TODAY = date(2020, 9, 1)


def _without_row(db: Database) -> tuple[str, str]:
    with db.read() as s:
        row = s.execute(text(
            "SELECT p.code, r.code FROM projects p CROSS JOIN rounds r WHERE NOT EXISTS "
            "(SELECT 1 FROM diagnoses d WHERE d.project_id = p.id AND d.round_id = r.id) "
            "ORDER BY r.code DESC, p.code LIMIT 1")).one()
    return str(row[0]), str(row[1])


def _confirmed(db: Database, code: str, round_code: str) -> int | None:
    with db.read() as s:
        return s.scalar(select(Diagnosis.confirmed_grade).join(Project, Diagnosis.project_id == Project.id)
                        .join(Round, Diagnosis.round_id == Round.id)
                        .where(Project.code == code, Round.code == round_code))


@pytest.mark.parametrize("second", ["form", "grade"])
def test_second_first_save_is_a_conflict_not_a_silent_overwrite(demo_db: Database, second: str) -> None:
    code, round_code = _without_row(demo_db)
    form_a = load_diagnosis(demo_db, code, round_code, TODAY)
    form_b = load_diagnosis(demo_db, code, round_code, TODAY)
    assert form_a.version == form_b.version == NEW_RECORD
    save_diagnosis(demo_db, code, round_code, owner_level=3, scores={}, grades={GradeKind.CONFIRMED: 1},
                   override_reason="주민 반발 확대", today=TODAY, seen_version=form_a.version)
    with pytest.raises(Conflict, match="먼저 처음 저장"):
        if second == "form":
            save_diagnosis(demo_db, code, round_code, owner_level=1, scores={}, grades={GradeKind.CONFIRMED: 3},
                           override_reason="경미", today=TODAY, seen_version=form_b.version)
        else:
            set_grade(demo_db, code, round_code, 3, GradeKind.CONFIRMED, "경미", TODAY, seen_version=form_b.version)
    assert _confirmed(demo_db, code, round_code) == 1  # officer A's grade stands


def test_a_command_without_a_form_still_records_a_grade(demo_db: Database) -> None:
    code, round_code = _without_row(demo_db)
    set_grade(demo_db, code, round_code, 2, GradeKind.SELF, "", TODAY)
    set_grade(demo_db, code, round_code, 3, GradeKind.SELF, "", TODAY)


def test_a_duplicate_created_at_the_same_moment_is_reported_as_a_conflict(demo_db: Database) -> None:
    """Two transactions that both saw no row: the unique key stops the second, which gets the conflict message."""
    with demo_db.read() as s:
        existing = s.scalars(select(Diagnosis).limit(1)).one()
    with pytest.raises(Conflict, match="다른 곳에서 방금 먼저 만들었습니다"), demo_db.write() as s:
        s.add(Diagnosis(round_id=existing.round_id, project_id=existing.project_id, criteria="", is_target=False,
                        risk_scores={}))


def test_the_form_shows_the_conflict_dialog_on_a_lost_first_save(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from conflictdesk.ui.panels.diagnosis_form import DiagnosisFormWidget

    code, round_code = _without_row(demo_db)
    form = DiagnosisFormWidget(demo_db)
    qtbot.addWidget(form)
    form.load(code, round_code)
    assert form.form is not None and form.form.version == NEW_RECORD
    save_diagnosis(demo_db, code, round_code, owner_level=3, scores={}, grades={GradeKind.CONFIRMED: 1},
                   override_reason="주민 반발 확대", today=TODAY, seen_version=NEW_RECORD)  # officer A, elsewhere
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append((title, text)))
    form.grade_boxes[GradeKind.CONFIRMED].setCurrentIndex(form.grade_boxes[GradeKind.CONFIRMED].findData(3))
    form.override_edit.setText("경미")
    assert form.save() is False
    assert shown and shown[-1][0] == "다른 곳에서 변경됨" and "처음 저장" in shown[-1][1]
    assert _confirmed(demo_db, code, round_code) == 1
