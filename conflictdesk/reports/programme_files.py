"""Write the programme year's documents by file type: the one place the CLI and the 보고서 panel both call."""

from __future__ import annotations

from pathlib import Path

from conflictdesk.services.programme_dtos import YearPlan, YearResults


def write_programme(data: YearResults | YearPlan, suffix: str, path: Path, *, author: str = "") -> None:
    """Write a YearResults (annual) or YearPlan (plan) as ``suffix`` to ``path`` (the CLI's and the 보고서 panel's work)."""
    if suffix == ".hwpx":
        from conflictdesk.reports.hwpx import write_summary_hwpx
        from conflictdesk.reports.programme_hwpx import annual_content, plan_content

        write_summary_hwpx(annual_content(data, author=author) if isinstance(data, YearResults)
                           else plan_content(data, author=author), path)
    elif suffix == ".xlsx":
        from conflictdesk.reports.programme_xlsx import write_annual_xlsx

        if not isinstance(data, YearResults):  # the plan is a document to edit: PDF or HWPX only
            raise ValueError("the plan has no XLSX form")
        write_annual_xlsx(data, path)
    else:
        from conflictdesk.reports.programme_pdf import render_annual_pdf, render_plan_pdf

        if isinstance(data, YearResults):
            render_annual_pdf(data, path)
        else:
            render_plan_pdf(data, path)
