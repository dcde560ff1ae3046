"""공론화위원회: members with their terms, meetings with the agenda items discussed and who attended."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conflictdesk.store.models.base import Base, utcnow


class CommitteeMember(Base):
    """A member of the 공론화위원회 for one term (a second term is a second row)."""

    __tablename__ = "committee_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))  # masked in every output (domain/masking.py)
    kind: Mapped[str] = mapped_column(String(20))  # MemberKind value
    appointment: Mapped[str] = mapped_column(String(20))  # Appointment value
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    term_from: Mapped[date] = mapped_column(Date, index=True)
    term_to: Mapped[date | None] = mapped_column(Date, default=None)
    is_chair: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        CheckConstraint("kind IN ('expert', 'civic', 'councillor', 'official')", name="kind_known"),
        CheckConstraint("appointment IN ('ex_officio', 'appointed')", name="appointment_known"),
        CheckConstraint("term_to IS NULL OR term_to >= term_from", name="term_ordered"),
    )


class CommitteeMeeting(Base):
    """A meeting of the committee: date, name, the agenda items discussed (ids), and who attended."""

    __tablename__ = "committee_meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(100), default="")  # 제1차 정기회의
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ids of the agenda items discussed
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    attendance: Mapped[list[CommitteeAttendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="CommitteeAttendance.member_id")


class CommitteeAttendance(Base):
    """A member present at a meeting (absent members have no row)."""

    __tablename__ = "committee_attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("committee_meetings.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_members.id", ondelete="CASCADE"), index=True)
    meeting: Mapped[CommitteeMeeting] = relationship(back_populates="attendance")
    member: Mapped[CommitteeMember] = relationship()
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)
