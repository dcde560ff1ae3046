"""Preview and print a PDF through QtPdf (PySide6-Addons), when that optional module is installed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PRINT_DPI = 200


def _paint(printer: QPrinter, path: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page)
            image = document.render(page, QSize(int(size.width() * PRINT_DPI / 72),
                                                int(size.height() * PRINT_DPI / 72)))
            fitted = image.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            painter.drawImage(target.x(), target.y(), fitted)
    finally:
        painter.end()


def print_pdf(parent: QWidget | None, path: Path) -> bool:
    """Show the system print dialog and print every page of ``path``; ``False`` when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _paint(printer, path)
    return True


def preview_pdf(parent: QWidget | None, path: Path) -> None:
    """A print preview of ``path`` (from which the user can also print)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda p: _paint(p, path))
    dialog.exec()
