"""CLI of the 공론화위원회: ``deliberation committee [--on DATE] [--format table|json]`` (members in office, composition)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.domain.committee import MAX_MEMBERS
from conflictdesk.domain.dates import format_date, parse_date


def committee_json(view: Any) -> dict[str, Any]:
    """The JSON shape of ``deliberation committee --format json`` (names masked as every output masks them)."""
    comp = view.composition
    return {
        "on": view.on.isoformat(),
        "cap": MAX_MEMBERS,
        "in_office": len(view.in_office),
        "chair": view.chair.name if view.chair else None,
        "members": [{"id": m.id, "name": m.name, "kind": m.kind.value, "appointment": m.appointment.value,
                     "affiliation": m.affiliation, "term_from": m.term_from.isoformat(),
                     "term_to": m.term_to.isoformat() if m.term_to else None, "chair": m.chair}
                    for m in view.in_office],
        "composition": [{"group": group, "code": r.code, "label": r.label, "expected": r.expected, "actual": r.actual}
                        for group, rows in (("kind", comp.kinds), ("appointment", comp.appointments)) for r in rows],
        "warning": comp.warning or None,
    }


def cmd_committee(args: argparse.Namespace) -> int:
    from conflictdesk.services.deliberation_committee import committee

    on = parse_date(args.on) if args.on else date.today()
    with database(args) as db:
        view = committee(db, on)
    if args.format == "json":
        print_json(committee_json(view))
        return 0
    print(f"공론화위원회 — {format_date(on)} 재직 {len(view.in_office)}명 (최대 {MAX_MEMBERS}명)")
    print(f"구성: {view.composition.line()}")
    if view.composition.warning:
        print(f"경고: {view.composition.warning}")
    if not view.in_office:
        print("이 날짜에 임기 중인 위원이 없습니다.")
        return 0
    print()
    rows = [[m.name + (" (위원장)" if m.chair else ""), m.kind.label, m.appointment.label, m.affiliation,
             format_date(m.term_from), format_date(m.term_to) if m.term_to else "—"] for m in view.in_office]
    print_table(["위원", "구분", "당연직·위촉", "소속", "임기 시작", "임기 종료"], rows)
    return 0


def register(sub: Any) -> None:
    """Add ``committee`` to the ``deliberation`` subcommands."""
    q = sub.add_parser("committee", help="공론화위원회: 그날 임기 중인 위원과 조례 구성(5·4·3·3) 대비")
    q.add_argument("--on", default=None, metavar="DATE", help="이 날짜의 위원 (기본: 오늘; 예 2020-01-15)")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.set_defaults(handler=cmd_committee)
