"""The audit trail as the user browses it: filter by entity, actor and date; export to CSV (itself recorded)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from conflictdesk.domain.dates import KST
from conflictdesk.domain.field_labels import field_label
from conflictdesk.domain.text import FORMULA_START, spreadsheet_safe
from conflictdesk.services.files import write_atomic
from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry

#: Actions that touch personal data (개인정보): shown first in the action filter.
PERSONAL_ACTIONS = ("reveal", "export")
COLUMNS = ("번호", "시각", "사용자", "동작", "대상", "대상 번호", "항목", "이전 값", "새 값", "사유")
RISKY_START = FORMULA_START


@dataclass(frozen=True)
class AuditFilter:
    entity: str = ""
    actor: str = ""
    action: str = ""
    since: date | None = None
    until: date | None = None
    limit: int = 5000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None
    reason: str

    def cells(self) -> tuple[str, ...]:
        shown = self.at.astimezone(KST)
        return (str(self.id), shown.strftime("%Y-%m-%d %H:%M:%S"), self.actor, self.action, self.entity,
                self.entity_id, self.field, self.old or "", self.new or "", self.reason)


def load_audit(db: Database, flt: AuditFilter = AuditFilter()) -> list[AuditRow]:
    """Audit rows matching ``flt``, newest first."""
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(flt.limit)
    if flt.entity:
        stmt = stmt.where(AuditEntry.entity == flt.entity)
    if flt.actor:
        stmt = stmt.where(AuditEntry.actor.icontains(flt.actor.strip(), autoescape=True))
    if flt.action:
        stmt = stmt.where(AuditEntry.action == flt.action)
    # since/until are KST days, as the 일시 column shows them
    if flt.since:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(flt.since, time(), KST).astimezone(UTC))
    if flt.until:
        stmt = stmt.where(AuditEntry.at < datetime.combine(flt.until + timedelta(days=1), time(), KST).astimezone(UTC))
    with db.read() as s:
        return [AuditRow(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.field, e.old, e.new, e.reason)
                for e in s.scalars(stmt)]


def filter_choices(db: Database) -> tuple[list[str], list[str]]:
    """(entities, actions) present in the trail, for the filter boxes."""
    with db.read() as s:
        entities = sorted(s.scalars(select(AuditEntry.entity).distinct()))
        actions = sorted(s.scalars(select(AuditEntry.action).distinct()))
    return entities, actions


def _cell(value: str) -> str:
    """A spreadsheet must not run a cell as a formula: risky leading characters are quoted."""
    return spreadsheet_safe(value)


def audit_csv(rows: list[AuditRow]) -> bytes:
    """UTF-8 CSV with BOM (Excel opens Hangul correctly); one line per row, no formulas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        cells = list(row.cells())
        cells[6] = field_label(row.entity, row.field)  # 항목 in words, as the GUI shows it
        writer.writerow([_cell(c) for c in cells])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_audit_csv(db: Database, path: Path, flt: AuditFilter = AuditFilter()) -> int:
    """Write the filtered trail to ``path`` (all or nothing) and record the export; returns the row count."""
    rows = load_audit(db, flt)
    write_atomic(Path(path), audit_csv(rows))
    if not db.read_only:
        with db.write(reason="감사 기록 내보내기") as s:
            audit.record(s, "export", "AuditLog", "", new=f"{len(rows)}건 → {Path(path).name}")
    return len(rows)
