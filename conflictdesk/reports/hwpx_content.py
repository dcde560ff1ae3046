"""The content of the HWPX (한/글) card and grade summary: the same sections, labels and dates as the PDFs."""

from __future__ import annotations

from datetime import date

from conflictdesk.domain.money import format_amount
from conflictdesk.reports.card_pdf import (
    UNMASKED_BANNER,
    alert_text,
    analysis_rows,
    grade_text,
    highest_alert_text,
    money_text,
)
from conflictdesk.reports.hwpx import CardHwpx, DocumentInfo, HwpxSection, HwpxTable, SummaryHwpx, fmt_date
from conflictdesk.services.report_dtos import CardReport, ItemRow
from conflictdesk.services.summary_dtos import DepartmentRow, GradeSummary, RoundReport


def _kv(rows: list[tuple[str, str]], pairs: int = 1) -> HwpxTable:
    """Label/value rows, ``pairs`` of them on a line, labels shaded (like the PDF's key/value tables)."""
    lines: list[tuple[str, ...]] = []
    for start in range(0, len(rows), pairs):
        line: list[str] = []
        for label, value in rows[start:start + pairs]:
            line += [label, value or "—"]
        lines.append(tuple(line))
    return HwpxTable(rows=tuple(lines), label_columns=tuple(2 * k for k in range(pairs)))


def _grid(header: tuple[str, ...], rows: list[tuple[str, ...]], empty: str = "기록 없음",
          total_row: bool = False) -> HwpxTable:
    return HwpxTable(header=header, rows=tuple(rows) or ((empty,),), total_row=total_row and bool(rows))


def _items(items: tuple[ItemRow, ...], what: str = "조치항목") -> HwpxTable:
    return _grid(("번호", what, "담당", "기한", "상태", "완료일"),
                 [(str(n), i.title, i.owner, fmt_date(i.due), i.status + (" (기한 경과)" if i.overdue else ""),
                   fmt_date(i.done_on)) for n, i in enumerate(items, 1)])


