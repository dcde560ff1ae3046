"""Every stored string is NFC (decomposed Hangul would be invisible to search); project search keys filled."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from conflictdesk.domain.text import search_key
from conflictdesk.store.models import AuditEntry, Base, Project


def _normalise(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Base) or isinstance(obj, AuditEntry):
            continue
        for attr in inspect(obj).mapper.column_attrs:
            column = attr.columns[0]
            if not isinstance(column.type, String):
                continue
            value = getattr(obj, attr.key, None)
            if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                setattr(obj, attr.key, unicodedata.normalize("NFC", value))
        if isinstance(obj, Project):
            key = search_key(obj.name or "", obj.code or "")
            if not obj.search_key or not obj.search_key.startswith(key):
                obj.search_key = key


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _normalise)
