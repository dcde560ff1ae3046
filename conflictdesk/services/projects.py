"""Project list queries for the main table, and project lookups by code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from conflictdesk.domain.errors import NotFound
from conflictdesk.services.table_rows import TABLE_SQL, shared_rows
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Department, Diagnosis, Project, Round

#: Columns of ``ProjectTable.rows``; the UI model names its columns after these.
PROJECT_COLUMNS = ("id", "code", "name", "department", "budget_won", "criteria", "grade", "stage")


@dataclass(frozen=True)
class ProjectTable:
    """All projects as plain tuples (fast to filter and sort in Python at 100,000 rows)."""

    round_code: str | None
    rows: list[tuple[int, str, str, str, int | None, str, int | None, str | None]]


def _latest_round_code(session: Session) -> str | None:
    return session.scalar(select(Round.code).order_by(Round.year.desc(), Round.half.desc()).limit(1))


def round_codes(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Round.code).order_by(Round.year.desc(), Round.half.desc())))


_TABLE_SQL = TABLE_SQL  # shared with the start-up read (services/table_rows.py): one statement


def load_project_table(db: Database, round_code: str | None = None) -> ProjectTable:
    """Every project with department, budget, and (for the round, default latest) criteria, grade and stage.

    Rows come sorted by 사업코드 (the table's default order).
    """
    with db.read() as s:
        code = round_code or _latest_round_code(s)
        round_id = s.scalar(select(Round.id).where(Round.code == code)) if code else None
        if db.is_sqlite:
            cursor = s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                result: Any = cursor.execute(_TABLE_SQL, (round_id,))
                rows = _shared_rows(result)
            finally:
                cursor.close()
        else:
            stmt = (
                select(
                    Project.id, Project.code, Project.name, Department.name, Project.budget_won,
                    Diagnosis.criteria, Diagnosis.confirmed_grade, Card.stage,
                )
                .join(Department, Project.department_id == Department.id)
                .outerjoin(Diagnosis, and_(Diagnosis.project_id == Project.id, Diagnosis.round_id == round_id))
                .outerjoin(Card, Card.project_id == Project.id)
                .order_by(Project.code)
            )
            rows = _shared_rows(s.execute(stmt))
        return ProjectTable(code, rows)


_shared_rows = shared_rows


def _project_id_by_code(session: Session, code: str) -> int:
    pid = session.scalar(select(Project.id).where(Project.code == code))
    if pid is None:
        raise NotFound("project_not_found", project=code)
    return int(pid)


def project_code(db: Database, project_id: int) -> str | None:
    """The 사업코드 of a project id (None when it no longer exists)."""
    with db.read() as s:
        return s.scalar(select(Project.code).where(Project.id == project_id))


@dataclass(frozen=True)
class Counts:
    projects: int
    departments: int
    rounds: int
    targets: int
    key_cases: int


def dashboard_counts(db: Database, round_code: str | None = None) -> Counts:
    from sqlalchemy import func

    with db.read() as s:
        code = round_code or _latest_round_code(s)
        rid = s.scalar(select(Round.id).where(Round.code == code)) if code else None
        projects = s.scalar(select(func.count(Project.id))) or 0
        departments = s.scalar(select(func.count(Department.id))) or 0
        rounds = s.scalar(select(func.count(Round.id))) or 0
        targets = s.scalar(
            select(func.count(Diagnosis.id)).where(Diagnosis.round_id == rid, Diagnosis.is_target)
        ) or 0
        from conflictdesk.services.key_cases import is_key

        key_cases = s.scalar(
            select(func.count(Diagnosis.id)).where(Diagnosis.round_id == rid, is_key(code))
        ) or 0 if code else 0
        return Counts(projects, departments, rounds, targets, key_cases)
