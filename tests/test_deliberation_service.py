"""The 공론화 agenda register end to end: items from four sources, petition import (all or nothing), CLI JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from conflictdesk.cli import main
from conflictdesk.domain.deliberation import Decision, ItemSource, PetitionStatus, Thresholds
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.services import deliberation
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.store import models
from conflictdesk.store.engine import Database

TODAY = date(2021, 1, 1)
HEADER = "청원명,청원 시작일,공감 수,기준일\n"


def _csv(tmp_path: Path, body: str, name: str = "p.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def _item(db: Database, item_id: int):  # type: ignore[no-untyped-def]
    return next(i for i in deliberation.agenda(db, TODAY) if i.id == item_id)


def _by_title(db: Database) -> dict[str, object]:
    return {i.title: i for i in deliberation.agenda(db, TODAY)}


def test_import_judges_each_petition_by_its_window(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path, "A 청원,2020-03-02,\"6,000\",2020-03-31\n"   # day 30: qualifies
                          "B 청원,2020-03-02,5999,2020-03-31\n"       # one short: 설명 대상
                          "C 청원,2020-03-02,6000,2020-04-01\n"       # day 31: too late
                          "D 청원,2020-03-02,2999,2020-03-20\n")
    result, changes = deliberation.import_petitions(db, path)
    assert result.added == ("A 청원", "B 청원", "C 청원", "D 청원") and result.counts == 4
    assert changes.touches("deliberation")
    items = _by_title(db)
    assert [(items[t].status, items[t].qualifies) for t in ("A 청원", "B 청원", "C 청원", "D 청원")] == [  # type: ignore[attr-defined]
        (PetitionStatus.QUALIFIES, True), (PetitionStatus.EXPLAIN, False), (PetitionStatus.BELOW, False),
        (PetitionStatus.BELOW, False)]
    assert items["B 청원"].explain_due == date(2020, 4, 30)  # type: ignore[attr-defined]


def test_reimport_updates_a_title_and_keeps_its_other_counts(db: Database, tmp_path: Path) -> None:
    deliberation.import_petitions(db, _csv(tmp_path, "A 청원,2020-03-02,3100,2020-03-10\n"))
    result, _ = deliberation.import_petitions(db, _csv(tmp_path, "A 청원,2020-03-02,6100,2020-03-25\n"
                                                                 "새 청원,2020-05-01,10,2020-05-02\n", "q.csv"))
    assert result.added == ("새 청원",) and result.updated == ("A 청원",)
    item = _by_title(db)["A 청원"]
    assert [(c.as_of, c.count) for c in item.counts] == [  # type: ignore[attr-defined]
        (date(2020, 3, 10), 3100), (date(2020, 3, 25), 6100)]
    assert item.qualifies  # type: ignore[attr-defined]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.DeliberationItem)) == 2


def test_a_file_with_a_problem_stores_nothing(db: Database, tmp_path: Path) -> None:
    deliberation.import_petitions(db, _csv(tmp_path, "A 청원,2020-03-02,3100,2020-03-10\n"))
    bad = _csv(tmp_path, "A 청원,2020-03-02,9000,2020-03-20\nB 청원,2020-03-02,-5,2020-03-04\n", "bad.csv")
    with pytest.raises(deliberation.PetitionImportProblems) as caught:
        deliberation.import_petitions(db, bad)
    assert [(p.row, str(p.column)) for p in caught.value.problems] == [(3, "공감 수")]
    assert "bad.csv" in caught.value.message and "행 3, 공감 수" in caught.value.message
    item = _by_title(db)["A 청원"]
    assert [c.count for c in item.counts] == [3100] and len(_by_title(db)) == 1  # type: ignore[attr-defined]


def test_xlsx_date_cells_import(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["청원명", "청원 시작일", "공감 수", "기준일", "비고"])
    ws.append(["엑셀 청원", date(2020, 6, 1), 6500, date(2020, 6, 30), "메모"])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    deliberation.import_petitions(db, path)
    item = _by_title(db)["엑셀 청원"]
    assert item.opened == date(2020, 6, 1) and item.qualifies  # type: ignore[attr-defined]


def test_items_keep_the_thresholds_of_their_time(db: Database, tmp_path: Path) -> None:
    deliberation.import_petitions(db, _csv(tmp_path, "옛 청원,2020-03-02,5000,2020-03-20\n"))
    deliberation.save_thresholds(db, Thresholds(support=4_000, window_days=30, explain=2_000, explain_days=30))
    assert deliberation.current_thresholds(db).support == 4_000
    deliberation.import_petitions(db, _csv(tmp_path, "새 청원,2020-03-02,5000,2020-03-20\n", "n.csv"))
    items = _by_title(db)
    assert items["옛 청원"].status is PetitionStatus.EXPLAIN  # type: ignore[attr-defined]
    assert items["새 청원"].status is PetitionStatus.QUALIFIES  # type: ignore[attr-defined]


def test_other_sources_decision_and_explanation(db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue):
        deliberation.add_item(db, ItemInput("회부 안건", ItemSource.CASE, date(2020, 1, 2)))
    with pytest.raises(NotFound):
        deliberation.add_item(db, ItemInput("회부 안건", ItemSource.CASE, date(2020, 1, 2), project_code="NOPE"))
    item_id, _ = deliberation.add_item(db, ItemInput("의회 청원", ItemSource.COUNCIL, date(2020, 2, 3), "제1호"))
    with pytest.raises(InvalidValue):
        deliberation.record_decision(db, item_id, Decision.GO, date(2020, 3, 1), " ")
    deliberation.record_decision(db, item_id, Decision.GO, date(2020, 3, 1), "시민 의견이 갈림")
    item = _item(db, item_id)
    assert item.qualifies and item.decision is Decision.GO and item.reference == "제1호"
    deliberation.import_petitions(db, _csv(tmp_path, "설명 청원,2020-03-02,3500,2020-03-20\n"
                                                     "충족 청원,2020-03-02,6500,2020-03-20\n"))
    items = _by_title(db)
    owed, met = items["설명 청원"], items["충족 청원"]
    assert owed.explain_owed  # type: ignore[attr-defined]
    deliberation.record_explanation(db, owed.id, date(2020, 4, 20), "회신함", TODAY)  # type: ignore[attr-defined]
    assert not _by_title(db)["설명 청원"].explain_owed  # type: ignore[attr-defined]
    with pytest.raises(DomainError) as caught:
        deliberation.record_explanation(db, met.id, date(2020, 4, 20), "회신", TODAY)  # type: ignore[attr-defined]
    assert caught.value.code == "deliberation_explain_not_owed"


def test_cli_list_json_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = str(tmp_path / "d.sqlite3")
    path = _csv(tmp_path, "A 청원,2020-03-02,6000,2020-03-31\nB 청원,2020-03-02,3500,2020-03-31\n")
    assert main(["--db", db_path, "deliberation", "import-petitions", str(path)]) == 0
    assert "추가 2건" in capsys.readouterr().out
    assert main(["--db", db_path, "deliberation", "list", "--year", "2020", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"items": [
        {"id": 2, "title": "B 청원", "source": "petition", "support": 3500, "opened": "2020-03-02",
         "qualifies": False, "explain_due": "2020-04-30", "decision": None, "process": None},
        {"id": 1, "title": "A 청원", "source": "petition", "support": 6000, "opened": "2020-03-02",
         "qualifies": True, "explain_due": None, "decision": None, "process": None},
    ]}
    assert main(["--db", db_path, "deliberation", "list", "--year", "2019", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"items": []}
    assert main(["--db", db_path, "deliberation", "list"]) == 0
    assert "시민 설명 대상" in capsys.readouterr().out


def test_cli_refused_import_names_the_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = str(tmp_path / "d.sqlite3")
    path = _csv(tmp_path, "A 청원,2020-03-02,많이,2020-03-31\n")
    assert main(["--db", db_path, "deliberation", "import-petitions", str(path)]) == 1
    err = capsys.readouterr().err
    assert "아무것도 가져오지 않았습니다" in err and "행 2, 공감 수" in err
    assert main(["--db", db_path, "deliberation", "import-petitions", str(tmp_path / "none.csv")]) == 1


def test_the_old_candidates_become_agenda_items_on_upgrade(tmp_path: Path) -> None:
    """Migration 0006 keeps every deliberation candidate of an older file as an item (with the default thresholds)."""
    import shutil
    import sqlite3

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parent / "data" / "schema_0005.sqlite3", path)
    before = sqlite3.connect(path).execute("SELECT id, title, project_id FROM deliberation_candidates").fetchall()
    assert before
    db = Database(f"sqlite:///{path}")
    try:
        items = {i.id: i for i in deliberation.agenda(db, TODAY)}
        assert {(k, v.title) for k, v in items.items()} == {(r[0], r[1]) for r in before}
        for _id, _title, project_id in before:
            item = items[_id]
            assert item.source is (ItemSource.CASE if project_id else ItemSource.MAYOR)
            assert item.thresholds == Thresholds() and item.qualifies
    finally:
        db.close()
