"""Each kind of trouble with a data file gets its own diagnosis and message (trust, item 8)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from conflictdesk.cli import main
from conflictdesk.store import check
from conflictdesk.store.check import check_database
from conflictdesk.store.errors import classify


@pytest.mark.parametrize(("error", "code"), [
    ("database or disk is full", "disk_full"),
    ("attempt to write a readonly database", "read_only"),
    ("database disk image is malformed", "damaged"),
    ("file is not a database", "damaged"),
    ("disk I/O error", "io_error"),
    ("no such table: audit_log", "foreign"),
    ("database is locked", "locked"),
    ("unable to open database file", "cannot_open"),
])
def test_sqlite_errors_are_told_apart(error: str, code: str) -> None:
    assert classify(sqlite3.OperationalError(error), "/data/x.sqlite3")[0] == code


def test_only_damage_is_called_damage_and_offers_a_backup(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = sqlite3.connect

    def full(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(check.sqlite3, "connect", full)
    try:
        problems = check_database(f"sqlite:///{demo_path}")
        first = check.startup_problem(f"sqlite:///{demo_path}")
    finally:
        monkeypatch.setattr(check.sqlite3, "connect", real)
    assert "damaged" not in {p.code for p in problems}
    assert problems[0].code == "disk_full" and "손상되지 않았습니다" in problems[0].message
    assert first is not None and first.code == "disk_full"
    assert check.integrity_problem(demo_path) is None


def test_a_zero_byte_file_is_empty_not_read_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "zero.sqlite3"
    path.touch()
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("문제(empty)") and "빈 파일" in err and "읽기 전용" not in err


def test_check_on_a_file_without_audit_log_names_the_missing_table(demo_path: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "no_audit.sqlite3"
    shutil.copyfile(demo_path, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE audit_log")
    conn.commit()
    conn.close()
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "audit_log" in err and "예상하지 못한" not in err and "sqlalchemy" not in err.lower()


def test_a_command_meeting_a_damaged_page_says_so_in_korean(demo_path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "flipped.sqlite3"
    shutil.copyfile(demo_path, path)
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset:offset + 100] = b"\xee" * 100
    path.write_bytes(bytes(data))
    assert main(["--db", str(path), "status", "--round", "2020-2"]) == 1
    err = capsys.readouterr().err
    assert "손상" in err and "예상하지 못한" not in err and "sqlalchemy" not in err.lower()


@pytest.mark.parametrize("code", ["disk_full", "read_only", "io_error"])
def test_the_window_never_offers_a_backup_over_a_healthy_file(qtbot, demo_path: Path, code: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from conflictdesk.services.backup import make_backup
    from conflictdesk.store.check import Problem
    from conflictdesk.store.engine import Database
    from conflictdesk.ui import startup

    db = Database(f"sqlite:///{demo_path}")
    make_backup(db)  # a good backup exists: it must still not be offered
    db.close()
    asked: list[list[str]] = []

    def answer(_parent: object, _message: str, choices: list[str]) -> str:
        asked.append(choices)
        return "quit"

    monkeypatch.setattr(startup, "ask_choice", answer)
    monkeypatch.setattr(check, "startup_problem", lambda _url: Problem(code, f"{code}: {demo_path}"))
    assert startup.open_at_startup(str(demo_path)) is None
    assert asked and "backup" not in asked[0] and {"read_only", "retry"} <= set(asked[0])
