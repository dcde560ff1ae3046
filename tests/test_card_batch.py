"""The "all key cases" card export on every core: one PDF per card plus one combined, bookmarked PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from conflictdesk.reports import card_batch
from conflictdesk.reports.card_batch import combined_file_name, export_cards
from conflictdesk.services.report_data import card_choices
from conflictdesk.store.engine import Database


@pytest.mark.slow
def test_two_worker_processes_write_every_card_and_the_combined_pdf(demo_db: Database, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(card_batch, "PARALLEL_FROM", 0)
    monkeypatch.setattr(card_batch, "CHUNK", 2)
    codes = [c for c, _name in card_choices(demo_db, "2020-2")]
    assert len(codes) >= 4
    tmp_path = tmp_path / "cards"
    tmp_path.mkdir()
    seen: list[int] = []
    result = export_cards(demo_db, "2020-2", codes, tmp_path, printed=date(2026, 1, 2), combined=True,
                          progress=lambda pct, _text: seen.append(pct) is None, workers=2)
    assert (result.done, result.total) == (len(codes), len(codes))
    assert seen[-1] == 100 and seen == sorted(seen)
    assert result.combined == tmp_path / combined_file_name("2020-2")
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(names) == len(codes) + 1 and not list(tmp_path.glob(".conflictdesk-*"))
    # the files are in the order of the codes, each named after its code
    assert [p.name.split("_")[1] for p in result.files] == codes
    whole = PdfReader(result.combined)
    assert len(whole.pages) == result.pages == sum(len(PdfReader(p).pages) for p in result.files)
    outline = whole.outline
    assert [item.title.split()[0] for item in outline] == codes
    starts = [whole.get_destination_page_number(item) for item in outline]
    lengths = [len(PdfReader(p).pages) for p in result.files]
    assert starts == [sum(lengths[:n]) for n in range(len(codes))]  # each bookmark opens its card's first page


def test_cancel_keeps_the_finished_cards_and_makes_no_combined_file(demo_db: Database, tmp_path: Path) -> None:
    codes = [c for c, _name in card_choices(demo_db, "2020-2")]
    out = tmp_path / "cards"
    out.mkdir()
    calls: list[int] = []

    def progress(pct: int, _text: str) -> bool:
        calls.append(pct)
        return len(calls) < 3  # two cards, then cancel

    result = export_cards(demo_db, "2020-2", codes, out, combined=True, progress=progress)
    assert result.done == 2 and result.combined is None
    assert sorted(out.iterdir()) == sorted(result.files)


def test_a_missing_folder_is_a_clear_message(demo_db: Database, tmp_path: Path) -> None:
    from conflictdesk.domain.errors import DomainError

    with pytest.raises(DomainError, match="출력 폴더가 없습니다"):
        export_cards(demo_db, "2020-2", ["X"], tmp_path / "없음")


def test_cli_exports_every_key_card_and_the_combined_pdf(demo_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from conflictdesk.cli import main

    out = tmp_path / "cards"
    out.mkdir()
    assert main(["--db", str(demo_path), "export", "cards", "--round", "2020-2", "--out-dir", str(out),
                 "--combined", "--workers", "1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"round", "saved", "total", "pages", "folder", "files", "combined"}
    assert data["saved"] == data["total"] == len(data["files"]) > 0
    combined = Path(data["combined"])
    assert combined.name == "갈등관리카드_2020-2_전체.pdf"
    assert len(PdfReader(combined).pages) == data["pages"] and len(PdfReader(combined).outline) == data["saved"]
    assert main(["--db", str(demo_path), "export", "cards", "--round", "2020-2", "--out-dir", str(tmp_path / "x")]) == 1
    assert "출력 폴더가 없습니다" in capsys.readouterr().err
