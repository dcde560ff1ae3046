"""Subcommands of the programme year: `budget --year Y` (lines, plan and execution per quarter), `training`."""

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


def training_json(view: Any) -> dict[str, Any]:
    """The stable JSON shape of `training --year Y --format json`."""
    return {
        "year": view.year,
        "sessions": [{"date": t.held_on.isoformat(), "kind": t.kind.value, "district": t.district,
                      "attendees": t.attendees, "cost_won": t.cost_won} for t in view.sessions],
        "targets": [{"name": p.name, "goal": p.goal, "done": p.done} for p in view.progress],
    }


def cmd_training(args: argparse.Namespace) -> int:
    from conflictdesk.services.training import overview

    year = args.year if args.year is not None else date.today().year
    with database(args) as db:
        view = overview(db, year)
    if args.format == "json":
        print_json(training_json(view))
        return 0
    print(f"{view.year}년 공직자 갈등관리 교육")
    print_table(["일자", "구분", "제목", "군·구", "장소", "강사", "시간", "인원", "교육비"],
                [(t.held_on.isoformat(), t.kind.label, t.title, t.district, t.place, t.instructor,
                  f"{t.hours:g}", t.attendees, format_won(t.cost_won)) for t in view.sessions],
                right=(6, 7, 8))
    print()
    print("[목표]")
    for p in view.progress:
        line = f"  {p.name}: {p.done} / {p.goal} {p.verdict}"
        if p.remaining:
            line += f" (남은 군·구: {', '.join(p.remaining)})"
        print(line)
    print()
    if view.flags:
        print("[교육이 필요한 부서: 중점관리대상 수 > 교육 이수 인원]")
        for f in view.flags:
            print(f"  {f.department}: 중점관리대상 {f.key_cases}건, 교육 이수 {f.trained}명")
    else:
        print("[교육이 필요한 부서] 없음")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("budget", help="갈등관리 사업 예산: 항목별·분기별 계획과 집행")
    p.add_argument("--year", type=int, default=None, help="예산 연도 (기본: 올해)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_budget)

    p = subparsers.add_parser("training", help="공직자 갈등관리 교육: 과정, 목표 달성, 교육이 필요한 부서")
    p.add_argument("--year", type=int, default=None, help="연도 (기본: 올해)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_training)
