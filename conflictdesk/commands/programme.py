"""Subcommands of the programme year: `budget --year Y` (lines, plan and execution per quarter)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.domain.money import format_won


def budget_json(view: Any) -> dict[str, Any]:
    """The stable JSON shape of `budget --year Y --format json`."""
    return {
        "year": view.year,
        "lines": [
            {"line": line.line, "planned_won": line.plan.annual_won, "spent_won": line.execution.executed_won,
             "quarters": [{"q": q.quarter, "planned_won": q.planned_won, "spent_won": q.executed_won}
                          for q in line.execution.quarters]}
            for line in view.lines
        ],
    }


def _budget_row(name: str, annual: int, spent: int, quarters: Any) -> list[str]:
    return [name, format_won(annual), format_won(spent), format_won(annual - spent),
            *(f"{format_won(q.executed_won)} / {format_won(q.planned_won)}" for q in quarters)]


def cmd_budget(args: argparse.Namespace) -> int:
    from conflictdesk.services.budget import year_budget

    year = args.year if args.year is not None else date.today().year
    with database(args) as db:
        view = year_budget(db, year)
    if args.format == "json":
        print_json(budget_json(view))
        return 0
    rows = [_budget_row(line.line, line.plan.annual_won, line.execution.executed_won, line.execution.quarters)
            for line in view.lines]
    rows.append(_budget_row("합계", view.total.annual_won, view.total.executed_won, view.total.quarters))
    print(f"{view.year}년 갈등관리 사업 예산 (분기: 집행 / 계획)")
    print_table(["항목", "연간 계획", "집행", "잔액", "1분기", "2분기", "3분기", "4분기"], rows,
                right=(1, 2, 3, 4, 5, 6, 7))
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("budget", help="갈등관리 사업 예산: 항목별·분기별 계획과 집행")
    p.add_argument("--year", type=int, default=None, help="예산 연도 (기본: 올해)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_budget)
