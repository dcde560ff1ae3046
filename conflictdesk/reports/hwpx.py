"""HWPX (한/글 문서) export of the conflict card and the grade summary: the only module that touches python-hwpx.

python-hwpx is an optional extra (``pip install 'conflictdesk[hwpx]'``), imported on first use. The rest of the
application describes a document with the frozen dataclasses below (already masked, plain text) and never sees the
library; strings are set as text nodes, so markup in user data (``<b>``, ``&``, ``]]>``) is escaped, not interpreted.

A document looks like the PDF it mirrors, as a 공문 would: the title with a 결재란, a header with the title on every
page, a footer with the title, the print date and "page / total", tables whose header row repeats on every page and
whose column widths follow their content, and the document information (title, author, dates) and preview of a
document made by ConflictDesk for its user.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from conflictdesk.domain.errors import DomainError

MISSING_MESSAGE = "HWPX 내보내기에는 python-hwpx 패키지가 필요합니다: pip install 'conflictdesk[hwpx]'"
APPLICATION = "갈등관리 데스크 (ConflictDesk)"
LABEL_SHADE = "#EEF1F6"
_WEEKDAYS = "월화수목금토일"


class HwpxUnavailable(DomainError):
    """python-hwpx is not installed (the optional ``hwpx`` extra)."""

    code = "hwpx_unavailable"


@dataclass(frozen=True)
class HwpxTable:
    """A table: an optional header row (bold, shaded, repeated on every page) and body rows.

    Short rows are padded with empty cells. ``label_columns`` are shaded like labels (key/value tables), and
    ``total_row`` marks the last row as a total. Column widths follow the longest text of each column.
    """

    rows: tuple[tuple[str, ...], ...]
    header: tuple[str, ...] = ()
    label_columns: tuple[int, ...] = ()
    total_row: bool = False


@dataclass(frozen=True)
class HwpxPicture:
    """A picture (a chart drawn as PNG), centred, ``width_share`` of the text width wide, its height by the image's
    aspect; ``description`` is the picture's comment (what Hancom shows as the object's description)."""

    png: bytes
    width_share: float = 0.9
    description: str = ""


@dataclass(frozen=True)
class HwpxSection:
    """A heading followed by paragraphs, tables and pictures (paragraphs first, then ``table``, then ``more``,
    then ``pictures``)."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    table: HwpxTable | None = None
    more: tuple[HwpxTable, ...] = ()
    pictures: tuple[HwpxPicture, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    """Document information and page furniture: who made it and when, and the 결재란's roles."""

    author: str = ""
    printed: date | None = None
    document_title: str = ""  # 문서 정보의 제목, the page header and footer (default: the title)
    subject: str = ""
    keywords: str = ""
    approval: tuple[str, ...] = ("담당", "팀장", "과장")
    banner: str = ""  # e.g. "개인정보 포함 — 취급 주의", printed in the page header


@dataclass(frozen=True)
class CardHwpx:
    """Conflict card (갈등관리카드) as a document: title, a subtitle line and sections."""

    title: str
    sections: tuple[HwpxSection, ...]
    subtitle: str = ""
    info: DocumentInfo = field(default_factory=DocumentInfo)


@dataclass(frozen=True)
class SummaryHwpx:
    """Grade summary (갈등관리 등급 현황) for department heads: title, subtitle (round, date) and sections."""

    title: str
    sections: tuple[HwpxSection, ...]
    subtitle: str = ""
    info: DocumentInfo = field(default_factory=DocumentInfo)


def write_card_hwpx(card: CardHwpx, path: str | os.PathLike[str]) -> Path:
    """Write ``card`` as an HWPX file at ``path`` (replaced atomically) and return the path."""
    return _write(card.title, card.subtitle, card.sections, card.info, Path(path))


def write_summary_hwpx(summary: SummaryHwpx, path: str | os.PathLike[str]) -> Path:
    """Write ``summary`` as an HWPX file at ``path`` (replaced atomically) and return the path."""
    return _write(summary.title, summary.subtitle, summary.sections, summary.info, Path(path))


# --- rendering -----------------------------------------------------------------------------------------------

# XML 1.0 forbids most C0 controls; a stray one pasted from another program must not break the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text safe for an XML text node: CR/LF normalised to LF, characters XML cannot hold removed."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _lines(text: str) -> list[str]:
    return clean_text(text).split("\n")


def _one_line(text: str) -> str:
    return " ".join(" ".join(_lines(text)).split())


def fmt_date(d: date | None) -> str:
    """Korean official date style, as on the PDF: 2020. 7. 31."""
    return f"{d.year}. {d.month}. {d.day}." if d else ""


def text_width(text: str) -> int:
    """Display width of the longest line: Hangul and other wide characters count two."""
    return max((sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line)
                for line in text.split("\n")), default=0)


