"""Department workbooks (부서 작성 파일): sheet layouts, cell text, and the signed stamp (docs/업무규칙.md §Department workbooks).

A workbook goes out with one sheet per part (안내, 진단, 카드, 대응계획, 이해관계자, 조치실적); each sheet's first row is its
header row and a reader finds columns by header. A hidden sheet carries the stamp: the round, the department, the
version of every record handed out and the text of every pre-filled row, signed (HMAC-SHA256) with a key kept in the
database. Coming back, the stamp proves where the file came from and what the department saw, so a change is what the
department typed (file ≠ stamp), never a difference with what changed in ConflictDesk since.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from conflictdesk.domain.enums import (
    ConflictStage,
    IssueKind,
    ItemStatus,
    OwnerLevel,
    PartyKind,
    SignalKind,
    StakeholderKind,
)
from conflictdesk.domain.grading import SCORE_LABELS
from conflictdesk.domain.text import nfc

STAMP_SHEET = "_stamp"
GUIDE_SHEET = "안내"
DIAGNOSIS_SHEET = "진단"
CARD_SHEET = "카드"
PLAN_SHEET = "대응계획"
PEOPLE_SHEET = "이해관계자"
ACTION_SHEET = "조치실적"
SIGNAL_SHEET = "신호"
DATA_SHEETS: tuple[str, ...] = (DIAGNOSIS_SHEET, CARD_SHEET, PLAN_SHEET, PEOPLE_SHEET, ACTION_SHEET, SIGNAL_SHEET)
STAMP_VERSION = 1
#: Cells of one stamp chunk (a cell holds at most 32,767 characters).
STAMP_CHUNK = 30_000
#: Empty rows open for new entries below the pre-filled rows of a list sheet (대응계획, 이해관계자, 신호, 조치실적).
OPEN_ROWS = 100

#: Fixed cells of the 안내 sheet (locked): the round and the department the file was made for.
GUIDE_ROUND_CELL = "B2"
GUIDE_DEPARTMENT_CELL = "B3"

CODE = "사업코드"
NAME = "사업명"
NUMBER = "번호"
OWNER_HEADER = "해결 주체"
ALERT_HEADER = "경보 수준"
SELF_GRADE_HEADER = "자체진단 등급"
GRADE_LABELS: tuple[str, ...] = ("1등급", "2등급", "3등급")
OWNER_LABELS: dict[int, str] = {level.value: level.label for level in OwnerLevel}
INFLUENCE_LABELS: tuple[str, ...] = ("1", "2", "3", "4", "5")
ISSUE_PREFIX = {k.value: k.label for k in IssueKind}
#: Columns a department must not change on a pre-filled row (a new row of a list sheet leaves only 번호 blank).
LOCKED_HEADERS = frozenset({CODE, NAME, NUMBER, ALERT_HEADER})


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its header, what the cells hold and whether a department may edit it."""

    header: str
    kind: str = "text"  # text | date | choice | code (a project code) | number (record id) | count (0, 1, 2 …)
    editable: bool = True
    choices: tuple[str, ...] = ()
    required: bool = False
    width: int = 14


@dataclass(frozen=True)
class SheetLayout:
    name: str
    columns: tuple[Column, ...]
    #: Rows may be added (list sheets): the 번호 column is blank on a new row.
    open_rows: bool = False

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def index(self, header: str) -> int:
        return self.headers.index(header)


