"""사전 갈등검토목록 out and back in (docs/업무규칙.md §Pre-review checklist): round trip, refusals, CLI, documents."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from conflictdesk.cli import main
from conflictdesk.reports.handout_xlsx import write_workbooks
from conflictdesk.reports.pre_review_xlsx import write_checklists
from conflictdesk.services.diagnosis import load_diagnosis
from conflictdesk.services.handin import handin_file
from conflictdesk.services.handout import prepare_handouts
from conflictdesk.services.pre_review import checklist_file, prepare_checklists
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Diagnosis, PreReview, Project, Round

TODAY = date(2020, 10, 5)
ROUND = "2020-2"
SHEET = "검토목록"


def _target(db: Database) -> str:
    """A target of 2020-2 (graded by the officer already: the pre-review must leave that diagnosis alone)."""
    with db.read() as s:
        code = s.scalar(select(Project.code).join(Diagnosis, Diagnosis.project_id == Project.id)
                        .join(Round, Round.id == Diagnosis.round_id)
                        .where(Round.code == ROUND, Diagnosis.is_target.is_(True))
                        .order_by(Project.code).limit(1))
    assert code is not None
    return str(code)


def _make(db: Database, folder: Path, code: str, **kw: bool) -> list[Path]:
    books, _ = prepare_checklists(db, [code], today=TODAY)
    return write_checklists(books, folder, **kw)


def _row(ws: openpyxl.worksheet.worksheet.Worksheet, starts: str) -> int:
    for r in range(2, ws.max_row + 1):
        if str(ws.cell(r, 3).value or "").startswith(starts):
            return r
    raise AssertionError(starts)


def _fill(path: Path, answers: dict[str, str], notes: dict[str, str] | None = None) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    for question, answer in answers.items():
        ws.cell(_row(ws, question), 4).value = answer
    for question, note in (notes or {}).items():
        ws.cell(_row(ws, question), 5).value = note
    wb.save(path)


ANSWERS = {"환경영향평가": "예", "이 사업의 갈등은": "시 차원 결정 필요", "조직화된 반대": "높음", "집회·시위": "보통",
           "자체진단 등급": "2등급", "예상되는 갈등": "주민 반대 예상 <b>&", "작성자 (직·성명)": "주무관 김철수"}


def test_round_trip_stores_exactly_the_answers_and_the_form_shows_them(demo_db: Database, tmp_path: Path) -> None:
    code = _target(demo_db)
    before = load_diagnosis(demo_db, code, ROUND, TODAY)
    assert before.pre_review is None
    [xlsx] = _make(demo_db, tmp_path, code)
    wb = openpyxl.load_workbook(xlsx)
    assert wb[SHEET].protection.sheet and wb["_stamp"].sheet_state == "veryHidden" and wb.security.lockStructure
    assert wb["안내"]["B2"].value == code
    locked = wb[SHEET].cell(2, 3).protection.locked
    assert locked and not wb[SHEET].cell(2, 4).protection.locked  # the question is locked, the answer is not
    _fill(xlsx, ANSWERS, {"집회·시위": "작년 2회"})

    preview, changes = checklist_file(demo_db, xlsx, dry_run=True, today=TODAY)
    assert not changes and preview.kind == "checklist" and preview.project == code and preview.acceptable
    changed = {(c.entry.split(" (")[0].split(" —")[0], c.column, c.new) for c in preview.changes}
    assert len(preview.changes) == len(ANSWERS) + 1  # exactly the cells the department filled
    assert ("집회·시위", "비고", "작년 2회") in changed and ("자체진단 등급", "답", "2등급") in changed
    assert load_diagnosis(demo_db, code, ROUND, TODAY).pre_review is None  # a preview stores nothing

    result, changes = checklist_file(demo_db, xlsx, today=TODAY)
    assert result.written and changes.touches("diagnosis", "pre_review")
    form = load_diagnosis(demo_db, code, ROUND, TODAY)
    view = form.pre_review
    assert view is not None and view.accepted_on == TODAY
    answers = view.answers
    assert answers.owner_level == 1 and answers.self_grade == 2
    assert answers.scores == {"organised_opposition": 3, "protests": 2}
    assert answers.criteria.get("EIA") is True and answers.opinion == "주민 반대 예상 <b>&"  # text stays text
    assert answers.writer == "주무관 김철수" and answers.notes == {"risk:protests": "작년 2회"}
    assert view.suggestion.grade.value == 1  # 시 차원 결정 → 1등급
    # the officer's diagnosis is untouched: a suggestion, never a silent overwrite
    assert form.scores == before.scores and form.owner_level == before.owner_level and form.version == before.version
    with demo_db.read() as s:
        audits = s.scalars(select(AuditEntry).where(AuditEntry.entity == "PreReview")).all()
    assert any("사전 갈등검토목록 가져오기" in (a.reason or "") for a in audits)
    again, _ = checklist_file(demo_db, xlsx, today=TODAY)
    assert again.refused_code == "checklist_already_accepted"


def test_a_pre_review_accepted_after_the_round_is_not_shown_in_it(demo_db: Database, tmp_path: Path) -> None:
    code = _target(demo_db)
    [xlsx] = _make(demo_db, tmp_path, code)
    _fill(xlsx, {"이 사업의 갈등은": "소관부서 자체 해결"})
    assert checklist_file(demo_db, xlsx, today=date(2021, 1, 4))[0].written
    assert load_diagnosis(demo_db, code, ROUND, date(2021, 1, 4)).pre_review is None
    assert load_diagnosis(demo_db, code, "2020-1", date(2021, 1, 4)).pre_review is None


def test_refusals_are_named(demo_db: Database, tmp_path: Path) -> None:
    code = _target(demo_db)
    [xlsx] = _make(demo_db, tmp_path, code)

    def variant(name: str, edit: object) -> Path:
        wb = openpyxl.load_workbook(xlsx)
        edit(wb)  # type: ignore[operator]
        out = tmp_path / name
        wb.save(out)
        return out

    def refused(path: Path, project: str | None = None) -> str:
        result, changes = checklist_file(demo_db, path, today=TODAY, project=project)
        assert not result.written and not changes
        return result.refused_code

    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    assert refused(plain) == "handin_no_stamp"
    assert refused(variant("forged.xlsx", lambda wb: wb["_stamp"].cell(1, 1).__setattr__(
        "value", str(wb["_stamp"].cell(1, 1).value).replace(code, "X")))) == "handin_bad_signature"
    assert refused(variant("other.xlsx", lambda wb: wb["안내"]["B2"].__setattr__("value", "2020-999999"))) == \
        "checklist_other_project"
    assert refused(xlsx, project="2020-999999") == "checklist_not_expected"
    moved = variant("moved.xlsx", lambda wb: wb[SHEET].cell(2, 3).__setattr__("value", "다른 질문"))
    result, _ = checklist_file(demo_db, moved, today=TODAY)
    assert result.refused_code == "handin_protected_changed" and "'검토목록' 시트 2행 '항목'" in result.refused

    books, _ = prepare_handouts(demo_db, ROUND, today=TODAY)
    (tmp_path / "wb").mkdir()
    [workbook, *_rest] = write_workbooks(books[:1], tmp_path / "wb")
    assert refused(workbook) == "checklist_is_workbook"

    bad = variant("bad.xlsx", lambda wb: [wb[SHEET].cell(_row(wb[SHEET], "조직화된 반대"), 4).__setattr__(
        "value", "매우 높음"), wb[SHEET].cell(_row(wb[SHEET], "이 사업의 갈등은"), 4).__setattr__("value", "시 차원 결정 필요")])
    result, changes = checklist_file(demo_db, bad, today=TODAY)
    assert not result.written and result.problems and changes == changes.of("pre_review")
    [problem] = result.problems
    assert (problem.sheet, problem.row, problem.column) == (SHEET, _row(openpyxl.load_workbook(bad)[SHEET],
                                                                        "조직화된 반대"), "답")
    assert "매우 높음" in problem.message
    empty = variant("empty.xlsx", lambda wb: None)
    result, _ = checklist_file(demo_db, empty, today=TODAY)
    assert [p.column for p in result.problems] == ["답"] and "해결 주체" in result.problems[0].message
    assert load_diagnosis(demo_db, code, ROUND, TODAY).pre_review is None  # nothing stored by any of them


def test_handin_takes_a_checklist_by_its_stamp_kind(demo_db: Database, tmp_path: Path) -> None:
    code = _target(demo_db)
    [xlsx] = _make(demo_db, tmp_path, code)
    _fill(xlsx, {"이해관계자 수": "낮음"})
    result, _ = handin_file(demo_db, xlsx, today=TODAY)
    assert result.kind == "checklist" and result.written and result.to_json()["project"] == code


def test_cli_checklist_for_a_department_and_back(demo_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(f"sqlite:///{demo_path}", actor="tester")
    code = _target(db)
    with db.read() as s:
        department = s.scalar(select(Project).where(Project.code == code)).department.name  # type: ignore[union-attr]
        count = s.scalar(select(func.count(Project.id)).where(Project.department.has(name=department)))
        sent_before = s.scalar(select(func.count(PreReview.id)))  # the demo's own checklists
    db.close()
    out = tmp_path / "새" / "검토목록"
    assert main(["--db", str(demo_path), "checklist", "--department", department, "--out", str(out), "--pdf",
                 "--hwpx", "--format", "json"]) == 0
    made = json.loads(capsys.readouterr().out)["checklists"]
    assert len(made) == count and all(len(c["files"]) == 3 for c in made)
    assert len(list(out.glob("*.xlsx"))) == count and len(list(out.glob("*.pdf"))) == count
    mine = next(Path(f) for c in made if c["project"] == code for f in c["files"] if f.endswith(".xlsx"))
    _fill(mine, {"이 사업의 갈등은": "부서 간 협업 필요"})
    assert main(["--db", str(demo_path), "checklist-in", "--dry-run", str(mine)]) == 0
    assert "미리보기 (저장하지 않음)" in capsys.readouterr().out
    assert main(["--db", str(demo_path), "checklist-in", "--format", "json", str(mine)]) == 0
    [taken] = json.loads(capsys.readouterr().out)["files"]
    assert taken["kind"] == "checklist" and taken["written"] and taken["changes"][0]["new"] == "부서 간 협업 필요"
    assert main(["--db", str(demo_path), "checklist-in", str(mine)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("거부: 이 사전 갈등검토목록은") and "이미 가져왔습니다" in err  # the file named by the message
    assert main(["--db", str(demo_path), "checklist", "--project", "없는코드", "--out", str(out)]) == 1
    assert "'없는코드'" in capsys.readouterr().err
    with Database(f"sqlite:///{demo_path}", actor="t").read() as s:
        assert s.scalar(select(func.count(PreReview.id))) == sent_before + count


def test_the_printable_pdf_and_the_hwpx_read_back(demo_db: Database, tmp_path: Path) -> None:
    code = _target(demo_db)
    paths = _make(demo_db, tmp_path, code, pdf=True, hwpx=True)
    pdf = next(p for p in paths if p.suffix == ".pdf")
    hwpx = next(p for p in paths if p.suffix == ".hwpx")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    assert "사전 갈등검토목록" in text and code in text and "담당" in text and "과장" in text  # 결재란
    flat = " ".join(text.split())
    assert "조직화된 반대" in flat and re.search(r"\b1\s*/\s*2\b", flat) and "출력일 2020. 10. 5." in flat
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True).stdout
    assert "NanumGothic" in fonts and "Helvetica" not in fonts
    with zipfile.ZipFile(hwpx) as z:
        body = z.read("Contents/section0.xml").decode("utf-8")
    texts = "\n".join(re.findall(r"<hp:t>([^<]*)</hp:t>", body))
    assert "진단기준 해당 여부" in texts and "조직화된 반대(대책위원회 등)" in texts and code in texts


@pytest.mark.slow
def test_any_answers_a_department_picks_come_back_as_picked(demo_db: Database, tmp_path: Path) -> None:
    """Hypothesis: whatever the department picks from each list (or leaves blank) and writes as text is stored as
    exactly that answer — criteria, owner level, scores, self grade, opinion."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from conflictdesk.domain.grading import SCORE_LABELS
    from conflictdesk.domain.handout import GRADE_LABELS, OWNER_LABELS, cell_text
    from conflictdesk.domain.pre_review import YES_NO

    code = _target(demo_db)
    books, _ = prepare_checklists(demo_db, [code], today=TODAY)
    questions = books[0].questions
    picks = st.fixed_dictionaries({q.key: st.sampled_from(("", *q.choices)) if q.choices else
                                   st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)
                                   .filter(lambda t: not t.startswith("="))  # a formula is a problem, not text
                                   for q in questions})
    folder = iter(range(10_000))

    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(picks)
    def check(answers: dict[str, str]) -> None:
        answers[questions[[q.key for q in questions].index("owner")].key] = answers["owner"] or "소관부서 자체 해결"
        made, _ = prepare_checklists(demo_db, [code], today=TODAY)
        out = tmp_path / str(next(folder))
        out.mkdir()
        [xlsx] = write_checklists(made, out)
        wb = openpyxl.load_workbook(xlsx)
        for n, q in enumerate(made[0].questions, 2):
            wb[SHEET].cell(n, 4).value = answers[q.key] or None
        wb.save(xlsx)
        result, _ = checklist_file(demo_db, xlsx, today=TODAY)
        assert result.written, [p.text() for p in result.problems]
        with demo_db.read() as s:
            stored = s.scalar(select(PreReview.answers).where(PreReview.serial == made[0].serial))
        assert stored is not None
        criteria = {k.split(":", 1)[1]: {"예": True, "아니오": False, "모름": None}[v]
                    for k, v in answers.items() if k.startswith("criterion:") and v in YES_NO}
        by_score = {v: k for k, v in SCORE_LABELS.items()}
        assert stored["criteria"] == criteria
        assert stored["owner_level"] == next(k for k, v in OWNER_LABELS.items() if v == answers["owner"])
        assert stored["scores"] == {k.split(":", 1)[1]: by_score[v] for k, v in answers.items()
                                    if k.startswith("risk:") and v}
        assert stored["self_grade"] == (GRADE_LABELS.index(answers["self_grade"]) + 1 if answers["self_grade"] else None)
        assert stored["opinion"] == cell_text(answers["opinion"]).strip()

    check()


