"""The lean PDF writer (reports/pdf_writer.py): text reads back, fonts are compact valid subsets, output is stable."""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from conflictdesk.reports.pdf_writer import A4, Document, Face, Page, face
from conflictdesk.resources import FONT_BOLD, FONT_REGULAR, resource_path

LINES = [
    "갈등관리카드 — 서울 강남구 공공청사 건립사업",
    "총사업비 40억원 (국비 50%, 시비 50%)",
    "Conflict card: grade B, 3 stakeholders; review due 2020. 10. 5.",
    "주민 설명회 개최 후 대책위원회와 협의: 'A-1' 안 [확정] {보류} #12 @home ~ok!",
]


@pytest.fixture(scope="module")
def regular() -> Face:
    return face(resource_path(*FONT_REGULAR))


@pytest.fixture(scope="module")
def bold() -> Face:
    return face(resource_path(*FONT_BOLD))


def _pdftotext(path: Path, mode: str = "-layout") -> str:
    """pdftotext's reading; ``-raw`` keeps drawing order and the space between one-letter words ("a a"), which
    the layout modes join because their word breaks follow the gaps measured between glyphs."""
    assert shutil.which("pdftotext"), "poppler's pdftotext reads the PDF back"
    return subprocess.run(["pdftotext", mode, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _lines(text: str) -> list[str]:
    """Lines with runs of whitespace made one space, blank lines dropped (as pdftotext reports them)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _draw_lines(doc: Document, faces: list[Face], lines: list[str], *, size: float = 10) -> Page:
    page = doc.page()
    for n, line in enumerate(lines):
        page.text(50, A4[1] - 60 - 20 * n, faces[n % len(faces)], size, line, (0.1 * (n % 3), 0, 0))
    return page


def _sample(regular: Face, bold: Face, **kwargs: Any) -> Document:
    doc = Document(title="갈등관리카드 시험", author="ConflictDesk", subject="card", creator="tests", **kwargs)
    page = _draw_lines(doc, [bold, regular], LINES)
    page.rect(40, 600, 300, 30, fill=(0.9, 0.9, 0.9), stroke=(0.2, 0.2, 0.2))
    page.rect(40, 560, 300, 30, stroke=(0, 0, 1), line_width=1)
    page.line(40, 550, 540, 550, color=(1, 0, 0), width=0.25)
    _draw_lines(doc, [regular], ["둘째 쪽 second page"])
    doc.bookmark("첫째 쪽 (요약)", 0)
    doc.bookmark("Second page", 1)
    return doc


def _font_files(reader: PdfReader) -> dict[str, bytes]:
    """BaseFont -> the embedded TrueType program, for every font on every page."""
    found: dict[str, bytes] = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            found[str(font["/BaseFont"])] = descendant["/FontDescriptor"]["/FontFile2"].get_data()
    return found


def _codes(reader: PdfReader, page: int = 0) -> list[list[int]]:
    """The glyph codes of each text run of a page, in drawing order."""
    content = reader.pages[page].get_contents()
    assert content is not None
    runs = re.findall(rb"<([0-9A-F]*)> Tj", content.get_data())
    return [[int(run[i : i + 4], 16) for i in range(0, len(run), 4)] for run in runs]


def test_text_reads_back_with_pdftotext_and_pypdf(regular: Face, bold: Face, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    assert _sample(regular, bold).write(out) == 2
    assert _lines(_pdftotext(out)) == [" ".join(line.split()) for line in LINES] + ["둘째 쪽 second page"]
    reader = PdfReader(out, strict=True)
    assert _lines(reader.pages[0].extract_text()) == [" ".join(line.split()) for line in LINES]
    assert reader.metadata is not None and reader.metadata.title == "갈등관리카드 시험"
    assert reader.metadata.author == "ConflictDesk" and reader.metadata.producer == "ConflictDesk"
    assert [(item.title, reader.get_destination_page_number(item)) for item in reader.outline] == [
        ("첫째 쪽 (요약)", 0), ("Second page", 1)]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_qpdf_finds_nothing_to_complain_about(regular: Face, bold: Face, tmp_path: Path) -> None:
    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed")
    out = tmp_path / "card.pdf"
    _sample(regular, bold, created=datetime(2020, 10, 5, 9, 30, tzinfo=timezone(timedelta(hours=9)))).write(out)
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout
    assert "WARNING" not in check.stdout + check.stderr


def test_pdffonts_shows_both_faces_embedded_as_unicode_subsets(regular: Face, bold: Face, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    _sample(regular, bold).write(out)
    assert shutil.which("pdffonts"), "poppler's pdffonts lists the fonts"
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    names = {row[0].split("+")[1]: row for row in rows}
    assert set(names) == {regular.name, bold.name} == {"NanumGothic", "NanumGothicBold"}
    for row in rows:
        assert re.fullmatch(r"[A-Z]{6}\+\w+", row[0])
        assert row[1:6] == ["CID", "TrueType", "Identity-H", "yes", "yes"] and row[6] == "yes", row


def test_a_page_renders_without_complaints(regular: Face, bold: Face, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    _sample(regular, bold).write(out)
    assert shutil.which("pdftoppm")
    run = subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(out), str(tmp_path / "p")],
                         capture_output=True, text=True, check=True)
    assert run.stderr == ""
    assert (tmp_path / "p-1.png").stat().st_size > 1000


def test_same_input_gives_the_same_bytes(regular: Face, bold: Face) -> None:
    first, second, other = io.BytesIO(), io.BytesIO(), io.BytesIO()
    _sample(regular, bold).write(first)
    _sample(regular, bold).write(second)
    changed = _sample(regular, bold)
    changed.pages[1].text(50, 50, regular, 10, "다른 글")
    changed.write(other)
    assert first.getvalue() == second.getvalue()
    ids = [re.findall(rb"/ID \[<([0-9A-F]{32})>", b.getvalue()) for b in (first, other)]
    assert ids[0] and ids[1] and ids[0] != ids[1]
    assert b"CreationDate" not in first.getvalue()


def test_a_missing_character_draws_nothing_harmful(regular: Face, tmp_path: Path) -> None:
    out = tmp_path / "emoji.pdf"
    doc = Document()
    doc.page().text(50, 700, regular, 12, "앞 글자 😀 뒤 글자 end")
    doc.write(out)
    assert "😀" not in regular.widths
    flat = " ".join(_pdftotext(out).split())
    assert "앞 글자" in flat and "뒤 글자 end" in flat
    assert regular.width("😀", 10) == regular.missing_width / 100
    assert _codes(PdfReader(out))[0][5] == 0  # .notdef


def test_any_string_gives_a_valid_pdf(regular: Face, tmp_path: Path) -> None:
    nasty = "(\\) <> \x00\r\n\t\x7f%% \ud800 \udfff endstream endobj \u202e\ufeff\U0010ffff"
    out = tmp_path / "nasty.pdf"
    doc = Document(title=nasty, author="(unbalanced", subject="a\\b)", creator="\x00")
    doc.page().text(50, 700, regular, 12, nasty)
    doc.bookmark(nasty, 0)
    doc.write(out)
    reader = PdfReader(out, strict=True)
    assert reader.metadata is not None and reader.metadata.author == "(unbalanced"
    assert reader.metadata.subject == "a\\b)"
    assert "endobj" in reader.pages[0].extract_text()
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert check.returncode == 0 and "WARNING" not in check.stdout + check.stderr, check.stdout


@settings(max_examples=60, deadline=None, database=None)
@given(text=st.text(), title=st.text())
def test_any_text_and_title_give_a_pdf_pypdf_reads_strictly(text: str, title: str) -> None:
    regular = face(resource_path(*FONT_REGULAR))
    doc = Document(title=title)
    page = doc.page()
    page.text(50, 700, regular, 12, text)
    page.text(50, 650, face(resource_path(*FONT_BOLD)), 12, text[::-1])
    doc.bookmark(title, 0)
    buffer = io.BytesIO()
    doc.write(buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()), strict=True)
    assert reader.metadata is not None
    if title and not any("\ud800" <= c <= "\udfff" for c in title):  # a lone surrogate is written, not read
        assert reader.metadata.title == title
    reader.pages[0].extract_text()
    assert len(reader.outline) == 1


def test_a_page_without_text_or_drawing_is_valid(tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    doc = Document()
    doc.page()
    doc.page(300, 200).rect(10, 10, 20, 20)  # neither filled nor stroked: nothing drawn
    assert doc.write(out) == 2
    reader = PdfReader(out, strict=True)
    assert [float(p.mediabox.width) for p in reader.pages] == [pytest.approx(A4[0], abs=0.001), 300]
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert check.returncode == 0 and "WARNING" not in check.stdout + check.stderr, check.stdout


HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
ASCII = st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
LINE = st.lists(st.one_of(HANGUL, ASCII, st.just(" ")), min_size=1, max_size=40).map("".join)


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(LINE, min_size=1, max_size=12))
def test_random_lines_read_back_with_pdftotext(regular: Face, bold: Face, tmp_path: Path,
                                               lines: list[str]) -> None:
    out = tmp_path / "random.pdf"
    doc = Document()
    _draw_lines(doc, [regular, bold], lines)
    doc.write(out)
    assert _lines(_pdftotext(out, "-raw")) == _lines("\n".join(lines))


def _simple_chars(regular: Face, count: int) -> str:
    """``count`` distinct Hangul syllables and letters whose glyphs are not composites."""
    chars = [c for c in "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두"
             "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if not regular.components(regular.gids[c])]
    assert len(chars) >= count
    return "".join(chars[:count])


def _check_font_file(data: bytes) -> TTFont:
    """Parse with fontTools checking every table checksum, and check the whole-file checkSumAdjustment."""
    padded = data + b"\0" * (-len(data) % 4)
    assert sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF == 0xB1B0AFBA
    font = TTFont(io.BytesIO(data), checkChecksums=2)
    tags = set(font.reader.keys())
    assert {"head", "hhea", "maxp", "hmtx", "loca", "glyf"} <= tags <= {
        "head", "hhea", "maxp", "hmtx", "loca", "glyf", "cvt ", "fpgm", "prep"}
    for tag in tags:  # decompiling a table checks its checksum
        font[tag]
    assert font["hhea"].numberOfHMetrics == font["maxp"].numGlyphs
    return font


@pytest.mark.parametrize("hinting", [False, True])
def test_the_subset_is_small_and_keeps_the_outlines(regular: Face, tmp_path: Path, hinting: bool) -> None:
    text = _simple_chars(regular, 50)
    out = tmp_path / "fifty.pdf"
    doc = Document(hinting=hinting)
    doc.page().text(50, 700, regular, 12, text)
    doc.write(out)
    assert out.stat().st_size < 60_000
    reader = PdfReader(out)
    [data] = _font_files(reader).values()
    font = _check_font_file(data)
    assert font["maxp"].numGlyphs == 50 + 1
    assert ("fpgm" in font) == ("prep" in font) == ("cvt " in font) == hinting
    assert _codes(reader)[0] == list(range(1, 51))  # glyph 0 is .notdef, then first-use order
    source = TTFont(resource_path(*FONT_REGULAR), lazy=True)
    _assert_same_glyphs(source, font, [(c, code) for c, code in zip(text, range(1, 51), strict=True)][::7])
    assert font["hmtx"][font.getGlyphOrder()[1]][0] == source["hmtx"][source.getBestCmap()[ord(text[0])]][0]


def _assert_same_glyphs(source: TTFont, subset: TTFont, pairs: list[tuple[str, int]]) -> None:
    cmap = source.getBestCmap()
    for char, code in pairs:
        before, after = source["glyf"][cmap[ord(char)]], subset["glyf"][subset.getGlyphOrder()[code]]
        old, _ends, _flags = before.getCoordinates(source["glyf"])
        new, _ends2, _flags2 = after.getCoordinates(subset["glyf"])
        assert list(old) == list(new), char
        assert before.isComposite() == after.isComposite(), char


@pytest.mark.parametrize("hinting", [False, True])
def test_composite_glyphs_bring_their_components_renumbered(regular: Face, tmp_path: Path, hinting: bool) -> None:
    composites = [c for c in map(chr, range(0xAC00, 0xAC40)) if regular.components(regular.gids[c])][:4]
    assert len(composites) == 4, "NanumGothic builds rarer syllables (갂, 갃…) from components"
    text = "가" + "".join(composites) + "A가"
    out = tmp_path / "composite.pdf"
    doc = Document(hinting=hinting)
    doc.page().text(50, 700, regular, 12, text)
    doc.write(out)
    reader = PdfReader(out)
    [data] = _font_files(reader).values()
    font = _check_font_file(data)
    components = {g for c in composites for g in regular.components(regular.gids[c])}
    assert font["maxp"].numGlyphs == 1 + 2 + len(composites) + len(components)
    codes = _codes(reader)[0]
    assert codes[0] == 1 and codes[-1] == 1 and len(set(codes)) == len(codes) - 1
    source = TTFont(resource_path(*FONT_REGULAR), lazy=True)
    _assert_same_glyphs(source, font, list(zip(text, codes, strict=True)))
    assert "".join(_pdftotext(out).split()) == text


def test_measures_match_the_font(regular: Face, bold: Face) -> None:
    source = TTFont(resource_path(*FONT_REGULAR), lazy=True)
    cmap = source.getBestCmap()
    assert len(regular.widths) == len(regular.gids) == len(cmap)
    assert regular.widths["가"] == source["hmtx"][cmap[ord("가")]][0]
    assert regular.width("가A", 10) == (source["hmtx"][cmap[0xAC00]][0] + source["hmtx"][cmap[65]][0]) / 100
    assert (regular.ascent, regular.descent) == (source["hhea"].ascent, source["hhea"].descent)
    assert regular.missing_width == source["hmtx"][".notdef"][0]
    assert face(str(resource_path(*FONT_REGULAR))) is regular and bold is not regular


def test_a_document_can_be_written_twice_and_to_a_path_string(regular: Face, bold: Face, tmp_path: Path) -> None:
    doc = _sample(regular, bold, compress_level=0)
    doc.write(str(tmp_path / "a.pdf"))
    buffer = io.BytesIO()
    assert doc.write(buffer) == 2
    assert (tmp_path / "a.pdf").read_bytes() == buffer.getvalue()
    assert b"FlateDecode" not in buffer.getvalue()
    assert _lines(_pdftotext(tmp_path / "a.pdf"))[0] == LINES[0]


def test_a_file_that_is_not_a_truetype_font_is_refused(tmp_path: Path) -> None:
    for name, data in (("cff.otf", b"OTTO" + bytes(100)), ("empty.ttf", b""), ("junk.ttf", b"\0\1\0\0\0\x09")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ValueError, match="TrueType"):
            face(tmp_path / name)


def test_bad_arguments_are_refused(regular: Face) -> None:
    doc = Document()
    page = doc.page()
    with pytest.raises(ValueError):
        page.text(float("nan"), 0, regular, 10, "x")
    with pytest.raises(ValueError):
        page.rect(0, 0, 10, 10, fill=(2, 0, 0))
    doc.bookmark("nowhere", 3)
    with pytest.raises(ValueError):
        doc.write(io.BytesIO())
    with pytest.raises(ValueError):
        Document().write(io.BytesIO())
    with pytest.raises(ValueError):
        Document(compress_level=10)
