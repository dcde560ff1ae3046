"""Tests of personal-information masking (conflictdesk.domain.masking)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from conflictdesk.domain.masking import MASK_CHAR, is_group_name, mask_contact, mask_name

# ---------------------------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("홍길동", "홍*동"),
        ("홍길", "홍*"),
        ("남궁민수", "남**수"),
        ("선우용녀님", "선***님"),
        ("김", "*"),
        ("John", "J**n"),
        ("John Smith", "J*** ****h"),
        ("Al", "A*"),
        ("홍 길동", "홍 *동"),
        ("  홍길동  ", "홍*동"),  # stripped
        ("", ""),
        ("   ", ""),
        ("홍길동씨", "홍**씨"),
        ("김주민", "김*민"),  # a surname + a given name that happens to hold 주민
        ("이회창", "이*창"),  # 회 inside a name does not make a group
        ("홍길동대표", "홍***표"),  # a title glued to a name: still a person
    ],
)
def test_mask_person_names(name: str, masked: str) -> None:
    assert mask_name(name) == masked
    assert not is_group_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "송도주민대책위원회", "송도 주민", "주민", "인천환경운동연합", "인천환경운동연합 (시민단체)", "한국갈등학회",
        "인천건축사협회", "환경단체", "부평구 상인회", "상인회", "노인회", "송도번영회", "입주자대표회의",
        "(주)한빛건설", "한빛건설(주)", "한빛건설㈜", "주식회사 한빛건설", "한빛건설 주식회사", "사단법인 푸른숲",
        "부평구청", "인천시청", "인천교통공사", "인천시설공단", "송도초등학교", "송도교회", "재개발조합",
        "시민단체", "Hanbit Inc.", "Korea Mediation Association",
    ],
)
def test_group_names_stay_unmasked(name: str) -> None:
    assert is_group_name(name)
    assert mask_name(name) == name


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        # A group word followed by a name: the name is a person's.
        ("주민 홍길동", "주민 홍*동"),
        ("토지주 조합원 김철수", "토지주 조합원 김*수"),
        ("주민대표 홍길동", "주민대표 홍*동"),
        # Titles next to names.
        ("홍길동 대표", "홍*동 대표"),
        ("대표 홍길동", "대표 홍*동"),
        ("주민대책위원회 위원장 홍길동", "주민대책위원회 위원장 홍*동"),
        # When a person is named, other plain words are masked too, place names included.
        ("송도 주민대책위원회 위원장 홍길동", "송* 주민대책위원회 위원장 홍*동"),
        ("홍길동 주민 대표", "홍*동 주민 대표"),
        ("(주)한빛건설 대표 홍길동", "(주)한빛건설 대표 홍*동"),
        ("홍길동 주민대표", "홍*동 주민대표"),
        # Parenthesised annotations: kept when they are group words or titles, masked otherwise.
        ("홍길동 (주민대표)", "홍*동 (주민대표)"),
        ("홍길동(주민대표)", "홍*동(주민대표)"),
        ("홍길동 (주민)", "홍*동 (주민)"),
        ("홍길동 (010-1234-5678)", "홍*동 (0***********8)"),
    ],
)
def test_mixed_group_and_person(name: str, masked: str) -> None:
    assert mask_name(name) == masked
    assert not is_group_name(name)


def test_annotation_of_a_group_is_masked_when_it_may_be_a_name() -> None:
    assert is_group_name("인천환경운동연합 (홍길동)")
    assert mask_name("인천환경운동연합 (홍길동)") == "인천환경운동연합 (홍*동)"
    assert mask_name("인천환경운동연합 (시민단체)") == "인천환경운동연합 (시민단체)"


@pytest.mark.parametrize(("title", "masked"), [("통장", "통*"), ("위원장", "위*장"), ("대표", "대*")])
def test_a_title_alone_is_masked_like_a_name(title: str, masked: str) -> None:
    assert mask_name(title) == masked


def test_decomposed_hangul_is_normalised_before_masking() -> None:
    decomposed = unicodedata.normalize("NFD", "홍길동")
    assert len(decomposed) > 3
    assert mask_name(decomposed) == "홍*동"
    assert is_group_name(unicodedata.normalize("NFD", "송도주민대책위원회"))


def test_is_group_name_of_blank_is_false() -> None:
    assert is_group_name("") is False
    assert is_group_name("  ") is False


names = st.text(
    alphabet=st.sampled_from(list("홍길동김이박남궁민수주회위원장대표협회연합 ()㈜ABCjohnsmith*")), max_size=16
)
hangul_names = st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=2, max_size=6)


@given(names)
def test_mask_name_is_idempotent(name: str) -> None:
    once = mask_name(name)
    assert mask_name(once) == once


_WORDS = st.sampled_from([
    "홍길동", "주민", "대표", "위원장", "(주)", "㈜", "주식회사", "한빛", "Inc.", "John", "(주민대표)", "(", ")",
    "송도", "상인회", "회", "김", "*", "\t", "\u00a0", "(홍길동)", "사단법인", "통장",
])
phrases = st.lists(_WORDS, max_size=8).map(" ".join) | st.lists(_WORDS, max_size=8).map("".join)


@given(phrases)
def test_mask_name_is_idempotent_on_phrases(name: str) -> None:
    once = mask_name(name)
    assert mask_name(once) == once
    assert is_group_name(once) == is_group_name(name)


_NON_COMPANY_WORDS = st.sampled_from([
    "홍길동", "주민", "대표", "위원장", "John", "(주민대표)", "(", ")", "송도", "상인회", "회", "김", "*", "\t",
    "(홍길동)", "통장", "대책위원회",
])


@given(st.lists(_NON_COMPANY_WORDS, max_size=8).map(" ".join))
def test_mask_name_hides_every_full_person_name_unless_the_text_reads_as_a_group(name: str) -> None:
    # Words are separated by blanks: glued text such as "홍길동주민" is one word that holds a group word.
    # (A word right after a company marker is the company's name: "(주) 홍길동" is a company.)
    if not is_group_name(name):
        assert "홍길동" not in mask_name(name)


@pytest.mark.parametrize(("name", "masked"), [
    ("( 홍길동 주민 )", "( 홍*동 주민 )"),  # found by hypothesis: a name beside a group word inside brackets
    ("홍길동 (송도 주민대표)", "홍*동 (송* 주민대표)"),
    ("홍길동 (주민대표)", "홍*동 (주민대표)"),
    ("송도 주민대책위원회 (위원장 홍길동)", "송도 주민대책위원회 (위원장 홍*동)"),
])
def test_a_bracketed_annotation_of_several_words_masks_every_name_in_it(name: str, masked: str) -> None:
    assert mask_name(name) == masked
    assert mask_name(masked) == masked


def test_a_word_after_a_company_marker_is_the_company_name() -> None:
    assert is_group_name("(주) 홍길동")
    assert mask_name("(주) 홍길동 홍길동") == "(주) 홍길동 홍*동"


def test_known_limit_a_name_before_a_group_word_reads_as_a_group() -> None:
    # "홍길동 주민" has the shape of "송도 주민"; the rule in docs/업무규칙.md §Masking keeps group names as they are.
    assert is_group_name("홍길동 주민")
    assert mask_name("주민 홍길동") == "주민 홍*동"


@given(names)
def test_mask_name_keeps_length_of_stripped_nfc_text(name: str) -> None:
    assert len(mask_name(name)) == len(unicodedata.normalize("NFC", name).strip())


@given(hangul_names)
def test_hangul_person_name_keeps_only_first_and_last(name: str) -> None:
    assume(not is_group_name(name))
    masked = mask_name(name)
    assert masked[0] == name[0]
    if len(name) == 2:
        assert masked == name[0] + MASK_CHAR
    else:
        assert masked[-1] == name[-1]
        assert masked[1:-1] == MASK_CHAR * (len(name) - 2)


# ---------------------------------------------------------------------------------------------- contacts


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("010-1234-5678", "010-****-5678"),
        ("01012345678", "010****5678"),
        ("010 1234 5678", "010 **** 5678"),
        ("010.1234.5678", "010.****.5678"),
        ("011-123-4567", "011-***-4567"),
        ("0101234567", "010***4567"),
        ("02-123-4567", "02-***-4567"),
        ("02-1234-5678", "02-****-5678"),
        ("(02) 123-4567", "(02) ***-4567"),
        ("032-440-1234", "032-***-1234"),
        ("0324401234", "032***1234"),
        ("070-1234-5678", "070-****-5678"),
        ("+82 10-1234-5678", "+82 10-****-5678"),
        ("+82-10-1234-5678", "+82-10-****-5678"),
        ("+821012345678", "+8210****5678"),
        ("+82 2-123-4567", "+82 2-***-4567"),
        ("+82 (0)10-1234-5678", "+82 (0)10-****-5678"),
        ("+82 010-1234-5678", "+82 010-****-5678"),
        ("hong@example.com", "h***@example.com"),
        ("Gil.Dong+cd@mail.incheon.go.kr", "G**********@mail.incheon.go.kr"),
        ("h@example.com", "*@example.com"),
        ("연락처: 010-1234-5678 / hong@example.com (낮)", "연락처: 010-****-5678 / h***@example.com (낮)"),
        ("010-1234-5678, 010-9876-5432", "010-****-5678, 010-****-5432"),
        ("휴대폰010-1234-5678번", "휴대폰010-****-5678번"),
    ],
)
def test_mask_contact(text: str, masked: str) -> None:
    assert mask_contact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "",
        "연락 없음",
        "2022-01-31",  # a date
        "1588-1234",  # a company's representative number
        "123-4567",  # a local number without area code cannot be told from other numbers
        "총사업비 4,000백만원",
        "사업코드 P-2020-0001",
        "0101234567890",  # too many digits for a phone number
        "hong@",
        "@example.com",
    ],
)
def test_mask_contact_keeps_other_text(text: str) -> None:
    assert mask_contact(text) == text


def test_mask_contact_e_mail_with_digits_loses_them() -> None:
    assert mask_contact("hong01012345678@example.com") == "h**************@example.com"


# Phone numbers in every recognised format, with the span of their middle part.
_AREA = st.sampled_from(["010", "011", "016", "017", "018", "019", "02", "031", "032", "051", "064", "070"])
_SEP = st.sampled_from(["-", " ", ".", ""])
_FILLER = st.text(alphabet=st.sampled_from(list("가나다 abcXYZ:,/()~번")), max_size=8)


@st.composite
def phone_in_text(draw: st.DrawFn) -> tuple[str, int, int]:
    """Text with one phone number; returns (text, start, end) of the number's middle part."""
    area = draw(_AREA)
    international = draw(st.booleans())
    head = f"+82{draw(_SEP)}{area[1:]}" if international else area
    sep = draw(_SEP)
    middle = draw(st.text(alphabet="0123456789", min_size=3, max_size=4))
    last = draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    before = draw(_FILLER)
    after = draw(_FILLER)
    start = len(before) + len(head) + len(sep)
    text = f"{before}{head}{sep}{middle}{sep}{last}{after}"
    return text, start, start + len(middle)


