"""Yes/no cells of the import template: the spellings departments use for 해당/비해당, parsed to bool."""

from __future__ import annotations

import math
import unicodedata

from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue

YES_NO_CHOICES: tuple[str, str] = ("Y", "N")
"""The values offered by the template's drop-down list."""

YES_SPELLINGS: frozenset[str] = frozenset(
    {"y", "yes", "예", "네", "o", "○", "◯", "해당", "true", "1", "✓", "✔"}
)
NO_SPELLINGS: frozenset[str] = frozenset(
    {"n", "no", "아니오", "아니요", "아니", "x", "×", "✕", "✗", "비해당", "해당없음", "false", "0"}
)
"""Accepted spellings, compared after NFKC normalisation, case folding and removal of all whitespace."""

YES_NO_HELP = (
    "Y/N, 예/아니오(아니요), O/X, ○/×, 해당/비해당, true/false, 1/0 중 하나를 입력하세요. "
    "대소문자는 구분하지 않으며, 빈칸은 '아니오'로 봅니다."
)


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def parse_yes_no(value: object, *, column: str = "") -> bool:
    """Parse a yes/no cell; blank or ``None`` is ``False``. Raises :class:`InvalidValue` for anything else.

    ``column`` (optional) is named in the error message, e.g. ``"교통영향평가"``.
    """
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and not (isinstance(value, float) and math.isnan(value)):
        if value == 1:
            return True
        if value == 0:
            return False
    elif isinstance(value, str):
        key = _key(value)
        if not key:
            return False
        if key in YES_SPELLINGS:
            return True
        if key in NO_SPELLINGS:
            return False
    shown = str(value)
    if len(shown) > 40:
        shown = shown[:40] + "…"
    if column:
        raise InvalidValue("yes_no_invalid_in", column=column, value=shown, help=Term(YES_NO_HELP))
    raise InvalidValue("yes_no_invalid", value=shown, help=Term(YES_NO_HELP))
