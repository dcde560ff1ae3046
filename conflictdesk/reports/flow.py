"""A lean page flow for documents printed in bulk (the conflict card), drawn straight into ``pdf_writer``.

reportlab's platypus spends most of a card's time on generality the card does not use (markup parsing, a
canvas state per table cell, every cell measured twice). This module lays out the four things a card is made
of — headings, label/value tables, grid tables with a repeated header row, and the title block with its
결재란 — with the same geometry as the platypus documents (``pdf_common``: A4, the same margins and frame
padding, 9 pt NanumGothic on a 13 pt leading, 3/4 pt cell padding, a 0.5 pt grid) and draws them with a few
operators each. Text is wrapped here: at spaces, a word wider than its cell is broken between letters, and a
cell holding a "word" longer than ``LONG_TOKEN`` letters (a pasted URL, a run of Hangul) breaks anywhere. The
rules are in docs/architecture.md ("카드 PDF").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from conflictdesk.reports import pdf_writer
from conflictdesk.reports.pdf_common import (
    APPROVAL_MM,
    CELL_PADDING,
    FOOTER_RULE,
    FOOTER_TEXT,
    GRID,
    HEADING_SPACE,
    LABEL_BG,
    LONG_TOKEN,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    RUNNING_TITLE,
    TEXT,
    Placed,
    clean,
)
from conflictdesk.resources import FONT_BOLD, FONT_REGULAR, resource_path

RGB = tuple[float, float, float]
MM = 72 / 25.4
PAGE_W, PAGE_H = pdf_writer.A4
FRAME_PADDING = 6.0  # platypus's frame pads its margins by 6 pt on every side
LEFT = MARGIN_SIDE * MM + FRAME_PADDING
TOP = PAGE_H - MARGIN_TOP * MM - FRAME_PADDING
BOTTOM = MARGIN_BOTTOM * MM + FRAME_PADDING
FRAME_WIDTH = PAGE_W - 2 * (MARGIN_SIDE * MM + FRAME_PADDING)  # headings wrap here; tables span the text block
FRAME_HEIGHT = TOP - BOTTOM
PAD_X, PAD_TOP, PAD_BOTTOM = CELL_PADDING
LINE_ROOM = 16.0  # the tallest leading in a table cell: a row is split only where two lines still fit
EMPTY_CELL = 12.0  # a cell without a paragraph is one 10 pt line high (reportlab's default table font)


def rgb(hex_colour: str) -> RGB:
    value = int(hex_colour.lstrip("#"), 16)
    return ((value >> 16) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255)


BLACK: RGB = (0.0, 0.0, 0.0)
LABEL_RGB, GRID_RGB = rgb(LABEL_BG), rgb(GRID)


@dataclass(frozen=True)
class Style:
    face: pdf_writer.Face
    size: float
    leading: float
    color: RGB = BLACK
    center: bool = False

    @property
    def ascent(self) -> float:
        return self.face.ascent * self.size / 1000


@dataclass(frozen=True)
class Styles:
    body: Style
    label: Style
    header: Style
    center: Style
    title: Style
    subtitle: Style
    heading: Style
    footer: Style
    banner: Style


_styles: Styles | None = None


def styles() -> Styles:
    """The card's text styles: ``pdf_common.TEXT``, as the platypus documents have them."""
    global _styles
    if _styles is None:
        regular = pdf_writer.face(resource_path(*FONT_REGULAR))
        bold = pdf_writer.face(resource_path(*FONT_BOLD))

        def made(name: str) -> Style:
            spec = TEXT[name]
            return Style(bold if spec.bold else regular, spec.size, spec.leading,
                         rgb(spec.colour) if spec.colour else BLACK, spec.centred)

        _styles = Styles(**{name: made(name) for name in Styles.__dataclass_fields__})
    return _styles


# --- text -----------------------------------------------------------------------------------------------
Line = tuple[str, float]  # the text of one line and its width in points


