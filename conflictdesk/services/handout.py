"""Hand-out (부서별 작성 파일 만들기): what each department's workbook of a round holds, and its signed stamp.

The rules are in docs/업무규칙.md §Department workbooks. Rendering is reports/handout_xlsx.py; reading the returned files back
is services/handin.py.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from conflictdesk.domain.enums import (
    ConflictStage,
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
    DIAGNOSIS_SHEET,
    GRADE_LABELS,
    OWNER_LABELS,
    PEOPLE_SHEET,
    PLAN_SHEET,
    SIGNAL_SHEET,
    SheetLayout,
    Stamp,
    canonical,
    cell_text,
    issues_text,
    layouts,
    sign,
)
from conflictdesk.domain.masking import shown_contact, shown_name
from conflictdesk.domain.rounds import RoundId, as_of_for_round
from conflictdesk.domain.text import nfc
from conflictdesk.services import settings
from conflictdesk.services.changes import Changes
from conflictdesk.services.diagnosis import _alerts_for, checklist_of
from conflictdesk.services.handout_dtos import DepartmentWorkbook
from conflictdesk.services.key_cases import _key_project_ids
from conflictdesk.services.rounds import _get_round
from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Department, Diagnosis, Handout, Project, ResponsePlan, Round

#: Setting that keeps the stamp key (generated once, on the first hand-out; never leaves the database).
KEY_SETTING = "handout_key"
#: Days a department has by default to return its workbook.
DEFAULT_DUE_DAYS = 14

__all__ = ["DEFAULT_DUE_DAYS", "DepartmentWorkbook", "HandoutPlan", "HandoutStatus", "HandoutTracking",
           "handout_departments", "handout_tracking", "prepare_handouts"]


def _stamp_key(session: Session) -> bytes | None:
    value = settings._get_value(session, KEY_SETTING)
    return bytes.fromhex(str(value["key"])) if value and "key" in value else None


def _ensure_key(db: Database) -> bytes:
    with db.read() as s:
        key = _stamp_key(s)
    if key is not None:
        return key
    with db.write(reason="부서 작성 파일 서명 키 생성") as s:
        key = _stamp_key(s)  # another process may have made it meanwhile
        if key is None:
            key = secrets.token_bytes(32)
            settings._put_value(s, KEY_SETTING, {"key": key.hex()})
        return key


def _sending_terms(db: Database, due: date | None, today: date) -> tuple[date, bytes, str]:
    """What every signed file going out needs (also the 사전 갈등검토목록): the due date (default 14 days, never
    before today), the stamp key and the officer's name."""
    due = due or today + timedelta(days=DEFAULT_DUE_DAYS)
    if due < today:
        raise DomainError("handout_due_past", due=due, today=today)
    return due, _ensure_key(db), settings.actor_name(db)


@dataclass(frozen=True)
class HandoutPlan:
    """A department of a round and how many targets and key cases its workbook would hold."""

    department: str
    targets: int
    key_cases: int


def _targets(session: Session, rnd: Round, department: str | None = None) -> list[tuple[Diagnosis, Project, str]]:
    stmt = (select(Diagnosis, Project, Department.name).join(Project, Project.id == Diagnosis.project_id)
            .join(Department, Department.id == Project.department_id)
            .where(Diagnosis.round_id == rnd.id, Diagnosis.is_target.is_(True)))
    if department is not None:
        stmt = stmt.where(Department.name == department)
    return [(d, p, n) for d, p, n in session.execute(stmt.order_by(Department.name, Project.code))]


def handout_departments(db: Database, round_code: str) -> list[HandoutPlan]:
    """Departments with targets in the round (the ones that get a workbook), with their counts."""
    with db.read() as s:
        rnd = _get_round(s, round_code)
        key = _key_project_ids(s, rnd)
        counts: dict[str, list[int]] = {}
        for _diag, project, dept in _targets(s, rnd):
            entry = counts.setdefault(dept, [0, 0])
            entry[0] += 1
            entry[1] += project.id in key
    return [HandoutPlan(d, t, k) for d, (t, k) in sorted(counts.items())]


def _score_label(scores: dict[str, object], code: str) -> str:
    value = scores.get(code)
    return SCORE_LABELS.get(value, "") if isinstance(value, int) and not isinstance(value, bool) else ""


