"""#19: the audit trail's 항목 column names the changed field in words (one field-label table), in both languages."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from conflictdesk.domain.enums import GradeKind
from conflictdesk.domain.field_labels import ENTITY_FIELD_LABELS, FIELD_LABELS, field_label
from conflictdesk.services.audit_log import AuditFilter, audit_csv, load_audit
from conflictdesk.services.diagnosis import set_grade
from conflictdesk.store.audit import SKIPPED_FIELDS
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Base, Diagnosis, Project, Round

TODAY = date(2020, 8, 3)


def test_every_audited_column_has_a_label() -> None:
    """A new model column gets a Korean label here, or the audit log would show its internal name."""
    missing = sorted(f"{mapper.class_.__name__}.{attr.key}" for mapper in Base.registry.mappers
                     for attr in mapper.column_attrs
                     if attr.key not in SKIPPED_FIELDS and mapper.class_.__name__ != "AuditEntry"
                     and attr.key not in FIELD_LABELS and (mapper.class_.__name__, attr.key) not in ENTITY_FIELD_LABELS
                     and not attr.key == "id")
    assert not missing, "conflictdesk/domain/field_labels.py has no label for: " + ", ".join(missing)


@pytest.mark.parametrize(("entity", "field", "label"), [
    ("Diagnosis", "confirmed_grade", "확정 등급"),
    ("Project", "name", "사업명"),
    ("Stakeholder", "name", "이름"),
    ("Stakeholder", "position", "입장"),
    ("PlanItem", "position", "순서"),
    ("Stakeholder", "name,contact", "이름, 연락처"),
    ("Project", "", ""),
    ("Project", "no_such_field", "no_such_field"),  # an unknown name is shown as stored, never hidden
])
def test_field_label(entity: str, field: str, label: str) -> None:
    assert field_label(entity, field) == label


def _graded(db: Database) -> str:
    with db.read() as s:
        code = str(s.scalar(
            select(Project.code).join(Diagnosis, Diagnosis.project_id == Project.id)
            .join(Round, Round.id == Diagnosis.round_id)
            .where(Round.code == "2020-2", Diagnosis.confirmed_grade == 3, Diagnosis.owner_level == 3)
            .order_by(Project.code).limit(1)))
    set_grade(db, code, "2020-2", 1, GradeKind.CONFIRMED, "집회 장기화", TODAY)
    return code


def _field_cells(model) -> set[str]:  # type: ignore[no-untyped-def]
    return {model.data(model.index(r, 6)) for r in range(model.rowCount())}


def test_audit_log_names_the_field_in_korean(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.audit_dialog import AuditDialog

    _graded(demo_db)
    dialog = AuditDialog(demo_db)
    qtbot.addWidget(dialog)
    shown = _field_cells(dialog.model)
    assert "확정 등급" in shown and "confirmed_grade" not in shown
    assert not {text for text in shown if text and text.isascii()}, "an internal field name in the 항목 column"
    rows = load_audit(demo_db, AuditFilter(entity="Diagnosis"))
    text = audit_csv(rows).decode("utf-8-sig")
    fields = {row[6] for row in csv.reader(io.StringIO(text))}
    assert "확정 등급" in fields and "confirmed_grade" not in fields


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_audit_log_names_the_field_in_english(qtbot, demo_db: Database, english) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.audit_dialog import AuditDialog

    _graded(demo_db)
    dialog = AuditDialog(demo_db)
    qtbot.addWidget(dialog)
    shown = _field_cells(dialog.model)
    assert "Confirmed grade" in shown and "confirmed_grade" not in shown and "확정 등급" not in shown
