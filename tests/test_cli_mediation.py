"""CLI `experts` and `council`: JSON shapes, masked contacts, one-line errors with exit 1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest

from conflictdesk.cli import main
from conflictdesk.services.councils import council_cases
from conflictdesk.store.engine import Database


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_experts_json_is_masked(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(demo_path), "experts", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["experts"] and len(data["experts"]) == 50
    first = data["experts"][0]
    assert list(first) == ["id", "name", "field", "affiliation", "region", "contact", "active"]
    assert all(re.fullmatch(r"010-\*\*\*\*-\d{4}", e["contact"]) for e in data["experts"])
    assert any(not e["active"] for e in data["experts"])


def test_experts_table(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(demo_path), "experts")
    assert code == 0 and "연락처" in out.splitlines()[0] and "****" in out


def test_council_json_shape(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(f"sqlite:///{demo_path}")
    [(case, _)] = council_cases(db)
    db.close()
    code, out, _ = _run(capsys, "--db", str(demo_path), "council", case, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["code", "formed", "chair", "members", "meetings", "result", "items"]
    assert data["code"] == case and data["formed"] == "2020-03-16"
    assert len(data["members"]) == 8 and set(data["members"][0]) == {"name", "role", "affiliation"}
    assert data["members"][0]["role"] == "chair" and data["chair"] == data["members"][0]["name"]
    assert data["meetings"][0] == {"date": "2020-04-06", "place": "시청 본관 회의실", "open": False}
    assert set(data["result"]) == {"kind", "date", "text", "legality_note"}
    assert data["result"]["kind"] == "agreement" and data["result"]["date"] == "2020-10-20"
    assert data["items"][0] == {"text": "주민지원기금 조성 조례 개정", "owner": "자원순환과", "due": "2021-03-31",
                                "status": "in_progress"}
    code, out, _ = _run(capsys, "--db", str(demo_path), "council", case)
    assert code == 0 and "위원: 8 / 15명" in out


@pytest.mark.parametrize(("case", "needle"), [("NOPE-1", "사업이 없습니다"), ("2019-000001", "협의회가 없습니다")])
def test_council_errors_exit_1(demo_path: Path, capsys: pytest.CaptureFixture[str], case: str, needle: str) -> None:
    db = Database(f"sqlite:///{demo_path}")
    assert case not in dict(council_cases(db))
    db.close()
    code, out, err = _run(capsys, "--db", str(demo_path), "council", case, "--format", "json")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err


def test_experts_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = str(tmp_path / "x.sqlite3")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["성명", "분야", "소속", "지역", "연락처", "비고"])
    sheet.append(["김조정", "환경", "인하대학교", "인천", "010-1111-2222", ""])
    book.save(tmp_path / "ok.xlsx")
    sheet.append(["", "교통", "", "", "", ""])
    book.save(tmp_path / "bad.xlsx")
    code, _, err = _run(capsys, "--db", db_path, "experts", "import", str(tmp_path / "bad.xlsx"))
    assert code == 1 and "3행 '성명'" in err
    code, out, _ = _run(capsys, "--db", db_path, "experts", "import", str(tmp_path / "ok.xlsx"))
    assert code == 0 and "추가 1명" in out
    code, out, _ = _run(capsys, "--db", db_path, "experts", "--format", "json")
    assert json.loads(out)["experts"][0]["contact"] == "010-****-2222"
