"""The hostile corpus through ``conflictdesk handin`` (docs/업무규칙.md §Department workbooks).

Every malformed file of the project import's corpus is refused by the same guards (services/import_files.py) in one
Korean line naming the file, and nothing is written; hostile text a department types is stored as text, literally.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from corpus import HOSTILE_TEXT, files
from sqlalchemy import func, select
from test_import_corpus import long_line_csv, million_columns_csv, wide_xlsx

from conflictdesk.cli import main
from conflictdesk.domain.handout import cell_text
from conflictdesk.reports.handout_xlsx import write_workbooks
from conflictdesk.services.cards import get_card
from conflictdesk.services.handin import handin_file
from conflictdesk.services.handout import handout_departments, prepare_handouts
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry

HANGUL = re.compile("[가-힣]")
TODAY = date(2020, 10, 5)


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile_handin")
    found = files(folder)
    found["wide16384.xlsx"] = wide_xlsx(folder / "wide16384.xlsx")
    found["million_columns.csv"] = million_columns_csv(folder / "million_columns.csv")
    found["long_line.csv"] = long_line_csv(folder / "long_line.csv")
    return found


NAMES = ["zip_bomb.xlsx", "entity_bomb.xlsx", "empty_sheet.xlsx", "formula.xlsx", "cp949.csv", "utf8_bom.csv",
         "wide.csv", "garbage.xlsx", "wide16384.xlsx", "million_columns.csv", "long_line.csv"]


def _audits(path: Path) -> int:
    db = Database(f"sqlite:///{path}", actor="tester")
    try:
        with db.read() as s:
            return s.scalar(select(func.count(AuditEntry.id))) or 0
    finally:
        db.close()


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_malformed_file_is_refused_in_one_korean_line(corpus_files: dict[str, Path], demo_path: Path, name: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    before = _audits(demo_path)
    code = main(["--db", str(demo_path), "handin", str(corpus_files[name])])
    err = capsys.readouterr().err
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("거부: ") and name in lines[0] and HANGUL.search(lines[0])
    assert "Traceback" not in err
    assert _audits(demo_path) == before


def test_hostile_text_from_a_department_is_stored_literally(demo_db: Database, tmp_path: Path) -> None:
    department = next(p.department for p in handout_departments(demo_db, "2020-2") if p.key_cases)
    books, _ = prepare_handouts(demo_db, "2020-2", department=department, today=TODAY)
    [path] = write_workbooks(books, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["조치실적"]
    code = wb["카드"].cell(2, 1).value
    first = next(r for r in range(2, ws.max_row + 2) if ws.cell(r, 2).value is None)
    texts = [t for t in HOSTILE_TEXT if cell_text(t).strip() and "\x00" not in t and len(t) < 32_000]
    written = []
    for n, text in enumerate(texts):
        try:
            cell = ws.cell(first + n, 4)
            cell.value = text
        except openpyxl.utils.exceptions.IllegalCharacterError:
            continue  # a spreadsheet cannot hold it: no department can send it
        cell.data_type = "s"
        ws.cell(first + n, 2).value = code
        ws.cell(first + n, 3).value = date(2020, 9, 1)
        written.append(text)
    wb.save(path)
    result, _ = handin_file(demo_db, path, today=TODAY)
    assert result.written, [p.text() for p in result.problems]
    stored = [a.text for a in get_card(demo_db, code).actions if a.acted_on == date(2020, 9, 1)]
    assert sorted(stored) == sorted(cell_text(t).strip() for t in written)
    assert len(written) > 20


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_malformed_file_is_refused_by_checklist_in_too(corpus_files: dict[str, Path], demo_path: Path, name: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = _audits(demo_path)
    code = main(["--db", str(demo_path), "checklist-in", str(corpus_files[name])])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 1 and len(lines) == 1 and lines[0].startswith("거부: ") and name in lines[0]
    assert "Traceback" not in err and _audits(demo_path) == before


def test_hostile_text_in_a_pre_review_checklist_is_stored_literally(demo_db: Database, tmp_path: Path) -> None:
    from conflictdesk.domain.pre_review import NOTE_LIMIT
    from conflictdesk.reports.pre_review_xlsx import write_checklists
    from conflictdesk.services.pre_review import checklist_file, prepare_checklists
    from conflictdesk.store.models import PreReview

    with demo_db.read() as s:
        from conflictdesk.store.models import Project

        code = s.scalar(select(Project.code).order_by(Project.code).limit(1))
    books, _ = prepare_checklists(demo_db, [str(code)], today=TODAY)
    [path] = write_checklists(books, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["검토목록"]
    texts = [t for t in HOSTILE_TEXT if cell_text(t).strip() and len(cell_text(t).strip()) <= NOTE_LIMIT]
    keys = [q.key for q in books[0].questions]
    written: dict[str, str] = {}
    for n, text in enumerate(texts[:len(keys)]):
        try:
            cell = ws.cell(n + 2, 5)
            cell.value = text
        except openpyxl.utils.exceptions.IllegalCharacterError:
            continue
        cell.data_type = "s"
        written[keys[n]] = cell_text(text).strip()
    ws.cell(keys.index("owner") + 2, 4).value = "소관부서 자체 해결"
    wb.save(path)
    result, _ = checklist_file(demo_db, path, today=TODAY)
    assert result.written, [p.text() for p in result.problems]
    with demo_db.read() as s:
        row = s.scalar(select(PreReview).where(PreReview.serial == books[0].serial))  # not the demo's own
        assert row is not None and row.answers is not None
        assert row.answers["notes"] == written and len(written) > 15
