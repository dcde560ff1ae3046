"""사전 갈등검토목록 (pre-review checklist): make one signed checklist per project and take the answers back.

The rules are in docs/업무규칙.md §Pre-review checklist. The checklist is the 갈등진단표 in force in the settings (the one the
next round will take): the diagnosis criteria, the owner-level question and the weighted risk items. It goes out like a
department workbook (same key, same signature, a very hidden stamp sheet) and comes back through the same hand-in
(services/handin.py dispatches by the stamp's kind). The answers are stored as the project's 사전검토 record; the
diagnosis form shows them as a suggestion and never writes them into a diagnosis by itself.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.grading import ChecklistSettings
from conflictdesk.domain.handout import STAMP_VERSION, canonical, cell_text, sign
from conflictdesk.domain.pre_review import (
    ANSWER,
    CHECKLIST_SHEET,
    HEADERS,
    KIND,
    LOCKED,
    NOTE,
    NOTE_LIMIT,
    OUTSTANDING,
    OWNER_KEY,
    TEXT_LIMITS,
    YES,
    ChecklistStatus,
    PreReviewAnswers,
    Question,
    answers_from,
    checklist_status,
    days_overdue,
    questions,
)
from conflictdesk.domain.rounds import RoundId
from conflictdesk.domain.screening import RuleSet, criterion_label, screen_project
from conflictdesk.domain.text import nfc
from conflictdesk.services import settings
from conflictdesk.services.changes import NOTHING, Changes
from conflictdesk.services.handin import (
    FieldChange,
    HandinProblem,
    HandinResult,
    _cells,
    _check_headers,
    _signed_payload,
)
from conflictdesk.services.handout import _sending_terms
from conflictdesk.services.import_files import ImportFileError, RawSheet, read_workbook
from conflictdesk.services.pre_review_dtos import ChecklistBook, ChecklistState, PreReviewView
from conflictdesk.services.screening import project_input
from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Department, PreReview, Project, Round

#: More projects than this in one request is refused (a whole department's register is usually far fewer).
MAX_PROJECTS = 500

__all__ = ["ChecklistBook", "ChecklistState", "PreReviewView", "checklist_file", "checklist_from_sheets",
           "checklist_projects", "checklist_states", "prepare_checklists"]


# --- out -------------------------------------------------------------------------------------------------------------


def _criteria(rules: RuleSet) -> list[tuple[Criterion, str]]:
    return [(c, criterion_label(c, rules)) for c in CRITERIA_ORDER if c in rules.active]


def _book(project: Project, rules: RuleSet, checklist: ChecklistSettings, *, issued: date, due: date, officer: str,
          contact: str, secret: bytes) -> ChecklistBook:
    found = screen_project(project_input(project), rules)
    criteria = _criteria(rules)
    # a criterion the register already shows is pre-answered 예, its reason in the (locked) question
    texts = [(c.value, label + (f" — 등록 정보: {found.reasons[c]}" if c in found.reasons else ""))
             for c, label in criteria]
    rows = questions(texts, checklist)
    values = tuple((YES if q.key.split(":", 1)[-1] in found.codes and q.key.startswith("criterion:") else "", "")
                   for q in rows)
    serial = secrets.token_hex(8)
    payload = {"v": STAMP_VERSION, "kind": KIND, "project": project.code, "department": project.department.name,
               "issued": issued.isoformat(), "serial": serial, "headers": list(HEADERS),
               "keys": [q.key for q in rows],
               "rows": [[cell_text(n), q.section, cell_text(q.text), answer, note]
                        for n, (q, (answer, note)) in enumerate(zip(rows, values, strict=True), 1)],
               "checklist": checklist.to_dict()}
    text = canonical(payload)
    return ChecklistBook(project.code, project.name, project.department.name, project.manager, project.summary,
                         project.budget_won, issued, due, officer, contact, serial, rows, values, text,
                         sign(text, secret), tuple((i.label, i.weight) for i in checklist.items),
                         tuple((b.grade.value, b.min_percent) for b in checklist.bands))


def _chosen(s: Session, codes: Sequence[str], department: str | None) -> list[Project]:
    if department is not None:
        wanted = nfc(department).strip()
        if s.scalar(select(Department.id).where(Department.name == wanted)) is None:
            raise DomainError("handout_department_unknown", department=wanted)
        found = list(s.scalars(select(Project).join(Department, Department.id == Project.department_id)
                               .where(Department.name == wanted).order_by(Project.code)))
        if not found:
            raise DomainError("checklist_department_empty", department=wanted)
        return found
    wanted_codes = list(dict.fromkeys(nfc(c).strip() for c in codes if c.strip()))
    if not wanted_codes:
        raise DomainError("checklist_nothing_chosen")
    by_code = {p.code: p for p in s.scalars(select(Project).where(Project.code.in_(wanted_codes)))}
    missing = [c for c in wanted_codes if c not in by_code]
    if missing:
        raise DomainError("project_not_found", project=missing[0])
    return [by_code[c] for c in wanted_codes]


def checklist_projects(db: Database, department: str) -> list[str]:
    """The project codes a department's checklists would cover (every project of the department in the register)."""
    with db.read() as s:
        return [p.code for p in _chosen(s, (), department)]


