"""사전 갈등검토목록 (pre-review checklist): the 갈등진단표 a department answers for one project before submitting it.

The rules are in docs/업무규칙.md §Pre-review checklist. One sheet (``검토목록``) holds one question per row: the diagnosis
criteria (예·아니오·모름), the owner-level question, the weighted risk items (없음·낮음·보통·높음), the self-assessed
grade, the department's opinion and who wrote it. The signed stamp (domain/handout.py's key and signature) carries
``"kind": "checklist"``, the project, the serial and every row as handed out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from conflictdesk.domain.enums import OwnerLevel
from conflictdesk.domain.grading import SCORE_LABELS, ChecklistSettings, GradeSuggestion, suggest_grade
from conflictdesk.domain.handout import GRADE_LABELS, OWNER_LABELS

KIND = "checklist"
CHECKLIST_SHEET = "검토목록"
#: Fixed cells of the 안내 sheet (locked): the project code and the department the checklist was made for.
GUIDE_PROJECT_CELL = "B2"
GUIDE_DEPARTMENT_CELL = "B3"

NUMBER = "번호"
SECTION = "구분"
QUESTION = "항목"
ANSWER = "답"
NOTE = "비고"
HEADERS: tuple[str, ...] = (NUMBER, SECTION, QUESTION, ANSWER, NOTE)
#: Columns a department must not change (the questions); 답 and 비고 are theirs.
LOCKED = frozenset({NUMBER, SECTION, QUESTION})

YES, NO, UNKNOWN = "예", "아니오", "모름"
YES_NO: tuple[str, ...] = (YES, NO, UNKNOWN)
SCORE_CHOICES: tuple[str, ...] = tuple(SCORE_LABELS[k] for k in sorted(SCORE_LABELS))
OWNER_CHOICES: tuple[str, ...] = tuple(OWNER_LABELS[k] for k in sorted(OWNER_LABELS))

SECTION_CRITERIA = "1. 진단기준"
SECTION_OWNER = "2. 해결 주체"
SECTION_RISK = "3. 위험 진단표"
SECTION_SELF = "4. 자체진단"
SECTION_OPINION = "5. 검토 의견"

OWNER_KEY = "owner"
SELF_GRADE_KEY = "self_grade"
OPINION_KEY = "opinion"
WRITER_KEY = "writer"
CONTACT_KEY = "contact"
#: Free-text answers are cut at these lengths (a cell can hold 32,767 characters; the record need not).
TEXT_LIMITS = {OPINION_KEY: 4000, WRITER_KEY: 100, CONTACT_KEY: 100}
NOTE_LIMIT = 500


@dataclass(frozen=True)
class Question:
    """One row of the checklist: a stable key, its section and wording, and the closed list of answers (``()`` =
    free text)."""

    key: str  # "criterion:TIA" | "owner" | "risk:<item code>" | "self_grade" | "opinion" | "writer" | "contact"
    section: str
    text: str
    choices: tuple[str, ...] = ()


def questions(criteria: Sequence[tuple[str, str]], checklist: ChecklistSettings) -> tuple[Question, ...]:
    """The rows in order: ``criteria`` are (code, Korean label) of the active diagnosis criteria."""
    rows = [Question(f"criterion:{code}", SECTION_CRITERIA, label, YES_NO) for code, label in criteria]
    rows.append(Question(OWNER_KEY, SECTION_OWNER, "이 사업의 갈등은 누가 풀어야 합니까?", OWNER_CHOICES))
    rows += [Question(f"risk:{item.code}", SECTION_RISK, f"{item.label} (가중치 {item.weight})", SCORE_CHOICES)
             for item in checklist.items]
    rows.append(Question(SELF_GRADE_KEY, SECTION_SELF, "자체진단 등급", GRADE_LABELS))
    rows.append(Question(OPINION_KEY, SECTION_OPINION, "예상되는 갈등과 대응 방안 (자유 기술)"))
    rows.append(Question(WRITER_KEY, SECTION_OPINION, "작성자 (직·성명)"))
    rows.append(Question(CONTACT_KEY, SECTION_OPINION, "작성자 연락처"))
    return tuple(rows)


@dataclass(frozen=True)
class PreReviewAnswers:
    """The department's answers: criteria (True 예 / False 아니오 / None 모름·blank), owner level, scores, grade."""

    criteria: dict[str, bool | None] = field(default_factory=dict)
    owner_level: int | None = None
    scores: dict[str, int] = field(default_factory=dict)
    self_grade: int | None = None
    opinion: str = ""
    writer: str = ""
    contact: str = ""
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def answered(self) -> bool:
        return self.owner_level is not None or bool(self.scores)

    def suggestion(self, checklist: ChecklistSettings) -> GradeSuggestion:
        """The grade the 갈등진단표 suggests for these answers (items no longer in ``checklist`` are left out)."""
        codes = {i.code for i in checklist.items}
        owner = OwnerLevel(self.owner_level) if self.owner_level else None
        return suggest_grade(owner, {k: v for k, v in self.scores.items() if k in codes}, checklist)

    def to_dict(self) -> dict[str, Any]:
        return {"criteria": dict(self.criteria), "owner_level": self.owner_level, "scores": dict(self.scores),
                "self_grade": self.self_grade, "opinion": self.opinion, "writer": self.writer,
                "contact": self.contact, "notes": dict(self.notes)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> PreReviewAnswers:
        data = data or {}
        return cls({str(k): (None if v is None else bool(v)) for k, v in dict(data.get("criteria") or {}).items()},
                   _int_or_none(data.get("owner_level")),
                   {str(k): int(v) for k, v in dict(data.get("scores") or {}).items()},
                   _int_or_none(data.get("self_grade")), str(data.get("opinion") or ""),
                   str(data.get("writer") or ""), str(data.get("contact") or ""),
                   {str(k): str(v) for k, v in dict(data.get("notes") or {}).items()})


def _int_or_none(value: object) -> int | None:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


def answers_from(cells: Mapping[str, tuple[str, str]]) -> PreReviewAnswers:
    """Answers from checked cell texts ``{key: (답, 비고)}`` (every closed-list value already in its list)."""
    criteria: dict[str, bool | None] = {}
    scores: dict[str, int] = {}
    by_score = {v: k for k, v in SCORE_LABELS.items()}
    owner = self_grade = None
    texts: dict[str, str] = {}
    notes: dict[str, str] = {}
    for key, (answer, note) in cells.items():
        if note:
            notes[key] = note[:NOTE_LIMIT]
        if key.startswith("criterion:"):
            if answer:
                criteria[key.split(":", 1)[1]] = True if answer == YES else False if answer == NO else None
        elif key == OWNER_KEY:
            owner = next((k for k, v in OWNER_LABELS.items() if v == answer), None)
        elif key.startswith("risk:"):
            if answer:
                scores[key.split(":", 1)[1]] = by_score[answer]
        elif key == SELF_GRADE_KEY:
            self_grade = GRADE_LABELS.index(answer) + 1 if answer else None
        else:
            texts[key] = answer[:TEXT_LIMITS.get(key, NOTE_LIMIT)]
    return PreReviewAnswers(criteria, owner, scores, self_grade, texts.get(OPINION_KEY, ""),
                            texts.get(WRITER_KEY, ""), texts.get(CONTACT_KEY, ""), notes)



# --- sent and returned -----------------------------------------------------------------------------------------------


class ChecklistStatus(StrEnum):
    """Where a checklist sent to a department stands on a day (docs/업무규칙.md §Pre-review checklist)."""

    SENT = "sent"  # 회신 대기: not back yet, the due date not passed
    OVERDUE = "overdue"  # 기한 경과: not back and the due date has passed
    INCOMPLETE = "incomplete"  # 회신(문제): came back with problems, nothing stored; a corrected file is awaited
    RETURNED = "returned"  # 회신·반영: the answers are stored


STATUS_LABELS = {ChecklistStatus.SENT: "회신 대기", ChecklistStatus.OVERDUE: "기한 경과",
                 ChecklistStatus.INCOMPLETE: "회신(문제 있음)", ChecklistStatus.RETURNED: "회신·반영"}
#: Still waiting on the department: listed as outstanding.
OUTSTANDING = frozenset({ChecklistStatus.SENT, ChecklistStatus.OVERDUE, ChecklistStatus.INCOMPLETE})


def checklist_status(due: date, returned_on: date | None, accepted_on: date | None, as_of: date) -> ChecklistStatus:
    """The status of one checklist on ``as_of``: overdue the day after its due date, unless it came back."""
    if accepted_on is not None:
        return ChecklistStatus.RETURNED
    if returned_on is not None:
        return ChecklistStatus.INCOMPLETE
    return ChecklistStatus.OVERDUE if as_of > due else ChecklistStatus.SENT


def days_overdue(due: date, status: ChecklistStatus, as_of: date) -> int:
    """Days past the due date of an overdue checklist (0 for any other status)."""
    return (as_of - due).days if status is ChecklistStatus.OVERDUE else 0
