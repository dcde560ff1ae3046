"""공론화 결과 보고서 (PDF): the agenda item and its source, the committee's decision, the explanation owed, and each
drawn panel's composition against its quotas with how it was drawn. Names are masked (as stored)."""

from __future__ import annotations

from datetime import date
from typing import Any

from conflictdesk.domain.money import format_won
from conflictdesk.reports.deliberation_committee import (
    ROSTER_HEADER,
    committee_rows,
    roster_caption,
    roster_rows,
)
from conflictdesk.reports.pdf_common import (
    Out,
    build_pdf,
    content_width,
    fmt_date,
    grid_table,
    heading,
    kv_table,
    para,
    styles,
    title_block,
)
from conflictdesk.services.deliberation_dtos import AgendaItem, DeliberationReport, PanelDraw
from conflictdesk.services.deliberation_process_dtos import ProcessView

KIND_LABELS = {"citizen": "시민참여단", "youth": "청소년참여단"}


def item_rows(item: AgendaItem) -> list[tuple[str, str]]:
    """The item and its source as label/value rows (the PDF and the HWPX show the same)."""
    rows: list[tuple[str, str]] = [("안건", item.title), ("출처", item.source.label),
                                      ("시작·접수일", fmt_date(item.opened))]
    if item.reference:
        rows.append(("근거", item.reference))
    if item.project_code:
        rows.append(("회부한 사업", item.project_code))
    if item.status is not None:
        th = item.thresholds
        support = "—" if item.support is None else f"{item.support:,}명"
        rows += [("공감 수 (기간 안)", support), ("판정", item.status.label),
                 ("적용 기준", f"시작일부터 {th.window_days}일 안에 {th.support:,}명 · 설명 기준 {th.explain:,}명")]
    else:
        rows.append(("판정", "심의대상 (출처에 따라)"))
    return rows


def panel_facts(panel: PanelDraw) -> list[tuple[str, str]]:
    """How a panel was drawn, as label/value rows."""
    return [("구분", KIND_LABELS.get(panel.kind, panel.kind)),
            ("규모", f"{len(panel.selected)}명 / 신청 {len(panel.applicants)}명"),
            ("추첨 방식", f"{panel.algorithm} (sortition-algorithms {panel.library_version})"),
            ("시드", str(panel.seed)), ("입력 해시", panel.input_hash),
            ("최저 선정확률", f"{panel.min_probability:.2%}"), *replacement_rows(panel)]


def replacement_rows(panel: PanelDraw) -> list[tuple[str, str]]:
    """One row per drop-out: who left when (and why), who replaced them with which seed (numbers only)."""
    by_dropped = {a.replaces: a for a in panel.applicants if a.replaces}
    rows = []
    for a in sorted((a for a in panel.applicants if a.dropped_on is not None), key=lambda a: (a.dropped_on, a.number)):
        new = by_dropped.get(a.number)
        why = f", {a.drop_reason}" if a.drop_reason else ""
        then = f" → 대체 {new.number} (시드 {new.replacement_seed})" if new else ""
        rows.append(("중도 탈락·대체", f"{a.number} 탈락 ({fmt_date(a.dropped_on)}{why}){then}"))
    return rows


QUOTA_HEADER = ("구분", "값", "최소", "최대", "선정", "충족")


def quota_rows(panel: PanelDraw) -> list[tuple[str, ...]]:
    return [(q.category, q.value, str(q.min), str(q.max), str(q.selected), "충족" if q.met else "미충족")
            for q in panel.quotas]


