"""CLI of the citizens' panel: ``panel draw ITEM --applicants F --quotas F --size N --seed S [--save]``, ``panel verify``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from conflictdesk.commands.common import database, print_json, print_table

#: Problem lines printed after refused files.
MAX_LISTED = 50


def draw_json(drawn: Any) -> dict[str, Any]:
    """The stable JSON shape of ``panel draw --format json`` (applicant numbers only: no names, no contacts)."""
    return {
        "selected": list(drawn.selected),
        "probabilities": drawn.probabilities,
        "quotas": [{"category": q.category, "value": q.value, "min": q.min, "max": q.max, "selected": q.selected}
                   for q in drawn.quotas],
        "seed": drawn.seed,
    }


def _print_table(drawn: Any) -> None:
    kind = "청소년참여단" if drawn.kind == "youth" else "시민참여단"
    state = "기록했습니다" if drawn.saved else "미리보기 (저장하지 않음, --save로 기록)"
    print(f"{kind} {len(drawn.selected)}명 추첨 — {state}")
    print(f"시드 {drawn.seed} · {drawn.algorithm} (sortition-algorithms {drawn.library_version}) · "
          f"입력 해시 {drawn.input_hash[:16]}… · 최저 선정확률 {drawn.min_probability:.2%}")
    print()
    print_table(["구분", "값", "최소", "최대", "선정", "충족"],
                [[q.category, q.value, q.min, q.max, q.selected, "✓" if q.met else "✗"] for q in drawn.quotas],
                right=(2, 3, 4))
    print()
    categories = list(drawn.applicants[0].values) if drawn.applicants else []
    rows = [[a.number, a.name, *(a.values[c] for c in categories), f"{a.probability:.2%}", "선정" if a.selected else ""]
            for a in sorted(drawn.applicants, key=lambda a: (not a.selected, a.number))]
    print_table(["신청번호", "성명", *categories, "선정확률", "결과"], rows, right=(2 + len(categories),))


def cmd_draw(args: argparse.Namespace) -> int:
    from conflictdesk.services.citizen_panel import PanelFileProblems, draw_panel

    with database(args) as db:
        try:
            drawn = draw_panel(db, args.item, args.applicants, args.quotas or args.population, args.size, args.seed,
                               kind=args.kind, save=args.save,
                               population_tolerance=args.tolerance if args.population else None)
        except PanelFileProblems as exc:
            n = len(exc.problems)
            print(f"오류: {exc.file}에 문제가 {n}건 있어 추첨하지 않았습니다.", file=sys.stderr)
            for problem in exc.problems[:MAX_LISTED]:
                print(problem.text(), file=sys.stderr)
            if n > MAX_LISTED:
                print(f"… 외 {n - MAX_LISTED:,}건", file=sys.stderr)
            return 1
    if args.format == "json":
        print_json(draw_json(drawn))
    else:
        _print_table(drawn)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from conflictdesk.services.citizen_panel import verify_panel

    with database(args) as db:
        result = verify_panel(db, args.item, args.applicants, args.quotas or args.population, kind=args.kind,
                              population_tolerance=args.tolerance if args.population else None)
    rec, new = result.recorded, result.redrawn
    print(f"기록: 시드 {rec.seed}, {rec.algorithm} (sortition-algorithms {rec.library_version}), 입력 {rec.input_hash}")
    print(f"재추첨: 시드 {new.seed}, {new.algorithm} (sortition-algorithms {new.library_version}), 입력 {new.input_hash}")
    if result.same_inputs and result.same_panel:
        print(f"재현되었습니다: 같은 입력에서 같은 참여단 {len(new.selected)}명이 뽑혔습니다.")
        return 0
    if not result.same_inputs:
        print("재현되지 않았습니다: 신청자·할당 파일이 기록한 추첨의 입력과 다릅니다.", file=sys.stderr)
    else:
        print("재현되지 않았습니다: 같은 입력인데 다른 참여단이 뽑혔습니다 (라이브러리 버전을 확인하세요).", file=sys.stderr)
    return 1


def replacement_json(found: Any) -> dict[str, Any]:
    """The JSON shape of ``panel replace --format json`` (applicant numbers only)."""
    return {
        "dropped": found.dropped,
        "dropped_on": found.dropped_on.isoformat(),
        "replacement": found.replacement,
        "candidates": list(found.candidates),
        "quotas": [{"category": q.category, "value": q.value, "min": q.min, "max": q.max, "selected": q.selected}
                   for q in found.quotas],
        "seed": found.seed,
        "saved": found.saved,
    }


def cmd_replace(args: argparse.Namespace) -> int:
    from datetime import date

    from conflictdesk.domain.dates import parse_date
    from conflictdesk.services.citizen_panel import replace_member

    dropped_on = parse_date(args.date) if args.date else date.today()
    with database(args) as db:
        found = replace_member(db, args.item, args.applicant, args.seed, kind=args.kind, dropped_on=dropped_on,
                               reason=args.reason, save=args.save)
    if args.format == "json":
        print_json(replacement_json(found))
        return 0
    state = "기록했습니다" if found.saved else "미리보기 (저장하지 않음, --save로 기록)"
    print(f"중도 탈락 {found.dropped} → 대체 {found.replacement} — {state}")
    print(f"시드 {found.seed} · 할당을 지키는 후보 {len(found.candidates)}명 중 추첨 (각 {1 / len(found.candidates):.2%})")
    print()
    print_table(["구분", "값", "최소", "최대", "선정", "충족"],
                [[q.category, q.value, q.min, q.max, q.selected, "✓" if q.met else "✗"] for q in found.quotas],
                right=(2, 3, 4))
    return 0


def _quota_arguments(q: Any) -> None:
    group = q.add_mutually_exclusive_group(required=True)
    group.add_argument("--quotas", metavar="FILE", help="할당 파일: 구분, 값, 최소, 최대")
    group.add_argument("--population", metavar="FILE",
                       help="인구표: 구분, 값, 인구 — 할당을 인구 비례로 (규모 × 비율의 내림~올림 ± 허용 오차)")
    q.add_argument("--tolerance", type=int, default=1, metavar="T", help="인구 비례 할당의 허용 오차 (명, 기본 1)")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("panel", help="공론화 시민참여단: 할당에 맞춘 공정한 추첨")
    sub = p.add_subparsers(title="시민참여단 명령", metavar="COMMAND", parser_class=type(p))
    p.set_defaults(handler=lambda _args: (p.print_help(), 0)[1])
    q = sub.add_parser("draw", help="신청자 중에서 할당(최소·최대)을 지키며 모두에게 가능한 한 같은 기회로 추첨")
    q.add_argument("item", type=int, metavar="ITEM", help="공론화 안건 번호 (deliberation list의 id)")
    q.add_argument("--applicants", required=True, metavar="FILE", help="신청자 파일: 신청번호와 구분별 열 (권역, 성별, 연령대 …)")
    _quota_arguments(q)
    q.add_argument("--size", required=True, type=int, metavar="N", help="참여단 규모")
    q.add_argument("--seed", required=True, type=int, metavar="S", help="난수 시드 (1 이상; 같은 시드 = 같은 참여단)")
    q.add_argument("--kind", choices=("citizen", "youth"), default="citizen", help="시민참여단(기본) 또는 청소년참여단")
    q.add_argument("--save", action="store_true", help="결과를 기록 (없으면 아무것도 저장하지 않는 미리보기)")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.set_defaults(handler=cmd_draw)
    q = sub.add_parser("replace", help="중도 탈락한 위원의 대체자를 할당(최소·최대)을 지키며 추첨 (--save로 기록)")
    q.add_argument("item", type=int, metavar="ITEM", help="공론화 안건 번호")
    q.add_argument("--applicant", required=True, metavar="NUMBER", help="중도 탈락한 위원의 신청번호")
    q.add_argument("--seed", required=True, type=int, metavar="S", help="난수 시드 (1 이상; 같은 시드 = 같은 대체자)")
    q.add_argument("--date", default=None, metavar="DATE", help="탈락일 (기본: 오늘)")
    q.add_argument("--reason", default="", help="탈락 사유")
    q.add_argument("--kind", choices=("citizen", "youth"), default="citizen")
    q.add_argument("--save", action="store_true", help="탈락과 대체를 기록 (없으면 아무것도 저장하지 않는 미리보기)")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.set_defaults(handler=cmd_replace)
    q = sub.add_parser("verify", help="기록한 추첨을 같은 파일·규모·시드로 다시 뽑아 같은 참여단인지 확인")
    q.add_argument("item", type=int, metavar="ITEM", help="공론화 안건 번호")
    q.add_argument("--applicants", required=True, metavar="FILE", help="추첨에 쓴 신청자 파일")
    _quota_arguments(q)
    q.add_argument("--kind", choices=("citizen", "youth"), default="citizen")
    q.set_defaults(handler=cmd_verify)
