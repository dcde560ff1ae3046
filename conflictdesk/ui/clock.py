"""Today's date for the GUI: the one clock (the only place the UI asks the system clock; tests fix it).

Every panel reads it through its context (``ctx.today()``); widgets without a context (date pickers' defaults) call
:func:`today`. Both read the same :data:`CLOCK`, so a test that fixes it (``CLOCK.fix(day)`` or the ``fixed_today``
fixture) moves the whole GUI to that day. The CLI has its own ``--as-of``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conflictdesk.domain.dates import korean_date


class Clock:
    """The system date, or a fixed day (tests, screenshots)."""

    def __init__(self) -> None:
        self._fixed: date | None = None

    def today(self) -> date:
        return self._fixed if self._fixed is not None else date.today()

    def korea_today(self) -> date:
        """Today in Korea (the fixed day when one is set): the audit trail's days are KST days, so its default
        range must reach the entries just written even on a machine whose clock runs in another time zone."""
        return self._fixed if self._fixed is not None else korean_date(datetime.now(UTC))

    def now(self) -> datetime:
        """The local wall-clock time (on the fixed day when one is set), e.g. for "saved at 14:05"."""
        now = datetime.now()
        return now if self._fixed is None else datetime.combine(self._fixed, now.time())

    def fix(self, day: date | None) -> None:
        """Make :meth:`today` return ``day`` (``None``: the system date again)."""
        self._fixed = day


CLOCK = Clock()


def today() -> date:
    return CLOCK.today()


def korea_today() -> date:
    return CLOCK.korea_today()


def now() -> datetime:
    return CLOCK.now()
