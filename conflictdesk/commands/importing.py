"""CLI: ``template --out FILE.xlsx`` writes the import template; ``import FILE`` imports a project list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from conflictdesk.commands.common import database
from conflictdesk.domain.errors import DomainError


def cmd_template(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise DomainError(f"서식 파일 이름은 .xlsx로 끝나야 합니다: {out}", code="bad_name")
    if not out.parent.exists():
        raise DomainError(f"저장할 폴더가 없습니다: {out.parent}", code="no_folder")
    from conflictdesk.reports.template import write_template

    write_template(out)
    print(f"가져오기 서식을 저장했습니다: {out}")
    return 0


#: Problem lines printed after a refused import (a 20,000-column file would otherwise print 20,000 lines).
MAX_LISTED = 50


def cmd_import(args: argparse.Namespace) -> int:
    from conflictdesk.services.importing import import_projects, summary_text

    big = [False]

    def progress(pct: int, msg: str) -> bool:
        if big[0] or ("행 읽는 중" in msg and pct >= 10):  # only files of thousands of rows
            big[0] = True
            print(f"  {pct:3d}% {msg}", file=sys.stderr)
        return True

    with database(args) as db:
        result, _changes = import_projects(db, args.file, round_code=args.round, dry_run=args.dry_run,
                                           progress=progress)
    if result.problems:
        n = len(result.problems)
        print(f"오류: {result.file}에 문제가 {n}건 있어 아무것도 가져오지 않았습니다.", file=sys.stderr)
        for problem in result.problems[:MAX_LISTED]:
            print(problem.text(), file=sys.stderr)
        if n > MAX_LISTED:
            print(f"… 외 {n - MAX_LISTED:,}건", file=sys.stderr)
        return 1
    print(summary_text(result))
    for notice in result.notices[:MAX_LISTED]:
        label = "유지" if notice.code == "kept_graded_target" else "확인 필요"
        print(f"  {label} [{notice.code}] {notice.text()}")
    if len(result.notices) > MAX_LISTED:
        print(f"  … 외 {len(result.notices) - MAX_LISTED:,}건")
    if args.dry_run:
        for entry in result.plan:
            if entry.action == "unchanged":
                continue
            label = "추가" if entry.action == "add" else "수정"
            changed = f" ({', '.join(entry.changed)})" if entry.changed else ""
            cleared = f" — 지움: {', '.join(entry.cleared)}" if entry.cleared else ""
            print(f"  행 {entry.row}: {label} {entry.code} {entry.name}{changed}{cleared}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("template", help="사업 목록 가져오기 서식(.xlsx) 저장")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="저장할 파일")
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("import", help="사업 목록(.xlsx, .csv) 가져오기")
    p.add_argument("file", metavar="FILE", help="가져올 파일 (.xlsx 또는 .csv)")
    p.add_argument("--round", metavar="ROUND", help="이 진단 차수(예: 2020-2)를 열고 가져온 사업을 진단")
    p.add_argument("--dry-run", action="store_true", help="저장하지 않고 추가·수정될 내용만 보여 주기")
    p.set_defaults(handler=cmd_import)