def column_weights(grid: Sequence[Sequence[str]], cols: int) -> list[float]:
    """Relative column widths from the content: the longest text of a column, within bounds.

    A short column (번호, 등급) never drops below its header; a long one (내용) is capped so that it wraps instead
    of squeezing every other column ("시민정책담당관실" on one line, not three).
    """
    weights = []
    for c in range(cols):
        widest = max((text_width(row[c]) for row in grid if c < len(row)), default=0)
        weights.append(float(min(max(widest, 4), 48)))
    return weights


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
    # The cells are looked up once: python-hwpx's table.cell(r, c) rebuilds the table's whole cell grid on every
    # call, which made a 300-row summary quadratic (seconds per table). These tables have no merged cells.
    cells = [row.cells for row in hwpx_table.rows]
    for r, row in enumerate(grid):
        for c in range(cols):
            value = row[c] if c < len(row) else ""
            if value:
                cells[r][c].set_text(value, split_paragraphs="\n" in value)
    hwpx_table.set_column_widths(column_weights(grid, cols))
    bold_cells: list[tuple[int, int]] = []
    if header:
        hwpx_table.element.set("repeatHeader", "1")  # the header row repeats on every page
        for c in range(cols):
            cells[0][c].element.set("header", "1")
            bold_cells.append((0, c))
    first_body = 1 if header else 0
    for c in table.label_columns:
        if c < cols:
            bold_cells += [(r, c) for r in range(first_body, len(grid))]
    if table.total_row and body:
        bold_cells += [(len(grid) - 1, c) for c in range(cols)]
    for r, c in bold_cells:
        _shade(hwpx_table, cells[r][c], LABEL_SHADE)
        for paragraph in cells[r][c].paragraphs:
            _set_runs_style(paragraph, bold_id)


def _shade(table: Any, cell: Any, color: str) -> None:
    """``table.set_cell_shading`` for a cell already in hand (without rebuilding the cell grid)."""
    document = table.paragraph.section.document
    fill = document.ensure_shading_border_fill(
        color, base_border_fill_id=cell.element.get("borderFillIDRef") or table.element.get("borderFillIDRef"))
    cell.element.set("borderFillIDRef", fill)
    table.mark_dirty()


#: Text width of the blank template's A4 page (210 mm less 30 mm margins), in HWPUNIT (1/7200 inch).
_TEXT_WIDTH = 59_528 - 2 * 8_504


def _add_picture(doc: Any, picture: HwpxPicture) -> None:
    """The PNG as an embedded picture (BinData part, manifest item, header binItem) in a paragraph of its own,
    centred and treated as a character so it flows with the text like the PDF's image."""
    width = round(_TEXT_WIDTH * min(max(picture.width_share, 0.1), 1.0))
    shape = doc.add_picture(picture.png, "png", width=width, align="CENTER")
    comment = shape.element.find("{*}shapeComment")
    if comment is not None and picture.description:
        comment.text = _one_line(picture.description)
        shape.paragraph.section.mark_dirty()


