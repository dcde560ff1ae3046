"""What a department workbook holds (query-free, so reports/handout_xlsx.py renders it without SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conflictdesk.domain.handout import SheetLayout


@dataclass(frozen=True)
class DepartmentWorkbook:
    """One department's workbook of one round: the layouts, the pre-filled cells and the signed stamp."""

    round_code: str
    department: str
    issued: date
    due: date
    officer: str
    contact: str
    layouts: dict[str, SheetLayout]
    #: Cell values per data sheet, one list per pre-filled row (dates as ``date``, everything else text).
    rows: dict[str, list[list[object]]]
    stamp_text: str
    signature: str
    serial: str = ""
    #: The round's checklist items with their weights (label, weight), listed on the 안내 sheet.
    checklist: tuple[tuple[str, int], ...] = ()

    @property
    def targets(self) -> int:
        return len(self.rows.get("진단", []))
