"""CLI: ``handout --round R --out DIR`` writes the department workbooks; ``handin FILE…`` takes them back."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from conflictdesk.commands.common import database
from conflictdesk.domain.dates import parse_date
from conflictdesk.domain.text import terminal_safe

if TYPE_CHECKING:  # the services load when a command runs
    from conflictdesk.services.handin import HandinResult
    from conflictdesk.store.engine import Database


def _today() -> date:
    return date.today()


def cmd_handout(args: argparse.Namespace) -> int:
    from conflictdesk.reports.handout_xlsx import write_card_forms, write_workbooks
    from conflictdesk.services.files import output_folder
    from conflictdesk.services.handout import prepare_handouts

    out = output_folder(args.out)
    due = parse_date(args.due) if args.due else None
    with database(args) as db:
        books, _changes = prepare_handouts(db, args.round, department=args.department, due=due,
                                           contact=args.contact or "", today=_today())
        paths = write_workbooks(books, out)
        forms = write_card_forms(db, books, out) if args.hwpx else []
    for book, path in zip(books, paths, strict=True):
        print(f"{terminal_safe(book.department)}: 진단 {book.targets}건, 카드 {len(book.rows['카드'])}건 → {path}")
    if args.hwpx:
        print(f"한/글(HWPX) 카드 {len(forms)}개를 함께 저장했습니다 (개인정보 가림, 보내기 전용).")
    print(f"부서 작성 파일 {len(paths)}개를 만들었습니다 ({books[0].round_code}, 제출 기한 {books[0].due.isoformat()}).")
    return 0


def print_result(result: object, verbose: bool) -> None:
    """One returned file's outcome: refused, problems by sheet/row/column, or what was (or would be) taken in."""
    from conflictdesk.services.handin import HandinResult

    assert isinstance(result, HandinResult)
    safe = terminal_safe
    if result.refused:
        # the catalogue's refusal already names the file; a reader's message may not
        named = result.file in result.refused
        print(f"거부: {safe(result.refused) if named else safe(result.file) + ': ' + safe(result.refused)}",
              file=sys.stderr)
        return
    if result.kind == "checklist":
        head = f"{safe(result.file)} (사전 갈등검토목록 {safe(result.project)} {safe(result.department)}): "
        counts = f"답·비고 {len(result.changes)}칸"
    else:
        head = f"{safe(result.file)} ({result.round_code} {safe(result.department)}): "
        counts = f"수정 {len(result.changes)}칸, 추가 {len(result.added)}줄, 충돌 {len(result.conflicts)}건"
    if result.problems:
        print(f"오류: {head}문제가 {len(result.problems)}건 있어 아무것도 가져오지 않았습니다.", file=sys.stderr)
        for problem in result.problems[:MAX_LISTED]:
            print(f"  {safe(problem.text())}", file=sys.stderr)
        return
    if result.written:
        state = "가져왔습니다"
    elif result.unresolved:
        state = "충돌이 있어 가져오지 않았습니다 (--on-conflict keep|department로 정하세요)"
    elif result.dry_run:
        state = "미리보기 (저장하지 않음)"
    else:
        state = "바뀐 것이 없습니다"
    print(head + counts + " — " + state)
    if not verbose and result.written:
        return
    for c in result.changes[:MAX_LISTED * 4]:
        print(f"  수정 [{c.sheet} {c.row}행] {safe(c.entry)} {c.column}: {safe(c.old)!r} → {safe(c.new)!r}")
    for a in result.added[:MAX_LISTED * 4]:
        print(f"  추가 [{a.sheet} {a.row}행] {a.code}: {safe(a.text())}")
    for conflict in result.conflicts:
        print(f"  충돌 [{conflict.what} {conflict.code}] 처리: {conflict.choice}")
        for column, handed, dept, now in conflict.fields:
            print(f"    {column}: 보낼 때 {safe(handed)!r} | 부서 {safe(dept)!r} | 지금 {safe(now)!r}")


MAX_LISTED = 50


def take_in(args: argparse.Namespace, read: Callable[[Database, str], HandinResult], verbose: bool) -> int:
    """Read every ``args.files`` with ``read`` (one transaction each), print text or the JSON; 1 if any was not
    taken in (refused, problems, open conflicts)."""
    import json

    results = []
    with database(args) as db:
        for file in args.files:
            result = read(db, file)
            results.append(result)
            if args.format == "text":
                print_result(result, verbose)
    if args.format == "json":
        print(json.dumps({"files": [r.to_json() for r in results]}, ensure_ascii=False, indent=2))
    return 0 if all(r.acceptable for r in results) else 1


