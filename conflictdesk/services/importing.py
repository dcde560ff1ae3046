"""Import project lists (사업 목록 가져오기): parse every row, report every problem, write all or nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from conflictdesk.domain.import_columns import (
    IMPORT_COLUMNS,
)
from conflictdesk.domain.rounds import RoundId, check_openable
from conflictdesk.domain.screening import (
    KEPT_GRADED_REASON,
    ScreeningInput,
    authority_warning,
    screen_project,
)
from conflictdesk.domain.text import search_key
from conflictdesk.services import settings
from conflictdesk.services.changes import NOTHING, Changes
from conflictdesk.services.import_files import ImportCancelled, ImportFileError
from conflictdesk.services.import_parse import (
    ParsedFile,
    Problem,
    ProjectRow,
    _step,
    read_project_file,
)
from conflictdesk.services.reviews import _sync_in_session
from conflictdesk.services.rounds import _ensure_round
from conflictdesk.services.screening import _screen_projects, round_rules
from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Department, Diagnosis, Project, Round, table_of, utcnow

Progress = Callable[[int, str], bool]
#: Project fields set from a row (``department`` is a name, resolved to a Department).
FIELDS: tuple[str, ...] = tuple(c.field for c in IMPORT_COLUMNS if c.field != "code")
CHUNK = 500

__all__ = ["ImportCancelled", "ImportFileError", "ImportResult", "Notice", "ParsedFile", "PlannedRow", "Problem",
           "ProjectRow", "import_parsed", "import_projects", "read_project_file", "summary_text"]


@dataclass(frozen=True)
class PlannedRow:
    row: int
    action: str  # "add" | "update" | "unchanged"
    code: str
    name: str
    changed: tuple[str, ...] = ()  # header names of changed columns (updates)
    cleared: tuple[str, ...] = ()  # header names of stored values the 지움 marker clears (updates)


@dataclass(frozen=True)
class Notice:
    """Something the officer should look at after an import that is not an error: a 전결권자 to confirm
    (``authority_unclear``) or a graded case kept as a target (``kept_graded_target``)."""

    row: int  # spreadsheet row (0 when the notice is about a stored project, not a row)
    code: str  # stable code for scripts
    project: str  # 사업코드
    message: str

    def text(self) -> str:
        where = f"행 {self.row}" if self.row else self.project
        return f"{where}: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {"row": self.row or None, "code": self.code, "project": self.project, "message": self.message}


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, in a dry run, would do)."""

    file: str
    rows: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: tuple[Problem, ...] = ()
    dry_run: bool = False
    written: bool = False
    round_code: str | None = None
    round_opened: bool = False
    screened: int = 0
    targets: int = 0
    new_departments: tuple[str, ...] = ()
    plan: tuple[PlannedRow, ...] = field(default=(), repr=False)
    seconds: float = 0.0
    notices: tuple[Notice, ...] = ()


_HEADER_OF = {c.field: c.header for c in IMPORT_COLUMNS}


def _existing_projects(s: Session, codes: list[str]) -> dict[str, Project]:
    found: dict[str, Project] = {}
    for start in range(0, len(codes), CHUNK):
        for p in s.scalars(select(Project).where(Project.code.in_(codes[start:start + CHUNK]))):
            found[p.code] = p
    return found


