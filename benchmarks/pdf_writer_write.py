"""``python -m benchmarks.pdf_writer_write``: CPU time of the lean PDF writer on a synthetic 3-page card vs reportlab.

The card: ~260 lines of Korean from docs/업무규칙.md cut to 45 characters (every sixth in bold), limited to the
230 / 70 most frequent characters (≈300 distinct glyphs over the two faces), plus ~100 ruled rows, on 3 A4 pages.
Prints medians of ``time.process_time`` over ``--runs`` (default 20), fonts loaded before timing. Not a test.
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from conflictdesk.reports.pdf_writer import Document, Face, face
from conflictdesk.resources import FONT_BOLD, FONT_REGULAR, resource_path

RULES = Path(__file__).resolve().parent.parent / "docs" / "업무규칙.md"
Line = tuple[bool, str]


def card_lines(count: int = 260) -> list[Line]:
    text = RULES.read_text(encoding="utf-8")
    rows = [re.sub(r"\s+", " ", row.strip(" #*-|`>")) for row in text.splitlines()]
    pieces = [row[i : i + 45] for row in rows if any("가" <= c <= "힣" for c in row) for i in range(0, len(row), 45)]
    common = [c for c, _n in Counter(c for p in pieces for c in p if not c.isspace()).most_common()]
    allowed = {False: set(common[:230]) | {" "}, True: set(common[:70]) | {" "}}
    lines: list[Line] = []
    for n in range(10 * count):
        bold = len(lines) % 6 == 0
        line = "".join(c for c in pieces[n % len(pieces)] if c in allowed[bold]).strip()
        if len(line) >= 10:
            lines.append((bold, line))
            if len(lines) == count:
                break
    return lines


def draw(lines: list[Line], regular: Face, bold: Face, **options: object) -> Document:
    doc = Document(title="갈등관리카드", author="ConflictDesk", **options)  # type: ignore[arg-type]
    per = (len(lines) + 2) // 3
    for p in range(3):
        page = doc.page()
        for n, (strong, line) in enumerate(lines[p * per : (p + 1) * per]):
            colour = (0.2, 0.2, 0.5) if n % 5 == 0 else (0.0, 0.0, 0.0)
            page.text(60, 800 - 8.5 * n, bold if strong else regular, 11 if strong else 9, line, colour)
        for k in range(34):
            page.rect(55, 800 - 22 * k, 480, 20, fill=(0.93, 0.93, 0.93) if k % 2 else None,
                      stroke=(0.5, 0.5, 0.5), line_width=0.5)
    return doc


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return statistics.median(times) * 1000


def _writer(doc: Document) -> Callable[[], int]:
    return lambda: doc.write(io.BytesIO())


def reportlab_card(lines: list[Line], save: bool = True) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(io.BytesIO())
    per = (len(lines) + 2) // 3
    for p in range(3):
        for n, (strong, line) in enumerate(lines[p * per : (p + 1) * per]):
            c.setFillColorRGB(*((0.2, 0.2, 0.5) if n % 5 == 0 else (0, 0, 0)))
            c.setFont("BenchNanum-Bold" if strong else "BenchNanum", 11 if strong else 9)
            c.drawString(60, 800 - 8.5 * n, line)
        for k in range(34):
            c.setStrokeColorRGB(0.5, 0.5, 0.5)
            c.setLineWidth(0.5)
            if k % 2:
                c.setFillColorRGB(0.93, 0.93, 0.93)
            c.rect(55, 800 - 22 * k, 480, 20, fill=1 if k % 2 else 0, stroke=1)
        c.showPage()
    if save:
        c.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    started = time.process_time()
    regular = face(resource_path(*FONT_REGULAR))
    loaded = time.process_time()
    bold = face(resource_path(*FONT_BOLD))
    print(f"face() first load: regular {1000 * (loaded - started):.1f} ms, "
          f"bold {1000 * (time.process_time() - loaded):.1f} ms")
    lines = card_lines()
    glyphs = [len({c for strong, line in lines if strong is b for c in line}) for b in (False, True)]
    print(f"card: {len(lines)} lines, {glyphs[0]} + {glyphs[1]} distinct characters (regular + bold), 102 rects")
    cold = draw(lines, regular, bold)
    started = time.process_time()
    cold.write(io.BytesIO())
    print(f"first write in the process (glyph caches cold): {1000 * (time.process_time() - started):.2f} ms")
    print(f"drawing the card (Document + 3 pages + text/rect calls): "
          f"{median_ms(lambda: draw(lines, regular, bold), runs):.2f} ms")
    for hinting in (True, False):
        for level in (1, 6):
            doc = draw(lines, regular, bold, compress_level=level, hinting=hinting)
            out = io.BytesIO()
            doc.write(out)
            print(f"Document.write hinting={hinting!s:5} compress_level={level}: "
                  f"{median_ms(_writer(doc), runs):.2f} ms, {len(out.getvalue()):,} bytes")

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("BenchNanum", str(resource_path(*FONT_REGULAR))))
    pdfmetrics.registerFont(TTFont("BenchNanum-Bold", str(resource_path(*FONT_BOLD))))
    reportlab_card(lines)
    print(f"reportlab canvas: draw + save {median_ms(lambda: reportlab_card(lines), runs):.2f} ms, "
          f"draw only {median_ms(lambda: reportlab_card(lines, save=False), runs):.2f} ms")


if __name__ == "__main__":
    main()
