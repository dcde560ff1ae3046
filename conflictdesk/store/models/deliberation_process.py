"""공론화 추진: an item's deliberation process — its budget and quarterly plan, events per phase with attendance,
spending, and the recommendations of the 권고안 with the city's answers (docs/업무규칙.md, "공론화 추진")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conflictdesk.store.models.base import Base, utcnow
from conflictdesk.store.models.deliberation import DeliberationItem


class DeliberationProcess(Base):
    """The process of an item decided "실시": its budget year and plan, and the 권역 it was started with."""

    __tablename__ = "deliberation_processes"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("deliberation_items.id", ondelete="CASCADE"), unique=True)
    year: Mapped[int] = mapped_column(Integer)  # the budget year
    annual_won: Mapped[int] = mapped_column(BigInteger, default=0)
    q1_won: Mapped[int] = mapped_column(BigInteger, default=0)
    q2_won: Mapped[int] = mapped_column(BigInteger, default=0)
    q3_won: Mapped[int] = mapped_column(BigInteger, default=0)
    q4_won: Mapped[int] = mapped_column(BigInteger, default=0)
    regions: Mapped[list[Any]] = mapped_column(JSON, default=list)  # the 권역 list when it started (a setting)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    item: Mapped[DeliberationItem] = relationship()
    events: Mapped[list[ProcessEvent]] = relationship(
        back_populates="process", cascade="all, delete-orphan", order_by="ProcessEvent.id")
    spendings: Mapped[list[ProcessSpending]] = relationship(
        back_populates="process", cascade="all, delete-orphan", order_by="ProcessSpending.spent_on")
    recommendations: Mapped[list[ProcessRecommendation]] = relationship(
        back_populates="process", cascade="all, delete-orphan",
        order_by="[ProcessRecommendation.position, ProcessRecommendation.id]")
    __table_args__ = (
        CheckConstraint("annual_won >= 0 AND q1_won >= 0 AND q2_won >= 0 AND q3_won >= 0 AND q4_won >= 0",
                        name="plan_not_negative"),
    )


class ProcessEvent(Base):
    """One event of a phase (a survey, a 권역별 공론장 in one 권역, …): planned and actual date, attendance."""

    __tablename__ = "process_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("deliberation_processes.id", ondelete="CASCADE"), index=True)
    phase: Mapped[str] = mapped_column(String(20))  # Phase value
    region: Mapped[str] = mapped_column(String(40), default="")  # 권역 of a 권역별 공론장
    title: Mapped[str] = mapped_column(String(200), default="")
    planned_on: Mapped[date | None] = mapped_column(Date, default=None)
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    attendance: Mapped[int | None] = mapped_column(Integer, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    process: Mapped[DeliberationProcess] = relationship(back_populates="events")
    __table_args__ = (
        CheckConstraint("phase IN ('survey', 'panel', 'education', 'regional', 'future', 'citizen', "
                        "'recommendation')", name="phase_known"),
        CheckConstraint("attendance IS NULL OR attendance >= 0", name="attendance_not_negative"),
    )


class ProcessSpending(Base):
    """Spending booked on a process's budget (e.g. the 공론화대행용역)."""

    __tablename__ = "process_spendings"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("deliberation_processes.id", ondelete="CASCADE"), index=True)
    spent_on: Mapped[date] = mapped_column(Date)
    amount_won: Mapped[int] = mapped_column(BigInteger)
    purpose: Mapped[str] = mapped_column(Text, default="")
    process: Mapped[DeliberationProcess] = relationship(back_populates="spendings")
    __table_args__ = (CheckConstraint("amount_won > 0", name="amount_positive"),)


class ProcessRecommendation(Base):
    """One recommendation of the 권고안 with the city's answer, tracked to implementation (owner, due, status)."""

    __tablename__ = "process_recommendations"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("deliberation_processes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(String(10), default=None)  # Answer value; None: not answered yet
    reason: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")  # ItemStatus value
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    process: Mapped[DeliberationProcess] = relationship(back_populates="recommendations")
    __table_args__ = (
        CheckConstraint("answer IS NULL OR answer IN ('accept', 'partial', 'reject')", name="answer_known"),
        CheckConstraint("status IN ('planned', 'in_progress', 'done', 'dropped')", name="status_known"),
    )
