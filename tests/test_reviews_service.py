"""Review services: scheduling, overdue logic, the review record, reminders and the review rule settings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from conflictdesk.domain.calendar import ReviewRule
from conflictdesk.domain.errors import Conflict, InvalidValue
from conflictdesk.services import reminders
from conflictdesk.services.review_record import ItemProgress, load_review_form, save_review
from conflictdesk.services.reviews import (
    list_reviews,
    review_settings,
    save_review_settings,
    schedule_all_rounds,
    schedule_reviews,
)
from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    Card,
    CardSnapshot,
    Department,
    Diagnosis,
    PlanItem,
    Project,
    ResponsePlan,
    Review,
    Round,
    StageTransition,
)


def _city(db: Database, review_due: date | None = None) -> dict[str, int]:
    """Round 2022-1 with four projects graded 1, 2, 3 and ungraded, the graded ones carried from the round
    before (so key cases are reviewed in 2022-1); project A has a card with a plan."""
    with db.write(reason="test") as s:
        dept = Department(name="도시계획과")
        s.add(dept)
        rnd = Round(code="2022-1", year=2022, half=1, review_due=review_due)
        s.add(rnd)
        s.flush()
        ids: dict[str, int] = {"round": rnd.id}
        for code, grade in (("A", 1), ("B", 2), ("C", 3), ("D", None)):
            p = Project(code=code, name=f"사업 {code}", department_id=dept.id)
            s.add(p)
            s.flush()
            s.add(Diagnosis(round_id=rnd.id, project_id=p.id, is_target=True, confirmed_grade=grade,
                            carried_over=grade is not None))
            ids[code] = p.id
        card = Card(project_id=ids["A"], stage="surfaced", phase="design", outlook="장기화 우려")
        card.plan = ResponsePlan(items=[
            PlanItem(position=0, title="주민설명회 개최", owner="홍길동 주무관", due=date(2022, 2, 10)),
            PlanItem(position=1, title="전문가 자문", due=date(2022, 3, 15)),
        ])
        s.add(card)
    return ids


def test_schedule_creates_reviews_only_for_grade_1_and_2_and_is_idempotent(db: Database) -> None:
    ids = _city(db)
    added, changes = schedule_reviews(db, "2022-1")
    assert added == 2 and changes.touches("review")
    again, changes2 = schedule_reviews(db, "2022-1")
    assert again == 0 and not changes2
    with db.read() as s:
        reviews = s.scalars(select(Review).order_by(Review.project_id)).all()
        assert [r.project_id for r in reviews] == [ids["A"], ids["B"]]
        # The round had no due date: computed from the default rule (2022-01-31 was 설날 전날).
        assert {r.due for r in reviews} == {date(2022, 1, 28)}
        assert s.scalar(select(Round.review_due)) == date(2022, 1, 28)


def test_schedule_uses_the_round_due_date_and_picks_up_new_grades(db: Database) -> None:
    ids = _city(db, review_due=date(2022, 1, 20))
    schedule_all_rounds(db)
    with db.write() as s:
        d = s.scalar(select(Diagnosis).where(Diagnosis.project_id == ids["C"]))
        assert d is not None
        d.confirmed_grade = 2
    added, _ = schedule_reviews(db, "2022-1")
    assert added == 1
    with db.read() as s:
        assert s.scalar(select(func.count(Review.id))) == 3
        assert set(s.scalars(select(Review.due))) == {date(2022, 1, 20)}


def test_extra_holidays_move_the_due_date(db: Database) -> None:
    _city(db)
    save_review_settings(db, ReviewRule(), [(date(2022, 1, 28), "시 개청 기념일")], 10)
    schedule_reviews(db, "2022-1")
    with db.read() as s:
        assert set(s.scalars(select(Review.due))) == {date(2022, 1, 27)}
    current = review_settings(db)
    assert current.extra_holidays == ((date(2022, 1, 28), "시 개청 기념일"),) and current.reminder_days == 10


def test_rescheduling_a_round_changes_open_reviews_only(db: Database) -> None:
    _city(db)
    schedule_reviews(db, "2022-1")
    rows = list_reviews(db, date(2022, 1, 1))
    save_review(db, rows[0].review_id, None, on=date(2022, 1, 10), reviewer="김점검", findings="",
                stage="surfaced", grade_recommendation=1)
    save_review_settings(db, ReviewRule(first_half_month=2), [], 14, reschedule_round="2022-1")
    dues = {r.code: r.due for r in list_reviews(db, date(2022, 1, 1))}
    assert dues == {"A": date(2022, 1, 28), "B": date(2022, 2, 28)}


def test_settings_refuse_bad_reminder_days(db: Database) -> None:
    with pytest.raises(InvalidValue):
        save_review_settings(db, ReviewRule(), [], 0)


@pytest.mark.parametrize(
    ("as_of", "done", "overdue"),
    [
        (date(2022, 1, 27), None, False),  # before the due day
        (date(2022, 1, 28), None, False),  # the due day itself is not late
        (date(2022, 1, 29), None, True),
        (date(2023, 1, 1), None, True),
        (date(2022, 2, 1), date(2022, 1, 30), False),  # done late is done
    ],
)
def test_overdue_logic(db: Database, as_of: date, done: date | None, overdue: bool) -> None:
    _city(db)
    schedule_reviews(db, "2022-1")
    if done is not None:
        for row in list_reviews(db, as_of):
            save_review(db, row.review_id, None, on=done, reviewer="김점검", findings="", stage="surfaced",
                        grade_recommendation=None)
    rows = list_reviews(db, as_of, "2022-1")
    assert [r.overdue for r in rows] == [overdue, overdue]
    assert len(list_reviews(db, as_of, overdue_only=True)) == (2 if overdue else 0)


def test_save_review_updates_card_stage_snapshot_and_plan_items(db: Database) -> None:
    ids = _city(db)
    schedule_reviews(db, "2022-1")
    review_id = next(r.review_id for r in list_reviews(db, date(2022, 1, 1)) if r.code == "A")
    form = load_review_form(db, review_id)
    assert form.card_stage == "surfaced" and [line.title for line in form.lines] == ["주민설명회 개최", "전문가 자문"]
    first, second = form.lines
    saved, changes = save_review(
        db, review_id, form.version, on=date(2022, 1, 25), reviewer="김점검", findings="주민 반발 확산",
        stage="spreading", grade_recommendation=1,
        progress=[ItemProgress("plan", first.item_id, "done"), ItemProgress("plan", second.item_id, "late", "지연")],
    )
    assert changes.touches("card", "review")
    assert saved.done_on == date(2022, 1, 25) and saved.stage == "spreading"
    assert [line.progress for line in saved.lines] == ["done", "late"]
    with db.read() as s:
        card = s.scalar(select(Card).where(Card.project_id == ids["A"]))
        assert card is not None and card.stage == "spreading" and card.stage_since == date(2022, 1, 25)
        t = s.scalars(select(StageTransition)).one()
        assert (t.from_stage, t.to_stage, t.changed_on, t.reason) == ("surfaced", "spreading", date(2022, 1, 25),
                                                                      "정기점검 결과")
        snap = s.scalars(select(CardSnapshot)).one()
        assert (snap.round_id, snap.grade, snap.stage, snap.phase, snap.outlook) == (
            ids["round"], 1, "spreading", "design", "장기화 우려")
        items = s.scalars(select(PlanItem).order_by(PlanItem.position)).all()
        assert (items[0].status, items[0].done_on) == ("done", date(2022, 1, 25))
        assert (items[1].status, items[1].done_on) == ("planned", None)
    # Saving again with the same stage upserts: still one snapshot and one transition.
    save_review(db, review_id, saved.version, on=date(2022, 1, 26), reviewer="김점검", findings="",
                stage="spreading", grade_recommendation=1)
    with db.read() as s:
        assert s.scalar(select(func.count(CardSnapshot.id))) == 1
        assert s.scalar(select(func.count(StageTransition.id))) == 1


def test_stale_version_raises_conflict_and_saves_nothing(db: Database) -> None:
    _city(db)
    schedule_reviews(db, "2022-1")
    review_id = list_reviews(db, date(2022, 1, 1))[0].review_id
    form = load_review_form(db, review_id)
    save_review(db, review_id, form.version, on=date(2022, 1, 20), reviewer="가", findings="첫 저장",
                stage="latent", grade_recommendation=2)
    with pytest.raises(Conflict):
        save_review(db, review_id, form.version, on=date(2022, 1, 21), reviewer="나", findings="늦은 저장",
                    stage="latent", grade_recommendation=2)
    assert load_review_form(db, review_id).findings == "첫 저장"


def test_save_review_validates(db: Database) -> None:
    _city(db)
    schedule_reviews(db, "2022-1")
    review_id = list_reviews(db, date(2022, 1, 1))[0].review_id
    for kwargs in ({"reviewer": " "}, {"stage": "angry"}, {"grade_recommendation": 4}):
        args: dict[str, object] = {"reviewer": "가", "stage": "latent", "grade_recommendation": None, **kwargs}
        with pytest.raises(InvalidValue):
            save_review(db, review_id, None, on=date(2022, 1, 20), findings="", **args)  # type: ignore[arg-type]


def test_due_soon_lists_reviews_and_items_sorted_with_counts(db: Database) -> None:
    _city(db)
    schedule_reviews(db, "2022-1")
    found = reminders.due_soon(db, date(2022, 2, 1), days=14)
    assert [(i.entry.kind, i.entry.day, i.overdue) for i in found.items] == [
        ("review", date(2022, 1, 28), True), ("review", date(2022, 1, 28), True),
        ("plan_item", date(2022, 2, 10), False),
    ]
    assert (found.overdue_count, found.due_soon_count) == (2, 1)
    assert found.items[0].days_left == -4
    # The owner is an official in their role: printed in full, as on the card (docs/업무규칙.md §Masking).
    assert "담당 홍길동 주무관" in found.items[2].entry.detail
    assert len(reminders.due_soon(db, date(2022, 1, 1), days=14).items) == 0
    assert len(reminders.overdue_project_ids(db, date(2022, 3, 20))) == 2


def test_demo_reminders_with_a_fixed_date(demo_db: Database) -> None:
    found = reminders.due_soon(demo_db, date(2020, 8, 3), days=14)
    late_reviews = [i for i in found.items if i.entry.kind == "review"]
    assert late_reviews and all(i.overdue for i in late_reviews)
    assert [i.entry.day for i in found.items] == sorted(i.entry.day for i in found.items)
    assert found.overdue_count + found.due_soon_count == len(found.items)
    assert all(i.entry.done is None for i in found.items)
