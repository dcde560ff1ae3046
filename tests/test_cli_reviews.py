"""``conflictdesk reviews`` JSON contract and exit codes; ``export calendar``."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from conflictdesk.cli import build_parser, main


def test_reviews_json_shape(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "reviews", "--round", "2020-2", "--as-of", "2020-08-03",
                 "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"as_of", "reviews"} and data["as_of"] == "2020-08-03"
    assert data["reviews"]
    for r in data["reviews"]:
        assert list(r) == ["code", "name", "department", "round", "grade", "due", "done", "overdue"]
        assert r["round"] == "2020-2" and r["grade"] in (1, 2) and r["due"] == "2020-07-31"
        assert r["overdue"] is (r["done"] is None)
        if r["done"] is not None:
            assert len(r["done"]) == 10 and r["done"][4] == "-"


@pytest.mark.parametrize(("as_of", "expect_late"), [("2020-07-31", False), ("2020-08-01", True)])
def test_reviews_overdue_filter(demo_path: Path, capsys: pytest.CaptureFixture[str], as_of: str,
                                expect_late: bool) -> None:
    assert main(["--db", str(demo_path), "reviews", "--overdue", "--as-of", as_of, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["reviews"]
    assert bool(rows) is expect_late
    assert all(r["overdue"] and r["done"] is None for r in rows)


def test_reviews_table(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "reviews", "--as-of", "2020-08-03"]) == 0
    out = capsys.readouterr()
    assert "사업코드" in out.out and "지연" in out.out and "기준일 2020-08-03" in out.err


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["reviews", "--as-of", "2020-13-01"], "날짜 형식"),
        (["reviews", "--as-of", "어제"], "날짜 형식"),
        (["reviews", "--round", "2031-1"], "열리지 않았습니다"),
        (["reviews", "--format", "xml"], "invalid choice"),
        (["export", "calendar", "--round", "2020-2"], "--out"),
        (["export", "calendar", "--round", "2020-2", "--out", "/no/such/dir/x.ics"], "폴더가 없습니다"),
    ],
)
def test_user_errors_exit_1_with_one_line(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                          args: list[str], needle: str) -> None:
    assert main(["--db", str(demo_path), *args]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and needle in err[0]


def test_export_calendar(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.ics"
    assert main(["--db", str(demo_path), "export", "calendar", "--round", "2020-2", "--out", str(out)]) == 0
    assert "내보냈습니다" in capsys.readouterr().out
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) > 5


def test_export_group_is_shared_and_registration_is_idempotent() -> None:
    from conflictdesk.commands.export import export_subparsers

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    group = export_subparsers(sub)
    assert export_subparsers(sub) is group and "calendar" in group.choices
    group.add_parser("probe")
    assert {"calendar", "card", "summary", "probe"} <= set(export_subparsers(sub).choices)
