"""CLI of 공론화: ``deliberation list`` (the agenda register), ``export --out FILE.xlsx``, ``import-petitions FILE``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.domain.dates import format_date

#: Problem lines printed after a refused import.
MAX_LISTED = 50


def item_json(item: Any, process: Any = None) -> dict[str, Any]:
    """One item of ``deliberation list --format json`` (the shape the issue fixes; ``process`` is null until a
    deliberation process exists for the item, else ``commands/deliberation_process.process_json``)."""
    from conflictdesk.commands.deliberation_process import process_json

    return {
        "id": item.id,
        "title": item.title,
        "source": item.source.value,
        "support": item.support,
        "opened": item.opened.isoformat(),
        "qualifies": item.qualifies,
        "explain_due": item.explain_due.isoformat() if item.explain_due else None,
        "decision": item.decision.value if item.decision else None,
        "process": process_json(process),
    }


def _status(item: Any) -> str:
    if item.status is None:
        return "심의대상"
    text = str(item.status.label)
    if item.explain_due is not None:
        text += f" (설명 {format_date(item.explain_given)})" if item.explain_given else \
            f" (설명 기한 {format_date(item.explain_due)})"
    return text


def process_cell(process: Any) -> str:
    """The 추진 column of the table: "2020년 · 행사 9/11 · 참석 2,126명 · 권고 5 (지연 1) · 빈칸 1" (empty without a
    process): the budget year, events held of those planned, attendance, recommendations and the overdue, 권역 gaps."""
    if process is None:
        return ""
    held = sum(1 for e in process.events if e.held is not None)
    parts = [f"{process.year}년", f"행사 {held}/{len(process.events)}", f"참석 {process.attendance:,}명"]
    if process.recommendations:
        late = process.overdue_count
        parts.append(f"권고 {len(process.recommendations)}" + (f" (지연 {late})" if late else ""))
    if process.gaps:
        parts.append(f"빈칸 {len(process.gaps)}")
    return " · ".join(parts)


def cmd_list(args: argparse.Namespace) -> int:
    from conflictdesk.services.deliberation import agenda
    from conflictdesk.services.deliberation_process import processes

    with database(args) as db:
        items = agenda(db, date.today(), args.year)
        found = processes(db, date.today(), [i.id for i in items])
    if args.format == "json":
        print_json({"items": [item_json(i, found.get(i.id)) for i in items]})
        return 0
    if not items:
        print("공론화 안건이 없습니다." if args.year is None else f"{args.year}년 공론화 안건이 없습니다.")
        return 0
    rows = [[i.id, i.title, i.source.label, format_date(i.opened), "" if i.support is None else f"{i.support:,}",
             _status(i), i.decision.label if i.decision else "", process_cell(found.get(i.id))] for i in items]
    print_table(["번호", "안건", "출처", "시작·접수일", "공감 수", "상태", "실시 여부", "추진"], rows, right=(0, 4))
    return 0


def cmd_import_petitions(args: argparse.Namespace) -> int:
    from conflictdesk.services.deliberation import PetitionImportProblems, import_petitions

    with database(args) as db:
        try:
            result, _changes = import_petitions(db, args.file)
        except PetitionImportProblems as exc:
            n = len(exc.problems)
            print(f"오류: {args.file}에 문제가 {n}건 있어 아무것도 가져오지 않았습니다.", file=sys.stderr)
            for problem in exc.problems[:MAX_LISTED]:
                print(problem.text(), file=sys.stderr)
            if n > MAX_LISTED:
                print(f"… 외 {n - MAX_LISTED:,}건", file=sys.stderr)
            return 1
    print(f"청원을 가져왔습니다: {result.file} — 추가 {len(result.added)}건, 갱신 {len(result.updated)}건, "
          f"공감 수 {result.counts}건")
    for title in result.added:
        print(f"  추가: {title}")
    for title in result.updated:
        print(f"  갱신: {title}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from conflictdesk.commands.export import check_suffix
    from conflictdesk.reports.deliberation_xlsx import write_agenda_xlsx
    from conflictdesk.services.deliberation import agenda
    from conflictdesk.services.files import write_atomically

    out = Path(args.out)
    check_suffix(out, ".xlsx")
    today = date.today()
    with database(args) as db:
        items = agenda(db, today, args.year)
    write_atomically(out, lambda p: write_agenda_xlsx(items, args.year, p, today))
    print(f"공론화 안건 목록을 저장했습니다 ({len(items)}건): {out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from conflictdesk.commands.export import check_suffix
    from conflictdesk.reports.deliberation_pdf import render_deliberation_pdf
    from conflictdesk.services.citizen_panel import deliberation_report
    from conflictdesk.services.files import write_atomically

    out = Path(args.out)
    suffix = check_suffix(out, ".pdf", ".hwpx")
    with database(args) as db:
        report = deliberation_report(db, args.item, date.today())
        author = db.actor
    if suffix == ".hwpx":
        from conflictdesk.reports.deliberation_hwpx import deliberation_content
        from conflictdesk.reports.hwpx import write_summary_hwpx

        write_atomically(out, lambda p: write_summary_hwpx(deliberation_content(report, author=author), p))
    else:
        write_atomically(out, lambda p: render_deliberation_pdf(report, p))
    print(f"공론화 결과 보고서를 저장했습니다: {out}")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("deliberation", help="공론화: 심의대상 안건 목록, 시민청원 가져오기")
    sub = p.add_subparsers(title="공론화 명령", metavar="COMMAND", parser_class=type(p))
    p.set_defaults(handler=lambda _args: (p.print_help(), 0)[1])

    q = sub.add_parser("list", help="공론화 안건 목록 (청원 기준 충족 여부, 시민 설명 기한, 실시 여부)")
    q.add_argument("--year", type=int, default=None, help="이 연도에 시작·접수된 안건만")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.set_defaults(handler=cmd_list)

    q = sub.add_parser("export", help="공론화 안건 목록(.xlsx) 저장: 안건, 출처, 기준, 공감 수, 시민 설명, 실시 여부")
    q.add_argument("--year", type=int, default=None, help="이 연도에 시작·접수된 안건만")
    q.add_argument("--out", required=True, metavar="FILE.xlsx", help="저장할 파일")
    q.set_defaults(handler=cmd_export)

    q = sub.add_parser("report", help="공론화 결과 보고서(.pdf, .hwpx): 안건·출처, 위원회 결정, 시민 설명, 참여단 구성")
    q.add_argument("item", type=int, metavar="ITEM", help="공론화 안건 번호")
    q.add_argument("--out", required=True, metavar="FILE", help="저장할 파일 (.pdf 또는 .hwpx; HWPX는 conflictdesk[hwpx] 필요)")
    q.set_defaults(handler=cmd_report)

    from conflictdesk.commands.committee import register as register_committee

    register_committee(sub)

    from conflictdesk.commands.deliberation_process import register as register_process

    register_process(sub)

    q = sub.add_parser("import-petitions", help="시민청원 목록(.xlsx, .csv) 가져오기: 청원명, 청원 시작일, 공감 수, 기준일")
    q.add_argument("file", metavar="FILE", help="가져올 파일 (.xlsx 또는 .csv)")
    q.set_defaults(handler=cmd_import_petitions)
