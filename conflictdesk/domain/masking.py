"""Masking of personal information (names, phone numbers, e-mail addresses) for every output."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "MASK_CHAR", "ORGANISATION", "ORGANISATION_KINDS", "PERSON", "PUBLIC_MEMBER_ROLES", "is_group_name",
    "mask_contact", "mask_name", "member_is_private", "presumed_party", "shown_contact", "shown_name",
]

MASK_CHAR = "*"

# --------------------------------------------------------------------------------------------------
# Names
#
# A stakeholder "name" is either a person (홍길동), a group (송도주민대책위원회, (주)한빛건설), or a mix
# (주민 홍길동, 대책위원회 위원장 홍길동, 홍길동 (주민대표)). The rule is "when in doubt, mask": text is
# left as it is only when it reads as a group name, and in a mix only the group and role words survive.
# --------------------------------------------------------------------------------------------------

# Words that make a token part of a group name when they occur anywhere in it.
_GROUP_WORDS: tuple[str, ...] = (
    "주민", "대책위원회", "대책위", "비대위", "추진위", "위원회", "협의회", "협회", "단체", "시민단체", "연합",
    "연합회", "조합", "노조", "주식회사", "유한회사", "상인회", "번영회", "부녀회", "노인회", "청년회",
    "친목회", "회의", "구청", "시청", "군청", "도청", "공사", "공단", "학교", "교회", "성당", "사찰", "법인",
    "재단", "센터", "연구원", "연구소", "병원", "사무소", "의회", "시민연대", "연대회의", "일동", "모임",
    "입주자", "아파트", "네트워크", "토지주", "세입자", "소유자", "소유주",
)
# Company / foundation markers, also recognised when glued to the name: (주)한빛건설, 한빛건설㈜.
_CORPORATE_MARKERS: tuple[str, ...] = (
    "(주)", "㈜", "(유)", "(사)", "(재)", "(합)", "주식회사", "유한회사", "사단법인", "재단법인",
    "사회복지법인", "학교법인", "의료법인",
)
# Latin group words, matched as whole words (case-insensitive).
_LATIN_GROUP_WORDS = frozenset({
    "inc", "corp", "corporation", "co", "ltd", "llc", "association", "committee", "council", "union",
    "foundation", "church", "school", "university", "society", "institute", "agency", "ngo",
})
# Role words: a person's title. A title next to other words means a person is named there.
_ROLE_WORDS = frozenset({
    "대표", "대표자", "공동대표", "위원장", "공동위원장", "부위원장", "위원", "회장", "부회장", "이장", "통장",
    "반장", "총무", "간사", "사무국장", "사무장", "국장", "과장", "팀장", "주무관", "씨", "님", "변호사",
    "교수", "대변인", "담당", "담당자", "mr", "mrs", "ms", "dr",
})
_ROLE_SUFFIXES: tuple[str, ...] = tuple(sorted((w for w in _ROLE_WORDS if len(w) >= 2), key=len, reverse=True))

# Frequent Korean surnames: a 2–3 syllable token such as 김주민 or 조공사 is read as a person's name.
_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함"
    "변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)

_TOKEN_RE = re.compile(r"\([^()]*\)|㈜|[^\s()㈜]+|[()]")
_HANGUL_SYLLABLE_RE = re.compile(r"[가-힣]+")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    glued_before: bool  # no whitespace between this token and the previous one
    paren: bool  # a parenthesised annotation such as "(주민대표)"
    corporate: bool
    group: bool
    role: bool


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _contains_group_word(token: str) -> bool:
    folded = _fold(token)
    positions = [folded.find(word) for word in _GROUP_WORDS if word in folded]
    if not positions:
        latin = folded.strip(".,&")
        return latin in _LATIN_GROUP_WORDS
    if len(folded) <= 3 and _HANGUL_SYLLABLE_RE.fullmatch(folded) and folded[0] in _SURNAMES:
        # 김주민, 조공사: surname + given name that happens to hold a group word → a person.
        return min(positions) == 0
    return True


def _is_group_token(token: str) -> bool:
    if any(marker in token for marker in _CORPORATE_MARKERS):
        return True
    if _contains_group_word(token):
        return True
    # "…회" associations of four or more syllables (입주자회, 송도번영회); 3-syllable ones may be names.
    return len(token) >= 4 and token.endswith("회") and _HANGUL_SYLLABLE_RE.fullmatch(token) is not None


def _is_role_token(token: str) -> bool:
    folded = _fold(token).strip(".,")
    if folded in _ROLE_WORDS:
        return True
    # 주민대표, 상인회장, 대책위원장: a group word with a title glued to it (but 홍길동대표 is a person).
    for suffix in _ROLE_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix):
            return _contains_group_word(folded) or _contains_group_word(folded[: -len(suffix)])
    return False


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end = -1
    for match in _TOKEN_RE.finditer(text):
        raw = match.group()
        paren = raw.startswith("(") and raw.endswith(")") and len(raw) >= 2
        inner = raw[1:-1].strip() if paren else raw
        corporate = raw in _CORPORATE_MARKERS or inner in _CORPORATE_MARKERS
        tokens.append(_Token(
            start=match.start(), end=match.end(), text=raw,
            glued_before=match.start() == previous_end,
            paren=paren and not corporate,
            corporate=corporate,
            group=corporate or _is_group_token(inner),
            role=not corporate and _is_role_token(inner),
        ))
        previous_end = match.end()
    return tokens


def _mask_run(chars: list[str], positions: list[int]) -> None:
    """Mask ``chars`` at ``positions`` (the non-blank characters of one name), keeping the first and last."""
    if len(positions) == 1:
        chars[positions[0]] = MASK_CHAR
        return
    for index in positions[1:] if len(positions) == 2 else positions[1:-1]:
        chars[index] = MASK_CHAR


def _visible_positions(text: str, start: int, end: int) -> list[int]:
    """Positions of the characters of a name: blanks and parentheses (token borders) are never masked."""
    return [i for i in range(start, end) if not text[i].isspace() and text[i] not in "()"]


def _core_group_flags(core: list[_Token]) -> list[bool]:
    """Group flag per core token, where a plain word next to a company marker is the company's name."""
    flags = [t.group for t in core]
    for i in range(len(core)):
        if flags[i]:
            continue
        after_marker = i > 0 and core[i - 1].corporate
        glued_to_marker = i + 1 < len(core) and core[i + 1].corporate and core[i + 1].glued_before
        if after_marker or glued_to_marker:
            flags[i] = True
    return flags


