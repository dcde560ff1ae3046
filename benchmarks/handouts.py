"""Department workbooks: hand-out and hand-in of every department of the demo city (docs/업무규칙.md §Department workbooks).

Three rows on a copy of the 10,000-project demo file: writing every department's workbook of round 2020-2, reading them
all back as a preview (dry run), and taking them all in (one edited cell each, one transaction per file).
"""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path

from benchmarks.harness import Result, ms

ROUND = "2020-2"
TODAY = date(2020, 10, 5)
#: Targets for the whole city (all departments at once), on an idle machine.
HANDOUT_TARGET = 30.0
HANDIN_TARGET = 30.0


def _edit(path: Path) -> None:
    """What a department does: change its first self-assessed grade (outside the timing)."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb["진단"]
    column = next(c.column for c in ws[1] if c.value == "자체진단 등급")
    cell = ws.cell(2, column)
    cell.value = "1등급" if cell.value != "1등급" else "2등급"
    wb.save(path)


def handouts(*, small: Path, folder: Path, **_: object) -> list[Result]:
    from conflictdesk.reports.handout_xlsx import write_workbooks
    from conflictdesk.services.handin import handin_file
    from conflictdesk.services.handout import prepare_handouts
    from conflictdesk.store.engine import open_database

    work = folder / "handouts"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    copy = work / "city.sqlite3"
    shutil.copyfile(small, copy)
    db = open_database(str(copy))
    try:
        started = time.perf_counter()
        books, _sent = prepare_handouts(db, ROUND, today=TODAY)
        paths = write_workbooks(books, work)
        out_seconds = time.perf_counter() - started
        for path in paths:
            _edit(path)
        started = time.perf_counter()
        previews = [handin_file(db, path, dry_run=True, today=TODAY)[0] for path in paths]
        preview_seconds = time.perf_counter() - started
        started = time.perf_counter()
        taken = [handin_file(db, path, today=TODAY)[0] for path in paths]
        in_seconds = time.perf_counter() - started
    finally:
        db.close()
    if not all(r.acceptable for r in previews) or not all(r.written for r in taken):
        raise AssertionError("a demo workbook was not taken back in")
    n = len(paths)
    return [
        Result(f"hand-out: {n} department workbooks of {ROUND}", "—", ms(out_seconds), ms(out_seconds),
               f"≤ {HANDOUT_TARGET:.0f} s", out_seconds <= HANDOUT_TARGET),
        Result(f"hand-in preview of the {n} workbooks", "—", ms(preview_seconds), ms(preview_seconds),
               "reported", None),
        Result(f"hand-in of the {n} workbooks (one transaction each)", "—", ms(in_seconds), ms(in_seconds),
               f"≤ {HANDIN_TARGET:.0f} s", in_seconds <= HANDIN_TARGET),
    ]
