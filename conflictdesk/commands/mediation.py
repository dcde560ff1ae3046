"""Subcommands `experts` (pool, contacts masked; `experts import FILE`) and `council CODE`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.masking import member_is_private, shown_name
from conflictdesk.domain.text import terminal_safe


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def cmd_experts(args: argparse.Namespace) -> int:
    from conflictdesk.services.experts import list_experts

    with database(args) as db:
        rows = list_experts(db)
    if args.format == "json":
        print_json({"experts": [
            {"id": r.id, "name": r.name, "field": r.field, "affiliation": r.affiliation, "region": r.region,
             "contact": r.contact, "active": r.active}
            for r in rows
        ]})
        return 0
    print_table(["ID", "성명", "분야", "소속", "지역", "연락처", "활동"],
                [(r.id, r.name, r.field, r.affiliation, r.region, r.contact, "예" if r.active else "아니오")
                 for r in rows], right=(0,))
    return 0


#: Problem lines printed after a refused import (a 20,000-column file would otherwise print 20,000 lines).
MAX_LISTED = 50


def cmd_experts_import(args: argparse.Namespace) -> int:
    from conflictdesk.services.expert_import import ImportProblems, import_pool

    with database(args) as db:
        try:
            result = import_pool(db, Path(args.file))
        except ImportProblems as exc:
            for problem in exc.problems[1:MAX_LISTED + 1]:
                print(f"  {problem}", file=sys.stderr)
            if len(exc.problems) > MAX_LISTED + 1:
                print(f"  … 외 {len(exc.problems) - MAX_LISTED - 1:,}건", file=sys.stderr)
            raise DomainError(f"{Path(args.file).name}: {exc.message}", code=exc.code) from None
    print(f"전문가 풀을 가져왔습니다: 추가 {result.added}명, 갱신 {result.updated}명")
    return 0


def _name(member: Any, unmasked: bool) -> str:
    """A member's name by the one masking policy: party representatives masked, chair/experts/officials not."""
    return shown_name(member.name, person=member_is_private(member.role.value), unmasked=unmasked)


def council_json(view: Any, unmasked: bool = False) -> dict[str, Any]:
    """The stable JSON shape of `council CODE --format json`; private persons masked unless ``unmasked``."""
    chair = view.chair
    result = None
    if view.result_kind is not None:
        result = {"kind": view.result_kind.value, "date": _iso(view.result_on), "text": view.result_text,
                  "legality_note": view.legality_note}
    return {
        "code": view.project_code,
        "formed": _iso(view.formed_on),
        "chair": chair.name if chair is not None else None,
        "members": [{"name": _name(m, unmasked), "role": m.role.value, "affiliation": m.affiliation} for m in view.members],
        "meetings": [{"date": _iso(m.held_on), "place": m.place, "open": m.is_open} for m in view.meetings],
        "result": result,
        "items": [{"text": i.text, "owner": i.owner, "due": _iso(i.due), "status": i.status.value}
                  for i in view.items],
    }


def _print_council_text(view: Any, unmasked: bool = False) -> None:
    from conflictdesk.domain.council import BASIC_RULE_ITEMS, MAX_COUNCIL_MEMBERS

    chair = view.chair
    lines = [
        f"{view.name} — {view.project_code} {view.project_name}",
        f"구성일: {_iso(view.formed_on)}   종료 예정: {_iso(view.end_on) or '-'}   "
        f"위원장: {chair.name if chair else '(없음)'}   위원: {len(view.members)} / {MAX_COUNCIL_MEMBERS}명",
        f"합의 일정: {view.schedule or '-'}",
        "",
        "[기본규칙]",
        *(f"  {label}: {view.basic_rules.get(code) or '-'}" for code, label in BASIC_RULE_ITEMS),
        "",
        "[위원]",
        *(f"  {m.role.label}  {_name(m, unmasked)}  {m.affiliation}" for m in view.members),
        "",
        "[회의]",
        *(f"  {_iso(m.held_on)}  {m.place}  {'공개' if m.is_open else '비공개'}" for m in view.meetings),
        "",
    ]
    if view.result_kind is not None:
        lines += [f"[{view.result_kind.label}] {_iso(view.result_on)}", f"  {view.result_text}",
                  f"  적법성·공익성 검토: {view.legality_note or '-'}", ""]
    else:
        lines += ["[결과문] 없음", ""]
    lines.append("[합의사항 이행]")
    lines += [f"  {i.status.label}  {i.text}  (담당 {i.owner or '-'}, 기한 {_iso(i.due) or '-'})" for i in view.items]
    sys.stdout.write(terminal_safe("\n".join(lines)) + "\n")


def cmd_council(args: argparse.Namespace) -> int:
    from conflictdesk.services.councils import get_council
    from conflictdesk.services.files import audit_unmasked

    with database(args) as db:
        view = get_council(db, args.code)
        if args.unmasked:
            audit_unmasked(db, "council", args.code, "터미널")
    if args.format == "json":
        print_json(council_json(view, args.unmasked))
    else:
        _print_council_text(view, args.unmasked)
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("experts", help="갈등조정전문가 풀 (연락처 가림)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_experts)
    inner = p.add_subparsers(title="하위 명령", metavar="ACTION", parser_class=type(p))
    imp = inner.add_parser("import", help="전문가 풀 xlsx 가져오기 (성명, 분야, 소속, 지역, 연락처, 비고)")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.set_defaults(handler=cmd_experts_import)

    p = subparsers.add_parser("council", help="사업의 갈등조정협의회")
    p.add_argument("code", metavar="CODE", help="사업코드")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--unmasked", action="store_true", help="당사자 대표의 이름을 가리지 않음 (감사 기록됨)")
    p.set_defaults(handler=cmd_council)
