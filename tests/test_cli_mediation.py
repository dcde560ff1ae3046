"""CLI `experts` and `council`: JSON shapes, masked contacts, one-line errors with exit 1."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from conflictdesk.cli import main
from conflictdesk.domain.enums import ItemStatus, MemberRole, ResultKind
from conflictdesk.services import council_records, councils, experts
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Department, Project


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def mediation_db(tmp_path: Path) -> str:
    """A small explicit city: three experts (one inactive) and one case with a council, a meeting, a result, an item."""
    path = tmp_path / "mediation.sqlite3"
    db = Database(f"sqlite:///{path}", actor="tester")
    with db.write() as s:
        dept = Department(name="자원순환과")
        s.add(dept)
        s.flush()
        s.add(Project(code="C-1", name="소각장 현대화", department_id=dept.id))
    for name, contact in (("김조정", "010-1111-2222"), ("이중재", "010-3333-4444"), ("박협의", "010-5555-6666")):
        experts.add_expert(db, experts.ExpertInput(name, "환경", "인하대학교", "인천", contact))
    inactive = experts.list_experts(db)[-1]
    experts.set_expert_active(db, inactive.id, False, inactive.version)
    councils.form_council(db, "C-1", date(2020, 3, 16))
    councils.add_member(db, "C-1", councils.MemberInput("정중립", MemberRole.CHAIR, "한국갈등해결센터"))
    councils.add_member(db, "C-1", councils.MemberInput("주민대표", MemberRole.PARTY, "소각장 반대 대책위원회",
                                                          side="주민"))
    council_records.save_meeting(db, "C-1", council_records.MeetingInput(date(2020, 4, 6), "시청 본관 회의실"))
    view = councils.get_council(db, "C-1")
    council_records.save_result(db, "C-1", view.version, kind=ResultKind.AGREEMENT, result_on=date(2020, 10, 20),
                                text="합의", legality_note="")
    council_records.save_item(db, "C-1", council_records.ItemInput("주민지원기금 조성 조례 개정", "자원순환과",
                                                                   date(2021, 3, 31), ItemStatus.IN_PROGRESS))
    db.close()
    return str(path)


def test_experts_json_is_masked(mediation_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", mediation_db, "experts", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["experts"] and len(data["experts"]) == 3
    first = data["experts"][0]
    assert list(first) == ["id", "name", "field", "affiliation", "region", "contact", "active"]
    assert sorted(e["contact"] for e in data["experts"]) == ["010-****-2222", "010-****-4444", "010-****-6666"]
    assert [e["active"] for e in data["experts"]].count(False) == 1


def test_experts_json_on_the_demo_city_has_the_same_shape(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(demo_path), "experts", "--format", "json")
    assert code == 0
    rows = json.loads(out)["experts"]
    assert rows and all(re.fullmatch(r"010-\*\*\*\*-\d{4}", e["contact"]) for e in rows)


def test_experts_table(mediation_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", mediation_db, "experts")
    assert code == 0 and "연락처" in out.splitlines()[0] and "010-****-2222" in out and "010-1111-2222" not in out


def test_council_json_shape(mediation_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", mediation_db, "council", "C-1", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["code", "formed", "chair", "members", "meetings", "result", "items"]
    assert data["code"] == "C-1" and data["formed"] == "2020-03-16"
    assert len(data["members"]) == 2 and set(data["members"][0]) == {"name", "role", "affiliation"}
    assert data["members"][0]["role"] == "chair" and data["chair"] == data["members"][0]["name"]
    assert data["meetings"] == [{"date": "2020-04-06", "place": "시청 본관 회의실", "open": False}]
    assert set(data["result"]) == {"kind", "date", "text", "legality_note"}
    assert data["result"]["kind"] == "agreement" and data["result"]["date"] == "2020-10-20"
    assert data["items"] == [{"text": "주민지원기금 조성 조례 개정", "owner": "자원순환과", "due": "2021-03-31",
                              "status": "in_progress"}]
    code, out, _ = _run(capsys, "--db", mediation_db, "council", "C-1")
    assert code == 0 and "위원: 2 / 15명" in out


@pytest.mark.parametrize(("case", "needle"), [("NOPE-1", "사업이 없습니다"), ("C-2", "협의회가 없습니다")])
def test_council_errors_exit_1(mediation_db: str, capsys: pytest.CaptureFixture[str], case: str, needle: str) -> None:
    if case == "C-2":
        db = Database(f"sqlite:///{mediation_db}", actor="tester")
        with db.write() as s:
            s.add(Project(code="C-2", name="다른 사업", department_id=s.scalars(select(Department.id)).one()))
        db.close()
    code, out, err = _run(capsys, "--db", mediation_db, "council", case, "--format", "json")
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
