"""Shared PDF building blocks: escaped paragraphs, tables, approval box, numbered footer, A4 documents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from conflictdesk.reports.fonts import PDF_FONT, PDF_FONT_BOLD, register_pdf_fonts

Out = str | Path | IO[bytes]
NAVY = "#1f3b73"
LABEL_BG = "#eef1f6"
GRID = "#8a94a6"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
TALL_CELL_CHARS = 1200  # a cell this long may need more than a page: its row may be split across pages
LONG_TOKEN = 28  # a "word" longer than this cannot wrap at spaces: let reportlab break inside it


@dataclass(frozen=True)
class TextSpec:
    """One text style of the printed documents; the platypus styles (``styles``) and the card's page flow
    (``reports/flow.py``) are both made from ``TEXT``."""

    bold: bool
    size: float
    leading: float
    colour: str | None = None  # None: black
    centred: bool = False


TEXT: dict[str, TextSpec] = {
    "body": TextSpec(False, 9, 13),
    "label": TextSpec(True, 9, 13),
    "header": TextSpec(True, 9, 13, NAVY, True),
    "center": TextSpec(False, 9, 13, centred=True),
    "compact": TextSpec(False, 8, 10.5, centred=True),
    "compact_header": TextSpec(True, 8, 10.5, NAVY, True),
    "small": TextSpec(False, 8, 11, "#555555"),
    "title": TextSpec(True, 20, 26, NAVY),
    "subtitle": TextSpec(False, 11, 16),
    "heading": TextSpec(True, 11.5, 16, NAVY),
    "footer": TextSpec(False, 7.5, 9, "#555555"),  # the footer line and the running title
    "banner": TextSpec(True, 8, 10, "#b00020"),  # "개인정보 포함 — 취급 주의"
}
HEADING_SPACE = (9.0, 4.0)  # before and after a heading
# A4 in millimetres: side, top and bottom margins; the footer's rule and text, the running title from the top
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 18, 16, 20
FOOTER_RULE, FOOTER_TEXT, RUNNING_TITLE = 14, 9.5, 11
CELL_PADDING = (6.0, 3.0, 4.0)  # a table cell's left/right, top and bottom padding, in points
APPROVAL_MM = (8, 17, 60)  # 결재란: the "결재" column, each role's column, the block the box sits in


def fmt_date(d: date | None) -> str:
    """Korean official date style: 2020. 4. 18."""
    return f"{d.year}. {d.month}. {d.day}." if d else ""


def clean(text: object) -> str:
    """User text as plain text: CR/LF unified, tabs as spaces, other control characters dropped."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", value)