def prepare_checklists(db: Database, codes: Sequence[str] = (), *, department: str | None = None,
                       due: date | None = None, contact: str = "", today: date) -> tuple[list[ChecklistBook], Changes]:
    """One signed checklist per project (``codes``, or every project of ``department``), recorded as sent.

    Returns DTOs for reports/pre_review_xlsx.py, _pdf.py and the HWPX; audited (one ``export`` line per project).
    """
    due, secret, officer = _sending_terms(db, due, today)
    with db.write(reason="사전 갈등검토목록 만들기") as s:
        projects = _chosen(s, codes, department)
        if len(projects) > MAX_PROJECTS:
            raise DomainError("checklist_too_many", count=len(projects), limit=MAX_PROJECTS)
        rules, checklist = settings._screening_rules(s), settings._checklist_settings(s)
        books = [_book(p, rules, checklist, issued=today, due=due, officer=officer, contact=nfc(contact).strip(),
                       secret=secret) for p in projects]
        for project, book in zip(projects, books, strict=True):
            s.add(PreReview(project_id=project.id, department_id=project.department_id, serial=book.serial,
                            sent_on=today, due=due, checklist=checklist.to_dict()))
            audit.record(s, "export", "PreReview", project.code, field=book.department,
                         new=f"사전 갈등검토목록: 질문 {len(book.questions)}개, 기한 {due.isoformat()}")
    return books, Changes.of("pre_review")


# --- back in ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Read:
    answers: PreReviewAnswers
    changes: tuple[FieldChange, ...]
    problems: tuple[HandinProblem, ...]


def _guide_project(sheets: Mapping[str, RawSheet]) -> tuple[str, str]:
    from conflictdesk.services.handin import _guide_facts

    return _guide_facts(sheets)  # B2, B3 of 안내: the project code and the department


