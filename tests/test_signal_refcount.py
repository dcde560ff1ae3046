"""PySide6 6.12.0 drops a reference to True on every Signal.emit(): importing the GUI package shields the bools."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent("""
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import conflictdesk.ui  # noqa: F401  (the shield)
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Source(QObject):
        changed = Signal(bool)

    app = QCoreApplication([])
    source = Source()
    source.changed.connect(lambda value: None)
    for n in range(200_000):
        source.changed.emit(n % 2 == 0)
    print("ok")
""")


def test_many_signal_emits_do_not_crash_the_interpreter() -> None:
    # Without the shield this aborts with "bool_dealloc: deallocating True or False" (a few thousand emits suffice).
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
