"""Text normalisation shared by storage and search: NFC Hangul, case-folded search keys."""

from __future__ import annotations

import unicodedata


def nfc(value: str) -> str:
    """NFC-normalise and strip: decomposed Hangul from some Mac/HWP pastes is invisible to search."""
    return unicodedata.normalize("NFC", value).strip()


def search_key(*parts: str) -> str:
    return " ".join(unicodedata.normalize("NFC", p).casefold() for p in parts if p)


#: A spreadsheet (Excel, LibreOffice) runs a cell starting with one of these as a formula, even from a CSV file.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def spreadsheet_safe(value: str) -> str:
    """A CSV cell that a spreadsheet never runs as a formula (OWASP CSV injection): a risky first character gets
    a leading apostrophe, which Excel hides and treats as "this is text"."""
    return "'" + value if value.startswith(FORMULA_START) else value


_TERMINAL_CONTROL: dict[int, str | None] = {c: None for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0),
                                       *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_TERMINAL_CONTROL[0x0D] = " "


def terminal_safe(text: str) -> str:
    """Text for a terminal: escape sequences (ESC), bells, carriage returns and bidi overrides cannot repaint or
    reorder what the officer sees; newlines and tabs stay."""
    return text.translate(_TERMINAL_CONTROL)
