"""Hand-in (부서 작성 파일 가져오기): check a returned workbook, preview every change, apply it all or nothing.

The rules are in docs/업무규칙.md §Department workbooks: the signed stamp says which round and department the file belongs to
and what it held; a change is a cell that differs from the stamp; a record changed in ConflictDesk since the hand-out
is a conflict that the officer resolves (``keep`` ConflictDesk's values or take the ``department``'s); one
transaction per file, audited with the department and the file name.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.dates import parse_date
from conflictdesk.domain.enums import (
    ConflictStage,
    GradeKind,
    ItemStatus,
    PartyKind,
    SignalKind,
    StakeholderKind,
)
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.grading import SCORE_LABELS
from conflictdesk.domain.handout import (
    ACTION_SHEET,
    CARD_SHEET,
    CODE,
    DATA_SHEETS,
    DIAGNOSIS_SHEET,
    GRADE_LABELS,
    GUIDE_SHEET,
    LOCKED_HEADERS,
    NUMBER,
    OWNER_HEADER,
    OWNER_LABELS,
    PEOPLE_SHEET,
    PLAN_SHEET,
    SELF_GRADE_HEADER,
    SIGNAL_SHEET,
    STAMP_SHEET,
    Column,
    SheetLayout,
    Stamp,
    cell_text,
    layouts,
    parse_issues,
    verify,
)
from conflictdesk.domain.import_columns import column_letter
from conflictdesk.domain.rounds import RoundId
from conflictdesk.services.card_history import _refresh_snapshot
from conflictdesk.services.cards import _add_transition, _touch
from conflictdesk.services.changes import NOTHING, Changes
from conflictdesk.services.diagnosis import _save_in_session, checklist_of
from conflictdesk.services.handout import _content, _department_entries, _stamp_key
from conflictdesk.services.import_files import ImportFileError, RawSheet, read_workbook
from conflictdesk.services.key_cases import _key_project_ids
from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    ActionEntry,
    Card,
    Diagnosis,
    Handout,
    MainIssue,
    PlanItem,
    Project,
    ResponsePlan,
    Round,
    Signal,
    Stakeholder,
)

Progress = Callable[[int, str], bool]
#: How a conflict is resolved: not at all (the file waits), ConflictDesk's values kept, the department's taken.
CHOICES = ("report", "keep", "department")
TEXT_LIMITS = {"이름·단체명": 200, "대표자": 100, "연락처": 200, "담당": 100}
RECORD_LABEL = {"diagnosis": "진단 기록", "card": "갈등관리카드"}
#: Closed-list cells that always hold a value once set (a stage, a status…): blanking one is a problem, not a change.
NOT_CLEARABLE = frozenset({"갈등단계", "상태", "개인·단체", "구분", "영향력"})

__all__ = ["CHOICES", "AddedRow", "FieldChange", "HandinConflict", "HandinProblem", "HandinResult", "handin_file",
           "is_department_workbook", "stamp_kind"]


@dataclass(frozen=True)
class HandinProblem:
    """A value the file cannot give: sheet, spreadsheet row and column header as the department sees them."""

    sheet: str
    row: int
    column: str
    message: str

    def text(self) -> str:
        if not self.sheet:
            return self.message
        where = f"'{self.sheet}' 시트 {self.row}행" + (f" '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class FieldChange:
    """One changed cell of a record: ``old`` is ConflictDesk's value now, ``new`` the department's."""

    sheet: str
    row: int
    record: str  # "diagnosis:CODE" | "card:CODE"
    code: str
    entry: str  # what the row is: the project name, or "번호 12"
    column: str
    old: str
    new: str


@dataclass(frozen=True)
class AddedRow:
    sheet: str
    row: int
    record: str
    code: str
    values: tuple[tuple[str, str], ...]  # (header, text) of the filled cells

    def text(self) -> str:
        return ", ".join(f"{h} {v}" for h, v in self.values if h not in (NUMBER, CODE))


@dataclass(frozen=True)
class HandinConflict:
    """A record changed in ConflictDesk since the hand-out that the department changed too: side by side."""

    record: str
    code: str
    what: str  # 진단 기록 | 갈등관리카드
    #: (column, value handed out, the department's, ConflictDesk's now)
    fields: tuple[tuple[str, str, str, str], ...]
    choice: str = "report"


@dataclass(frozen=True)
class HandinResult:
    """What a returned file holds, and what was (or in a dry run, would be) applied."""

    file: str
    round_code: str = ""
    department: str = ""
    #: ``workbook`` (부서 작성 파일 of a round) or ``checklist`` (사전 갈등검토목록 of one ``project``).
    kind: str = "workbook"
    project: str = ""
    #: Why the whole file was refused (no stamp, bad signature, other round/department, moved column…): "" = read.
    refused: str = ""
    refused_code: str = ""
    changes: tuple[FieldChange, ...] = ()
    added: tuple[AddedRow, ...] = ()
    problems: tuple[HandinProblem, ...] = ()
    conflicts: tuple[HandinConflict, ...] = ()
    dry_run: bool = False
    written: bool = False

    @property
    def unresolved(self) -> tuple[HandinConflict, ...]:
        return tuple(c for c in self.conflicts if c.choice == "report")

    @property
    def acceptable(self) -> bool:
        return not self.refused and not self.problems and not self.unresolved

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file, "kind": self.kind, "round": self.round_code or None, "project": self.project or None,
            "department": self.department or None,
            "refused": self.refused or None, "refused_code": self.refused_code or None, "dry_run": self.dry_run,
            "written": self.written,
            "changes": [{"sheet": c.sheet, "row": c.row, "code": c.code, "entry": c.entry, "column": c.column,
                         "old": c.old, "new": c.new} for c in self.changes],
            "added": [{"sheet": a.sheet, "row": a.row, "code": a.code, "values": dict(a.values)} for a in self.added],
            "problems": [{"sheet": p.sheet, "row": p.row, "column": p.column, "message": p.message}
                         for p in self.problems],
            "conflicts": [{"record": c.record, "code": c.code, "what": c.what, "choice": c.choice,
                           "fields": [{"column": f, "handed_out": h, "department": d, "now": n}
                                      for f, h, d, n in c.fields]} for c in self.conflicts],
        }


# --- reading and checking the file ------------------------------------------------------------------------------------


def _rows_by_number(sheet: RawSheet) -> dict[int, tuple[object, ...]]:
    return dict(sheet.rows)


def _stamp_text(sheets: Mapping[str, RawSheet], name: str) -> tuple[str, str]:
    """The stamp's text and signature as the file holds them (not yet verified)."""
    raw = sheets.get(STAMP_SHEET)
    if raw is None or not raw.rows:
        raise DomainError("handin_no_stamp", file=name)
    text = "".join(str(values[0]) for _n, values in raw.rows if values and values[0] is not None)
    first = raw.rows[0][1]
    return text, str(first[1]) if len(first) > 1 and first[1] is not None else ""


