"""미리보기 dialog: a generated PDF shown with QPdfView (every page, page navigation, zoom) and printed from there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.errors import DomainError
from conflictdesk.ui.pdf_print import open_document, print_pdf, print_preview
from conflictdesk.ui.tasks import Task

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


class PdfPreviewDialog(QDialog):
    """Shows the PDF ``data``, kept in memory only: no copy of a report with personal data stays on disk.

    Saving stays in the 보고서 panel, whose 저장 path records unmasked exports in the audit trail.
    """

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None,
                 on_printed: Callable[[bool, int], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("미리보기 — {title}").format(title=title))
        self.data, self.title, self.on_printed = data, title, on_printed
        self.print_task: Task | None = None
        self.document, self._buffer = open_document(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.page_box = QSpinBox()
        self.page_box.setObjectName("previewPage")
        self.page_box.setRange(1, self.page_count())
        self.page_box.setAccessibleName(self.tr("쪽 번호"))
        self.page_total = QLabel(self.tr("/ {0}쪽").format(self.page_count()))
        tools = QToolBar()
        self.prev_action = tools.addAction(self.tr("◀ 이전 쪽"), self.previous_page)
        self.prev_action.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        tools.addWidget(self.page_box)
        tools.addWidget(self.page_total)
        self.next_action = tools.addAction(self.tr("다음 쪽 ▶"), self.next_page)
        self.next_action.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        tools.addSeparator()
        tools.addAction(self.tr("축소"), self.zoom_out).setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        tools.addAction(self.tr("확대"), self.zoom_in).setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        tools.addAction(self.tr("폭 맞춤"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        tools.addAction(self.tr("쪽 맞춤"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        tools.addSeparator()
        self.print_action = tools.addAction(self.tr("인쇄…"), self.print_document)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        tools.addAction(self.tr("용지 미리보기…"), self.paper_preview)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 960)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self.page_box.valueChanged.connect(lambda value: self.go_to(value - 1))
        self._page_changed(navigator.currentPage())

    # --- navigation and zoom ------------------------------------------------------------------
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        page = max(0, min(self.page_count() - 1, page))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.prev_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.page_count() - 1)

    def zoom(self) -> float:
        return float(self.view.zoomFactor())

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    # --- output -------------------------------------------------------------------------------
    def print_document(self) -> None:
        from conflictdesk.ui.messages import show_error

        try:
            self.print_task = print_pdf(self, self.data, self.title, self.current_page(), self._printed)
        except (DomainError, OSError) as exc:  # no printer, an empty page range, QtPdf missing
            show_error(self, exc)

    def _printed(self, finished: bool, pages: int) -> None:
        self.status.setText(self.tr("인쇄 작업을 보냈습니다 ({pages}쪽).").format(
            pages=pages) if finished else self.tr("인쇄를 취소했습니다."))
        if self.on_printed is not None:
            self.on_printed(finished, pages)

    def paper_preview(self) -> None:
        print_preview(self, self.data, self.title).exec()
