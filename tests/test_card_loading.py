"""Loading conflict cards (services/report_data): many cards in one read give each card exactly as one at a time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from hostile_project import CODE, make_hostile_project
from sqlalchemy import event, select

from conflictdesk.domain.errors import NotFound
from conflictdesk.services import report_data
from conflictdesk.services.report_data import card_choices, load_card_report, load_card_reports
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Council, CouncilMember, Expert, Project, Signal

AS_OF = (date(2020, 6, 30), date(2020, 12, 31), date(2026, 1, 1))


def codes_with_cards(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Project.code).join(Card, Card.project_id == Project.id).order_by(Project.code)))


def assert_batch_equals_one_by_one(db: Database, codes: list[str], round_code: str | None) -> None:
    for as_of in AS_OF:
        for unmasked in (False, True):
            batch = list(load_card_reports(db, codes, round_code=round_code, as_of=as_of, unmasked=unmasked))
            single = [load_card_report(db, code, round_code=round_code, as_of=as_of, unmasked=unmasked)
                      for code in codes]
            assert batch == single
            assert repr(batch) == repr(single)  # same types too (an int is not a bool, a tuple not a list)


@pytest.mark.parametrize("round_code", [None, "2020-1", "2020-2"])
def test_every_card_of_the_demo_loads_the_same_in_a_batch(demo_db: Database, round_code: str | None) -> None:
    codes = codes_with_cards(demo_db)
    assert len(codes) >= 5
    assert_batch_equals_one_by_one(demo_db, codes, round_code)


def test_a_batch_keeps_the_order_asked_and_reads_in_parts(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    codes = codes_with_cards(demo_db)
    asked = list(reversed(codes)) + codes[:2]  # reversed, and two codes twice
    whole = list(load_card_reports(demo_db, asked, round_code="2020-2", as_of=AS_OF[1]))
    monkeypatch.setattr(report_data, "CARDS_PER_READ", 3)
    assert list(load_card_reports(demo_db, asked, round_code="2020-2", as_of=AS_OF[1])) == whole
    assert [card.header.code for card in whole] == asked
    assert list(load_card_reports(demo_db, [], round_code="2020-2")) == []


def test_a_batch_raises_for_a_missing_project_or_card_when_its_turn_comes(demo_db: Database) -> None:
    good = codes_with_cards(demo_db)[:2]
    with demo_db.read() as s:
        without = s.scalar(select(Project.code).outerjoin(Card, Card.project_id == Project.id)
                           .where(Card.id.is_(None)).limit(1))
    assert without is not None
    cards = load_card_reports(demo_db, [good[0], "없는-사업", good[1]], as_of=AS_OF[1])
    assert next(cards).header.code == good[0]
    with pytest.raises(NotFound) as missing:
        next(cards)
    assert missing.value.code == "project_not_found"
    with pytest.raises(NotFound) as no_card:
        list(load_card_reports(demo_db, [good[1], without], as_of=AS_OF[1]))
    assert no_card.value.code == "card_not_found"
    with pytest.raises(NotFound) as one:
        load_card_report(demo_db, without)
    assert one.value.code == "card_not_found"


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements run on ``db`` inside the block."""
    seen: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


def test_a_batch_reads_each_table_once_not_once_per_card(demo_db: Database) -> None:
    codes = [code for code, _name in card_choices(demo_db, "2020-2")] or codes_with_cards(demo_db)
    with statements(demo_db) as seen:
        load_card_report(demo_db, codes[0], round_code="2020-2", as_of=AS_OF[1])
    one = len(seen)
    with statements(demo_db) as seen:
        cards = list(load_card_reports(demo_db, codes * 3, round_code="2020-2", as_of=AS_OF[1]))
    assert len(cards) == 3 * len(codes)
    assert one <= 20 and len(seen) <= one + 6  # + the tables only some of the cards have rows in (plans, councils…)


def add_council(db: Database, code: str) -> None:
    """A council with members in tied positions, one of them an expert of the pool without a contact of their own."""
    with db.write(reason="test") as s:
        project_id = s.scalar(select(Project.id).where(Project.code == code))
        assert project_id is not None
        expert = Expert(name="조정가", contact="010-2222-3333")
        council = Council(project_id=project_id, name="협의회", formed_on=date(2020, 3, 1),
                          basic_rules={"purpose": "목적", "local": "지역 규칙", "_hidden": "x"})
        s.add_all([expert, council])
        s.flush()
        s.add_all([
            CouncilMember(council_id=council.id, position=1, name="박위원장", role="chair"),
            CouncilMember(council_id=council.id, position=0, name="홍길동", role="party", contact="010-1234-5678"),
            CouncilMember(council_id=council.id, position=1, name="조정가", role="expert", expert_id=expert.id),
            CouncilMember(council_id=council.id, position=0, name="김주민", role="party"),
        ])
        card_id = s.scalar(select(Card.id).where(Card.project_id == project_id))
        assert card_id is not None
        s.add_all([Signal(card_id=card_id, kind="media", observed_on=date(2020, 7, 20)),
                   Signal(card_id=card_id, kind="group_complaint", observed_on=date(2020, 7, 20), count=8),
                   Signal(card_id=card_id, kind="protest", observed_on=date(2020, 7, 25), count=3),
                   Signal(card_id=card_id, kind="unknown_kind", observed_on=date(2020, 7, 26))])


def test_the_hostile_card_with_its_council_loads_the_same_in_a_batch(db: Database) -> None:
    make_hostile_project(db)
    add_council(db, CODE)
    for round_code in (None, "2020-1", "2020-2"):
        assert_batch_equals_one_by_one(db, [CODE, CODE], round_code)
    card = load_card_report(db, CODE, round_code="2020-2", as_of=date(2020, 12, 31))
    assert card.council is not None
    assert [(m.name, m.contact) for m in card.council.members] == [
        ("홍*동", "010-****-5678"), ("김*민", ""), ("박위원장", ""), ("조정가", "010-****-3333")]
    assert card.council.chair == "박위원장"
    assert card.council.rules[-1] == ("local", "지역 규칙")
    assert card.alert is not None and (card.alert.highest, card.alert.highest_on) == ("갈등경보", date(2020, 7, 25))


@pytest.mark.slow
def test_cards_load_the_same_one_by_one_and_in_a_batch_on_both_engines(engine_url: str) -> None:
    from conflictdesk.services.demo import generate

    db = Database(engine_url, actor="tester")
    try:
        generate(db, projects=60, seed=3)
        codes = codes_with_cards(db)
        assert codes
        add_council(db, codes[0])
        for round_code in (None, "2020-2"):
            assert_batch_equals_one_by_one(db, codes, round_code)
        council = load_card_report(db, codes[0], as_of=AS_OF[1]).council
        assert council is not None and [m.name for m in council.members] == ["홍*동", "김*민", "박위원장", "조정가"]
    finally:
        db.close()