def stamp_kind(sheets: Mapping[str, RawSheet]) -> str:
    """Which kind of stamped file this is — ``"checklist"`` (사전 갈등검토목록) or ``"workbook"`` (부서 작성 파일) —
    read to choose the reader only; the reader then verifies the signature before trusting anything."""
    try:
        payload = json.loads(_stamp_text(sheets, "")[0])
    except (DomainError, ValueError):
        return "workbook"
    return str(payload.get("kind") or "workbook") if isinstance(payload, dict) else "workbook"


def _signed_payload(s: Session, sheets: Mapping[str, RawSheet], name: str) -> dict[str, object]:
    """The stamp's payload once its signature is verified with this data file's key (refused by name otherwise)."""
    text, signature = _stamp_text(sheets, name)
    key = _stamp_key(s)
    if key is None:
        raise DomainError("handin_no_key", file=name)
    if not signature or not verify(text, signature, key):
        raise DomainError("handin_bad_signature", file=name)
    try:
        payload = json.loads(text)
    except ValueError:  # signed by us, so only a future format gets here
        raise DomainError("handin_bad_signature", file=name) from None
    if not isinstance(payload, dict):
        raise DomainError("handin_bad_signature", file=name)
    return payload


def _stamp_of(s: Session, sheets: Mapping[str, RawSheet], name: str) -> Stamp:
    payload = _signed_payload(s, sheets, name)
    if payload.get("kind") not in (None, "workbook"):
        raise DomainError("handin_is_checklist", file=name)
    try:
        return Stamp.from_payload(payload)
    except (ValueError, KeyError, TypeError, AttributeError):  # signed by us, so only a future format gets here
        raise DomainError("handin_bad_signature", file=name) from None


