"""Korean everywhere: the bundled NanumGothic is registered with Qt, even where fontconfig knows no Korean font."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conflictdesk.resources import FONT_BOLD, FONT_REGULAR, resource_path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import os, json
from PySide6.QtGui import QFontDatabase, QFont, QFontMetrics, QGuiApplication
app = QGuiApplication([])
before = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
from conflictdesk.ui.fonts import register_fonts
added = register_fonts()
after = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
metrics = QFontMetrics(QFont("NanumGothic", 10))
print(json.dumps({"before": before, "added": added, "after": after,
                  "hangul": all(metrics.inFontUcs4(ord(c)) for c in "갈등관리데스크")}))
"""


def test_font_files_and_license_are_bundled() -> None:
    for parts in (FONT_REGULAR, FONT_BOLD):
        path = resource_path(*parts)
        assert path.stat().st_size > 1_000_000
    license_text = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in license_text and "NAVER" in license_text


def test_korean_shows_on_a_machine_without_korean_fonts(tmp_path: Path) -> None:
    import json

    conf = tmp_path / "fonts.conf"
    # fontconfig sees only an empty folder: no system font at all, certainly no Korean one.
    empty = tmp_path / "nofonts"
    empty.mkdir()
    conf.write_text(
        f"<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig><dir>{empty}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert not any("Nanum" in f for f in data["before"])
    assert "NanumGothic" in data["added"]
    assert "NanumGothic" in data["after"]
    assert data["hangul"] is True
