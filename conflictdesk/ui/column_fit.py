"""Column widths from content: never narrower than a column's header or its values, one column takes the rest.

At 1024×768 and in English (longer headers than Korean) fixed pixel widths clipped headers and squeezed the
사업명 column to a few pixels (#19 items 8 and 11). A table asks :func:`fit_columns` instead: every column is at
least as wide as its header (with the sort indicator) and, up to ``cap`` pixels, as its widest value among the
rows Qt samples; the ``stretch`` column takes the room left over but never less than its own minimum — when the
view is too narrow the table scrolls sideways rather than squeeze a column. Values wider than a column are
elided by the view; every cell keeps its full text in the tooltip where the table sets one.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget
from shiboken6 import isValid

#: Values sampled per column when sizing from content (Qt's default is 1,000; tables here show up to 100,000).
SAMPLED_ROWS = 200
#: Air beside a header's text (Qt's own size hint leaves it touching the section's edge).
HEADER_PADDING = 8


class ColumnFit(QObject):
    """Keeps a table's columns fitted; call :meth:`refit` after the rows change."""

    def __init__(self, view: QTableView, minimum: Mapping[int, int], stretch: int | None, stretch_min: int,
                 content: bool, cap: int) -> None:
        super().__init__(view)
        self.view, self.minimum, self.stretch = view, dict(minimum), stretch
        self.stretch_min, self.content, self.cap = stretch_min, content, cap
        self._floor: dict[int, int] = {}
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLED_ROWS)
        header.setTextElideMode(view.textElideMode())
        if stretch is not None:
            header.setStretchLastSection(False)
        view.viewport().installEventFilter(self)
        model = view.model()
        if content and model is not None and not isinstance(view, QTableWidget):
            # new rows, new widths (a QTableWidget's owner calls refit after filling it)
            model.modelReset.connect(self.refit)
        self.refit()

    def widths(self) -> dict[int, int]:
        """The width each visible column needs (header, values up to ``cap``, the table's own minimum)."""
        found: dict[int, int] = {}
        if not isValid(self.view) or self.view.model() is None:  # a model reset while the view is destroyed
            return found
        model = self.view.model()
        header = self.view.horizontalHeader()
        for col in range(model.columnCount()):
            if header.isSectionHidden(col):
                continue
            need = max(self.minimum.get(col, 0), header.sectionSizeHint(col) + HEADER_PADDING)
            if col == self.stretch:
                need = max(need, self.stretch_min)
            elif self.content and model.rowCount():
                need = max(need, min(self.view.sizeHintForColumn(col), self.cap))
            found[col] = need
        return found

    def refit(self) -> None:
        self._floor = self.widths()
        for col, width in self._floor.items():
            if col != self.stretch:
                self.view.setColumnWidth(col, width)
        self.fill()

    def fill(self) -> None:
        """The stretch column takes the room the others leave, never less than its own minimum."""
        if self.stretch is None or self.stretch not in self._floor or not isValid(self.view):
            return
        others = sum(self.view.columnWidth(c) for c in self._floor if c != self.stretch)
        room = self.view.viewport().width() - others
        self.view.setColumnWidth(self.stretch, max(self._floor[self.stretch], room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.fill()
        return False


def fit_columns(view: QTableView, minimum: Mapping[int, int] | None = None, *, stretch: int | None = None,
                stretch_min: int = 160, content: bool = True, cap: int = 320) -> ColumnFit:
    """Fit ``view``'s columns (see the module docstring); ``minimum`` are widths a column never goes below.

    ``content=False`` sizes from the headers only (the 100,000-row project table, where sampling values costs).
    """
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return ColumnFit(view, minimum or {}, stretch, stretch_min, content, cap)


def refit_columns(view: QTableView) -> None:
    """Refit ``view``'s columns after its rows changed (nothing when the view has no :class:`ColumnFit`)."""
    fit = view.findChild(ColumnFit)
    if fit is not None:
        fit.refit()
