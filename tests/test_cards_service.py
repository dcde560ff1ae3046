"""Card and plan services: create, edit, stage transitions, snapshots and history, completeness, locking, reveal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from conflictdesk.domain.calendar import item_overdue
from conflictdesk.domain.errors import Conflict, InvalidValue, NotFound
from conflictdesk.services import cards
from conflictdesk.services.card_history import describe_change, round_changes, take_snapshot
from conflictdesk.services.card_views import (
    ActionRow,
    CardView,
    IssueRow,
    PlanItemRow,
    PlanView,
    SignalRow,
    StakeholderRow,
    TransitionRow,
    alert_for,
    form_of,
    masked_stakeholder,
    missing_items,
)
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Department, Diagnosis, Project, Round


@pytest.fixture
def project(db: Database) -> str:
    with db.write() as s:
        dept = Department(name="도시계획과")
        s.add(dept)
        s.flush()
        p = Project(code="P-1", name="송도 소각장 증설", department_id=dept.id)
        s.add(p)
        for code, half in (("2020-1", 1), ("2020-2", 2)):
            s.add(Round(code=code, year=2020, half=half))
        s.flush()
        r1, r2 = s.scalars(select(Round).order_by(Round.half)).all()
        s.add(Diagnosis(round_id=r1.id, project_id=p.id, is_target=True, confirmed_grade=2))
        s.add(Diagnosis(round_id=r2.id, project_id=p.id, is_target=True, confirmed_grade=1))
    return "P-1"


def test_get_card_creates_an_empty_card_only_on_request(db: Database, project: str) -> None:
    with pytest.raises(NotFound):
        cards.get_card(db, project)
    view = cards.create_card(db, project)[0]
    assert view.project_name == "송도 소각장 증설" and view.department == "도시계획과"
    assert view.grade == 1 and view.round_code == "2020-2"
    assert view.issues == () and view.plan is None
    assert missing_items(view) == ("주요쟁점", "갈등단계", "향후 전망", "대응계획 조치항목")
    with pytest.raises(NotFound):
        cards.create_card(db, "NOPE")


def test_save_card_fields_and_lists(db: Database, project: str) -> None:
    view = cards.create_card(db, project)[0]
    form = replace(
        form_of(view), conflict_types=("interest", "nimby"), field="환경", phase="permits", outlook="장기화 전망",
        issues=(IssueRow("악취 우려", "fact"), IssueRow("보상 기준", "interest")),
        stakeholders=(StakeholderRow("홍길동", "residents", "반대", "생활환경", 4, "", "010-1234-5678"),),
        signals=(SignalRow("complaint", date(2020, 9, 1), 6),),
        actions=(ActionRow(date(2020, 9, 2), "주민설명회 개최"),),
        new_transitions=(TransitionRow("surfaced", date(2020, 9, 1), "집단민원 접수"),),
        plan=PlanView(goal="합의 형성", strategies=("주민설명회", "지역 상생기금"),
                      items=(PlanItemRow("설명회", "김주무관", date(2020, 10, 1)),)),
    )
    saved, changes = cards.save_card(db, project, form, view.version, today=date(2020, 12, 1))
    assert changes.touches("card") and changes.touches("plan")
    assert saved.version > view.version
    assert saved.conflict_types == ("interest", "nimby") and saved.phase == "permits"
    assert [i.text for i in saved.issues] == ["악취 우려", "보상 기준"]
    assert saved.stage == "surfaced" and saved.stage_since == date(2020, 9, 1)
    assert saved.plan is not None and saved.plan.items[0].overdue
    assert saved.plan.strategies == ("주민설명회", "지역 상생기금")
    assert missing_items(saved) == ()
    # rows keep their ids across saves; removed rows are deleted
    again, _ = cards.save_card(db, project, replace(form_of(saved), issues=saved.issues[1:]), saved.version)
    assert [i.id for i in again.issues] == [saved.issues[1].id]


def test_invalid_values_write_nothing(db: Database, project: str) -> None:
    view = cards.create_card(db, project)[0]
    bad = replace(form_of(view), outlook="x", stakeholders=(StakeholderRow("홍길동", influence=9),))
    with pytest.raises(InvalidValue):
        cards.save_card(db, project, bad, view.version)
    assert cards.get_card(db, project).outlook == ""


def _stage(db: Database, project: str, to_stage: str, on: date, reason: str = "") -> CardView:
    view = cards.get_card(db, project)
    form = replace(form_of(view), new_transitions=(TransitionRow(to_stage, on, reason),))
    return cards.save_card(db, project, form, view.version)[0]


def test_stage_transitions_keep_history_and_any_transition_is_allowed(db: Database, project: str) -> None:
    cards.create_card(db, project)[0]
    _stage(db, project, "surfaced", date(2020, 3, 1), "민원 증가")
    _stage(db, project, "deadlock", date(2020, 6, 1), "협의 결렬")
    view = _stage(db, project, "latent", date(2020, 9, 1), "사업 보류")
    assert [(t.from_stage, t.to_stage) for t in view.transitions] == [
        (None, "surfaced"), ("surfaced", "deadlock"), ("deadlock", "latent")]
    assert view.stage == "latent" and view.transitions[-1].reason == "사업 보류"
    with pytest.raises(InvalidValue):
        _stage(db, project, "easing", date(2020, 1, 1), "과거 날짜")
    with pytest.raises(InvalidValue):
        _stage(db, project, "latent", date(2020, 10, 1))


def _add(db: Database, project: str, **lists: Any) -> CardView:
    view = cards.get_card(db, project)
    form = form_of(view)
    form = replace(form, **{name: getattr(form, name) + tuple(rows) for name, rows in lists.items()})
    return cards.save_card(db, project, form, view.version)[0]


def test_lost_update_is_refused_and_writes_nothing(db: Database, project: str) -> None:
    opened = cards.create_card(db, project)[0]
    first = replace(form_of(opened), outlook="A의 전망")
    second = replace(form_of(opened), outlook="B의 전망", issues=(IssueRow("B의 쟁점"),))
    cards.save_card(db, project, first, opened.version)
    with pytest.raises(Conflict):
        cards.save_card(db, project, second, opened.version)
    now = cards.get_card(db, project)
    assert now.outlook == "A의 전망" and now.issues == ()


def test_child_only_changes_move_the_version(db: Database, project: str) -> None:
    opened = cards.create_card(db, project)[0]
    view = _add(db, project, issues=[IssueRow("쟁점")])
    assert view.version > opened.version
    with pytest.raises(Conflict):
        cards.save_card(db, project, form_of(opened), opened.version)


def test_snapshots_per_round_and_history_diff(db: Database, project: str) -> None:
    view = cards.create_card(db, project)[0]
    form = replace(form_of(view), outlook="처음 전망", issues=(IssueRow("악취"),),
                   new_transitions=(TransitionRow("surfaced", date(2020, 3, 1)),))
    view, _ = cards.save_card(db, project, form, view.version)
    take_snapshot(db, project, "2020-1")
    take_snapshot(db, project, "2020-1")  # an upsert: still one snapshot per round
    form = replace(form_of(view), outlook="나중 전망", issues=(IssueRow("보상"),),
                   new_transitions=(TransitionRow("deadlock", date(2020, 8, 1)),))
    view, _ = cards.save_card(db, project, form, view.version)  # refreshes the latest round (2020-2)
    view = cards.get_card(db, project)
    assert [s.round_code for s in view.snapshots] == ["2020-1", "2020-2"]
    assert view.snapshots[0].grade == 2 and view.snapshots[1].grade == 1
    first, second = round_changes(view.snapshots)
    assert first.previous is None
    assert second.grade == (2, 1) and second.stage == ("surfaced", "deadlock")
    assert second.issues_added == ("보상",)
    assert second.issues_removed == ("악취",) and second.outlook == ("처음 전망", "나중 전망")
    lines = describe_change(second)
    assert "등급 2등급 → 1등급" in lines and "쟁점 추가: 보상" in lines


def test_history_diff_reports_stage_and_removed_issues() -> None:
    from conflictdesk.services.card_views import SnapshotRow

    a = SnapshotRow("2020-1", 2, "surfaced", None, (IssueRow("악취"), IssueRow("소음")), "전망 A")
    b = SnapshotRow("2020-2", 2, "deadlock", None, (IssueRow("소음"),), "전망 A")
    change = round_changes([a, b])[1]
    assert change.stage == ("surfaced", "deadlock") and change.grade is None
    assert change.issues_removed == ("악취",) and change.outlook is None
    assert describe_change(change) == ["갈등단계 표출 → 교착", "쟁점 삭제: 악취"]


def test_overdue_rule_and_alert_level() -> None:
    today = date(2020, 10, 1)
    assert item_overdue(date(2020, 9, 1), "planned", None, today)
    assert not item_overdue(date(2020, 9, 1), "done", date(2020, 9, 1), today)
    assert not item_overdue(date(2020, 9, 1), "dropped", None, today)
    assert not item_overdue(date(2020, 10, 1), "in_progress", None, today)
    assert not item_overdue(None, "planned", None, today)
    signals = [SignalRow("complaint", date(2020, 9, 28), 6), SignalRow("media", date(2020, 9, 29), 1)]
    assert alert_for(signals, today).level.label == "예비경보"
    signals.append(SignalRow("group_complaint", date(2020, 9, 30), 30))
    assert alert_for(signals, today).level.label == "갈등경보"


def test_masked_stakeholder_hides_person_names_and_phones() -> None:
    row = masked_stakeholder(StakeholderRow("홍길동", "residents", representative="김철수", contact="010-1234-5678"))
    assert (row.name, row.representative, row.contact) == ("홍*동", "김*수", "010-****-5678")
    assert masked_stakeholder(StakeholderRow("인천환경운동연합", "civic_group")).name == "인천환경운동연합"
    assert masked_stakeholder(StakeholderRow("홍길동", "civic_group")).name == "홍*동"


def test_reveal_is_audited(db: Database, project: str) -> None:
    view = cards.create_card(db, project)[0]
    view = _add(db, project, stakeholders=[StakeholderRow("홍길동", contact="010-1234-5678")])
    sid = view.stakeholders[0].id
    assert sid is not None
    full = cards.reveal_stakeholder(db, sid)
    assert full.contact == "010-1234-5678" and full.name == "홍길동"
    with db.read() as s:
        reveals = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).all()
        assert [(r.entity, r.entity_id, r.actor) for r in reveals] == [("Stakeholder", str(sid), "tester")]
        # the audit trail never stores the contact itself
        assert not s.scalar(select(AuditEntry.id).where(AuditEntry.new.contains("1234")))


def test_close_card_and_list(demo_db: Database) -> None:
    rows = cards.list_cards(demo_db)
    assert rows and all(r.grade in (1, 2) for r in rows[:3])
    grades = [r.grade for r in rows if r.grade in (1, 2)]
    assert grades == sorted(grades)
    code = rows[0].code
    view, _ = cards.close_card(demo_db, code, date(2020, 12, 1), "합의 완료")
    assert view.closed_on == date(2020, 12, 1) and view.closure_reason == "합의 완료"
    with pytest.raises(InvalidValue):
        cards.close_card(demo_db, code, date(2020, 12, 1), " ")