def selected_table(panel: PanelDraw) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The selected applicants (names as stored: masked) with their categories and probability."""
    chosen = sorted((a for a in panel.applicants if a.selected), key=lambda a: a.number)
    categories = list(chosen[0].values) if chosen else []
    return (("신청번호", "성명", *categories, "선정확률"),
            [(a.number, a.name or "—", *(a.values[c] for c in categories), f"{a.probability:.2%}") for a in chosen])


def _panel_story(panel: PanelDraw, width: float) -> list[Any]:
    header, rows = selected_table(panel)
    per = (width - 80 - 70 - 70) / max(1, len(header) - 3)
    return [kv_table(panel_facts(panel), width),
            grid_table(QUOTA_HEADER, quota_rows(panel), [110, width - 110 - 5 * 55, 55, 55, 55, 55],
                       center=(2, 3, 4, 5)),
            grid_table(header, rows, [80, 70, *([per] * (len(header) - 3)), 70], empty="선정된 참여자 없음",
                       center=(0, 1, len(header) - 1))]


def deliberation_story(report: DeliberationReport) -> list[Any]:
    w = content_width()
    item = report.item
    story: list[Any] = title_block("공론화 결과 보고서", item.title, approval=True, width=w)
    story += [heading("1. 안건과 출처"), kv_table(item_rows(item), w)]
    story += [heading("2. 공론화위원회 결정"), kv_table(committee_rows(item, report.committee), w),
              para(roster_caption(report.committee), styles().small),
              grid_table(ROSTER_HEADER, roster_rows(report.committee), [70, 75, 65, w - 70 - 75 - 65 - 130 - 45, 130, 45],
                         center=(2, 5), empty="재직한 위원 없음")]
    if item.explain_due is not None:
        story += [heading("3. 시민 설명"),
                  kv_table([("설명 기한", fmt_date(item.explain_due)),
                            ("설명일", fmt_date(item.explain_given) or "미이행"),
                            ("설명 내용", item.explain_text or "—")], w)]
    number = 4 if item.explain_due is not None else 3
    story.append(heading(f"{number}. 참여단 구성 (할당 대비)"))
    if not report.panels:
        story.append(para("기록된 참여단 추첨이 없습니다.", styles().small))
    for panel in report.panels:
        story += _panel_story(panel, w)
    if report.process is not None:
        story += process_story(report.process, number + 1, w)
    return story


# --- 공론화 추진: the process timeline with attendance, its budget, the 권고안 with the city's answers ----------------

TIMELINE_HEADER = ("단계", "행사", "예정일", "실시일", "참석")
BUDGET_HEADER = ("분기", "계획", "집행", "잔액")
RECOMMENDATION_HEADER = ("권고", "시 답변 (사유)", "담당", "기한", "이행")


def timeline_rows(process: ProcessView) -> list[tuple[str, ...]]:
    """Every event in phase order with its dates and attendance, then one row per 권역 without a 권역별 공론장."""
    rows: list[tuple[str, ...]] = [(e.phase.label, e.name, fmt_date(e.planned) or "—", fmt_date(e.held) or "—",
             "—" if e.attendance is None else f"{e.attendance:,}명") for e in process.events]
    rows += [("권역별 공론장", f"{region} — 빈칸 (계획 없음)", "—", "—", "—") for region in process.gaps]
    return rows


def process_facts(process: ProcessView) -> list[tuple[str, str]]:
    """The process in label/value rows: year, 권역 and gaps, attendance, budget and spending."""
    execution = process.execution
    return [("예산 연도", f"{process.year}년"), ("권역", ", ".join(process.regions) or "—"),
            ("권역 빈칸", ", ".join(process.gaps) or "없음 (모든 권역에 공론장)"),
            ("참석 합계", f"{process.attendance:,}명 (행사 {len(process.events)}건)"),
            ("예산", f"{format_won(execution.annual_won)} · 집행 {format_won(execution.executed_won)} · "
                     f"잔액 {format_won(execution.remaining_won)}")]


def budget_rows(process: ProcessView) -> list[tuple[str, ...]]:
    return [(f"{q.quarter}분기", format_won(q.planned_won), format_won(q.executed_won), format_won(q.remaining_won))
            for q in process.execution.quarters]


def recommendation_rows(process: ProcessView) -> list[tuple[str, ...]]:
    """Each recommendation with the city's answer, reason, owner, due date and where its implementation stands."""
    return [(f"{r.position}. {r.text}", (r.answer.label if r.answer else "답변 전") + (f": {r.reason}" if r.reason else ""),
             r.owner or "—", fmt_date(r.due) or "—",
             "지연" if r.overdue else (f"완료\n{fmt_date(r.done_on)}" if r.done_on else r.status.label))
            for r in process.recommendations]


def process_story(process: ProcessView, number: int, width: float) -> list[Any]:
    """Two sections: the process (facts, timeline with attendance, budget by quarter) and the 권고안 with answers."""
    return [heading(f"{number}. 공론화 추진 과정"), kv_table(process_facts(process), width),
            grid_table(TIMELINE_HEADER, timeline_rows(process), [85, width - 85 - 3 * 65, 65, 65, 65],
                       center=(2, 3, 4), empty="기록된 행사 없음"),
            grid_table(BUDGET_HEADER, budget_rows(process), [width / 4] * 4, center=(0,)),
            heading(f"{number + 1}. 권고안과 시의 답변"),
            grid_table(RECOMMENDATION_HEADER, recommendation_rows(process),
                       [width - 110 - 78 - 2 * 80, 110, 78, 80, 80], center=(3, 4),
                       empty="기록된 권고 없음")]


def render_deliberation_pdf(report: DeliberationReport, out: Out, *, printed: date | None = None) -> int:
    """Write the report to ``out``; return the number of pages."""
    return build_pdf(deliberation_story(report), out, title=f"공론화 결과 보고서 — {report.item.title}",
                     printed=printed)
