"""Calendar entries and reminders as plain data (no queries: the iCalendar export imports this without SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

REVIEW = "review"
PLAN_ITEM = "plan_item"
AGREEMENT_ITEM = "agreement_item"
MEETING = "meeting"
CARD_PLAN = "card_plan"  # the 카드·대응계획 작성 duty of a case first key in the latest round (reminders only)
RECOMMENDATION = "recommendation"  # a 공론화 권고안 recommendation the city answered, tracked to implementation
#: A department workbook of the latest round not yet taken in (reminders only; ``project_id`` 0, ``name`` = department).
HANDOUT = "handout"
#: A 사전 갈등검토목록 still awaited from a department: the latest one sent for a project, not taken in (reminders only;
#: ``project_id`` 0 like a workbook, so it is no "지연 사업" — ``code`` and ``name`` name the project).
CHECKLIST = "checklist"

KIND_LABELS = {REVIEW: "정기점검", PLAN_ITEM: "대응계획", AGREEMENT_ITEM: "합의사항", MEETING: "협의회",
               CARD_PLAN: "카드·대응계획 작성", RECOMMENDATION: "공론화 권고", HANDOUT: "부서 작성 파일 회신",
               CHECKLIST: "사전 갈등검토목록 회신"}


@dataclass(frozen=True)
class CalendarEntry:
    """One dated thing of a case: a review, plan item, agreement item or council meeting (masked text), or a 공론화
    recommendation (``project_id`` 0 unless its item was referred from a case)."""

    kind: str
    key: str  # stable id for calendar UIDs, e.g. "review-2020-2-P-0001"
    day: date
    project_id: int
    code: str
    name: str
    department: str
    title: str
    detail: str
    done: date | None
    round: str | None = None

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class DueItem:
    """A calendar entry that is due soon or overdue as of a date."""

    entry: CalendarEntry
    days_left: int
    overdue: bool


@dataclass(frozen=True)
class Reminders:
    """Open reviews and items due within ``days`` of ``as_of`` or overdue, sorted by due date."""

    as_of: date
    days: int
    items: tuple[DueItem, ...]

    @property
    def overdue_count(self) -> int:
        return sum(1 for i in self.items if i.overdue)

    @property
    def due_soon_count(self) -> int:
        return sum(1 for i in self.items if not i.overdue)

    @property
    def overdue_project_ids(self) -> frozenset[int]:
        return frozenset(i.entry.project_id for i in self.items if i.overdue and i.entry.project_id)
