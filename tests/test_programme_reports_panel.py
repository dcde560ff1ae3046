"""보고서 panel: the 갈등관리 종합계획 (안) and the 연간 갈등관리 결과 by year and format, saved through the file dialog
(monkeypatched) in the background, and previewable as PDF."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from conflictdesk.store.engine import Database
from conflictdesk.ui.panels import reports as reports_module
from conflictdesk.ui.panels.reports import ANNUAL, CARD, PLAN, ReportsPanel


@pytest.fixture
def panel(qtbot, demo_db: Database) -> ReportsPanel:  # type: ignore[no-untyped-def]
    widget = ReportsPanel(demo_db)
    qtbot.addWidget(widget)
    widget.ensure_loaded()
    widget.show()
    return widget


def choose(panel: ReportsPanel, kind: str, year: int, suffix: str) -> None:
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(kind))
    panel.year_box.setValue(year)
    index = panel.format_box.findData(suffix)
    assert index >= 0, f"{suffix} not offered for {kind}"
    panel.format_box.setCurrentIndex(index)


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path, asked: list[tuple[str, str]]) -> None:
    def fake_save(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((suggested, filters))
        return str(path), filters

    monkeypatch.setattr(reports_module.QFileDialog, "getSaveFileName", staticmethod(fake_save))


def test_the_year_and_format_rows_show_for_the_programme_documents_only(panel: ReportsPanel) -> None:
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(CARD))
    assert panel.round_box.isVisible() and not panel.year_box.isVisible()
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(PLAN))
    assert panel.year_box.isVisible() and panel.format_box.isVisible() and not panel.round_box.isVisible()
    plan_formats = [panel.format_box.itemData(i) for i in range(panel.format_box.count())]
    assert ".xlsx" not in plan_formats and ".pdf" in plan_formats
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(ANNUAL))
    assert ".xlsx" in [panel.format_box.itemData(i) for i in range(panel.format_box.count())]
    assert panel.save_button.isEnabled() and panel.preview_button.isEnabled()
    assert not panel.batch_button.isEnabled()  # the card batch belongs to a round
    panel.format_box.setCurrentIndex(panel.format_box.findData(".xlsx"))
    assert panel.save_button.isEnabled() and not panel.preview_button.isEnabled()
    assert not panel.print_button.isEnabled()


def test_save_the_annual_report_as_xlsx(qtbot, panel: ReportsPanel, tmp_path: Path,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []
    answer_save(monkeypatch, tmp_path / "결과", asked)
    choose(panel, ANNUAL, 2020, ".xlsx")
    panel.save_button.click()
    saved = tmp_path / "결과.xlsx"
    qtbot.waitUntil(lambda: panel.last_file == saved, timeout=60000)
    assert asked[0][0].endswith("연간갈등관리결과_2020.xlsx") and "*.xlsx" in asked[0][1]
    sheets = load_workbook(saved).sheetnames
    assert {"요약", "차수 비교", "교육", "예산"} <= set(sheets)
    assert "저장했습니다" in panel.status.text()


@pytest.mark.slow
def test_save_the_plan_as_pdf_and_hwpx(qtbot, panel: ReportsPanel, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []
    answer_save(monkeypatch, tmp_path / "계획.pdf", asked)
    choose(panel, PLAN, 2021, ".pdf")
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.last_file == tmp_path / "계획.pdf", timeout=60000)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "계획.pdf").pages)
    assert "2021년 갈등관리 종합계획" in text and "2020년 추진 결과" in text
    if panel.format_box.findData(".hwpx") < 0:
        pytest.skip("python-hwpx (the optional hwpx extra) is not installed")
    answer_save(monkeypatch, tmp_path / "계획.hwpx", asked)
    choose(panel, PLAN, 2021, ".hwpx")
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.last_file == tmp_path / "계획.hwpx", timeout=60000)
    with zipfile.ZipFile(tmp_path / "계획.hwpx") as z:
        assert "2021년 갈등관리 종합계획" in z.read("Contents/section0.xml").decode("utf-8")
    assert asked[-1][0].endswith("갈등관리종합계획_2021.hwpx")


def test_a_cancelled_dialog_writes_nothing(panel: ReportsPanel, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports_module.QFileDialog, "getSaveFileName", staticmethod(lambda *_a: ("", "")))
    choose(panel, ANNUAL, 2020, ".pdf")
    panel.save_button.click()
    assert panel.task is None and panel.last_file is None
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite3")]


def test_the_preview_renders_the_pdf_even_when_hwpx_is_chosen(panel: ReportsPanel) -> None:
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(ANNUAL))
    panel.year_box.setValue(2020)
    name, _render = panel.renderer(pdf=True)
    assert name.endswith("연간갈등관리결과_2020.pdf")


@pytest.mark.slow
def test_preview_shows_the_pdf_form_of_the_annual_report(qtbot, panel: ReportsPanel,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    from conflictdesk.ui.pdf_preview import PdfPreviewDialog

    panel.kind_box.setCurrentIndex(panel.kind_box.findData(ANNUAL))
    panel.year_box.setValue(2020)
    if panel.format_box.findData(".hwpx") >= 0:
        panel.format_box.setCurrentIndex(panel.format_box.findData(".hwpx"))
        assert not panel.preview_button.isEnabled()  # preview and print are for the PDF form
        panel.format_box.setCurrentIndex(panel.format_box.findData(".pdf"))
    assert panel.preview_button.isEnabled()
    panel.preview_button.click()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=60000)
    dialog = panel.preview
    assert isinstance(dialog, PdfPreviewDialog) and dialog.page_count() >= 2
    assert "연간갈등관리결과_2020.pdf" in panel.status.text()
    dialog.close()
    qtbot.waitUntil(lambda: panel.preview is None)