def _guide_facts(sheets: Mapping[str, RawSheet]) -> tuple[str, str]:
    guide = _rows_by_number(sheets[GUIDE_SHEET]) if GUIDE_SHEET in sheets else {}
    round_row, dept_row = guide.get(2, ()), guide.get(3, ())
    return (cell_text(round_row[1]) if len(round_row) > 1 else "",
            cell_text(dept_row[1]) if len(dept_row) > 1 else "")


def _check_headers(sheet: str, raw: RawSheet | None, expected: list[str], name: str) -> None:
    if raw is None:
        raise DomainError("handin_sheet_missing", sheet=sheet, file=name)
    header = _rows_by_number(raw).get(1, ())
    found = [cell_text(v).strip() for v in header]
    while found and not found[-1]:
        found.pop()
    for i, column in enumerate(expected):
        if i < len(found) and found[i] == column:
            continue
        if column in found:
            raise DomainError("handin_column_moved", sheet=sheet, column=column, was=column_letter(i),
                          now=column_letter(found.index(column)), file=name)
        raise DomainError("handin_column_missing", sheet=sheet, column=column, was=column_letter(i), file=name)
    if len(found) > len(expected):
        extra = next(i for i in range(len(expected), len(found)) if found[i])
        raise DomainError("handin_column_unknown", sheet=sheet, column=found[extra], now=column_letter(extra), file=name)


def _cells(raw: RawSheet, width: int) -> dict[int, list[str]]:
    return {n: [cell_text(v) for v in (values + (None,) * width)[:width]] for n, values in raw.rows if n > 1}


def _check_protected(sheet: str, layout: SheetLayout, stamp_rows: list[list[str]], cells: Mapping[int, list[str]],
                     name: str) -> None:
    blank = [""] * len(layout.columns)
    for i, handed in enumerate(stamp_rows):
        now = cells.get(i + 2, blank)
        for c, column in enumerate(layout.columns):
            if column.header in LOCKED_HEADERS and now[c].strip() != handed[c].strip():
                raise DomainError("handin_protected_changed", sheet=sheet, row=i + 2, column=column.header,
                              was=handed[c][:40], now=now[c][:40], file=name)


# --- values ------------------------------------------------------------------------------------------------------------


def _value(column: Column, text: str) -> object:
    """The typed value of a cell (``None`` for blank); raises DomainError with a message for the problem list."""
    text = text.strip()
    if not text:
        if column.required:
            raise DomainError("cell_required")
        return None
    if column.kind == "date":
        return parse_date(text[:10] if len(text) >= 10 and text[4:5] == "-" else text)
    if column.kind == "count":
        if not text.isdigit():
            raise DomainError("signal_count_invalid", kind=column.header, value=text[:20])
        return int(text)
    if column.choices and text not in column.choices:
        raise DomainError("unknown_choice", field=column.header, value=text[:40])
    limit = TEXT_LIMITS.get(column.header)
    if limit is not None and len(text) > limit:
        raise DomainError("cell_too_long", limit=limit, length=len(text))
    return text


