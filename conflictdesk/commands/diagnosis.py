"""Diagnosis subcommands: ``screen``, ``grade``, ``status``, ``round open|list`` and ``target add``."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion, GradeKind
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.obligations import CARD_PLAN_DUTY_LABEL, MISSING_LABELS
from conflictdesk.domain.text import spreadsheet_safe

if TYPE_CHECKING:
    from conflictdesk.services.obligations import ProjectStatus

CRITERION_SHORT = {"TIA": "교통", "EIA": "환경", "VICE_MAYOR": "부시장", "BUDGET": "예산", "MIDTERM": "중기",
                   "ORDINANCE": "법규", "VISIBLE": "표출"}


def _grade(text: str) -> int:
    if text.strip() not in ("1", "2", "3"):
        raise InvalidValue(f"등급 '{text}'은(는) 1, 2, 3 중 하나여야 합니다.")
    return int(text)


def screening_csv(projects: list[dict[str, Any]]) -> bytes:
    """`screen --format csv` for Korean Excel: UTF-8 with BOM, CRLF, Korean headers and criterion labels.

    Every field is quoted (a bare CR in a name would end the row otherwise); cells a spreadsheet would run as a
    formula get a leading ' (README). The JSON output keeps the criterion codes.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(["사업코드", "사업명", "담당부서", "해당 기준", "진단대상"])
    for p in projects:
        writer.writerow([spreadsheet_safe(p["code"]), spreadsheet_safe(p["name"]), spreadsheet_safe(p["department"]),
                         "; ".join(Criterion(c).label for c in p["criteria"]), "예" if p["target"] else "아니오"])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def cmd_screen(args: argparse.Namespace) -> int:
    from conflictdesk.services.screening import criteria_codes, screen_round, screening_table

    with database(args) as db:
        screen_round(db, args.round)
        table = screening_table(db, args.round)
    projects: list[dict[str, Any]] = [{"code": r[1], "name": r[2], "department": r[3], "criteria": criteria_codes(r[4]),
                 "target": r[5]} for r in table.rows]
    if args.format == "json":
        print_json({"round": table.round_code, "projects": projects})
    elif args.format == "csv":
        sys.stdout.flush()
        sys.stdout.buffer.write(screening_csv(projects))
    else:
        print_table(["사업코드", "사업명", "담당부서", "해당 기준", "대상"],
                    [[p["code"], p["name"], p["department"],
                      ", ".join(CRITERION_SHORT.get(c, c) for c in p["criteria"]),
                      "예" if p["target"] else ""] for p in projects])
        counts = ", ".join(f"{CRITERION_SHORT[c.value]} {table.by_criterion[c.value][0]}" for c in CRITERIA_ORDER)
        print(f"\n{table.round_code}: 선별 {table.screened:,}건, 진단대상 {table.targets:,}건 ({counts})")
    for c, m in table.warnings:  # on stderr, so the JSON/CSV on stdout keeps its exact shape
        print(f"확인 필요: {c} {m}", file=sys.stderr)
    return 0


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(f"날짜 '{text}'은(는) YYYY-MM-DD 형식이어야 합니다.") from None


def cmd_grade(args: argparse.Namespace) -> int:
    from conflictdesk.services.diagnosis import load_diagnosis, set_grade

    grade = _grade(args.grade)
    kind = GradeKind(args.kind)
    on = _date(args.date)
    today = date.today()
    with database(args) as db:
        set_grade(db, args.code, args.round, grade, kind, args.reason or "", today, on=on)
        dated = load_diagnosis(db, args.code, args.round, today).grades[kind].on  # default: in the round (업무규칙)
    shown = (dated or on or today).isoformat()
    print(f"{args.code} {args.round} {kind.label} 등급을 {grade}등급({shown})으로 저장했습니다.")
    return 0


def _status_text(r: ProjectStatus) -> str:
    parts = []
    if r.grade is None:
        parts.append("미진단")
    if r.pending:
        parts.append("결정 대기")
    parts.extend(MISSING_LABELS[m].split(" (")[0] for m in r.missing)
    if r.duty_due is not None:
        parts.append(f"{CARD_PLAN_DUTY_LABEL} 기한 {r.duty_due.isoformat()}")
    return "; ".join(parts)


