"""One rule for an active expert: the status command, the grade summary and the mediation screens agree."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from conflictdesk.services.assignments import _has_active_expert
from conflictdesk.services.obligations import round_status
from conflictdesk.services.summary_data import load_grade_summary
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Expert, ExpertAssignment, Project

TODAY = date(2020, 12, 1)


def _grade1_with_expert(db: Database) -> tuple[str, int]:
    with db.read() as s:
        code, pid = s.execute(
            select(Project.code, Project.id).join(ExpertAssignment, ExpertAssignment.project_id == Project.id)
            .limit(1)).one()
    return code, pid


def _expert_missing(db: Database, code: str) -> tuple[bool, bool]:
    status = {p.code: p for p in round_status(db, "2020-2", TODAY)}
    summary = load_grade_summary(db, "2020-2", as_of=TODAY)
    in_summary = any(u.code == code and any("전문가" in m for m in u.missing) for u in summary.unmet)
    return "expert" in status[code].missing, in_summary


@pytest.mark.parametrize(
    "change",
    ["not_started", "ended", "expert_deactivated"],
)
def test_status_summary_and_mediation_agree_on_an_inactive_assignment(demo_db: Database, change: str) -> None:
    code, pid = _grade1_with_expert(demo_db)
    with demo_db.read() as s:
        assert _has_active_expert(s, pid, TODAY)
    assert _expert_missing(demo_db, code) == (False, False)
    with demo_db.write() as s:
        if change == "not_started":
            s.execute(update(ExpertAssignment).where(ExpertAssignment.project_id == pid)
                      .values(start_on=date(2021, 1, 1)))
        elif change == "ended":
            s.execute(update(ExpertAssignment).where(ExpertAssignment.project_id == pid)
                      .values(end_on=date(2020, 11, 30)))
        else:
            ids = select(ExpertAssignment.expert_id).where(ExpertAssignment.project_id == pid)
            s.execute(update(Expert).where(Expert.id.in_(ids)).values(active=False))
    with demo_db.read() as s:
        assert not _has_active_expert(s, pid, TODAY)
    assert _expert_missing(demo_db, code) == (True, True)
