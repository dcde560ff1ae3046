"""A lean PDF writer for the report layouts: pages of text runs, rectangles and lines in subset-embedded TrueType."""

from __future__ import annotations

import hashlib
import zlib
from datetime import datetime
from pathlib import Path
from typing import IO

from conflictdesk.reports.pdf_font import Face, face

__all__ = ["A4", "RGB", "Document", "Face", "Page", "face"]

RGB = tuple[float, float, float]
A4 = (595.2755905511812, 841.8897637795277)
_BLACK: RGB = (0, 0, 0)
_PRODUCER = "ConflictDesk"
_TO_UNICODE_HEAD = (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_TO_UNICODE_TAIL = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


def _num(value: float) -> str:
    """A PDF number: at most 3 decimals, no trailing zeros; NaN and huge values are refused."""
    if not -1e7 < value < 1e7:
        raise ValueError(f"not a drawable coordinate: {value!r}")
    text = f"{value:.3f}"
    if text[-1] == "0":
        text = text.rstrip("0").rstrip(".")
        if text == "-0":
            return "0"
    return text


_colours: dict[tuple[float, ...], str] = {}


def _colour(rgb: RGB) -> str:
    found = _colours.get(rgb)
    if found is None:
        if len(rgb) != 3 or not all(0 <= c <= 1 for c in rgb):
            raise ValueError(f"not an RGB colour in 0..1: {rgb!r}")
        found = " ".join(_num(c) for c in rgb)
        if len(_colours) < 4096:
            _colours[tuple(rgb)] = found
    return found


def _text_string(text: str) -> str:
    """A PDF text string: a literal for printable ASCII, else UTF-16BE with a byte order mark (hex)."""
    if text.isascii() and text.isprintable():
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


class _FontUse:
    """One face as used by one document: the glyphs drawn so far, renumbered compactly in first-use order."""

    __slots__ = ("codes", "face", "gids", "new_of", "resource", "unicode", "widths")

    def __init__(self, face: Face, resource: str) -> None:
        self.face = face
        self.resource = resource
        self.codes: dict[str, str] = {}  # char -> 4 hex digits of its glyph in the subset
        self.gids = [0]  # subset glyph -> source glyph
        self.new_of = {0: 0}  # source glyph -> subset glyph
        self.unicode: dict[int, str] = {}  # subset glyph -> its ToUnicode line, for the char first drawn with it
        self.widths = [face.width_text(0)]  # subset glyph -> its advance as /W text

    def encode(self, text: str) -> str:
        codes = self.codes
        out = []
        for char in text:
            code = codes.get(char)
            if code is None:
                code = codes[char] = self._add(char)
            out.append(code)
        return "".join(out)

    def _add(self, char: str) -> str:
        old = self.face.gids.get(char, 0)
        if not old:
            return "0000"
        new = self._glyph(old)
        if new not in self.unicode:
            self.unicode[new] = f"<{new:04X}> <{_utf16(char)}>"
        return f"{new:04X}"

    def _glyph(self, old: int) -> int:
        new = self.new_of.get(old)
        if new is None:
            new = len(self.gids)
            if new > 0xFFFF:  # codes are 4 hex digits; no TrueType font has more glyphs anyway
                raise ValueError("more than 65,535 glyphs of one face in one document")
            self.new_of[old] = new
            self.gids.append(old)
            self.widths.append(self.face.width_text(old))
            for component in self.face.components(old):
                self._glyph(component)
        return new


class Page:
    """One page's content stream; coordinates are points from the bottom-left corner."""

    __slots__ = ("_doc", "_fill", "_font", "_ops", "_size", "_stroke", "_uses", "_width", "height", "width")

    def __init__(self, doc: Document, width: float, height: float) -> None:
        self.width, self.height = width, height
        self._doc = doc
        self._uses = doc._uses
        self._ops: list[str] = []
        self._font: _FontUse | None = None
        self._size = 0.0
        self._fill: RGB = _BLACK
        self._stroke: RGB = _BLACK
        self._width = 1.0

    def text(self, x: float, y: float, face: Face, size: float, text: str, color: RGB = _BLACK) -> None:
        """One line of ``text`` with its baseline at ``y``, starting at ``x`` (the caller wraps and aligns)."""
        if not text:
            return
        use = self._uses.get(face)
        if use is None:
            use = self._doc._use(face)
        try:
            codes = "".join(map(use.codes.__getitem__, text))
        except KeyError:
            codes = use.encode(text)
        ops = self._ops
        if color != self._fill:
            ops.append(_colour(color) + " rg\n")
            self._fill = color
        if use is self._font and size == self._size:
            ops.append(f"BT {_num(x)} {_num(y)} Td <{codes}> Tj ET\n")
        else:
            ops.append(f"BT /{use.resource} {_num(size)} Tf {_num(x)} {_num(y)} Td <{codes}> Tj ET\n")
            self._font, self._size = use, size

    def rect(self, x: float, y: float, w: float, h: float, *, fill: RGB | None = None,
             stroke: RGB | None = None, line_width: float = 0.5) -> None:
        """A rectangle from (x, y) of w by h points, filled and/or stroked (neither: nothing is drawn)."""
        if fill is None and stroke is None:
            return
        ops = self._ops
        if fill is not None and fill != self._fill:
            ops.append(_colour(fill) + " rg\n")
            self._fill = fill
        if stroke is not None:
            self._set_stroke(stroke, line_width)
        paint = "f" if stroke is None else "S" if fill is None else "B"
        ops.append(f"{_num(x)} {_num(y)} {_num(w)} {_num(h)} re {paint}\n")

    def line(self, x1: float, y1: float, x2: float, y2: float, *, color: RGB = _BLACK, width: float = 0.5) -> None:
        """A straight line from (x1, y1) to (x2, y2)."""
        self._set_stroke(color, width)
        self._ops.append(f"{_num(x1)} {_num(y1)} m {_num(x2)} {_num(y2)} l S\n")

    def _set_stroke(self, color: RGB, width: float) -> None:
        if color != self._stroke:
            self._ops.append(_colour(color) + " RG\n")
            self._stroke = color
        if width != self._width:
            self._ops.append(_num(width) + " w\n")
            self._width = width

    def _content(self) -> bytes:
        return "".join(self._ops).encode("ascii")


class Document:
    """Pages, bookmarks and metadata, written as one PDF 1.4 file with each used face embedded as a subset.

    ``compress_level`` is zlib's (0 writes plain streams); 1 writes a card in about half the time of 6 for ~10 %
    more bytes. ``created`` adds /CreationDate and /ModDate (none by default, so equal input gives equal bytes).
    ``hinting=False`` drops the glyphs' TrueType instructions and cvt/fpgm/prep: the font program shrinks by about
    half and a card writes 0.8–1.6 ms faster, and anti-aliased viewers (poppler, pdf.js) draw the same
    pixels, but a renderer that hints without anti-aliasing (Ghostscript at 72 dpi) then draws small Hangul badly.
    """

    def __init__(self, *, title: str = "", author: str = "", subject: str = "", creator: str = "",
                 compress_level: int = 6, created: datetime | None = None, hinting: bool = True) -> None:
        if not 0 <= compress_level <= 9:
            raise ValueError(f"compress_level must be 0..9, not {compress_level}")
        self.pages: list[Page] = []
        self._info = {"Title": title, "Author": author, "Subject": subject, "Creator": creator,
                      "Producer": _PRODUCER}
        self._level = compress_level
        self._created = created
        self._hinting = hinting
        self._uses: dict[Face, _FontUse] = {}
        self._bookmarks: list[tuple[str, int]] = []

    def page(self, width: float = A4[0], height: float = A4[1]) -> Page:
        """A new page, appended to the document."""
        new = Page(self, width, height)
        self.pages.append(new)
        return new

    def bookmark(self, title: str, page: int) -> None:
        """A top-level outline item opening page ``page`` (0-based; checked when the file is written)."""
        self._bookmarks.append((title, page))

    def _use(self, face: Face) -> _FontUse:
        use = self._uses.get(face)
        if use is None:
            use = self._uses[face] = _FontUse(face, f"F{len(self._uses) + 1}")
        return use

    def _stream(self, data: bytes, extra: str = "") -> bytes:
        if self._level:
            data = zlib.compress(data, self._level)
            extra += " /Filter /FlateDecode"
        return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra.encode("ascii"), data)

    def write(self, out: str | Path | IO[bytes]) -> int:
        """Write the PDF to a path or a binary file; return the number of pages."""
        if not self.pages:
            raise ValueError("a PDF needs at least one page")
        for title, index in self._bookmarks:
            if not 0 <= index < len(self.pages):
                raise ValueError(f"bookmark {title!r} points to page {index}, not one of the {len(self.pages)}")
        objects: list[bytes] = []  # object n is objects[n - 1]

        def reserve() -> int:
            objects.append(b"")
            return len(objects)

        catalog, pages, info, resources = reserve(), reserve(), reserve(), reserve()
        page_ids = []
        for page in self.pages:
            page_id, content = reserve(), reserve()
            page_ids.append(page_id)
            objects[page_id - 1] = (
                f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {_num(page.width)} {_num(page.height)}] "
                f"/Resources {resources} 0 R /Contents {content} 0 R >>").encode("ascii")
            objects[content - 1] = self._stream(page._content())
        kids = " ".join(f"{n} 0 R" for n in page_ids)
        objects[pages - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode("ascii")
        fonts = []
        for use in self._uses.values():
            fonts.append(f"/{use.resource} {self._font(use, objects)} 0 R")
        objects[resources - 1] = f"<< /Font << {' '.join(fonts)} >> >>".encode("ascii")
        root = f"<< /Type /Catalog /Pages {pages} 0 R"
        if self._bookmarks:
            root += f" /Outlines {self._outline(objects, page_ids)} 0 R /PageMode /UseOutlines"
        objects[catalog - 1] = (root + " >>").encode("ascii")
        entries = [f"/{key} {_text_string(value)}" for key, value in self._info.items() if value]
        if self._created is not None:
            entries.append(f"/CreationDate {_text_string(_pdf_date(self._created))}")
            entries.append(f"/ModDate {_text_string(_pdf_date(self._created))}")
        objects[info - 1] = ("<< " + " ".join(entries) + " >>").encode("ascii")

        chunks = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
        offsets = []
        position = len(chunks[0])
        for number, body in enumerate(objects, 1):
            chunk = b"%d 0 obj\n%s\nendobj\n" % (number, body)
            offsets.append(position)
            position += len(chunk)
            chunks.append(chunk)
        digest = hashlib.sha1(b"".join(chunks), usedforsecurity=False).hexdigest()[:32].upper()
        xref = [f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"]
        xref.extend(f"{offset:010d} 00000 n \n" for offset in offsets)
        xref.append(f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R "
                    f"/ID [<{digest}> <{digest}>] >>\nstartxref\n{position}\n%%EOF\n")
        chunks.append("".join(xref).encode("ascii"))
        data = b"".join(chunks)
        if isinstance(out, (str, Path)):
            Path(out).write_bytes(data)
        else:
            out.write(data)
        return len(self.pages)

    def _font(self, use: _FontUse, objects: list[bytes]) -> int:
        """Append the five objects of one embedded face; return the Type0 font's number."""
        face = use.face
        first = len(objects) + 1
        type0, cid, descriptor, program, to_unicode = range(first, first + 5)
        tag = hashlib.md5(face.name.encode() + repr(use.gids).encode() + bytes([self._hinting]),
                          usedforsecurity=False).digest()
        name = "".join(chr(65 + b % 26) for b in tag[:6]) + "+" + face.name
        widths = " ".join(use.widths)
        x0, y0, x1, y1 = (_num(v) for v in face.bbox)
        flags = 4 | (1 if face.fixed_pitch else 0)
        font_file = face.font_file(use.gids, hinting=self._hinting)
        mapping = list(use.unicode.values())
        cmap = [_TO_UNICODE_HEAD]
        for start in range(0, len(mapping), 100):
            block = mapping[start : start + 100]
            cmap.append(f"{len(block)} beginbfchar\n" + "\n".join(block) + "\nendbfchar\n")
        cmap.append(_TO_UNICODE_TAIL)
        objects.extend([
            (f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>").encode("ascii"),
            (f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} "
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
             f"/FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW {_num(face.missing_width)} "
             f"/W [0 [{widths}]] >>").encode("ascii"),
            (f"<< /Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox [{x0} {y0} {x1} {y1}] "
             f"/ItalicAngle {_num(face.italic_angle)} /Ascent {_num(face.ascent)} /Descent {_num(face.descent)} "
             f"/CapHeight {_num(face.cap_height)} /StemV {face.stem_v} /FontFile2 {program} 0 R >>").encode("ascii"),
            self._stream(font_file, f" /Length1 {len(font_file)}"),
            self._stream("".join(cmap).encode("ascii")),
        ])
        return type0

    def _outline(self, objects: list[bytes], page_ids: list[int]) -> int:
        """Append the outline root and its items; return the root's number."""
        root = len(objects) + 1
        items = [root + 1 + i for i in range(len(self._bookmarks))]
        objects.append(f"<< /Type /Outlines /First {items[0]} 0 R /Last {items[-1]} 0 R "
                       f"/Count {len(items)} >>".encode("ascii"))
        for i, (title, index) in enumerate(self._bookmarks):
            links = f"/Parent {root} 0 R"
            if i:
                links += f" /Prev {items[i - 1]} 0 R"
            if i + 1 < len(items):
                links += f" /Next {items[i + 1]} 0 R"
            objects.append(f"<< /Title {_text_string(title)} {links} "
                           f"/Dest [{page_ids[index]} 0 R /Fit] >>".encode("ascii"))
        return root


def _utf16(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"{code:04X}"
    return char.encode("utf-16-be", "surrogatepass").hex().upper()


def _pdf_date(moment: datetime) -> str:
    text = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
