"""What a 사전 갈등검토목록 holds (query-free, so reports/pre_review_*.py render it without SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.grading import GradeSuggestion
from conflictdesk.domain.pre_review import ChecklistStatus, PreReviewAnswers, Question


@dataclass(frozen=True)
class ChecklistBook:
    """One project's checklist as it goes out: the project's facts, the questions, the pre-filled answers, the stamp."""

    code: str
    name: str
    department: str
    manager: str  # the department's official in their role: never masked
    summary: str
    budget_won: int | None
    issued: date
    due: date
    officer: str
    contact: str
    serial: str
    questions: tuple[Question, ...]
    #: (답, 비고) of every question as pre-filled (criteria the register already shows are 예).
    values: tuple[tuple[str, str], ...]
    stamp_text: str
    signature: str
    #: The checklist items (label, weight) and the grade bands (grade, min percent) in force.
    items: tuple[tuple[str, int], ...] = ()
    bands: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class PreReviewView:
    """The latest accepted 사전검토 of a project, as the diagnosis form shows it (a suggestion, never a grade)."""

    department: str
    sent_on: date
    accepted_on: date
    answers: PreReviewAnswers
    #: What the 갈등진단표 of the round suggests for the department's answers.
    suggestion: GradeSuggestion
    #: Criteria where the department's answer and the register differ: (label, department says it holds, the
    #: register says it holds).
    criteria_differences: tuple[tuple[str, bool, bool], ...] = ()
    #: Checklist items answered by the department that the round's checklist no longer has.
    dropped_items: int = 0


@dataclass(frozen=True)
class ChecklistState:
    """The latest checklist sent for a project and where it stands on ``as_of`` (sent / overdue / back)."""

    project: str
    name: str
    department: str  # the department it was sent to
    sent_on: date
    due: date
    returned_on: date | None
    accepted_on: date | None
    status: ChecklistStatus
    days_overdue: int = 0
    returned_file: str = ""
    #: How many checklists went out for the project in all (a later one replaces an earlier one).
    sent_count: int = 1
