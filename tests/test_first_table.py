"""Start-up fills the project table first: read through sqlite3, before the ORM, the models, holidays and the
other panels load; then the rest of the start-up work follows and the table is the same as any later read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conflictdesk.services.projects import load_project_table
from conflictdesk.services.table_rows import read_first_table
from conflictdesk.store.engine import Database

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication([])
from conflictdesk.store.engine import open_database
from conflictdesk.ui.main_window import MainWindow
w = MainWindow(open_database({path!r}), settings=QSettings({ini!r}, QSettings.Format.IniFormat), auto_start=False)
w.show(); app.processEvents()
w.show_first_panel(); app.processEvents()
panel = w.panels["projects"]
first = {{"rows": panel.model.rowCount(), "round": panel.round_code(),
          "loaded": sorted(m for m in sys.modules if m in ("sqlalchemy.orm", "holidays", "conflictdesk.store.models",
                                                          "conflictdesk.services.settings", "matplotlib"))}}
w.finish_startup(); app.processEvents()
print(json.dumps({{**first, "after": "conflictdesk.store.models" in sys.modules,
                  "reminders": w.reminder_button.text() != ""}}))
"""


def test_the_first_table_is_filled_before_the_orm_and_the_models_load(demo_path: Path, tmp_path: Path) -> None:
    code = PROBE.format(path=str(demo_path), ini=str(tmp_path / "ui.ini"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=180,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout.strip().splitlines()[-1])
    assert data["rows"] == 300 and data["round"] == "2020-2"
    assert data["loaded"] == []  # nothing of the ORM, the models, holidays or the settings service yet
    assert data["after"] and data["reminders"]  # … and all of it once the start-up finishes


def test_the_first_read_gives_the_same_rows_as_the_service(demo_db: Database, demo_path: Path) -> None:
    first = read_first_table(demo_path)
    table = load_project_table(demo_db)
    assert first.round_code == table.round_code == first.round_codes[0]
    assert first.rows == table.rows


def test_the_start_up_hook_still_leaves_once_the_table_is_filled(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONFLICTDESK_BENCH_READY": "filled",
           "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_path)], capture_output=True,
                         text=True, cwd=ROOT, timeout=180, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "READY"
