"""Preview and printing of report PDFs through QtPdf: page counts, page ranges, cancel, the 보고서 panel."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from conflictdesk.store.engine import Database
from conflictdesk.ui import pdf_print
from conflictdesk.ui.panels import reports as reports_module
from conflictdesk.ui.panels.reports import CARD, ReportsPanel
from conflictdesk.ui.pdf_preview import PdfPreviewDialog
from conflictdesk.ui.pdf_print import open_document, pages_to_print, print_job, print_pdf, print_preview

TEST_DPI = 100  # the real default is the printer's resolution (capped at 600 dpi); tests only count pages


def _card_pdf(db: Database, code: str | None = None) -> bytes:
    from conflictdesk.reports.card_pdf import render_card_pdf
    from conflictdesk.services.report_data import card_choices, load_card_report

    code = code or card_choices(db, "2020-2")[0][0]
    out = io.BytesIO()
    render_card_pdf(load_card_report(db, code, round_code="2020-2"), out)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.fixture(scope="module")
def card_pdf(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> bytes:
    import shutil

    path = tmp_path_factory.mktemp("card") / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = Database(f"sqlite:///{path}", actor="tester")
    try:
        return _card_pdf(database)
    finally:
        database.close()


def pages_of(data_or_path: bytes | Path) -> int:
    source = io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path
    return len(PdfReader(source).pages)


def accept_printing_to(out: Path, ranges: str = "", copies: int = 1,
                       seen: list[QPrinter] | None = None) -> Callable[[QPrintDialog], int]:
    """A stand-in for QPrintDialog.exec: the user picks 'print to PDF file' (and maybe pages), then OK."""

    def fake_exec(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(TEST_DPI)
        printer.setCopyCount(copies)
        if ranges:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setPageRanges(QPageRanges.fromString(ranges))
        if seen is not None:
            seen.append(printer)
        return int(QPrintDialog.DialogCode.Accepted.value)

    return fake_exec


def test_qtpdf_reads_a_card_with_the_same_page_count_as_pypdf(qtbot, card_pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    document, _buffer = open_document(card_pdf)
    assert document.pageCount() == pages_of(card_pdf) >= 1
    image = document.render(0, document.pagePointSize(0).toSize())
    assert not image.isNull() and image.width() > 100


def test_a_damaged_pdf_gives_a_clear_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.domain.errors import DomainError

    with pytest.raises(DomainError, match="PDF를 읽지 못했습니다"):
        open_document(b"%PDF-1.4 not really")


def test_preview_dialog_shows_every_page_with_navigation_and_zoom(qtbot, card_pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdfWidgets import QPdfView

    dialog = PdfPreviewDialog(card_pdf, "갈등관리카드_TEST.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    count = pages_of(card_pdf)
    assert dialog.page_count() == count and dialog.page_box.maximum() == count
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.page_total.text() == f"/ {count}쪽"
    assert not dialog.prev_action.isEnabled()
    if count > 1:
        dialog.next_page()
        qtbot.waitUntil(lambda: dialog.current_page() == 1)
        assert dialog.page_box.value() == 2 and dialog.prev_action.isEnabled()
        dialog.page_box.setValue(1)
        qtbot.waitUntil(lambda: dialog.current_page() == 0)
    before = dialog.zoom()
    dialog.zoom_in()
    assert dialog.zoom() > before and dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    dialog.zoom_out()
    dialog.zoom_out()
    assert dialog.zoom() < before


def test_printing_to_a_pdf_file_prints_every_page(qtbot, card_pdf: bytes, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "인쇄.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(out))
    results: list[tuple[bool, int]] = []
    task = print_pdf(None, card_pdf, "카드", on_done=lambda done, pages: results.append((done, pages)))
    assert task is not None
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    assert results == [(True, pages_of(card_pdf))]
    assert pages_of(out) == pages_of(card_pdf)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left beside it


@pytest.mark.parametrize(("ranges", "expected"), [("2", 1), ("1-2", 2), ("1,2", 2)])
def test_the_page_range_chosen_in_the_dialog_is_honoured(qtbot, tmp_path: Path,    # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch, ranges: str,
                                                         expected: int, card_pdf: bytes) -> None:
    if pages_of(card_pdf) < 2:
        pytest.skip("the demo card has one page")
    out = tmp_path / "range.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(out, ranges))
    results: list[tuple[bool, int]] = []
    print_pdf(None, card_pdf, "카드", on_done=lambda done, pages: results.append((done, pages)))
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    assert results == [(True, expected)] and pages_of(out) == expected


def test_range_order_copies_and_current_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # cannot make copies: the application must
    assert pages_to_print(printer, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3-5"))
    assert pages_to_print(printer, 4) == [0, 2, 3]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(printer, 4) == [3, 2, 0]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert pages_to_print(printer, 4) == [0, 2, 3, 0, 2, 3]
    printer.setCollateCopies(False)
    assert pages_to_print(printer, 4) == [0, 0, 2, 2, 3, 3]
    printer.setCopyCount(1)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 4, current_page=1) == [1]


def test_cancelling_the_dialog_prints_nothing(qtbot, card_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: int(QPrintDialog.DialogCode.Rejected.value))
    assert print_pdf(None, card_pdf, "카드") is None


def test_a_range_without_pages_is_refused(qtbot, card_pdf: bytes, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from conflictdesk.domain.errors import DomainError

    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(tmp_path / "x.pdf", "40-41"))
    with pytest.raises(DomainError, match="인쇄할 쪽이 없습니다"):
        print_pdf(None, card_pdf, "카드")
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_print_leaves_no_half_written_file(qtbot, card_pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cancelled.pdf"
    out.write_bytes(b"the file that was there before")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(TEST_DPI)
    asked: list[int] = []

    def progress(pct: int, _msg: str) -> bool:
        asked.append(pct)
        return len(asked) < 2  # cancel before the second page

    assert print_job(printer, card_pdf, [0, 0, 0])(progress) is False
    assert out.read_bytes() == b"the file that was there before"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert printer.outputFileName() == str(out)


def test_qt_print_preview_paints_every_page(qtbot, card_pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = print_preview(None, card_pdf, "카드")
    qtbot.addWidget(dialog)
    out = tmp_path / "preview.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(TEST_DPI)
    dialog.paintRequested.emit(printer)
    assert pages_of(out) == pages_of(card_pdf)


# --- the 보고서 panel -----------------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot, demo_db: Database) -> ReportsPanel:  # type: ignore[no-untyped-def]
    widget = ReportsPanel(demo_db)
    qtbot.addWidget(widget)
    widget.ensure_loaded()
    widget.round_box.setCurrentText("2020-2")
    widget.kind_box.setCurrentIndex(widget.kind_box.findData(CARD))
    return widget


def test_panel_preview_shows_the_card_and_leaves_no_temp_file(qtbot, panel: ReportsPanel,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(reports_module.tempfile, "tempdir", str(temp))
    panel.preview_button.click()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=30000)
    dialog = panel.preview
    assert isinstance(dialog, PdfPreviewDialog)
    expected = pages_of(_card_pdf(panel.db, panel.project_code()))
    assert dialog.page_count() == expected and f"({expected}쪽)" in panel.status.text()
    assert list(temp.iterdir()) == []  # rendered through a temp folder that is already gone
    dialog.close()
    qtbot.waitUntil(lambda: panel.preview is None)


def test_panel_print_goes_through_the_print_dialog(qtbot, panel: ReportsPanel, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"
    seen: list[QPrinter] = []
    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(out, seen=seen))
    panel.print_button.click()
    qtbot.waitUntil(lambda: "인쇄 작업을 보냈습니다" in panel.status.text(), timeout=60000)
    expected = pages_of(_card_pdf(panel.db, panel.project_code()))
    assert pages_of(out) == expected and f"({expected}쪽)" in panel.status.text()
    assert seen[0].docName() == f"갈등관리카드_{panel.project_code()}.pdf"


def test_panel_explains_when_qtpdf_is_missing(qtbot, panel: ReportsPanel,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def missing() -> None:
        raise pdf_print.QtPdfMissing("PDF 미리보기·인쇄 모듈(QtPdf)을 불러오지 못했습니다.")

    monkeypatch.setattr(pdf_print, "require_qtpdf", missing)
    monkeypatch.setattr("conflictdesk.ui.messages.show_error", lambda _p, exc: shown.append(str(exc)))
    panel.print_button.click()
    assert shown and "QtPdf" in shown[0] and "저장" in panel.status.text()
    assert panel.task is None


def test_qt_print_preview_renders_at_screen_resolution_and_keeps_its_printer(qtbot, card_pdf: bytes,  # type: ignore[no-untyped-def]
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    seen: list[tuple[int, int]] = []
    real = pdf_print.draw_page

    def spy(painter, printer, document, page, dpi):  # type: ignore[no-untyped-def]
        seen.append((page, dpi))
        real(painter, printer, document, page, dpi)

    monkeypatch.setattr(pdf_print, "draw_page", spy)
    dialog = print_preview(None, card_pdf, "카드")
    qtbot.addWidget(dialog)
    gc.collect()  # the dialog does not own its QPrinter: it must survive a collection
    dialog.show()
    qtbot.waitUntil(lambda: len(seen) >= pages_of(card_pdf), timeout=30000)
    assert {dpi for _page, dpi in seen} == {pdf_print.PREVIEW_DPI}
    assert sorted({page for page, _dpi in seen}) == list(range(pages_of(card_pdf)))