@dataclass
class _Row:
    sheet: str
    row: int
    code: str
    number: int | None  # the entry's id (list sheets), None on a new row
    values: dict[str, object]  # header -> typed value of the changed (or, new row: filled) columns
    texts: dict[str, str]


@dataclass
class _Plan:
    stamp: Stamp
    changed: list[_Row] = field(default_factory=list)
    added: list[_Row] = field(default_factory=list)
    problems: list[HandinProblem] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    conflicts: list[HandinConflict] = field(default_factory=list)


def _formula_problems(raw: RawSheet, layout: SheetLayout) -> list[HandinProblem]:
    return [HandinProblem(raw.name, i.row, layout.columns[i.col].header if i.col < len(layout.columns)
                          else f"{column_letter(i.col)}열", i.message) for i in raw.issues]


def _read_rows(plan: _Plan, raw: RawSheet, layout: SheetLayout, codes: set[str]) -> None:
    stamp_rows = plan.stamp.rows.get(layout.name, [])
    cells = _cells(raw, len(layout.columns))
    bad_cells = {(i.row, i.col) for i in raw.issues}
    plan.problems.extend(_formula_problems(raw, layout))
    code_at, number_at = layout.headers.index(CODE), (layout.headers.index(NUMBER) if NUMBER in layout.headers else None)
    for number in sorted(cells):
        texts = cells[number]
        i = number - 2
        handed = stamp_rows[i] if i < len(stamp_rows) else None
        if handed is None and not any(t.strip() for t in texts):
            continue
        if handed is None and not layout.open_rows:
            plan.problems.append(HandinProblem(layout.name, number, "", "이 시트에는 줄을 더할 수 없습니다"))
            continue
        row = _Row(layout.name, number, (handed or texts)[code_at].strip(), None, {}, {})
        if handed is not None and number_at is not None:
            row.number = int(handed[number_at])
        for c, column in enumerate(layout.columns):
            if column.header in LOCKED_HEADERS and handed is not None:
                continue
            if handed is not None and texts[c] == handed[c]:
                continue
            if (number, c) in bad_cells:
                continue
            if handed is None and column.header == NUMBER:
                if texts[c].strip():
                    plan.problems.append(HandinProblem(layout.name, number, NUMBER, "새 줄의 번호는 비워 두세요"))
                continue
            try:
                value = _value(column, texts[c])
            except DomainError as exc:
                plan.problems.append(HandinProblem(layout.name, number, column.header, exc.message))
                continue
            if handed is None and value is None:
                continue
            if value is None and column.header in NOT_CLEARABLE:
                plan.problems.append(HandinProblem(layout.name, number, column.header, "비울 수 없는 칸입니다. 목록에서 "
                                                                                     "고르세요"))
                continue
            row.values[column.header] = value
            row.texts[column.header] = value.isoformat() if isinstance(value, date) else texts[c].strip()
        if handed is None:
            if row.code not in codes:
                plan.problems.append(HandinProblem(layout.name, number, CODE,
                                                   f"'{row.code[:40]}'은(는) 이 파일의 중점관리 사업코드가 아닙니다"))
                continue
            for column in layout.columns:
                if column.required and column.header not in row.values and column.header not in (CODE,):
                    if not any(p.row == number and p.column == column.header for p in plan.problems):
                        plan.problems.append(HandinProblem(layout.name, number, column.header,
                                                           DomainError("cell_required").message))
            plan.added.append(row)
        elif row.values:
            plan.changed.append(row)


# --- comparing with ConflictDesk now ---------------------------------------------------------------------------------


def _record_of(row: _Row) -> str:
    return f"{'diagnosis' if row.sheet == DIAGNOSIS_SHEET else 'card'}:{row.code}"


def _entry_key(sheet: str, layout: SheetLayout, texts: list[str]) -> str:
    if NUMBER in layout.headers:
        return texts[layout.headers.index(NUMBER)]
    return texts[layout.headers.index(CODE)]


