"""Training courses (공직자 갈등관리 교육): record, list, targets and progress, departments to train.

A course's cost books on the 교육 line of the programme budget (``services/budget.py``) and is checked with the same
overrun rule before it is saved. Attendee names are stored as typed and masked in every output unless asked otherwise.
See docs/업무규칙.md, "Training".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from conflictdesk.domain.allowances import PaymentCheck
from conflictdesk.domain.budget import TRAINING_LINE
from conflictdesk.domain.dates import checked_year
from conflictdesk.domain.errors import InvalidValue, NotFound
from conflictdesk.domain.masking import shown_name
from conflictdesk.domain.text import nfc
from conflictdesk.domain.training import (
    DepartmentFlag,
    TargetProgress,
    TrainingKind,
    TrainingTargets,
    checked_attendance,
    department_flags,
    target_progress,
)
from conflictdesk.services import budget, settings
from conflictdesk.services.changes import Changes
from conflictdesk.services.key_cases import is_key
from conflictdesk.store import models
from conflictdesk.store.engine import Database

#: Setting: the training targets.
TARGETS_KEY = "training_targets"


@dataclass(frozen=True)
class Attendance:
    """Officers of one department at a course; ``names`` comma-separated (masked unless ``unmasked``)."""

    department: str
    count: int
    names: str = ""


@dataclass(frozen=True)
class TrainingInput:
    """What the officer enters for a course."""

    held_on: date
    kind: TrainingKind
    title: str = ""
    district: str = ""
    place: str = ""
    hours: float = 0.0
    instructor_expert_id: int | None = None
    instructor_name: str = ""
    participants: int = 0
    cost_won: int = 0
    materials: str = ""
    note: str = ""
    attendances: tuple[Attendance, ...] = ()


@dataclass(frozen=True)
class SessionRow:
    """A course as listed and exported (names masked unless asked)."""

    id: int
    held_on: date
    kind: TrainingKind
    title: str
    district: str
    place: str
    hours: float
    instructor: str
    instructor_expert_id: int | None
    instructor_name: str
    attendees: int
    cost_won: int
    materials: str
    note: str
    attendances: tuple[Attendance, ...] = field(default=())


@dataclass(frozen=True)
class TrainingOverview:
    """A year of training: its courses, progress toward each target, and the departments to train."""

    year: int
    targets: TrainingTargets
    sessions: tuple[SessionRow, ...]
    progress: tuple[TargetProgress, ...]
    flags: tuple[DepartmentFlag, ...]


def _targets_in(session: Session) -> TrainingTargets:
    value = settings._get_value(session, TARGETS_KEY)
    return TrainingTargets.from_dict(value) if value else TrainingTargets()


def save_targets(db: Database, targets: TrainingTargets) -> Changes:
    with db.write(reason="교육 목표") as s:
        settings._put_value(s, TARGETS_KEY, targets.to_dict())
    return Changes.of("training", "setting")


def _shown_names(names: str, unmasked: bool) -> str:
    parts = [p.strip() for p in names.split(",") if p.strip()]
    return ", ".join(shown_name(p, person=True, unmasked=unmasked) for p in parts)


def _rows(session: Session, stmt: object, unmasked: bool) -> list[SessionRow]:
    departments = dict(session.execute(select(models.Department.id, models.Department.name)).all())
    experts = dict(session.execute(select(models.Expert.id, models.Expert.name)).all())
    rows = []
    for t in session.scalars(stmt):  # type: ignore[call-overload]
        instructor = experts.get(t.instructor_expert_id, "") if t.instructor_expert_id else t.instructor_name
        rows.append(SessionRow(
            id=t.id, held_on=t.held_on, kind=TrainingKind(t.kind), title=t.title, district=t.district,
            place=t.place, hours=t.hours, instructor=instructor, instructor_expert_id=t.instructor_expert_id,
            instructor_name=t.instructor_name, attendees=t.participants, cost_won=t.cost_won,
            materials=t.materials, note=t.note,
            attendances=tuple(Attendance(departments.get(a.department_id, ""), a.count,
                                         _shown_names(a.names, unmasked)) for a in t.attendances),
        ))
    return rows


def get_session(db: Database, session_id: int, *, unmasked: bool = True) -> SessionRow:
    stmt = select(models.TrainingSession).where(models.TrainingSession.id == session_id)
    with db.read() as s:
        rows = _rows(s, stmt, unmasked)
    if not rows:
        raise NotFound("training_not_found", session=session_id)
    return rows[0]


def _key_cases_by_department(session: Session, year: int) -> dict[str, int]:
    """Key cases (the one rule, ``services/key_cases.py``) per department in the last round of ``year`` or before."""
    rnd = session.scalar(select(models.Round).where(models.Round.year <= year)
                         .order_by(models.Round.year.desc(), models.Round.half.desc()).limit(1))
    if rnd is None:
        return {}
    stmt = (select(models.Department.name, func.count(func.distinct(models.Diagnosis.project_id)))
            .join(models.Project, models.Project.department_id == models.Department.id)
            .join(models.Diagnosis, models.Diagnosis.project_id == models.Project.id)
            .where(models.Diagnosis.round_id == rnd.id, is_key(rnd.code))
            .group_by(models.Department.name))
    return {name: int(count) for name, count in session.execute(stmt)}


def _trained_by_department(session: Session, year: int) -> dict[str, int]:
    """Officers trained per department in every course up to the end of ``year``."""
    stmt = (select(models.Department.name, func.sum(models.TrainingAttendance.count))
            .join(models.TrainingAttendance, models.TrainingAttendance.department_id == models.Department.id)
            .join(models.TrainingSession, models.TrainingSession.id == models.TrainingAttendance.session_id)
            .where(models.TrainingSession.held_on <= date(year, 12, 31))
            .group_by(models.Department.name))
    return {name: int(total or 0) for name, total in session.execute(stmt)}


def overview(db: Database, year: int, *, unmasked: bool = False) -> TrainingOverview:
    """The year's courses, the targets' progress (with the 군·구 still to visit), the departments to train."""
    checked_year(year, "교육 연도")
    with db.read() as s:
        targets = _targets_in(s)
        stmt = (select(models.TrainingSession)
                .where(extract("year", models.TrainingSession.held_on) == year)
                .order_by(models.TrainingSession.held_on, models.TrainingSession.id))
        sessions = tuple(_rows(s, stmt, unmasked))
        tours = s.execute(select(models.TrainingSession.held_on, models.TrainingSession.district)
                          .where(models.TrainingSession.kind == TrainingKind.DISTRICT.value)).all()
        progress = target_progress(targets, year, tours)
        flags = department_flags(_key_cases_by_department(s, year), _trained_by_department(s, year))
    return TrainingOverview(year, targets, sessions, progress, tuple(flags))


def training_years(db: Database) -> list[int]:
    with db.read() as s:
        return sorted({d.year for d in s.scalars(select(models.TrainingSession.held_on))})


def _checked(data: TrainingInput) -> TrainingInput:
    if data.kind is TrainingKind.DISTRICT and not data.district.strip():
        raise InvalidValue("training_district_required")
    if isinstance(data.hours, bool) or not isinstance(data.hours, (int, float)) or not 0 <= data.hours <= 100:
        raise InvalidValue("training_hours_invalid", value=repr(data.hours))
    if isinstance(data.cost_won, bool) or not isinstance(data.cost_won, int) or data.cost_won < 0:
        raise InvalidValue("training_cost_invalid", value=repr(data.cost_won))
    return data


def check_cost(db: Database, held_on: date, cost_won: int, session_id: int | None = None) -> PaymentCheck | None:
    """What booking the course's cost on the 교육 line would do (``None`` for a course without cost)."""
    if cost_won <= 0:
        return None
    with db.read() as s:
        return budget._check_in(s, TRAINING_LINE, held_on, cost_won,
                               replacing=("training", session_id) if session_id is not None else None)


