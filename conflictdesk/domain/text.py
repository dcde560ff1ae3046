"""Text normalisation shared by storage and search: NFC Hangul, case-folded search keys."""

from __future__ import annotations

import unicodedata


def nfc(value: str) -> str:
    """NFC-normalise and strip: decomposed Hangul from some Mac/HWP pastes is invisible to search."""
    return unicodedata.normalize("NFC", value).strip()


def search_key(*parts: str) -> str:
    return " ".join(unicodedata.normalize("NFC", p).casefold() for p in parts if p)
