"""A read-only table of display values under already-translated headers (small summary tables)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from conflictdesk.ui.columns import Column, ColumnModel


class RowsModel(ColumnModel[tuple[Any, ...]]):
    """``headers`` and rows of values (tuples); numbers are right-aligned and sort natively."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__([Column(title, n) for n, title in enumerate(headers)], "RowsModel", parent)

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        """The rows in the shown order."""
        return [self.row(n) for n in range(self.rowCount())]
