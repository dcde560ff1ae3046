"""Grade summary PDF for department heads (등급 현황), with charts and the round report (진단 결과)."""

from __future__ import annotations

import io
from datetime import date
from functools import lru_cache
from typing import Any

from conflictdesk.domain.money import format_amount
from conflictdesk.reports import charts
from conflictdesk.reports.pdf_common import (
    LABEL_BG,
    Out,
    build_pdf,
    content_width,
    fmt_date,
    gap,
    grid_table,
    heading,
    kv_table,
    para,
    title_block,
)
from conflictdesk.services.summary_dtos import DepartmentRow, GradeSummary, RoundReport, TrendRow


def chart_image(fig: Any, width: float) -> Any:
    """A matplotlib figure as a PDF image ``width`` points wide (PNG rendered in memory)."""
    data = charts.render_png(fig, dpi=charts.CHART_DPI)
    w_in, h_in = fig.get_size_inches()
    return _png_image(data, h_in / w_in, width)


def _png_image(data: bytes, aspect: float, width: float) -> Any:
    from reportlab.platypus import Image

    image = Image(io.BytesIO(data), width=width, height=width * aspect)
    image.hAlign = "CENTER"
    return image


@lru_cache(maxsize=4)
def _trend_png(trend: tuple[TrendRow, ...]) -> tuple[bytes, float]:
    """The city-wide trend chart, drawn once for a batch: every per-department file carries the same one."""
    fig = charts.trend_figure(trend)
    w_in, h_in = fig.get_size_inches()
    return charts.render_png(fig, dpi=charts.CHART_DPI), h_in / w_in


def _emphasise_last_row(table: Any) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    table.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), colors.HexColor(LABEL_BG))]))
    return table


def _department_table(summary: GradeSummary, width: float) -> Any:
    def cells(r: DepartmentRow) -> list[str]:
        return [r.bureau, r.department, *(f"{getattr(r, f):,}" for f in (
            "targets", "g1", "g2", "g3", "ungraded", "new", "carried", "dropped", "unmet", "overdue"))]

    rows = [cells(r) for r in summary.departments]
    if len(summary.departments) > 1:
        rows.append(cells(summary.totals))
    number = (width - 160) / 10
    # 실·국 printed once per group: the cells of one bureau are merged (the 합계 row has none).
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(summary.departments) + 1):
        if i == len(summary.departments) or summary.departments[i].bureau != summary.departments[start].bureau:
            if i - start > 1:
                spans.append((start + 1, i))  # table rows (row 0 is the header)
                for k in range(start + 1, i):
                    rows[k][0] = ""
            start = i
    if len(summary.departments) > 1:
        rows[-1][0] = ""
    table = grid_table(["실·국", "부서", "대상", "1등급", "2등급", "3등급", "미확정", "신규", "계속", "제외",
                        "의무\n미이행", "기한\n경과"], rows, [78, 82] + [number] * 10,
                       center=tuple(range(2, 12)), compact=True)
    from reportlab.platypus import TableStyle

    table.setStyle(TableStyle([("SPAN", (0, a), (0, b)) for a, b in spans]
                              + [("VALIGN", (0, 1), (0, -1), "MIDDLE")]))
    return _emphasise_last_row(table) if len(summary.departments) > 1 else table