def card_content(card: CardReport, *, author: str = "", printed: date | None = None) -> CardHwpx:
    """Every section of the conflict card PDF, with personal data exactly as masked (or not) in ``card``."""
    h = card.header
    sections = [
        HwpxSection("1. 사업 개요", table=_kv([
            ("사업명", h.name), ("사업코드", h.code),
            ("소관부서", f"{h.bureau} {h.department}".strip()), ("진단 차수", h.round_code),
            ("관리등급", grade_text(h.grade)), ("총사업비", money_text(h.budget_won)),
            ("경보 수준", alert_text(card)), ("차수 최고 경보", highest_alert_text(card)),
            ("분야", card.field),
        ], pairs=2)),
        HwpxSection("2. 갈등 유형 및 단계", table=_kv([
            ("갈등 유형", " · ".join(card.types)),
            ("갈등 단계", (card.stage or "—") + (f" ({fmt_date(card.stage_since)}부터)" if card.stage_since else "")),
            ("사업 단계", card.phase),
        ]), more=(_grid(("일자", "이전 단계", "변경 단계", "사유"),
                        [(fmt_date(d), a or "—", b, reason) for d, a, b, reason in card.transitions],
                        empty="단계 변경 이력 없음"),)),
        HwpxSection("3. 주요쟁점", table=_grid(("번호", "구분", "주요쟁점"),
                                             [(str(n), kind, text) for n, (kind, text) in enumerate(card.issues, 1)])),
        HwpxSection("4. 이해관계자", table=_grid(
            ("이름·단체", "구분", "입장", "이해관계", "영향력", "대표자", "연락처"),
            [(s.name, s.kind, s.position, s.interests, f"{s.influence} / 5", s.representative, s.contact)
             for s in card.stakeholders])),
    ]
    a = card.alert
    alert_rows = [("경보 수준", alert_text(card))]
    if a is not None:
        alert_rows += [("충족 신호", "\n".join(a.met) or "없음"),
                       (f"{a.round_code or '차수'} 최고 경보", highest_alert_text(card)),
                       ("당시 충족 신호", "\n".join(a.highest_met) or "없음"),
                       ("진단 시 경보", h.alert or "—")]
    sections += [
        HwpxSection("5. 갈등 징후", table=_kv(alert_rows), more=(_grid(
            ("일자", "구분", "건수", "비고"), [(fmt_date(d), kind, f"{n:,}", note) for d, kind, n, note in card.signals]),)),
        HwpxSection("6. 사회적 영향 및 향후 전망", table=_kv([("사회적 영향", card.social_impact),
                                                       ("향후 전망", card.outlook)])),
        HwpxSection("7. 조치실적", table=_grid(("일자", "조치 내용"), [(fmt_date(d), text) for d, text in card.actions])),
    ]
    plan = card.plan
    if plan is None:
        sections.append(HwpxSection("8. 대응계획", table=_kv([("대응계획", "수립되지 않음")])))
    else:
        strategy = " · ".join(plan.strategies) + ("\n" + plan.strategy_note if plan.strategy_note else "")
        sections.append(HwpxSection("8. 대응계획", table=_kv([
            ("배경 및 현황", plan.background), ("목표", plan.goal), ("전략 및 수단", strategy),
            ("협업부서", plan.cooperating), ("소요 예산", money_text(plan.budget_won)), ("위험요인", plan.risks),
            ("대안", plan.fallback)]), more=(_items(plan.items),)))
    tables = [t for a in card.analyses for t in (_kv(analysis_rows(a)[:4], pairs=2), _kv(analysis_rows(a)[4:]))]
    sections.append(HwpxSection("8-1. 갈등영향분석", table=tables[0], more=tuple(tables[1:])) if tables
                    else HwpxSection("8-1. 갈등영향분석", table=_kv([("갈등영향분석", "실시하지 않음")])))
    sections.append(HwpxSection("9. 갈등조정전문가", table=_grid(
        ("성명", "소속", "역할", "기간"),
        [(e.name, e.affiliation, e.role, f"{fmt_date(e.start_on)} ~ {fmt_date(e.end_on)}") for e in card.experts],
        empty="배정된 전문가 없음")))
    council = card.council
    if council is None:
        sections.append(HwpxSection("10. 갈등조정협의회", table=_kv([("협의회", "구성되지 않음")])))
    else:
        result = (_kv([("결과 문서", f"{council.result_kind} ({fmt_date(council.result_on)})"),
                       ("주요 내용", council.result_text), ("적법성 검토", council.legality_note or "검토 기록 없음")])
                  if council.result_kind else _kv([("결과 문서", "아직 작성되지 않음 (협의 진행 중)")]))
        sections.append(HwpxSection("10. 갈등조정협의회", table=_kv([
            ("협의회 명칭", council.name), ("활동 기간", f"{fmt_date(council.formed_on)} ~ {fmt_date(council.end_on)}"),
            ("위원장", council.chair), ("위원 수", f"{len(council.members)}명")], pairs=2), more=(
            _grid(("번호", "성명", "역할", "소속", "대표 측"),
                  [(str(n), m.name, m.role, m.affiliation, m.side or "—") for n, m in enumerate(council.members, 1)]),
            _grid(("회차", "일자", "장소", "참석", "공개", "주요 내용"),
                  [(f"{n}차", fmt_date(m.held_on), m.place, m.attendees, "공개" if m.is_open else "비공개", m.minutes)
                   for n, m in enumerate(council.meetings, 1)], empty="회의 기록 없음"),
            result,
            _items(council.items, what="합의사항"),
        )))
    sections.append(HwpxSection("11. 정기점검 이력", table=_grid(
        ("차수", "점검일", "점검 결과", "갈등 단계", "권고 등급"),
        [(r.round_code, fmt_date(r.done_on) if r.done_on else f"미실시 (마감 {fmt_date(r.due)})", r.findings or "—",
          r.stage or "—", f"{r.grade_recommendation}등급" if r.grade_recommendation else "—") for r in card.reviews],
        empty="정기점검 기록 없음")))
    closure = ([("종결일", fmt_date(card.closed_on)), ("종결 사유", card.closure_reason)]
               if card.closed_on else [("상태", "진행 중 (종결되지 않음)")])
    sections.append(HwpxSection("12. 종결", table=_kv(closure)))
    return CardHwpx(
        title="갈등관리카드", subtitle=f"{h.name}  ({h.code})", sections=tuple(sections),
        info=DocumentInfo(author=author, printed=printed, document_title=f"갈등관리카드 — {h.name}",
                          subject=f"갈등관리카드 — {h.name} ({h.code})",
                          keywords=f"갈등관리카드, {h.code}, {h.department}",
                          banner=UNMASKED_BANNER if card.unmasked else ""),
    )


def _dept_cells(r: DepartmentRow) -> tuple[str, ...]:
    return (r.bureau, r.department, *(f"{getattr(r, f):,}" for f in (
        "targets", "g1", "g2", "g3", "ungraded", "new", "carried", "dropped", "unmet", "overdue")))