def _read(sheets: Mapping[str, RawSheet], payload: Mapping[str, object], code: str, name: str) -> _Read:
    raw = sheets.get(CHECKLIST_SHEET)
    _check_headers(CHECKLIST_SHEET, raw, list(HEADERS), name)
    assert raw is not None
    handed_rows = [[str(c) for c in row] for row in payload["rows"]]  # type: ignore[attr-defined]
    keys = [str(k) for k in payload["keys"]]  # type: ignore[attr-defined]
    checklist = ChecklistSettings.from_dict(payload["checklist"])  # type: ignore[arg-type]
    criteria = [(c.value, c.label) for c in CRITERIA_ORDER]
    by_key: dict[str, Question] = {q.key: q for q in questions(criteria, checklist)}
    cells = _cells(raw, len(HEADERS))
    bad = {(i.row, i.col) for i in raw.issues}
    problems = [HandinProblem(CHECKLIST_SHEET, i.row, HEADERS[i.col] if i.col < len(HEADERS) else "", i.message)
                for i in raw.issues]
    blank = [""] * len(HEADERS)
    for i, handed in enumerate(handed_rows):  # the questions themselves are locked
        now = cells.get(i + 2, blank)
        for c, header in enumerate(HEADERS):
            if header in LOCKED and now[c].strip() != handed[c].strip():
                raise DomainError("handin_protected_changed", sheet=CHECKLIST_SHEET, row=i + 2, column=header,
                                  was=handed[c][:40], now=now[c][:40], file=name)
    for number in sorted(n for n in cells if n - 2 >= len(handed_rows)):
        if any(t.strip() for t in cells[number]):
            problems.append(HandinProblem(CHECKLIST_SHEET, number, "", "이 시트에는 줄을 더할 수 없습니다"))
    answer_at, note_at = HEADERS.index(ANSWER), HEADERS.index(NOTE)
    answered: dict[str, tuple[str, str]] = {}
    changes: list[FieldChange] = []
    for i, (key, handed) in enumerate(zip(keys, handed_rows, strict=True)):
        row = i + 2
        now = cells.get(row, blank)
        answer, note = now[answer_at].strip(), now[note_at].strip()
        question = by_key.get(key)
        if (row, answer_at) in bad or (row, note_at) in bad:
            continue
        if question is not None and question.choices and answer and answer not in question.choices:
            problems.append(HandinProblem(CHECKLIST_SHEET, row, ANSWER,
                                          DomainError("unknown_choice", field=handed[2][:40], value=answer[:40]).message))
            continue
        limit = TEXT_LIMITS.get(key, NOTE_LIMIT) if question is not None and not question.choices else 0
        for header, text, cap in ((ANSWER, answer, limit), (NOTE, note, NOTE_LIMIT)):
            if cap and len(text) > cap:
                problems.append(HandinProblem(CHECKLIST_SHEET, row, header,
                                              DomainError("cell_too_long", limit=cap, length=len(text)).message))
        for header, text, was in ((ANSWER, answer, handed[answer_at]), (NOTE, note, handed[note_at])):
            if text != was.strip():
                changes.append(FieldChange(CHECKLIST_SHEET, row, f"pre_review:{code}", code, handed[2], header,
                                           was.strip(), text))
        answered[key] = (answer, note)
    answers = answers_from(answered)
    if not answers.answered and not problems:  # the 갈등진단표's core was left blank: nothing to suggest a grade from
        problems.append(HandinProblem(CHECKLIST_SHEET, keys.index(OWNER_KEY) + 2 if OWNER_KEY in keys else 2, ANSWER,
                                      "해결 주체나 위험 진단표 항목을 하나 이상 답하세요"))
    return _Read(answers, tuple(changes), tuple(problems))


def _result(name: str, payload: Mapping[str, object], read: _Read, *, dry_run: bool = False,
            written: bool = False) -> HandinResult:
    return HandinResult(file=name, department=str(payload.get("department") or ""), kind=KIND,
                        project=str(payload.get("project") or ""), changes=read.changes, problems=read.problems,
                        dry_run=dry_run, written=written)