def markup(text: object) -> str:
    """Escape user text for reportlab's paragraph markup (never markup itself); newlines become breaks."""
    return escape(clean(text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: Any
    body_cjk: Any
    compact: Any
    compact_header: Any
    label: Any
    header: Any
    small: Any
    title: Any
    subtitle: Any
    heading: Any
    center: Any


_styles: Styles | None = None


def styles() -> Styles:
    """Paragraph styles in NanumGothic (registered on first use)."""
    global _styles
    if _styles is None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle

        register_pdf_fonts()

        def made(name: str, **extra: Any) -> Any:
            spec = TEXT[name]
            return ParagraphStyle(name, fontName=PDF_FONT_BOLD if spec.bold else PDF_FONT, fontSize=spec.size,
                                  leading=spec.leading, alignment=TA_CENTER if spec.centred else 0,
                                  textColor=colors.HexColor(spec.colour) if spec.colour else colors.black, **extra)

        body = made("body")
        _styles = Styles(
            body=body, body_cjk=ParagraphStyle("body_cjk", parent=body, wordWrap="CJK"), compact=made("compact"),
            compact_header=made("compact_header"), label=made("label"), header=made("header"), small=made("small"),
            title=made("title"), subtitle=made("subtitle"), center=made("center"),
            heading=made("heading", spaceBefore=HEADING_SPACE[0], spaceAfter=HEADING_SPACE[1]),
        )
    return _styles


def para(text: object, style: Any = None) -> Any:
    """A paragraph of user text, escaped; very long unbroken words may break inside (CJK wrapping)."""
    st = styles()
    chosen = style or st.body
    value = clean(text)
    if style is None and any(len(word) > LONG_TOKEN for word in value.split()):
        chosen = st.body_cjk
    return _cell_paragraph(markup(value), chosen)


_plain_paragraph: Any = None
# id(style) → (style, the fragment reportlab's parser makes for it, the names of its list attributes)
_templates: dict[int, tuple[Any, Any, tuple[str, ...]]] = {}


def _cell_paragraph(text: str, style: Any) -> Any:
    """``Paragraph(text, style)`` as reportlab builds it, made cheaper for the many cells of a table.

    Most cells are plain text (no ``<br/>``, no entity): reportlab's markup parser then yields one fragment that
    differs from a one-letter paragraph's only in its text, so that fragment is parsed once per style and copied.
    And a table asks every cell for its size twice with the same width (to measure the rows, then to draw): a
    plain cell keeps its line breaking for that width until it is drawn. tests/test_pdf_speed_paths.py holds both
    equal to reportlab's own paths.
    """
    global _plain_paragraph
    from reportlab.platypus import Paragraph

    frags = _plain_frags(text, style)
    if frags is None:
        return Paragraph(text, style)
    if _plain_paragraph is None:

        class PlainParagraph(Paragraph):  # type: ignore[misc]
            _wrapped: tuple[float, tuple[float, float]] | None = None

            def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
                # A paragraph's line breaking depends on the width only (reportlab ignores availHeight here); a
                # split that found no room drops the breaking (del blPara), and then it is made again.
                done = self._wrapped
                if done is not None and done[0] == availWidth and "blPara" in self.__dict__:
                    return done[1]
                size: tuple[float, float] = super().wrap(availWidth, availHeight)
                self._wrapped = (availWidth, size)
                return size

            def draw(self) -> None:
                self._wrapped = None  # drawn again (a repeated header row): measured again, as reportlab does
                super().draw()

        _plain_paragraph = PlainParagraph
    return _plain_paragraph(frags[0].text, style, frags=frags)


def _plain_frags(text: str, style: Any) -> list[Any] | None:
    """The fragments reportlab's parser makes of ``text`` when it is plain (else None: let the parser do it)."""
    if "<" in text or "&" in text:
        return None
    known = _templates.get(id(style))
    if known is None:
        from reportlab.platypus.paraparser import ParaParser

        _style, parsed, bullet = ParaParser().parse("x", style)
        if _style is not style or bullet or parsed is None or len(parsed) != 1 or style.textTransform:
            return None
        if len(_templates) > 64:  # styles made per call would otherwise pile up
            _templates.clear()
        lists = tuple(k for k, v in parsed[0].__dict__.items() if isinstance(v, list))
        known = _templates[id(style)] = (style, parsed[0], lists)
    cleaned = _clean_block(text)
    if not cleaned:
        return None
    template, lists = known[1], known[2]
    frag = template.__class__.__new__(template.__class__)
    frag.__dict__.update(template.__dict__)
    for name in lists:  # each paragraph gets its own lists, as from the parser
        frag.__dict__[name] = list(template.__dict__[name])
    frag.text = cleaned
    return [frag]


def _clean_block(text: str) -> str:
    """reportlab's ``cleanBlockQuotedText`` (what Paragraph does to its text before parsing): whitespace runs as
    one space. Its whitespace is Python's but for U+200B (counted) and U+00A0 (not): one line without either is
    simply ``" ".join(text.split())``."""
    if "\n" in text or "\u200b" in text or "\xa0" in text:
        from reportlab.platypus.paragraph import cleanBlockQuotedText

        return str(cleanBlockQuotedText(text))
    return " ".join(text.split())


def gap(height: float = 8.0) -> Any:
    """Vertical space between two boxed flowables (a table's border must never touch the next table or chart)."""
    from reportlab.platypus import Spacer

    return Spacer(1, height)


@dataclass(frozen=True)
class Placed:
    """Where a flowable landed: page, kind (class name), top and bottom in points from the page's foot."""

    page: int
    kind: str
    top: float
    bottom: float


def heading(text: str) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup(text), styles().heading)


def _table(data: list[list[Any]], widths: Sequence[float], style: list[tuple[Any, ...]], repeat: int = 0) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    base: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(GRID)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING[1]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING[2]),
        ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),
    ]
    # splitInRow: a cell taller than a page (a 5,000-character field) continues on the next page instead of
    # aborting the whole document with LayoutError. Only then: otherwise an ordinary row at the foot of a page
    # was cut into empty slivers instead of moving to the next page.
    tall = any(len(str(getattr(cell, "text", ""))) > TALL_CELL_CHARS for row in data for cell in row)
    table = Table(data, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT", splitInRow=1 if tall else 0)
    table.setStyle(TableStyle(base + style))
    return table


def kv_table(rows: Sequence[tuple[str, object]], width: float, label_width: float = 85.0,
             pairs: int = 1) -> Any:
    """Label/value rows; ``pairs=2`` puts two label/value pairs on each line."""
    from reportlab.lib import colors

    st = styles()
    value_width = (width - pairs * label_width) / pairs
    data: list[list[Any]] = []
    for start in range(0, len(rows), pairs):
        line: list[Any] = []
        for label, value in rows[start:start + pairs]:
            line += [para(label, st.label), value if not isinstance(value, str) else para(value)]
        while len(line) < 2 * pairs:
            line += ["", ""]
        data.append(line)
    style = [("BACKGROUND", (2 * k, 0), (2 * k, -1), colors.HexColor(LABEL_BG)) for k in range(pairs)]
    return _table(data, [label_width, value_width] * pairs, style)


def grid_table(headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               empty: str = "기록 없음", center: Sequence[int] = (), compact: bool = False) -> Any:
    """A table with a shaded header row repeated on every page; cells are escaped paragraphs.

    ``compact`` = 8 pt, centred, narrow padding: for dense number matrices.
    """
    from reportlab.lib import colors

    st = styles()
    head_style = st.compact_header if compact else st.header
    data: list[list[Any]] = [[para(h, head_style) for h in headers]]
    for row in rows:
        data.append([para(v, st.compact if compact else st.center) if i in center else para(v)
                     for i, v in enumerate(row)])
    style: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(LABEL_BG))]
    if compact:
        style += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    if not rows:
        data.append([para(empty, st.center)] + [""] * (len(headers) - 1))
        style.append(("SPAN", (0, 1), (-1, 1)))
    return _table(data, widths, style, repeat=1)