def _compare(s: Session, rnd: Round, plan: _Plan, sheet_layouts: dict[str, SheetLayout], today: date,
             choices: Mapping[str, str], on_conflict: str) -> None:
    stamp = plan.stamp
    entries = _department_entries(s, rnd, stamp.department)
    content = _content(s, rnd, entries, _key_project_ids(s, rnd), today)
    now: dict[tuple[str, str], list[str]] = {}
    for sheet, rows in content.rows.items():
        for values in rows:
            texts = [cell_text(v) for v in values]
            now[(sheet, _entry_key(sheet, sheet_layouts[sheet], texts))] = texts
    per_record: dict[str, list[tuple[_Row, str, str, str, str]]] = {}
    for row in plan.changed:
        layout = sheet_layouts[row.sheet]
        handed = stamp.rows[row.sheet][row.row - 2]
        key = _entry_key(row.sheet, layout, handed)
        current = now.get((row.sheet, key))
        if current is None:
            plan.problems.append(HandinProblem(row.sheet, row.row, "", "이 항목은 보낸 뒤 ConflictDesk에서 지워졌거나 "
                                                                     "이 부서의 진단대상·중점관리 사업이 아닙니다"))
            continue
        for header in list(row.values):
            c = layout.headers.index(header)
            if current[c].strip() == row.texts[header]:
                del row.values[header]  # ConflictDesk already holds the department's value
                continue
            per_record.setdefault(_record_of(row), []).append(
                (row, header, handed[c], row.texts[header], current[c]))
    conflicted: set[str] = set()
    for record, fields in per_record.items():
        kind, code = record.split(":", 1)
        changed_since = content.versions.get(kind, {}).get(code) != stamp.versions.get(kind, {}).get(code)
        if changed_since:
            choice = choices.get(record, on_conflict)
            plan.conflicts.append(HandinConflict(record, code, RECORD_LABEL[kind],
                                                 tuple((h, was, dept, cur) for _r, h, was, dept, cur in fields),
                                                 choice if choice in CHOICES else "report"))
            if choice != "department":
                conflicted.add(record)
        for row, header, _was, dept, cur in fields:
            plan.changes.append(FieldChange(row.sheet, row.row, record, code, _entry_label(row, sheet_layouts),
                                            header, cur, dept))
    for row in plan.changed:
        if _record_of(row) in conflicted:
            row.values.clear()  # kept as ConflictDesk has it (or waiting for the officer's choice)


def _entry_label(row: _Row, sheet_layouts: dict[str, SheetLayout]) -> str:
    return f"{row.code} 번호 {row.number}" if row.number is not None else row.code


# --- applying ----------------------------------------------------------------------------------------------------------


def _label_value(enum: type[ConflictStage] | type[ItemStatus] | type[PartyKind] | type[StakeholderKind],
                 label: object) -> str:
    return str(enum.from_label(str(label)).value)


def _apply_diagnosis(s: Session, rnd: Round, project: Project, diag: Diagnosis, values: dict[str, object],
                     labels: dict[str, str], reason: str, today: date) -> None:
    owner = diag.owner_level
    if OWNER_HEADER in values:
        picked = values[OWNER_HEADER]
        owner = next((k for k, v in OWNER_LABELS.items() if v == picked), None)
    scores = {k: int(v) for k, v in (diag.risk_scores or {}).items()}
    by_label = {v: k for k, v in SCORE_LABELS.items()}
    for header, value in values.items():
        if header in labels:
            if value is None:
                scores.pop(labels[header], None)
            else:
                scores[labels[header]] = by_label[str(value)]
    grades: dict[GradeKind, int | None] = {}
    if SELF_GRADE_HEADER in values:
        picked = values[SELF_GRADE_HEADER]
        grades[GradeKind.SELF] = GRADE_LABELS.index(str(picked)) + 1 if picked is not None else None
    _save_in_session(s, project, rnd, diag, owner_level=owner, scores=scores, grades=grades, reason=reason,
                     today=today)