@given(phone_in_text())
def test_phone_middle_part_never_survives(case: tuple[str, int, int]) -> None:
    text, start, end = case
    masked = mask_contact(text)
    assert masked[start:end] == MASK_CHAR * (end - start)
    assert not re.search(r"[0-9]", masked[start:end])
    # Everything else is untouched, and the length is kept.
    assert len(masked) == len(text)
    assert masked[:start] == text[:start]
    assert masked[end:] == text[end:]


@given(phone_in_text())
def test_phone_masking_is_idempotent(case: tuple[str, int, int]) -> None:
    once = mask_contact(case[0])
    assert mask_contact(once) == once


@given(st.text(alphabet=st.sampled_from(list("0123456789+-. ()@hong.example*가")), max_size=40))
def test_mask_contact_is_idempotent_and_keeps_length_on_any_text(text: str) -> None:
    once = mask_contact(text)
    assert mask_contact(once) == once
    assert len(once) == len(text)
    # Only digits and e-mail local-part characters are ever replaced, and only by the mask.
    for before, after in zip(text, once, strict=True):
        assert after == before or after == MASK_CHAR


@given(st.text(alphabet=st.sampled_from(list("abcdefghXYZ가나다 ,:;!?")), max_size=40))
def test_mask_contact_keeps_text_without_digits_or_at_sign(text: str) -> None:
    assert mask_contact(text) == text
