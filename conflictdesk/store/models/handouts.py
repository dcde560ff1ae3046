"""Department workbooks handed out and returned (부서 작성 파일 송부·회신), per round and department."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from conflictdesk.store.models.base import Base


class Handout(Base):
    """One workbook sent to a department for a round: sent, due, returned and accepted dates (docs/업무규칙.md)."""

    __tablename__ = "handouts"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"), index=True)
    serial: Mapped[str] = mapped_column(String(32), unique=True)  # the stamp's serial: which file came back
    sent_on: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    accepted_on: Mapped[date | None] = mapped_column(Date, default=None)
    returned_file: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (Index("ix_handouts_round_department", "round_id", "department_id"),)
