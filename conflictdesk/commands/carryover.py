"""``conflictdesk carryover``: list a round's carried cases, or record the officer's decision on one."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.domain.enums import CarryOver
from conflictdesk.domain.errors import InvalidValue

DECISIONS = ("continue", "downgrade", "resolve", "reselect")


def _label(value: str | None) -> str:
    return CarryOver(value).label if value else "결정 대기"


def cmd_carryover(args: argparse.Namespace) -> int:
    from conflictdesk.services.carryover import DECISION_OF_WORD, carried_cases, mark_carry_over
    from conflictdesk.services.rounds import round_info

    if args.code is None:
        if args.decision is not None or args.grade is not None or args.reason is not None:
            raise InvalidValue("carry_code_required")
        with database(args) as db:
            code = round_info(db, args.round).code
            cases = carried_cases(db, code)
        if args.format == "json":
            print_json({"round": code, "cases": [c.to_json() for c in cases]})
            return 0
        print_table(["사업코드", "사업명", "담당부서", "이전 차수", "이전 등급", "판단", "현재 등급"],
                    [[c.code, c.name, c.department, c.from_round, f"{c.from_grade}등급" if c.from_grade else "-",
                      _label(c.decision), f"{c.grade}등급" if c.grade else "-"] for c in cases])
        pending = sum(1 for c in cases if c.pending)
        print(f"\n{code}: 이월 {len(cases):,}건, 결정 대기 {pending:,}건")
        return 0
    if args.decision is None:
        raise InvalidValue("carry_decision_required", choices=", ".join(DECISIONS))
    if not (args.reason or "").strip():
        raise InvalidValue("carry_reason_required", decision=DECISION_OF_WORD[args.decision])
    grade = None
    if args.grade is not None:
        if args.grade.strip() not in ("1", "2", "3"):
            raise InvalidValue("grade_invalid", value=args.grade)
        grade = int(args.grade)
    choice = DECISION_OF_WORD[args.decision]
    with database(args) as db:
        mark_carry_over(db, args.code, args.round, choice, date.today(), reason=args.reason, grade=grade)
        case = next(c for c in carried_cases(db, args.round) if c.code == args.code)
    grade_text = f"{case.grade}등급" if case.grade else "등급 없음(중점관리 아님)"
    print(f"{args.code} {args.round} 이월 판단을 '{choice.label}'(으)로 기록했습니다: {grade_text}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("carryover", help="이월 사업 목록·판단 (계속·하향·해소·제외·재선정)")
    p.add_argument("code", nargs="?", metavar="CODE", help="판단을 기록할 사업코드 (없으면 목록)")
    p.add_argument("--round", required=True, metavar="ROUND", help="진단 차수 (예: 2021-1)")
    p.add_argument("--decision", choices=DECISIONS, default=None)
    p.add_argument("--grade", default=None, metavar="N", help="하향·재선정 등급 (1, 2, 3)")
    p.add_argument("--reason", default=None, metavar="TEXT", help="판단 사유 (필수)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_carryover)
