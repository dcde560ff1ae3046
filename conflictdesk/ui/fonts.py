"""Register the bundled Korean font with Qt so Hangul shows on machines without Korean fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from conflictdesk.resources import FONT_BOLD, FONT_FAMILY, FONT_REGULAR, resource_path


def register_fonts(*, regular: bool = True, bold: bool = True) -> list[str]:
    """Add NanumGothic regular and bold to the application font database; return the families added."""
    families: list[str] = []
    for parts in (FONT_REGULAR,) * regular + (FONT_BOLD,) * bold:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(*parts)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_app_font(app: QApplication, point_size: int = 10, *, bold_later: bool = False) -> QFont:
    """Register the bundled font and make it the application font. ``bold_later``: the first paint draws no
    bold text, so the bold face (a second 4.6 MB file) may be registered right after it."""
    register_fonts(bold=not bold_later)
    font = QFont(FONT_FAMILY, point_size)
    app.setFont(font)
    return font
