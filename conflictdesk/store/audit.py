"""Audit trail: every stored change recorded in the same transaction, append-only, hash-chained."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from conflictdesk.store.models import AuditEntry, Base


def _models() -> Any:
    # Imported on first use: opening a database (and painting the window) needs no ORM classes.
    from conflictdesk.store import models

    return models

#: Bookkeeping columns whose changes are not worth an audit line.
SKIPPED_FIELDS = frozenset({"version", "updated_at", "created_at", "search_key", "taken_at"})
#: Columns whose values are personal data: the audit line says a change happened, not the value.
PERSONAL_FIELDS = frozenset({("Stakeholder", "contact"), ("Expert", "contact"), ("CouncilMember", "contact")})
SUMMARY_FIELDS = ("code", "name", "title", "text", "key")


def _fmt(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _summary(obj: Base) -> str:
    for name in SUMMARY_FIELDS:
        value = getattr(obj, name, None)
        if value:
            return str(value)[:200]
    return ""


def _entity_id(obj: Base) -> str:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    if not ident or all(part is None for part in ident):
        return ""
    return ",".join(str(part) for part in ident)


def entry_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """Hash of one audit row chained to the previous one (tamper evidence)."""
    at = row["at"]
    payload = json.dumps(
        [
            prev_hash,
            at.isoformat() if isinstance(at, datetime) else str(at),
            row["actor"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["field"],
            row["old"],
            row["new"],
            row["reason"],
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _collect(session: Session) -> list[dict[str, Any]]:
    m = _models()
    AuditEntry, Base = m.AuditEntry, m.Base
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
            continue
        rows.append({"action": "create", "entity": type(obj).__name__, "entity_id": _entity_id(obj),
                     "field": "", "old": None, "new": _summary(obj)})
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
            continue
        state = inspect(obj)
        name = type(obj).__name__
        for attr in state.mapper.column_attrs:
            if attr.key in SKIPPED_FIELDS:
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            if (name, attr.key) in PERSONAL_FIELDS:
                old_s, new_s = ("(개인정보)" if old else None), ("(개인정보)" if new else None)
            else:
                old_s, new_s = _fmt(old), _fmt(new)
            rows.append({"action": "update", "entity": name, "entity_id": _entity_id(obj),
                         "field": attr.key, "old": old_s, "new": new_s})
    for obj in session.deleted:
        if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
            continue
        rows.append({"action": "delete", "entity": type(obj).__name__, "entity_id": _entity_id(obj),
                     "field": "", "old": _summary(obj), "new": None})
    return rows


def _last_hash(session: Session) -> str:
    AuditEntry = _models().AuditEntry
    value = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    return str(value or "")


def write_entries(session: Session, entries: Iterable[dict[str, Any]]) -> int:
    """Append audit rows (dicts with action, entity, entity_id, field, old, new) in the session's transaction."""
    actor = str(session.info.get("actor") or "unknown")
    reason = str(session.info.get("reason") or "")
    prev = _last_hash(session)
    models = _models()
    now = models.utcnow()
    rows = []
    for entry in entries:
        row = {"at": now, "actor": actor, "reason": reason, "field": "", "old": None, "new": None,
               "entity_id": "", **entry}
        row["entity_id"] = str(row["entity_id"])
        row["prev_hash"] = prev
        row["hash"] = prev = entry_hash(prev, row)
        rows.append(row)
    if rows:
        session.execute(insert(models.AuditEntry), rows)
    return len(rows)


def record(session: Session, action: str, entity: str, entity_id: object = "", *, field: str = "",
           old: str | None = None, new: str | None = None) -> None:
    """Record an event that is not a column change (reveal of personal data, export, backup…)."""
    write_entries(session, [{"action": action, "entity": entity, "entity_id": entity_id, "field": field,
                             "old": old, "new": new}])


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get("audit_disabled"):
        return
    rows = _collect(session)
    if rows:
        write_entries(session, rows)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


def verify_chain(session: Session) -> list[int]:
    """Ids of audit rows whose hash does not follow from the chain (empty when intact)."""
    broken: list[int] = []
    prev = ""
    result = session.execute(
        text("SELECT id, at, actor, action, entity, entity_id, field, old, new, reason, prev_hash, hash "
             "FROM audit_log ORDER BY id")
    )
    from conflictdesk.store.models import UTCDateTime

    conv = UTCDateTime()
    for row in result.mappings():
        data = dict(row)
        at = data["at"]
        if isinstance(at, str):
            at = datetime.fromisoformat(at)
        data["at"] = conv.process_result_value(at, session.get_bind().dialect)
        if data["prev_hash"] != prev or entry_hash(prev, data) != data["hash"]:
            broken.append(int(data["id"]))
        prev = data["hash"]
    return broken


def history(session: Session, entity: str, entity_id: object) -> Sequence[AuditEntry]:
    AuditEntry = _models().AuditEntry
    return session.scalars(
        select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    ).all()


APPEND_ONLY_MESSAGE = "audit_log is append-only"


def append_only_ddl(dialect: str) -> list[str]:
    """Statements that make ``audit_log`` refuse UPDATE and DELETE (idempotent)."""
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{op.lower()} BEFORE {op} ON audit_log "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            for op in ("UPDATE", "DELETE")
        ]
    if dialect == "postgresql":
        return [
            "CREATE OR REPLACE FUNCTION conflictdesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$",
            "CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION conflictdesk_audit_append_only()",
        ]
    return []