def _approval_box(doc: Any, roles: Sequence[str], bold_id: str) -> None:
    """결재란: a narrow merged 결재 column, the roles, and empty signing cells below them."""
    box = doc.add_table(2, len(roles) + 1)
    box.set_cell_text(0, 0, "결재")
    for c, role in enumerate(roles, 1):
        box.set_cell_text(0, c, clean_text(role))
        box.set_cell_shading(0, c, LABEL_SHADE)
    box.set_column_widths([1.0] + [2.2] * len(roles))
    for c in range(len(roles) + 1):
        for paragraph in box.cell(0, c).paragraphs:
            _set_runs_style(paragraph, bold_id)
    box.merge_cells(0, 0, 1, 0)
    box.set_cell_shading(0, 0, LABEL_SHADE)
    # Only as wide as it needs, at the right margin, with room to sign.
    size = box.element.find("{*}sz")
    if size is not None:
        size.set("width", str(17_000 if len(roles) == 3 else 5_000 * (len(roles) + 1)))
    for cell_row in box.element.findall("{*}tr")[1:]:
        for cell in cell_row.findall("{*}tc"):
            cell_size = cell.find("{*}cellSz")
            if cell_size is not None:
                cell_size.set("height", "3600")
    position = box.element.find("{*}pos")
    if position is not None:
        position.set("horzAlign", "RIGHT")


