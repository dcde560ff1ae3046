"""Around the core: training courses and deliberation (공론화) candidates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from conflictdesk.store.models.base import Base

# --- around it: training and deliberation ------------------------------------------------------


class TrainingSession(Base):
    """A conflict-management training course (시 과정 or 군·구 순회 과정)."""

    __tablename__ = "training_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="city")  # city | district
    district: Mapped[str] = mapped_column(String(50), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class DeliberationCandidate(Base):
    """A candidate for public deliberation (공론화)."""

    __tablename__ = "deliberation_candidates"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    proposed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    note: Mapped[str] = mapped_column(Text, default="")
