"""Half-yearly reviews (정기 점검), their progress entries and extra holidays."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
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

from conflictdesk.store.models.base import GRADE_CHECK, Base

# --- reviews -----------------------------------------------------------------------------------


class Review(Base):
    """Half-yearly review (정기 점검) of one grade 1–2 case in one round."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    due: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str | None] = mapped_column(String(20), default=None)
    grade_recommendation: Mapped[int | None] = mapped_column(Integer, default=None)
    # A review is cancelled (kept in the history, never overdue) when its case stops being key in the round.
    cancelled_on: Mapped[date | None] = mapped_column(Date, default=None)
    cancel_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    progress: Mapped[list[ReviewProgressEntry]] = relationship(
        back_populates="review", cascade="all, delete-orphan"
    )
    __table_args__ = (
        UniqueConstraint("round_id", "project_id", name="uq_reviews_round_project"),
        CheckConstraint(GRADE_CHECK.format(col="grade_recommendation"), name="grade_recommendation"),
        Index("ix_reviews_due", "due"),
    )
    __mapper_args__ = {"version_id_col": version}


class ReviewProgressEntry(Base):
    """Progress of one plan item or agreement item as recorded in a review."""

    __tablename__ = "review_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_items.id", ondelete="SET NULL"))
    agreement_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement_items.id", ondelete="SET NULL")
    )
    progress: Mapped[str] = mapped_column(String(20), default="on_track")  # ReviewProgress value
    note: Mapped[str] = mapped_column(Text, default="")
    review: Mapped[Review] = relationship(back_populates="progress")


class ExtraHoliday(Base):
    """A user-entered non-working day (e.g. a city holiday) for the review calendar."""

    __tablename__ = "extra_holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