def _render(title: str, subtitle: str, sections: Sequence[HwpxSection], info: DocumentInfo) -> bytes:
    document_class = _load()
    doc = document_class.new()
    title_id = doc.styles.ensure_run(bold=True, size=18)
    bold_id = doc.styles.ensure_run(bold=True)
    printed = info.printed or date.today()
    title_line = _one_line(title)
    document_title = _one_line(info.document_title) or title_line
    # The blank template's first paragraph carries the section settings: write the title into it.
    first = doc.paragraphs[0]
    first.text = title_line
    _set_runs_style(first, title_id)
    if subtitle:
        for line in _lines(subtitle):
            doc.add_paragraph(line, style="바탕글")
    if info.approval:
        _approval_box(doc, info.approval, bold_id)
    for section in sections:
        doc.add_heading(_one_line(section.heading), level=1)
        for paragraph in section.paragraphs:
            for line in _lines(paragraph):
                doc.add_paragraph(line, style="바탕글")
        for table in ((section.table,) if section.table is not None else ()) + section.more:
            _add_table(doc, table, bold_id)
        for picture in section.pictures:
            _add_picture(doc, picture)
    page = doc.page
    page.set_header(text=document_title + (f"    {info.banner}" if info.banner else ""))
    page.set_footer(content=[{"align": "RIGHT", "children": [
        {"type": "run", "text": f"{document_title} · 출력일 {fmt_date(printed)}    "},
        {"type": "page_number", "page_number": "page/total", "position": "NONE"},
    ]}])
    now = datetime.now(UTC).replace(microsecond=0)
    doc.parts.clear_document_metadata(keep=("title", "language"), timestamp=now.strftime("%Y-%m-%dT%H:%M:%SZ"))
    doc.parts.set_document_metadata(
        title=document_title, creator=_one_line(info.author), subject=_one_line(info.subject or document_title),
        keyword=_one_line(info.keywords), created_date=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        modified_date=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    data: bytes = doc.to_bytes()
    return _finish(data, title_line, subtitle, sections, info, now)


def _human_date(moment: datetime) -> str:
    """The free-form date Hancom writes in content.hpf: "2020년 12월 31일 목요일 오후 1:32:50" (KST)."""
    from conflictdesk.domain.dates import KST

    kst = moment.astimezone(KST)
    half = "오전" if kst.hour < 12 else "오후"
    hour = kst.hour % 12 or 12
    return (f"{kst.year}년 {kst.month}월 {kst.day}일 {_WEEKDAYS[kst.weekday()]}요일 "
            f"{half} {hour}:{kst.minute:02d}:{kst.second:02d}")


def preview_text(title: str, subtitle: str, sections: Sequence[HwpxSection], limit: int = 1024) -> str:
    """The text a file browser shows for the document (Preview/PrvText.txt): title, subtitle, sections."""
    parts = [_one_line(title), *_lines(subtitle)]
    for section in sections:
        parts.append(_one_line(section.heading))
        parts += [line for p in section.paragraphs for line in _lines(p)]
        for table in ((section.table,) if section.table is not None else ()) + section.more:
            for row in ((table.header,) if table.header else ()) + table.rows:
                parts.append(" | ".join(_one_line(c) for c in row if c))
    return "\r\n".join(p for p in parts if p)[:limit]


def _drawable(text: str) -> str:
    """One line of the thumbnail without the symbols the bundled fonts have no glyph for (emoji: a user's project
    name may hold one); the document itself keeps the text whole."""
    return "".join(ch for ch in _one_line(text)
                   if ord(ch) <= 0xFFFF and unicodedata.category(ch) not in ("So", "Cc", "Cf", "Co", "Cn"))


def preview_png(title: str, subtitle: str, sections: Sequence[HwpxSection]) -> bytes:
    """A thumbnail of the first page (Preview/PrvImage.png): title, 결재란 outline, headings and first lines."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    from conflictdesk.reports.charts import render_png
    from conflictdesk.reports.fonts import chart_fonts

    with chart_fonts():
        fig = Figure(figsize=(2.1, 2.97), dpi=100)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, 210)
        ax.set_ylim(297, 0)
        ax.axis("off")
        ax.add_patch(Rectangle((0, 0), 210, 297, facecolor="white", edgecolor="#8a94a6", linewidth=1))
        ax.text(18, 24, _drawable(title)[:26], fontsize=9, fontweight="bold", color="#1f3b73", va="top")
        if subtitle:
            ax.text(18, 36, _drawable(subtitle)[:44], fontsize=4.5, va="top")
        ax.add_patch(Rectangle((140, 12), 52, 20, fill=False, edgecolor="#8a94a6", linewidth=0.5))
        y = 50.0
        for section in sections:
            if y > 280:
                break
            ax.text(18, y, _drawable(section.heading)[:40], fontsize=5, fontweight="bold", color="#1f3b73",
                    va="top")
            y += 8
            rows: list[str] = [_drawable(line) for p in section.paragraphs for line in _lines(p)]
            for table in ((section.table,) if section.table is not None else ()) + section.more:
                rows += ["  ".join(_drawable(c) for c in row if c) for row in table.rows]
            for row in rows[:3]:
                if y > 285:
                    break
                ax.add_patch(Rectangle((18, y - 1.5), 174, 7, fill=False, edgecolor="#c8ced8", linewidth=0.3))
                ax.text(20, y, row[:70], fontsize=3.6, va="top", clip_on=True)
                y += 7
            y += 4
        return render_png(fig, dpi=200)


def _finish(data: bytes, title: str, subtitle: str, sections: Sequence[HwpxSection], info: DocumentInfo,
            now: datetime) -> bytes:
    """Rewrite the package with what python-hwpx does not write: last saved by, the human date, the preview."""
    source = zipfile.ZipFile(io.BytesIO(data))
    author = escape(_one_line(info.author))
    human = escape(_human_date(now))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            payload = source.read(item.filename)
            if item.filename == "Contents/content.hpf":
                text = payload.decode("utf-8")
                text = re.sub(r'(<opf:meta name="lastsaveby" content="text")\s*(/>|>[^<]*</opf:meta>)',
                              lambda m: f"{m.group(1)}>{author}</opf:meta>", text)
                text = re.sub(r'(<opf:meta name="date" content="text")\s*(/>|>[^<]*</opf:meta>)',
                              lambda m: f"{m.group(1)}>{human}</opf:meta>", text)
                payload = text.encode("utf-8")
            elif item.filename == "Preview/PrvText.txt":
                payload = preview_text(title, subtitle, sections).encode("utf-8")
            elif item.filename == "Preview/PrvImage.png":
                payload = preview_png(title, subtitle, sections)
            info_out = zipfile.ZipInfo(item.filename, date_time=item.date_time)
            info_out.compress_type = item.compress_type  # mimetype stays first and stored
            info_out.external_attr = item.external_attr
            target.writestr(info_out, payload)
    return out.getvalue()


def _write(title: str, subtitle: str, sections: Sequence[HwpxSection], info: DocumentInfo, path: Path) -> Path:
    data = _render(title, subtitle, sections, info)
    from conflictdesk.services.files import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, data)


def hwpx_available() -> bool:
    """Whether the optional python-hwpx extra is installed (the GUI offers .hwpx only then), without importing it."""
    from importlib.util import find_spec

    return find_spec("hwpx") is not None
