"""CLI: ``checklist --project CODE|--department NAME --out DIR`` writes 사전 갈등검토목록; ``checklist-in FILE…`` reads
the departments' answers back (docs/업무규칙.md §Pre-review checklist)."""

from __future__ import annotations

import argparse
import json

from conflictdesk.commands.common import database
from conflictdesk.commands.handout import _today, take_in
from conflictdesk.domain.dates import parse_date
from conflictdesk.domain.text import terminal_safe


def cmd_checklist(args: argparse.Namespace) -> int:
    from conflictdesk.reports.pre_review_xlsx import write_checklists
    from conflictdesk.services.files import output_folder
    from conflictdesk.services.pre_review import prepare_checklists

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
    p = sub.add_parser("checklist", help="사전 갈등검토목록 만들기: 사업마다 채울 엑셀(.xlsx), 인쇄용 PDF·한/글(HWPX)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--project", action="append", metavar="CODE", help="이 사업의 검토목록 (여러 번 가능)")
    which.add_argument("--department", metavar="NAME", help="이 부서의 모든 등록 사업 (사업마다 파일 하나)")
    p.add_argument("--out", required=True, metavar="DIR", help="파일을 저장할 폴더 (없으면 만듦)")
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
