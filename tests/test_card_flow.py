"""The card's page flow (reports/flow.py): line breaking, page breaks, repeated headers, tall cells, keep-together.

The flow replaced reportlab's platypus for the card (1,000 cards must print in seconds); these tests hold it to
what platypus guaranteed: no text lost or drawn twice, nothing outside the frame, nothing overlapping, a table's
header on every page it continues on, and a cell longer than a page continued instead of cut.
"""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictdesk.reports import flow, pdf_writer
from conflictdesk.reports.card_pdf import render_card_pdf
from conflictdesk.reports.pdf_common import Placed
from conflictdesk.services.report_data import card_choices, load_card_report
from conflictdesk.store.engine import Database

LETTERS = st.sampled_from(list("가나다라마바사갈등관리카드 abcXYZ0129.,·—()-\n"))
WORDS = st.text(alphabet=LETTERS, max_size=400)
TALL = st.text(alphabet=LETTERS, min_size=2500, max_size=6000)  # may be longer than a page


def squash(text: str) -> str:
    return "".join(text.split())


class Recorder:
    """Every text run drawn, per page, in drawing order (``pdf_writer.Page.text`` spied on)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs: list[tuple[int, float, float, str]] = []
        real = pdf_writer.Page.text
        pages: dict[int, int] = {}

        def spy(page: Any, x: float, y: float, face: Any, size: float, text: str, *args: Any, **kw: Any) -> None:
            self.runs.append((pages.setdefault(id(page), len(pages)), x, y, text))
            real(page, x, y, face, size, text, *args, **kw)

        monkeypatch.setattr(pdf_writer.Page, "text", spy)

    def text(self, page: int | None = None) -> str:
        return "".join(t for p, _x, _y, t in self.runs if page is None or p == page)


def overlaps(placed: list[Placed]) -> list[str]:
    """Two blocks on one page that overlap, or a table flush on another; a block outside the frame."""
    by_page: dict[int, list[Placed]] = defaultdict(list)
    found = []
    for p in placed:
        if p.top > flow.TOP + 0.01 or p.bottom < flow.BOTTOM - 0.01:
            found.append(f"p.{p.page}: {p.kind} outside the frame ({p.top:.1f}–{p.bottom:.1f})")
        if p.top - p.bottom > 0.01:
            by_page[p.page].append(p)
    for page, items in by_page.items():
        items.sort(key=lambda p: -p.top)
        for upper, lower in zip(items, items[1:], strict=False):
            needed = 2.0 if upper.kind == lower.kind == "Table" else -0.01
            if upper.bottom - lower.top < needed:
                found.append(f"p.{page}: {upper.kind} ({upper.bottom:.1f}) and {lower.kind} ({lower.top:.1f})")
    return found


def lay_out(blocks: list[flow.Block]) -> tuple[pdf_writer.Document, list[Placed]]:
    document = pdf_writer.Document(title="test")
    placed: list[Placed] = []
    flow.Flow(document, placed).add(blocks)
    return document, placed


# --- line breaking ----------------------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(text=WORDS, width=st.floats(min_value=20, max_value=480))
def test_wrapping_loses_no_letter_and_keeps_every_line_inside_its_width(text: str, width: float) -> None:
    style = flow.styles().body
    lines = flow.wrap(text, style, width)
    assert squash("".join(line for line, _w in lines)) == squash(text)
    assert len(lines) >= text.count("\n") + 1
    for line, w in lines:
        assert w == pytest.approx(style.face.width(line, style.size), abs=1e-6)
        assert line == line.strip(" ")
        assert w <= width + 1e-6 or len(line) == 1, (line, w, width)


def test_lines_break_at_spaces_and_a_long_run_breaks_anywhere() -> None:
    style = flow.styles().body
    assert [t for t, _ in flow.wrap("사업 필요성 자체에 대한 가치관 차이", style, 70)] == [
        "사업 필요성", "자체에 대한", "가치관 차이"]
    assert [t for t, _ in flow.wrap("  두 칸   사이\n\n다음 줄 ", style, 400)] == ["두 칸 사이", "", "다음 줄"]
    long = "가나다라마바사아자차카타파하" * 3  # longer than LONG_TOKEN: breaks between letters, lines filled
    lines = flow.wrap(f"앞 {long}", style, 100)
    assert lines[0][0].startswith("앞 가") and all(w > 80 for _t, w in lines[:-1])


# --- pages -----------------------------------------------------------------------------------------------------
def stakeholders(rows: int, text: str = "재산가치 보전") -> flow.Table:
    return flow.grid_table(["이름", "이해관계"], [(f"단체 {n}", text) for n in range(rows)], [100, 393.2])


def test_a_long_table_continues_with_its_header_on_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = Recorder(monkeypatch)
    document, placed = lay_out([flow.Heading("4. 이해관계자"), stakeholders(90)])
    assert len(document.pages) == 3
    for page in range(3):
        assert seen.text(page).startswith("이름이해관계" if page else "4. 이해관계자이름이해관계")
    assert [f"단체 {n}" in seen.text() for n in range(90)] == [True] * 90
    assert overlaps(placed) == []


def test_a_cell_longer_than_a_page_continues_on_the_next_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = Recorder(monkeypatch)
    text = " ".join(f"문장{n}번째" for n in range(900))
    document, placed = lay_out([flow.Heading("6. 사회적 영향"), flow.kv_table([("사회적 영향", text)], 493.2),
                                flow.Heading("7. 조치실적")])
    assert len(document.pages) >= 3
    assert squash(text) in squash(seen.text().replace("사회적 영향", "", 2))
    assert seen.text().count("문장899번째") == 1
    assert overlaps(placed) == []


def test_a_heading_without_room_below_it_starts_the_next_page() -> None:
    filler = flow.kv_table([(f"항목 {n}", "값") for n in range(33)], 493.2)  # ends ~60 pt above the frame's foot
    document, placed = lay_out([filler, flow.Heading("2. 다음 절"), stakeholders(1)])
    heading = next(p for p in placed if p.kind == "Paragraph")
    assert len(document.pages) == 2 and heading.page == 2 and heading.top == pytest.approx(flow.TOP)


def test_the_closing_sections_move_together_to_a_new_page() -> None:
    filler = flow.kv_table([(f"항목 {n}", "값") for n in range(28)], 493.2)
    closing = flow.Keep([flow.Heading("11. 정기점검 이력"), stakeholders(4), flow.Heading("12. 종결"),
                         flow.kv_table([("상태", "진행 중")], 493.2)])
    document, placed = lay_out([filler, closing])
    assert len(document.pages) == 2
    assert {p.page for p in placed[1:]} == {2}  # nothing of the closing sections was left on page 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(rows=st.lists(st.tuples(WORDS, st.one_of(WORDS, TALL)), min_size=0, max_size=60), before=st.floats(0, 720))
def test_any_table_is_drawn_whole_once_inside_the_frame(rows: list[tuple[str, str]], before: float) -> None:
    """Whatever the rows and wherever the table starts: each letter drawn once, the header once per page."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        seen = Recorder(monkeypatch)
        table = flow.grid_table(["구분", "내용"], rows, [120, 373.2])
        document, placed = lay_out([flow.Gap(before), table])
    segments = sum(1 for p in placed if p.kind == "Table")
    content = squash("".join(a + b for a, b in rows) if rows else "기록 없음")
    assert len(squash(seen.text())) == len(content) + len("구분내용") * segments
    assert segments == len({p.page for p in placed if p.kind == "Table"})
    assert overlaps(placed) == []


