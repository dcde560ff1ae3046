"""Budget amounts: parse the import column 총사업비(백만원) into whole won and format won for display.

Accepted input (docs/업무규칙.md §Criteria), after NFKC normalisation (full-width digits and commas) and removal of all
whitespace:

* ``None`` or blank text → ``None`` (no budget given).
* A spreadsheet number cell (``int``, ``float``, ``Decimal``) → millions of won: ``4000`` → 4,000,000,000.
* Whitespace may separate units (``1조 2,000억``) but not the digits of one number (``4 000`` is refused).
* Text without a unit: a number with optional correctly grouped commas (``4,000`` but not ``4,00,0``) and an
  optional decimal part → millions of won, like the column header says.
* Text with a trailing ``원`` (or a leading ``₩``) and no other unit → won: ``4,000,000,000원``.
* Text with Korean units, in descending order: the big units 조·억·만 and, inside each group, 천·백·십;
  each unit may carry a number (commas and decimals allowed) or stand alone for one (``천만원`` = 10,000,000):
  ``40억``, ``40억원``, ``4,000백만원``, ``1조 2,000억``, ``3억 5천만원``, ``4,000천원``.
  A bare trailing number after a big unit (``3억 5000``) is ambiguous and refused unless ``원`` follows.

Anything else — Korean numerals (``사십억``), negative numbers, malformed comma grouping, ``NaN``, booleans,
amounts of one 경 (10^16 won) or more — raises :class:`InvalidValue` with a Korean message that names the value.
Fractions of a won are rounded half up.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction

from conflictdesk.domain.errors import InvalidValue

WON_PER_MILLION = 1_000_000
WON_PER_EOK = 100_000_000
WON_PER_JO = 1_000_000_000_000
MAX_BUDGET_WON = 10**16 - 1
"""The largest accepted amount (just under 1경원); it also keeps every value inside a 64-bit column."""

_MAX_TEXT_LENGTH = 64
_EXAMPLES = "예: 4,000 (백만원), 40억원, 4,000백만원, 4,000,000,000원, 1조 2,000억"

_NUMBER = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_TOKEN_RE = re.compile(rf"(?P<num>{_NUMBER})|(?P<unit>[조억만천백십])")
_SPLIT_NUMBER_RE = re.compile(r"[0-9,.]\s+[0-9,.]")
_BIG_UNITS: dict[str, int] = {"조": 10**12, "억": 10**8, "만": 10**4}
_SMALL_UNITS: dict[str, int] = {"천": 1000, "백": 100, "십": 10}
_NEGATIVE_PREFIXES = ("-", "−", "–", "△", "▲")


def _invalid(value: object, why: str) -> InvalidValue:
    shown = str(value)
    if len(shown) > 40:
        shown = shown[:40] + "…"
    return InvalidValue(f"총사업비 '{shown}'을(를) 해석할 수 없습니다: {why}. {_EXAMPLES}")


def _round_half_up(amount: Fraction) -> int:
    return math.floor(amount + Fraction(1, 2))


def _checked(amount: Fraction, original: object) -> int:
    if amount < 0:
        raise _invalid(original, "음수는 입력할 수 없습니다")
    won = _round_half_up(amount)
    if won > MAX_BUDGET_WON:
        raise _invalid(original, "금액이 너무 큽니다")
    return won


def _number(token: str) -> Fraction:
    return Fraction(token.replace(",", ""))


def _parse_text(raw: str) -> int | None:
    normalised = unicodedata.normalize("NFKC", raw)
    if _SPLIT_NUMBER_RE.search(normalised):
        raise _invalid(raw, "숫자 사이에 공백이 있습니다")
    text = "".join(normalised.split())
    if not text:
        return None
    if len(text) > _MAX_TEXT_LENGTH:
        raise _invalid(raw, "입력이 너무 깁니다")
    if text.startswith(_NEGATIVE_PREFIXES):
        raise _invalid(raw, "음수는 입력할 수 없습니다")
    in_won = False
    if text.startswith("₩"):
        text, in_won = text[1:], True
    if text.endswith("원"):
        text, in_won = text[:-1], True
    elif text.lower().endswith(("won", "krw")):  # the English UI writes "130,000,000 won"
        text, in_won = text[:-3], True
    if not text:
        raise _invalid(raw, "숫자가 없습니다")

    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if match is None:
            raise _invalid(raw, f"'{text[pos]}'은(는) 숫자나 단위(조·억·만·천·백·십·원)가 아닙니다")
        kind = "num" if match.group("num") is not None else "unit"
        if kind == "num" and tokens and tokens[-1][0] == "num":
            raise _invalid(raw, "숫자의 쉼표 구분이 올바르지 않습니다")
        tokens.append((kind, match.group(0)))
        pos = match.end()

    if all(kind == "num" for kind, _ in tokens):  # a single bare number
        amount = _number(tokens[0][1])
        return _checked(amount if in_won else amount * WON_PER_MILLION, raw)

    total = Fraction(0)
    group = Fraction(0)  # value of the small-unit part of the current big-unit group
    group_used = False  # whether the current group has any number or small unit
    pending: Fraction | None = None  # a number not yet attached to a unit
    last_big = math.inf
    last_small = math.inf
    seen_big = False
    for kind, token in tokens:
        if kind == "num":
            pending = _number(token)
            continue
        if token in _SMALL_UNITS:
            unit = _SMALL_UNITS[token]
            if unit >= last_small:
                raise _invalid(raw, f"단위 '{token}'의 순서가 올바르지 않습니다")
            group += (pending if pending is not None else Fraction(1)) * unit
            group_used, pending, last_small = True, None, unit
            continue
        unit = _BIG_UNITS[token]
        if unit >= last_big:
            raise _invalid(raw, f"단위 '{token}'의 순서가 올바르지 않습니다")
        if pending is not None:
            group += pending
            group_used = True
        total += (group if group_used else Fraction(1)) * unit
        group, group_used, pending = Fraction(0), False, None
        last_big, last_small, seen_big = unit, math.inf, True

    if pending is not None:
        group += pending
        group_used = True
    if group_used:
        if seen_big and not in_won:
            raise _invalid(raw, "마지막 숫자의 단위가 모호합니다 ('3억 5천만원'처럼 단위를 적어 주세요)")
        total += group
    return _checked(total, raw)


def parse_budget_won(value: object) -> int | None:
    """Parse a 총사업비 cell into whole won; ``None`` when blank. Raises :class:`InvalidValue` when unreadable."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise _invalid(value, "예/아니오 값은 금액이 아닙니다")
    if isinstance(value, int):
        return _checked(Fraction(value) * WON_PER_MILLION, value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _invalid(value, "숫자가 아닙니다")
        # repr() is the shortest text that round-trips, i.e. what the spreadsheet showed (3999.9, not 3999.89…).
        return _checked(Fraction(repr(value)) * WON_PER_MILLION, value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _invalid(value, "숫자가 아닙니다")
        return _checked(Fraction(value) * WON_PER_MILLION, value)
    if isinstance(value, str):
        return _parse_text(value)
    raise _invalid(value, "숫자나 글자가 아닙니다")


def _sign(won: int) -> str:
    return "-" if won < 0 else ""


def format_won(won: int) -> str:
    """``4000000000`` → ``"4,000,000,000원"``."""
    return f"{won:,}원"


def format_million_won(won: int) -> str:
    """``4000000000`` → ``"4,000백만원"``; exact, so a part of a million shows as decimals (``"0.5백만원"``)."""
    whole, rest = divmod(abs(won), WON_PER_MILLION)
    text = f"{whole:,}"
    if rest:
        text += "." + f"{rest:06d}".rstrip("0")
    return f"{_sign(won)}{text}백만원"


def format_amount(won: int) -> str:
    """The one money format of every document (docs/업무규칙.md §Money and dates).

    From 1억 up: 억원 with up to two decimals, cut (never rounded) so no amount crosses a criterion threshold
    on paper — 3,999,990,000원 (3,999.99백만원) → ``"39.99억원"``, 4,000,000,000 → ``"40억원"``,
    2,520,000,000 → ``"25.2억원"``. Below 1억: whole 만원, ``"5,000만원"``, ``"2,520만원"``; an amount that
    is not a whole number of 만원 (an allowance of 123,456원) is printed exactly in 원, and so is 0 (``"0원"``).
    """
    amount = abs(won)
    sign = "-" if won < 0 else ""
    if amount >= WON_PER_EOK:
        hundredths = amount // (WON_PER_EOK // 100)  # cut, never round: 39.9999억 is 39.99억
        whole, cents = divmod(hundredths, 100)
        decimals = f".{cents:02d}".rstrip("0").rstrip(".")
        return f"{sign}{whole:,}{decimals}억원"
    man, rest = divmod(amount, 10_000)
    if man and not rest:
        return f"{sign}{man:,}만원"
    return f"{sign}{amount:,}원"


def format_korean_won(won: int) -> str:
    """``1200050001234`` → ``"1조 2,000억 5만 1,234원"``: exact, in 조·억·만 groups."""
    if won == 0:
        return "0원"
    rest = abs(won)
    parts: list[str] = []
    for unit, name in ((10**12, "조"), (10**8, "억"), (10**4, "만")):
        count, rest = divmod(rest, unit)
        if count:
            parts.append(f"{count:,}{name}")
    if rest:
        parts.append(f"{rest:,}")
    return _sign(won) + " ".join(parts) + "원"
