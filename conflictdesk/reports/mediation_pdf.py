"""Mediation report PDF (갈등조정 결과 보고서): card summary, council, meetings, result, agreements, experts."""

from __future__ import annotations

from datetime import date
from typing import Any

from conflictdesk.domain.money import format_amount
from conflictdesk.reports.card_pdf import (
    UNMASKED_BANNER,
    basic_info,
    experts_table,
    issues_table,
    items_table,
    meetings_table,
    members_table,
    platypus,
    result_table,
)
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
    styles,
    title_block,
)
from conflictdesk.services.report_dtos import CouncilReport, MediationReport


def _council_story(council: CouncilReport, width: float) -> list[Any]:
    period = f"{fmt_date(council.formed_on)} ~ {fmt_date(council.end_on)}"
    story: list[Any] = [
        heading("3. 갈등조정협의회"),
        kv_table([("협의회 명칭", council.name or "—"), ("활동 기간", period),
                  ("위원장", council.chair or "—"), ("위원 수", f"{len(council.members)}명 (최대 15명)"),
                  ("운영 일정", council.schedule or "—")], width),
        platypus(members_table(council, width, contacts=True), width),
        heading("4. 기본규칙"),
        kv_table([(label, text or "(미정)") for label, text in council.rules], width, label_width=110),
        heading("5. 회의 개최 현황"),
        platypus(meetings_table(council, width), width),
        heading("6. 협의 결과"),
        platypus(result_table(council), width),
    ]
    done = sum(1 for i in council.items if i.status == "완료")
    late = sum(1 for i in council.items if i.overdue)
    story += [
        heading("7. 합의사항 이행 현황"),
        para(f"합의사항 {len(council.items)}건 중 완료 {done}건, 기한 경과 미이행 {late}건"),
        gap(),
        platypus(items_table(council.items, width, what="합의사항"), width),
    ]
    return story


def mediation_story(report: MediationReport) -> list[Any]:
    """The whole report as flowables."""
    w = content_width()
    card = report.card
    h = card.header
    story: list[Any] = title_block("갈등조정 결과 보고서", f"{h.name}  ({h.code})", approval=True, width=w)
    story += [heading("1. 사업 및 갈등 개요"), platypus(basic_info(card, w), w),
              kv_table([("갈등 단계", card.stage or "—"), ("사업 단계", card.phase or "—"),
                        ("향후 전망", card.outlook or "—")], w, label_width=62)]
    story += [heading("2. 주요쟁점"), platypus(issues_table(card, w), w)]
    if report.council is None:
        story += [heading("3. 갈등조정협의회"), kv_table([("협의회", "구성되지 않음")], w)]
    else:
        story += _council_story(report.council, w)
    story += [heading("8. 갈등조정전문가 활동"), platypus(experts_table(card.experts, w), w)]
    story += [heading("9. 전문가 수당 지급"), payments_table(report, w)]
    unrelated = sum(1 for p in report.payments if p.unrelated)
    if unrelated:
        story.append(para(f"※ 확인 필요 {unrelated}건: 이 사업에 배정되지 않았고 협의회 위원도 아닌 전문가에게 "
                          "지급되었습니다.", styles().small))
    return story


def payments_table(report: MediationReport, width: float) -> Any:
    """Allowance payments with a 합계 row; a payment to an expert not on the case is flagged."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    rows = [(fmt_date(p.paid_on), p.expert, format_amount(p.amount_won), p.purpose,
             "확인 필요 (배정·위원 아님)" if p.unrelated else "") for p in report.payments]
    if rows:
        rows.append(("합계", f"{len(rows)}건", format_amount(report.paid_total_won), "", ""))
    table = grid_table(["지급일", "전문가", "금액", "내용", "비고"], rows, [70, 70, 80, width - 330, 110],
                       empty="지급 기록 없음", center=(0, 1, 2))
    if rows:
        table.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), colors.HexColor(LABEL_BG))]))
    return table


def render_mediation_pdf(report: MediationReport, out: Out, *, printed: date | None = None) -> int:
    """Write the mediation report to ``out``; return the number of pages."""
    return build_pdf(mediation_story(report), out, title=f"갈등조정 결과 보고서 — {report.card.header.name}",
                     printed=printed, banner=UNMASKED_BANNER if report.card.unmasked else "")
