"""The 공론화위원회 section of the 공론화 결과 보고서 (PDF and HWPX show the same rows): the committee's three
decisions on the item, each with the meeting that took it and its attendance against the members in office, and the
roster of the members in office while the committee worked on the item (names masked as stored outputs mask them)."""

from __future__ import annotations

from conflictdesk.reports.pdf_common import fmt_date
from conflictdesk.services.committee_dtos import ItemDecisions, MeetingRef
from conflictdesk.services.deliberation_dtos import AgendaItem


def _meeting(ref: MeetingRef | None) -> str:
    if ref is None:
        return "—"
    return f"{ref.title or '회의'} ({fmt_date(ref.held_on)}) · 출석 {ref.present}명 / 재직 {ref.in_office}명"


def committee_rows(item: AgendaItem, decisions: ItemDecisions | None) -> list[tuple[str, str]]:
    """Label/value rows: 실시 여부 (date, reason, meeting), 추진위원회 구성, 권고안 채택."""
    rows = [("공론화 실시 여부", item.decision.label if item.decision else "결정 전"),
            ("의결일", fmt_date(item.decided_on) or "—"), ("사유", item.decision_reason or "—")]
    if decisions is None:
        return rows
    rows.append(("의결 회의", _meeting(decisions.decision_meeting)))
    if decisions.promotion_on is not None:
        rows += [("추진위원회 구성", fmt_date(decisions.promotion_on)), ("구성 내용", decisions.promotion_note or "—"),
                 ("구성 의결 회의", _meeting(decisions.promotion_meeting))]
    elif item.decision is not None and item.decision.value == "go":
        rows.append(("추진위원회 구성", "구성 전"))
    if decisions.recommendation_on is not None:
        rows += [("권고안 채택", fmt_date(decisions.recommendation_on)),
                 ("권고안 내용", decisions.recommendation_note or "—"),
                 ("채택 의결 회의", _meeting(decisions.recommendation_meeting))]
    elif item.decision is not None and item.decision.value == "go":
        rows.append(("권고안 채택", "채택 전"))
    return rows


ROSTER_HEADER = ("위원", "구분", "당연직·위촉", "소속", "임기", "위원장")


def roster_caption(decisions: ItemDecisions | None) -> str:
    """"위원 명단 (2020. 1. 15. ~ 2020. 12. 1. 재직 15명)" — the period the roster covers."""
    if decisions is None or decisions.roster_from is None or decisions.roster_to is None:
        return "위원 명단"
    return (f"위원 명단 ({fmt_date(decisions.roster_from)} ~ {fmt_date(decisions.roster_to)} 재직 "
            f"{len(decisions.roster)}명)")


def roster_rows(decisions: ItemDecisions | None) -> list[tuple[str, ...]]:
    """One row per member in office during the item's process: masked name, kind, 당연직/위촉, affiliation, term, chair."""
    if decisions is None:
        return []
    return [(m.name, m.kind.label, m.appointment.label, m.affiliation or "—",
             f"{fmt_date(m.term_from)} ~ {fmt_date(m.term_to) if m.term_to else ''}".rstrip(),
             "위원장" if m.chair else "") for m in decisions.roster]
