"""Conflict card PDF (갈등관리카드, A4 portrait) for mediators; personal data masked unless asked otherwise.

The card's tables are described once, as data (``Pairs``, ``Grid``): the card draws them with the lean page
flow of ``reports/flow.py`` (it is printed by the thousand, docs/architecture.md "카드 PDF"), the mediation
report, which shares several of them, with reportlab's platypus (``platypus``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from conflictdesk.domain.impact_analysis import AnalysisRow
from conflictdesk.domain.money import format_amount
from conflictdesk.reports import flow, pdf_writer
from conflictdesk.reports.pdf_common import Out, Placed, clean, content_width, fmt_date
from conflictdesk.services.report_dtos import CardReport, CouncilReport, ExpertRow, ItemRow

UNMASKED_BANNER = "개인정보 포함 — 취급 주의"


@dataclass(frozen=True)
class Pairs:
    """Label/value rows; ``pairs=2`` puts two pairs on each line."""

    rows: Sequence[tuple[str, str]]
    label_width: float = 85.0
    pairs: int = 1


@dataclass(frozen=True)
class Grid:
    """A table with a header row (repeated on each page), ``center`` columns centred, ``empty`` without rows."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    empty: str = "기록 없음"
    center: Sequence[int] = ()


Spec = Pairs | Grid


def platypus(spec: Spec, width: float) -> Any:
    """``spec`` as a reportlab table (for the platypus documents that share the card's tables)."""
    from conflictdesk.reports.pdf_common import grid_table, kv_table

    if isinstance(spec, Pairs):
        return kv_table(spec.rows, width, label_width=spec.label_width, pairs=spec.pairs)
    return grid_table(spec.headers, spec.rows, spec.widths, empty=spec.empty, center=spec.center)


def block(spec: Spec, width: float) -> flow.Table:
    """``spec`` as a table of the card's page flow."""
    if isinstance(spec, Pairs):
        return flow.kv_table(spec.rows, width, label_width=spec.label_width, pairs=spec.pairs)
    return flow.grid_table(spec.headers, spec.rows, spec.widths, empty=spec.empty, center=spec.center)


def grade_text(grade: int | None) -> str:
    return f"{grade}등급" + (" (중점관리)" if grade in (1, 2) else "") if grade else "미확정"


def money_text(won: int | None) -> str:
    return format_amount(won) if won is not None else "—"


def alert_text(card: CardReport) -> str:
    """경보 수준 with its 기준일 and look-back window: "갈등경보 (기준일 2020. 12. 31., 최근 30일)"."""
    a = card.alert
    if a is None:
        return card.header.alert or "—"
    return f"{a.level} (기준일 {fmt_date(a.as_of)}, 최근 {a.lookback_days}일)"


def highest_alert_text(card: CardReport) -> str:
    """The highest level in the card's round: "갈등경보 (2020. 10. 5.부터)" or "정상"."""
    a = card.alert
    if a is None:
        return "—"
    return a.highest + (f" ({fmt_date(a.highest_on)} 도달)" if a.highest_on else "")


def basic_info(card: CardReport, width: float) -> Pairs:
    """사업 기본 정보: code, department, round, grade, budget, alert (with 기준일) and the round's highest alert."""
    h = card.header
    dept = f"{h.bureau} {h.department}".strip()
    return Pairs([
        ("사업명", h.name), ("사업코드", h.code),
        ("소관부서", dept), ("진단 차수", h.round_code or "—"),
        ("관리등급", grade_text(h.grade)), ("총사업비", money_text(h.budget_won)),
        ("경보 수준", alert_text(card)), ("차수 최고 경보", highest_alert_text(card)),
        ("분야", card.field or "—"), ("", ""),
    ], label_width=62, pairs=2)


