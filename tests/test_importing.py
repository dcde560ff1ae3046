"""Project import: round trip, encodings, every value form, all-or-nothing, dry run, updates, rounds."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from importing_helpers import csv_file, filled_template, plain_xlsx, row
from sqlalchemy import func, select

from conflictdesk.domain.errors import DomainError
from conflictdesk.services.importing import ImportCancelled, import_parsed, import_projects, read_project_file
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Department, Diagnosis, Project, Round


def _project(db: Database, code: str) -> Project:
    with db.read() as s:
        p = s.scalars(select(Project).where(Project.code == code)).one()
        s.expunge(p)
        return p


def _counts(db: Database) -> tuple[int, int, int, int, int]:
    with db.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)  # type: ignore[return-value]
                     for m in (Project, Department, Round, Diagnosis, AuditEntry))


def test_template_round_trip(db: Database, tmp_path: Path) -> None:
    path = filled_template(tmp_path / "f.xlsx", [
        row(code="P-1", budget=4000, eia="예", visible="○", note="비고"),
        row("도로 확장", "도로과", budget="1조 2,000억", midterm="", authority="과장"),
    ])
    result, changes = import_projects(db, path)
    assert (result.added, result.updated, result.problems, result.written) == (2, 0, (), True)
    assert changes.touches("project")
    assert result.new_departments == ("자원순환과", "도로과")
    p = _project(db, "P-1")
    assert (p.name, p.manager, p.contact, p.summary, p.note) == ("송도 소각장 건립", "김민준", "032-440-1234", "개요", "비고")
    assert p.budget_won == 4_000_000_000
    assert (p.midterm_plan, p.traffic_impact, p.environmental_impact, p.regulatory_ordinance,
            p.conflict_visible) == (True, False, True, False, True)
    assert p.decision_authority == "행정부시장"
    assert p.search_key == "송도 소각장 건립 p-1 자원순환과"
    new_code = next(e.code for e in result.plan if e.row == 3)
    assert new_code[:4].isdigit() and new_code[4] == "-" and len(new_code) == 11
    assert _project(db, new_code).budget_won == 1_200_000_000_000


def test_assigned_codes_continue_after_the_highest(db: Database, tmp_path: Path) -> None:
    path = plain_xlsx(tmp_path / "f.xlsx", [row(), row("둘째")])
    first, _ = import_projects(db, path)
    second, _ = import_projects(db, path)
    codes = [e.code for e in first.plan + second.plan]
    assert len(set(codes)) == 4 and codes == sorted(codes)


@pytest.mark.parametrize(("cell", "won"), [
    (4000, 4_000_000_000), (3999.9, 3_999_900_000), ("4,000", 4_000_000_000), ("1,234.5", 1_234_500_000),
    ("40억", 4_000_000_000), ("40억원", 4_000_000_000), ("4,000백만원", 4_000_000_000),
    ("4,000,000,000원", 4_000_000_000), ("1조 2,000억", 1_200_000_000_000), ("3억 5천만원", 350_000_000),
    ("", None), (None, None),
])
def test_every_budget_form(db: Database, tmp_path: Path, cell: object, won: int | None) -> None:
    import_projects(db, plain_xlsx(tmp_path / "f.xlsx", [row(code="B", budget=cell)]))
    assert _project(db, "B").budget_won == won


YES = ["Y", "y", "예", "O", "○", "해당", "true", "TRUE", "1", 1, True]
NO = ["N", "아니오", "X", "×", "비해당", "false", "0", 0, "", None, False]


@pytest.mark.parametrize(("cell", "expected"), [(v, True) for v in YES] + [(v, False) for v in NO])
def test_every_yes_no_form(db: Database, tmp_path: Path, cell: object, expected: bool) -> None:
    import_projects(db, plain_xlsx(tmp_path / "f.xlsx", [row(code="Y", tia=cell)]))
    assert _project(db, "Y").traffic_impact is expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_csv_encodings_are_detected_per_file(db: Database, tmp_path: Path, encoding: str) -> None:
    # "갈등" is valid CP949 when its UTF-8 bytes are misread: only per-file detection keeps it right.
    path = csv_file(tmp_path / "f.csv", [row("갈등 관리 센터 건립", "갈등관리과", code="C-1", budget="40억")], encoding)
    parsed = read_project_file(path)
    assert parsed.encoding == encoding and parsed.problems == []
    import_projects(db, path)
    p = _project(db, "C-1")
    assert p.name == "갈등 관리 센터 건립" and p.budget_won == 4_000_000_000


def test_text_is_nfc_normalised(db: Database, tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "  송도 소각장  ")
    import_projects(db, plain_xlsx(tmp_path / "f.xlsx", [row(nfd, unicodedata.normalize("NFD", "도로과"), code="N")]))
    p = _project(db, "N")
    assert p.name == "송도 소각장" and unicodedata.is_normalized("NFC", p.search_key)
    with db.read() as s:
        assert s.scalar(select(Department.name)) == "도로과"


def test_invalid_file_changes_nothing_and_lists_every_problem(demo_db: Database, tmp_path: Path) -> None:
    before_counts = _counts(demo_db)
    code = "2019-000001"
    before = _project(demo_db, code)
    path = filled_template(tmp_path / "bad.xlsx", [
        row("고친 이름", code=code),  # valid update: must not be written either
        row("", "도로과", budget="사십억"),  # row 3: two problems
        row("새 사업", "", tia="maybe"),  # row 4: two problems
        row("정상 추가"),
        row("x", "도로과", code=code),  # row 6: duplicate code
    ])
    result, changes = import_projects(demo_db, path, round_code="2021-1")
    assert not changes and not result.written
    got = {(p.row, p.column) for p in result.problems}
    assert got == {(3, "사업명"), (3, "총사업비(백만원)"), (4, "담당부서"), (4, "교통영향평가"), (6, "사업코드")}
    assert all(p.message for p in result.problems)
    assert _counts(demo_db) == before_counts
    after = _project(demo_db, code)
    assert (after.name, after.budget_won, after.version) == (before.name, before.budget_won, before.version)


def test_dry_run_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    before = _counts(demo_db)
    path = plain_xlsx(tmp_path / "f.xlsx", [row("고친 이름", code="2019-000001"), row("새 사업")])
    result, changes = import_projects(demo_db, path, round_code="2021-1", dry_run=True)
    assert (result.added, result.updated, result.dry_run, result.written) == (1, 1, True, False)
    assert result.round_opened and result.screened == 2 and result.targets == 2
    assert "사업명" in next(e for e in result.plan if e.action == "update").changed
    assert not changes and _counts(demo_db) == before


def test_reimport_by_code_updates_only_changed_fields(db: Database, tmp_path: Path) -> None:
    import_projects(db, plain_xlsx(tmp_path / "a.xlsx", [row(code="U-1"), row("그대로", code="U-2")]))
    version = _project(db, "U-1").version
    path = plain_xlsx(tmp_path / "b.xlsx", [row(code="U-1", budget="50억", note="변경"), row("그대로", code="U-2")])
    result, _ = import_projects(db, path)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 1)
    p = _project(db, "U-1")
    assert p.budget_won == 5_000_000_000 and p.note == "변경" and p.version == version + 1
    with db.read() as s:
        fields = set(s.scalars(select(AuditEntry.field).where(
            AuditEntry.action == "update", AuditEntry.entity == "Project")))
    assert fields == {"budget_won", "note"}


def test_round_is_opened_and_imported_projects_screened(db: Database, tmp_path: Path) -> None:
    path = plain_xlsx(tmp_path / "f.xlsx", [row(code="R-1", budget=4000, authority="과장", midterm="N"),
                                             row("작은 사업", code="R-2", budget=3999.9, authority="과장", midterm="N")])
    result, changes = import_projects(db, path, round_code="2020-2")
    assert result.round_opened and result.screened == 2 and result.targets == 1
    assert changes.touches("round", "diagnosis")
    with db.read() as s:
        crit = dict(s.execute(select(Project.code, Diagnosis.criteria).join(Diagnosis, Diagnosis.project_id == Project.id)).all())
    assert crit == {"R-1": "BUDGET", "R-2": ""}
    again, _ = import_projects(db, path, round_code="2020-2")
    assert not again.round_opened and again.unchanged == 2


def test_cancel_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = plain_xlsx(tmp_path / "f.xlsx", [row(code=f"K-{i}") for i in range(3)])
    before = _counts(db)

    def progress(pct: int, _msg: str) -> bool:
        return pct < 80

    with pytest.raises(ImportCancelled):
        import_projects(db, path, progress=progress)
    assert _counts(db) == before


def test_bad_round_code_is_refused_before_reading(db: Database, tmp_path: Path) -> None:
    with pytest.raises(DomainError):
        import_projects(db, tmp_path / "missing.xlsx", round_code="2020-3")


def test_rows_without_a_code_get_the_rounds_year(db: Database, tmp_path: Path) -> None:
    """#19: a 2020-2 import numbers new projects 2020-NNNNNN, whatever today's year; without a round, this year."""
    result, _ = import_projects(db, plain_xlsx(tmp_path / "f.xlsx", [row("새 사업 하나"), row("새 사업 둘")]),
                                round_code="2020-2")
    assert [e.code for e in result.plan] == ["2020-000001", "2020-000002"]
    plain, _ = import_parsed(db, read_project_file(plain_xlsx(tmp_path / "g.xlsx", [row("새 사업 셋")])),
                             today=date(2031, 5, 1))
    assert [e.code for e in plain.plan] == ["2031-000001"]
