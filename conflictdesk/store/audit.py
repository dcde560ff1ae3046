"""Audit trail: every stored change recorded in the same transaction, append-only, hash-chained."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from conflictdesk.store import audit_seal

if TYPE_CHECKING:
    from conflictdesk.store.models import AuditEntry, Base


def _models() -> Any:
    # Imported on first use: opening a database (and painting the window) needs no ORM classes.
    from conflictdesk.store import models

    return models

#: Bookkeeping columns whose changes are not worth an audit line.
SKIPPED_FIELDS = frozenset({"version", "updated_at", "created_at", "search_key", "taken_at"})
#: Columns whose values are personal data, and how they are masked in the audit trail (an append-only table can
#: never be cleaned, so it keeps a name only as every output shows it (홍*동) and no contact at all).
PERSONAL_FIELDS: dict[tuple[str, str], str] = {
    ("Stakeholder", "name"): "name", ("Stakeholder", "contact"): "contact",
    ("Expert", "name"): "name", ("Expert", "contact"): "contact",
    ("CouncilMember", "name"): "name", ("CouncilMember", "contact"): "contact",
    ("Project", "manager"): "name", ("Project", "contact"): "contact",
    ("PanelApplicant", "name"): "name", ("CommitteeMember", "name"): "name",
}


def masked(entity: str, field: str, value: str | None) -> str | None:
    """``value`` as the audit trail may keep it: masked when ``entity.field`` is personal data."""
    kind = PERSONAL_FIELDS.get((entity, field))
    if kind is None or value is None or value == "":
        return value
    from conflictdesk.domain.masking import mask_name

    # A name shows as every output shows it (홍*동); a contact not even masked (its last digits would stay).
    return mask_name(value) if kind == "name" else "(개인정보)"
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
            return masked(type(obj).__name__, name, str(value)[:200]) or ""
    return ""


def _entity_id(obj: Base) -> str:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    if not ident or all(part is None for part in ident):
        return ""
    return ",".join(str(part) for part in ident)


def entry_hash(prev_hash: str, row: dict[str, Any], key: bytes | None = None) -> str:
    """Hash of one audit row chained to the previous one: HMAC under the database's key (audit_seal.py), or a
    plain SHA-256 for rows written without the key (before this version, or on a computer without the key)."""
    payload = _payload(prev_hash, row)
    if key is not None:
        return audit_seal.keyed_hash(key, payload)
    return hashlib.sha256(payload).hexdigest()


def _payload(prev_hash: str, row: dict[str, Any]) -> bytes:
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
    return payload.encode("utf-8")


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
            old_s, new_s = _fmt(old), _fmt(new)  # personal values are masked in write_entries
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


#: The PostgreSQL advisory lock that serialises appends to the chain (two writers would fork it otherwise).
CHAIN_LOCK = 0x0C0FD35C


def database_id(session: Session, *, create: bool = False) -> str | None:
    """The random id of this database (setting ``audit_chain``); created on the first keyed append."""
    Setting = _models().Setting
    value = session.execute(select(Setting.value).where(Setting.key == audit_seal.SETTING_KEY)).scalar()
    if isinstance(value, dict) and value.get("id"):
        return str(value["id"])
    if not create:
        return None
    import uuid

    db_id = uuid.uuid4().hex
    session.execute(insert(Setting).values(key=audit_seal.SETTING_KEY, value={"id": db_id}, version=1))
    return db_id


def chain_key(session: Session) -> tuple[str, bytes] | None:
    """(database id, key) for appending: a new database gets both; None when this computer lacks the key."""
    db_id = database_id(session)
    if db_id is None:
        AuditEntry = _models().AuditEntry
        if session.execute(select(AuditEntry.id).where(AuditEntry.hash.like(audit_seal.KEYED_PREFIX + "%"))
                           .limit(1)).first() is not None:
            return None  # keyed rows but no id: the setting was removed (check reports the chain)
        db_id = database_id(session, create=True)
        assert db_id is not None
        return db_id, audit_seal.create_key(db_id)
    key = audit_seal.load_key(db_id)
    if key is None:
        AuditEntry = _models().AuditEntry
        has_rows = session.execute(select(AuditEntry.id).limit(1)).first() is not None
        if has_rows:
            return None  # written elsewhere: this computer has no key (rows stay unkeyed; check says so)
        key = audit_seal.create_key(db_id)
    return db_id, key


def write_entries(session: Session, entries: Iterable[dict[str, Any]]) -> int:
    """Append audit rows (dicts with action, entity, entity_id, field, old, new) in the session's transaction."""
    actor = str(session.info.get("actor") or "unknown")
    reason = str(session.info.get("reason") or "")
    if session.get_bind().dialect.name == "postgresql":
        # One appender at a time, until this transaction ends: the last hash read below stays the last one.
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})
    signer = chain_key(session)
    prev = _last_hash(session)
    models = _models()
    now = models.utcnow()
    rows = []
    for entry in entries:
        row = {"at": now, "actor": actor, "reason": reason, "field": "", "old": None, "new": None,
               "entity_id": "", **entry}
        row["entity_id"] = str(row["entity_id"])
        if row["field"]:  # every writer's personal values masked here too (append-only: never cleanable later)
            row["old"] = masked(str(row["entity"]), str(row["field"]), row["old"])
            row["new"] = masked(str(row["entity"]), str(row["field"]), row["new"])
        row["prev_hash"] = prev
        row["hash"] = prev = entry_hash(prev, row, signer[1] if signer else None)
        rows.append(row)
    if rows:
        session.execute(insert(models.AuditEntry), rows)
        if signer is not None:
            session.info["audit_sealer"] = signer  # the signed head is written after the commit (seal_head)
    return len(rows)


