"""Korean fonts for reports: NanumGothic registered once with reportlab, and a matplotlib font setup."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from conflictdesk.resources import FONT_BOLD, FONT_FAMILY, FONT_REGULAR, resource_path

PDF_FONT = FONT_FAMILY
PDF_FONT_BOLD = f"{FONT_FAMILY}-Bold"
#: Nanum lacks U+2212 (the minus sign matplotlib draws); DejaVu Sans, shipped with matplotlib, has it.
CHART_FAMILIES = [FONT_FAMILY, "DejaVu Sans"]

_lock = threading.RLock()
_pdf_done = False
_chart_done = False


def register_pdf_fonts() -> str:
    """Register NanumGothic (regular + bold, as one family) with reportlab; return the regular font name."""
    global _pdf_done
    with _lock:
        if not _pdf_done:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(PDF_FONT, str(resource_path(*FONT_REGULAR))))
            pdfmetrics.registerFont(TTFont(PDF_FONT_BOLD, str(resource_path(*FONT_BOLD))))
            addMapping(PDF_FONT, 0, 0, PDF_FONT)
            addMapping(PDF_FONT, 1, 0, PDF_FONT_BOLD)
            addMapping(PDF_FONT, 0, 1, PDF_FONT)
            addMapping(PDF_FONT, 1, 1, PDF_FONT_BOLD)
            _pdf_done = True
    return PDF_FONT


def register_chart_fonts() -> None:
    """Add the bundled TTFs to matplotlib's font manager (once)."""
    global _chart_done
    with _lock:
        if not _chart_done:
            from matplotlib import font_manager

            # Nanum Bold is weight 600 and DejaVu has no 600: findfont logs a harmless fallback each time.
            logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
            for parts in (FONT_REGULAR, FONT_BOLD):
                font_manager.fontManager.addfont(str(resource_path(*parts)))
            _chart_done = True


def install_chart_fonts() -> None:
    """Make the Korean setup the process default (the GUI draws figures outside any context)."""
    register_chart_fonts()
    import matplotlib

    matplotlib.rcParams.update(cast(Any, chart_rc()))


def chart_rc() -> dict[str, Any]:
    """rc parameters for Korean charts: Nanum first, DejaVu Sans for glyphs Nanum lacks."""
    return {"font.family": CHART_FAMILIES, "axes.unicode_minus": True, "font.size": 9,
            "svg.fonttype": "none", "pdf.fonttype": 42}


@contextmanager
def chart_fonts() -> Iterator[None]:
    """Build and draw figures inside this context so their text uses the Korean font setup."""
    register_chart_fonts()
    import matplotlib

    # rcParams are process-wide: one figure at a time (batch exports run in a worker thread).
    with _lock, matplotlib.rc_context(cast(Any, chart_rc())):
        yield