def alert_table(card: CardReport) -> Pairs:
    """The alert on 기준일 and the highest of the round, each with the signals that were met."""
    a = card.alert
    if a is None:
        return Pairs([("경보 수준", card.header.alert or "—")])
    return Pairs([
        ("경보 수준", alert_text(card)),
        ("충족 신호", "\n".join(a.met) or "없음"),
        (f"{a.round_code or '차수'} 최고 경보", highest_alert_text(card)),
        ("당시 충족 신호", "\n".join(a.highest_met) or "없음"),
        ("진단 시 경보", card.header.alert or "—"),
    ], label_width=95)


def issues_table(card: CardReport, width: float) -> Grid:
    return Grid(["번호", "구분", "주요쟁점"], [(str(n), kind, text) for n, (kind, text) in enumerate(card.issues, 1)],
                [34, 46, width - 80], center=(0, 1))


def items_table(items: tuple[ItemRow, ...], width: float, what: str = "조치항목") -> Grid:
    rows = [(str(n), i.title, i.owner, fmt_date(i.due), i.status + (" (기한 경과)" if i.overdue else ""),
             fmt_date(i.done_on)) for n, i in enumerate(items, 1)]
    return Grid(["번호", what, "담당", "기한", "상태", "완료일"], rows, [30, width - 330, 85, 70, 75, 70],
                center=(0, 3, 4, 5))


def experts_table(experts: tuple[ExpertRow, ...], width: float) -> Grid:
    rows = [(e.name, e.affiliation, e.role, f"{fmt_date(e.start_on)} ~ {fmt_date(e.end_on)}") for e in experts]
    return Grid(["성명", "소속", "역할", "기간"], rows, [70, width - 300, 80, 150], empty="배정된 전문가 없음",
                center=(2,))


def members_table(council: CouncilReport, width: float, contacts: bool = False) -> Grid:
    """Council members; with ``contacts`` the 연락처 column (masked by the policy unless unmasked)."""
    if contacts:
        return Grid(["번호", "성명", "역할", "소속", "대표 측", "연락처"],
                    [(str(n), m.name, m.role, m.affiliation, m.side or "—", m.contact or "—")
                     for n, m in enumerate(council.members, 1)],
                    [30, 70, 70, width - 360, 80, 110], center=(0, 2, 4))
    return Grid(["번호", "성명", "역할", "소속", "대표 측"],
                [(str(n), m.name, m.role, m.affiliation, m.side or "—") for n, m in enumerate(council.members, 1)],
                [30, 80, 80, width - 290, 100], center=(0, 2, 4))


def meetings_table(council: CouncilReport, width: float) -> Grid:
    return Grid(["회차", "일자", "장소", "참석", "공개", "주요 내용"],
                [(f"{n}차", fmt_date(m.held_on), m.place, m.attendees, "공개" if m.is_open else "비공개",
                  m.minutes) for n, m in enumerate(council.meetings, 1)],
                [34, 66, 90, 70, 44, width - 304], empty="회의 기록 없음", center=(0, 1, 4))


def result_table(council: CouncilReport) -> Pairs:
    if not council.result_kind:
        return Pairs([("결과 문서", "아직 작성되지 않음 (협의 진행 중)")])
    return Pairs([
        ("결과 문서", f"{council.result_kind} ({fmt_date(council.result_on)})"),
        ("주요 내용", council.result_text or "—"),
        ("적법성 검토", council.legality_note or "검토 기록 없음"),
    ])


def analysis_rows(analysis: AnalysisRow) -> list[tuple[str, str]]:
    """One 갈등영향분석 as label/value rows (the PDF and the HWPX card print the same)."""
    grade = f"{analysis.recommended_grade}등급" if analysis.recommended_grade else "—"
    return [("의뢰일", fmt_date(analysis.commissioned_on)), ("분석자", analysis.analyst or "—"),
            ("비용", money_text(analysis.cost_won)), ("권고 등급", grade),
            ("분석 범위", analysis.scope or "—"), ("주요 결과", analysis.findings or "—"),
            ("권고 전략", analysis.recommended_strategy or "—"), ("보고서", analysis.report_ref or "—")]


