"""Departments and settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conflictdesk.store.models.base import Base

if TYPE_CHECKING:
    from conflictdesk.store.models.diagnosis import Project

# --- organisation -----------------------------------------------------------------------------


class Department(Base):
    """A department (과) of the city, optionally under a bureau (실·국)."""

    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    bureau: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    projects: Mapped[list[Project]] = relationship(back_populates="department")


class Setting(Base):
    """A typed, versioned setting stored as JSON (thresholds, checklist, budgets, user name…)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