def approval_box(roles: Sequence[str] = ("담당", "팀장", "과장")) -> Any:
    """결재란: a narrow 결재 column, the roles, and empty signing cells."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    st = styles()
    data = [[para("결\n\n재", st.header)] + [para(r, st.header) for r in roles], [""] * (len(roles) + 1)]
    return _table(data, [APPROVAL_MM[0] * mm] + [APPROVAL_MM[1] * mm] * len(roles),
                  [("SPAN", (0, 0), (0, 1)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(LABEL_BG)),
                   ("BACKGROUND", (0, 0), (0, 1), colors.HexColor(LABEL_BG))], repeat=0)


def title_block(title: str, subtitle: str, approval: bool, width: float) -> Any:
    """The document title (left) and, for cards, the approval box (right)."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = styles()
    left = [Paragraph(markup(title), st.title), Paragraph(markup(subtitle), st.subtitle)]
    if not approval:
        return left
    box = approval_box()
    block = APPROVAL_MM[2] * 2.834645669
    table = Table([[left, box]], colWidths=[width - block, block])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                               ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _with_breaks(story: list[Any]) -> list[Any]:
    """A heading near the bottom of a page moves to the next one (keepWithNext would drag whole tables), and
    two boxed flowables (tables, charts) in a row get a gap: a chart's white ground hid the border of the
    table above it."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Image, Table

    out: list[Any] = []
    for flowable in story:
        if getattr(getattr(flowable, "style", None), "name", "") == "heading":
            out.append(CondPageBreak(35 * mm))
        if out and isinstance(flowable, Table | Image) and isinstance(out[-1], Table | Image):
            out.append(gap())
        out.append(flowable)
    return out


def build_pdf(story: list[Any], out: Out, *, title: str, printed: date | None = None,
              banner: str = "", landscape_pages: bool = False, layout: list[Placed] | None = None) -> int:
    """Build an A4 document; the footer holds the title, the print date and "x / y". Return the page count.

    The data file's name is not printed: these documents leave the office. With ``layout``, the position of
    every flowable is appended to it (the layout tests check that no two overlap).
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import CondPageBreak, Image, PageBreak, SimpleDocTemplate

    register_pdf_fonts()
    day = printed or date.today()
    pages: list[int] = [0]
    footer_left = clean(f"{title}  ·  출력일 {fmt_date(day)}")
    header_text = clean(title)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Defers each page so the footer can say "x / y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            pages[0] = total
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, h = self._pagesize
            side, foot = MARGIN_SIDE * mm, TEXT["footer"]
            self.saveState()
            self.setStrokeColor(colors.HexColor(GRID))
            self.setLineWidth(0.5)
            self.line(side, FOOTER_RULE * mm, w - side, FOOTER_RULE * mm)
            self.setFont(PDF_FONT, foot.size)
            self.setFillColor(colors.HexColor(foot.colour or "#000000"))
            self.drawString(side, FOOTER_TEXT * mm, footer_left[:120])
            self.drawRightString(w - side, FOOTER_TEXT * mm, f"{self._pageNumber} / {total}")
            if self._pageNumber > 1:
                self.drawString(side, h - RUNNING_TITLE * mm, header_text[:90])
            if banner:
                mark = TEXT["banner"]
                self.setFont(PDF_FONT_BOLD, mark.size)
                self.setFillColor(colors.HexColor(mark.colour or "#000000"))
                self.drawRightString(w - side, h - RUNNING_TITLE * mm, banner)
            self.restoreState()

    class Document(SimpleDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            if layout is None or self.frame is None or isinstance(flowable, CondPageBreak | PageBreak):
                return
            bottom = float(self.frame._y) + float(getattr(flowable, "getSpaceAfter", lambda: 0)())
            height = float(getattr(flowable, "height", 0) or getattr(flowable, "_height", 0) or 0)
            if isinstance(flowable, Image):
                height = float(flowable.drawHeight)
            layout.append(Placed(self.canv.getPageNumber(), type(flowable).__name__, bottom + height, bottom))

    size = landscape(A4) if landscape_pages else A4
    doc = Document(
        str(out) if isinstance(out, Path) else out, pagesize=size, leftMargin=MARGIN_SIDE * mm, rightMargin=MARGIN_SIDE * mm, topMargin=MARGIN_TOP * mm, bottomMargin=MARGIN_BOTTOM * mm,
        title=header_text, author="갈등관리 데스크 (ConflictDesk)", subject=header_text, creator="ConflictDesk",
        initialFontName=PDF_FONT, initialFontSize=9,
    )
    doc.build(_with_breaks(story), canvasmaker=NumberedCanvas)
    return pages[0]


def content_width(landscape_pages: bool = False) -> float:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm

    size = landscape(A4) if landscape_pages else A4
    return float(size[0] - 2 * MARGIN_SIDE * mm)