# --- the card ----------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_every_demo_card_is_laid_out_without_overlap(demo_db: Database) -> None:
    for code, _name in card_choices(demo_db, "2020-2"):
        placed: list[Placed] = []
        pages = render_card_pdf(load_card_report(demo_db, code), io.BytesIO(), printed=date(2020, 12, 31),
                                layout=placed)
        assert pages == max(p.page for p in placed)
        assert overlaps(placed) == [], code


def test_a_book_of_cards_numbers_each_card_on_its_own_and_bookmarks_it(demo_db: Database) -> None:
    from pypdf import PdfReader

    from conflictdesk.reports.card_pdf import CardBook

    codes = [code for code, _name in card_choices(demo_db, "2020-2")][:2]
    cards = [load_card_report(demo_db, code) for code in codes]
    alone = [render_card_pdf(card, io.BytesIO(), printed=date(2020, 12, 31)) for card in cards]
    book = CardBook()
    assert [book.add(card, printed=date(2020, 12, 31)) for card in cards] == alone
    out = io.BytesIO()
    assert book.write(out) == sum(alone)
    reader = PdfReader(out)
    texts = [squash(page.extract_text()) for page in reader.pages]
    expected = [f"출력일2020.12.31.{n}/{count}" for count in alone for n in range(1, count + 1)]  # "x / y" per card
    assert [e in t for t, e in zip(texts, expected, strict=True)] == [True] * sum(alone)
    marks = [item for item in reader.outline if not isinstance(item, list)]  # top level only: no nesting
    assert len(marks) == len(reader.outline)
    assert [item.title for item in marks] == [f"{c.header.code} {c.header.name}" for c in cards]
    assert [reader.get_destination_page_number(item) for item in marks] == [0, alone[0]]
