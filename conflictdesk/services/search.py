"""Project search, case-insensitive and NFC-normalised on SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import select

from conflictdesk.domain.text import search_key
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Project


def search_projects(db: Database, term: str, limit: int = 200) -> list[str]:
    """Codes of the projects whose name or code contains ``term`` (``%``/``_`` match literally)."""
    key = search_key(term.strip())
    if not key:
        return []
    with db.read() as s:
        stmt = (select(Project.code).where(Project.search_key.icontains(key, autoescape=True))
                .order_by(Project.code).limit(limit))
        return list(s.scalars(stmt))
