"""``conflictdesk reviews`` (정기점검 목록) and ``conflictdesk export calendar`` (iCalendar)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.commands.export import export_subparsers
from conflictdesk.domain.errors import DomainError


def parse_day(text: str) -> date:
    """``YYYY-MM-DD`` or a one-line user error."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(f"날짜 형식이 올바르지 않습니다: {text!r} (YYYY-MM-DD)", code="bad_date") from None


def cmd_reviews(args: argparse.Namespace) -> int:
    from conflictdesk.services.reviews import list_reviews, schedule_all_rounds, schedule_reviews

    as_of = parse_day(args.as_of) if args.as_of is not None else date.today()
    with database(args) as db:
        if args.round is not None:
            schedule_reviews(db, args.round)
        else:
            schedule_all_rounds(db)
        rows = list_reviews(db, as_of, args.round, overdue_only=args.overdue)
    if args.format == "json":
        print_json({"as_of": as_of.isoformat(), "reviews": [r.to_json() for r in rows]})
        return 0
    print_table(
        ["차수", "사업코드", "사업명", "담당부서", "등급", "마감", "완료", "상태"],
        [[r.round, r.code, r.name, r.department, f"{r.grade}등급" if r.grade else "", r.due.isoformat(),
          r.done.isoformat() if r.done else "", "지연" if r.overdue else ("완료" if r.done else "예정")]
         for r in rows],
    )
    late = sum(1 for r in rows if r.overdue)
    print(f"점검 {len(rows)}건 · 지연 {late}건 (기준일 {as_of.isoformat()})", file=sys.stderr)
    return 0


def cmd_export_calendar(args: argparse.Namespace) -> int:
    from conflictdesk.reports.ics import write_calendar
    from conflictdesk.services.reminders import calendar_entries
    from conflictdesk.services.reviews import schedule_reviews

    out = Path(args.out).expanduser()
    if not out.parent.exists():
        raise DomainError(f"저장할 폴더가 없습니다: {out.parent}", code="no_folder")
    with database(args) as db:
        schedule_reviews(db, args.round)
        entries = calendar_entries(db, args.round)
    count = write_calendar(out, entries, name=f"갈등관리 데스크 {args.round}")
    print(f"달력 일정 {count}건을 내보냈습니다 → {out}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("reviews", help="정기점검 목록 (마감·완료·지연)")
    p.add_argument("--round", metavar="ROUND", help="진단 차수 (예: 2020-2; 기본: 전체)")
    p.add_argument("--overdue", action="store_true", help="지연된 점검만")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="기준일 (기본: 오늘)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_reviews)

    e = export_subparsers(sub).add_parser("calendar", help="정기점검·협의회·대응계획 일정 (iCalendar .ics)")
    e.add_argument("--round", metavar="ROUND", required=True, help="진단 차수 (예: 2020-2)")
    e.add_argument("--out", metavar="FILE.ics", required=True, help="저장할 파일")
    e.set_defaults(handler=cmd_export_calendar)
