"""The demo city's 공론화 추진: the 2020 process on 친환경 폐기물관리정책 (the seed's timeline and budget)."""

from __future__ import annotations

from datetime import date
from typing import Any

from conflictdesk.domain.deliberation_process import DEFAULT_REGIONS, Answer, Phase
from conflictdesk.domain.enums import ItemStatus
from conflictdesk.store.models import (
    DeliberationItem,
    DeliberationProcess,
    ProcessEvent,
    ProcessRecommendation,
    ProcessSpending,
)

#: The seed: 200 백만원, 124 in Q2 (공론화대행용역) and 76 in Q4.
DEMO_BUDGET = (200_000_000, (0, 124_000_000, 0, 76_000_000))

#: (phase, 권역, planned, held, attendance, place) — 시민인식조사·참여단 구성 Jan–Feb, 교육·권역별 공론장 Mar,
#: 시민공론장·정책 권고안 Apr (the seed's timeline).
DEMO_EVENTS: tuple[tuple[Phase, str, date, date, int | None, str], ...] = (
    (Phase.SURVEY, "", date(2020, 1, 13), date(2020, 1, 20), 1_000, "전화·온라인 조사 (시민 1,000명 응답)"),
    (Phase.PANEL, "", date(2020, 2, 3), date(2020, 2, 10), 300, "시민참여단 300명 구성"),
    (Phase.EDUCATION, "", date(2020, 3, 7), date(2020, 3, 7), 262, "인천시청 대회의실"),
    (Phase.REGIONAL, DEFAULT_REGIONS[0], date(2020, 3, 14), date(2020, 3, 14), 58, "미추홀구청 대강당"),
    (Phase.REGIONAL, DEFAULT_REGIONS[1], date(2020, 3, 15), date(2020, 3, 15), 61, "남동구청 대회의실"),
    (Phase.REGIONAL, DEFAULT_REGIONS[2], date(2020, 3, 21), date(2020, 3, 21), 64, "부평구청 대회의실"),
    (Phase.REGIONAL, DEFAULT_REGIONS[3], date(2020, 3, 22), date(2020, 3, 22), 55, "서구청 대회의실"),
    (Phase.REGIONAL, DEFAULT_REGIONS[4], date(2020, 3, 28), date(2020, 3, 28), 37, "강화군청 대회의실"),
    (Phase.FUTURE, "", date(2020, 3, 29), date(2020, 3, 29), 48, "청소년참여단 · 인천시교육청 강당"),
    (Phase.CITIZEN, "", date(2020, 4, 11), date(2020, 4, 18), 241, "송도컨벤시아"),
    (Phase.RECOMMENDATION, "", date(2020, 4, 27), date(2020, 4, 29), None, "공론화위원회 → 시장 권고안 전달"),
)

#: (권고, 답변, 사유, 담당, 기한, 상태, 완료일)
DEMO_RECOMMENDATIONS: tuple[tuple[str, Answer, str, str, date | None, ItemStatus, date | None], ...] = (
    ("생활폐기물 발생 억제와 분리배출·재활용 확대를 폐기물 정책의 최우선으로 추진한다", Answer.ACCEPT, "",
     "자원순환정책과", date(2021, 12, 31), ItemStatus.DONE, date(2021, 11, 30)),
    ("수도권매립지 2025년 사용 종료를 위해 환경부·서울시·경기도와의 협의를 강화한다", Answer.ACCEPT, "",
     "수도권매립지정책과", date(2021, 6, 30), ItemStatus.DONE, date(2021, 6, 25)),
    ("자체매립지는 친환경 방식으로 조성하고 주변 지역 주민 지원 방안을 함께 마련한다", Answer.ACCEPT, "",
     "자원순환시설과", date(2026, 12, 31), ItemStatus.IN_PROGRESS, None),
    ("직매립 제로화를 위해 권역별 친환경 자원순환센터(소각시설)를 확충한다", Answer.PARTIAL,
     "시설 배치는 군·구 협의를 거쳐 단계적으로 추진", "자원순환시설과", date(2027, 6, 30), ItemStatus.IN_PROGRESS, None),
    ("폐기물 반입 수수료 인상분 전액을 주변 지역 주민 지원에 쓴다", Answer.REJECT,
     "수수료 수입은 법정 특별회계로 관리되어 전액을 주민 지원에 쓸 수 없음", "", None, ItemStatus.DROPPED, None),
)

#: (date, amount, purpose) — the 공론화대행용역 in Q2 and part of Q4's plan.
DEMO_SPENDINGS: tuple[tuple[date, int, str], ...] = (
    (date(2020, 4, 3), 124_000_000, "공론화대행용역"),
    (date(2020, 11, 20), 52_000_000, "공론화 백서 발간·결과 홍보"),
)


def add_demo_process(s: Any, item: DeliberationItem) -> None:
    """Add the 2020 process of ``item`` (already added to ``s``) inside the demo's one transaction."""
    annual, quarters = DEMO_BUDGET
    process = DeliberationProcess(item=item, year=2020, annual_won=annual, q1_won=quarters[0],
                                  q2_won=quarters[1], q3_won=quarters[2], q4_won=quarters[3],
                                  regions=list(DEFAULT_REGIONS), note="")
    for phase, region, planned, held, attendance, place in DEMO_EVENTS:
        process.events.append(ProcessEvent(phase=phase.value, region=region, title="", planned_on=planned,
                                           held_on=held, attendance=attendance, place=place, note=""))
    for on, amount, purpose in DEMO_SPENDINGS:
        process.spendings.append(ProcessSpending(spent_on=on, amount_won=amount, purpose=purpose))
    for n, (text, answer, reason, owner, due, status, done_on) in enumerate(DEMO_RECOMMENDATIONS, start=1):
        process.recommendations.append(ProcessRecommendation(
            position=n, text=text, answer=answer.value, reason=reason, owner=owner, due=due, status=status.value,
            done_on=done_on))
    s.add(process)
