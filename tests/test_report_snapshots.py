"""Rendered PNG snapshots of every report under tests/snapshots/ for visual review (pixels are not asserted)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from conflictdesk.reports.card_pdf import render_card_pdf
from conflictdesk.reports.mediation_pdf import render_mediation_pdf
from conflictdesk.reports.summary_pdf import render_summary_pdf
from conflictdesk.services.report_data import card_codes, load_card_report, load_mediation_report
from conflictdesk.services.summary_data import load_grade_summary, load_round_report
from conflictdesk.store.engine import Database

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_write_report_snapshots(demo_db: Database, tmp_path: Path) -> None:
    assert demo_db.path is not None
    with sqlite3.connect(demo_db.path) as conn:
        council = conn.execute("SELECT p.code FROM councils c JOIN projects p ON p.id = c.project_id").fetchone()[0]
    day = date(2020, 12, 31)
    pdfs = {
        "card": lambda p: render_card_pdf(load_card_report(demo_db, card_codes(demo_db, "2020-2")[0], as_of=day),
                                          p, source="demo.sqlite3", printed=day),
        "mediation": lambda p: render_mediation_pdf(load_mediation_report(demo_db, council, as_of=day), p,
                                                    source="demo.sqlite3", printed=day),
        "summary": lambda p: render_summary_pdf(load_grade_summary(demo_db, "2020-2", as_of=day),
                                                load_round_report(demo_db, "2020-2"), p, source="demo.sqlite3",
                                                printed=day),
    }
    SNAPSHOTS.mkdir(exist_ok=True)
    for name, render in pdfs.items():
        pdf = tmp_path / f"{name}.pdf"
        pages = render(pdf)
        for old in SNAPSHOTS.glob(f"{name}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(SNAPSHOTS / name)], check=True, timeout=120)
        assert len(list(SNAPSHOTS.glob(f"{name}-*.png"))) == pages