def _apply_card(card: Card, values: dict[str, object], reason: str, today: date) -> None:
    if "주요쟁점" in values:
        issues = parse_issues(str(values["주요쟁점"] or ""))
        card.issues = [MainIssue(position=i, text=text, kind=kind) for i, (text, kind) in enumerate(issues)]
    if values.get("갈등단계") is not None:
        _add_transition(card, _label_value(ConflictStage, values["갈등단계"]), today, reason)
    if "향후 전망" in values:
        card.outlook = str(values["향후 전망"] or "")
    if "사회적 영향" in values:
        card.social_impact = str(values["사회적 영향"] or "")


def _text(values: dict[str, object], header: str, current: str) -> str:
    return str(values[header] or "") if header in values else current


def _apply_plan_item(item: PlanItem, v: dict[str, object]) -> None:
    item.title = _text(v, "세부추진사항", item.title)
    item.owner = _text(v, "담당", item.owner)
    if "기한" in v:
        item.due = v["기한"] if isinstance(v["기한"], date) else None
    if v.get("상태") is not None:
        item.status = _label_value(ItemStatus, v["상태"])
    if "완료일" in v:
        item.done_on = v["완료일"] if isinstance(v["완료일"], date) else None


def _apply_person(h: Stakeholder, v: dict[str, object]) -> None:
    h.name = _text(v, "이름·단체명", h.name)
    if v.get("개인·단체") is not None:
        h.party = _label_value(PartyKind, v["개인·단체"])
    if v.get("구분") is not None:
        h.kind = _label_value(StakeholderKind, v["구분"])
    h.position = _text(v, "입장", h.position)
    h.interests = _text(v, "관심사항", h.interests)
    if v.get("영향력") is not None:
        h.influence = int(str(v["영향력"]))
    h.representative = _text(v, "대표자", h.representative)
    h.contact = _text(v, "연락처", h.contact)


def _apply_action(a: ActionEntry, v: dict[str, object]) -> None:
    if isinstance(v.get("일자"), date):
        a.acted_on = v["일자"]  # type: ignore[assignment]
    a.text = _text(v, "내용", a.text)


def _apply_signal(g: Signal, v: dict[str, object]) -> None:
    if isinstance(v.get("일자"), date):
        g.observed_on = v["일자"]  # type: ignore[assignment]
    kind, count = v.get("종류"), v.get("건수")
    if isinstance(kind, str):
        g.kind = SignalKind.from_label(kind).value
    if isinstance(count, int):
        g.count = count
    g.note = _text(v, "비고", g.note)


def _apply(s: Session, rnd: Round, plan: _Plan, labels: dict[str, str], reason: str, today: date) -> None:
    projects = {p.code: p for p in s.scalars(select(Project).where(Project.code.in_(
        {r.code for r in plan.changed + plan.added})))}
    cards: dict[str, Card] = {}

    def card_of(code: str) -> Card:
        if code not in cards:
            project = projects[code]
            if project.card is None:
                project.card = Card(conflict_types=[])
                s.flush()
            assert project.card is not None
            cards[code] = project.card
        return cards[code]

    for row in plan.changed:
        if not row.values:
            continue
        project = projects[row.code]
        if row.sheet == DIAGNOSIS_SHEET:
            diag = s.scalar(select(Diagnosis).where(Diagnosis.round_id == rnd.id, Diagnosis.project_id == project.id))
            assert diag is not None
            _apply_diagnosis(s, rnd, project, diag, row.values, labels, reason, today)
            continue
        card = card_of(row.code)
        if row.sheet == CARD_SHEET:
            _apply_card(card, row.values, reason, today)
        elif row.sheet == PLAN_SHEET:
            item = next((i for i in (card.plan.items if card.plan else []) if i.id == row.number), None)
            if item is not None:
                _apply_plan_item(item, row.values)
        elif row.sheet == PEOPLE_SHEET:
            person = next((h for h in card.stakeholders if h.id == row.number), None)
            if person is not None:
                _apply_person(person, row.values)
        elif row.sheet == SIGNAL_SHEET:
            signal = next((g for g in card.signals if g.id == row.number), None)
            if signal is not None:
                _apply_signal(signal, row.values)
        elif row.sheet == ACTION_SHEET:
            action = next((a for a in card.actions if a.id == row.number), None)
            if action is not None:
                _apply_action(action, row.values)
    for row in plan.added:
        card = card_of(row.code)
        if row.sheet == PLAN_SHEET:
            if card.plan is None:
                card.plan = ResponsePlan(strategies=[])
            position = max((i.position for i in card.plan.items), default=-1) + 1
            item = PlanItem(position=position, title="")
            _apply_plan_item(item, row.values)
            card.plan.items.append(item)
        elif row.sheet == PEOPLE_SHEET:
            person = Stakeholder(name="", kind="other", party="person", influence=3)
            _apply_person(person, row.values)
            card.stakeholders.append(person)
        elif row.sheet == SIGNAL_SHEET:
            signal = Signal(kind="", observed_on=today, count=0, note="")
            _apply_signal(signal, row.values)
            card.signals.append(signal)
        elif row.sheet == ACTION_SHEET:
            action = ActionEntry(acted_on=today, text="")
            _apply_action(action, row.values)
            card.actions.append(action)
    for card in cards.values():
        _touch(card)
    s.flush()
    for card in cards.values():
        _refresh_snapshot(s, card)


