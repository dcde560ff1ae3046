"""Find bundled resources (fonts, icons) in a source checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The folder that holds ``fonts/`` and ``icons/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    source = Path(__file__).resolve().parent.parent / "resources"
    if (source / "fonts").is_dir():
        return source
    from importlib.resources import files

    # Installed wheel: ``resources/`` ships as the package ``conflictdesk.assets`` (not ``conflictdesk.resources``,
    # which would shadow this module: a package wins over a module of the same name).
    return Path(str(files("conflictdesk.assets")))


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


FONT_REGULAR = ("fonts", "NanumGothic-Regular.ttf")
FONT_BOLD = ("fonts", "NanumGothic-Bold.ttf")
FONT_FAMILY = "NanumGothic"
USER_GUIDE = ("guide", "사용자안내.md")  # 도움말 → 사용자 안내; its pictures are in guide/screenshots
