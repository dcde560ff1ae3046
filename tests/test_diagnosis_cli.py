"""CLI of the diagnosis: screen (json/csv/table shapes), grade, status, round open/list, exit codes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from conflictdesk.cli import main
from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion

ORDER = [c.value for c in CRITERIA_ORDER]


def run(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_screen_json_has_the_exact_shape_and_criteria_order(demo_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_path, "screen", "--round", "2020-1", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["round", "projects"] and data["round"] == "2020-1"
    assert len(data["projects"]) == 300
    multi = 0
    for p in data["projects"]:
        assert list(p) == ["code", "name", "department", "criteria", "target"]
        assert p["criteria"] == sorted(p["criteria"], key=ORDER.index)
        assert p["target"] is bool(p["criteria"])
        multi += len(p["criteria"]) > 1
    assert multi >= 3  # the order is really exercised


def test_screen_csv_has_a_header_and_one_row_per_project(demo_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_path, "screen", "--round", "2020-2", "--format", "csv")
    assert code == 0
    # Korean Excel opens it without mojibake: UTF-8 with a BOM, CRLF line ends, Korean headers and labels.
    assert out.startswith("\ufeff")
    assert out.count("\r\n") == out.count("\n") == 301
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"), newline="")))
    assert rows[0] == ["사업코드", "사업명", "담당부서", "해당 기준", "진단대상"]
    assert len(rows) == 301
    _, js, _ = run(capsys, demo_path, "screen", "--round", "2020-2", "--format", "json")
    projects = json.loads(js)["projects"]
    assert any(p["criteria"] for p in projects)
    for row, p in zip(rows[1:], projects, strict=True):
        assert row == [p["code"], p["name"], p["department"], "; ".join(Criterion(c).label for c in p["criteria"]),
                       "예" if p["target"] else "아니오"]
        assert not any(c.value in row[3] for c in Criterion)  # labels, never codes


def test_screen_table_is_readable(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_path, "screen", "--round", "2020-2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["사업코드", "사업명", "담당부서", "해당", "기준", "대상"]
    assert "진단대상" in lines[-1]


def test_grade_then_status_json(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, demo_path, "status", "--round", "2020-2", "--format", "json")
    data = json.loads(out)
    assert list(data) == ["round", "projects", "departments"] and data["round"] == "2020-2"
    assert all(list(p) == ["code", "name", "department", "grade", "missing", "decision_pending", "card_plan_due"]
               for p in data["projects"])
    assert all(list(d) == ["department", "grade1", "grade2", "grade3", "ungraded", "missing_card", "missing_plan",
                           "missing_expert"] for d in data["departments"])
    three = next(p for p in data["projects"] if p["grade"] == 3)
    assert three["missing"] == []
    code, _, err = run(capsys, demo_path, "grade", three["code"], "--round", "2020-2", "--grade", "1")
    assert code == 1 and "사유" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, demo_path, "grade", three["code"], "--round", "2020-2", "--grade", "1",
                       "--reason", "집회 장기화")
    assert code == 0 and "1등급" in out
    _, out, _ = run(capsys, demo_path, "status", "--round", "2020-2", "--format", "json")
    now = next(p for p in json.loads(out)["projects"] if p["code"] == three["code"])
    assert now["grade"] == 1 and now["missing"] == ["card", "plan", "expert"]
    code, out, _ = run(capsys, demo_path, "status", "--round", "2020-2")
    assert code == 0 and three["code"] in out and "전문가" in out


def test_self_grade_with_kind(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_path, "grade", "2019-000001", "--round", "2020-2", "--grade", "2",
                       "--kind", "self")
    assert code == 0 and "자체진단" in out
    row = sqlite3.connect(demo_path).execute(
        "SELECT self_grade FROM diagnoses d JOIN projects p ON p.id = d.project_id "
        "JOIN rounds r ON r.id = d.round_id WHERE p.code = '2019-000001' AND r.code = '2020-2'").fetchone()
    assert row == (2,)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["screen", "--round", "2030-1"], "열리지 않았습니다"),
        (["screen", "--round", "2020-3"], "형식"),
        (["status", "--round", "1999-1", "--format", "json"], "열리지 않았습니다"),
        (["grade", "NOPE", "--round", "2020-2", "--grade", "2"], "사업코드"),
        (["grade", "2019-000002", "--round", "2030-1", "--grade", "2"], "열리지 않았습니다"),
        (["grade", "2019-000002", "--round", "2020-2", "--grade", "4"], "1, 2, 3"),
        (["grade", "2019-000002", "--round", "2020-2", "--grade", "x"], "1, 2, 3"),
        (["grade", "2019-000002", "--round", "2020-2", "--grade", "2", "--kind", "final"], "invalid choice"),
        (["round", "open", "2020-2"], "이미 열려"),
        (["target", "add", "NOPE", "--round", "2020-2", "--reason", "집단민원"], "사업코드"),
        (["target", "add", "2019-000002", "--round", "2030-1", "--reason", "집단민원"], "열리지 않았습니다"),
        (["target", "add", "2019-000002", "--round", "2020-2", "--reason", "교체", "--replaces", "NOPE"],
         "사업코드"),
        (["target", "add", "2019-000002", "--round", "2020-2", "--reason", "  "], "사유"),
        (["target", "add", "2019-000002", "--round", "2020-2"], "--reason"),
        (["grade", "2019-000002", "--round", "2020-2", "--grade", "2", "--kind", "self", "--date", "2020-13-01"],
         "YYYY-MM-DD"),
        (["grade", "2019-000001", "--round", "2020-2", "--grade", "2", "--kind", "self", "--date", "2999-01-01"],
         "오늘"),
        (["grade", "2019-000002", "--round", "2020-2", "--grade", "2"], "target add"),
    ],
)
def test_user_errors_exit_1_and_change_nothing(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                               args: list[str], needle: str) -> None:
    def snapshot() -> list[tuple[object, ...]]:
        conn = sqlite3.connect(demo_path)
        rows = conn.execute("SELECT * FROM diagnoses ORDER BY id").fetchall()
        rows += conn.execute("SELECT count(*) FROM audit_log").fetchall()
        conn.close()
        return rows

    before = snapshot()
    code, out, err = run(capsys, demo_path, *args)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and needle in err
    assert "Traceback" not in err
    assert snapshot() == before


def test_round_open_and_list(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_path, "round", "open", "2021-1")
    assert code == 0 and "2021-1" in out and "이월" in out
    code, out, _ = run(capsys, demo_path, "round", "list")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[2:]] == ["2021-1", "2020-2", "2020-1", "2019-2"]


def test_grade_with_a_date(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_path, "grade", "2019-000001", "--round", "2020-2", "--grade", "2",
                       "--kind", "recommended", "--date", "2020-07-20")
    assert code == 0 and "2020-07-20" in out
    conn = sqlite3.connect(demo_path)
    row = conn.execute(
        "SELECT recommended_grade, recommended_on FROM diagnoses d JOIN projects p ON p.id = d.project_id "
        "JOIN rounds r ON r.id = d.round_id WHERE p.code = '2019-000001' AND r.code = '2020-2'").fetchone()
    conn.close()
    assert row == (2, "2020-07-20")


def _target_flags(path: Path, *codes: str) -> dict[str, tuple[int, int, str | None]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT p.code, d.is_target, d.added_mid_round, (SELECT code FROM projects WHERE id = d.replaces_project_id) "
        "FROM diagnoses d JOIN projects p ON p.id = d.project_id JOIN rounds r ON r.id = d.round_id "
        f"WHERE r.code = '2020-2' AND p.code IN ({','.join('?' * len(codes))})", codes).fetchall()
    conn.close()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def test_target_add_and_swap(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_path, "screen", "--round", "2020-2", "--format", "json")
    projects = json.loads(out)["projects"]
    outside = [p["code"] for p in projects if not p["target"]]
    inside = [p["code"] for p in projects if p["target"]]
    code, out, err = run(capsys, demo_path, "target", "add", outside[0], "--round", "2020-2",
                         "--reason", "집단민원 접수로 추가 선정")
    assert code == 0 and outside[0] in out, err
    code, out, err = run(capsys, demo_path, "target", "add", outside[1], "--round", "2020-2",
                         "--reason", "사업 변경에 따른 교체", "--replaces", inside[0])
    assert code == 0 and inside[0] in out, err
    flags = _target_flags(demo_path, outside[0], outside[1], inside[0])
    assert flags[outside[0]][:2] == (1, 1)
    assert flags[outside[1]] == (1, 1, inside[0])
    assert flags[inside[0]][0] == 0
    code, _out, err = run(capsys, demo_path, "target", "add", outside[0], "--round", "2020-2", "--reason", "중복")
    assert code == 1 and "이미" in err and len(err.strip().splitlines()) == 1
