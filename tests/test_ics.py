"""The iCalendar export, parsed back with the real ``icalendar`` parser; folding and escaping by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from conflictdesk.reports.ics import calendar_text, escape_text, fold_line, write_calendar
from conflictdesk.services.reminder_dtos import CalendarEntry
from conflictdesk.services.reminders import calendar_entries
from conflictdesk.store.engine import Database

STAMP = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)


def _entry(title: str, key: str = "review-2020-2-P1") -> CalendarEntry:
    return CalendarEntry("review", key, date(2020, 7, 31), 1, "P1", "송도 소각장 현대화", "환경과", title,
                         "상세; 쉼표, 역슬래시\\ 줄\n바꿈", None, "2020-2")


def test_escape_text() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


@pytest.mark.parametrize("text", ["A" * 200, "갈" * 100, "A" + "갈등" * 60, "x" * 74 + "갈" * 3])
def test_folding_keeps_lines_short_and_never_splits_a_character(text: str) -> None:
    folded = fold_line("SUMMARY:" + text)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    for p in parts:
        p.encode("utf-8").decode("utf-8")  # each physical line is valid UTF-8 on its own
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == "SUMMARY:" + text


def test_korean_text_round_trips_through_icalendar() -> None:
    title = "송도 자원순환센터 현대화 사업 정기점검 마감, 주민 설명회; 결과 보고 " * 3
    text = calendar_text([_entry(title)], stamp=STAMP)
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    cal = icalendar.Calendar.from_ical(text)
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == f"[정기점검] {title}"
    assert str(event["DESCRIPTION"]) == "P1 송도 소각장 현대화\n상세; 쉼표, 역슬래시\\ 줄\n바꿈"
    assert event.decoded("DTSTART") == date(2020, 7, 31)
    assert event.decoded("DTEND") == date(2020, 8, 1)
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert event.decoded("DTSTAMP") == STAMP
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(days=-7)


def test_demo_export_events_uids_and_alarms(demo_db: Database, tmp_path: Path) -> None:
    entries = calendar_entries(demo_db, "2020-2")
    kinds = {e.kind for e in entries}
    assert {"review", "plan_item", "meeting"} <= kinds
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    assert write_calendar(a, entries, stamp=STAMP) == len(entries)
    write_calendar(b, calendar_entries(demo_db, "2020-2"), stamp=STAMP + timedelta(hours=1))
    raw = a.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal_a, cal_b = icalendar.Calendar.from_ical(raw), icalendar.Calendar.from_ical(b.read_bytes())
    events_a, events_b = cal_a.walk("VEVENT"), cal_b.walk("VEVENT")
    assert len(events_a) == len(entries)
    uids = [str(e["UID"]) for e in events_a]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["UID"]) for e in events_b]
    reviews = [u for u in uids if u.startswith("review-2020-2-")]
    assert len(reviews) == sum(1 for e in entries if e.kind == "review") >= 2
    assert all(u.endswith("@conflictdesk") for u in uids)
    assert all(len(e.walk("VALARM")) == 1 for e in events_a)
    assert str(cal_a["VERSION"]) == "2.0" and "PRODID" in cal_a


def test_export_prints_officials_in_full(demo_db: Database) -> None:
    """Plan owners are officials acting in their role: never masked (docs/업무규칙.md §Masking), as on the card PDF."""
    from sqlalchemy import select

    from conflictdesk.store.models import PlanItem

    with demo_db.read() as s:
        owners = {o.split()[0] for o in s.scalars(select(PlanItem.owner)) if o}
    text = calendar_text(calendar_entries(demo_db, "2020-2"), stamp=STAMP)
    unfolded = text.replace("\r\n ", "")
    assert owners and all(name in unfolded for name in owners)
