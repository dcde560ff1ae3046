"""Today's date for the GUI (the only place the UI asks the system clock; tests patch ``today``)."""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
