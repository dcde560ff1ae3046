"""HWPX (한/글 문서) export of the conflict card and the grade summary: the only module that touches python-hwpx.

python-hwpx is an optional extra (``pip install 'conflictdesk[hwpx]'``), imported on first use. The rest of the
application describes a document with the frozen dataclasses below (already masked, plain text) and never sees the
library; strings are set as text nodes, so markup in user data (``<b>``, ``&``, ``]]>``) is escaped, not interpreted.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conflictdesk.domain.errors import DomainError

MISSING_MESSAGE = "HWPX 내보내기에는 python-hwpx 패키지가 필요합니다: pip install 'conflictdesk[hwpx]'"


class HwpxUnavailable(DomainError):
    """python-hwpx is not installed (the optional ``hwpx`` extra)."""

    code = "hwpx_unavailable"


@dataclass(frozen=True)
class HwpxTable:
    """A table: an optional header row (bold) and body rows; short rows are padded with empty cells."""

    rows: tuple[tuple[str, ...], ...]
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class HwpxSection:
    """A heading followed by paragraphs and/or a table (paragraphs first)."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    table: HwpxTable | None = None


@dataclass(frozen=True)
class CardHwpx:
    """Conflict card (갈등관리카드) as a document: title, a subtitle line (code, department, date) and sections."""

    title: str
    sections: tuple[HwpxSection, ...]
    subtitle: str = ""


@dataclass(frozen=True)
class SummaryHwpx:
    """Grade summary (갈등관리 등급 현황) for department heads: title, subtitle (round, date) and sections."""

    title: str
    sections: tuple[HwpxSection, ...]
    subtitle: str = ""


def write_card_hwpx(card: CardHwpx, path: str | os.PathLike[str]) -> Path:
    """Write ``card`` as an HWPX file at ``path`` (replaced atomically) and return the path."""
    return _write(card.title, card.subtitle, card.sections, Path(path))


def write_summary_hwpx(summary: SummaryHwpx, path: str | os.PathLike[str]) -> Path:
    """Write ``summary`` as an HWPX file at ``path`` (replaced atomically) and return the path."""
    return _write(summary.title, summary.subtitle, summary.sections, Path(path))


# --- rendering -----------------------------------------------------------------------------------------------

# XML 1.0 forbids most C0 controls; a stray one pasted from another program must not break the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text safe for an XML text node: CR/LF normalised to LF, characters XML cannot hold removed."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _lines(text: str) -> list[str]:
    return clean_text(text).split("\n")


def _load() -> Any:
    try:
        from hwpx import HwpxDocument
    except ImportError:
        raise HwpxUnavailable(MISSING_MESSAGE) from None
    return HwpxDocument


def _set_runs_style(paragraph: Any, char_pr_id: str) -> None:
    for run in paragraph.runs:
        run.char_pr_id_ref = char_pr_id


def _add_table(doc: Any, table: HwpxTable, bold_id: str) -> None:
    body = [tuple(clean_text(c) for c in row) for row in table.rows]
    header = tuple(clean_text(c) for c in table.header)
    grid: list[tuple[str, ...]] = ([header] if header else []) + body
    if not grid:
        return
    cols = max(len(row) for row in grid)
    if cols == 0:
        return
    hwpx_table = doc.add_table(len(grid), cols)
    for r, row in enumerate(grid):
        for c in range(cols):
            value = row[c] if c < len(row) else ""
            if value:
                hwpx_table.set_cell_text(r, c, value, split_paragraphs="\n" in value)
    if header:
        for c in range(cols):
            for paragraph in hwpx_table.cell(0, c).paragraphs:
                _set_runs_style(paragraph, bold_id)


def _render(title: str, subtitle: str, sections: Sequence[HwpxSection]) -> bytes:
    document_class = _load()
    doc = document_class.new()
    title_id = doc.styles.ensure_run(bold=True, size=16)
    bold_id = doc.styles.ensure_run(bold=True)
    # The blank template's first paragraph carries the section settings: write the title into it.
    first = doc.paragraphs[0]
    first.text = " ".join(_lines(title))
    _set_runs_style(first, title_id)
    if subtitle:
        for line in _lines(subtitle):
            doc.add_paragraph(line, style="바탕글")
    for section in sections:
        doc.add_heading(" ".join(_lines(section.heading)), level=1)
        for paragraph in section.paragraphs:
            for line in _lines(paragraph):
                doc.add_paragraph(line, style="바탕글")
        if section.table is not None:
            _add_table(doc, section.table, bold_id)
    data: bytes = doc.to_bytes()
    return data


def _write(title: str, subtitle: str, sections: Sequence[HwpxSection], path: Path) -> Path:
    data = _render(title, subtitle, sections)
    from conflictdesk.services.files import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, data)


def hwpx_available() -> bool:
    """Whether the optional python-hwpx extra is installed (the GUI offers .hwpx only then), without importing it."""
    from importlib.util import find_spec

    return find_spec("hwpx") is not None
