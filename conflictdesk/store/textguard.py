"""Every stored string is NFC (decomposed Hangul would be invisible to search); project search keys filled.

Text the storage cannot hold is dealt with here, for every engine: a lone surrogate (U+D800–U+DFFF, from a broken
paste) cannot be encoded as UTF-8 and is refused with a message naming the field; NUL (U+0000), which PostgreSQL
refuses and many tools treat as the end of the string, is removed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.text import search_key

if TYPE_CHECKING:
    from conflictdesk.store.models import Base

_SURROGATE = re.compile("[\ud800-\udfff]")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _refuse_unstorable(obj: Base, key: str, value: object) -> None:
    for text in _strings(value):
        found = _SURROGATE.search(text)
        if found:
            raise InvalidValue("unstorable_character", codepoint=f"{ord(found.group()):04X}",
                               field=f"{getattr(obj, '__tablename__', type(obj).__name__)}.{key}")


def _normalise(session: Session, _context: Any, _instances: Any) -> None:
    from conflictdesk.store.models import AuditEntry, Base, Project  # on first flush, not at import

    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Base):
            continue
        audit_entry = isinstance(obj, AuditEntry)
        for attr in inspect(obj).mapper.column_attrs:
            column = attr.columns[0]
            if not isinstance(column.type, String | JSON):
                continue
            value = getattr(obj, attr.key, None)
            _refuse_unstorable(obj, attr.key, value)
            if audit_entry or not isinstance(column.type, String):
                continue
            if isinstance(value, str) and "\x00" in value:
                value = value.replace("\x00", "")
                setattr(obj, attr.key, value)
            if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                setattr(obj, attr.key, unicodedata.normalize("NFC", value))
        if isinstance(obj, Project):
            key = search_key(obj.name or "", obj.code or "")
            if not obj.search_key or not obj.search_key.startswith(key):
                obj.search_key = key


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _normalise)