def _plan(s: Session, sheets: Mapping[str, RawSheet], name: str, project: str | None) -> tuple[
        dict[str, object], PreReview, _Read]:
    payload = _signed_payload(s, sheets, name)
    if payload.get("kind") != KIND:
        raise DomainError("checklist_is_workbook", file=name)
    code, department = str(payload.get("project") or ""), str(payload.get("department") or "")
    sheet_code, sheet_department = _guide_project(sheets)
    if sheet_code != cell_text(code) or sheet_department != cell_text(department):  # cells hold no control character
        raise DomainError("checklist_other_project", sheet=sheet_code or "(없음)", stamp=code, file=name)
    if project is not None and nfc(project).strip() != code:
        raise DomainError("checklist_not_expected", stamp=code, expected=nfc(project).strip(), file=name)
    row = s.scalar(select(PreReview).where(PreReview.serial == str(payload.get("serial") or "")))
    if row is None:
        raise DomainError("checklist_unknown_serial", file=name)
    if row.accepted_on is not None:
        raise DomainError("checklist_already_accepted", on=row.accepted_on, other=row.returned_file, file=name)
    if s.scalar(select(Project.code).where(Project.id == row.project_id)) != code:
        raise DomainError("checklist_project_gone", project=code, file=name)
    return payload, row, _read(sheets, payload, code, name)


def checklist_from_sheets(db: Database, sheets: Mapping[str, RawSheet], name: str, *, dry_run: bool, today: date,
                          project: str | None = None) -> tuple[HandinResult, Changes]:
    """Check a returned checklist and, unless ``dry_run`` or it has a problem, store the answers as the project's
    사전검토 in one transaction (audited with the department and the file name)."""
    payload: dict[str, object] = {}
    try:
        if dry_run:
            with db.read() as s:
                payload, _row, read = _plan(s, sheets, name, project)
            return _result(name, payload, read, dry_run=True), NOTHING
        with db.write(reason=f"사전 갈등검토목록 가져오기: ({name})") as s:
            payload, row, read = _plan(s, sheets, name, project)
            s.info["reason"] = f"사전 갈등검토목록 가져오기: {payload.get('department')} ({name})"
            row.returned_on = row.returned_on or today
            row.returned_file = name[:300]
            if read.problems:  # only the return is recorded
                return _result(name, payload, read), Changes.of("pre_review")
            row.answers = read.answers.to_dict()
            row.accepted_on = today
    except DomainError as exc:
        return HandinResult(file=name, kind=KIND, project=str(payload.get("project") or ""), refused=exc.message,
                            refused_code=exc.code), NOTHING
    return _result(name, payload, read, written=True), Changes.of("pre_review", "diagnosis")


def checklist_file(db: Database, path: Path | str, *, dry_run: bool = False, today: date, project: str | None = None,
                   progress: object = None) -> tuple[HandinResult, Changes]:
    """Read one returned checklist (``checklist-in``); a department workbook is refused by name."""
    p = Path(path)
    try:
        sheets = read_workbook(p, progress)  # type: ignore[arg-type]
    except ImportFileError as exc:
        return HandinResult(file=p.name, kind=KIND, refused=exc.message, refused_code=exc.code), NOTHING
    return checklist_from_sheets(db, sheets, p.name, dry_run=dry_run, today=today, project=project)


# --- sent and returned ----------------------------------------------------------------------------------------------

#: The list's order: what needs chasing first.
_STATUS_ORDER = {ChecklistStatus.OVERDUE: 0, ChecklistStatus.INCOMPLETE: 1, ChecklistStatus.SENT: 2,
                 ChecklistStatus.RETURNED: 3}


def _states(s: Session, as_of: date, project_ids: Sequence[int] | None = None,
            department: str | None = None) -> list[ChecklistState]:
    """The latest checklist of every project one was sent for (of ``project_ids`` / sent to ``department``)."""
    latest = select(PreReview.project_id, func.max(PreReview.id).label("last"),
                    func.count(PreReview.id).label("sent")).group_by(PreReview.project_id)
    if project_ids is not None:
        latest = latest.where(PreReview.project_id.in_(project_ids))
    sub = latest.subquery()
    query = (select(PreReview, Project.code, Project.name, Department.name, sub.c.sent)
             .join(sub, sub.c.last == PreReview.id).join(Project, Project.id == PreReview.project_id)
             .join(Department, Department.id == PreReview.department_id))
    if department is not None:
        query = query.where(Department.name == nfc(department).strip())
    out = []
    for row, code, name, dept, sent in s.execute(query):
        status = checklist_status(row.due, row.returned_on, row.accepted_on, as_of)
        out.append(ChecklistState(code, name, dept, row.sent_on, row.due, row.returned_on, row.accepted_on, status,
                                  days_overdue(row.due, status, as_of), row.returned_file, int(sent)))
    out.sort(key=lambda c: (_STATUS_ORDER[c.status], -c.days_overdue, c.due, c.project))
    return out


