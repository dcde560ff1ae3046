"""The one search rule (domain/search.py): every word must match, 초성 search; the table and the pickers use it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictdesk.domain.search import initials, normalise_query, query_matcher, search_text, text_matches
from conflictdesk.ui.project_model import ProjectTableModel

PROJECT = ("2020-000001", "숭의동 소각장 현대화", "자원순환과")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("소각장", True),
        ("숭의 소각", True),  # two words, both in the name
        ("소각 숭의", True),  # any order
        ("소각 자원순환", True),  # one word in the name, one in the department
        ("2020 소각", True),  # code and name
        ("숭의 도서관", False),  # every word must match
        ("ㅅㄱㅈ", True),  # 초성
        ("ㅅㅇㄷ ㅎㄷㅎ", True),
        ("ㅅㄱㅈ 자원", True),
        ("소ㄱ", True),  # a syllable then an initial consonant
        ("ㅅ각", True),
        ("ㄷㅅㄱ", False),
        ("  ", True),  # empty query: everything
        ("SONGDO", False),
        (unicodedata.normalize("NFD", "숭의 소각"), True),  # decomposed Hangul from a Mac paste
    ],
)
def test_every_word_and_initial_consonants(query: str, found: bool) -> None:
    assert text_matches(query, *PROJECT) is found


def test_case_and_literal_characters() -> None:
    assert text_matches("eco-PARK", "P-1", "Eco-Park 조성")
    assert text_matches("%_%", "H-1", "이름 %_% 포함")
    assert not text_matches("%", "H-2", "퍼센트 없음")


def test_initials_and_query_form() -> None:
    assert initials("소각장 A-1") == "ㅅㄱㅈ A-1"  # only syllables change
    assert normalise_query("  숭의   SOGAK ") == "숭의 sogak"
    assert query_matcher("") is None


@given(st.lists(st.text(alphabet="가나다라소각장숭의ㄱㄴㅅㅈ abc", min_size=1, max_size=4), min_size=1, max_size=3))
def test_refining_a_query_narrows(words: list[str]) -> None:
    """What a longer query finds, the shorter query it extends finds too (the table relies on this)."""
    texts = ["가나다 소각장", "숭의 라", "abc 소각", "ㄱㄴ 다"]
    short, long = " ".join(words), " ".join(words) + "가"
    t_short, t_long = query_matcher(short), query_matcher(long)
    for text in texts:
        key = search_text(text)
        if t_long is not None and t_long(key):
            assert t_short is None or t_short(key)


def test_project_table_uses_the_rule() -> None:
    m = ProjectTableModel()
    m.set_rows([(1, *PROJECT, None, "", None, None), (2, "2020-000002", "숭의 도서관", "문화예술과", None, "", None, None),
                (3, "2020-000003", "송도 소각장", "자원순환과", None, "", None, None)])
    m.set_filter("숭의 소각")
    assert [m.row_tuple(r)[0] for r in range(m.rowCount())] == [1]
    m.set_filter("ㅅㄱㅈ")
    assert [m.row_tuple(r)[0] for r in range(m.rowCount())] == [1, 3]
    m.set_filter("ㅅㄱ")
    assert [m.row_tuple(r)[0] for r in range(m.rowCount())] == [1, 2, 3]  # widening: 도서관 is ㄷㅅㄱ
    m.set_filter("문화")
    assert [m.row_tuple(r)[0] for r in range(m.rowCount())] == [2]


_TEXT = st.text(alphabet="가나다라소각장숭의ㄱㄴㅅㅈ abcABC-2", max_size=12)


@given(st.lists(_TEXT, max_size=30), _TEXT)
def test_matching_indices_is_the_rule_row_by_row(texts: list[str], query: str) -> None:
    """The table's fast filter (a word at a time over the rows) keeps exactly the rows the rule keeps, in order."""
    from conflictdesk.domain.search import matching_indices

    keys = [search_text(t) for t in texts]
    test = query_matcher(query)
    indices = list(range(len(keys)))[::-1]  # any order of rows is kept as given
    expected = indices if test is None else [i for i in indices if test(keys[i])]
    assert matching_indices(query, keys, indices) == expected
