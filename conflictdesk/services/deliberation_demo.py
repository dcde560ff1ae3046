"""The demo city's 공론화: the 2020 deliberation on 친환경 폐기물관리정책 and petitions around the thresholds."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from conflictdesk.domain.deliberation import Decision, ItemSource, Thresholds
from conflictdesk.store.models import DeliberationItem, PetitionCount

#: (title, opening date, [(day, count)…]) — day 1 is the opening date; around 6,000 / 3,000 and day 30 / 31.
DEMO_PETITIONS: tuple[tuple[str, date, tuple[tuple[int, int], ...]], ...] = (
    ("수도권매립지 2025년 사용 종료 촉구", date(2019, 11, 4), ((10, 3_100), (30, 6_000))),
    ("청라 소각장 증설 반대", date(2020, 3, 2), ((15, 4_200), (30, 5_999), (31, 6_400))),
    ("송도 6·8공구 개발이익 환수", date(2020, 5, 11), ((20, 3_000), (30, 3_480))),
    ("계양 테크노밸리 교통대책 마련", date(2020, 7, 6), ((30, 2_150),)),
    ("영종 제3연륙교 조기 개통", date(2020, 9, 14), ((12, 6_730),)),
)


def _item(title: str, source: ItemSource, opened: date, thresholds: Thresholds, **fields: object) -> DeliberationItem:
    return DeliberationItem(title=title, source=source.value, opened_on=opened,
                            support_threshold=thresholds.support, window_days=thresholds.window_days,
                            explain_threshold=thresholds.explain, explain_days=thresholds.explain_days, **fields)


def add_demo_deliberation(s: Any) -> None:
    """Add the demo agenda register to the demo's session ``s`` (inside its one transaction)."""
    th = Thresholds()
    waste = _item("친환경 폐기물관리정책 전환과 자체매립지 조성", ItemSource.MAYOR, date(2019, 12, 2), th,
                  reference="자원순환정책과-12345", decision=Decision.GO.value, decided_on=date(2019, 12, 20),
                  decision_reason="수도권매립지 종료에 대비한 시민 공론이 필요하다는 위원회 의결")
    s.add(waste)
    from conflictdesk.services.committee_demo import add_demo_committee

    add_demo_committee(s, waste)  # the 공론화위원회 of 15 and its three meetings on this item
    from conflictdesk.services.deliberation_process_demo import add_demo_process

    add_demo_process(s, waste)  # the 2020 공론화 추진: timeline, 200 백만원 budget, 권고안 with the city's answers
    s.add(_item("도심 군부대 이전 부지 활용 방안", ItemSource.COUNCIL, date(2020, 9, 7), th,
                reference="제265회 본회의 의결 제2020-41호"))
    for title, opened, counts in DEMO_PETITIONS:
        item = _item(title, ItemSource.PETITION, opened, th)
        for day, count in counts:
            item.counts.append(PetitionCount(as_of=opened + timedelta(days=day - 1), count=count))
        if title.startswith("송도"):  # reached the 설명 기준 only: the explanation was given
            item.explain_given = date(2020, 7, 20)
            item.explain_text = "개발이익 재투자 계획과 환수 현황을 시 누리집에 게시하고 청원인에게 회신함"
        s.add(item)
