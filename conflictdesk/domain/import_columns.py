"""The columns of the project import template (docs/업무규칙.md §Import): headers, kinds and limits, in order."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Kind = Literal["code", "text", "required", "budget", "yesno"]


@dataclass(frozen=True)
class ImportColumn:
    """One template column: its exact header, the ``Project`` field it fills, its kind and length limit."""

    header: str
    field: str
    kind: Kind
    max_length: int = 0  # 0 = unlimited text
    width: int = 12  # template column width hint (characters, Hangul counted as two)


IMPORT_COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("사업코드", "code", "code", 40, 14),
    ImportColumn("사업명", "name", "required", 300, 36),
    ImportColumn("담당부서", "department", "required", 100, 18),
    ImportColumn("담당자", "manager", "text", 100, 10),
    ImportColumn("연락처", "contact", "text", 100, 15),
    ImportColumn("사업개요", "summary", "text", 0, 40),
    ImportColumn("총사업비(백만원)", "budget_won", "budget", 0, 18),
    ImportColumn("중기재정계획", "midterm_plan", "yesno", 0, 14),
    ImportColumn("교통영향평가", "traffic_impact", "yesno", 0, 14),
    ImportColumn("환경영향평가", "environmental_impact", "yesno", 0, 14),
    ImportColumn("전결권자", "decision_authority", "text", 100, 12),
    ImportColumn("규제 자치법규 제·개정", "regulatory_ordinance", "yesno", 0, 22),
    ImportColumn("갈등 표출", "conflict_visible", "yesno", 0, 11),
    ImportColumn("비고", "note", "text", 0, 30),
)

#: Written in an optional cell of a re-imported row, it clears the stored value (a blank cell leaves it unchanged).
CLEAR_MARKER = "지움"
_CLEAR_SPELLINGS = frozenset({CLEAR_MARKER, "(지움)", "[지움]", "<지움>"})


def is_clear_marker(text: str) -> bool:
    """Whether a cell holds the 지움 marker (surrounding blanks and NFKC forms tolerated)."""
    return "".join(unicodedata.normalize("NFKC", text).split()) in _CLEAR_SPELLINGS


HEADERS: tuple[str, ...] = tuple(c.header for c in IMPORT_COLUMNS)
REQUIRED_HEADERS: tuple[str, ...] = tuple(c.header for c in IMPORT_COLUMNS if c.kind == "required")
YES_NO_HEADERS: tuple[str, ...] = tuple(c.header for c in IMPORT_COLUMNS if c.kind == "yesno")
BUDGET_HEADER = "총사업비(백만원)"

_DOTS = str.maketrans({"ㆍ": "·", "\u119e": "·", "•": "·", "∙": "·", "‧": "·", "・": "·", "･": "·"})


def header_key(text: str) -> str:
    """How a header cell is compared: NFKC, middle dots unified, whitespace collapsed and trimmed."""
    folded = unicodedata.normalize("NFKC", text).translate(_DOTS)
    return re.sub(r"\s+", " ", folded).strip()


_KEYS = {header_key(h): h for h in HEADERS}


def known_header(text: str) -> str | None:
    """The template header that ``text`` spells (tolerating spaces, NFC/NFKC, dot variants), or ``None``."""
    return _KEYS.get(header_key(text))


def column_letter(index: int) -> str:
    """0 → ``A``, 25 → ``Z``, 26 → ``AA`` (as the spreadsheet shows it)."""
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def display_width(text: str) -> int:
    """Spreadsheet width of ``text``: Hangul and other wide characters count as two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)
