"""Rounds, projects and their diagnoses (screening result, checklist, the three grades)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conflictdesk.store.models.base import GRADE_CHECK, Base, utcnow

if TYPE_CHECKING:
    from conflictdesk.store.models.cards import Card
    from conflictdesk.store.models.organisation import Department

# --- diagnosis ---------------------------------------------------------------------------------


class Round(Base):
    """A half-year diagnosis round (진단 차수), with the rules in force when it opened."""

    __tablename__ = "rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)  # "2020-1"
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # screening + checklist settings
    review_due: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("half IN (1, 2)", name="half"),)


class Project(Base):
    """A policy, project, ordinance or plan (사업): the unit that is screened."""

    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"), index=True)
    manager: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    budget_won: Mapped[int | None] = mapped_column(BigInteger, default=None)
    midterm_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    traffic_impact: Mapped[bool] = mapped_column(Boolean, default=False)
    environmental_impact: Mapped[bool] = mapped_column(Boolean, default=False)
    decision_authority: Mapped[str] = mapped_column(String(100), default="")
    regulatory_ordinance: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict_visible: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")  # NFC, casefolded name+code for search
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    department: Mapped[Department] = relationship(back_populates="projects")
    diagnoses: Mapped[list[Diagnosis]] = relationship(
        back_populates="project", cascade="all, delete-orphan", foreign_keys="Diagnosis.project_id"
    )
    card: Mapped[Card | None] = relationship(back_populates="project", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class Diagnosis(Base):
    """One project in one round: screening result, checklist answers and the three grades."""

    __tablename__ = "diagnoses"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    criteria: Mapped[str] = mapped_column(String(100), default="")  # "TIA,BUDGET" in §3 order
    is_target: Mapped[bool] = mapped_column(Boolean, default=False)
    screened_at: Mapped[datetime | None] = mapped_column(default=None)
    carried_over: Mapped[bool] = mapped_column(Boolean, default=False)  # brought forward from the last round
    carry_over: Mapped[str | None] = mapped_column(String(20), default=None)  # CarryOver decision, None = pending
    added_mid_round: Mapped[bool] = mapped_column(Boolean, default=False)
    replaces_project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), default=None
    )
    owner_level: Mapped[int | None] = mapped_column(Integer, default=None)
    risk_scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    alert_level: Mapped[str] = mapped_column(String(20), default="none")
    self_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    self_graded_on: Mapped[date | None] = mapped_column(Date, default=None)
    recommended_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    recommended_on: Mapped[date | None] = mapped_column(Date, default=None)
    confirmed_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    confirmed_on: Mapped[date | None] = mapped_column(Date, default=None)
    suggested_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    project: Mapped[Project] = relationship(back_populates="diagnoses", foreign_keys=[project_id])
    round: Mapped[Round] = relationship()

    __table_args__ = (
        UniqueConstraint("round_id", "project_id", name="uq_diagnoses_round_project"),
        CheckConstraint(GRADE_CHECK.format(col="self_grade"), name="self_grade"),
        CheckConstraint(GRADE_CHECK.format(col="recommended_grade"), name="recommended_grade"),
        CheckConstraint(GRADE_CHECK.format(col="confirmed_grade"), name="confirmed_grade"),
        CheckConstraint(GRADE_CHECK.format(col="suggested_grade"), name="suggested_grade"),
        CheckConstraint(GRADE_CHECK.format(col="owner_level"), name="owner_level"),
        Index("ix_diagnoses_round_grade", "round_id", "confirmed_grade"),
    )
    __mapper_args__ = {"version_id_col": version}
