"""The one date widget (typed Korean forms, one display form), the plan item's 기한 picker, and searchable pickers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from conflictdesk.domain.enums import ItemStatus
from conflictdesk.services.card_views import PlanItemRow
from conflictdesk.ui.date_edit import DateEdit, OptionalDateEdit
from conflictdesk.ui.plan_editor import ITEM_FIELDS
from conflictdesk.ui.row_list import RowDialog
from conflictdesk.ui.search_combo import SearchCombo


@pytest.mark.parametrize("typed", ["2027.1.15", "2027. 1. 15.", "20270115", "2027-01-15"])
def test_date_field_takes_typed_korean_forms(qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    field = DateEdit(date(2020, 1, 1))
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() == date(2027, 1, 15)
    assert field.text() == "2027. 1. 15."


def test_date_field_keeps_its_date_on_nonsense(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateEdit(date(2026, 12, 3))
    qtbot.addWidget(field)
    field.show()
    assert field.text() == "2026. 12. 3."
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "2027.2.30")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() == date(2026, 12, 3)


def test_plan_item_due_is_a_date_picker(qtbot) -> None:  # type: ignore[no-untyped-def]
    row = PlanItemRow("주민설명회 개최", "자원순환과", None, ItemStatus.PLANNED.value, None)
    dialog = RowDialog("조치계획", ITEM_FIELDS, row)
    qtbot.addWidget(dialog)
    due = dialog.findChild(OptionalDateEdit, "field_due")
    assert due is not None and dialog.findChild(QLineEdit, "field_due") is None
    assert due.value() is None
    due.check.setChecked(True)
    due.field.lineEdit().selectAll()
    qtbot.keyClicks(due.field, "20270115")
    qtbot.keyClick(due.field, Qt.Key.Key_Return)
    assert dialog.value().due == date(2027, 1, 15) and dialog.value().done_on is None


def test_search_combo_filters_by_every_word_and_initials(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = SearchCombo("picker")
    qtbot.addWidget(box)
    box.set_entries([("2020-000001  숭의동 소각장 현대화", "2020-000001"), ("2020-000002  숭의 도서관", "2020-000002"),
                     ("2019-000003  송도 소각장", "2019-000003")])
    assert box.search("숭의 소각") == ["2020-000001  숭의동 소각장 현대화"]
    assert box.search("ㅅㄱㅈ") == ["2020-000001  숭의동 소각장 현대화", "2019-000003  송도 소각장"]
    assert box.search("") == [box.itemText(i) for i in range(3)]
    box.select_value("2019-000003")
    assert box.currentData() == "2019-000003" and box.currentText() == "2019-000003  송도 소각장"
