"""Safe file names from user data (project names in export names): no separators, traversal or reserved names."""

from __future__ import annotations

import re
import unicodedata

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_BAD = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MAX_LENGTH = 120


def safe_filename(name: str, fallback: str = "내보내기") -> str:
    """A single path component safe on Windows, macOS and Linux; Hangul is kept (NFC)."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)
    text = _BAD.sub("_", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    stem = text.split(".")[0].upper()
    if stem in _RESERVED:
        text = "_" + text
    if len(text) > MAX_LENGTH:
        text = text[:MAX_LENGTH].rstrip(" .")
    return text or fallback