def layouts(item_labels: Sequence[str], codes: Sequence[str]) -> dict[str, SheetLayout]:
    """The six data sheets; ``item_labels`` are the round's checklist items, ``codes`` the key cases (drop-down)."""
    scores = tuple(SCORE_LABELS[k] for k in sorted(SCORE_LABELS))
    stage = tuple(s.label for s in ConflictStage)
    return {
        DIAGNOSIS_SHEET: SheetLayout(DIAGNOSIS_SHEET, (
            Column(CODE, "code", editable=False), Column(NAME, editable=False, width=30),
            Column(OWNER_HEADER, "choice", choices=tuple(OWNER_LABELS.values()), width=20),
            *(Column(label, "choice", choices=scores, width=12) for label in item_labels),
            Column(ALERT_HEADER, editable=False), Column(SELF_GRADE_HEADER, "choice", choices=GRADE_LABELS))),
        CARD_SHEET: SheetLayout(CARD_SHEET, (
            Column(CODE, "code", editable=False), Column(NAME, editable=False, width=30),
            Column("주요쟁점", width=50), Column("갈등단계", "choice", choices=stage), Column("향후 전망", width=40),
            Column("사회적 영향", width=40))),
        PLAN_SHEET: SheetLayout(PLAN_SHEET, (
            Column(NUMBER, "number", editable=False, width=8), Column(CODE, "code", editable=False, choices=tuple(codes), required=True),
            Column("세부추진사항", required=True, width=40), Column("담당"), Column("기한", "date"),
            Column("상태", "choice", choices=tuple(s.label for s in ItemStatus)), Column("완료일", "date")),
            open_rows=True),
        PEOPLE_SHEET: SheetLayout(PEOPLE_SHEET, (
            Column(NUMBER, "number", editable=False, width=8), Column(CODE, "code", editable=False, choices=tuple(codes), required=True),
            Column("이름·단체명", required=True, width=20),
            Column("개인·단체", "choice", choices=tuple(p.label for p in PartyKind)),
            Column("구분", "choice", choices=tuple(k.label for k in StakeholderKind)), Column("입장", width=30),
            Column("관심사항", width=30), Column("영향력", "choice", choices=INFLUENCE_LABELS, width=8),
            Column("대표자"), Column("연락처", width=18)), open_rows=True),
        ACTION_SHEET: SheetLayout(ACTION_SHEET, (
            Column(NUMBER, "number", editable=False, width=8), Column(CODE, "code", editable=False, choices=tuple(codes), required=True),
            Column("일자", "date", required=True), Column("내용", required=True, width=60)), open_rows=True),
        SIGNAL_SHEET: SheetLayout(SIGNAL_SHEET, (
            Column(NUMBER, "number", editable=False, width=8), Column(CODE, "code", editable=False, choices=tuple(codes), required=True),
            Column("일자", "date", required=True),
            Column("종류", "choice", choices=tuple(k.label for k in SignalKind), required=True),
            Column("건수", "count", required=True, width=8), Column("비고", width=40)), open_rows=True),
    }


def cell_text(value: object) -> str:
    """The one text form of a cell, as handed out and as read back: dates ISO, whole numbers without ".0", NFC."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if (value.hour, value.minute, value.second) == (0, 0, 0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return _ILLEGAL.sub("", nfc(str(value)).replace("\r\n", "\n").replace("\r", "\n"))


#: Characters a spreadsheet cell cannot hold (XML 1.0); the writer drops them too, so the stamp matches the file.
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")


def issues_text(issues: Sequence[tuple[str, str]]) -> str:
    """Main issues as one cell: one per line, ``이해: text`` (kind label, colon, text)."""
    return "\n".join(f"{ISSUE_PREFIX.get(kind, ISSUE_PREFIX['interest'])}: {text}" for text, kind in issues)


def parse_issues(text: str) -> list[tuple[str, str]]:
    """Inverse of :func:`issues_text`: ``[(text, kind)]``; a line without a known prefix is an interest (이해)."""
    by_label = {label: kind for kind, label in ISSUE_PREFIX.items()}
    out: list[tuple[str, str]] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        head, sep, rest = line.partition(":")
        if sep and head.strip() in by_label and rest.strip():
            out.append((rest.strip(), by_label[head.strip()]))
        else:
            out.append((line, "interest"))
    return out


# --- the stamp -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    """What travels with a workbook: where it went, what it held (row text per sheet) and each record's version."""

    round_code: str
    department: str
    issued: str  # ISO date
    serial: str  # random id of this hand-out
    headers: dict[str, list[str]]
    rows: dict[str, list[list[str]]]
    #: ``{"diagnosis": {code: version}, "card": {code: version (0 = no card yet)}}``
    versions: dict[str, dict[str, int]] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        return {"v": STAMP_VERSION, "round": self.round_code, "department": self.department, "issued": self.issued,
                "serial": self.serial, "headers": self.headers, "rows": self.rows, "versions": self.versions}

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> Stamp:
        return cls(str(data["round"]), str(data["department"]), str(data["issued"]), str(data["serial"]),
                   {str(k): [str(h) for h in v] for k, v in data["headers"].items()},
                   {str(k): [[str(c) for c in row] for row in v] for k, v in data["rows"].items()},
                   {str(k): {str(c): int(n) for c, n in v.items()} for k, v in data["versions"].items()})


def canonical(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sign(text: str, key: bytes) -> str:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def verify(text: str, signature: str, key: bytes) -> bool:
    return hmac.compare_digest(sign(text, key), signature.strip().lower())


def chunks(text: str) -> list[str]:
    return [text[i:i + STAMP_CHUNK] for i in range(0, len(text), STAMP_CHUNK)] or [""]
