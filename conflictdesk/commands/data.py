"""Subcommands that guard the data: ``backup``, ``restore``, ``check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from conflictdesk.commands.common import database
from conflictdesk.store.engine import resolve_db_url
from conflictdesk.store.errors import StorageError


def cmd_backup(args: argparse.Namespace) -> int:
    from conflictdesk.services.backup import make_backup

    with database(args) as db:
        result = make_backup(db, Path(args.out) if args.out else None)
    print(f"백업했습니다 (검사 통과): {result.path} ({result.size_bytes / 1e6:.1f} MB, {result.seconds:.2f}초)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from conflictdesk.services.backup import restore

    url = resolve_db_url(args.db)
    target = make_url(url).database
    if make_url(url).get_backend_name() != "sqlite" or not target:
        raise StorageError("복원은 SQLite 데이터 파일에만 할 수 있습니다.", code="not_sqlite")
    kept = restore(Path(target), Path(args.file))
    if kept is not None:
        print(f"기존 파일을 보관했습니다: {kept}", file=sys.stderr)
    print(f"복원했습니다: {args.file} → {target}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from conflictdesk.services.backup import check, deep_check

    url = resolve_db_url(args.db, create_dir=False)
    if args.deep:
        report = deep_check(url)
        problems = report.problems
        if report.rows:
            total = sum(report.rows.values())
            print(f"모든 행을 읽었습니다: 표 {len(report.rows)}개, {total:,}행 (사업 {report.rows.get('projects', 0):,}, "
                  f"감사 기록 {report.audit_count:,}건, 마지막 번호 {report.audit_last_id or '-'}).")
    else:
        problems = check(url)
    for problem in problems:
        print(f"문제({problem.code}): {problem.message}", file=sys.stderr)
    if problems:
        return 1
    print("이상 없음: 무결성 검사, 스키마, 감사 기록(열쇠로 이은 사슬·서명된 끝·보호 트리거) 모두 정상입니다."
          + (" 모든 행을 읽었고 표와 색인의 행 수가 같습니다." if args.deep else ""))
    if args.deep:
        print("참고: SQLite에는 페이지 체크섬이 없어, 읽히는 값으로 바뀐 바이트는 찾을 수 없습니다.")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="데이터 파일 백업 (검사 포함; 기본은 백업 폴더에 순환 보관)")
    p.add_argument("--out", metavar="FILE", help="백업 파일 경로 (없으면 백업 폴더)")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="백업 파일로 복원 (현재 파일은 먼저 백업)")
    p.add_argument("file", metavar="FILE", help="복원할 백업 파일")
    p.set_defaults(handler=cmd_restore)
    p = sub.add_parser("check", help="데이터 파일 검사 (무결성, 스키마, 잠금, 감사 기록)")
    p.add_argument("--deep", action="store_true",
                   help="모든 표의 모든 행을 읽고 표·색인의 행 수와 감사 기록의 끝을 비교 (큰 파일은 오래 걸림)")
    p.set_defaults(handler=cmd_check)