def seal_head(session: Session, signer: tuple[str, bytes], location: str) -> None:
    """Sign the trail's current head (count, last id, last hash) into the file outside the database."""
    AuditEntry = _models().AuditEntry
    row = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if row is None:
        return
    count = session.execute(select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= row[0])).scalar()
    audit_seal.write_head(signer[0], location, signer[1], audit_seal.Head(int(count or 0), int(row[0]), str(row[1])))


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


@dataclass
class _Walk:
    broken: list[int] = field(default_factory=list)  # link or hash wrong
    unkeyed_after_keyed: list[int] = field(default_factory=list)
    unverifiable: int = 0  # keyed rows, but this computer has no key
    count: int = 0
    ids: dict[int, str] = field(default_factory=dict)


def _walk(session: Session, last_ids: int = 0) -> _Walk:
    db_id = database_id(session)
    key = audit_seal.load_key(db_id) if db_id else None
    walk = _Walk()
    prev = ""
    seen_keyed = False
    result = session.execute(
        text("SELECT id, at, actor, action, entity, entity_id, field, old, new, reason, prev_hash, hash "
             "FROM audit_log ORDER BY id")
    )
    from conflictdesk.store.models import UTCDateTime

    conv = UTCDateTime()
    dialect = session.get_bind().dialect
    for row in result.mappings():
        data = dict(row)
        at = data["at"]
        if isinstance(at, str):
            at = datetime.fromisoformat(at)
        data["at"] = conv.process_result_value(at, dialect)
        walk.count += 1
        ident, stored = int(data["id"]), str(data["hash"])
        keyed = audit_seal.is_keyed(stored)
        if data["prev_hash"] != prev:
            walk.broken.append(ident)
        elif keyed:
            seen_keyed = True
            if key is None:
                walk.unverifiable += 1
            elif entry_hash(prev, data, key) != stored:
                walk.broken.append(ident)
        elif entry_hash(prev, data) != stored:
            walk.broken.append(ident)
        elif seen_keyed:
            walk.unkeyed_after_keyed.append(ident)
        prev = stored
        if last_ids:
            walk.ids[ident] = stored
    return walk


def _ids(values: list[int]) -> str:
    shown = ", ".join(str(i) for i in values[:5])
    return shown + (f" 외 {len(values) - 5}건" if len(values) > 5 else "")


def audit_findings(session: Session, location: str) -> list[str]:
    """Korean findings about the trail: rewritten rows, rows written without the key, missing newest rows
    (against the signed head outside the file), dropped append-only triggers. Empty when all is well."""
    findings: list[str] = []
    walk = _walk(session, last_ids=1)
    if walk.broken:
        findings.append(f"감사 기록의 해시 사슬이 끊겼습니다 (변조 의심) — {len(walk.broken)}건, 번호 {_ids(walk.broken)}")
    if walk.unkeyed_after_keyed:
        findings.append(f"감사 기록 서명 키 없이 쓰인 행이 있습니다 (다른 컴퓨터에서 썼거나 변조 의심) — "
                        f"{len(walk.unkeyed_after_keyed)}건, 번호 {_ids(walk.unkeyed_after_keyed)}")
    db_id = database_id(session)
    key = audit_seal.load_key(db_id) if db_id else None
    if walk.unverifiable:
        findings.append(f"이 컴퓨터에 감사 기록 서명 키가 없어 {walk.unverifiable}건을 확인하지 못했습니다 "
                        f"(키 폴더: {audit_seal.keys_folder()}).")
    if db_id and key is not None:
        head = audit_seal.read_head(db_id, location, key)
        if head == "forged":
            findings.append(f"감사 기록의 서명된 끝 정보가 맞지 않습니다 (변조 의심): {audit_seal.head_path(db_id, location)}")
        elif isinstance(head, audit_seal.Head):
            present = walk.ids.get(head.last_id)
            upto = sum(1 for i in walk.ids if i <= head.last_id)
            if present != head.last_hash or upto != head.count:
                missing = head.count - upto
                tail = f"{missing}건이 없습니다" if missing > 0 else "내용이 다릅니다"
                findings.append(f"감사 기록의 끝부분이 서명된 기록과 다릅니다 (삭제·변조 의심): 서명 당시 {head.count}건, "
                                f"마지막 번호 {head.last_id} — 지금 그 번호까지 {upto}건, {tail}.")
    missing_guards = missing_triggers(session)
    if missing_guards:
        findings.append(f"감사 기록을 보호하는 트리거가 없습니다 (삭제됨): {', '.join(missing_guards)}")
    AuditEntry = _models().AuditEntry
    repaired = session.execute(select(AuditEntry.id, AuditEntry.at).where(AuditEntry.action == "guard_restored")
                               .order_by(AuditEntry.id)).all()
    if repaired:
        findings.append(f"감사 기록 보호 트리거가 삭제되었다가 다시 만들어진 적이 있습니다 — 번호 "
                        f"{_ids([int(r[0]) for r in repaired])}")
    return findings


def missing_triggers(session: Session) -> list[str]:
    """The append-only triggers of ``audit_log`` that are not in the database."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        names = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                         "AND tbl_name = 'audit_log'")).scalars())
        wanted = ["audit_log_no_update", "audit_log_no_delete"]
    elif dialect == "postgresql":
        names = set(session.execute(text(
            "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = current_schema() "
            "AND event_object_table = 'audit_log'")).scalars())
        wanted = ["audit_log_append_only"]
    else:
        return []
    return [name for name in wanted if name not in names]


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
