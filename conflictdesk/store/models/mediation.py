"""Experts, assignments, allowances and mediation councils."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conflictdesk.store.models.base import Base

if TYPE_CHECKING:
    from conflictdesk.store.models.diagnosis import Project

# --- mediation ---------------------------------------------------------------------------------


class Expert(Base):
    """Mediation expert (갈등조정전문가) of the city's pool."""

    __tablename__ = "experts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    field: Mapped[str] = mapped_column(String(100), default="")
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    assignments: Mapped[list[ExpertAssignment]] = relationship(back_populates="expert")
    payments: Mapped[list[AllowancePayment]] = relationship(back_populates="expert")
    __mapper_args__ = {"version_id_col": version}


class ExpertAssignment(Base):
    """An expert assigned to a case in a role, from–to."""

    __tablename__ = "expert_assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id", ondelete="RESTRICT"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # ExpertRole value
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    expert: Mapped[Expert] = relationship(back_populates="assignments")
    project: Mapped[Project] = relationship()


class AllowancePayment(Base):
    """An allowance (수당) paid to an expert."""

    __tablename__ = "allowance_payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id", ondelete="RESTRICT"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    amount_won: Mapped[int] = mapped_column(BigInteger)
    purpose: Mapped[str] = mapped_column(Text, default="")
    expert: Mapped[Expert] = relationship(back_populates="payments")
    __table_args__ = (CheckConstraint("amount_won > 0", name="amount_positive"),)


class Council(Base):
    """Mediation council (갈등조정협의회) of one case, with its result document (협의결과문/합의서)."""

    __tablename__ = "councils"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    formed_on: Mapped[date] = mapped_column(Date)
    basic_rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # the 8 items
    schedule: Mapped[str] = mapped_column(Text, default="")
    end_on: Mapped[date | None] = mapped_column(Date, default=None)
    result_kind: Mapped[str | None] = mapped_column(String(20), default=None)  # ResultKind value
    result_on: Mapped[date | None] = mapped_column(Date, default=None)
    result_text: Mapped[str] = mapped_column(Text, default="")
    legality_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    project: Mapped[Project] = relationship()
    members: Mapped[list[CouncilMember]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="CouncilMember.position"
    )
    meetings: Mapped[list[CouncilMeeting]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="CouncilMeeting.held_on"
    )
    items: Mapped[list[AgreementItem]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="AgreementItem.position"
    )
    __mapper_args__ = {"version_id_col": version}


class CouncilMember(Base):
    """A member of a council (at most 15 per council, enforced in the domain and the service)."""

    __tablename__ = "council_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # MemberRole value
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    side: Mapped[str] = mapped_column(String(100), default="")  # which party a representative speaks for
    contact: Mapped[str] = mapped_column(String(200), default="")
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("experts.id", ondelete="SET NULL"))
    council: Mapped[Council] = relationship(back_populates="members")


class CouncilMeeting(Base):
    """A council meeting; closed unless every party agreed to open it."""

    __tablename__ = "council_meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    is_open: Mapped[bool] = mapped_column(Boolean, default=False)
    council: Mapped[Council] = relationship(back_populates="meetings")


class AgreementItem(Base):
    """An agreed item of the council's result, tracked to implementation."""

    __tablename__ = "agreement_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")  # ItemStatus value
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    council: Mapped[Council] = relationship(back_populates="items")