# --- the card, section by section, as blocks of the page flow -------------------------------------------------
Section = list[flow.Block]


def _tables(width: float, *specs: Spec) -> Section:
    """Tables in a row, a gap between each two (a table's border never touches the next one)."""
    out: Section = []
    for spec in specs:
        if out:
            out.append(flow.Gap())
        out.append(block(spec, width))
    return out


def stage_section(card: CardReport, width: float) -> Section:
    since = f" ({fmt_date(card.stage_since)}부터)" if card.stage_since else ""
    return [flow.Heading("2. 갈등 유형 및 단계"), *_tables(
        width,
        Pairs([("갈등 유형", " · ".join(card.types) or "—"), ("갈등 단계", (card.stage or "—") + since),
               ("사업 단계", card.phase or "—")]),
        Grid(["일자", "이전 단계", "변경 단계", "사유"],
             [(fmt_date(d), a or "—", b, reason) for d, a, b, reason in card.transitions],
             [70, 70, 70, width - 210], empty="단계 변경 이력 없음", center=(0, 1, 2)))]


def council_section(card: CardReport, number: int, width: float) -> Section:
    """갈등조정협의회: members, meetings, the result document and the agreed items with their status."""
    council = card.council
    title = flow.Heading(f"{number}. 갈등조정협의회")
    if council is None:
        return [title, *_tables(width, Pairs([("협의회", "구성되지 않음")]))]
    period = f"{fmt_date(council.formed_on)} ~ {fmt_date(council.end_on)}"
    return [title, *_tables(
        width,
        Pairs([("협의회 명칭", council.name or "—"), ("활동 기간", period), ("위원장", council.chair or "—"),
               ("위원 수", f"{len(council.members)}명")], label_width=62, pairs=2),
        members_table(council, width), meetings_table(council, width), result_table(council),
        items_table(council.items, width, what="합의사항"))]


def reviews_section(card: CardReport, number: int, width: float) -> Section:
    """정기점검 history: round, date, findings, stage, recommended grade."""
    rows = [(r.round_code, fmt_date(r.done_on) if r.done_on else f"미실시 (마감 {fmt_date(r.due)})",
             r.findings or "—", r.stage or "—", f"{r.grade_recommendation}등급" if r.grade_recommendation else "—")
            for r in card.reviews]
    return [flow.Heading(f"{number}. 정기점검 이력"), *_tables(
        width, Grid(["차수", "점검일", "점검 결과", "갈등 단계", "권고 등급"], rows, [50, 100, width - 280, 65, 65],
                    empty="정기점검 기록 없음", center=(0, 1, 3, 4)))]


def analysis_section(card: CardReport, width: float) -> Section:
    """8-1. 갈등영향분석: each analysis of the case, oldest first."""
    story: Section = [flow.Heading("8-1. 갈등영향분석")]
    if not card.analyses:
        return [*story, *_tables(width, Pairs([("갈등영향분석", "실시하지 않음")]))]
    for n, analysis in enumerate(card.analyses):
        rows = analysis_rows(analysis)
        story += [*([flow.Gap()] if n else []),
                  *_tables(width, Pairs(rows[:4], label_width=62, pairs=2), Pairs(rows[4:]))]
    return story


