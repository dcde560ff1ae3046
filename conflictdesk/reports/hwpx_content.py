"""The content of the HWPX (한/글) card and grade summary, built from the same DTOs as the PDFs."""

from __future__ import annotations

from datetime import date

from conflictdesk.domain.money import format_amount
from conflictdesk.reports.hwpx import CardHwpx, HwpxSection, HwpxTable, SummaryHwpx
from conflictdesk.services.report_data import CardReport
from conflictdesk.services.summary_data import GradeSummary


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def _grade(value: int | None) -> str:
    return f"{value}등급" if value else "미정"


def card_content(card: CardReport) -> CardHwpx:
    """Every section of the conflict card, with personal data exactly as masked (or not) in ``card``."""
    h = card.header
    sections = [
        HwpxSection("기본 정보", table=HwpxTable(rows=(
            ("사업코드", h.code), ("사업명", h.name), ("담당부서", f"{h.bureau} {h.department}".strip()),
            ("진단 차수", h.round_code), ("관리 등급", _grade(h.grade)), ("경보", h.alert),
            ("총사업비", format_amount(h.budget_won) if h.budget_won is not None else ""),
        ))),
        HwpxSection("갈등 개요", table=HwpxTable(rows=(
            ("갈등 유형", ", ".join(card.types)), ("분야", card.field), ("사업 단계", card.phase),
            ("갈등 단계", f"{card.stage} ({_d(card.stage_since)}부터)" if card.stage_since else card.stage),
        ))),
    ]
    if card.transitions:
        sections.append(HwpxSection("갈등단계 변경 이력", table=HwpxTable(
            header=("일자", "이전", "변경", "사유"),
            rows=tuple((_d(d), a, b, reason) for d, a, b, reason in card.transitions))))
    sections.append(HwpxSection("주요 쟁점", table=HwpxTable(
        header=("구분", "쟁점"), rows=tuple((kind, text) for kind, text in card.issues) or (("", "없음"),))))
    sections.append(HwpxSection("이해관계자", table=HwpxTable(
        header=("이름·단체", "구분", "입장", "관심사", "영향력", "대표자", "연락처"),
        rows=tuple((s.name, s.kind, s.position, s.interests, str(s.influence), s.representative, s.contact)
                   for s in card.stakeholders) or (("없음", "", "", "", "", "", ""),))))
    if card.signals:
        sections.append(HwpxSection("갈등 신호", table=HwpxTable(
            header=("일자", "구분", "건수", "비고"),
            rows=tuple((_d(d), kind, str(n), note) for d, kind, n, note in card.signals))))
    sections.append(HwpxSection("사회적 영향", paragraphs=(card.social_impact or "—",)))
    sections.append(HwpxSection("향후 전망", paragraphs=(card.outlook or "—",)))
    if card.actions:
        sections.append(HwpxSection("조치 실적", table=HwpxTable(
            header=("일자", "내용"), rows=tuple((_d(d), text) for d, text in card.actions))))
    plan = card.plan
    if plan is not None:
        sections.append(HwpxSection("대응계획", table=HwpxTable(rows=(
            ("배경·현황", plan.background), ("목표", plan.goal),
            ("전략·수단", ", ".join(plan.strategies) + (f" ({plan.strategy_note})" if plan.strategy_note else "")),
            ("협업 부서", plan.cooperating),
            ("예산", format_amount(plan.budget_won) if plan.budget_won is not None else ""),
            ("위험 요인", plan.risks), ("대안", plan.fallback),
        ))))
        if plan.items:
            sections.append(HwpxSection("조치 항목", table=HwpxTable(
                header=("조치", "담당", "기한", "상태", "완료일"),
                rows=tuple((i.title, i.owner, _d(i.due), i.status + (" (지연)" if i.overdue else ""),
                            _d(i.done_on)) for i in plan.items))))
    if card.experts:
        sections.append(HwpxSection("갈등조정전문가", table=HwpxTable(
            header=("성명", "소속", "역할", "시작", "종료"),
            rows=tuple((e.name, e.affiliation, e.role, _d(e.start_on), _d(e.end_on)) for e in card.experts))))
    if card.closed_on:
        sections.append(HwpxSection("종결", paragraphs=(f"{_d(card.closed_on)} — {card.closure_reason}",)))
    note = "개인정보 포함 — 취급 주의" if card.unmasked else "이해관계자 이름·연락처는 가려져 있습니다."
    return CardHwpx(title=f"갈등관리카드 — {h.name}", subtitle=f"{h.code} · {h.department} · {note}",
                    sections=tuple(sections))


def summary_content(summary: GradeSummary) -> SummaryHwpx:
    """Department × grade, new/carried/dropped, unmet obligations and overdue items of one round."""
    total = summary.totals
    dept_rows = tuple(
        (r.department, str(r.targets), str(r.g1), str(r.g2), str(r.g3), str(r.new), str(r.carried),
         str(r.dropped), str(r.unmet), str(r.overdue))
        for r in (*summary.departments, total)
    )
    sections = [
        HwpxSection("부서별 등급 현황", table=HwpxTable(
            header=("부서", "대상", "1등급", "2등급", "3등급", "신규", "계속", "제외", "미이행", "지연"),
            rows=dept_rows)),
        HwpxSection("중점관리 사업 (1·2등급)", table=HwpxTable(
            header=("부서", "사업코드", "사업명", "등급", "이전", "구분"),
            rows=tuple((c.department, c.code, c.name, _grade(c.grade), _grade(c.previous_grade), c.status)
                       for c in summary.cases if c.grade in (1, 2)) or (("", "", "없음", "", "", ""),))),
        HwpxSection("의무 미이행", table=HwpxTable(
            header=("부서", "사업코드", "사업명", "등급", "미이행 항목"),
            rows=tuple((u.department, u.code, u.name, _grade(u.grade), ", ".join(u.missing))
                       for u in summary.unmet) or (("", "", "없음", "", ""),))),
        HwpxSection("기한 지연 (정기점검·조치항목)", table=HwpxTable(
            header=("부서", "사업코드", "사업명", "내용", "기한", "지연일"),
            rows=tuple((o.department, o.code, o.name, o.what, _d(o.due), str(o.days))
                       for o in (*summary.overdue_reviews, *summary.overdue_items)) or (("", "", "없음", "", "", ""),))),
    ]
    scope = f" — {summary.department}" if summary.department else ""
    return SummaryHwpx(title=f"{summary.round_label} 갈등관리 등급 현황{scope}",
                       subtitle=f"기준일 {summary.as_of.isoformat()}", sections=tuple(sections))