def checklist_states(db: Database, *, as_of: date, codes: Sequence[str] = (), department: str | None = None,
                     outstanding: bool = False) -> list[ChecklistState]:
    """Where the 사전 갈등검토목록 stand on ``as_of``: per project the latest one sent — 회신 대기, 기한 경과, 회신(문제),
    회신·반영 — overdue first. ``codes`` / ``department`` narrow the list (an unknown one is refused by name);
    ``outstanding`` keeps the ones still awaited from the department."""
    with db.read() as s:
        ids: list[int] | None = None
        if codes:
            wanted = list(dict.fromkeys(nfc(c).strip() for c in codes if c.strip()))
            found = s.execute(select(Project.code, Project.id).where(Project.code.in_(wanted)))
            by_code = {code: pid for code, pid in found}
            missing = [c for c in wanted if c not in by_code]
            if missing:
                raise DomainError("project_not_found", project=missing[0])
            ids = list(by_code.values())
        if department is not None and s.scalar(
                select(Department.id).where(Department.name == nfc(department).strip())) is None:
            raise DomainError("handout_department_unknown", department=nfc(department).strip())
        states = _states(s, as_of, ids, department)
    return [c for c in states if c.status in OUTSTANDING] if outstanding else states


def _awaited_checklists(s: Session, as_of: date) -> list[ChecklistState]:
    """Every project's latest checklist still awaited on ``as_of`` (the reminders list them by due date)."""
    return [c for c in _states(s, as_of) if c.status in OUTSTANDING]


def _pending_checklist(s: Session, project: Project, as_of: date) -> ChecklistState | None:
    """The project's latest checklist when it is still awaited (the diagnosis form's 사전검토 box says so)."""
    states = _states(s, as_of, [project.id])
    return states[0] if states and states[0].status in OUTSTANDING else None


# --- shown in the diagnosis form -------------------------------------------------------------------------------------


def _latest_view(s: Session, project: Project, rnd: Round, checklist: ChecklistSettings) -> PreReviewView | None:
    """The latest 사전검토 accepted by the round's last day (a later one is no answer for that round)."""
    last = RoundId.parse(rnd.code).last_day
    row = s.scalar(select(PreReview).where(PreReview.project_id == project.id, PreReview.accepted_on.is_not(None),
                                           PreReview.accepted_on <= last)
                   .order_by(PreReview.accepted_on.desc(), PreReview.id.desc()).limit(1))
    if row is None or row.answers is None or row.accepted_on is None:
        return None
    answers = PreReviewAnswers.from_dict(row.answers)
    from conflictdesk.services.screening import explain, round_rules

    holds = set(explain(project, rnd).codes)
    rules = round_rules(rnd)
    differences = []
    for code, said in sorted(answers.criteria.items(), key=lambda kv: _order(kv[0])):
        if said is None or said == (code in holds):
            continue
        try:
            label = criterion_label(Criterion(code), rules)
        except ValueError:
            label = code
        differences.append((label, said, code in holds))
    codes = {i.code for i in checklist.items}
    department = s.scalar(select(Department.name).where(Department.id == row.department_id)) or ""
    return PreReviewView(department, row.sent_on, row.accepted_on, answers, answers.suggestion(checklist),
                         tuple(differences), sum(1 for k in answers.scores if k not in codes))


def _order(code: str) -> int:
    values = [c.value for c in CRITERIA_ORDER]
    return values.index(code) if code in values else len(values)
