"""Database URLs without importing SQLAlchemy (the window paints before SQLAlchemy loads)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, unquote


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file (percent-encoded like ``URL.create`` does, so ``?``/``#`` survive)."""
    return "sqlite:///" + quote(str(path), safe="/\\: ")


def backend_of(url: str) -> str:
    """``sqlite``, ``postgresql``… (the dialect name before any ``+driver``)."""
    return url.partition("://")[0].split("+")[0].lower()


def sqlite_database(url: str) -> str | None:
    """The file path of a plain ``sqlite:///PATH`` URL, ``""`` for an in-memory one, None when the URL is not a
    plain SQLite file URL (other engines, or query parameters: leave those to SQLAlchemy)."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() != "sqlite" or "?" in rest:
        return None
    if rest in ("", "/", "/:memory:"):
        return ""
    return unquote(rest[1:] if rest.startswith("/") else rest)
