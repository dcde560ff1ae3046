"""Layout of every PDF: no two flowables on a page overlap, and no table or chart touches another one.

reportlab reports where each flowable landed (``build_pdf(layout=…)``); a chart drawn flush under a table hid
the table's closing border (issue 18: the 합계 row stood unclosed on p.2).
"""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date
from typing import Any

import pytest

from conflictdesk.reports.mediation_pdf import mediation_story
from conflictdesk.reports.pdf_common import Placed, build_pdf
from conflictdesk.reports.summary_pdf import summary_story
from conflictdesk.services.report_data import load_mediation_report
from conflictdesk.services.summary_data import load_grade_summary, load_round_report
from conflictdesk.store.engine import Database

BOXED = ("Table", "Image")
MIN_GAP = 2.0  # points between two boxed flowables: a 0.5 pt border must stay visible


def layout_of(story: list[Any]) -> list[Placed]:
    placed: list[Placed] = []
    build_pdf(story, io.BytesIO(), title="test", printed=date(2020, 12, 31), layout=placed)
    return placed


def problems(placed: list[Placed]) -> list[str]:
    by_page: dict[int, list[Placed]] = defaultdict(list)
    for p in placed:
        if p.top - p.bottom > 0.01:
            by_page[p.page].append(p)
    found = []
    for page, items in by_page.items():
        items.sort(key=lambda p: -p.top)
        for upper, lower in zip(items, items[1:], strict=False):
            room = upper.bottom - lower.top
            needed = MIN_GAP if upper.kind in BOXED and lower.kind in BOXED else -0.01
            if room < needed:
                found.append(f"p.{page}: {upper.kind} ({upper.bottom:.1f}) and {lower.kind} ({lower.top:.1f})")
    return found


def test_the_check_catches_a_chart_flush_under_a_table() -> None:
    assert problems([Placed(2, "Table", 790.0, 582.5), Placed(2, "Image", 582.5, 180.0)])
    assert problems([Placed(1, "Paragraph", 700.0, 600.0), Placed(1, "Paragraph", 650.0, 500.0)])
    assert not problems([Placed(2, "Table", 790.0, 582.5), Placed(2, "Spacer", 582.5, 574.5),
                         Placed(2, "Image", 574.5, 180.0)])


@pytest.mark.slow
def test_summary_whole_city_and_each_department(demo_db: Database) -> None:
    summary = load_grade_summary(demo_db, "2020-2", as_of=date(2020, 12, 31))
    rounds = load_round_report(demo_db, "2020-2")
    placed = layout_of(summary_story(summary, rounds))
    assert len({p.page for p in placed}) >= 3 and any(p.kind == "Image" for p in placed)
    assert problems(placed) == []
    for row in summary.departments[:6]:
        assert problems(layout_of(summary_story(summary.for_department(row.department), None))) == []


@pytest.mark.slow
def test_mediation_reports(demo_db: Database) -> None:
    """(The card is laid out by its own page flow: tests/test_card_flow.py checks it the same way.)"""
    with demo_db.read() as s:
        from sqlalchemy import select

        from conflictdesk.store.models import Council, Project

        codes = s.scalars(select(Project.code).join(Council, Council.project_id == Project.id)).all()
    assert codes
    for code in codes:
        report = load_mediation_report(demo_db, code, as_of=date(2020, 12, 31))
        assert problems(layout_of(mediation_story(report))) == []
