"""The citizens' panel draw (시민참여단 추출) with hand-checkable quotas: every quota met, probabilities add up to the
panel size, same seed → same panel, impossible quotas refused by category, applicants masked, CLI JSON and --save."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conflictdesk.cli import main
from conflictdesk.domain.deliberation import ItemSource
from conflictdesk.domain.errors import DomainError
from conflictdesk.services import citizen_panel, deliberation
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.services.sortition_engine import QuotasInfeasible
from conflictdesk.store.engine import Database

pytest.importorskip("sortition_algorithms")

#: Two of each (성별 × 권역): by symmetry the fairest lottery gives everyone the same chance, 4/8.
SYMMETRIC = [("A1", "남", "동부", "홍길동"), ("A2", "남", "동부", "김철수"), ("A3", "남", "서부", "이영희"),
             ("A4", "남", "서부", "박민수"), ("A5", "여", "동부", "최지은"), ("A6", "여", "동부", "정수빈"),
             ("A7", "여", "서부", "강하늘"), ("A8", "여", "서부", "윤서연")]
QUOTAS = "구분,값,최소,최대\n성별,남,2,2\n성별,여,2,2\n권역,동부,2,2\n권역,서부,2,2\n"


def _applicants(tmp_path: Path, rows: list[tuple[str, str, str, str]] = SYMMETRIC) -> Path:
    path = tmp_path / "applicants.csv"
    path.write_text("신청번호,성별,권역,성명,연락처\n" + "".join(
        f"{n},{g},{r},{name},010-1234-{i:04d}\n" for i, (n, g, r, name) in enumerate(rows)), encoding="utf-8")
    return path


def _quotas(tmp_path: Path, text: str = QUOTAS) -> Path:
    path = tmp_path / "quotas.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def item(db: Database) -> int:
    item_id, _ = deliberation.add_item(db, ItemInput("자체매립지 조성", ItemSource.MAYOR, date(2020, 1, 6)))
    return item_id


def test_a_symmetric_pool_gives_everyone_the_same_chance(db: Database, item: int, tmp_path: Path) -> None:
    drawn = citizen_panel.draw_panel(db, item, _applicants(tmp_path), _quotas(tmp_path), 4, 2020)
    assert len(drawn.selected) == 4 and not drawn.saved
    assert all(q.met and q.selected == 2 for q in drawn.quotas)
    assert sum(drawn.probabilities.values()) == pytest.approx(4)
    assert all(p == pytest.approx(0.5, abs=1e-4) for p in drawn.probabilities.values())
    assert drawn.algorithm == "maximin" and len(drawn.input_hash) == 64


def test_a_scarce_value_is_always_drawn(db: Database, item: int, tmp_path: Path) -> None:
    rows = [r for r in SYMMETRIC if r[0] not in ("A6", "A8")]  # two women left, both needed
    drawn = citizen_panel.draw_panel(db, item, _applicants(tmp_path, rows),
                                     _quotas(tmp_path, "구분,값,최소,최대\n성별,남,2,2\n성별,여,2,2\n"
                                                       "권역,동부,1,3\n권역,서부,1,3\n"), 4, 7)
    assert {"A5", "A7"} <= set(drawn.selected)
    assert drawn.probabilities["A5"] == pytest.approx(1) and drawn.probabilities["A7"] == pytest.approx(1)
    assert drawn.probabilities["A1"] == pytest.approx(0.5, abs=1e-4)
    assert sum(drawn.probabilities.values()) == pytest.approx(4)


def test_same_seed_same_panel(db: Database, item: int, tmp_path: Path) -> None:
    a, q = _applicants(tmp_path), _quotas(tmp_path)
    panels = {citizen_panel.draw_panel(db, item, a, q, 4, seed).selected for seed in (11, 11, 11)}
    assert len(panels) == 1
    others = {citizen_panel.draw_panel(db, item, a, q, 4, seed).selected for seed in range(1, 9)}
    assert len(others) > 1  # the seed does choose


def test_impossible_quotas_are_refused_by_category(db: Database, item: int, tmp_path: Path) -> None:
    a = _applicants(tmp_path)
    with pytest.raises(QuotasInfeasible) as caught:  # 성별 minimums add up to 5 for a panel of 4
        citizen_panel.draw_panel(db, item, a, _quotas(tmp_path, QUOTAS.replace("성별,남,2,2", "성별,남,3,3")), 4, 1)
    assert caught.value.categories == ("성별",) and "성별" in caught.value.message
    # Each category alone is possible, together not: 서부 may hold nobody, and only one woman lives in 동부.
    rows = [("B1", "남", "동부", "가"), ("B2", "남", "동부", "나"), ("B3", "여", "서부", "다"), ("B4", "여", "서부", "라"),
            ("B5", "여", "동부", "마")]
    with pytest.raises(QuotasInfeasible) as caught:
        citizen_panel.draw_panel(db, item, _applicants(tmp_path, rows), _quotas(
            tmp_path, "구분,값,최소,최대\n성별,남,2,2\n성별,여,2,2\n권역,동부,3,4\n권역,서부,0,0\n"), 4, 1)
    assert caught.value.categories and set(caught.value.categories) <= {"성별", "권역"}
    assert "할당" in caught.value.message


def test_bad_files_name_the_row_and_column(db: Database, item: int, tmp_path: Path) -> None:
    with pytest.raises(citizen_panel.PanelFileProblems) as caught:
        citizen_panel.draw_panel(db, item, _applicants(tmp_path, [*SYMMETRIC, ("A9", "기타", "동부", "x")]),
                                 _quotas(tmp_path), 4, 1)
    assert [(p.row, str(p.column), p.code) for p in caught.value.problems] == [(10, "성별", "panel_value_not_in_quotas")]
    with pytest.raises(citizen_panel.PanelFileProblems) as caught:
        citizen_panel.draw_panel(db, item, _applicants(tmp_path), _quotas(tmp_path, "구분,값,최소,최대\n성별,남,3,2\n"),
                                 4, 1)
    assert caught.value.problems[0].code == "panel_quota_min_above_max"


def test_save_records_and_audits_once_and_masks_names(db: Database, item: int, tmp_path: Path) -> None:
    a, q = _applicants(tmp_path), _quotas(tmp_path)
    dry = citizen_panel.draw_panel(db, item, a, q, 4, 99)
    assert citizen_panel.recorded_panel(db, item) is None
    saved = citizen_panel.draw_panel(db, item, a, q, 4, 99, save=True)
    assert saved.saved and saved.selected == dry.selected and saved.changes.touches("deliberation")
    stored = citizen_panel.recorded_panel(db, item)
    assert stored is not None and stored.selected == dry.selected and stored.seed == 99
    assert stored.input_hash == dry.input_hash and stored.library_version == dry.library_version
    assert {x.name for x in stored.applicants} >= {"홍*동", "김*수"}  # masked at rest; contacts never kept
    with pytest.raises(DomainError) as caught:
        citizen_panel.draw_panel(db, item, a, q, 4, 5, save=True)
    assert caught.value.code == "panel_already_drawn"
    from sqlalchemy import select

    from conflictdesk.store.models import AuditEntry

    with db.read() as s:
        text = json.dumps([[e.entity, e.field, e.old, e.new, e.reason] for e in s.scalars(select(AuditEntry))],
                          ensure_ascii=False)
    assert "seed 99" in text and "홍길동" not in text and "1234" not in text


def test_cli_draw_json_is_reproducible_and_masks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = str(tmp_path / "d.sqlite3")
    assert main(["--db", db_path, "demo", "--projects", "20"]) == 0
    capsys.readouterr()
    a, q = _applicants(tmp_path), _quotas(tmp_path)
    args = ["--db", db_path, "panel", "draw", "1", "--applicants", str(a), "--quotas", str(q), "--size", "4",
            "--seed", "42", "--format", "json"]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert set(first) == {"selected", "probabilities", "quotas", "seed"} and first["seed"] == 42
    assert len(first["selected"]) == 4 and sum(first["probabilities"].values()) == pytest.approx(4)
    assert first["quotas"][0] == {"category": "성별", "value": "남", "min": 2, "max": 2, "selected": 2}
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out) == first
    assert main(args[:-2] + ["--save"]) == 0
    table = capsys.readouterr().out
    assert "홍*동" in table or "김*수" in table or "*" in table
    assert "홍길동" not in table and "010-1234" not in table
    assert main(args + ["--save"]) == 1
    assert "이미" in capsys.readouterr().err


def test_gui_previews_then_records_the_draw(qtbot, db: Database, item: int, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from conflictdesk.ui.panels.deliberation import DeliberationPanel

    panel = DeliberationPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    panel.ensure_loaded()
    tab = panel.draw
    panel.tabs.setCurrentWidget(tab)
    assert tab.item.currentData() == item and "기록된 추첨이 없습니다" in tab.info.text()
    tab.applicants.setText(str(_applicants(tmp_path)))
    tab.quotas.setText(str(_quotas(tmp_path)))
    tab.panel_size.setValue(4)
    tab.seed.setValue(2020)
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.shown is not None, timeout=60_000)
    assert tab.shown is not None and not tab.shown.saved and "미리보기" in tab.info.text()
    assert [tab.quota_table.item(r, 5).text() for r in range(tab.quota_table.rowCount())] == ["✓"] * 4
    names = {tab.applicant_table.item(r, 1).text() for r in range(tab.applicant_table.rowCount())}
    assert "홍*동" in names and "홍길동" not in names  # masked on screen
    assert tab.applicant_table.item(0, 4).text() == "50.00%" and tab.applicant_table.item(0, 5).text() == "선정"
    assert citizen_panel.recorded_panel(db, item) is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    previewed = tab.shown.selected
    tab.shown = None
    tab.record_button.click()
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.saved, timeout=60_000)
    stored = citizen_panel.recorded_panel(db, item)
    assert stored is not None and stored.selected == previewed
    assert "기록됨" in tab.info.text()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    tab.verify_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert "재현되었습니다" in told[0]


def test_a_recorded_draw_is_reproduced_and_a_changed_file_is_caught(db: Database, item: int, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    a, q = _applicants(tmp_path), _quotas(tmp_path)
    with pytest.raises(DomainError) as caught:
        citizen_panel.verify_panel(db, item, a, q)
    assert caught.value.code == "panel_not_drawn"
    citizen_panel.draw_panel(db, item, a, q, 4, 31, save=True)
    result = citizen_panel.verify_panel(db, item, a, q)
    assert result.same_inputs and result.same_panel
    changed = _applicants(tmp_path, [*SYMMETRIC, ("A9", "여", "서부", "새사람")])
    result = citizen_panel.verify_panel(db, item, changed, q)
    assert not result.same_inputs


def test_the_register_exports_as_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    db_path = str(tmp_path / "d.sqlite3")
    assert main(["--db", db_path, "demo", "--projects", "20"]) == 0
    out = tmp_path / "안건.xlsx"
    assert main(["--db", db_path, "deliberation", "export", "--year", "2020", "--out", str(out)]) == 0
    assert "저장했습니다" in capsys.readouterr().out
    wb = load_workbook(out)
    rows = list(wb["심의대상 안건"].iter_rows(values_only=True))
    assert rows[0][:3] == ("번호", "안건", "출처") and len(rows) == 1 + 5
    by_title = {r[1]: r for r in rows[1:]}
    assert by_title["청라 소각장 증설 반대"][6] == 5999 and by_title["청라 소각장 증설 반대"][7] == "시민 설명 대상"
    assert wb["청원 공감 수"].max_row > 1
    assert main(["--db", db_path, "deliberation", "export", "--out", str(tmp_path / "x.pdf")]) == 1


def test_quotas_proportional_to_a_population_table(db: Database, item: int, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    population = tmp_path / "인구.csv"
    population.write_text("구분,값,인구\n성별,남,490000\n성별,여,510000\n권역,동부,500000\n권역,서부,500000\n",
                          encoding="utf-8")
    drawn = citizen_panel.draw_panel(db, item, _applicants(tmp_path), population, 4, 8, population_tolerance=0)
    assert [(q.category, q.value, q.min, q.max) for q in drawn.quotas] == [
        ("성별", "남", 1, 2), ("성별", "여", 2, 3), ("권역", "동부", 2, 2), ("권역", "서부", 2, 2)]
    assert all(q.met for q in drawn.quotas) and len(drawn.selected) == 4
    with pytest.raises(DomainError):
        citizen_panel.draw_panel(db, item, _applicants(tmp_path), population, 4, 8, population_tolerance=-1)
    db_path = str(tmp_path / "c.sqlite3")
    assert main(["--db", db_path, "demo", "--projects", "20"]) == 0
    capsys.readouterr()
    assert main(["--db", db_path, "panel", "draw", "1", "--applicants", str(_applicants(tmp_path)), "--population",
                 str(population), "--tolerance", "0", "--size", "4", "--seed", "8", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotas"][0] == {"category": "성별", "value": "남", "min": 1, "max": 2,
                                 "selected": data["quotas"][0]["selected"]}
    assert main(["--db", db_path, "panel", "draw", "1", "--applicants", "a", "--quotas", "q", "--population", "p",
                 "--size", "4", "--seed", "8"]) == 1  # one of the two, not both


def test_gui_draws_with_quotas_from_a_population_table(qtbot, db: Database, item: int,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    from conflictdesk.ui.panels.deliberation import DeliberationPanel

    population = tmp_path / "인구.csv"
    population.write_text("구분,값,인구\n성별,남,1\n성별,여,1\n권역,동부,1\n권역,서부,1\n", encoding="utf-8")
    panel = DeliberationPanel(db)
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    tab = panel.draw
    assert not tab.tolerance.isEnabled()
    tab.by_population.setChecked(True)
    assert tab.tolerance.isEnabled()
    tab.tolerance.setValue(0)
    tab.applicants.setText(str(_applicants(tmp_path)))
    tab.quotas.setText(str(population))
    tab.panel_size.setValue(4)
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.shown is not None, timeout=60_000)
    assert [(tab.quota_table.item(r, 2).text(), tab.quota_table.item(r, 3).text())
            for r in range(tab.quota_table.rowCount())] == [("2", "2")] * 4


def test_the_result_report_shows_decision_and_panel_against_quotas_masked(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    db_path = str(tmp_path / "r.sqlite3")
    assert main(["--db", db_path, "demo", "--projects", "20"]) == 0
    a, q = _applicants(tmp_path), _quotas(tmp_path)
    assert main(["--db", db_path, "panel", "draw", "1", "--applicants", str(a), "--quotas", str(q), "--size", "4",
                 "--seed", "5", "--save"]) == 0
    out = tmp_path / "보고서.pdf"
    capsys.readouterr()
    assert main(["--db", db_path, "deliberation", "report", "1", "--out", str(out)]) == 0
    assert "저장했습니다" in capsys.readouterr().out
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "공론화 결과 보고서" in text and "친환경 폐기물관리정책" in text
    assert "실시" in text and "수도권매립지 종료에 대비한" in text  # the committee's decision and reason
    assert "시민참여단" in text and "maximin" in text and "충족" in text
    assert "홍길동" not in text and "010-1234" not in text
    assert f"1 / {len(reader.pages)}" in text
    assert main(["--db", db_path, "deliberation", "report", "99", "--out", str(tmp_path / "x.pdf")]) == 1


def test_the_result_report_as_hwpx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import zipfile

    pytest.importorskip("hwpx")
    db_path = str(tmp_path / "h.sqlite3")
    assert main(["--db", db_path, "demo", "--projects", "20"]) == 0
    assert main(["--db", db_path, "panel", "draw", "1", "--applicants", str(_applicants(tmp_path)), "--quotas",
                 str(_quotas(tmp_path)), "--size", "4", "--seed", "5", "--save"]) == 0
    out = tmp_path / "보고서.hwpx"
    assert main(["--db", db_path, "deliberation", "report", "1", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        xml = "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("Contents/section"))
    for needle in ("공론화 결과 보고서", "공론화위원회 결정", "수도권매립지 종료에 대비한", "maximin", "충족"):
        assert needle in xml
    assert "홍길동" not in xml and "010-1234" not in xml
