"""CLI: ``checklist --project CODE|--department NAME --out DIR`` writes 사전 갈등검토목록; ``checklist --status`` lists
the ones sent and where they stand (회신 대기, 기한 경과, 회신); ``checklist-in FILE…`` reads the departments' answers
back (docs/업무규칙.md §Pre-review checklist)."""

from __future__ import annotations

import argparse
import json

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.commands.handout import _today, take_in
from conflictdesk.domain.dates import parse_date
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.pre_review import STATUS_LABELS, ChecklistStatus
from conflictdesk.domain.text import terminal_safe
from conflictdesk.services.pre_review_dtos import ChecklistState


def state_json(c: ChecklistState) -> dict[str, object]:
    """One project's latest checklist as ``checklist --status --format json`` prints it."""
    return {"project": c.project, "name": c.name, "department": c.department, "sent_on": c.sent_on.isoformat(),
            "due": c.due.isoformat(), "returned_on": c.returned_on.isoformat() if c.returned_on else None,
            "accepted_on": c.accepted_on.isoformat() if c.accepted_on else None, "status": c.status.value,
            "days_overdue": c.days_overdue, "sent_count": c.sent_count}


def status_label(c: ChecklistState) -> str:
    label = STATUS_LABELS[c.status]
    return f"{label} ({c.days_overdue}일)" if c.status is ChecklistStatus.OVERDUE else label


def cmd_checklist_status(args: argparse.Namespace) -> int:
    from conflictdesk.services.pre_review import checklist_states

    as_of = parse_date(args.as_of) if args.as_of else _today()
    with database(args) as db:
        states = checklist_states(db, as_of=as_of, codes=args.project or (), department=args.department,
                                  outstanding=args.outstanding)
    counts = {s.value: sum(1 for c in states if c.status is s) for s in ChecklistStatus}
    if args.format == "json":
        print_json({"as_of": as_of.isoformat(), "counts": counts, "checklists": [state_json(c) for c in states]})
        return 0
    if not states:
        print("보낸 사전 갈등검토목록이 없습니다." if not args.outstanding else "회신을 기다리는 사전 갈등검토목록이 없습니다.")
        return 0
    print_table(("사업코드", "사업명", "부서", "보낸 날", "기한", "회신일", "상태"),
                [(c.project, c.name, c.department, c.sent_on.isoformat(), c.due.isoformat(),
                  c.returned_on.isoformat() if c.returned_on else "", status_label(c)) for c in states])
    print(f"기준일 {as_of.isoformat()}: " + " · ".join(f"{STATUS_LABELS[s]} {counts[s.value]}건" for s in ChecklistStatus))
    return 0


def cmd_checklist(args: argparse.Namespace) -> int:
    from conflictdesk.reports.pre_review_xlsx import write_checklists
    from conflictdesk.services.files import output_folder
    from conflictdesk.services.pre_review import prepare_checklists

    if args.status:
        return cmd_checklist_status(args)
    if not args.project and args.department is None:
        raise DomainError("checklist_nothing_chosen")
    if not args.out:
        raise DomainError("value_required", field="--out")
    out = output_folder(args.out)
    due = parse_date(args.due) if args.due else None
    with database(args) as db:
        books, _changes = prepare_checklists(db, args.project or (), department=args.department, due=due,
                                             contact=args.contact or "", today=_today())
    rows = []
    for book in books:
        paths = write_checklists([book], out, pdf=args.pdf, hwpx=args.hwpx)
        rows.append((book, paths))
    if args.format == "json":
        print(json.dumps({"checklists": [
            {"project": b.code, "name": b.name, "department": b.department, "due": b.due.isoformat(),
             "questions": len(b.questions), "files": [str(p) for p in paths]} for b, paths in rows]},
            ensure_ascii=False, indent=2))
        return 0
    for book, paths in rows:
        print(f"{book.code} {terminal_safe(book.name)} ({terminal_safe(book.department)}) → "
              + ", ".join(str(p) for p in paths))
    print(f"사전 갈등검토목록 {len(books)}개를 만들었습니다 (제출 기한 {books[0].due.isoformat()}). "
          "부서가 엑셀 파일에 답을 적어 돌려보내면 checklist-in으로 가져오세요.")
    return 0


def cmd_checklist_in(args: argparse.Namespace) -> int:
    from conflictdesk.services.pre_review import checklist_file

    return take_in(args, lambda db, file: checklist_file(db, file, dry_run=args.dry_run, today=_today(),
                                                         project=args.project)[0], True)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("checklist", help="사전 갈등검토목록 만들기: 사업마다 채울 엑셀(.xlsx), 인쇄용 PDF·한/글(HWPX); "
                                         "--status: 보낸 목록의 회신 현황")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--project", action="append", metavar="CODE", help="이 사업의 검토목록 (여러 번 가능)")
    which.add_argument("--department", metavar="NAME", help="이 부서의 모든 등록 사업 (사업마다 파일 하나)")
    p.add_argument("--out", metavar="DIR", help="파일을 저장할 폴더 (없으면 만듦; 만들 때 필수)")
    p.add_argument("--status", action="store_true",
                   help="만들지 않고, 보낸 검토목록의 현황(사업마다 마지막으로 보낸 것: 회신 대기·기한 경과·회신)을 보기")
    p.add_argument("--outstanding", action="store_true", help="--status와 함께: 아직 회신을 기다리는 것만")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="--status와 함께: 기한 경과를 판단할 기준일 (기본: 오늘)")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="제출 기한 (기본: 오늘부터 14일 뒤)")
    p.add_argument("--contact", metavar="TEXT", help="안내 시트에 적을 담당관 연락처")
    p.add_argument("--pdf", action="store_true", help="인쇄용 PDF도 저장")
    p.add_argument("--hwpx", action="store_true", help="한/글(HWPX) 문서도 저장")
    p.add_argument("--format", choices=("table", "json"), default="table", help="출력 형식")
    p.set_defaults(handler=cmd_checklist)

    p = sub.add_parser("checklist-in", help="부서가 답한 사전 갈등검토목록 가져오기 (파일마다 전부 또는 전무)")
    p.add_argument("files", nargs="+", metavar="FILE", help="사전 갈등검토목록 (.xlsx)")
    p.add_argument("--dry-run", action="store_true", help="저장하지 않고 답과 문제만 보여 주기")
    p.add_argument("--project", metavar="CODE", help="이 사업의 검토목록만 받기 (다른 사업의 파일은 거부)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="출력 형식")
    p.set_defaults(handler=cmd_checklist_in)
