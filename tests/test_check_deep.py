"""``check --deep`` reads every row; SQLite's missing page checksums are a documented limit (trust, item 10)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from conflictdesk.cli import main


@pytest.fixture
def copy(demo_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "deep.sqlite3"
    shutil.copyfile(demo_path, path)
    return path


def test_deep_check_reads_every_row_and_reports_counts_and_audit_head(copy: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(copy), "check", "--deep"]) == 0
    out = capsys.readouterr().out
    assert "모든 행을 읽었습니다" in out and "사업 300" in out and "감사 기록" in out and "마지막 번호" in out
    assert "페이지 체크섬이 없어" in out  # the limit is stated where the user sees the result


def test_a_value_that_no_longer_decodes_is_found_only_by_the_deep_check(copy: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE rounds SET rules = '{\"screening\": {' WHERE id = 1")  # a changed byte inside a row
    conn.commit()
    conn.close()
    assert main(["--db", str(copy), "check"]) == 0
    capsys.readouterr()
    assert main(["--db", str(copy), "check", "--deep"]) == 1
    err = capsys.readouterr().err
    assert "rounds 표의 행 1, rules 값을 읽을 수 없습니다" in err


def test_a_changed_byte_that_still_reads_is_the_documented_limit(copy: Path) -> None:
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE projects SET name = '가' || substr(name, 2) WHERE id = 7")
    conn.commit()
    conn.close()
    assert main(["--db", str(copy), "check", "--deep"]) == 0  # no checksum in SQLite: see docs/architecture.md
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "페이지 체크섬이 없어" in readme


def test_the_file_menu_offers_the_deep_check(qtbot, demo_db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox

    from conflictdesk.ui.main_window import MainWindow

    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    action = window.findChild(QAction, "actionDeepCheck")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "이상 없음" in shown[0] and "행을 읽었습니다" in shown[0]
    assert "페이지 체크섬" in shown[0]
