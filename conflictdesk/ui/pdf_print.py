"""Print a PDF through the system print dialog: QtPdf renders each chosen page onto the QPrinter."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from conflictdesk.domain.errors import DomainError
from conflictdesk.ui.i18n import translate
from conflictdesk.ui.tasks import ProgressFn, Task, run_task

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

# A 600 dpi A4 page is ~140 MB as an image and ~1 s to hand to the print engine; more buys nothing on paper.
MAX_PRINT_DPI = 600
PREVIEW_DPI = 150


_running: set[Task] = set()


class QtPdfMissing(DomainError):
    code = "qtpdf_missing"


def require_qtpdf() -> None:
    """Raise a clear Korean error when the QtPdf wheel is missing or does not match PySide6-Essentials."""
    try:
        import PySide6.QtPdf
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError as exc:
        raise QtPdfMissing(
            translate("pdf_print", "PDF 미리보기·인쇄 모듈(QtPdf)을 불러오지 못했습니다. PySide6-Pdf를 PySide6-Essentials와 같은 버전으로 설치하세요 (pip install -e . 가 맞는 버전을 설치합니다). 그동안에는 '저장'으로 PDF를 만든 뒤 PDF 보기 프로그램에서 인쇄할 수 있습니다.\n({exc})").format(exc=exc)) from exc


def open_document(data: bytes, parent: Any = None) -> tuple[QPdfDocument, QBuffer]:
    """A loaded QPdfDocument over an in-memory copy of ``data`` (keep the buffer alive with the document)."""
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise DomainError(translate("pdf_print", "PDF를 읽지 못했습니다 ({0}).").format(document.error().name), code="print")
    return document, buffer


def pages_to_print(printer: QPrinter, page_count: int, current_page: int | None = None) -> list[int]:
    """0-based pages in the order they go to the printer: the dialog's range, page order, and copies when the
    printer cannot make copies itself (Qt leaves those to the application)."""
    every = list(range(page_count))
    match printer.printRange():
        case QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if not ranges.isEmpty():
                pages = [p for p in every if ranges.contains(p + 1)]
            else:
                first, last = max(1, printer.fromPage()), printer.toPage() or page_count
                pages = every[first - 1:last]
        case QPrinter.PrintRange.CurrentPage if current_page is not None:
            pages = [current_page] if 0 <= current_page < page_count else []
        case _:
            pages = every
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies > 1:
        pages = pages * copies if printer.collateCopies() else [p for p in pages for _ in range(copies)]
    return pages


def match_orientation(printer: QPrinter, document: QPdfDocument) -> None:
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)


def draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int, dpi: int) -> None:
    """Draw one page at its real size on the paper (shrunk only if it does not fit), rendered at ``dpi``."""
    unit = QPrinter.Unit.DevicePixel
    paper, printable = printer.paperRect(unit), printer.pageRect(unit)
    resolution = printer.resolution()
    points = document.pagePointSize(page)
    width, height = points.width() * resolution / 72, points.height() * resolution / 72
    scale = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * scale, height * scale
    # The painter's origin is the printable area's corner (unless full-page): centre on the paper itself.
    origin_x = (paper.width() - width) / 2 - (0 if printer.fullPage() else printable.x())
    origin_y = (paper.height() - height) / 2 - (0 if printer.fullPage() else printable.y())
    pixels = QSize(max(1, round(points.width() * dpi / 72 * scale)), max(1, round(points.height() * dpi / 72 * scale)))
    image = document.render(page, pixels)
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    painter.drawImage(QRectF(origin_x, origin_y, width, height), image)


def paint_pages(printer: QPrinter, document: QPdfDocument, pages: list[int], progress: ProgressFn,
                dpi: int | None = None) -> bool:
    """Paint ``pages`` onto ``printer``; ``False`` (and the job aborted where the platform can) when cancelled."""
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError(translate("pdf_print", "프린터를 열지 못했습니다. 프린터 연결과 출력 파일 위치를 확인하세요."), code="print")
    if dpi is None:
        preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = min(printer.resolution(), PREVIEW_DPI if preview else MAX_PRINT_DPI)
    try:
        for n, page in enumerate(pages):
            if not progress(100 * n // max(1, len(pages)), translate("pdf_print", "{0}/{1}쪽 인쇄 중 ({2}쪽)").format(
                n + 1, len(pages), page + 1)):
                printer.abort()
                return False
            if n:
                printer.newPage()
            draw_page(painter, printer, document, page, dpi)
    finally:
        painter.end()
    return True


def print_job(printer: QPrinter, data: bytes, pages: list[int]) -> Callable[[ProgressFn], bool]:
    """Work for ``run_task``: print ``pages`` of the PDF ``data``.

    Output to a file goes to a temporary file beside it and replaces the target only when every page is done, so a
    cancelled or failed job leaves no half-written PDF. A printer job is aborted between pages on cancel; drivers that
    cannot abort (CUPS spools the job and submits it when painting ends) still receive the pages already painted.
    """
    target = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""

    def work(progress: ProgressFn) -> bool:
        # A QPdfDocument of its own: QObjects belong to the thread that made them (pdfium itself is locked by Qt).
        document, _buffer = open_document(data)
        if not target:
            return paint_pages(printer, document, pages, progress)
        folder = Path(target).parent
        fd, tmp = tempfile.mkstemp(prefix=".conflictdesk-print-", suffix=".pdf", dir=folder)
        os.close(fd)
        printer.setOutputFileName(tmp)
        try:
            done = paint_pages(printer, document, pages, progress)
            if done:
                os.replace(tmp, target)
            return done
        finally:
            printer.setOutputFileName(target)
            Path(tmp).unlink(missing_ok=True)

    return work


def ask_printer(parent: QWidget | None, document: QPdfDocument, title: str,
                current_page: int | None = None) -> QPrinter | None:
    """The system print dialog, set up for ``document`` (page range 1…n, orientation of its first page)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    match_orientation(printer, document)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("pdf_print", "인쇄 — {title}").format(title=title))
    options = (QAbstractPrintDialog.PrintDialogOption.PrintPageRange
               | QAbstractPrintDialog.PrintDialogOption.PrintToFile
               | QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies
               | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize)
    if current_page is not None:
        options |= QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage
    dialog.setOptions(options)
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(parent: QWidget | None, data: bytes, title: str, current_page: int | None = None,
              on_done: Callable[[bool, int], None] | None = None) -> Task | None:
    """Ask for a printer and print the PDF ``data`` off the GUI thread with progress and cancel.

    Returns the running task, or ``None`` when the dialog was cancelled or the range holds no page.
    ``on_done(finished, page_count)`` reports whether every page went out.
    """
    require_qtpdf()
    document, _buffer = open_document(data)
    printer = ask_printer(parent, document, title, current_page)
    if printer is None:
        return None
    pages = pages_to_print(printer, document.pageCount(), current_page)
    if not pages:
        raise DomainError(translate("pdf_print", "선택한 쪽 범위에 인쇄할 쪽이 없습니다."), code="print")
    task = run_task(parent, translate("pdf_print", "인쇄 — {title}").format(title=title), print_job(printer, data, pages),
                    on_done=(lambda finished: on_done(bool(finished), len(pages))) if on_done else None)
    # A running QThread must never be collected, whoever the caller is: hold the task until it ends.
    _running.add(task)
    task.finished.connect(lambda _r: _running.discard(task))
    task.failed.connect(lambda _e: _running.discard(task))
    return task


class PdfPrintPreview(QPrintPreviewDialog):
    """Qt's print preview of a PDF: the pages as they fall on the printer's paper, with page setup and printing.

    The dialog does not own its QPrinter; holding it here keeps it alive exactly as long as the dialog.
    """

    def __init__(self, printer: QPrinter, document: QPdfDocument, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self.printer_ = printer
        self.document = document
        self.paintRequested.connect(self.paint)

    def paint(self, target: QPrinter) -> None:
        pages = pages_to_print(target, self.document.pageCount())
        paint_pages(target, self.document, pages, lambda _p, _m: True)


def print_preview(parent: QWidget | None, data: bytes, title: str) -> PdfPrintPreview:
    """Qt's print preview for the PDF ``data``."""
    require_qtpdf()
    document, buffer = open_document(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    match_orientation(printer, document)
    dialog = PdfPrintPreview(printer, document, parent)
    dialog.setWindowTitle(translate("pdf_print", "인쇄 미리보기 — {title}").format(title=title))
    document.setParent(dialog)
    buffer.setParent(dialog)
    return dialog
