"""A department's answers written into a 사전 갈등검토목록 file, as the department would (shared by the tests)."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def answer_checklist(path: Path, answers: dict[str, str]) -> None:
    """Write each answer into the 답 column of the rows whose question starts with its key."""
    wb = openpyxl.load_workbook(path)
    ws = wb["검토목록"]
    for r in range(2, ws.max_row + 1):
        for start, value in answers.items():
            if str(ws.cell(r, 3).value or "").startswith(start):
                ws.cell(r, 4).value = value
    wb.save(path)