def wrap(text: str, style: Style, width: float) -> list[Line]:
    """``text`` broken into lines of at most ``width`` points (one line per ``\\n`` at least).

    Runs of spaces count as one space, as in a paragraph. A cell with a word longer than ``LONG_TOKEN`` letters
    breaks anywhere (CJK wrapping); otherwise lines break at spaces, and only a word wider than the whole line
    is broken between its letters.
    """
    widths = style.face.widths
    missing = style.face.missing_width
    scale = style.size / 1000
    limit = width / scale + 1e-6  # compare in font units
    space = widths.get(" ", missing)
    paragraphs = [" ".join(part.split()) for part in text.split("\n")]
    anywhere = any(len(word) > LONG_TOKEN for part in paragraphs for word in part.split(" "))
    lines: list[Line] = []
    for part in paragraphs:
        if not part:
            lines.append(("", 0.0))
            continue
        if anywhere:
            _wrap_letters(part, widths, missing, limit, scale, lines)
            continue
        current: list[str] = []
        used = 0.0
        for word in part.split(" "):
            w = sum([widths.get(ch, missing) for ch in word])
            if current and used + space + w <= limit:
                current.append(word)
                used += space + w
                continue
            if current:
                lines.append((" ".join(current), used * scale))
            if w <= limit:
                current, used = [word], w
            else:  # a word wider than the line: broken between its letters
                _wrap_letters(word, widths, missing, limit, scale, lines)
                last, last_w = lines.pop()
                current, used = [last], last_w / scale
        if current:
            lines.append((" ".join(current), used * scale))
    return lines


def _wrap_letters(text: str, widths: dict[str, float], missing: float, limit: float, scale: float,
                  lines: list[Line]) -> None:
    start, used = 0, 0.0
    for i, ch in enumerate(text):
        w = widths.get(ch, missing)
        if used + w > limit and i > start:
            lines.append(_stripped(text[start:i], widths, missing, used, scale))
            start, used = i, 0.0
            if ch == " ":  # a line never starts with the space it broke at
                start = i + 1
                continue
        used += w
    lines.append(_stripped(text[start:], widths, missing, used, scale))


def _stripped(text: str, widths: dict[str, float], missing: float, used: float, scale: float) -> Line:
    if text.endswith(" "):
        trimmed = text.rstrip(" ")
        used -= (len(text) - len(trimmed)) * widths.get(" ", missing)
        text = trimmed
    return text, used * scale


