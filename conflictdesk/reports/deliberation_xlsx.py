"""The 공론화 agenda register as XLSX (심의대상 안건 목록 per year): the same sheet conventions as the grade summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from conflictdesk.reports.summary_xlsx import PrintContext, _add_sheet, _clean
from conflictdesk.services.deliberation_dtos import AgendaItem

HEADERS = ("번호", "안건", "출처", "근거", "사업코드", "시작·접수일", "공감 수", "상태", "청원 기준", "청원 기간(일)",
           "설명 기준", "설명 기한", "설명일", "설명 내용", "실시 여부", "의결일", "사유")


def _status(item: AgendaItem) -> str:
    return "심의대상" if item.status is None else item.status.label


def _row(item: AgendaItem) -> tuple[object, ...]:
    th = item.thresholds
    petition = item.status is not None
    return (item.id, item.title, item.source.label, item.reference, item.project_code or "", item.opened,
            item.support, _status(item), th.support if petition else None, th.window_days if petition else None,
            th.explain if petition else None, item.explain_due, item.explain_given, item.explain_text,
            item.decision.label if item.decision else "", item.decided_on, item.decision_reason)


def build_agenda_workbook(items: Sequence[AgendaItem], year: int | None, printed: date) -> Any:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    scope = f"{year}년" if year is not None else "전체"
    title = "공론화 심의대상 안건 목록"
    context = PrintContext(title, scope, printed, printed)
    _add_sheet(wb, "심의대상 안건", HEADERS, [_row(i) for i in sorted(items, key=lambda i: (i.opened, i.id))],
               freeze_cols=2, context=context)
    _add_sheet(wb, "청원 공감 수", ("번호", "안건", "기준일", "공감 수"),
               [(i.id, i.title, c.as_of, c.count) for i in sorted(items, key=lambda i: (i.opened, i.id))
                for c in i.counts], freeze_cols=2, context=context)
    wb.properties.title = _clean(f"{title} ({scope})")
    wb.properties.creator = wb.properties.lastModifiedBy = "갈등관리 데스크 (ConflictDesk)"
    wb.properties.keywords = "공론화, 심의대상, 시민청원"
    return wb


def write_agenda_xlsx(items: Sequence[AgendaItem], year: int | None, out: str | Path | IO[bytes],
                      printed: date | None = None) -> None:
    """Save the register of ``items`` (of ``year``, or all) to ``out``."""
    build_agenda_workbook(items, year, printed or date.today()).save(out)
