"""Register the bundled Korean font with Qt so Hangul shows on machines without Korean fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from conflictdesk.resources import FONT_BOLD, FONT_FAMILY, FONT_REGULAR, resource_path


def register_fonts() -> list[str]:
    """Add NanumGothic regular and bold to the application font database; return the families added."""
    families: list[str] = []
    for parts in (FONT_REGULAR, FONT_BOLD):
        font_id = QFontDatabase.addApplicationFont(str(resource_path(*parts)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_app_font(app: QApplication, point_size: int = 10) -> QFont:
    register_fonts()
    font = QFont(FONT_FAMILY, point_size)
    app.setFont(font)
    return font
