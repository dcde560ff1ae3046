"""Hand-outs, edits on both sides and hand-ins in any order: nothing is ever overwritten silently (hypothesis).

The invariant (docs/업무규칙.md §Department workbooks): the card's 향후 전망 and its 신호 (one signal's 건수 edited on
both sides, new signal rows added by the department) in ConflictDesk are always what the rules predict — a
department's edit lands only when the card was not changed since its workbook went out, or when the officer chose
the department's value for the conflict; a new row is added once, with the file; a file is taken in once.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from conflictdesk.reports.handout_xlsx import write_workbooks
from conflictdesk.services.cards import _touch, get_card
from conflictdesk.services.handin import handin_file
from conflictdesk.services.handout import handout_departments, prepare_handouts
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Signal

TODAY = date(2020, 10, 5)
_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    if "path" not in _TEMPLATE:
        from conflictdesk.services.demo import generate

        folder = Path(tempfile.mkdtemp(prefix="handin-sm-"))
        db = Database(f"sqlite:///{folder / 'city.sqlite3'}", actor="demo")
        generate(db, projects=120, seed=11)
        db.close()
        _TEMPLATE["path"] = folder / "city.sqlite3"
    return _TEMPLATE["path"]


@dataclass
class _File:
    path: Path
    handed: str  # the outlook written into it
    counter: int  # card changes seen when it went out
    value: str  # the outlook in the file now
    handed_count: int = 0  # the tracked signal's 건수 written into it
    count: int = 0  # its 건수 in the file now
    added: int = 0  # new signal rows the department wrote
    accepted: bool = False


class HandinMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="handin-run-"))
        shutil.copyfile(_template(), self.folder / "city.sqlite3")
        self.db = Database(f"sqlite:///{self.folder / 'city.sqlite3'}", actor="tester")
        self.department = next(p.department for p in handout_departments(self.db, "2020-2") if p.key_cases)
        self.files: list[_File] = []
        self.counter = 0  # changes of the card in ConflictDesk
        self.edits = 0
        books, _ = prepare_handouts(self.db, "2020-2", department=self.department, today=TODAY)
        self.code = str(books[0].rows["카드"][0][0])
        self.current = get_card(self.db, self.code).outlook
        with self.db.write(reason="신호 기록") as s:  # the signal both sides edit
            card = s.scalar(select(Card).where(Card.project.has(code=self.code)))
            assert card is not None
            card.signals.append(Signal(kind="complaint", observed_on=date(2020, 9, 1), count=1, note="추적"))
            _touch(card)
            s.flush()
            self.signal_id = card.signals[-1].id
            self.signals = len(card.signals)
            self.others = sum(g.count for g in card.signals[:-1])  # the other signals' counts: + 2 per added row
        self.count = 1
        self.counter += 1

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize()
    def first_hand_out(self) -> None:
        """Every run starts with a workbook out, so the department's and the hand-in rules are enabled at once."""
        self.hand_out()

    @rule()
    def hand_out(self) -> None:
        folder = self.folder / f"out{len(self.files)}"
        folder.mkdir()
        books, _ = prepare_handouts(self.db, "2020-2", department=self.department, today=TODAY)
        [path] = write_workbooks(books, folder)
        self.files.append(_File(path, self.current, self.counter, self.current, self.count, self.count))

    @precondition(lambda self: self.files)
    @rule(which=st.integers(0, 20))
    def department_edits(self, which: int) -> None:
        f = self.files[which % len(self.files)]
        self.edits += 1
        wb = openpyxl.load_workbook(f.path)
        ws = wb["카드"]
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == self.code)
        f.value = f"부서 전망 {self.edits}"
        ws.cell(row, 5).value = f.value
        wb.save(f.path)

    @precondition(lambda self: self.files)
    @rule(which=st.integers(0, 20), count=st.integers(0, 4))
    def department_counts_signal(self, which: int, count: int) -> None:
        f = self.files[which % len(self.files)]
        wb = openpyxl.load_workbook(f.path)
        ws = wb["신호"]
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == self.signal_id)
        ws.cell(row, 5).value = count
        f.count = count
        wb.save(f.path)

    @precondition(lambda self: self.files)
    @rule(which=st.integers(0, 20))
    def department_adds_signal(self, which: int) -> None:
        f = self.files[which % len(self.files)]
        wb = openpyxl.load_workbook(f.path)
        ws = wb["신호"]
        row = next(r for r in range(2, ws.max_row + 2) if ws.cell(r, 2).value in (None, ""))
        for col, value in enumerate((None, self.code, date(2020, 9, 20), "민원", 2, "부서 추가"), 1):
            ws.cell(row, col).value = value
        f.added += 1
        wb.save(f.path)

    @rule(count=st.integers(0, 4))
    def officer_counts_signal(self, count: int) -> None:
        with self.db.write(reason="담당관 신호 수정") as s:
            signal = s.get(Signal, self.signal_id)
            card = s.scalar(select(Card).where(Card.project.has(code=self.code)))
            assert signal is not None and card is not None
            if signal.count == count:
                return
            signal.count = count
            _touch(card)  # as the card editor's save does: a change of a signal is a change of the card
        self.count = count
        self.counter += 1

    @rule()
    def officer_edits(self) -> None:
        self.edits += 1
        with self.db.write(reason="담당관 수정") as s:
            card = s.scalar(select(Card).where(Card.project.has(code=self.code)))
            assert card is not None
            card.outlook = f"담당관 전망 {self.edits}"
        self.current = f"담당관 전망 {self.edits}"
        self.counter += 1

    @precondition(lambda self: self.files)
    @rule(which=st.integers(0, 20), choice=st.sampled_from(["report", "keep", "department"]))
    def hand_in(self, which: int, choice: str) -> None:
        f = self.files[which % len(self.files)]
        result, _ = handin_file(self.db, f.path, on_conflict=choice, today=TODAY)
        if f.accepted:
            assert result.refused_code == "handin_already_accepted"
            return
        assert not result.refused and not result.problems
        outlook = f.value != f.handed and f.value != self.current
        count = f.count != f.handed_count and f.count != self.count
        changed = outlook or count
        conflict = changed and self.counter != f.counter
        assert bool(result.conflicts) == conflict
        if conflict and choice == "report":
            assert not result.written
            return
        assert result.written
        f.accepted = True
        applied = changed and (not conflict or choice == "department")
        if applied:
            self.current = f.value if outlook else self.current
            self.count = f.count if count else self.count
        self.signals += f.added  # new rows are never a conflict: they come in with the file
        self.others += 2 * f.added
        if applied or f.added:
            self.counter += 1

    @invariant()
    def nothing_is_overwritten_silently(self) -> None:
        card = get_card(self.db, self.code)
        assert card.outlook == self.current
        assert {g.id: g.count for g in card.signals}[self.signal_id] == self.count
        assert len(card.signals) == self.signals
        assert sum(g.count for g in card.signals if g.id != self.signal_id) == self.others


TestHandinMachine = pytest.mark.slow(HandinMachine.TestCase)
HandinMachine.TestCase.settings = settings(max_examples=12, stateful_step_count=10, deadline=None)
