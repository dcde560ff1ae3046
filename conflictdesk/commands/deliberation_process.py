"""The ``process`` object of ``deliberation list --format json`` (공론화 추진; docs/업무규칙.md "공론화 추진")."""

from __future__ import annotations

from typing import Any

from conflictdesk.services.deliberation_process_dtos import ProcessView


def process_json(process: ProcessView | None) -> dict[str, Any] | None:
    """A compact process: budget year, phases (first planned and actual date, attendance), 권역 gaps, budget and
    spending in won, and each recommendation's text, answer (accept/partial/reject or null) and status."""
    if process is None:
        return None
    return {
        "year": process.year,
        "phases": [{"phase": p.phase.value, "name": p.phase.label, "planned": p.planned_from.isoformat() if p.planned_from else None,
                    "actual": p.held_from.isoformat() if p.held_from else None, "attendance": p.attendance}
                   for p in process.phases],
        "gaps": list(process.gaps),
        "budget_won": process.plan.annual_won,
        "spent_won": process.execution.executed_won,
        "recommendations": [{"text": r.text, "answer": r.answer.value if r.answer else None,
                             "status": r.status.value, "owner": r.owner,
                             "due": r.due.isoformat() if r.due else None, "overdue": r.overdue}
                            for r in process.recommendations],
    }