class Text:
    """A wrapped paragraph in a cell (or a heading): its lines, style and height."""

    __slots__ = ("lines", "style", "height")

    def __init__(self, text: object, style: Style, width: float) -> None:
        self.style = style
        self.lines = wrap(clean(text), style, width)
        self.height = len(self.lines) * style.leading

    def draw(self, page: pdf_writer.Page, x: float, top: float, width: float) -> None:
        style = self.style
        y = top - style.ascent
        for text, w in self.lines:
            if text:
                page.text(x + (width - w) / 2 if style.center else x, y, style.face, style.size, text, style.color)
            y -= style.leading

    def split(self, room: float) -> tuple[Text, Text]:
        """The lines that fit in ``room`` points, and the rest."""
        keep = max(1, int((room + 1e-6) // self.style.leading))
        first, rest = Text.__new__(Text), Text.__new__(Text)
        for part, lines in ((first, self.lines[:keep]), (rest, self.lines[keep:])):
            part.style, part.lines, part.height = self.style, lines, len(lines) * self.style.leading
        return first, rest


# --- tables ----------------------------------------------------------------------------------------------
Content = Text | None  # None: an empty cell, or one covered by a span


@dataclass
class Row:
    cells: list[Content]
    height: float


class Table:
    """A grid of wrapped cells: backgrounds, a 0.5 pt grid, each cell's text vertically centred.

    ``spans`` are (first column, first row, last column, last row); the first cell of a span holds its text.
    ``header`` rows are repeated at the top of every page the table continues on.
    """

    kind = "Table"

    def __init__(self, rows: list[list[Content]], widths: Sequence[float], *, header: int = 0,
                 shade: Iterable[tuple[int, int, int, int]] = (), spans: Sequence[tuple[int, int, int, int]] = ()
                 ) -> None:
        self.widths = list(widths)
        self.width = sum(self.widths)
        self.header = header
        self.shade = list(shade)
        self.spans = list(spans)
        #: covered cell → the first cell of its span (no text of its own, no grid line inside the span)
        self.owner = {(c, r): (c0, r0) for c0, r0, c1, r1 in spans for c in range(c0, c1 + 1)
                      for r in range(r0, r1 + 1) if (c, r) != (c0, r0)}
        self.span_at = {(c0, r0): (c1, r1) for c0, r0, c1, r1 in spans}
        self.rows: list[Row] = []
        for r, cells in enumerate(rows):
            height = 0.0
            for c, cell in enumerate(cells):
                if (c, r) in self.owner or (c, r) in self.span_at:
                    continue  # a span's height is shared out below
                height = max(height, _content_height(cell))
            self.rows.append(Row(cells, height + PAD_TOP + PAD_BOTTOM))
        for c0, r0, _c1, r1 in spans:  # a span taller than its rows: the extra is shared by them
            need = _content_height(rows[r0][c0]) + PAD_TOP + PAD_BOTTOM
            have = sum(row.height for row in self.rows[r0:r1 + 1])
            if need > have:
                extra = (need - have) / (r1 - r0 + 1)
                for row in self.rows[r0:r1 + 1]:
                    row.height += extra

    @property
    def height(self) -> float:
        return sum(row.height for row in self.rows)

    def cell_x(self) -> list[float]:
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        return xs

    def draw(self, page: pdf_writer.Page, x: float, top: float, rows: Sequence[int],
             heights: dict[int, float] | None = None, contents: dict[int, list[Content]] | None = None) -> float:
        """Draw ``rows`` (indices) from ``top`` down; ``heights``/``contents`` replace a split row's. Return the
        height drawn."""
        xs = [x + v for v in self.cell_x()]
        tops: dict[int, float] = {}
        y = top
        for r in rows:
            tops[r] = y
            y -= heights[r] if heights and r in heights else self.rows[r].height
        bottom = y

        def row_h(r: int) -> float:
            return heights[r] if heights and r in heights else self.rows[r].height

        def extent(c: int, r: int) -> tuple[float, float, float, float]:
            c1, r1 = self.span_at.get((c, r), (c, r))
            below = [k for k in rows if r <= k <= r1]
            low = tops[below[-1]] - row_h(below[-1])
            return xs[c], xs[c1 + 1], tops[r], low

        for c0, r0, c1, r1 in self.shade:
            for r in rows:
                if r0 <= r <= (r1 if r1 >= 0 else len(self.rows) - 1):
                    last = c1 if c1 >= 0 else len(self.widths) - 1
                    page.rect(xs[c0], tops[r] - row_h(r), xs[last + 1] - xs[c0], row_h(r), fill=LABEL_RGB)
        for r in rows:
            cells = contents[r] if contents and r in contents else self.rows[r].cells
            for c, cell in enumerate(cells):
                if cell is None or (c, r) in self.owner:
                    continue
                left, right, high, low = extent(c, r)
                room = high - low - PAD_TOP - PAD_BOTTOM
                y_top = high - PAD_TOP - max(0.0, room - cell.height) / 2
                cell.draw(page, left + PAD_X, y_top, right - left - 2 * PAD_X)
        self._draw_grid(page, xs, [(r, tops[r], tops[r] - row_h(r)) for r in rows])
        return top - bottom

    def _draw_grid(self, page: pdf_writer.Page, xs: list[float], rows: list[tuple[int, float, float]]) -> None:
        """The grid as few lines as possible: each row's top edge and each column edge, except inside spans."""
        owner = self.owner
        for r, high, _low in rows:
            for a, b in _segments([(xs[c], xs[c + 1]) for c in range(len(self.widths))
                                   if owner.get((c, r), (c, r))[1] == r]):
                page.line(a, high, b, high, color=GRID_RGB)
        page.line(xs[0], rows[-1][2], xs[-1], rows[-1][2], color=GRID_RGB)
        for c, x in enumerate(xs):
            spans = [(low, high) for r, high, low in rows
                     if c in (0, len(self.widths)) or owner.get((c, r), (c, r))[0] == c]
            for low, high in _segments_down(spans):
                page.line(x, high, x, low, color=GRID_RGB)


def _segments_down(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """(low, high) intervals from the top down, touching ones merged."""
    out: list[tuple[float, float]] = []
    for low, high in spans:
        if out and abs(out[-1][0] - high) < 1e-6:
            out[-1] = (low, out[-1][1])
        else:
            out.append((low, high))
    return out


def _segments(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Touching intervals merged into one (one line instead of several)."""
    out: list[tuple[float, float]] = []
    for a, b in points:
        if out and abs(out[-1][1] - a) < 1e-6:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _content_height(cell: Content) -> float:
    return EMPTY_CELL if cell is None else cell.height


# --- blocks and the page flow ------------------------------------------------------------------------------
class Heading:
    kind = "Paragraph"
    space_before, space_after = HEADING_SPACE

    def __init__(self, text: str) -> None:
        self.text = Text(text, styles().heading, FRAME_WIDTH)

    @property
    def height(self) -> float:
        return self.space_before + self.text.height + self.space_after


class Gap:
    kind = "Spacer"

    def __init__(self, height: float = 8.0) -> None:
        self.height = height


class Keep:
    """Blocks kept on one page when they fit on one (the closing sections of a card)."""

    kind = "Keep"

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    @property
    def height(self) -> float:
        return sum(b.height for b in self.blocks)


class TitleBlock:
    """The document title and subtitle (left) and the 결재란 (right), as on every platypus card."""

    kind = "Table"
    APPROVAL = APPROVAL_MM[2] * MM

    def __init__(self, title: str, subtitle: str, width: float, roles: Sequence[str] = ("담당", "팀장", "과장")) -> None:
        st = styles()
        left = width - self.APPROVAL
        self.width = width
        self.texts = [Text(title, st.title, left), Text(subtitle, st.subtitle, left)]
        widths = [APPROVAL_MM[0] * MM] + [APPROVAL_MM[1] * MM] * len(roles)
        head: list[Content] = [Text("결\n\n재", st.header, widths[0] - 2 * PAD_X)]
        head += [Text(role, st.header, w - 2 * PAD_X) for role, w in zip(roles, widths[1:], strict=True)]
        self.box = Table([head, [None] * len(widths)], widths, spans=[(0, 0, 0, 1)],
                         shade=[(0, 0, -1, 0), (0, 0, 0, 1)])
        self.height = max(sum(t.height for t in self.texts), self.box.height) + 2 * PAD_TOP

    def draw(self, page: pdf_writer.Page, x: float, top: float) -> None:
        y = top - PAD_TOP
        for t in self.texts:
            t.draw(page, x, y, self.width - self.APPROVAL)
            y -= t.height
        self.box.draw(page, x + self.width - self.box.width, top - PAD_TOP, range(len(self.box.rows)))


Block = Heading | Gap | Table | Keep | TitleBlock
CONDITIONAL_BREAK = 35 * MM  # a heading with less than this below it starts the next page


class Flow:
    """Places blocks on A4 pages top-down, breaking pages between table rows (the header row repeated)."""

    def __init__(self, document: pdf_writer.Document, layout: list[Placed] | None = None) -> None:
        self.document = document
        self.layout = layout
        self.page: pdf_writer.Page | None = None
        self.y = TOP
        self.at_top = True

    def _page(self) -> pdf_writer.Page:
        if self.page is None:
            self.new_page()
        assert self.page is not None
        return self.page

    def new_page(self) -> None:
        self.page = self.document.page()
        self.y = TOP
        self.at_top = True

    @property
    def room(self) -> float:
        return self.y - BOTTOM

    def _placed(self, kind: str, top: float, bottom: float) -> None:
        if self.layout is not None:
            self.layout.append(Placed(len(self.document.pages), kind, top, bottom))

    def add(self, blocks: Iterable[Block], top_level: bool = True) -> None:
        for block in blocks:
            if isinstance(block, Heading):
                if top_level and self.page is not None and self.room < CONDITIONAL_BREAK:
                    self.new_page()
                self.heading(block)
            elif isinstance(block, Gap):
                self._page()
                if self.room < block.height:
                    self.new_page()
                    continue
                self._placed(block.kind, self.y, self.y - block.height)
                self.y -= block.height
                self.at_top = False
            elif isinstance(block, TitleBlock):
                page = self._page()
                block.draw(page, LEFT, self.y)
                self._placed(block.kind, self.y, self.y - block.height)
                self.y -= block.height
                self.at_top = False
            elif isinstance(block, Keep):
                self._page()
                if block.height > self.room and block.height <= FRAME_HEIGHT and not self.at_top:
                    self.new_page()
                self.add(block.blocks, top_level=False)
            else:
                self.table(block)

    def heading(self, block: Heading) -> None:
        self._page()
        before = 0.0 if self.at_top else block.space_before
        if before + block.text.height > self.room and not self.at_top:
            self.new_page()
            before = 0.0
        assert self.page is not None
        top = self.y - before
        block.text.draw(self.page, LEFT, top, FRAME_WIDTH)
        self._placed(block.kind, top, top - block.text.height)
        self.y = top - block.text.height - block.space_after
        self.at_top = False

    def table(self, table: Table) -> None:
        self._page()
        head = list(range(table.header))
        head_h = sum(table.rows[r].height for r in head)
        body = list(range(table.header, len(table.rows)))
        if not body:
            body, head, head_h = head, [], 0.0
        # the header and the first row must fit, or the table starts on the next page
        first = table.rows[body[0]].height if body else 0.0
        if head_h + first > self.room and not self.at_top and head_h + first <= FRAME_HEIGHT:
            self.new_page()
        pending = list(body)
        split: dict[int, list[Content]] = {}
        split_h: dict[int, float] = {}
        while pending:
            assert self.page is not None
            room = self.room - head_h
            chosen: list[int] = []
            used = 0.0
            for r in pending:
                h = split_h.get(r, table.rows[r].height)
                if used + h > room + 1e-6:
                    break
                chosen.append(r)
                used += h
            if not chosen:
                r = pending[0]
                whole_page = split_h.get(r, table.rows[r].height) <= FRAME_HEIGHT - head_h
                if not self.at_top and (whole_page or room < PAD_TOP + PAD_BOTTOM + 2 * LINE_ROOM):
                    self.new_page()
                    continue
                # a row taller than the page (or than what is left of it): its cells continue on the next page
                here, rest = _split_row(table, r, split.get(r), room)
                top = self.y
                drawn = table.draw(self.page, LEFT, top, head + [r], heights={r: room},
                                   contents={r: here})
                self._placed(table.kind, top, top - drawn)
                split[r], split_h[r] = rest, _row_height(table, rest)
                self.new_page()
                continue
            top = self.y
            drawn = table.draw(self.page, LEFT, top, head + chosen, heights=split_h, contents=split)
            self._placed(table.kind, top, top - drawn)
            self.y -= drawn
            self.at_top = False
            pending = pending[len(chosen):]
            if pending:
                self.new_page()


def para(text: object, style: Style | None = None, *, width: float) -> Text:
    return Text(text, style or styles().body, width - 2 * PAD_X)


def kv_table(rows: Sequence[tuple[str, str]], width: float, label_width: float = 85.0, pairs: int = 1) -> Table:
    """Label/value rows (``pdf_common.kv_table``); ``pairs=2`` puts two pairs on each line."""
    st = styles()
    value_width = (width - pairs * label_width) / pairs
    data: list[list[Content]] = []
    for start in range(0, len(rows), pairs):
        line: list[Content] = []
        for label, value in rows[start:start + pairs]:
            line += [para(label, st.label, width=label_width), para(value, width=value_width)]
        while len(line) < 2 * pairs:
            line += [None, None]
        data.append(line)
    return Table(data, [label_width, value_width] * pairs, shade=[(2 * k, 0, 2 * k, -1) for k in range(pairs)])


def grid_table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               empty: str = "기록 없음", center: Sequence[int] = ()) -> Table:
    """A table with a shaded header row repeated on every page (``pdf_common.grid_table``)."""
    st = styles()
    data: list[list[Content]] = [[para(h, st.header, width=w) for h, w in zip(headers, widths, strict=True)]]
    for row in rows:
        data.append([para(v, st.center if i in center else st.body, width=widths[i]) for i, v in enumerate(row)])
    spans: list[tuple[int, int, int, int]] = []
    if not rows:
        data.append([para(empty, st.center, width=sum(widths))] + [None] * (len(headers) - 1))
        spans.append((0, 1, len(headers) - 1, 1))
    return Table(data, widths, header=1, shade=[(0, 0, -1, 0)], spans=spans)


def _row_height(table: Table, cells: list[Content]) -> float:
    return max((_content_height(c) for c in cells if c is not None), default=0.0) + PAD_TOP + PAD_BOTTOM


def _split_row(table: Table, r: int, cells: list[Content] | None, room: float) -> tuple[list[Content],
                                                                                      list[Content]]:
    """The part of row ``r`` that fits in ``room`` points, and the part for the next page."""
    here: list[Content] = []
    rest: list[Content] = []
    inner = room - PAD_TOP - PAD_BOTTOM
    for cell in cells if cells is not None else table.rows[r].cells:
        if isinstance(cell, Text) and cell.height > inner:
            first, second = cell.split(inner)
            here.append(first)
            rest.append(second)
        else:
            here.append(cell)
            rest.append(None)  # drawn whole before the split: empty on the following page
    return here, rest


# --- the document ------------------------------------------------------------------------------------------
def document(title: str) -> pdf_writer.Document:
    """An empty A4 document with the metadata every ConflictDesk PDF carries."""
    # zlib level 1: half the time of the default level for ~7 % more bytes (a card: 89 against 83 KB)
    return pdf_writer.Document(title=clean(title), author="갈등관리 데스크 (ConflictDesk)", subject=clean(title),
                               creator="ConflictDesk", compress_level=1)


def decorate(document: pdf_writer.Document, *, title: str, footer: str, banner: str, first: int = 0) -> None:
    """The footer line, "footer · x / y", the title on every page after the first, the banner on every page."""
    st = styles()
    pages = document.pages[first:]
    total = len(pages)
    footer_text = footer[:120]
    header_text = clean(title)[:90]
    side, right = MARGIN_SIDE * MM, PAGE_W - MARGIN_SIDE * MM
    for n, page in enumerate(pages, 1):
        page.line(side, FOOTER_RULE * MM, right, FOOTER_RULE * MM, color=GRID_RGB)
        f = st.footer
        page.text(side, FOOTER_TEXT * MM, f.face, f.size, footer_text, f.color)
        number = f"{n} / {total}"
        page.text(right - f.face.width(number, f.size), FOOTER_TEXT * MM, f.face, f.size, number, f.color)
        if n > 1:
            page.text(side, PAGE_H - RUNNING_TITLE * MM, f.face, f.size, header_text, f.color)
        if banner:
            b = st.banner
            page.text(right - b.face.width(banner, b.size), PAGE_H - RUNNING_TITLE * MM, b.face, b.size, banner,
                      b.color)