def cmd_status(args: argparse.Namespace) -> int:
    from conflictdesk.services.obligations import department_summary, round_status
    from conflictdesk.services.rounds import round_info

    with database(args) as db:
        code = round_info(db, args.round).code
        rows = round_status(db, code, date.today())
    departments = department_summary(rows)
    if args.format == "json":
        print_json({"round": code, "projects": [
            {"code": r.code, "name": r.name, "department": r.department, "grade": r.grade,
             "missing": list(r.missing),
             # after the contract's keys: 결정 대기 and the 카드·대응계획 작성 due date (docs/업무규칙.md)
             "decision_pending": r.pending, "card_plan_due": r.duty_due.isoformat() if r.duty_due else None}
            for r in rows],
            "departments": [{"department": d.department, "grade1": d.grade1, "grade2": d.grade2,
                             "grade3": d.grade3, "ungraded": d.ungraded, "missing_card": d.missing_card,
                             "missing_plan": d.missing_plan, "missing_expert": d.missing_expert}
                            for d in departments]})
        return 0
    shown = [r for r in rows if r.missing or r.grade is None or r.pending]
    if not shown:
        print(f"{code}: 미이행 의무나 미진단 대상이 있는 사업이 없습니다.")
    else:
        print_table(["사업코드", "사업명", "담당부서", "등급", "미이행·미진단"],
                    [[r.code, r.name, r.department, f"{r.grade}등급" if r.grade else "-", _status_text(r)]
                     for r in shown])
    print()
    print_table(["담당부서", "1등급", "2등급", "3등급", "미진단", "카드", "계획", "전문가"],
                [[d.department, d.grade1, d.grade2, d.grade3, d.ungraded, d.missing_card, d.missing_plan,
                  d.missing_expert] for d in departments],
                right=(1, 2, 3, 4, 5, 6, 7))
    unmet = sum(1 for r in rows if r.missing)
    ungraded = sum(1 for r in rows if r.grade is None)
    print(f"\n{code}: 미이행 의무가 있는 사업 {unmet:,}건, 미진단 대상 {ungraded:,}건")
    return 0


def cmd_round_open(args: argparse.Namespace) -> int:
    from conflictdesk.services.rounds import carried_count, open_round
    from conflictdesk.services.screening import screen_round

    with database(args) as db:
        info, _ = open_round(db, args.code)
        counts, _ = screen_round(db, info.code)
        carried = carried_count(db, info.code)
    print(f"{info.code} ({info.label}) 차수를 열었습니다: 선별 {counts.screened:,}건, "
          f"진단대상 {counts.targets:,}건, 이월 {carried:,}건, 점검 마감 {info.review_due or '-'}")
    return 0


def cmd_round_list(args: argparse.Namespace) -> int:
    from conflictdesk.services.rounds import list_rounds

    with database(args) as db:
        rounds = list_rounds(db)
    print_table(["차수", "구분", "열린 날", "점검 마감", "상태"],
                [[r.code, r.label, r.opened_at.date().isoformat(), r.review_due or "",
                  "종료" if r.closed else "진행"] for r in rounds])
    return 0


def cmd_target_add(args: argparse.Namespace) -> int:
    from conflictdesk.services.carryover import add_target

    with database(args) as db:
        add_target(db, args.code, args.round, args.reason, replaces_code=args.replaces)
    what = f"{args.replaces} 대신 " if args.replaces else ""
    print(f"{args.code}을(를) {what}{args.round} 진단대상으로 추가했습니다.")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("screen", help="진단기준 적용(선별) 결과")
    p.add_argument("--round", required=True, metavar="ROUND", help="진단 차수 (예: 2020-1)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_screen)

    p = sub.add_parser("grade", help="등급 지정 (자체진단·권고·확정)")
    p.add_argument("code", metavar="CODE", help="사업코드")
    p.add_argument("--round", required=True, metavar="ROUND")
    p.add_argument("--grade", required=True, metavar="{1,2,3}")
    p.add_argument("--kind", choices=[k.value for k in GradeKind], default="confirmed")
    p.add_argument("--reason", default="", metavar="TEXT", help="사유 (제안과 다른 확정 등급은 필수)")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="등급을 정한 날 (기본: 오늘)")
    p.set_defaults(handler=cmd_grade)

    p = sub.add_parser("status", help="등급별 의무 미이행 현황")
    p.add_argument("--round", required=True, metavar="ROUND")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("round", help="진단 차수 열기·목록")
    rsub = p.add_subparsers(title="차수 명령", metavar="ACTION", parser_class=type(p), required=True)
    q = rsub.add_parser("open", help="차수 열기 (이전 차수의 1·2등급 이월)")
    q.add_argument("code", metavar="ROUND", help="예: 2021-1")
    q.set_defaults(handler=cmd_round_open)
    q = rsub.add_parser("list", help="차수 목록")
    q.set_defaults(handler=cmd_round_list)

    p = sub.add_parser("target", help="차수 중 진단대상 추가·교체")
    tsub = p.add_subparsers(title="대상 명령", metavar="ACTION", parser_class=type(p), required=True)
    q = tsub.add_parser("add", help="진단대상 추가 (--replaces로 기존 대상과 교체)")
    q.add_argument("code", metavar="CODE", help="추가할 사업코드")
    q.add_argument("--round", required=True, metavar="ROUND")
    q.add_argument("--reason", required=True, metavar="TEXT", help="추가·교체 사유 (필수)")
    q.add_argument("--replaces", default=None, metavar="CODE", help="교체되어 대상에서 빠지는 사업코드")
    q.set_defaults(handler=cmd_target_add)