def summary_story(summary: GradeSummary, rounds: RoundReport | None) -> list[Any]:
    """The grade summary (and, when given, the round report) as flowables."""
    w = content_width()
    scope = summary.department or "전체 부서"
    prev = f"전 차수 {summary.previous_round}" if summary.previous_round else "전 차수 없음"
    story: list[Any] = title_block(
        "갈등관리 등급 현황", f"{summary.round_label} ({summary.round_code}) · {scope} · 기준일 {fmt_date(summary.as_of)}",
        approval=True, width=w)
    t = summary.totals
    story += [
        heading("1. 요약"),
        kv_table([
            ("진단대상", f"{t.targets:,}건"), ("중점관리", f"{t.g1 + t.g2:,}건 (1등급 {t.g1:,} · 2등급 {t.g2:,})"),
            ("3등급·미확정", f"{t.g3:,}건 · {t.ungraded:,}건"), ("중점관리 변동", f"신규 {t.new} · 계속 {t.carried} · 제외 {t.dropped} ({prev})"),
            ("의무 미이행", f"{t.unmet:,}건 (카드·대응계획 작성 기한 경과 {len(summary.overdue_duties):,}건)"), ("기한 경과", f"점검 {len(summary.overdue_reviews):,}건 · "
                                                      f"조치항목 {len(summary.overdue_items):,}건"),
        ], w, label_width=70, pairs=2),
        heading("2. 부서별 등급 현황"),
        _department_table(summary, w),
    ]
    if summary.department is None:
        story += [gap(), chart_image(charts.department_figure(summary.departments), w * 0.9)]
    else:
        row = t
        story += [gap(), chart_image(charts.grade_distribution_figure(
            (row.g1, row.g2, row.g3, row.ungraded), f"{summary.department} 등급 분포"), w * 0.55)]
    story += [
        heading("3. 중점관리(1·2등급) 사업 변동"),
        grid_table(["부서", "사업코드", "사업명", "등급\n(전→현)", "구분", "이월 결정", "총사업비"],
                   [(c.department, c.code, c.name,
                     f"{c.previous_grade or '—'} → {c.grade or '—'}", c.status, c.decision or "—",
                     format_amount(c.budget_won) if c.budget_won is not None else "—") for c in summary.cases],
                   [72, 74, w - 354, 50, 38, 56, 64], empty="중점관리 사업 없음", center=(1, 3, 4, 5)),
        heading("4. 의무 미이행 (갈등관리카드·대응계획·전문가)"),
        grid_table(["부서", "사업코드", "사업명", "등급", "미이행 내용"],
                   [(u.department, u.code, u.name, f"{u.grade}등급", u.missing_text(summary.as_of)) for u in summary.unmet],
                   [72, 74, w - 386, 40, 200], empty="미이행 의무 없음", center=(1, 3)),
        heading("5. 기한 경과 정기점검"),
        grid_table(["부서", "사업코드", "사업명", "점검 마감일", "경과일"],
                   [(o.department, o.code, o.name, fmt_date(o.due), f"{o.days:,}일") for o in summary.overdue_reviews],
                   [72, 74, w - 272, 70, 56], empty="기한이 지난 점검 없음", center=(1, 3, 4)),
        heading("6. 기한 경과 조치항목"),
        grid_table(["부서", "사업명", "조치항목", "담당", "기한", "경과일"],
                   [(o.department, o.name, o.what, o.owner, fmt_date(o.due), f"{o.days:,}일")
                    for o in summary.overdue_items],
                   [72, 120, w - 388, 70, 70, 56], empty="기한이 지난 조치항목 없음", center=(4, 5)),
        heading("7. 차수별 추이" + (" (시 전체)" if summary.department else "")),
        _png_image(*_trend_png(summary.trend), w * 0.95),
        grid_table(["차수", "진단 사업", "진단대상", "1등급", "2등급", "3등급"],
                   [(r.round_code, f"{r.screened:,}", f"{r.targets:,}", f"{r.g1:,}", f"{r.g2:,}", f"{r.g3:,}")
                    for r in summary.trend], [w / 6] * 6, center=tuple(range(6))),
    ]
    if rounds is not None:
        story += round_story(rounds, w)
    return story


def round_story(report: RoundReport, width: float) -> list[Any]:
    """Round report (진단 결과): screened vs targets per criterion and the grade distribution."""
    from reportlab.platypus import PageBreak

    g1, g2, g3, ungraded = report.grades
    ratio = f"{report.targets / report.screened:.1%}" if report.screened else "—"
    return [
        PageBreak(),
        heading(f"8. 진단 결과 ({report.round_label})"),
        kv_table([("진단 사업", f"{report.screened:,}건"), ("진단대상", f"{report.targets:,}건 ({ratio})"),
                  ("등급", f"1등급 {g1:,} · 2등급 {g2:,} · 3등급 {g3:,} · 미확정 {ungraded:,}")],
                 width, label_width=70),
        gap(),
        grid_table(["진단기준", "해당 사업", "진단 사업 대비"],
                   [(label, f"{n:,}", f"{n / report.screened:.1%}" if report.screened else "—")
                    for _code, label, n in report.criteria],
                   [width - 160, 70, 90], center=(1, 2)),
        para("※ 한 사업이 여러 기준에 해당할 수 있어 기준별 합계는 진단대상 수보다 클 수 있습니다."),
        gap(),
        chart_image(charts.criteria_figure(report.criteria), width * 0.9),
        chart_image(charts.grade_distribution_figure(report.grades, "진단대상 등급 분포"), width * 0.6),
    ]


def render_summary_pdf(summary: GradeSummary, rounds: RoundReport | None, out: Out, *,
                       printed: date | None = None) -> int:
    """Write the grade summary (with the round report when ``rounds`` is given); return the page count."""
    scope = f" — {summary.department}" if summary.department else ""
    return build_pdf(summary_story(summary, rounds), out, title=f"갈등관리 등급 현황 {summary.round_code}{scope}",
                     printed=printed)
