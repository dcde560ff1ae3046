"""갈등영향분석 (conflict impact analysis) of a case: what is recorded, what is valid, how it is cited.

Pure rules; ``services/impact_analysis.py`` stores them and books the cost on the 용역 budget line. See
docs/업무규칙.md, "갈등영향분석".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue

#: Longest report reference (a path or a document number) the column holds.
REPORT_REF_LIMIT = 500
#: Longest analyst name (a firm) the column holds.
ANALYST_LIMIT = 200


@dataclass(frozen=True)
class AnalysisInput:
    """What the officer enters for one analysis; the analyst is an expert of the pool or a firm (name)."""

    commissioned_on: date
    analyst_expert_id: int | None = None
    analyst_name: str = ""
    cost_won: int = 0
    scope: str = ""
    findings: str = ""
    recommended_grade: int | None = None
    recommended_strategy: str = ""
    report_ref: str = ""


@dataclass(frozen=True)
class AnalysisRow:
    """One analysis as shown and printed; ``analyst`` is the expert's name or the firm (never masked)."""

    id: int
    project_code: str
    commissioned_on: date
    analyst: str
    analyst_expert_id: int | None
    analyst_name: str
    cost_won: int
    scope: str
    findings: str
    recommended_grade: int | None
    recommended_strategy: str
    report_ref: str

    def as_reason(self) -> str:
        """The analysis cited as the reason for a confirmed grade (the diagnosis form)."""
        grade = f" {self.recommended_grade}등급 권고" if self.recommended_grade else ""
        lines = self.recommended_strategy.strip().splitlines()
        strategy = f", {lines[0].strip()}" if lines else ""
        return f"갈등영향분석({format_date(self.commissioned_on)}, {self.analyst}){grade}{strategy}"


def checked_analysis(data: AnalysisInput) -> AnalysisInput:
    """``data`` when valid; else the first problem, named (analyst, cost, grade, report reference)."""
    if data.analyst_expert_id is None and not data.analyst_name.strip():
        raise InvalidValue("analysis_analyst_required")
    if len(data.analyst_name.strip()) > ANALYST_LIMIT:
        raise InvalidValue("analysis_text_too_long", field=Term("분석 기관·분석자"), limit=ANALYST_LIMIT)
    if isinstance(data.cost_won, bool) or not isinstance(data.cost_won, int) or data.cost_won < 0:
        raise InvalidValue("analysis_cost_invalid", value=repr(data.cost_won))
    grade = data.recommended_grade
    if grade is not None and (isinstance(grade, bool) or grade not in (1, 2, 3)):
        raise InvalidValue("analysis_grade_invalid", value=repr(grade))
    if len(data.report_ref.strip()) > REPORT_REF_LIMIT:
        raise InvalidValue("analysis_text_too_long", field=Term("보고서"), limit=REPORT_REF_LIMIT)
    return data
