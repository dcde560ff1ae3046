"""Rules of the department workbook's cells and stamp (domain/handout.py): table-driven and property tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictdesk.domain.handout import (
    STAMP_CHUNK,
    Stamp,
    canonical,
    cell_text,
    chunks,
    issues_text,
    parse_issues,
    sign,
    verify,
)

KINDS = st.sampled_from(["fact", "interest", "value"])
ISSUE_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40) \
    .map(lambda t: t.strip()).filter(bool)


@pytest.mark.parametrize(("value", "text"), [
    (None, ""), (3, "3"), (3.0, "3"), (2.5, "2.5"), (True, "TRUE"), (date(2020, 9, 1), "2020-09-01"),
    (datetime(2020, 9, 1), "2020-09-01"), ("a\r\nb\rc", "a\nb\nc"), ("벨\x07소리", "벨소리"),
    ("\u1100\u1161\u11af\u1103\u1173\u11bc", "갈등"),
])
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


@settings(suppress_health_check=[HealthCheck.too_slow])  # input generation is slow on a loaded machine, not wrong
@given(st.lists(st.tuples(ISSUE_TEXT, KINDS), max_size=8))
def test_issues_survive_the_cell(issues: list[tuple[str, str]]) -> None:
    """Each issue keeps its text and its kind (fact, interest, value) through one cell of the workbook."""
    back = parse_issues(cell_text(issues_text(issues)))
    assert back == [(cell_text(t).strip(), k) for t, k in issues]


def test_an_unprefixed_line_is_an_interest() -> None:
    assert parse_issues("사실: 소음 측정값\n주차 부족\n\n가치:  경관 ") == [
        ("소음 측정값", "fact"), ("주차 부족", "interest"), ("경관", "value")]


@given(st.text(max_size=200), st.binary(min_size=32, max_size=32), st.text(max_size=5))
def test_a_signature_holds_only_for_its_text_and_key(text: str, key: bytes, extra: str) -> None:
    signature = sign(text, key)
    assert verify(text, signature, key) and verify(text, signature.upper(), key)
    if extra:
        assert not verify(text + extra, signature, key)
    assert not verify(text, signature, bytes(reversed(key)) if key != key[::-1] else key + b"x")


def test_the_stamp_round_trips_and_splits_into_cells() -> None:
    stamp = Stamp("2020-2", "도시계획과", "2020-10-05", "ab12", {"진단": ["사업코드"]}, {"진단": [["2019-000001"]]},
                  {"diagnosis": {"2019-000001": 3}, "card": {}})
    text = canonical(stamp.payload())
    import json

    assert Stamp.from_payload(json.loads(text)) == stamp
    long = "가" * (STAMP_CHUNK * 2 + 5)
    assert "".join(chunks(long)) == long and all(len(c) <= STAMP_CHUNK for c in chunks(long))