def summary_content(summary: GradeSummary, rounds: RoundReport | None = None, *, author: str = "",
                    printed: date | None = None) -> SummaryHwpx:
    """Every section of the grade summary PDF (the charts' numbers are in the tables beside them)."""
    t = summary.totals
    scope = summary.department or "전체 부서"
    prev = f"전 차수 {summary.previous_round}" if summary.previous_round else "전 차수 없음"
    dept_rows = [_dept_cells(r) for r in summary.departments]
    if len(summary.departments) > 1:
        dept_rows.append(("", "합계", *_dept_cells(t)[2:]))
    sections = [
        HwpxSection("1. 요약", table=_kv([
            ("진단대상", f"{t.targets:,}건"), ("중점관리", f"{t.g1 + t.g2:,}건 (1등급 {t.g1:,} · 2등급 {t.g2:,})"),
            ("3등급·미확정", f"{t.g3:,}건 · {t.ungraded:,}건"),
            ("중점관리 변동", f"신규 {t.new} · 계속 {t.carried} · 제외 {t.dropped} ({prev})"),
            ("의무 미이행", f"{t.unmet:,}건 (카드·대응계획 작성 기한 경과 {len(summary.overdue_duties):,}건)"),
            ("기한 경과", f"점검 {len(summary.overdue_reviews):,}건 · 조치항목 {len(summary.overdue_items):,}건"),
        ], pairs=2)),
        HwpxSection("2. 부서별 등급 현황", table=_grid(
            ("실·국", "부서", "대상", "1등급", "2등급", "3등급", "미확정", "신규", "계속", "제외", "의무 미이행", "기한 경과"),
            dept_rows, total_row=len(summary.departments) > 1)),
        HwpxSection("3. 중점관리(1·2등급) 사업 변동", table=_grid(
            ("부서", "사업코드", "사업명", "등급 (전→현)", "구분", "이월 결정", "총사업비"),
            [(c.department, c.code, c.name, f"{c.previous_grade or '—'} → {c.grade or '—'}", c.status,
              c.decision or "—", format_amount(c.budget_won) if c.budget_won is not None else "—")
             for c in summary.cases], empty="중점관리 사업 없음")),
        HwpxSection("4. 의무 미이행 (갈등관리카드·대응계획·전문가)", table=_grid(
            ("부서", "사업코드", "사업명", "등급", "미이행 내용"),
            [(u.department, u.code, u.name, f"{u.grade}등급", u.missing_text(summary.as_of)) for u in summary.unmet],
            empty="미이행 의무 없음")),
        HwpxSection("5. 기한 경과 정기점검", table=_grid(
            ("부서", "사업코드", "사업명", "점검 마감일", "경과일"),
            [(o.department, o.code, o.name, fmt_date(o.due), f"{o.days:,}일") for o in summary.overdue_reviews],
            empty="기한이 지난 점검 없음")),
        HwpxSection("6. 기한 경과 조치항목", table=_grid(
            ("부서", "사업명", "조치항목", "담당", "기한", "경과일"),
            [(o.department, o.name, o.what, o.owner, fmt_date(o.due), f"{o.days:,}일") for o in summary.overdue_items],
            empty="기한이 지난 조치항목 없음")),
        HwpxSection("7. 차수별 추이" + (" (시 전체)" if summary.department else ""), table=_grid(
            ("차수", "진단 사업", "진단대상", "1등급", "2등급", "3등급"),
            [(r.round_code, f"{r.screened:,}", f"{r.targets:,}", f"{r.g1:,}", f"{r.g2:,}", f"{r.g3:,}")
             for r in summary.trend])),
    ]
    if rounds is not None:
        g1, g2, g3, ungraded = rounds.grades
        ratio = f"{rounds.targets / rounds.screened:.1%}" if rounds.screened else "—"
        sections.append(HwpxSection(f"8. 진단 결과 ({rounds.round_label})", table=_kv([
            ("진단 사업", f"{rounds.screened:,}건"), ("진단대상", f"{rounds.targets:,}건 ({ratio})"),
            ("등급", f"1등급 {g1:,} · 2등급 {g2:,} · 3등급 {g3:,} · 미확정 {ungraded:,}")]), more=(_grid(
                ("진단기준", "해당 사업", "진단 사업 대비"),
                [(label, f"{n:,}", f"{n / rounds.screened:.1%}" if rounds.screened else "—")
                 for _code, label, n in rounds.criteria]),),
            paragraphs=("※ 한 사업이 여러 기준에 해당할 수 있어 기준별 합계는 진단대상 수보다 클 수 있습니다.",)))
    return SummaryHwpx(
        title="갈등관리 등급 현황",
        subtitle=f"{summary.round_label} ({summary.round_code}) · {scope} · 기준일 {fmt_date(summary.as_of)}",
        sections=tuple(sections),
        info=DocumentInfo(author=author, printed=printed,
                          document_title=f"갈등관리 등급 현황 {summary.round_code}"
                          + (f" — {summary.department}" if summary.department else ""),
                          subject=f"갈등관리 등급 현황 {summary.round_code} — {scope}",
                          keywords=f"갈등관리, 등급 현황, {summary.round_code}"),
    )
