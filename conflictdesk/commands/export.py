"""``conflictdesk export card|mediation|summary|plan|annual``: PDF, HWPX and XLSX reports (other modules may add subcommands)."""

from __future__ import annotations

import argparse
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from conflictdesk.commands.common import database
from conflictdesk.domain.errors import DomainError
from conflictdesk.services.files import audit_unmasked, write_atomically

SubParsers = Any  # argparse._SubParsersAction (private in typeshed)


class ExportError(DomainError):
    code = "export"


def export_group(sub: SubParsers) -> SubParsers:
    """The subparsers of ``export``, created on first call; another module adds e.g. ``export calendar``."""
    existing = sub.choices.get("export")
    if existing is not None:
        return existing._export_subparsers
    parser = sub.add_parser("export", help="보고서·파일 내보내기 (card, mediation, summary …)")

    def missing(_args: argparse.Namespace) -> int:
        raise ExportError("export 뒤에 내보낼 종류를 지정하세요 (예: export card CODE --out 카드.pdf).")

    parser.set_defaults(handler=missing)
    group = parser.add_subparsers(title="내보내기", metavar="KIND", parser_class=sub._parser_class)
    parser._export_subparsers = group
    return group


def check_suffix(out: Path, *allowed: str) -> str:
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise ExportError("export_suffix_invalid", file=out.name, allowed=", ".join(allowed))
    return suffix


def cmd_card(args: argparse.Namespace) -> int:
    from conflictdesk.reports.card_pdf import render_card_pdf
    from conflictdesk.services.report_data import load_card_report

    out = Path(args.out)
    suffix = check_suffix(out, ".pdf", ".hwpx")
    with database(args) as db:
        card = load_card_report(db, args.code, round_code=args.round, unmasked=args.unmasked, as_of=args.as_of)
        if args.unmasked:
            audit_unmasked(db, "card", args.code, out)
        if suffix == ".hwpx":
            from conflictdesk.reports.hwpx import write_card_hwpx
            from conflictdesk.reports.hwpx_content import card_content

            write_atomically(out, lambda p: write_card_hwpx(card_content(card, author=db.actor), p))
        else:
            write_atomically(out, lambda p: render_card_pdf(card, p))
    print(f"갈등관리카드를 저장했습니다: {out}" + (" (개인정보 비마스킹)" if args.unmasked else ""))
    return 0