@dataclass
class _Content:
    layouts: dict[str, SheetLayout]
    rows: dict[str, list[list[object]]]
    versions: dict[str, dict[str, int]]


def _content(s: Session, rnd: Round, entries: list[tuple[Diagnosis, Project]], key_ids: set[int],
             today: date) -> _Content:
    """The pre-filled cells of a department's workbook as they stand now (also what hand-in compares with)."""
    checklist = checklist_of(rnd)
    as_of = as_of_for_round(RoundId.parse(rnd.code), today)
    key_projects = [p for _d, p in entries if p.id in key_ids]
    codes = [p.code for p in key_projects]
    sheet_layouts = layouts([i.label for i in checklist.items], codes)
    rows: dict[str, list[list[object]]] = {name: [] for name in sheet_layouts}
    versions: dict[str, dict[str, int]] = {"diagnosis": {}, "card": {}}
    alerts = _alerts_for(s, [p.id for _d, p in entries], as_of)
    for diag, project in entries:
        alert = alerts[project.id]
        alert_text = alert.level.label + (f" ({', '.join(alert.met)})" if alert.met else "")
        rows[DIAGNOSIS_SHEET].append([
            project.code, project.name, OWNER_LABELS.get(diag.owner_level or 0, ""),
            *(_score_label(diag.risk_scores or {}, i.code) for i in checklist.items), alert_text,
            GRADE_LABELS[diag.self_grade - 1] if diag.self_grade else ""])
        versions["diagnosis"][project.code] = diag.version
    cards = {c.project_id: c for c in s.scalars(
        select(Card).where(Card.project_id.in_([p.id for p in key_projects]))
        .options(selectinload(Card.issues), selectinload(Card.stakeholders), selectinload(Card.actions),
                 selectinload(Card.signals),
                 selectinload(Card.plan).selectinload(ResponsePlan.items)))}
    for project in key_projects:
        card = cards.get(project.id)
        versions["card"][project.code] = card.version if card is not None else 0
        if card is None:
            rows[CARD_SHEET].append([project.code, project.name, "", "", "", ""])
            continue
        rows[CARD_SHEET].append([
            project.code, project.name, issues_text([(i.text, i.kind) for i in card.issues]),
            ConflictStage(card.stage).label if card.stage else "", card.outlook, card.social_impact])
        for item in card.plan.items if card.plan is not None else []:
            rows[PLAN_SHEET].append([item.id, project.code, item.title, item.owner, item.due,
                                     ItemStatus(item.status).label, item.done_on])
        for h in card.stakeholders:
            person = h.party != PartyKind.ORGANISATION.value
            rows[PEOPLE_SHEET].append([
                h.id, project.code, shown_name(h.name, person=person), PartyKind(h.party).label,
                StakeholderKind(h.kind).label, h.position, h.interests, str(h.influence),
                shown_name(h.representative, person=True) if h.representative else "", shown_contact(h.contact)])
        for g in sorted(card.signals, key=lambda g: (g.observed_on, g.id)):
            rows[SIGNAL_SHEET].append([g.id, project.code, g.observed_on, SignalKind(g.kind).label, g.count, g.note])
        for a in card.actions:
            rows[ACTION_SHEET].append([a.id, project.code, a.acted_on, a.text])
    return _Content(sheet_layouts, rows, versions)


def _department_entries(s: Session, rnd: Round, department: str) -> list[tuple[Diagnosis, Project]]:
    return [(d, p) for d, p, _name in _targets(s, rnd, department)]


def _workbook(s: Session, rnd: Round, department: str, entries: list[tuple[Diagnosis, Project]], key_ids: set[int],
              *, issued: date, due: date, officer: str, contact: str, secret: bytes) -> DepartmentWorkbook:
    content = _content(s, rnd, entries, key_ids, issued)
    sheet_layouts, rows, versions = content.layouts, content.rows, content.versions
    stamp = Stamp(
        round_code=rnd.code, department=department, issued=issued.isoformat(), serial=secrets.token_hex(8),
        headers={name: list(layout.headers) for name, layout in sheet_layouts.items()},
        rows={name: [[cell_text(v) for v in row] for row in sheet_rows] for name, sheet_rows in rows.items()},
        versions=versions)
    text = canonical(stamp.payload())
    checklist = tuple((i.label, i.weight) for i in checklist_of(rnd).items)
    return DepartmentWorkbook(rnd.code, department, issued, due, officer, contact, sheet_layouts, rows, text,
                              sign(text, secret), stamp.serial, checklist)


