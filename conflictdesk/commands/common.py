"""Shared helpers of the subcommands: open the database, print tables (Hangul-aware widths) and JSON."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from conflictdesk.domain.text import terminal_safe
from conflictdesk.store.engine import Database, open_database


@contextmanager
def database(args: argparse.Namespace, **kwargs: Any) -> Iterator[Database]:
    """The database named by ``--db`` (or env/default), closed afterwards."""
    db = open_database(getattr(args, "db", None), **kwargs)
    try:
        yield db
    finally:
        db.close()


def display_width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]],
                 right: Sequence[int] = ()) -> str:
    cells = [[("" if v is None else terminal_safe(str(v)).replace("\n", " ")) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], display_width(value))
    lines = ["  ".join(pad(h, widths[i], i in right) for i, h in enumerate(headers)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(v, widths[i], i in right) for i, v in enumerate(row)).rstrip() for row in cells]
    return "\n".join(lines)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = ()) -> None:
    sys.stdout.write(format_table(headers, rows, right) + "\n")


def print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")
