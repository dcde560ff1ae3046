"""Conflict cards (갈등관리카드) and response plans (대응계획) with their lists."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conflictdesk.store.models.base import Base, utcnow

if TYPE_CHECKING:
    from conflictdesk.store.models.diagnosis import Project

# --- conflict card and response plan -----------------------------------------------------------


class Card(Base):
    """Conflict card (갈등관리카드): the living record of one project's conflict."""

    __tablename__ = "cards"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), unique=True)
    conflict_types: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ConflictType values
    field: Mapped[str] = mapped_column(String(100), default="")  # 분야 (환경, 교통, 개발…)
    stage: Mapped[str | None] = mapped_column(String(20), default=None)  # ConflictStage value
    stage_since: Mapped[date | None] = mapped_column(Date, default=None)
    phase: Mapped[str | None] = mapped_column(String(20), default=None)  # ProjectPhase value
    social_impact: Mapped[str] = mapped_column(Text, default="")
    outlook: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closure_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    project: Mapped[Project] = relationship(back_populates="card")
    transitions: Mapped[list[StageTransition]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="StageTransition.changed_on"
    )
    issues: Mapped[list[MainIssue]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="MainIssue.position"
    )
    stakeholders: Mapped[list[Stakeholder]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="Stakeholder.id"
    )
    signals: Mapped[list[Signal]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="Signal.observed_on"
    )
    actions: Mapped[list[ActionEntry]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="ActionEntry.acted_on"
    )
    snapshots: Mapped[list[CardSnapshot]] = relationship(back_populates="card", cascade="all, delete-orphan")
    plan: Mapped[ResponsePlan | None] = relationship(back_populates="card", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class StageTransition(Base):
    """One dated change of conflict stage, with its reason (history is never rewritten)."""

    __tablename__ = "stage_transitions"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(20), default=None)
    to_stage: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    card: Mapped[Card] = relationship(back_populates="transitions")


class MainIssue(Base):
    """A main issue (주요쟁점), classified as fact, interest or value."""

    __tablename__ = "main_issues"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="interest")  # IssueKind value
    card: Mapped[Card] = relationship(back_populates="issues")


class Stakeholder(Base):
    """A person or group with a stake; name and contact are personal data (masked in outputs)."""

    __tablename__ = "stakeholders"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="other")  # StakeholderKind value
    position: Mapped[str] = mapped_column(Text, default="")  # stance (입장)
    interests: Mapped[str] = mapped_column(Text, default="")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    representative: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    # PartyKind value: a person's name is masked in every output, an organisation's never (docs/업무규칙.md §Masking).
    party: Mapped[str] = mapped_column(String(12), default="person", server_default="person")
    card: Mapped[Card] = relationship(back_populates="stakeholders")
    __table_args__ = (CheckConstraint("influence BETWEEN 1 AND 5", name="influence"),)


class Signal(Base):
    """A dated count of a conflict signal (complaints, protest days, media reports…)."""

    __tablename__ = "signals"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # SignalKind value
    observed_on: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    card: Mapped[Card] = relationship(back_populates="signals")
    __table_args__ = (CheckConstraint("count >= 0", name="count"),)


class ActionEntry(Base):
    """A dated entry of the action log (조치실적)."""

    __tablename__ = "action_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    acted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    card: Mapped[Card] = relationship(back_populates="actions")


class CardSnapshot(Base):
    """The state of a card at a round: grade, stage, issues and outlook (변경 이력)."""

    __tablename__ = "card_snapshots"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    grade: Mapped[int | None] = mapped_column(Integer, default=None)
    stage: Mapped[str | None] = mapped_column(String(20), default=None)
    phase: Mapped[str | None] = mapped_column(String(20), default=None)
    issues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    outlook: Mapped[str] = mapped_column(Text, default="")
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    card: Mapped[Card] = relationship(back_populates="snapshots")
    __table_args__ = (UniqueConstraint("card_id", "round_id", name="uq_card_snapshots_card_round"),)


class ResponsePlan(Base):
    """Response plan (대응계획) of a grade 1–2 case."""

    __tablename__ = "response_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), unique=True)
    background: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    strategies: Mapped[list[Any]] = mapped_column(JSON, default=list)  # tools from STRATEGY_TOOLS + free text
    strategy_note: Mapped[str] = mapped_column(Text, default="")
    cooperating_departments: Mapped[str] = mapped_column(Text, default="")
    budget_won: Mapped[int | None] = mapped_column(BigInteger, default=None)
    risks: Mapped[str] = mapped_column(Text, default="")
    fallback: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    card: Mapped[Card] = relationship(back_populates="plan")
    items: Mapped[list[PlanItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanItem.position"
    )
    __mapper_args__ = {"version_id_col": version}


class PlanItem(Base):
    """An action item of a response plan."""

    __tablename__ = "plan_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("response_plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")  # ItemStatus value
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    plan: Mapped[ResponsePlan] = relationship(back_populates="items")
