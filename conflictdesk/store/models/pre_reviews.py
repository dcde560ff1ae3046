"""사전 갈등검토목록 sent to a department for one project and the answers taken back (docs/업무규칙.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from conflictdesk.store.models.base import Base


class PreReview(Base):
    """One checklist file sent for a project: sent, due, returned and accepted dates, the checklist in force when it
    went out, and the department's answers once accepted (``answers`` is None until then)."""

    __tablename__ = "pre_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"))
    serial: Mapped[str] = mapped_column(String(32), unique=True)  # the stamp's serial: which file came back
    sent_on: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    accepted_on: Mapped[date | None] = mapped_column(Date, default=None)
    returned_file: Mapped[str] = mapped_column(String(300), default="")
    #: ChecklistSettings.to_dict() of the settings the file was made with (items, weights, bands).
    checklist: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: PreReviewAnswers.to_dict() once accepted.
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