def card_blocks(card: CardReport) -> Section:
    """Every section of the card, in order, as blocks of the page flow."""
    w = content_width()
    h = card.header
    story: Section = [flow.TitleBlock("갈등관리카드", f"{h.name}  ({h.code})", w)]
    story += [flow.Heading("1. 사업 개요"), *_tables(w, basic_info(card, w))]
    story += stage_section(card, w)
    story += [flow.Heading("3. 주요쟁점"), *_tables(w, issues_table(card, w))]
    story += [flow.Heading("4. 이해관계자"), *_tables(w, Grid(
        ["이름·단체", "구분", "입장", "이해관계", "영향력", "대표자", "연락처"],
        [(s.name, s.kind, s.position, s.interests, f"{s.influence} / 5", s.representative, s.contact)
         for s in card.stakeholders],
        [92, 52, 46, w - 392, 42, 62, 98], center=(1, 4)))]
    story += [flow.Heading("5. 갈등 징후"), *_tables(w, alert_table(card), Grid(
        ["일자", "구분", "건수", "비고"], [(fmt_date(d), kind, f"{n:,}", note) for d, kind, n, note in card.signals],
        [70, 70, 50, w - 190], center=(0, 1, 2)))]
    story += [flow.Heading("6. 사회적 영향 및 향후 전망"), *_tables(
        w, Pairs([("사회적 영향", card.social_impact or "—"), ("향후 전망", card.outlook or "—")]))]
    story += [flow.Heading("7. 조치실적"), *_tables(
        w, Grid(["일자", "조치 내용"], [(fmt_date(d), text) for d, text in card.actions], [70, w - 70], center=(0,)))]
    story.append(flow.Heading("8. 대응계획"))
    plan = card.plan
    if plan is None:
        story += _tables(w, Pairs([("대응계획", "수립되지 않음")]))
    else:
        tools = " · ".join(plan.strategies)
        strategy = tools + ("\n" + plan.strategy_note if plan.strategy_note else "")
        story += _tables(w, Pairs([
            ("배경 및 현황", plan.background or "—"), ("목표", plan.goal or "—"), ("전략 및 수단", strategy or "—"),
            ("협업부서", plan.cooperating or "—"), ("소요 예산", money_text(plan.budget_won)),
            ("위험요인", plan.risks or "—"), ("대안", plan.fallback or "—")]), items_table(plan.items, w))
    story += analysis_section(card, w)
    story += [flow.Heading("9. 갈등조정전문가"), *_tables(w, experts_table(card.experts, w))]
    story += council_section(card, 10, w)
    closure = ([("종결일", fmt_date(card.closed_on)), ("종결 사유", card.closure_reason or "—")]
               if card.closed_on else [("상태", "진행 중 (종결되지 않음)")])
    # A page holding only the closing line is never started: the short last sections stay together.
    story.append(flow.Keep([*reviews_section(card, 11, w), flow.Heading("12. 종결"),
                            *_tables(w, Pairs(closure))]))
    return story


def draw_card(document: pdf_writer.Document, card: CardReport, *, printed: date, layout: list[Placed] | None = None) -> int:
    """Lay the card out on new pages of ``document`` (a ``pdf_writer.Document``), each with the card's footer and
    its own "x / y"; return the card's page count."""
    first = len(document.pages)
    title = f"갈등관리카드 — {card.header.name}"
    flow.Flow(document, layout).add(card_blocks(card))
    flow.decorate(document, title=title, footer=clean(f"{title}  ·  출력일 {fmt_date(printed)}"),
                  banner=UNMASKED_BANNER if card.unmasked else "", first=first)
    return len(document.pages) - first


def render_card_pdf(card: CardReport, out: Out, *, printed: date | None = None,
                    layout: list[Placed] | None = None) -> int:
    """Write the conflict card to ``out`` (path or binary file); return the number of pages."""
    document = flow.document(f"갈등관리카드 — {card.header.name}")
    draw_card(document, card, printed=printed or date.today(), layout=layout)
    return int(document.write(out))


class CardBook:
    """Many cards in one PDF for printing, one bookmark ("code name") per card, each card numbered on its own."""

    def __init__(self, title: str = "갈등관리카드 (일괄)") -> None:
        self.document = flow.document(title)

    def add(self, card: CardReport, *, printed: date) -> int:
        h = card.header
        self.document.bookmark(f"{h.code} {h.name}", len(self.document.pages))
        return draw_card(self.document, card, printed=printed)

    def write(self, out: Out) -> int:
        return int(self.document.write(out))
