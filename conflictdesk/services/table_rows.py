"""The project table's rows read through the standard library (sqlite3), for the first table at start-up.

Start-up paints the window, then fills the project table before anything else loads: this module imports
neither SQLAlchemy's ORM nor the models, so the first table costs one read-only query on the file. Every later
read goes through ``services.projects`` (same statement, same rows).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Row = tuple[int, str, str, str, int | None, str, int | None, str | None]

#: The table's query in plain SQL for SQLite, where it runs on the DBAPI cursor: at 100,000 rows building
#: SQLAlchemy rows costs more than the query itself. Ordered by 사업코드, the table's default sort.
TABLE_SQL = (
    "SELECT p.id, p.code, p.name, d.name, p.budget_won, g.criteria, g.confirmed_grade, c.stage "
    "FROM projects p JOIN departments d ON d.id = p.department_id "
    "LEFT JOIN diagnoses g ON g.project_id = p.id AND g.round_id = ? "
    "LEFT JOIN cards c ON c.project_id = p.id ORDER BY p.code"
)
ROUNDS_SQL = "SELECT id, code FROM rounds ORDER BY year DESC, half DESC"


def shared_rows(result: Iterable[Any]) -> list[Row]:
    # Department, criteria and stage repeat across 100,000 rows: share one string object per value.
    shared: dict[str, str] = {}
    share = shared.setdefault
    return [
        (pid, pcode, name, share(dept, dept), budget, share(crit or "", crit or ""), grade,
         None if stage is None else share(stage, stage))
        for pid, pcode, name, dept, budget, crit, grade, stage in result
    ]


@dataclass(frozen=True)
class FirstTable:
    round_codes: list[str]  # newest first
    round_code: str | None  # the round the rows show (the newest)
    rows: list[Row]


def read_first_table(path: Path) -> FirstTable:
    """The rounds and the table rows of the newest round, read-only from the SQLite file at ``path``."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        rounds = conn.execute(ROUNDS_SQL).fetchall()
        round_id, code = rounds[0] if rounds else (None, None)
        return FirstTable([c for _id, c in rounds], code, shared_rows(conn.execute(TABLE_SQL, (round_id,))))
    finally:
        conn.close()
