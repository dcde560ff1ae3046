"""The PDF speed paths draw exactly what reportlab's own paths draw.

A document is mostly table cells of plain text: ``pdf_common`` builds those paragraphs without reportlab's markup
parser and keeps a cell's line breaking for its width. Hypothesis holds the fragments equal to the parser's for any
text, and a mediation report rendered both ways has byte-identical page content.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph
from sqlalchemy import select

from conflictdesk.reports import pdf_common
from conflictdesk.reports.mediation_pdf import render_mediation_pdf
from conflictdesk.reports.pdf_common import markup, para, styles
from conflictdesk.services.report_data import load_mediation_report
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Council, Project

TEXT = st.text(alphabet=st.sampled_from(list("가나다홍길동 ab Z09.,·—()<>&;\"'\n\t#/~-") + ["\u00a0", "\u3000", "\u200b", "\u2009", "\x85"]),
               max_size=60)
STYLE_NAMES = ("body", "body_cjk", "compact", "compact_header", "label", "header", "small", "center", "heading")


def fields(paragraph: Any) -> tuple[Any, ...]:
    return (paragraph.text, paragraph.style, paragraph.bulletText,
            [(type(f), sorted(f.__dict__.items())) for f in paragraph.frags])


@settings(max_examples=300, deadline=None)
@given(text=TEXT, style_name=st.sampled_from(STYLE_NAMES))
def test_a_cell_paragraph_has_the_fragments_reportlab_parses(text: str, style_name: str) -> None:
    style = getattr(styles(), style_name)
    fast = para(text, style)
    assert isinstance(fast, Paragraph)
    assert fields(fast) == fields(Paragraph(markup(text), style))


@settings(max_examples=500, deadline=None)
@given(text=st.text())
def test_whitespace_is_folded_as_reportlab_folds_it(text: str) -> None:
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    assert pdf_common._clean_block(text) == cleanBlockQuotedText(text)


def drawn(paragraph: Any, width: float) -> tuple[tuple[float, float], str]:
    """The size a paragraph takes at ``width`` and the PDF operators that draw it."""
    from reportlab.pdfgen.canvas import Canvas

    paragraph.wrap(width, 800)
    size = paragraph.wrap(width, 800)  # measured, then wrapped again to be drawn, as a table does
    canvas = Canvas(io.BytesIO())
    paragraph.drawOn(canvas, 10, 10)
    return size, "\n".join(canvas._code)


@settings(max_examples=100, deadline=None)
@given(text=TEXT, width=st.floats(min_value=8, max_value=500))
def test_a_cell_paragraph_wraps_as_reportlab_does_and_again_at_a_new_width(text: str, width: float) -> None:
    fast = para(text)
    plain = Paragraph(markup(pdf_common.clean(text)), fast.style)
    for w in (width, width, width / 2 + 4, width):
        assert drawn(fast, w) == drawn(plain, w)


def page_streams(data: bytes) -> list[bytes]:
    streams: list[bytes] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        contents = page.get_contents()
        assert contents is not None
        streams.append(contents.get_data())
    return streams


@pytest.mark.parametrize("unmasked", [False, True])
def test_a_mediation_report_draws_the_same_pages_as_with_reportlab_paragraphs(
        demo_db: Database, unmasked: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """(The card itself is drawn by its own page flow since issue 21; the mediation report shares its tables.)"""
    with demo_db.read() as s:
        codes = s.scalars(select(Project.code).join(Council, Council.project_id == Project.id)).all()[:3]
    assert codes

    def render(code: str) -> bytes:
        buffer = io.BytesIO()
        render_mediation_pdf(load_mediation_report(demo_db, code, as_of=date(2020, 12, 1), unmasked=unmasked),
                             buffer, printed=date(2020, 12, 1))
        return buffer.getvalue()

    fast = [render(code) for code in codes]
    monkeypatch.setattr(pdf_common, "_cell_paragraph", lambda text, style: Paragraph(text, style))
    plain = [render(code) for code in codes]
    for a, b in zip(fast, plain, strict=True):
        assert len(page_streams(a)) >= 2
        assert page_streams(a) == page_streams(b)


@pytest.mark.parametrize("filler", [0, 7, 19, 31])
def test_a_cell_taller_than_a_page_splits_as_with_reportlab_paragraphs(filler: int,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A 6,000-character cell continues over pages; where a split finds no room, the cell is measured again."""
    width = pdf_common.content_width()

    def render() -> bytes:
        story = [pdf_common.heading("1. 사업 개요"),
                 pdf_common.kv_table([("사업명", f"행 {n}") for n in range(filler)] or [("사업명", "—")], width),
                 pdf_common.kv_table([("사회적 영향", "가" * 6000), ("향후 전망", "주민 " * 900)], width),
                 pdf_common.grid_table(["일자", "내용"], [("2020. 1. 2.", "나" * 3000)], [70, width - 70])]
        buffer = io.BytesIO()
        pdf_common.build_pdf(story, buffer, title="긴 칸")
        return buffer.getvalue()

    fast = render()
    monkeypatch.setattr(pdf_common, "_cell_paragraph", lambda text, style: Paragraph(text, style))
    assert page_streams(fast) == page_streams(render())