@pytest.mark.slow
def test_checklist_round_trip_on_both_engines(engine_url: str, tmp_path: Path) -> None:
    """The pre_reviews table (0008), its JSON answers and the latest-accepted query on SQLite and PostgreSQL."""
    from conflictdesk.services.demo import generate

    db = Database(engine_url, actor="tester")
    try:
        generate(db, projects=60, seed=3)
        code = _target(db)
        [xlsx] = _make(db, tmp_path, code)
        _fill(xlsx, {"이 사업의 갈등은": "부서 간 협업 필요", "언론 보도": "보통"})
        result, _ = checklist_file(db, xlsx, today=TODAY)
        assert result.written and [c.new for c in result.changes] == ["부서 간 협업 필요", "보통"]
        view = load_diagnosis(db, code, ROUND, TODAY).pre_review
        assert view is not None and view.answers.scores == {"media": 2} and view.answers.owner_level == 2
        assert checklist_file(db, xlsx, today=TODAY)[0].refused_code == "checklist_already_accepted"
    finally:
        db.close()


def test_checklists_and_department_workbooks_are_sealed_alike(demo_db: Database, tmp_path: Path) -> None:
    """Both files a department sends back end the same way (reports/handout_xlsx.seal_workbook): the signed stamp on
    a very hidden sheet, the drop-down lists last and hidden, the structure locked, the title and creator set."""
    code = _target(demo_db)
    [checklist] = _make(demo_db, tmp_path, code)
    books, _ = prepare_handouts(demo_db, ROUND, today=TODAY)
    (tmp_path / "wb").mkdir()
    [workbook, *_rest] = write_workbooks(books[:1], tmp_path / "wb")
    for path, title, opens_on in ((checklist, f"사전 갈등검토목록 {code}", SHEET),
                                  (workbook, f"부서 작성 파일 {ROUND} {books[0].department}", None)):
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames[-2:] == ["_stamp", "_목록"], path.name
        assert wb["_stamp"].sheet_state == "veryHidden" and wb["_stamp"]["B1"].value
        assert wb["_목록"].sheet_state != "visible"
        assert wb.security is not None and wb.security.lockStructure
        assert str(wb.properties.title).startswith(title) and wb.properties.creator == "ConflictDesk"
        if opens_on:
            assert wb.active is not None and wb.active.title == opens_on