def _new_codes(s: Session, count: int, taken: set[str], year: int) -> list[str]:
    """``YYYY-NNNNNN`` codes after the highest number used this year, skipping codes in the file."""
    prefix = f"{year}-"
    highest = 0
    for code in s.scalars(select(Project.code).where(Project.code.like(f"{prefix}%"))):
        tail = code[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    out: list[str] = []
    n = highest
    while len(out) < count:
        n += 1
        code = f"{prefix}{n:06d}"
        if code not in taken:
            out.append(code)
    return out


@dataclass
class _Plan:
    entries: list[PlannedRow]
    new_departments: list[str]
    departments: dict[str, int]  # name -> id (existing)
    existing: dict[str, Project]
    codes: list[str]  # final code per parsed row


def _plan(s: Session, parsed: ParsedFile, code_year: int) -> _Plan:
    departments = {name: did for did, name in s.execute(select(Department.id, Department.name))}
    dept_names = {did: name for name, did in departments.items()}
    file_codes = [r.code for r in parsed.rows if r.code]
    existing = _existing_projects(s, file_codes)
    fresh = iter(_new_codes(s, sum(1 for r in parsed.rows if not r.code), set(file_codes), code_year))
    new_departments: list[str] = []
    entries: list[PlannedRow] = []
    codes: list[str] = []
    for r in parsed.rows:
        dept = str(r.values["department"])
        if dept not in departments and dept not in new_departments:
            new_departments.append(dept)
        code = r.code or next(fresh)
        codes.append(code)
        project = existing.get(code)
        name = str(r.values["name"])
        if project is None:
            entries.append(PlannedRow(r.row, "add", code, name))
            continue
        # A blank optional cell leaves the stored value unchanged; the 지움 marker clears it (docs/업무규칙.md).
        changed = tuple(
            _HEADER_OF[f] for f in FIELDS
            if f not in r.blank
            and (dept_names.get(project.department_id) if f == "department" else getattr(project, f)) != r.values[f]
        )
        cleared = tuple(_HEADER_OF[f] for f in FIELDS if f in r.cleared and _HEADER_OF[f] in changed)
        entries.append(PlannedRow(r.row, "update" if changed else "unchanged", code, name, changed, cleared))
    return _Plan(entries, new_departments, departments, existing, codes)


def _apply(s: Session, parsed: ParsedFile, plan: _Plan, progress: Progress | None) -> list[int]:
    """Write the plan: new departments and updates through the ORM (audited field by field), new projects
    in bulk (one audit ``create`` line each, as the ORM would write)."""
    new_depts = [Department(name=name) for name in plan.new_departments]
    s.add_all(new_depts)
    s.flush()
    departments = {**plan.departments, **{d.name: d.id for d in new_depts}}
    inserts: list[dict[str, object]] = []
    touched: list[int] = []
    total = max(len(parsed.rows), 1)
    now = utcnow()
    for n, (r, entry, code) in enumerate(zip(parsed.rows, plan.entries, plan.codes, strict=True)):
        v = r.values
        dept_name = str(v["department"])
        key = search_key(str(v["name"]), code, dept_name)  # name and department are required: never blank
        columns = {f: v[f] for f in FIELDS if f != "department"}
        if entry.action == "add":
            inserts.append({**columns, "code": code, "department_id": departments[dept_name], "search_key": key,
                            "created_at": now, "updated_at": now, "version": 1})
        else:
            project = plan.existing[code]
            if entry.action == "update":
                for f, value in columns.items():
                    if f not in r.blank and getattr(project, f) != value:
                        setattr(project, f, value)
                if project.department_id != departments[dept_name]:
                    project.department_id = departments[dept_name]
                if project.search_key != key:
                    project.search_key = key
            touched.append(project.id)
        if n % 2000 == 0:
            _step(progress, 50 + 20 * n // total, f"{n:,} / {len(parsed.rows):,}건 저장 준비 중")
    s.flush()
    _step(progress, 75, "새 사업 저장 중")
    table = table_of(Project)
    added: list[int] = []
    audit_rows: list[dict[str, object]] = []
    for start in range(0, len(inserts), CHUNK * 4):
        chunk = inserts[start:start + CHUNK * 4]
        s.execute(insert(table), chunk)
        codes = [str(row["code"]) for row in chunk]
        ids = dict(s.execute(select(table.c.code, table.c.id).where(table.c.code.in_(codes))).all())
        for c in codes:
            added.append(ids[c])
            audit_rows.append({"action": "create", "entity": "Project", "entity_id": ids[c], "new": c})
    audit.write_entries(s, audit_rows)
    return added + touched


def _target_count(s: Session, parsed: ParsedFile, rnd: Round | None, plan: _Plan) -> int:
    rules = round_rules(rnd) if rnd is not None else settings._screening_rules(s)
    count = 0
    for r, code in zip(parsed.rows, plan.codes, strict=True):
        stored = plan.existing.get(code)
        v = r.values if stored is None else {f: getattr(stored, f) if f in r.blank else r.values[f]
                                             for f in FIELDS if f != "department"}
        budget = v["budget_won"]
        inp = ScreeningInput(
            tia=bool(v["traffic_impact"]), eia=bool(v["environmental_impact"]),
            decision_authority=str(v["decision_authority"]),
            budget_won=budget if isinstance(budget, int) else None, midterm=bool(v["midterm_plan"]),
            ordinance=bool(v["regulatory_ordinance"]), visible=bool(v["conflict_visible"]))
        count += screen_project(inp, rules).is_target
    return count


def import_parsed(db: Database, parsed: ParsedFile, *, round_code: str | None = None, dry_run: bool = False,
                  progress: Progress | None = None, today: date | None = None) -> tuple[ImportResult, Changes]:
    """Import the rows of ``parsed`` in one transaction; with any problem nothing is written."""
    started = time.perf_counter()
    code = str(RoundId.parse(round_code)) if round_code else None
    base = ImportResult(file=parsed.name, rows=len(parsed.cells), problems=tuple(parsed.problems),
                        dry_run=dry_run, round_code=code)
    if parsed.problems:
        return base, NOTHING
    day = today or date.today()
    # rows without a 사업코드 are numbered in the round's year when importing for a round, else this year's
    code_year = RoundId.parse(code).year if code else day.year
    _step(progress, 45, "기존 사업과 비교하는 중")
    if dry_run:
        with db.read() as s:
            plan = _plan(s, parsed, code_year)
            rnd = s.scalar(select(Round).where(Round.code == code)) if code else None
            if code and rnd is None:
                check_openable(RoundId.parse(code), day)
            targets = _target_count(s, parsed, rnd, plan) if code else 0
        _step(progress, 100, "완료")
        return _result(base, plan, started, round_opened=code is not None and rnd is None,
                       screened=len(parsed.rows) if code else 0, targets=targets, parsed=parsed), NOTHING
    reason = f"사업 목록 가져오기: {parsed.name}" + (f" ({code} 진단)" if code else "")
    with db.write(reason=reason) as s:
        plan = _plan(s, parsed, code_year)
        ids = _apply(s, parsed, plan, progress)
        opened, screened, targets = False, 0, 0
        kept: tuple[Notice, ...] = ()
        if code:
            _step(progress, 90, f"{code} 진단기준 적용 중")
            rnd, opened = _ensure_round(s, code, day)
            counts = _screen_projects(s, rnd, ids, today=day)
            screened, targets = counts.screened, counts.targets
            kept = _kept_notices(s, rnd, counts.kept)
            _sync_in_session(s, rnd.code, day)
        _step(progress, 99, "마무리하는 중")
    changes = Changes.of("project", "round", "diagnosis") if code else Changes.of("project")
    result = _result(base, plan, started, round_opened=opened, screened=screened, targets=targets, parsed=parsed,
                     notices=kept)
    return replace(result, written=True), changes


def _kept_notices(s: Session, rnd: Round, kept: tuple[int, ...]) -> tuple[Notice, ...]:
    """Graded cases that meet no criterion any more but stay targets (docs/업무규칙.md)."""
    if not kept:
        return ()
    rows = s.execute(select(Project.code, Diagnosis.confirmed_grade).join(Diagnosis, Diagnosis.project_id == Project.id)
                     .where(Diagnosis.round_id == rnd.id, Project.id.in_(kept)).order_by(Project.code))
    return tuple(Notice(0, "kept_graded_target", code, f"{KEPT_GRADED_REASON} — 진단기준에 더 이상 해당하지 않지만 "
                                                        f"{rnd.code} {grade}등급 확정 사업이라 진단대상으로 유지합니다")
                 for code, grade in rows)


def _authority_notices(parsed: ParsedFile, plan: _Plan) -> list[Notice]:
    notices = []
    for r, code in zip(parsed.rows, plan.codes, strict=True):
        warning = authority_warning(str(r.values.get("decision_authority") or ""))
        if warning:
            notices.append(Notice(r.row, "authority_unclear", code, warning))
    return notices


def _result(base: ImportResult, plan: _Plan, started: float, *, round_opened: bool, screened: int,
            targets: int, parsed: ParsedFile | None = None, notices: tuple[Notice, ...] = ()) -> ImportResult:
    counts = {a: sum(1 for e in plan.entries if e.action == a) for a in ("add", "update", "unchanged")}
    found = tuple(_authority_notices(parsed, plan)) if parsed is not None else ()
    return ImportResult(
        notices=found + notices,
        file=base.file, rows=base.rows, added=counts["add"], updated=counts["update"],
        unchanged=counts["unchanged"], dry_run=base.dry_run, round_code=base.round_code,
        round_opened=round_opened, screened=screened, targets=targets,
        new_departments=tuple(plan.new_departments), plan=tuple(plan.entries),
        seconds=time.perf_counter() - started)


def import_projects(db: Database, path: Path | str, round_code: str | None = None, dry_run: bool = False,
                    progress: Progress | None = None) -> tuple[ImportResult, Changes]:
    """Read ``path`` and import its projects (the CLI's ``import`` and the wizard's last step)."""
    if round_code:
        RoundId.parse(round_code)  # a malformed round is refused before reading the file
    parsed = read_project_file(path, progress)
    return import_parsed(db, parsed, round_code=round_code, dry_run=dry_run, progress=progress)


def summary_text(result: ImportResult) -> str:
    """One Korean line: 추가 N건, 수정 N건, 변경 없음 N건 (+ new departments, round, screening)."""
    verb = "가져오면 " if result.dry_run else ""
    parts = [f"추가 {result.added:,}건", f"수정 {result.updated:,}건", f"변경 없음 {result.unchanged:,}건"]
    text = f"{verb}{', '.join(parts)}"
    if result.new_departments:
        text += f", 새 부서 {len(result.new_departments)}곳({', '.join(result.new_departments[:5])}" + (
            " 외)" if len(result.new_departments) > 5 else ")")
    if result.round_code:
        opened = " 새로 열림" if result.round_opened else ""
        text += f" · {result.round_code} 차수{opened}, 진단 {result.screened:,}건 중 대상 {result.targets:,}건"
    unclear = sum(1 for n in result.notices if n.code == "authority_unclear")
    kept = sum(1 for n in result.notices if n.code == "kept_graded_target")
    if unclear:
        text += f", 전결권자 확인 필요 {unclear:,}건"
    if kept:
        text += f", 확정 등급으로 대상 유지 {kept:,}건"
    return text + (" (미리보기: 저장하지 않음)" if result.dry_run else "")
