"""갈등영향분석: the conflict impact analysis commissioned for a case; its cost books on the 용역 budget line."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from conflictdesk.store.models.base import GRADE_CHECK, Base


class ImpactAnalysis(Base):
    """One 갈등영향분석 of a project: who analysed it (an expert of the pool or a firm), its findings and advice."""

    __tablename__ = "impact_analyses"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    commissioned_on: Mapped[date] = mapped_column(Date, index=True)
    analyst_expert_id: Mapped[int | None] = mapped_column(
        ForeignKey("experts.id", ondelete="SET NULL"), default=None)
    analyst_name: Mapped[str] = mapped_column(String(200), default="")  # a firm, or an analyst outside the pool
    cost_won: Mapped[int] = mapped_column(BigInteger, default=0)
    scope: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    recommended_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    recommended_strategy: Mapped[str] = mapped_column(Text, default="")
    report_ref: Mapped[str] = mapped_column(String(500), default="")  # 보고서 파일 (path or document number)
    __table_args__ = (
        CheckConstraint("cost_won >= 0", name="cost_not_negative"),
        CheckConstraint(GRADE_CHECK.format(col="recommended_grade"), name="recommended_grade"),
    )
