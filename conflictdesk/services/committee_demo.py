"""The demo city's 공론화위원회: 15 members (5·4·3·3), a chair, and three meetings on the 2020 폐기물 deliberation."""

from __future__ import annotations

from datetime import date
from typing import Any

from conflictdesk.store.models import CommitteeAttendance, CommitteeMeeting, CommitteeMember, DeliberationItem

TERM = (date(2019, 7, 1), date(2021, 6, 30))
#: (name, kind, appointment, affiliation) — the ordinance's 5 · 4 · 3 · 3, 당연직 3 (the officials).
DEMO_MEMBERS: tuple[tuple[str, str, str, str], ...] = (
    ("김도윤", "expert", "appointed", "인천대학교 행정학과"),
    ("이서연", "expert", "appointed", "한국갈등학회"),
    ("박준호", "expert", "appointed", "갈등해결연구소"),
    ("최민지", "expert", "appointed", "인하대학교 사회학과"),
    ("정태윤", "expert", "appointed", "법무법인 바른길"),
    ("강하늘", "civic", "appointed", "인천환경운동연합"),
    ("조은별", "civic", "appointed", "인천경실련"),
    ("윤지호", "civic", "appointed", "인천YWCA"),
    ("장미경", "civic", "appointed", "인천시민사회단체연대"),
    ("임성민", "councillor", "appointed", "인천광역시의회 건설교통위원회"),
    ("한가람", "councillor", "appointed", "인천광역시의회 환경복지위원회"),
    ("오현수", "councillor", "appointed", "인천광역시의회 기획행정위원회"),
    ("서정희", "official", "ex_officio", "기획조정실장"),
    ("신동욱", "official", "ex_officio", "환경국장"),
    ("권나래", "official", "ex_officio", "시민정책담당관"),
)
#: (title, date, members absent by position, what the meeting decided)
DEMO_MEETINGS: tuple[tuple[str, date, tuple[int, ...], str], ...] = (
    ("제1차 정기회의", date(2019, 12, 20), (4, 11), "go"),
    ("제2차 정기회의", date(2020, 1, 17), (2, 7, 10, 13), "promotion"),
    ("제3차 정기회의", date(2020, 4, 29), (1, 8, 12), "recommendation"),
)


def add_demo_committee(s: Any, item: DeliberationItem) -> None:
    """Add the committee and its meetings on ``item`` (decided 실시 at the first, quorate, meeting).

    Rows are linked by relationship, not by id: the demo adds everything in one transaction without flushing.
    """
    members = [CommitteeMember(name=name, kind=kind, appointment=appointment, affiliation=affiliation,
                               term_from=TERM[0], term_to=TERM[1], is_chair=n == 0)
               for n, (name, kind, appointment, affiliation) in enumerate(DEMO_MEMBERS)]
    s.add_all(members)
    for title, held_on, absent, decided in DEMO_MEETINGS:
        # the item is on the meeting's agenda through the decision taken there (services/deliberation_committee.py)
        meeting = CommitteeMeeting(held_on=held_on, title=title, items=[])
        meeting.attendance = [CommitteeAttendance(member=m) for n, m in enumerate(members) if n not in absent]
        s.add(meeting)
        if decided == "go":
            item.decision_meeting, item.decided_on = meeting, held_on
        elif decided == "promotion":
            item.promotion_on, item.promotion_meeting = held_on, meeting
            item.promotion_note = "공론화추진위원회 9명 구성 (위원장: 갈등관리전문가 위원), 공론화 의제와 일정 확정"
        else:
            item.recommendation_on, item.recommendation_meeting = held_on, meeting
            item.recommendation_note = "시민공론장 결과를 반영한 정책 권고안을 의결하여 시장에게 제출"