def _classify(text: str) -> tuple[str, list[_Token], list[bool]]:
    """Return ("group" | "person" | "mixed", core tokens, their group flags)."""
    core = [t for t in _tokenize(text) if not t.paren]
    flags = _core_group_flags(core)
    # A title alone ("통장") names nobody but could be a short name: it only counts next to other words.
    has_role = len(core) > 1 and any(t.role for t in core)
    if not core:
        return "person", core, flags
    if not has_role and not any(flags):
        return "person", core, flags
    if not has_role and flags[-1]:
        return "group", core, flags
    return "mixed", core, flags


def is_group_name(name: str) -> bool:
    """True when ``name`` reads as a group or organisation (송도주민대책위원회, (주)한빛건설), not a person.

    A group word must end the name (송도 주민, 한빛건설 주식회사) or a company marker must lead it
    ((주)한빛건설, 주식회사 한빛건설), and no title may appear: "주민 홍길동" and "대책위원회 위원장 홍길동"
    name persons. A parenthesised annotation does not make a name a group: "홍길동 (주민)" is a person.
    Known limit: "홍길동 주민" (name, then a group word) reads like "송도 주민" and counts as a group.
    """
    text = unicodedata.normalize("NFC", name).strip()
    if not text:
        return False
    kind, _core, _flags = _classify(text)
    return kind == "group"


def mask_name(name: str) -> str:
    """Mask a person's name: 홍길동 → 홍*동, 홍길 → 홍*, 남궁민수 → 남**수, 김 → *, John Smith → J*** ****h.

    Group names are returned unchanged (see :func:`is_group_name`). In a mix of group words, titles and
    names (주민 홍길동, 송도 대책위원회 위원장 홍길동) each word that is neither a group word nor a title is
    masked on its own, place names included (송* 대책위원회 위원장 홍*동). Parenthesised annotations
    are kept when they are group words or titles ("홍*동 (주민대표)"), masked otherwise.
    The result is NFC, stripped, and masking it again changes nothing.
    """
    text = unicodedata.normalize("NFC", name).strip()
    if not text:
        return ""
    kind, core, flags = _classify(text)
    chars = list(text)
    if kind == "person":
        positions = [i for t in core for i in _visible_positions(text, t.start, t.end)]
        if positions:
            _mask_run(chars, positions)
    elif kind == "mixed":
        # A person is named here, so every word that is neither a group word nor a title is masked,
        # place names included ("송* 주민대책위원회 위원장 홍*동"): when in doubt, mask.
        for i, token in enumerate(core):
            if not (flags[i] or token.role):
                _mask_run(chars, _visible_positions(text, token.start, token.end))
    for token in _tokenize(text):
        if token.paren:
            _mask_annotation(text, chars, token)
    return "".join(chars)


