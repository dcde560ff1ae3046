"""``conflictdesk export cards``: every key case's card of a round, rendered on every core (one PDF each), and
optionally one combined PDF with a bookmark per card for printing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from conflictdesk.commands.common import database
from conflictdesk.commands.export import export_subparsers
from conflictdesk.domain.errors import DomainError


def cmd_export_cards(args: argparse.Namespace) -> int:
    from conflictdesk.reports.card_batch import export_cards
    from conflictdesk.services.report_data import card_choices

    folder = Path(args.out_dir)
    if not folder.is_dir():
        raise DomainError("output_folder_missing", folder=str(folder))
    with database(args) as db:
        codes = [c for c, _name in card_choices(db, args.round)]
        if not codes:
            raise DomainError("no_key_cases", round=args.round)

        def progress(_percent: int, text: str) -> bool:
            if args.format == "text" and sys.stderr.isatty():
                print(f"\r{text}", end="", file=sys.stderr, flush=True)
            return True

        result = export_cards(db, args.round, codes, folder, combined=args.combined, progress=progress,
                              workers=args.workers)
    if args.format == "json":
        print(json.dumps({"round": args.round, "saved": result.done, "total": result.total, "pages": result.pages,
                          "folder": str(folder), "files": [p.name for p in result.files],
                          "combined": str(result.combined) if result.combined else None}, ensure_ascii=False))
    else:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        combined = f", 한 파일: {result.combined.name}" if result.combined else ""
        print(f"갈등관리카드 {result.done}건({result.pages}쪽)을 저장했습니다 → {folder}{combined}")
    return 0


def register(sub: Any) -> None:
    p = export_subparsers(sub).add_parser("cards", help="1·2등급 갈등관리카드 일괄 PDF (모든 코어 사용)")
    p.add_argument("--round", required=True, metavar="ROUND", help="진단 차수 (예: 2020-2)")
    p.add_argument("--out-dir", required=True, metavar="DIR", help="카드 PDF를 저장할 폴더")
    p.add_argument("--combined", action="store_true", help="모든 카드를 사업별 책갈피가 있는 PDF 한 개로도 저장 (인쇄용)")
    p.add_argument("--workers", type=int, default=None, metavar="N", help="렌더링 프로세스 수 (기본: 코어 수, 최대 4)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_export_cards)