def is_department_workbook(path: Path | str) -> bool:
    """Whether ``path`` looks like a department workbook (an .xlsx with the stamp sheet): a dropped file goes to the
    hand-in preview rather than the project import. Only the workbook's sheet list is read; the guards come later."""
    import zipfile

    p = Path(path)
    if p.suffix.lower() != ".xlsx":
        return False
    try:
        with zipfile.ZipFile(p) as zf, zf.open("xl/workbook.xml") as fh:
            return f'name="{STAMP_SHEET}"'.encode() in fh.read(1024 * 1024)
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


# --- the service -------------------------------------------------------------------------------------------------------


def _plan_file(s: Session, sheets: Mapping[str, RawSheet], name: str, round_code: str | None, today: date,
               choices: Mapping[str, str], on_conflict: str) -> tuple[_Plan, Round, dict[str, str]]:
    stamp = _stamp_of(s, sheets, name)
    sheet_round, sheet_department = _guide_facts(sheets)
    if sheet_round != stamp.round_code:
        raise DomainError("handin_stamp_round_mismatch", sheet=sheet_round or "(없음)", stamp=stamp.round_code, file=name)
    if sheet_department != cell_text(stamp.department):  # a cell holds no control character
        raise DomainError("handin_other_department", sheet=sheet_department or "(없음)", stamp=stamp.department, file=name)
    if round_code and str(RoundId.parse(round_code)) != stamp.round_code:
        raise DomainError("handin_other_round", stamp=stamp.round_code, expected=str(RoundId.parse(round_code)), file=name)
    rnd = s.scalar(select(Round).where(Round.code == stamp.round_code))
    if rnd is None:
        raise DomainError("handin_round_unknown", round=stamp.round_code, file=name)
    handout = s.scalar(select(Handout).where(Handout.serial == stamp.serial))
    if handout is None:
        raise DomainError("handin_unknown_serial", file=name)
    if handout.accepted_on is not None:
        raise DomainError("handin_already_accepted", on=handout.accepted_on, other=handout.returned_file, file=name)
    diag_headers = stamp.headers.get(DIAGNOSIS_SHEET, [])
    item_labels = diag_headers[3:-2]
    codes = [row[0] for row in stamp.rows.get(CARD_SHEET, [])]
    sheet_layouts = layouts(item_labels, codes)
    for sheet in DATA_SHEETS:
        expected = stamp.headers.get(sheet, list(sheet_layouts[sheet].headers))
        _check_headers(sheet, sheets.get(sheet), expected, name)
        _check_protected(sheet, sheet_layouts[sheet], stamp.rows.get(sheet, []),
                         _cells(sheets[sheet], len(sheet_layouts[sheet].columns)), name)
    plan = _Plan(stamp)
    for sheet in DATA_SHEETS:
        _read_rows(plan, sheets[sheet], sheet_layouts[sheet], set(codes))
    checklist = checklist_of(rnd)
    labels = {i.label: i.code for i in checklist.items if i.label in item_labels}
    if not plan.problems:
        _compare(s, rnd, plan, sheet_layouts, today, choices, on_conflict)
    return plan, rnd, labels