def save_session(db: Database, data: TrainingInput, session_id: int | None = None, *,
                 allow_over_budget: bool = False) -> tuple[int, PaymentCheck | None, Changes]:
    """Add (``session_id`` None) or change a course. A cost over the 교육 line's year is refused unless allowed."""
    data = _checked(data)
    total = checked_attendance([(a.department, a.count, a.names) for a in data.attendances], data.participants)
    with db.write(reason="교육 기록") as s:
        check = None
        if data.cost_won > 0:
            check = budget._check_in(s, TRAINING_LINE, data.held_on, data.cost_won,
                                    replacing=("training", session_id) if session_id is not None else None)
            check.refuse_unless_allowed(allow_over_budget)
        if data.instructor_expert_id is not None and s.get(models.Expert, data.instructor_expert_id) is None:
            raise NotFound("expert_not_found", expert=data.instructor_expert_id)
        departments = dict(s.execute(select(models.Department.name, models.Department.id)).all())
        if session_id is None:
            row = models.TrainingSession(held_on=data.held_on)
            s.add(row)
        else:
            found = s.get(models.TrainingSession, session_id)
            if found is None:
                raise NotFound("training_not_found", session=session_id)
            row = found
        row.held_on = data.held_on
        row.kind = data.kind.value
        row.title = nfc(data.title.strip())
        row.district = nfc(data.district.strip())
        row.place = nfc(data.place.strip())
        row.hours = float(data.hours)
        row.instructor_expert_id = data.instructor_expert_id
        row.instructor_name = "" if data.instructor_expert_id is not None else nfc(data.instructor_name.strip())
        row.participants = total
        row.cost_won = data.cost_won
        row.materials = nfc(data.materials)
        row.note = nfc(data.note)
        row.attendances.clear()
        s.flush()
        for a in data.attendances:
            department_id = departments.get(nfc(a.department.strip()))
            if department_id is None:
                raise NotFound("department_not_found", department=a.department)
            row.attendances.append(models.TrainingAttendance(department_id=department_id, count=a.count,
                                                             names=nfc(a.names.strip())))
        s.flush()
        return row.id, check, Changes.of("training", "budget")


def delete_session(db: Database, session_id: int) -> Changes:
    with db.write(reason="교육 기록 삭제") as s:
        row = s.get(models.TrainingSession, session_id)
        if row is None:
            raise NotFound("training_not_found", session=session_id)
        s.delete(row)
    return Changes.of("training", "budget")


def department_names(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(models.Department.name).where(models.Department.active)
                              .order_by(models.Department.name)))
