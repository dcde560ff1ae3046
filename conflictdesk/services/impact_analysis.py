"""갈등영향분석 per case: record, list, change, delete; the cost books on the 용역 line of the programme budget.

The analyst is an expert of the pool or a firm (name as typed; organisations and experts are never masked). A cost is
checked with the budget's overrun rule before it is saved (``services/budget.py``), as training costs are. The latest
analysis of a project is shown on its card, printed on the card PDF and offered as a reason in the diagnosis form.
See docs/업무규칙.md, "갈등영향분석".
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.allowances import PaymentCheck
from conflictdesk.domain.budget import SERVICES_LINE
from conflictdesk.domain.errors import NotFound
from conflictdesk.domain.impact_analysis import AnalysisInput, AnalysisRow, checked_analysis
from conflictdesk.domain.text import nfc
from conflictdesk.services import budget
from conflictdesk.services.changes import Changes
from conflictdesk.store import models
from conflictdesk.store.engine import Database


def _project_id(session: Session, code: str) -> int:
    pid = session.scalar(select(models.Project.id).where(models.Project.code == code))
    if pid is None:
        raise NotFound("project_not_found", project=code)
    return int(pid)


def _rows(session: Session, project_ids: list[int] | None) -> list[AnalysisRow]:
    stmt = (select(models.ImpactAnalysis, models.Project.code, models.Expert.name)
            .join(models.Project, models.Project.id == models.ImpactAnalysis.project_id)
            .outerjoin(models.Expert, models.Expert.id == models.ImpactAnalysis.analyst_expert_id)
            .order_by(models.ImpactAnalysis.commissioned_on, models.ImpactAnalysis.id))
    if project_ids is not None:
        stmt = stmt.where(models.ImpactAnalysis.project_id.in_(project_ids))
    return [AnalysisRow(a.id, code, a.commissioned_on, expert or a.analyst_name, a.analyst_expert_id,
                        a.analyst_name, a.cost_won, a.scope, a.findings, a.recommended_grade,
                        a.recommended_strategy, a.report_ref)
            for a, code, expert in session.execute(stmt)]


def _analyses_of(session: Session, project_id: int) -> tuple[AnalysisRow, ...]:
    """The analyses of one project, oldest first (for the card, its PDF and the diagnosis form)."""
    return tuple(_rows(session, [project_id]))


def analyses_of(db: Database, code: str) -> list[AnalysisRow]:
    """The analyses of project ``code``, oldest first."""
    with db.read() as s:
        return list(_analyses_of(s, _project_id(s, code)))


def check_cost(db: Database, on: date, cost_won: int, analysis_id: int | None = None) -> PaymentCheck | None:
    """What booking the cost on the 용역 line would do (``None`` for an analysis without cost)."""
    if cost_won <= 0:
        return None
    with db.read() as s:
        return budget._check_in(s, SERVICES_LINE, on, cost_won,
                               replacing=("analysis", analysis_id) if analysis_id is not None else None)


def save_analysis(db: Database, code: str, data: AnalysisInput, analysis_id: int | None = None, *,
                  allow_over_budget: bool = False) -> tuple[int, Changes]:
    """Add (``analysis_id`` None) or change an analysis of project ``code``; a cost over the year needs ``allow``."""
    data = checked_analysis(data)
    with db.write(reason="갈등영향분석") as s:
        project_id = _project_id(s, code)
        if data.cost_won > 0:
            check = budget._check_in(s, SERVICES_LINE, data.commissioned_on, data.cost_won,
                                     replacing=("analysis", analysis_id) if analysis_id is not None else None)
            check.refuse_unless_allowed(allow_over_budget)
        if data.analyst_expert_id is not None and s.get(models.Expert, data.analyst_expert_id) is None:
            raise NotFound("expert_not_found", expert=data.analyst_expert_id)
        if analysis_id is None:
            row = models.ImpactAnalysis(project_id=project_id, commissioned_on=data.commissioned_on)
            s.add(row)
        else:
            found = s.get(models.ImpactAnalysis, analysis_id)
            if found is None or found.project_id != project_id:
                raise NotFound("analysis_not_found", analysis=analysis_id)
            row = found
        row.commissioned_on = data.commissioned_on
        row.analyst_expert_id = data.analyst_expert_id
        row.analyst_name = "" if data.analyst_expert_id is not None else nfc(data.analyst_name.strip())
        row.cost_won = data.cost_won
        row.scope = nfc(data.scope.strip())
        row.findings = nfc(data.findings.strip())
        row.recommended_grade = data.recommended_grade
        row.recommended_strategy = nfc(data.recommended_strategy.strip())
        row.report_ref = nfc(data.report_ref.strip())
        s.flush()
        return row.id, Changes.of("analysis", "budget")


def delete_analysis(db: Database, analysis_id: int) -> Changes:
    """Delete an analysis (its cost leaves the 용역 line with it)."""
    with db.write(reason="갈등영향분석 삭제") as s:
        row = s.get(models.ImpactAnalysis, analysis_id)
        if row is None:
            raise NotFound("analysis_not_found", analysis=analysis_id)
        s.delete(row)
    return Changes.of("analysis", "budget")