def cmd_handin(args: argparse.Namespace) -> int:
    from conflictdesk.services.handin import handin_file

    choices = {f"diagnosis:{code}": "department" for code in args.take or ()}
    choices.update({f"card:{code}": "department" for code in args.take or ()})
    return take_in(args, lambda db, file: handin_file(db, file, dry_run=args.dry_run, round_code=args.round,
                                                      choices=choices, on_conflict=args.on_conflict,
                                                      today=_today())[0], args.dry_run)


def cmd_handouts(args: argparse.Namespace) -> int:
    import json

    from conflictdesk.commands.common import format_table
    from conflictdesk.services.handout import HandoutStatus, handout_tracking

    with database(args) as db:
        tracking = handout_tracking(db, args.round, _today())

    def day(d: date | None) -> str | None:
        return d.isoformat() if d else None

    def state(d: HandoutStatus) -> str:
        return ("accepted" if d.accepted_on else "returned" if d.returned_on
                else "late" if d.late else "waiting")

    if args.format == "json":
        print(json.dumps({
            "round": tracking.round_code, "as_of": tracking.as_of.isoformat(), "sent": tracking.sent,
            "returned": tracking.returned, "accepted": tracking.accepted, "return_rate": tracking.return_rate,
            "departments": [{"department": d.department, "sent": day(d.sent_on), "due": day(d.due),
                             "returned": day(d.returned_on), "accepted": day(d.accepted_on), "state": state(d),
                             "late": d.late} for d in tracking.departments]}, ensure_ascii=False, indent=2))
        return 0
    labels = {"accepted": "반영", "returned": "회신(미반영)", "late": "기한 지남", "waiting": "작성 중"}
    print(format_table(["부서", "보낸 날", "기한", "회신", "반영", "상태"],
                       [[d.department, day(d.sent_on), day(d.due), day(d.returned_on) or "", day(d.accepted_on) or "",
                         labels[state(d)]] for d in tracking.departments]))
    rate = "–" if tracking.return_rate is None else f"{tracking.return_rate}%"
    print(f"{tracking.round_code}: 보낸 부서 {tracking.sent}곳, 회신 {tracking.returned}곳, 반영 {tracking.accepted}곳, "
          f"회신율 {rate}, 기한 지난 미회신 {len(tracking.late)}곳")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("handout", help="부서별 작성 파일(.xlsx) 만들기: 진단표·카드·대응계획·이해관계자·조치실적")
    p.add_argument("--round", required=True, metavar="ROUND", help="진단 차수 (예: 2020-2)")
    p.add_argument("--out", required=True, metavar="DIR", help="파일을 저장할 폴더")
    p.add_argument("--department", metavar="NAME", help="이 부서의 파일만 만들기")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="제출 기한 (기본: 오늘부터 14일 뒤)")
    p.add_argument("--contact", metavar="TEXT", help="안내 시트에 적을 담당관 연락처")
    p.add_argument("--hwpx", action="store_true", help="중점관리 사업의 카드를 한/글(HWPX) 파일로도 저장 (보내기 전용)")
    p.set_defaults(handler=cmd_handout)

    p = sub.add_parser("handouts", help="차수의 부서 작성 파일 송부·회신·반영 현황 (기한 지난 부서 표시)")
    p.add_argument("--round", required=True, metavar="ROUND", help="진단 차수 (예: 2020-2)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="출력 형식")
    p.set_defaults(handler=cmd_handouts)

    p = sub.add_parser("handin", help="부서가 돌려보낸 작성 파일 가져오기 (파일마다 전부 또는 전무; 사전 갈등검토목록도)")
    p.add_argument("files", nargs="+", metavar="FILE", help="부서 작성 파일 (.xlsx)")
    p.add_argument("--dry-run", action="store_true", help="저장하지 않고 바뀔 내용·충돌·문제만 보여 주기")
    p.add_argument("--round", metavar="ROUND", help="이 차수의 파일만 받기 (다른 차수의 파일은 거부)")
    p.add_argument("--on-conflict", choices=("report", "keep", "department"), default="report",
                   help="보낸 뒤 ConflictDesk에서 바뀐 기록을 부서도 고쳤을 때: report(기본, 그 파일을 가져오지 않음), "
                        "keep(ConflictDesk 값 유지), department(부서 값으로)")
    p.add_argument("--take", action="append", metavar="CODE", help="이 사업의 충돌은 부서 값으로 (여러 번 가능)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="출력 형식")
    p.set_defaults(handler=cmd_handin)