def prepare_handouts(db: Database, round_code: str, *, department: str | None = None, due: date | None = None,
                     contact: str = "", today: date) -> tuple[list[DepartmentWorkbook], Changes]:
    """The workbooks of ``round_code`` (every department with targets, or only ``department``), signed.

    Returns DTOs for reports/handout_xlsx.py; the hand-out is audited (one ``export`` line per department).
    """
    due, secret, officer = _sending_terms(db, due, today)
    wanted = nfc(department).strip() if department else None
    with db.write(reason=f"부서 작성 파일 만들기: {RoundId.parse(round_code)}") as s:
        rnd = _get_round(s, round_code)
        if wanted is not None and s.scalar(select(Department.id).where(Department.name == wanted)) is None:
            raise DomainError("handout_department_unknown", department=wanted)
        by_department: dict[str, list[tuple[Diagnosis, Project]]] = {}
        for diag, project, name in _targets(s, rnd, wanted):
            by_department.setdefault(name, []).append((diag, project))
        if not by_department:
            if wanted is not None:
                raise DomainError("handout_department_no_targets", department=wanted, round=rnd.code)
            raise DomainError("handout_no_targets", round=rnd.code)
        key_ids = _key_project_ids(s, rnd)
        books = [_workbook(s, rnd, name, entries, key_ids, issued=today, due=due, officer=officer,
                           contact=nfc(contact).strip(), secret=secret)
                 for name, entries in sorted(by_department.items())]
        dept_ids: dict[str, int] = {n: i for n, i in s.execute(select(Department.name, Department.id))}
        for book in books:
            s.add(Handout(round_id=rnd.id, department_id=dept_ids[book.department], serial=book.serial,
                          sent_on=today, due=due))
            audit.record(s, "export", "Handout", rnd.code, field=book.department,
                         new=f"부서 작성 파일: 진단 {book.targets}건, 카드 {len(book.rows[CARD_SHEET])}건")
    return books, Changes.of("handout")


@dataclass(frozen=True)
class HandoutStatus:
    """Where a department's workbook of a round stands: the latest one sent, its due date, returned, accepted."""

    department: str
    sent_on: date
    due: date
    returned_on: date | None
    accepted_on: date | None
    returned_file: str
    late: bool  # not accepted and past its due date


@dataclass(frozen=True)
class HandoutTracking:
    round_code: str
    as_of: date
    departments: tuple[HandoutStatus, ...]

    @property
    def sent(self) -> int:
        return len(self.departments)

    @property
    def returned(self) -> int:
        return sum(1 for d in self.departments if d.returned_on is not None)

    @property
    def accepted(self) -> int:
        return sum(1 for d in self.departments if d.accepted_on is not None)

    @property
    def late(self) -> tuple[HandoutStatus, ...]:
        return tuple(d for d in self.departments if d.late)

    @property
    def return_rate(self) -> int | None:
        """Returned workbooks as a whole percentage of those sent (None when none was sent)."""
        return None if not self.departments else (100 * self.returned) // self.sent


def handout_tracking(db: Database, round_code: str, today: date) -> HandoutTracking:
    """Per department: the latest workbook sent for the round and whether it came back (docs/업무규칙.md)."""
    with db.read() as s:
        rnd = _get_round(s, round_code)
        rows = s.execute(select(Handout, Department.name).join(Department, Department.id == Handout.department_id)
                         .where(Handout.round_id == rnd.id).order_by(Handout.id)).all()
    latest: dict[str, Handout] = {}
    for handout, name in rows:
        latest[name] = handout  # a workbook sent again replaces the earlier one
    return HandoutTracking(rnd.code, today, tuple(
        HandoutStatus(name, h.sent_on, h.due, h.returned_on, h.accepted_on, h.returned_file,
                      h.accepted_on is None and today > h.due)
        for name, h in sorted(latest.items())))
