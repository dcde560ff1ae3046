"""Department workbooks out and back in (docs/업무규칙.md §부서 작성 파일): round trip, conflicts, refusals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from conflictdesk.cli import main
from conflictdesk.reports.handout_xlsx import write_workbooks
from conflictdesk.services.cards import get_card
from conflictdesk.services.changes import Changes
from conflictdesk.services.diagnosis import load_diagnosis
from conflictdesk.services.handin import handin_file
from conflictdesk.services.handout import handout_departments, prepare_handouts
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Card

TODAY = date(2020, 10, 5)
ROUND = "2020-2"


def _department_with_card(db: Database) -> str:
    plans = [p for p in handout_departments(db, ROUND) if p.key_cases]
    assert plans, "the demo city has key cases"
    return plans[0].department


def _hand_out(db: Database, folder: Path, department: str | None = None, round_code: str = ROUND) -> list[Path]:
    books, _ = prepare_handouts(db, round_code, department=department, today=TODAY)
    return write_workbooks(books, folder)


def _audit_count(db: Database) -> int:
    """Audit lines of everything but the hand-out bookkeeping (a returned file is recorded even when refused)."""
    with db.read() as s:
        return s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity != "Handout")) or 0


def _col(ws: openpyxl.worksheet.worksheet.Worksheet, header: str) -> int:
    for cell in ws[1]:
        if cell.value == header:
            return int(cell.column)
    raise AssertionError(header)


def test_every_department_with_targets_gets_a_protected_workbook(demo_db: Database, tmp_path: Path) -> None:
    paths = _hand_out(demo_db, tmp_path)
    assert len(paths) == len(handout_departments(demo_db, ROUND)) > 10
    wb = openpyxl.load_workbook(paths[0])
    assert wb.sheetnames[:6] == ["안내", "진단", "카드", "대응계획", "이해관계자", "조치실적"]
    assert wb["_stamp"].sheet_state == "veryHidden"
    assert wb.security.lockStructure
    diag = wb["진단"]
    assert diag.protection.sheet
    assert [c.value for c in diag[1]][:3] == ["사업코드", "사업명", "해결 주체"]
    assert diag.cell(2, 1).protection.locked and not diag.cell(2, 3).protection.locked
    assert len([c for c in diag[1] if c.value]) == 2 + 1 + 12 + 2  # the 12 weighted items between
    assert any(dv.type == "list" for dv in diag.data_validations.dataValidation)
    assert wb["안내"]["B2"].value == ROUND
    guide = [c.value for c in wb["안내"]["A"]]
    assert "진단표 항목과 가중치" in guide and "집회·시위" in guide  # the weights a department scores against


def test_round_trip_changes_exactly_the_edited_fields(demo_db: Database, tmp_path: Path) -> None:
    department = _department_with_card(demo_db)
    [path] = _hand_out(demo_db, tmp_path, department)
    wb = openpyxl.load_workbook(path)
    diag, card_ws, actions = wb["진단"], wb["카드"], wb["조치실적"]
    code = diag.cell(2, 1).value
    diag.cell(2, _col(diag, "자체진단 등급")).value = "1등급"
    diag.cell(2, _col(diag, "집회·시위")).value = "높음"
    card_code = card_ws.cell(2, 1).value
    outlook = card_ws.cell(2, _col(card_ws, "향후 전망"))
    outlook.value = "=부서가 쓴 전망 <b>굵게</b>"
    outlook.data_type = "s"  # typed as text (with a leading apostrophe in Excel)
    new_row = actions.max_row + 1
    for r in range(2, actions.max_row + 2):
        if actions.cell(r, 2).value is None:
            new_row = r
            break
    actions.cell(new_row, 2).value = card_code
    actions.cell(new_row, 3).value = date(2020, 9, 30)
    actions.cell(new_row, 4).value = "주민설명회 개최"
    wb.save(path)

    before_card = get_card(demo_db, card_code)
    preview, changes = handin_file(demo_db, path, dry_run=True, today=TODAY)
    assert not changes and not preview.written and preview.acceptable
    assert {(c.code, c.column, c.new) for c in preview.changes} == {
        (code, "자체진단 등급", "1등급"), (code, "집회·시위", "높음"), (card_code, "향후 전망", "=부서가 쓴 전망 <b>굵게</b>")}
    assert [(a.code, dict(a.values)["내용"]) for a in preview.added] == [(card_code, "주민설명회 개최")]

    result, changes = handin_file(demo_db, path, today=TODAY)
    assert result.written and changes
    form = load_diagnosis(demo_db, code, ROUND, TODAY)
    assert form.grades[next(iter(form.grades))].grade is not None
    assert form.scores["protests"] == 3
    card = get_card(demo_db, card_code)
    assert card.outlook == "=부서가 쓴 전망 <b>굵게</b>"  # stored as text, literally
    assert card.social_impact == before_card.social_impact and card.issues == before_card.issues
    assert [a.text for a in card.actions if a.acted_on == date(2020, 9, 30)][-1] == "주민설명회 개최"
    with demo_db.read() as s:
        reasons = set(s.scalars(select(AuditEntry.reason).order_by(AuditEntry.id.desc()).limit(20)))
    assert f"부서 작성 파일 가져오기: {department} ({path.name})" in reasons

    again, _ = handin_file(demo_db, path, today=TODAY)  # the same file twice: its rows are not added twice
    assert again.refused_code == "handin_already_accepted" and not again.written


def test_a_concurrent_edit_is_a_conflict_not_an_overwrite(demo_db: Database, tmp_path: Path) -> None:
    department = _department_with_card(demo_db)
    [path] = _hand_out(demo_db, tmp_path, department)
    wb = openpyxl.load_workbook(path)
    ws = wb["카드"]
    code = ws.cell(2, 1).value
    ws.cell(2, _col(ws, "향후 전망")).value = "부서의 전망"
    wb.save(path)
    with demo_db.write(reason="담당관 수정") as s:  # the officer edits the card meanwhile
        card = s.scalar(select(Card).join(Card.project).where(Card.project.has(code=code)))
        assert card is not None
        card.outlook = "담당관의 전망"

    result, changes = handin_file(demo_db, path, today=TODAY)
    assert not result.written and not changes.touches("card")
    [conflict] = result.conflicts
    assert conflict.code == code and conflict.fields[0][2:] == ("부서의 전망", "담당관의 전망")
    assert get_card(demo_db, code).outlook == "담당관의 전망"

    kept, _ = handin_file(demo_db, path, today=TODAY, on_conflict="keep", dry_run=True)
    assert kept.acceptable and [c.choice for c in kept.conflicts] == ["keep"]
    taken, _ = handin_file(demo_db, path, today=TODAY, choices={f"card:{code}": "department"})
    assert taken.written and get_card(demo_db, code).outlook == "부서의 전망"


def _swap_stamp(target: Path, source: Path) -> None:
    src = openpyxl.load_workbook(source)["_stamp"]
    wb = openpyxl.load_workbook(target)
    ws = wb["_stamp"]
    for row in ws.iter_rows():
        for cell in row:
            cell.value = None
    for row in src.iter_rows():
        for cell in row:
            ws.cell(cell.row, cell.column).value = cell.value
    wb.save(target)


def test_a_stamp_from_another_department_or_round_is_refused(demo_db: Database, tmp_path: Path) -> None:
    first, second = _hand_out(demo_db, tmp_path)[:2]
    _swap_stamp(first, second)
    result, _ = handin_file(demo_db, first, today=TODAY)
    assert result.refused_code == "handin_other_department" and "다른 부서의 서명" in result.refused

    other = tmp_path / "other"
    other.mkdir()
    [path] = _hand_out(demo_db, other, handout_departments(demo_db, ROUND)[0].department)
    result, _ = handin_file(demo_db, path, round_code="2020-1", today=TODAY)
    assert result.refused_code == "handin_other_round" and "다른 차수" in result.refused


def test_a_moved_column_and_a_changed_protected_cell_are_refused_by_name(demo_db: Database, tmp_path: Path) -> None:
    [path] = _hand_out(demo_db, tmp_path, _department_with_card(demo_db))
    moved = tmp_path / "moved.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["카드"]
    ws.protection.sheet = False
    a, b = _col(ws, "향후 전망"), _col(ws, "사회적 영향")
    for r in range(1, ws.max_row + 1):
        ws.cell(r, a).value, ws.cell(r, b).value = ws.cell(r, b).value, ws.cell(r, a).value
    wb.save(moved)
    result, _ = handin_file(demo_db, moved, today=TODAY)
    assert result.refused_code == "handin_column_moved" and "'향후 전망'" in result.refused

    protected = tmp_path / "protected.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["진단"].cell(2, 2).value = "다른 사업명"
    wb.save(protected)
    result, _ = handin_file(demo_db, protected, today=TODAY)
    assert result.refused_code == "handin_protected_changed"
    assert "'진단' 시트 2행 '사업명'" in result.refused

    forged = tmp_path / "forged.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["_stamp"]["B1"].value = "0" * 64
    wb.save(forged)
    assert handin_file(demo_db, forged, today=TODAY)[0].refused_code == "handin_bad_signature"


def test_bad_values_are_problems_by_sheet_row_and_column_and_nothing_is_written(demo_db: Database,
                                                                               tmp_path: Path) -> None:
    [path] = _hand_out(demo_db, tmp_path, _department_with_card(demo_db))
    wb = openpyxl.load_workbook(path)
    diag = wb["진단"]
    diag.cell(2, _col(diag, "자체진단 등급")).value = "4등급"
    diag.cell(2, _col(diag, "해결 주체")).value = "소관부서 자체 해결"
    acts = wb["조치실적"]
    row = next(r for r in range(2, acts.max_row + 2) if acts.cell(r, 2).value is None)
    acts.cell(row, 2).value = "9999-999999"
    acts.cell(row, 4).value = "내용"
    wb["카드"].cell(2, _col(wb["카드"], "사회적 영향")).value = "=1+1"  # a formula without a cached value
    wb.save(path)
    audits = _audit_count(demo_db)
    result, changes = handin_file(demo_db, path, today=TODAY)
    assert not result.written and changes == Changes.of("handout") and _audit_count(demo_db) == audits
    where = {(p.sheet, p.row, p.column) for p in result.problems}
    assert ("진단", 2, "자체진단 등급") in where and ("조치실적", row, "사업코드") in where
    assert ("카드", 2, "사회적 영향") in where


def test_cli_handout_and_handin(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", str(demo_path), "handout", "--round", ROUND, "--out", str(out), "--due", "2030-01-10",
                 "--hwpx"]) == 0
    files = sorted(out.glob("*.xlsx"))
    assert files and "부서 작성 파일" in capsys.readouterr().out
    forms = sorted(out.glob("갈등관리카드_*.hwpx"))
    assert forms and all(f.stat().st_size > 1000 for f in forms)  # the key cases' cards as 한/글 files, out only
    assert main(["--db", str(demo_path), "handin", "--dry-run", *map(str, files[:3])]) == 0
    assert capsys.readouterr().out.count("미리보기 (저장하지 않음)") == 3
    assert main(["--db", str(demo_path), "handin", "--format", "json", str(files[0])]) == 0
    taken = json.loads(capsys.readouterr().out)["files"][0]
    assert taken["written"] is True and taken["changes"] == []  # nothing edited: accepted, nothing changed
    assert main(["--db", str(demo_path), "handouts", "--round", ROUND, "--format", "json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["sent"] == len(files) and status["accepted"] == 1 and status["return_rate"] == 100 // len(files)
    assert main(["--db", str(demo_path), "handouts", "--round", ROUND]) == 0
    assert "회신율" in capsys.readouterr().out
    assert main(["--db", str(demo_path), "handout", "--round", ROUND, "--out", str(out), "--department", "없는과"]) == 1
    assert "'없는과' 부서가 없습니다" in capsys.readouterr().err


def test_a_blanked_stage_is_a_problem_and_a_rule_of_the_card_undoes_the_file(demo_db: Database, tmp_path: Path) -> None:
    [path] = _hand_out(demo_db, tmp_path, _department_with_card(demo_db))
    wb = openpyxl.load_workbook(path)
    ws = wb["카드"]
    stage = _col(ws, "갈등단계")
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, stage).value)
    code = ws.cell(row, 1).value
    ws.cell(row, stage).value = None
    blanked = tmp_path / "blanked.xlsx"
    wb.save(blanked)
    result, _ = handin_file(demo_db, blanked, today=TODAY)
    assert [(p.sheet, p.row, p.column) for p in result.problems] == [("카드", row, "갈등단계")]

    before = get_card(demo_db, code)
    other = next(label for label in ("잠재", "표출", "교착") if label != ws.cell(row, stage).value)
    ws.cell(row, stage).value = other
    ws.cell(row, _col(ws, "향후 전망")).value = "바뀐 전망"
    wb.save(path)
    day = min((t.changed_on for t in before.transitions), default=TODAY) if before.transitions else TODAY
    result, _ = handin_file(demo_db, path, today=day.replace(year=day.year - 1))  # before the card's last change
    assert not result.written and result.problems and "변경일" in result.problems[0].text()
    assert get_card(demo_db, code).outlook == before.outlook  # the whole file was undone


@pytest.mark.slow
def test_round_trip_on_both_engines(engine_url: str, tmp_path: Path) -> None:
    """The hand-out table (0005), the stamp key and the per-file transaction on SQLite and PostgreSQL alike."""
    from conflictdesk.services.demo import generate

    db = Database(engine_url, actor="tester")
    try:
        generate(db, projects=80, seed=3)
        department = next((p.department for p in handout_departments(db, ROUND) if p.key_cases),
                          handout_departments(db, ROUND)[0].department)
        [path] = _hand_out(db, tmp_path, department)
        wb = openpyxl.load_workbook(path)
        ws = wb["진단"]
        code = ws.cell(2, 1).value
        ws.cell(2, _col(ws, "언론 보도")).value = "보통"
        wb.save(path)
        result, _ = handin_file(db, path, today=TODAY)
        assert result.written and [(c.code, c.column, c.new) for c in result.changes] == [(code, "언론 보도", "보통")]
        assert load_diagnosis(db, code, ROUND, TODAY).scores["media"] == 2
        assert handin_file(db, path, today=TODAY)[0].refused_code == "handin_already_accepted"
    finally:
        db.close()


def _first_blank_row(ws: openpyxl.worksheet.worksheet.Worksheet) -> int:
    return next(r for r in range(2, ws.max_row + 2) if ws.cell(r, 2).value is None)


def test_departments_report_signals_and_a_bad_count_is_named(demo_db: Database, tmp_path: Path) -> None:
    from conflictdesk.store.models import Project, Signal

    department = _department_with_card(demo_db)
    [path] = _hand_out(demo_db, tmp_path, department)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:7] == ["안내", "진단", "카드", "대응계획", "이해관계자", "조치실적", "신호"]
    ws = wb["신호"]
    assert [c.value for c in ws[1]] == ["번호", "사업코드", "일자", "종류", "건수", "비고"]
    assert any(dv.type == "whole" for dv in ws.data_validations.dataValidation)
    code = wb["카드"].cell(2, 1).value
    with demo_db.read() as s:
        before = s.scalar(select(func.count(Signal.id)).join(Card).join(Project).where(Project.code == code)) or 0
    row = _first_blank_row(ws)
    ws.cell(row, 2).value = code
    ws.cell(row, 3).value = date(2020, 9, 28)
    ws.cell(row, 4).value = "집회·시위"
    ws.cell(row, 5).value = "많음"
    wb.save(path)

    refused, _ = handin_file(demo_db, path, dry_run=True, today=TODAY)
    assert not refused.acceptable
    assert ("신호", row, "건수") in {(p.sheet, p.row, p.column) for p in refused.problems}

    wb = openpyxl.load_workbook(path)
    wb["신호"].cell(row, 5).value = 4
    wb["신호"].cell(row, 6).value = "구청 앞 집회"
    wb.save(path)
    result, _ = handin_file(demo_db, path, today=TODAY)
    assert result.written
    with demo_db.read() as s:
        signals = list(s.scalars(select(Signal).join(Card).join(Project).where(Project.code == code)))
    assert len(signals) == before + 1
    [new] = [g for g in signals if g.note == "구청 앞 집회"]
    assert (new.kind, new.count, new.observed_on) == ("protest", 4, date(2020, 9, 28))


def test_handout_creates_a_missing_out_folder_and_refuses_a_file_by_name(demo_path: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "새 폴더" / "2020-2"
    assert main(["--db", str(demo_path), "handout", "--round", ROUND, "--out", str(out)]) == 0
    assert out.is_dir() and sorted(out.glob("*.xlsx"))
    capsys.readouterr()
    a_file = tmp_path / "파일.txt"
    a_file.write_text("x", encoding="utf-8")
    assert main(["--db", str(demo_path), "handout", "--round", ROUND, "--out", str(a_file)]) == 1
    assert f"폴더 대신 파일이 지정되었습니다: {a_file}" in capsys.readouterr().err
    blocked = a_file / "아래"  # a folder under a file cannot be created
    assert main(["--db", str(demo_path), "handout", "--round", ROUND, "--out", str(blocked)]) == 1
    assert f"저장할 폴더를 만들 수 없습니다: {blocked}" in capsys.readouterr().err


def test_a_refused_handin_names_the_file_once(demo_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "그냥파일.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "사업코드"
    wb.save(plain)
    assert main(["--db", str(demo_path), "handin", str(plain)]) == 1
    err = capsys.readouterr().err
    assert err.count("그냥파일.xlsx") == 1 and err.startswith("거부: ") and "서명이 없음" in err


def test_a_workbook_not_taken_in_is_a_reminder_until_it_is_accepted(demo_db: Database, tmp_path: Path) -> None:
    from conflictdesk.services.reminder_dtos import HANDOUT
    from conflictdesk.services.reminders import due_soon

    department = _department_with_card(demo_db)
    books, _ = prepare_handouts(demo_db, ROUND, department=department, due=date(2020, 10, 19), today=TODAY)
    [path] = write_workbooks(books, tmp_path)

    def reminded(as_of: date) -> list[tuple[str, bool]]:
        return [(i.entry.department, i.overdue) for i in due_soon(demo_db, as_of, days=14).items
                if i.entry.kind == HANDOUT]

    assert reminded(date(2020, 10, 1)) == []  # more than 14 days ahead
    assert reminded(TODAY) == [(department, False)]
    late = due_soon(demo_db, date(2020, 10, 20), days=14)
    assert [(i.entry.department, i.overdue) for i in late.items if i.entry.kind == HANDOUT] == [(department, True)]
    assert 0 not in late.overdue_project_ids  # a department's workbook is no project for the "지연 사업만" filter
    assert handin_file(demo_db, path, today=date(2020, 10, 20))[0].written
    assert reminded(date(2020, 10, 20)) == []