def _mask_annotation(text: str, chars: list[str], token: _Token) -> None:
    """Mask a parenthesised annotation: kept when it is one group word or title ("(주민대표)"), else masked.

    An annotation of several words ("( 홍길동 주민 )") keeps only the words that are group words or titles
    by themselves: a name beside a group word inside brackets is still a name (docs/업무규칙.md §Masking).
    """
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[token.start + 1:token.end - 1])]
    if len(words) <= 1:
        if not (token.group or token.role):
            inner = _visible_positions(text, token.start + 1, token.end - 1)
            if inner:
                _mask_run(chars, inner)
        return
    offset = token.start + 1
    for start, end in words:
        word = text[offset + start:offset + end]
        if not (_is_group_token(word) or _is_role_token(word)):
            _mask_run(chars, _visible_positions(text, offset + start, offset + end))


# --------------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------------

_SEP = r"[ .\-]"
_PHONE_RE = re.compile(
    rf"""
    (?<![0-9])
    (?P<head>
        \+82{_SEP}?(?:\(0\){_SEP}?)?(?:1[016789]|2|[3-6][1-5]|70|50[2-8]|80)
      | 01[016789] | 02 | 0[3-6][1-5] | 070 | 050[2-8] | 080
    )
    (?P<sep1>\)?{_SEP}?)
    (?P<middle>[0-9]{{3,4}})
    (?P<sep2>{_SEP}?)
    (?P<last>[0-9]{{4}})
    (?![0-9])
    """,
    re.VERBOSE | re.ASCII,
)
_EMAIL_RE = re.compile(
    r"(?P<local>[A-Za-z0-9._%+\-*]+)@(?P<domain>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)",
    re.ASCII,
)


def _mask_phone(match: re.Match[str]) -> str:
    middle = match.group("middle")
    return "".join((
        match.group("head"), match.group("sep1"), MASK_CHAR * len(middle),
        match.group("sep2"), match.group("last"),
    ))


def _mask_email(match: re.Match[str]) -> str:
    local = match.group("local")
    masked_local = MASK_CHAR if len(local) == 1 else local[0] + MASK_CHAR * (len(local) - 1)
    return f"{masked_local}@{match.group('domain')}"


def mask_contact(text: str) -> str:
    """Mask every phone number and e-mail address in ``text``; everything else is kept.

    010-1234-5678 → 010-****-5678, 01012345678 → 010****5678, 02-123-4567 → 02-***-4567,
    +82 10-1234-5678 → +82 10-****-5678, hong@example.com → h***@example.com.
    Mobile, Seoul (02), area (031 … 064), 070, 050x and 080 numbers are recognised; a local number
    without an area code (123-4567) cannot be told from other numbers and is kept.
    Only digits and e-mail letters are replaced, one for one: the length never changes, and masking
    twice gives the same result.
    """
    result = _EMAIL_RE.sub(_mask_email, text)
    # Masking can expose a new number boundary next to a mask; repeat until nothing changes.
    # Every pass that changes something removes digits, so this ends.
    while True:
        masked = _PHONE_RE.sub(_mask_phone, result)
        if masked == result:
            return masked
        result = masked


# --------------------------------------------------------------------------------------------------
# The policy: who is masked in every output (docs/업무규칙.md §Masking)
#
# Natural persons who are private citizens (residents, landowners, merchants, their representatives,
# party representatives on a council) are masked, name and contact, in every output unless the user
# asks for an unmasked copy (audited). Organisations, public bodies, media, council committees and
# public officials acting in their role (plan owners, reviewers, the council's chair, experts and
# official members) are never masked. A stakeholder record says which it is (``party``).
# --------------------------------------------------------------------------------------------------

PERSON = "person"
ORGANISATION = "organisation"
#: Stakeholder kinds that name organisations (시민단체, 의회, 타기관, 언론): presumed organisations.
ORGANISATION_KINDS = frozenset({"civic_group", "council", "agency", "media"})
#: Council member roles that act publicly: their names are printed as they are.
PUBLIC_MEMBER_ROLES = frozenset({"chair", "expert", "official"})


def presumed_party(name: str, kind: str) -> str:
    """The default party of a stakeholder record: an organisation kind or a group name → organisation.

    Used where nobody has said yet (records made before the field existed, a new row in the editor);
    everything else is presumed a person: when in doubt, mask.
    """
    return ORGANISATION if kind in ORGANISATION_KINDS or is_group_name(name) else PERSON


def shown_name(name: str, *, person: bool, unmasked: bool = False) -> str:
    """A name as every output prints it: a private person's masked (홍*동), an organisation's kept whole."""
    return mask_name(name) if person and not unmasked else name


def shown_contact(text: str, *, unmasked: bool = False) -> str:
    """A contact (phone, e-mail) as every output prints it: masked unless an unmasked copy was asked for."""
    return text if unmasked else mask_contact(text)


def member_is_private(role: str) -> bool:
    """Whether a council member with ``role`` (MemberRole value) is a private person (party representative…)."""
    return role not in PUBLIC_MEMBER_ROLES
