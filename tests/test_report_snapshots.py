"""Every report rendered to PNG and compared with the committed snapshots in tests/snapshots/.

The test never writes into the checkout: it renders into a temporary folder and compares page count, page size and
pixels (a small tolerance absorbs anti-aliasing differences between poppler versions). After an intended change of a
report's look, regenerate the snapshots explicitly and review them before committing::

    pytest tests/test_report_snapshots.py --regenerate-snapshots
"""

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
from conflictdesk.services.report_data import card_choices, load_card_report, load_mediation_report
from conflictdesk.services.summary_data import load_grade_summary, load_round_report
from conflictdesk.store.engine import Database

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_reports_match_their_snapshots(demo_db: Database, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    assert demo_db.path is not None
    with sqlite3.connect(demo_db.path) as conn:
        council = conn.execute("SELECT p.code FROM councils c JOIN projects p ON p.id = c.project_id").fetchone()[0]
    day = date(2020, 12, 31)
    pdfs = {
        "card": lambda p: render_card_pdf(load_card_report(demo_db, card_choices(demo_db, "2020-2")[0][0], as_of=day),
                                          p, printed=day),
        "mediation": lambda p: render_mediation_pdf(load_mediation_report(demo_db, council, as_of=day), p,
                                                    printed=day),
        "summary": lambda p: render_summary_pdf(load_grade_summary(demo_db, "2020-2", as_of=day),
                                                load_round_report(demo_db, "2020-2"), p, printed=day),
    }
    regenerate = bool(request.config.getoption("--regenerate-snapshots"))
    different: list[str] = []
    for name, render in pdfs.items():
        pdf = tmp_path / f"{name}.pdf"
        pages = render(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / name)], check=True, timeout=120)
        fresh = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(fresh) == pages
        if regenerate:
            SNAPSHOTS.mkdir(exist_ok=True)
            for old in SNAPSHOTS.glob(f"{name}-*.png"):
                old.unlink()
            for png in fresh:
                shutil.copy2(png, SNAPSHOTS / png.name)
            continue
        committed = sorted(SNAPSHOTS.glob(f"{name}-*.png"))
        assert [p.name for p in committed] == [p.name for p in fresh], f"{name}: pages differ from the snapshots"
        different += [png.name for png, old in zip(fresh, committed, strict=True) if not _same_picture(png, old)]
    assert not different, f"reports look different from tests/snapshots/: {different} (--regenerate-snapshots)"


def _same_picture(a: Path, b: Path, tolerance: float = 0.01) -> bool:
    """Same size, and at most ``tolerance`` of the pixels differ noticeably."""
    from PIL import Image, ImageChops

    with Image.open(a) as first, Image.open(b) as second:
        if first.size != second.size:
            return False
        diff = ImageChops.difference(first.convert("L"), second.convert("L")).point(lambda v: 255 if v > 48 else 0)
        changed = diff.histogram()[255]  # pixels that differ noticeably (the point() above maps them to 255)
        return changed <= tolerance * first.size[0] * first.size[1]
