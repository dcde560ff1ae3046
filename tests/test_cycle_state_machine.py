"""The yearly cycle over many simulated years (hypothesis RuleBasedStateMachine): imports and re-imports, gradings,
carry-over decisions, swaps, card closures, reviews done or missed, rounds opened with cases undecided — and after
every step the invariants of docs/업무규칙.md (중점관리 사업의 주기) hold:

* no key case is lost: opening a round carries every key case of the round before (its card not closed), and a
  pending carried case keeps its grade;
* a review exists exactly for the cases key before the round and key in it; no open review for any other case;
* no duty for a case that is not key; the card/plan duty is the same in status, the summary and the reminders;
* status, reviews, summary data and dashboard data agree on key cases, missing duties and overdue reviews.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from importing_helpers import csv_file, row
from sqlalchemy import select

from conflictdesk.domain.enums import CarryOver
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.rounds import RoundId
from conflictdesk.services.cards import close_card, create_card, reopen_card
from conflictdesk.services.carryover import add_target, carried_cases, mark_carry_over
from conflictdesk.services.diagnosis import set_grade
from conflictdesk.services.importing import import_projects
from conflictdesk.services.obligations import round_status
from conflictdesk.services.projects import dashboard_counts
from conflictdesk.services.reminder_dtos import CARD_PLAN
from conflictdesk.services.reminders import calendar_entries, due_soon
from conflictdesk.services.reviews import list_reviews
from conflictdesk.services.rounds import open_round
from conflictdesk.services.screening import screen_round
from conflictdesk.services.summary_data import load_grade_summary
from conflictdesk.services.summary_dtos import DROPPED
from conflictdesk.store.engine import Database, memory_database
from conflictdesk.store.models import Card, Diagnosis, Project, Review, Round

CODES = [f"P-{n}" for n in range(8)]
FIRST = RoundId(2010, 1)
YEARS = 12
REACHED: list[int] = []  # rounds opened per run (the report prints the most)


def _rows(visible_off: frozenset[str] = frozenset()) -> list[list[object]]:
    """P-0…P-5 meet BUDGET (40억) unless re-imported off; P-6, P-7 meet nothing."""
    out = []
    for n, code in enumerate(CODES):
        big = n < 6 and code not in visible_off
        out.append(row(f"사업 {n}", "도시계획과", code=code, budget="50억" if big else "1억", midterm="N",
                       authority="과장", visible="N"))
    return out


class Cycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cycle-"))
        self.db: Database = memory_database(actor="tester")
        self.off: frozenset[str] = frozenset()
        self.rnd = FIRST
        self.today = FIRST.first_day + timedelta(days=10)
        import_projects(self.db, csv_file(self.folder / "first.csv", _rows(), "utf-8"))
        open_round(self.db, str(self.rnd), today=self.today)
        screen_round(self.db, str(self.rnd))
        self.opened = [self.rnd]
        self.earlier_may_change = False  # a card closed or reopened may change earlier rounds (their key cases)

    def teardown(self) -> None:
        REACHED.append(len(self.opened))
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- helpers -------------------------------------------------------------------------------------
    def _diag(self, code: str, rnd: RoundId | None = None) -> Diagnosis | None:
        with self.db.read() as s:
            d = s.scalar(select(Diagnosis).join(Project, Project.id == Diagnosis.project_id)
                         .join(Round, Round.id == Diagnosis.round_id)
                         .where(Project.code == code, Round.code == str(rnd or self.rnd)))
            if d is not None:
                s.expunge(d)
            return d

    def _key(self, rnd: RoundId) -> set[str]:
        """The key cases of ``rnd``, computed here from the stored facts (not with the product's predicate)."""
        with self.db.read() as s:
            closed = {pid: on for pid, on in s.execute(select(Card.project_id, Card.closed_on))}
            rows = s.execute(select(Project.id, Project.code, Diagnosis.confirmed_grade, Diagnosis.is_target,
                                    Diagnosis.carry_over).join(Diagnosis, Diagnosis.project_id == Project.id)
                             .join(Round, Round.id == Diagnosis.round_id).where(Round.code == str(rnd))).all()
        return {code for pid, code, grade, target, decision in rows
                if grade in (1, 2) and target and decision != CarryOver.RESOLVED.value
                and not (closed.get(pid) is not None and closed[pid] <= rnd.last_day)}

    def _carried(self, rnd: RoundId) -> set[str]:
        return {c.code for c in carried_cases(self.db, str(rnd))}

    # --- rules -----------------------------------------------------------------------------------------
    @initialize(first=st.sampled_from(CODES[:6]), grade=st.sampled_from([1, 2]),
                others=st.lists(st.sampled_from([None, 1, 2, 3]), min_size=5, max_size=5))
    def key_cases_carried(self, first: str, grade: int, others: list[int | None]) -> None:
        """Every run starts with key cases carried into a second round, their reviews open: whichever rules the
        run draws (hypothesis leaves some out of each run), the ones that end a case's key status — 3등급, a
        decision, a swap, a closed card — meet an open review that must be cancelled."""
        for code, g in zip([first, *(c for c in CODES[:6] if c != first)], [grade, *others], strict=True):
            if g is not None:
                set_grade(self.db, code, str(self.rnd), g, "confirmed", "시험 등급", self.today)
        self.open_next()
        assert self._key(self.rnd) <= self._carried(self.rnd)

    @rule(code=st.sampled_from(CODES), grade=st.sampled_from([1, 2, 3]))
    def grade(self, code: str, grade: int) -> None:
        d = self._diag(code)
        try:
            set_grade(self.db, code, str(self.rnd), grade, "confirmed", "시험 등급", self.today)
        except DomainError as exc:
            assert d is None or not d.is_target, exc.message  # only non-targets are refused
            assert exc.code == "not_a_target"
            return
        assert d is not None and d.is_target
        after = self._diag(code)
        assert after is not None and after.confirmed_grade == grade
        if after.carried_over:
            assert after.carry_over is not None  # confirming a carried case records the decision

    @rule(data=st.data(), decision=st.sampled_from(list(CarryOver)))
    def decide(self, data: st.DataObject, decision: CarryOver) -> None:
        cases = carried_cases(self.db, str(self.rnd))
        if not cases:
            return
        case = data.draw(st.sampled_from(cases))
        grade = None
        if decision is CarryOver.DOWNGRADED and case.from_grade == 1:
            grade = data.draw(st.sampled_from([2, 3]))
        try:
            mark_carry_over(self.db, case.code, str(self.rnd), decision, self.today, reason="시험 판단", grade=grade)
        except DomainError:
            assert decision is CarryOver.DOWNGRADED and case.from_grade == 3 or case.decision == "resolved"
            return
        after = self._diag(case.code)
        assert after is not None and after.carry_over == decision.value
        if decision is CarryOver.RESOLVED:
            assert after.confirmed_grade is None and not after.is_target

    @rule(new=st.sampled_from(CODES), old=st.sampled_from(CODES))
    def swap(self, new: str, old: str) -> None:
        try:
            add_target(self.db, new, str(self.rnd), "시험 교체", replaces_code=old)
        except DomainError:
            return
        gone = self._diag(old)
        assert gone is not None and not gone.is_target and gone.confirmed_grade is None

    @rule(code=st.sampled_from(CODES), close=st.booleans())
    def card(self, code: str, close: bool) -> None:
        with self.db.read() as s:
            card = s.scalar(select(Card).join(Project, Project.id == Card.project_id).where(Project.code == code))
            closed = card is not None and card.closed_on is not None
        if card is None:
            create_card(self.db, code, today=self.today)
        if close and not closed:
            close_card(self.db, code, self.today, "시험 종결")
        elif not close and closed:
            reopen_card(self.db, code, "시험 재개")
            self.earlier_may_change = True

    @rule(off=st.sets(st.sampled_from(CODES[:6]), max_size=3))
    def reimport(self, off: set[str]) -> None:
        """A department re-imports its list with some projects off every criterion, screened into the round."""
        self.off = frozenset(off)
        result, _ = import_projects(self.db, csv_file(self.folder / "again.csv", _rows(self.off), "utf-8"),
                                    round_code=str(self.rnd))
        kept = {n.project for n in result.notices if n.code == "kept_graded_target"}
        for code in kept:
            d = self._diag(code)
            assert d is not None and d.is_target and d.confirmed_grade in (1, 2)

    @rule(done=st.booleans())
    def review(self, done: bool) -> None:
        """The officer completes the first open review of the round, or lets it lapse (time passes)."""
        with self.db.write(reason="시험 점검") as s:
            review = s.scalar(select(Review).join(Round, Round.id == Review.round_id)
                              .where(Round.code == str(self.rnd), Review.done_on.is_(None),
                                     Review.cancelled_on.is_(None)).order_by(Review.project_id).limit(1))
            if review is not None and done:
                review.done_on = min(self.today, review.due)
        if not done:
            self.today = min(self.today + timedelta(days=20), self.rnd.last_day)

    @precondition(lambda self: self.rnd < RoundId(FIRST.year + YEARS, 2))
    @rule()
    def open_next(self) -> None:
        """Open the next round, whatever is still undecided; every key case of this round is carried."""
        before = self._key(self.rnd)
        with self.db.read() as s:
            closed_now = {code for code, on in s.execute(
                select(Project.code, Card.closed_on).join(Card, Card.project_id == Project.id)) if on is not None}
        pending = {c.code: c.grade for c in carried_cases(self.db, str(self.rnd)) if c.pending}
        self.rnd = self.rnd.next()
        self.today = self.rnd.first_day + timedelta(days=10)
        open_round(self.db, str(self.rnd), today=self.today)
        screen_round(self.db, str(self.rnd))
        self.opened.append(self.rnd)
        carried = self._carried(self.rnd)
        assert carried == before - closed_now  # no key case lost
        for code in pending.keys() & carried:  # still undecided: carried again with the same grade
            d = self._diag(code)
            assert d is not None and d.confirmed_grade == pending[code] and d.carry_over is None

    # --- invariants ----------------------------------------------------------------------------------
    @invariant()
    def reviews_follow_the_cases(self) -> None:
        # Only the current round changes (grades, decisions, swaps and closures act on it), so the last three rounds
        # are checked after every step; earlier ones were checked when they were current.
        start = max(0, len(self.opened) - 3)
        previous: set[str] = self._key(self.opened[start - 1]) if start else set()
        for n, rnd in enumerate(self.opened[start:], start=start):
            key = self._key(rnd)
            before = (self._carried(rnd) | previous) if n else self._carried(rnd)
            wanted = key & before
            rows = list_reviews(self.db, self.today, str(rnd), include_cancelled=True)
            active = {r.code for r in rows if r.cancelled_on is None}
            open_ = {r.code for r in rows if r.cancelled_on is None and r.done is None}
            assert wanted <= active, (rnd, wanted - active)
            assert open_ <= wanted, (rnd, open_ - wanted)
            assert all(not r.overdue for r in rows if r.cancelled_on is not None)
            previous = key

    @invariant()
    def duties_only_for_key_cases_and_counts_agree(self) -> None:
        # Steps act on the current round; only reopening a card can change the key cases of the rounds before it.
        recheck, self.earlier_may_change = (3 if self.earlier_may_change else 1), False
        for rnd in self.opened[-recheck:]:
            code = str(rnd)
            key = self._key(rnd)
            status = round_status(self.db, code, self.today)
            assert {r.code for r in status if r.key} == key
            assert all(r.code in key for r in status if r.missing)
            summary = load_grade_summary(self.db, code, as_of=self.today)
            assert {c.code for c in summary.cases if c.status != DROPPED} == key
            assert {u.code for u in summary.unmet} == {r.code for r in status if r.missing}
            assert dashboard_counts(self.db, code).key_cases == len(key)
            late = {r.code for r in list_reviews(self.db, self.today, code, overdue_only=True)}
            assert {o.code for o in summary.overdue_reviews} == late
            entries = calendar_entries(self.db, code)
            assert {e.code for e in entries if e.kind == "review" and e.done is None and e.day < self.today} == late
            assert all(r.code in key for r in status if r.pending)
            # The card/plan duty: one rule for status, the summary and (for the latest round) the reminders.
            duties = {(r.code, r.duty_due) for r in status if r.duty_due is not None}
            assert {(u.code, u.duty_due) for u in summary.unmet if u.duty_due is not None} == duties
            assert all(code in key for code, _due in duties)
            if rnd == self.rnd:
                reminded = due_soon(self.db, self.today, days=365).items
                assert {(i.entry.code, i.entry.day) for i in reminded if i.entry.kind == CARD_PLAN} == duties


Cycle.TestCase.settings = settings(max_examples=4, stateful_step_count=120, deadline=None,
                                   suppress_health_check=list(HealthCheck))
test_cycle_over_ten_years = pytest.mark.slow(Cycle.TestCase)


@pytest.mark.slow
def test_the_runs_covered_ten_years() -> None:
    """Runs after the machine in this module: at least one run went through ten years (20 rounds)."""
    if not REACHED:
        pytest.skip("the state machine did not run in this session")
    print(f"\ncycle state machine: rounds opened per run {REACHED}")
    assert max(REACHED) >= 21, REACHED