def cmd_mediation(args: argparse.Namespace) -> int:
    from conflictdesk.reports.mediation_pdf import render_mediation_pdf
    from conflictdesk.services.report_data import load_mediation_report

    out = Path(args.out)
    check_suffix(out, ".pdf")
    with database(args) as db:
        report = load_mediation_report(db, args.code, unmasked=args.unmasked, as_of=args.as_of)
        if args.unmasked:
            audit_unmasked(db, "mediation", args.code, out)
        write_atomically(out, lambda p: render_mediation_pdf(report, p))
    print(f"조정 결과 보고서를 저장했습니다: {out}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from conflictdesk.reports.filenames import department_file_name
    from conflictdesk.reports.summary_pdf import render_summary_pdf
    from conflictdesk.reports.summary_xlsx import write_summary_xlsx
    from conflictdesk.services.summary_data import load_grade_summary, load_round_report

    out = Path(args.out)
    suffix = check_suffix(out, ".pdf", ".xlsx", ".hwpx")
    with database(args) as db:
        summary = load_grade_summary(db, args.round, as_of=args.as_of)
        rounds = load_round_report(db, args.round)

    def render(summary_: Any, path: Path, whole: bool) -> None:
        if suffix == ".pdf":
            render_summary_pdf(summary_, rounds if whole else None, path)
        elif suffix == ".hwpx":
            from conflictdesk.reports.hwpx import write_summary_hwpx
            from conflictdesk.reports.hwpx_content import summary_content

            write_summary_hwpx(summary_content(summary_, rounds if whole else None, author=db.actor), path)
        else:
            write_summary_xlsx(summary_, rounds if whole else None, path)

    def render_part(part: Any, path: Path) -> None:
        render(part, path, False)

    write_atomically(out, lambda p: render(summary, p, True))
    print(f"등급 현황을 저장했습니다: {out}")
    if args.per_department:
        folder = Path(args.per_department)
        folder.mkdir(parents=True, exist_ok=True)
        used: set[str] = set()
        for row in summary.departments:
            name = department_file_name(row.department, summary.round_code, suffix, used)
            write_atomically(folder / name, partial(render_part, summary.for_department(row.department)))
        print(f"부서별 파일 {len(used)}개를 저장했습니다: {folder}")
    return 0


def _year(text: str) -> int:
    """--year: a number; the range is checked by the service (the one ``year_invalid`` message)."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"연도는 숫자로 입력하세요 (예: 2020): {text}") from None


def cmd_programme(args: argparse.Namespace) -> int:
    """``export plan`` (갈등관리 종합계획 초안) and ``export annual`` (연간 갈등관리 결과)."""
    from conflictdesk.services.programme_year import checked_year, year_plan, year_results

    annual = args.kind == "annual"
    out = Path(args.out)
    suffix = check_suffix(out, *((".pdf", ".hwpx", ".xlsx") if annual else (".pdf", ".hwpx")))
    checked_year(args.year, 1900 if annual else 1901)
    with database(args) as db:
        data = (year_results(db, args.year, as_of=args.as_of) if annual
                else year_plan(db, args.year, as_of=args.as_of))
        author = db.actor
    from conflictdesk.reports.programme_files import write_programme

    write_atomically(out, partial(write_programme, data, suffix, author=author))
    what = "연간 갈등관리 결과를" if annual else "갈등관리 종합계획 (안)을"
    if args.format == "json":
        from conflictdesk.commands.common import print_json

        print_json({"year": args.year, "kind": args.kind, "out": str(out)})
    else:
        print(f"{args.year}년 {what} 저장했습니다: {out}")
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"날짜 형식은 YYYY-MM-DD입니다: {text}") from None


def register(sub: SubParsers) -> None:
    group = export_group(sub)
    p = group.add_parser("card", help="갈등관리카드 PDF 또는 HWPX (A4, 연락처 마스킹)")
    p.add_argument("code", metavar="CODE", help="사업코드")
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.hwpx")
    p.add_argument("--round", metavar="ROUND", help="등급을 표시할 진단 차수 (기본: 최근)")
    p.add_argument("--unmasked", action="store_true", help="이름·연락처를 가리지 않음 (감사 기록됨)")
    p.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="경보 수준·기한 경과 판단 기준일 (기본: 오늘)")
    p.set_defaults(handler=cmd_card)

    p = group.add_parser("mediation", help="조정 결과 보고서 PDF")
    p.add_argument("code", metavar="CODE", help="사업코드")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--unmasked", action="store_true", help="이름·연락처를 가리지 않음 (감사 기록됨)")
    p.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="경보 수준·기한 경과 판단 기준일 (기본: 오늘)")
    p.set_defaults(handler=cmd_mediation)

    p = group.add_parser("summary", help="부서장용 등급 현황 (PDF 또는 XLSX)")
    p.add_argument("--round", required=True, metavar="ROUND", help="진단 차수 (예: 2020-2)")
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx|FILE.hwpx")
    p.add_argument("--per-department", metavar="DIR", help="부서별 파일도 이 폴더에 저장")
    p.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="기한 경과 판단 기준일 (기본: 오늘)")
    p.set_defaults(handler=cmd_summary)

    for kind, help_text, outs in (
            ("plan", "갈등관리 종합계획 초안: 전년도 결과, 올해 일정·교육·예산, 이월 중점관리 사업 (PDF 또는 HWPX)",
             "FILE.pdf|FILE.hwpx"),
            ("annual", "연간 갈등관리 결과: 상·하반기 비교, 사업 진입·해소·이월, 조정, 공론화, 교육, 예산 (PDF·HWPX·XLSX)",
             "FILE.pdf|FILE.hwpx|FILE.xlsx")):
        p = group.add_parser(kind, help=help_text)
        p.add_argument("--year", required=True, type=_year, metavar="YYYY", help="연도 (예: 2020)")
        p.add_argument("--out", required=True, metavar=outs)
        p.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD",
                       help="기한 경과 판단 기준일 (기본: 오늘, 그 해 12월 31일까지)")
        p.add_argument("--format", choices=("text", "json"), default="text", help="완료 메시지 형식")
        p.set_defaults(handler=cmd_programme, kind=kind)


#: The name other command modules use to add their own ``export <what>`` (e.g. ``export calendar``).
export_subparsers = export_group
