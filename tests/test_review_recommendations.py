"""The 공론화 권고안 in a case's 점검 기록 form: the recommendations of items referred from that case, read-only, with
the city's answer, owner, due date and status (지연 when past due on the form's day); none for other cases."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem

from conflictdesk.domain.deliberation import Decision, ItemSource
from conflictdesk.domain.deliberation_process import Answer
from conflictdesk.domain.enums import ItemStatus
from conflictdesk.services import deliberation
from conflictdesk.services import deliberation_process as process
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.services.deliberation_process_dtos import RecommendationInput
from conflictdesk.services.review_record import load_review_form
from conflictdesk.services.reviews import list_reviews
from conflictdesk.store.engine import Database
from conflictdesk.ui.review_form import ReviewFormDialog

AS_OF = date(2020, 8, 3)


@pytest.fixture(autouse=True)
def _fixed_today(fixed_today) -> None:  # type: ignore[no-untyped-def]
    fixed_today(AS_OF)


def _reviews(db: Database) -> tuple[int, int]:
    """Two open reviews of different cases: (review to refer from, review of another case)."""
    open_ = [r for r in list_reviews(db, AS_OF, "2020-2") if r.done is None]
    first = open_[0]
    other = next(r for r in open_ if load_review_form(db, r.review_id).project_id
                 != load_review_form(db, first.review_id).project_id)
    return first.review_id, other.review_id


def _refer(db: Database, review_id: int) -> int:
    code = load_review_form(db, review_id).code
    item = deliberation.add_item(db, ItemInput("소각장 입지 공론화", ItemSource.CASE, date(2020, 3, 2),
                                               project_code=code))[0]
    deliberation.record_decision(db, item, Decision.GO, date(2020, 3, 20), "공론 필요", meeting_id=None)
    process.start_process(db, item, 2020)
    for data in (RecommendationInput("주민 감시단 구성", Answer.ACCEPT, owner="자원순환과", due=date(2020, 7, 31)),
                 RecommendationInput("소각 용량 축소", Answer.PARTIAL, "단계적 축소", "자원순환과", date(2020, 12, 31),
                                     ItemStatus.IN_PROGRESS),
                 RecommendationInput("주민 지원기금", Answer.REJECT, "법정 회계"),
                 RecommendationInput("정보 공개", Answer.ACCEPT, owner="공보관", due=date(2020, 6, 30),
                                     status=ItemStatus.DONE, done_on=date(2020, 6, 20))):
        process.save_recommendation(db, item, data)
    return item


def _rows(dialog: ReviewFormDialog) -> list[list[str]]:
    table = dialog.recommendations
    return [[_cell(dialog, r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _cell(dialog: ReviewFormDialog, row: int, column: int) -> QTableWidgetItem:
    cell = dialog.recommendations.item(row, column)
    assert cell is not None
    return cell


def test_the_case_review_form_lists_the_referred_items_recommendations(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    review_id, other_id = _reviews(demo_db)
    _refer(demo_db, review_id)
    dialog = ReviewFormDialog(demo_db, review_id, AS_OF, "")
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [
        ["소각장 입지 공론화", "1", "주민 감시단 구성", "수용", "자원순환과", "2020. 7. 31.", "지연"],
        ["소각장 입지 공론화", "2", "소각 용량 축소", "일부 수용", "자원순환과", "2020. 12. 31.", "진행"],
        ["소각장 입지 공론화", "3", "주민 지원기금", "불수용", "", "", "취소"],
        ["소각장 입지 공론화", "4", "정보 공개", "수용", "공보관", "2020. 6. 30.", "완료"],
    ]
    table = dialog.recommendations
    assert _cell(dialog, 0, 6).foreground().color().name() == "#c0392b"  # 지연 in red
    assert _cell(dialog, 1, 3).toolTip() == "단계적 축소"  # the reason of 일부 수용
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers  # read-only here
    assert not table.isHidden()
    # the form's day decides 지연: a week before the due date nothing is late
    earlier = ReviewFormDialog(demo_db, review_id, date(2020, 7, 24), "")
    qtbot.addWidget(earlier)
    assert [row[6] for row in _rows(earlier)] == ["예정", "진행", "취소", "완료"]
    # another case's form shows none
    other = ReviewFormDialog(demo_db, other_id, AS_OF, "")
    qtbot.addWidget(other)
    assert other.recommendations.rowCount() == 0 and other.recommendations.isHidden()


def test_saving_the_review_leaves_the_recommendations_as_they_were(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    review_id, _other = _reviews(demo_db)
    item = _refer(demo_db, review_id)
    before = process.process_view(demo_db, item, AS_OF)
    dialog = ReviewFormDialog(demo_db, review_id, AS_OF, "김점검")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveReview"), Qt.MouseButton.LeftButton)
    assert process.process_view(demo_db, item, AS_OF) == before
