"""Around the core: the programme budget and training courses (공론화 lives in ``deliberation.py``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conflictdesk.store.models.base import Base

# --- the programme budget ---------------------------------------------------------------------


class BudgetLine(Base):
    """One line (수당, 교육, 용역, 기타…) of a year's programme budget: its yearly and quarterly plan."""

    __tablename__ = "budget_lines"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    line: Mapped[str] = mapped_column(String(20), primary_key=True)
    annual_won: Mapped[int] = mapped_column(BigInteger)
    q1_won: Mapped[int] = mapped_column(BigInteger)
    q2_won: Mapped[int] = mapped_column(BigInteger)
    q3_won: Mapped[int] = mapped_column(BigInteger)
    q4_won: Mapped[int] = mapped_column(BigInteger)


class BudgetSpending(Base):
    """Spending booked on a budget line that is neither an allowance nor a training cost (용역, 기타…)."""

    __tablename__ = "budget_spendings"
    id: Mapped[int] = mapped_column(primary_key=True)
    line: Mapped[str] = mapped_column(String(20))
    spent_on: Mapped[date] = mapped_column(Date, index=True)
    amount_won: Mapped[int] = mapped_column(BigInteger)
    purpose: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (CheckConstraint("amount_won > 0", name="amount_positive"),)


# --- around it: training ------------------------------------------------------


class TrainingSession(Base):
    """A conflict-management training course (공직자 갈등관리 교육); its cost books on the 교육 budget line."""

    __tablename__ = "training_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="city")  # TrainingKind value
    district: Mapped[str] = mapped_column(String(50), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    instructor_expert_id: Mapped[int | None] = mapped_column(
        ForeignKey("experts.id", ondelete="SET NULL"), default=None)
    instructor_name: Mapped[str] = mapped_column(String(100), default="")
    cost_won: Mapped[int] = mapped_column(BigInteger, default=0)
    materials: Mapped[str] = mapped_column(Text, default="")
    attendances: Mapped[list[TrainingAttendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="TrainingAttendance.id")
    __table_args__ = (CheckConstraint("cost_won >= 0", name="cost_not_negative"),)


class TrainingAttendance(Base):
    """How many officers of one department attended a course (names optional, masked in every output)."""

    __tablename__ = "training_attendances"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"), index=True)
    count: Mapped[int] = mapped_column(Integer)
    names: Mapped[str] = mapped_column(Text, default="")
    session: Mapped[TrainingSession] = relationship(back_populates="attendances")
    __table_args__ = (CheckConstraint("count > 0", name="count_positive"),)