def _result(name: str, plan: _Plan, *, dry_run: bool, written: bool) -> HandinResult:
    return HandinResult(
        file=name, round_code=plan.stamp.round_code, department=plan.stamp.department,
        changes=tuple(plan.changes),
        added=tuple(AddedRow(r.sheet, r.row, f"card:{r.code}", r.code, tuple(r.texts.items())) for r in plan.added),
        problems=tuple(plan.problems), conflicts=tuple(plan.conflicts), dry_run=dry_run, written=written)


def handin_file(db: Database, path: Path | str, *, dry_run: bool = False, round_code: str | None = None,
                choices: Mapping[str, str] | None = None, on_conflict: str = "report", today: date,
                progress: Progress | None = None) -> tuple[HandinResult, Changes]:
    """Read one returned workbook, and unless ``dry_run`` apply it in one transaction when it has no problem and
    every conflict is resolved (``choices``: record → keep|department; others take ``on_conflict``).

    A file that cannot be accepted at all comes back with ``refused`` (the Korean reason) and nothing written.
    """
    p = Path(path)
    name = p.name
    if on_conflict not in CHOICES:
        raise DomainError("unknown_choice", field="충돌 처리", value=on_conflict)
    choices = dict(choices or {})
    try:
        sheets = read_workbook(p, progress)
    except ImportFileError as exc:
        return HandinResult(file=name, refused=exc.message, refused_code=exc.code), NOTHING
    if stamp_kind(sheets) == "checklist":  # a 사전 갈등검토목록 comes back the same way (docs/업무규칙.md)
        from conflictdesk.services.pre_review import checklist_from_sheets

        return checklist_from_sheets(db, sheets, name, dry_run=dry_run, today=today)
    plan: _Plan | None = None
    try:
        if dry_run:
            with db.read() as s:
                plan, _rnd, _labels = _plan_file(s, sheets, name, round_code, today, choices, on_conflict)
            return _result(name, plan, dry_run=True, written=False), NOTHING
        with db.write(reason=f"부서 작성 파일 가져오기: ({name})") as s:
            plan, rnd, labels = _plan_file(s, sheets, name, round_code, today, choices, on_conflict)
            reason = f"부서 작성 파일 가져오기: {plan.stamp.department} ({name})"
            s.info["reason"] = reason  # the audit lines name the department, known once the stamp is read
            result = _result(name, plan, dry_run=False, written=False)
            handout = s.scalar(select(Handout).where(Handout.serial == plan.stamp.serial))
            assert handout is not None  # _plan_file refused an unknown serial
            if handout.returned_on is None:
                handout.returned_on = today
            handout.returned_file = name[:300]
            if not result.acceptable:  # problems or an open conflict: only the return is recorded
                return result, Changes.of("handout")
            _apply(s, rnd, plan, labels, reason, today)
            handout.accepted_on = today
    except DomainError as exc:
        if exc.code.startswith("handin_"):
            return HandinResult(file=name, refused=exc.message, refused_code=exc.code), NOTHING
        if plan is None:
            raise
        # A rule of the records themselves (a stage dated before the last change…): the file's transaction is undone.
        return replace(_result(name, plan, dry_run=False, written=False),
                       problems=(HandinProblem("", 0, "", exc.message),)), NOTHING
    return replace(result, written=True), Changes.of("diagnosis", "card", "plan", "review", "handout")
