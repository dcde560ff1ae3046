"""The append-only, hash-chained audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Index,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from conflictdesk.store.models.base import Base, utcnow

# --- audit trail -------------------------------------------------------------------------------


class AuditEntry(Base):
    """Append-only audit trail: who changed which field of what, when, old → new, why (hash-chained)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # create | update | delete | reveal | export | …
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(50), default="")
    field: Mapped[str] = mapped_column(String(100), default="")
    old: Mapped[str | None] = mapped_column(Text, default=None)
    new: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)
