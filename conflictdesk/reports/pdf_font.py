"""TrueType faces for the PDF writer: parsed once with struct, measured per char, subset into compact font files."""

from __future__ import annotations

import struct
import threading
from pathlib import Path

__all__ = ["Face", "face"]

_ARG_WORDS, _SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x1, 0x8, 0x20, 0x40, 0x80
_KEPT = (b"cvt ", b"fpgm", b"prep")  # the hinting programs, copied as they are


def _checksum(data: bytes) -> int:
    """The sfnt table checksum of ``data`` (a multiple of 4 bytes long)."""
    words: tuple[int, ...] = struct.unpack(f">{len(data) // 4}I", data)
    return sum(words) & 0xFFFFFFFF


def _pad4(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


class Face:
    """One TrueType font file: metrics for layout, glyph ids per char and the bytes a subset is cut from.

    A file this writer cannot embed (CFF outlines, a collection, no Unicode cmap, truncated) raises ValueError: the
    fonts are bundled, so that is a packaging fault, not a user's error (hence no error catalogue code).
    """

    name: str
    ascent: float
    descent: float
    cap_height: float
    bbox: tuple[float, float, float, float]
    italic_angle: float
    stem_v: int
    fixed_pitch: bool
    widths: dict[str, float]
    gids: dict[str, int]
    missing_width: float

    def __init__(self, data: bytes) -> None:
        self._data = data
        try:
            self._parse(data)
        except (struct.error, KeyError, IndexError) as error:
            raise ValueError(f"not a usable TrueType font: {error!r}") from error

    def _parse(self, data: bytes) -> None:
        version, count = struct.unpack_from(">4sH", data, 0)
        if version not in (b"\0\1\0\0", b"true"):
            kind = {b"OTTO": "CFF outlines", b"ttcf": "a collection"}.get(version, "not an sfnt file")
            raise ValueError(f"not a single TrueType font ({kind}): use a .ttf")
        tables: dict[bytes, tuple[int, int]] = {}
        for i in range(count):
            tag, _sum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            if offset + length > len(data):
                raise ValueError(f"table {tag!r} runs past the end of the file")
            tables[tag] = (offset, length)
        if b"glyf" not in tables or b"loca" not in tables:
            raise ValueError("no TrueType outlines (glyf/loca): CFF fonts are not supported")

        def table(tag: bytes) -> bytes:
            offset, length = tables[tag]
            return data[offset : offset + length]

        head, hhea, maxp = table(b"head"), table(b"hhea"), table(b"maxp")
        self._head, self._hhea, self._maxp = head, hhea, maxp
        units = struct.unpack_from(">H", head, 18)[0] or 1000
        self._scale: float = 1000 / units
        scale = self._scale
        x0, y0, x1, y1 = struct.unpack_from(">4h", head, 36)
        self.bbox = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
        (long_loca,) = struct.unpack_from(">h", head, 50)
        (glyphs,) = struct.unpack_from(">H", maxp, 4)
        self._glyph_count = glyphs
        ascender, descender = struct.unpack_from(">hh", hhea, 4)
        (metrics,) = struct.unpack_from(">H", hhea, 34)
        self.ascent, self.descent = ascender * scale, descender * scale

        hmtx = table(b"hmtx")
        pairs = struct.unpack_from(f">{2 * metrics}H", hmtx)
        advances: list[int] = list(pairs[0::2])
        lsbs = [v - 0x10000 if v & 0x8000 else v for v in pairs[1::2]]
        extra = glyphs - metrics
        if extra > 0:
            advances.extend([advances[-1]] * extra)
            lsbs.extend(struct.unpack_from(f">{extra}h", hmtx, 4 * metrics))
        self._advances, self._lsbs = advances, lsbs

        loca = table(b"loca")
        if long_loca:
            self._loca: tuple[int, ...] = struct.unpack_from(f">{glyphs + 1}I", loca)
        else:
            self._loca = tuple(2 * v for v in struct.unpack_from(f">{glyphs + 1}H", loca))
        self._glyf = tables[b"glyf"][0]
        self._kept = [(tag, table(tag)) for tag in _KEPT if tag in tables]

        self.name = _postscript_name(table(b"name")) if b"name" in tables else "Font"
        self.cap_height = self.ascent
        weight = 400
        if b"OS/2" in tables:
            os2 = table(b"OS/2")
            (weight,) = struct.unpack_from(">H", os2, 4)
            if struct.unpack_from(">H", os2, 0)[0] >= 2 and len(os2) >= 90:
                self.cap_height = struct.unpack_from(">h", os2, 88)[0] * scale
        self.stem_v = round(50 + (weight / 65) ** 2)
        self.italic_angle, self.fixed_pitch = 0.0, False
        if b"post" in tables:
            post = table(b"post")
            self.italic_angle = struct.unpack_from(">i", post, 4)[0] / 65536
            self.fixed_pitch = struct.unpack_from(">I", post, 12)[0] != 0

        cmap = _cmap(table(b"cmap"))
        self.gids = {chr(c): g for c, g in cmap.items() if g < glyphs and not 0xD800 <= c <= 0xDFFF}
        self.widths = {c: advances[g] * scale for c, g in self.gids.items()}
        self.missing_width = advances[0] * scale
        self._components: dict[int, tuple[int, ...]] = {}
        self._hinted: dict[int, tuple[bytes, int]] = {}
        self._unhinted: dict[int, tuple[bytes, int]] = {}
        self._width_texts: dict[int, str] = {}

    def width(self, text: str, size: float) -> float:
        """The advance of ``text`` at ``size`` points, in points (chars the face lacks count as .notdef)."""
        widths = self.widths
        try:
            return sum(map(widths.__getitem__, text)) * size / 1000
        except KeyError:
            missing = self.missing_width
            return sum([widths.get(c, missing) for c in text]) * size / 1000

    def advance(self, gid: int) -> float:
        """The advance of glyph ``gid`` in 1/1000 em."""
        return self._advances[gid] * self._scale

    def glyph(self, gid: int) -> bytes:
        """The source glyf record of glyph ``gid`` (empty for a blank glyph)."""
        start = self._glyf + self._loca[gid]
        return self._data[start : self._glyf + self._loca[gid + 1]]

    def components(self, gid: int) -> tuple[int, ...]:
        """The glyphs a composite glyph is built from (empty for a simple one)."""
        found = self._components.get(gid)
        if found is None:
            data = self.glyph(gid)
            found = ()
            if len(data) >= 10 and struct.unpack_from(">h", data, 0)[0] < 0:
                found = tuple(index for _pos, index in _component_slots(data))
            self._components[gid] = found
        return found

    def _entry(self, gid: int, hinting: bool) -> tuple[bytes, int]:
        """Glyph ``gid`` padded to 4 bytes and its checksum; without ``hinting`` its instructions are dropped."""
        cache = self._hinted if hinting else self._unhinted
        found = cache.get(gid)
        if found is None:
            data = self.glyph(gid)
            if not hinting and len(data) >= 10:
                (contours,) = struct.unpack_from(">h", data, 0)
                if contours >= 0:
                    at = 10 + 2 * contours
                    (size,) = struct.unpack_from(">H", data, at)
                    data = data[:at] + b"\0\0" + data[at + 2 + size :]
                else:
                    data = _drop_composite_instructions(data)
            data = _pad4(data)
            found = cache[gid] = (data, _checksum(data))
        return found

    def width_text(self, gid: int) -> str:
        """The advance of glyph ``gid`` in 1/1000 em as PDF number text (for /W arrays); cached."""
        found = self._width_texts.get(gid)
        if found is None:
            value = round(self._advances[gid] * self._scale, 3)
            found = self._width_texts[gid] = f"{value:.3f}".rstrip("0").rstrip(".")
        return found

    def font_file(self, gids: list[int], *, hinting: bool = True) -> bytes:
        """A TrueType font whose glyph ``i`` is source glyph ``gids[i]`` (``gids[0]`` is 0, .notdef).

        Composite glyphs' components must be in ``gids`` too; their indices are rewritten. Only the tables a PDF
        font program needs are written (no cmap: the PDF maps codes to glyphs with /CIDToGIDMap /Identity).
        Without ``hinting`` the glyphs lose their instructions and cvt/fpgm/prep are left out: about half the bytes.
        """
        new_of: dict[int, int] | None = None
        glyphs: list[bytes] = []
        offsets = [0]
        total = glyf_sum = 0
        cache = self._hinted if hinting else self._unhinted
        for old in gids:
            data, checksum = cache.get(old) or self._entry(old, hinting)
            if data and data[0] & 0x80:  # numberOfContours < 0: a composite glyph
                if new_of is None:
                    new_of = {o: n for n, o in enumerate(gids)}
                buffer = bytearray(data)
                for pos, index in _component_slots(data):
                    struct.pack_into(">H", buffer, pos, new_of[index])
                data = bytes(buffer)
                checksum = _checksum(data)
            glyphs.append(data)
            glyf_sum += checksum
            total += len(data)
            offsets.append(total)
        glyf = b"".join(glyphs)
        short = total < 0x20000
        loca = struct.pack(f">{len(offsets)}{'H' if short else 'I'}", *([o >> 1 for o in offsets] if short else offsets))
        count = len(gids)
        advances, lsbs = self._advances, self._lsbs
        metrics = [value for old in gids for value in (advances[old], lsbs[old])]
        hmtx = struct.pack(">" + "Hh" * count, *metrics)
        head = bytearray(self._head)
        struct.pack_into(">I", head, 8, 0)
        struct.pack_into(">h", head, 50, 0 if short else 1)
        hhea = bytearray(self._hhea)
        struct.pack_into(">H", hhea, 34, count)
        maxp = bytearray(self._maxp)
        struct.pack_into(">H", maxp, 4, count)
        tables = [(b"glyf", glyf), (b"head", bytes(head)), (b"hhea", bytes(hhea)), (b"hmtx", hmtx),
                  (b"loca", loca), (b"maxp", bytes(maxp))]
        if hinting:
            tables.extend(self._kept)
        tables.sort()
        directory = [struct.pack(">IHHHH", 0x00010000, len(tables), *_search(len(tables)))]
        offset = 12 + 16 * len(tables)
        body: list[bytes] = []
        total_sum = 0
        head_at = 0
        for index, (tag, data) in enumerate(tables):
            padded = _pad4(data)
            checksum = glyf_sum & 0xFFFFFFFF if tag == b"glyf" else _checksum(padded)
            total_sum += checksum
            directory.append(struct.pack(">4sIII", tag, checksum, offset, len(data)))
            if tag == b"head":
                head_at = index
            body.append(padded)
            offset += len(padded)
        header = b"".join(directory)
        adjustment = (0xB1B0AFBA - total_sum - _checksum(header)) & 0xFFFFFFFF
        struct.pack_into(">I", head, 8, adjustment)
        body[head_at] = _pad4(bytes(head))
        return header + b"".join(body)


def _search(count: int) -> tuple[int, int, int]:
    """searchRange, entrySelector and rangeShift of an sfnt table directory of ``count`` tables."""
    selector = count.bit_length() - 1
    search = 16 << selector
    return search, selector, count * 16 - search


def _component_slots(data: bytes) -> list[tuple[int, int]]:
    """(byte position, glyph index) of each component of a composite glyf record."""
    slots: list[tuple[int, int]] = []
    pos = 10
    while True:
        flags, index = struct.unpack_from(">HH", data, pos)
        slots.append((pos + 2, index))
        pos += 4 + (4 if flags & _ARG_WORDS else 2)
        pos += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
        if not flags & _MORE:
            return slots


def _drop_composite_instructions(data: bytes) -> bytes:
    """A composite glyf record without its trailing instructions (WE_HAVE_INSTRUCTIONS cleared)."""
    buffer = bytearray(data)
    pos = 10
    while True:
        (flags,) = struct.unpack_from(">H", buffer, pos)
        struct.pack_into(">H", buffer, pos, flags & ~0x100)
        pos += 4 + (4 if flags & _ARG_WORDS else 2)
        pos += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
        if not flags & _MORE:
            return bytes(buffer[:pos])


def _cmap(data: bytes) -> dict[int, int]:
    """Code point -> glyph id from the best Unicode subtable (format 12, else format 4)."""
    (count,) = struct.unpack_from(">H", data, 2)
    subtables: dict[tuple[int, int], int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, 4 + 8 * i)
        (fmt,) = struct.unpack_from(">H", data, offset)
        subtables.setdefault((fmt, platform * 100 + encoding), offset)
    for fmt, key in ((12, 310), (12, 4), (12, 6), (4, 301), (4, 3), (4, 4), (4, 2), (4, 1), (4, 0)):
        offset = subtables.get((fmt, key), -1)
        if offset >= 0:
            return _cmap12(data, offset) if fmt == 12 else _cmap4(data, offset)
    raise ValueError("no Unicode cmap (format 4 or 12)")


def _cmap4(data: bytes, at: int) -> dict[int, int]:
    length, _language, seg2 = struct.unpack_from(">HHH", data, at + 2)
    segs = seg2 // 2
    ends = struct.unpack_from(f">{segs}H", data, at + 14)
    starts = struct.unpack_from(f">{segs}H", data, at + 16 + seg2)
    deltas = struct.unpack_from(f">{segs}h", data, at + 16 + 2 * seg2)
    ranges_at = at + 16 + 3 * seg2
    # idRangeOffset and glyphIdArray as one array of words: an offset counts from its own word
    words = struct.unpack_from(f">{(min(len(data) - ranges_at, at + length - ranges_at)) // 2}H", data, ranges_at)
    out: dict[int, int] = {}
    for i in range(segs):
        start, end, delta, rng = starts[i], min(ends[i], 0xFFFE), deltas[i], words[i]
        if start > end:
            continue
        if rng == 0:
            out.update(zip(range(start, end + 1), [(c + delta) & 0xFFFF for c in range(start, end + 1)],
                           strict=True))
        else:
            first = i + rng // 2
            glyphs = words[first : first + end - start + 1]
            out.update((c, (g + delta) & 0xFFFF) for c, g in zip(range(start, end + 1), glyphs, strict=False) if g)
    return {c: g for c, g in out.items() if g}


def _cmap12(data: bytes, at: int) -> dict[int, int]:
    (groups,) = struct.unpack_from(">I", data, at + 12)
    out: dict[int, int] = {}
    for i in range(groups):
        start, end, first = struct.unpack_from(">III", data, at + 16 + 12 * i)
        for c in range(start, min(end, 0x10FFFF) + 1):
            out[c] = first + c - start
    return {c: g for c, g in out.items() if g}


def _postscript_name(data: bytes) -> str:
    """Name ID 6, reduced to the characters a PDF name may hold unescaped."""
    count, strings = struct.unpack_from(">HH", data, 2)
    found = ""
    for i in range(count):
        platform, encoding, _language, name_id, length, offset = struct.unpack_from(">6H", data, 6 + 12 * i)
        if name_id != 6:
            continue
        raw = data[strings + offset : strings + offset + length]
        if platform == 3 or platform == 0:
            found = raw.decode("utf-16-be", "replace")
            break
        if platform == 1 and encoding == 0 and not found:
            found = raw.decode("latin-1")
    clean = "".join(c for c in found if c.isascii() and (c.isalnum() or c in "-_."))[:63]
    return clean or "Font"


_faces: dict[str | Path, Face] = {}  # by resolved path, and by the argument as given (no filesystem call)
_lock = threading.Lock()


def face(path: str | Path) -> Face:
    """The face in the TrueType file ``path``, parsed once per process (thread-safe)."""
    found = _faces.get(path)
    if found is None:
        resolved = Path(path).resolve()
        with _lock:
            found = _faces.get(resolved)
            if found is None:
                found = _faces[resolved] = Face(resolved.read_bytes())
            _faces[path] = found
    return found
