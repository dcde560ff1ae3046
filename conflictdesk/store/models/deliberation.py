"""공론화 (public deliberation): agenda items with their thresholds, petition counts, and drawn citizens' panels."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conflictdesk.store.models.base import Base, utcnow

if TYPE_CHECKING:
    from conflictdesk.store.models.committee import CommitteeMeeting


class DeliberationItem(Base):
    """An agenda item (심의대상) with its source and the thresholds in force when it was made."""

    __tablename__ = "deliberation_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(20))  # ItemSource value
    opened_on: Mapped[date] = mapped_column(Date, index=True)  # petition opened / resolved / requested / referred
    reference: Mapped[str] = mapped_column(String(200), default="")  # 의결 번호, 문서 번호
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"), default=None)
    support_threshold: Mapped[int] = mapped_column(Integer)
    window_days: Mapped[int] = mapped_column(Integer)
    explain_threshold: Mapped[int] = mapped_column(Integer)
    explain_days: Mapped[int] = mapped_column(Integer)
    explain_given: Mapped[date | None] = mapped_column(Date, default=None)
    explain_text: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(10), default=None)  # Decision value
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # The 공론화위원회's decisions (docs/업무규칙.md, "Deliberation committee"): the meeting that decided 실시 여부,
    # the 추진위원회 formed, the final 권고안 adopted.
    decision_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee_meetings.id", ondelete="SET NULL"), default=None)
    promotion_on: Mapped[date | None] = mapped_column(Date, default=None)
    promotion_note: Mapped[str] = mapped_column(Text, default="")
    promotion_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee_meetings.id", ondelete="SET NULL"), default=None)
    recommendation_on: Mapped[date | None] = mapped_column(Date, default=None)
    recommendation_note: Mapped[str] = mapped_column(Text, default="")
    recommendation_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee_meetings.id", ondelete="SET NULL"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decision_meeting: Mapped[CommitteeMeeting | None] = relationship(foreign_keys=[decision_meeting_id])
    promotion_meeting: Mapped[CommitteeMeeting | None] = relationship(foreign_keys=[promotion_meeting_id])
    recommendation_meeting: Mapped[CommitteeMeeting | None] = relationship(foreign_keys=[recommendation_meeting_id])
    counts: Mapped[list[PetitionCount]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="PetitionCount.as_of")
    __table_args__ = (
        CheckConstraint("source IN ('petition', 'council', 'mayor', 'case')", name="source_known"),
        CheckConstraint("decision IS NULL OR decision IN ('go', 'no_go')", name="decision_known"),
    )


class PetitionCount(Base):
    """A petition's 공감 count as of a date."""

    __tablename__ = "petition_counts"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("deliberation_items.id", ondelete="CASCADE"), index=True)
    as_of: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer)
    item: Mapped[DeliberationItem] = relationship(back_populates="counts")
    __table_args__ = (
        UniqueConstraint("item_id", "as_of"),
        CheckConstraint("count >= 0", name="count_not_negative"),
    )


class CitizenPanel(Base):
    """A drawn 시민참여단 (or 청소년참여단) of an item, with what reproduces the draw."""

    __tablename__ = "citizen_panels"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("deliberation_items.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="citizen")  # citizen | youth
    size: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(BigInteger)
    algorithm: Mapped[str] = mapped_column(String(20))
    library_version: Mapped[str] = mapped_column(String(40))
    input_hash: Mapped[str] = mapped_column(String(64))
    quotas: Mapped[list[Any]] = mapped_column(JSON, default=list)
    drawn_at: Mapped[datetime] = mapped_column(default=utcnow)
    applicants: Mapped[list[PanelApplicant]] = relationship(
        back_populates="panel", cascade="all, delete-orphan", order_by="PanelApplicant.id")
    __table_args__ = (
        UniqueConstraint("item_id", "kind"),
        CheckConstraint("size > 0", name="size_positive"),
    )


class PanelApplicant(Base):
    """An applicant of a drawn panel: number, category values, selection probability; names kept masked only."""

    __tablename__ = "panel_applicants"
    id: Mapped[int] = mapped_column(primary_key=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("citizen_panels.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(50))
    categories: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    name: Mapped[str] = mapped_column(String(100), default="")  # masked at rest (홍*동)
    probability: Mapped[float] = mapped_column(Float, default=0.0)
    selected: Mapped[bool] = mapped_column(Boolean, default=False)  # drawn (first draw or as a replacement)
    # A drop-out (중도 탈락) and the replacement drawn for them (docs/업무규칙.md, "Citizens' panel").
    dropped_on: Mapped[date | None] = mapped_column(Date, default=None)
    drop_reason: Mapped[str] = mapped_column(Text, default="")
    replaces: Mapped[str] = mapped_column(String(50), default="")  # number of the member this one replaced
    replacement_seed: Mapped[int | None] = mapped_column(BigInteger, default=None)
    panel: Mapped[CitizenPanel] = relationship(back_populates="applicants")
    __table_args__ = (UniqueConstraint("panel_id", "number"),)
