"""Rules of a per-case mediation council (갈등조정협의회, docs/업무규칙.md §Mediation)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from conflictdesk.domain.error_catalogue import Phrase
from conflictdesk.domain.errors import CouncilFull, DomainError, InvalidValue
from conflictdesk.domain.masking import mask_name

__all__ = [
    "BASIC_RULE_ITEMS",
    "MAX_COUNCIL_MEMBERS",
    "check_can_add_member",
    "check_chair_independent",
    "meeting_may_be_open",
    "missing_basic_rules",
    "normalize_person_key",
]

MAX_COUNCIL_MEMBERS = 15
"""A council has at most 15 members, the chair included."""

BASIC_RULE_ITEMS: tuple[tuple[str, str], ...] = (
    ("purpose", "목적"),
    ("parties", "당사자"),
    ("chair_selection", "의장 선정"),
    ("schedule", "일정"),
    ("procedure", "절차·운영"),
    ("result_drafting", "결과문 작성"),
    ("cost_sharing", "비용 분담"),
    ("other", "기타"),
)
"""The eight items of a council's basic rules (기본규칙), as (code, Korean label), in the national order."""


def check_can_add_member(current_count: int) -> None:
    """Refuse a new member when the council already has :data:`MAX_COUNCIL_MEMBERS` members."""
    if isinstance(current_count, bool) or not isinstance(current_count, int) or current_count < 0:
        raise InvalidValue("member_count_invalid", value=repr(current_count))
    if current_count >= MAX_COUNCIL_MEMBERS:
        raise CouncilFull("council_full", limit=MAX_COUNCIL_MEMBERS, count=current_count)


def normalize_person_key(text: str) -> str:
    """Comparison key for names and affiliations: NFKC, case-folded, without any whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def check_chair_independent(
    chair_name: str,
    chair_affiliation: str,
    parties: Sequence[tuple[str, str]],
) -> None:
    """Refuse a chair who is one of the parties.

    ``parties`` are (name, affiliation) of the party representatives. The chair is not independent when
    the normalised name equals a representative's name, or the chair's non-empty affiliation equals a
    representative's affiliation or the name of a party that is itself a group.
    Raises ``DomainError`` with code ``chair_not_independent``; the message shows names masked.
    """
    chair_key = normalize_person_key(chair_name)
    affiliation_key = normalize_person_key(chair_affiliation)
    for party_name, party_affiliation in parties:
        party_key = normalize_person_key(party_name)
        party_affiliation_key = normalize_person_key(party_affiliation)
        if chair_key and chair_key == party_key:
            raise DomainError("chair_not_independent",
                              why=Phrase("위원장({chair})이(가) 당사자 대표와 같은 사람입니다.", chair=mask_name(chair_name)))
        if affiliation_key and affiliation_key in (party_affiliation_key, party_key):
            raise DomainError("chair_not_independent", why=Phrase("위원장의 소속({affiliation})이 당사자와 같습니다.",
                                                                 affiliation=chair_affiliation.strip()))


def meeting_may_be_open(parties_agreed: Mapping[str, bool]) -> bool:
    """A meeting is open to the public only if there is a party and every party agreed; else it is closed."""
    return bool(parties_agreed) and all(agreed is True for agreed in parties_agreed.values())


def missing_basic_rules(rules: Mapping[str, str]) -> list[str]:
    """Codes of the :data:`BASIC_RULE_ITEMS` whose text is missing or blank, in the national order."""
    return [code for code, _label in BASIC_RULE_ITEMS if not rules.get(code, "").strip()]
