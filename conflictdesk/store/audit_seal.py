"""The audit trail's key and signed head, kept outside the database file (tamper evidence).

Each database gets a random id (setting ``audit_chain``) and, on this computer, a random 256-bit key in
``<user config>/audit-keys/<id>.key`` (folder 0700, file 0600; ``CONFLICTDESK_AUDIT_KEYS`` names another folder,
e.g. one shared by a PostgreSQL team). Audit rows are chained with HMAC-SHA256 under that key, so whoever can
edit the database file but not read the key cannot rewrite a row and recompute the chain. After every write the
*head* — row count, last id and last hash — is signed with the key into ``<id>-<location>.head``: deleting the newest rows
(after dropping the append-only triggers) leaves the file shorter than its signed head, which ``check`` reports.
See docs/architecture.md ("감사 기록").
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from conflictdesk.store.private import private_folder, write_atomic

ENV_KEYS = "CONFLICTDESK_AUDIT_KEYS"
SETTING_KEY = "audit_chain"
KEYED_PREFIX = "k1:"  # keyed rows: "k1:" + base64url(HMAC-SHA256), 46 characters; unkeyed rows: 64 hex digits


def keys_folder() -> Path:
    override = os.environ.get(ENV_KEYS)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("ConflictDesk", appauthor=False)) / "audit-keys"


def _safe_id(db_id: str) -> str:
    return "".join(ch for ch in db_id if ch.isalnum())[:64] or "unknown"


def key_path(db_id: str) -> Path:
    return keys_folder() / f"{_safe_id(db_id)}.key"


def head_path(db_id: str, location: str) -> Path:
    """The signed head of the database ``db_id`` at ``location`` (a copy elsewhere has its own head)."""
    where = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    return keys_folder() / f"{_safe_id(db_id)}-{where}.head"


def load_key(db_id: str) -> bytes | None:
    try:
        text = key_path(db_id).read_text(encoding="ascii").strip()
        return bytes.fromhex(text)
    except (OSError, ValueError):
        return None


def create_key(db_id: str) -> bytes:
    """A new random key for the database ``db_id``, written 0600 into the 0700 keys folder."""
    existing = load_key(db_id)
    if existing is not None:
        return existing
    private_folder(keys_folder())
    key = secrets.token_bytes(32)
    write_atomic(key_path(db_id), key.hex().encode("ascii"))
    return key


def keyed_hash(key: bytes, payload: bytes) -> str:
    digest = hmac.new(key, payload, hashlib.sha256).digest()
    return KEYED_PREFIX + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def is_keyed(value: str) -> bool:
    return value.startswith(KEYED_PREFIX)


@dataclass(frozen=True)
class Head:
    """The newest audit row this computer saw written: how many rows up to it, its id and its hash."""

    count: int
    last_id: int
    last_hash: str

    def _message(self, db_id: str) -> bytes:
        return json.dumps([db_id, self.count, self.last_id, self.last_hash]).encode("utf-8")


def write_head(db_id: str, location: str, key: bytes, head: Head) -> None:
    sig = hmac.new(key, head._message(db_id), hashlib.sha256).hexdigest()
    data = json.dumps({"count": head.count, "last_id": head.last_id, "last_hash": head.last_hash, "sig": sig})
    private_folder(keys_folder())
    write_atomic(head_path(db_id, location), data.encode("utf-8"))


def read_head(db_id: str, location: str, key: bytes) -> Head | None | str:
    """The signed head (None when there is none yet); the string ``"forged"`` when its signature is wrong."""
    try:
        data = json.loads(head_path(db_id, location).read_text(encoding="utf-8"))
        head = Head(int(data["count"]), int(data["last_id"]), str(data["last_hash"]))
        sig = str(data["sig"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return "forged"
    expected = hmac.new(key, head._message(db_id), hashlib.sha256).hexdigest()
    return head if hmac.compare_digest(sig, expected) else "forged"
