"""Project search, case-insensitive and NFC-normalised on SQLite and PostgreSQL alike, with the one matching rule."""

from __future__ import annotations

from sqlalchemy import select

from conflictdesk.domain.search import INITIAL_CONSONANTS, normalise_query, query_matcher
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Project


def search_projects(db: Database, term: str, limit: int = 200) -> list[str]:
    """Codes of the projects whose code, name or department match ``term`` (every word; 초성; ``%``/``_`` literal).

    The database narrows by the longest plain word; the rule itself is ``domain.search.query_matcher``.
    """
    test = query_matcher(term)
    if test is None:
        return []
    plain = [w for w in normalise_query(term).split() if not INITIAL_CONSONANTS.intersection(w)]
    stmt = select(Project.code, Project.search_key).order_by(Project.code)
    if plain:
        stmt = stmt.where(Project.search_key.icontains(max(plain, key=len), autoescape=True))
    found: list[str] = []
    with db.read() as s:
        for code, key in s.execute(stmt):
            if test(key or ""):
                found.append(code)
                if len(found) >= limit:
                    break
    return found
