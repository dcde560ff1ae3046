"""Safe file names from user data (department names, project codes, export names) on Windows and Linux."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10)),
             "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}
MAX_STEM = 80


def safe_stem(text: str, fallback: str = "이름없음") -> str:
    """A file-name stem: no separators, ``..``, control or reserved characters; not a Windows device name."""
    value = unicodedata.normalize("NFC", text)
    value = "".join(" " if unicodedata.category(ch) in ("Cf", "Zl", "Zp") else ch for ch in value)
    value = _UNSAFE.sub("_", value)
    value = re.sub(r"\.{2,}", "_", value)
    value = re.sub(r"\s+", " ", value).strip(" ._")
    value = value[:MAX_STEM].rstrip(" .")
    if not value:
        value = fallback
    if value.split(".")[0].strip().upper() in _RESERVED:
        value = f"_{value}"
    return value


def safe_filename(name: str, fallback: str = "내보내기") -> str:
    """A single path component (extension kept) safe on Windows, macOS and Linux; Hangul is kept (NFC)."""
    return safe_stem(name, fallback)


def unique_name(stem: str, suffix: str, used: set[str]) -> str:
    """``stem + suffix``, numbered when a case-insensitive twin was already used (Windows folds case)."""
    name = f"{stem}{suffix}"
    n = 2
    while name.casefold() in used:
        name = f"{stem} ({n}){suffix}"
        n += 1
    used.add(name.casefold())
    return name
