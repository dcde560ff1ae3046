"""iCalendar (RFC 5545) export of reviews, plan items, agreement items and council meetings for Outlook."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conflictdesk.services.reminder_dtos import CalendarEntry

PRODID = "-//ConflictDesk//갈등관리 데스크//KO"
CRLF = "\r\n"
MAX_OCTETS = 75
ALARM_TRIGGER = "-P7D"
_UID_UNSAFE = re.compile(r"[^0-9A-Za-z._-]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # \n is escaped, \t allowed; C1 (NEL) too


def escape_text(text: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)  # TEXT allows no control character but HTAB (§3.1, §3.3.11)
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets with CRLF + space, never inside a UTF-8 character (§3.1)."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size = [], 0
            limit = MAX_OCTETS - 1  # continuation lines start with one space
        current.append(ch)
        size += width
    out.append("".join(current))
    return (CRLF + " ").join(out)


def uid_for(entry: CalendarEntry) -> str:
    """A UID that stays the same across exports, so a re-import updates the event instead of duplicating it."""
    return f"{_UID_UNSAFE.sub('_', entry.key)}@conflictdesk"


def _event(entry: CalendarEntry, stamp: str) -> list[str]:
    start = entry.day
    summary = f"[{entry.label}] {entry.title}"
    if entry.done is not None:
        summary += " (완료)"
    description = f"{entry.code} {entry.name}\n{entry.detail}"
    return [
        "BEGIN:VEVENT",
        f"UID:{uid_for(entry)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{start + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(entry.label)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER:{ALARM_TRIGGER}",
        f"DESCRIPTION:{escape_text(summary)}",
        "END:VALARM",
        "END:VEVENT",
    ]


def calendar_text(entries: Iterable[CalendarEntry], *, name: str = "갈등관리 데스크",
                  stamp: datetime | None = None) -> str:
    """The whole VCALENDAR as text with CRLF line endings and folded lines."""
    moment = (stamp or datetime.now(UTC)).astimezone(UTC)
    stamp_text = f"{moment:%Y%m%dT%H%M%SZ}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        "X-WR-TIMEZONE:Asia/Seoul",
    ]
    for entry in entries:
        lines.extend(_event(entry, stamp_text))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def write_calendar(path: Path, entries: Iterable[CalendarEntry], *, name: str = "갈등관리 데스크",
                   stamp: datetime | None = None) -> int:
    """Write an .ics file (UTF-8, no BOM); returns the number of events. Written via a temp file."""
    items = list(entries)
    data = calendar_text(items, name=name, stamp=stamp).encode("utf-8")
    from conflictdesk.services.files import write_atomic

    write_atomic(Path(path), data)  # a full disk leaves no partial file (the one atomic writer)
    return len(items)
