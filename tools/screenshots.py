"""``make screenshots``: one PNG per panel of the main window on the demo city, for the user guide."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guide" / "screenshots"  # bundled: 도움말 → 사용자 안내 shows them


def main() -> int:
    from datetime import date

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from conflictdesk.services.demo import generate
    from conflictdesk.store.engine import Database
    from conflictdesk.ui.clock import CLOCK
    from conflictdesk.ui.fonts import apply_app_font
    from conflictdesk.ui.main_window import PANELS, MainWindow

    CLOCK.fix(date(2020, 8, 3))  # the demo city's half-year: reminders and the calendar read as they would then
    app = QApplication(sys.argv[:1])
    apply_app_font(app)
    folder = Path(tempfile.mkdtemp(prefix="conflictdesk-shots-"))
    db = Database(f"sqlite:///{folder / '데모시.sqlite3'}", actor="담당자")
    generate(db, projects=600, seed=2020)
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    def settle(ms: int = 900) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    # 1366×768 is the common office laptop (the guide's pictures); 1024×768 shows the smallest screen still reads
    for (width, height), suffix in (((1024, 768), "-1024"), ((1366, 768), "")):
        window.resize(width, height)
        for n, (key, label, _factory) in enumerate(PANELS, start=1):
            panel = window.show_panel(key)
            settle()
            _show_something(key, panel)
            settle(400)
            path = OUT / f"{n:02d}-{key}{suffix}.png"
            window.grab().save(str(path))
            print(f"{label} {width}×{height}: {path.relative_to(ROOT)}")
    window.show_panel("projects")
    app.processEvents()
    window.grab().save(str(ROOT / "docs" / "screenshot.png"))
    window.close()
    db.close()
    return 0


def _show_something(key: str, panel: Any) -> None:
    """Select a first item so the screenshot shows an editor, not an empty pane."""
    if key == "cards":
        panel.list.setCurrentRow(0)
    elif key == "projects":
        table = panel.table
        for row in range(table.model().rowCount()):
            if table.model().index(row, 5).data():  # a graded project
                table.selectRow(row)
                break
    elif key == "mediation":
        panel.tabs.setCurrentIndex(3)


if __name__ == "__main__":
    raise SystemExit(main())
