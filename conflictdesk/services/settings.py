"""Typed, versioned settings stored in the database: screening rules, checklist, review rule, user name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.calendar import ReviewRule
from conflictdesk.domain.grading import ChecklistSettings
from conflictdesk.domain.screening import RuleSet
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.store.models import ExtraHoliday, Setting

SCREENING = "screening"
CHECKLIST = "checklist"
REVIEW_RULE = "review_rule"
USER_NAME = "user_name"
REMINDER_DAYS = "reminder_days"
CARD_PLAN_DAYS = "card_plan_days"

DEFAULT_REMINDER_DAYS = 14


def _get_value(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(Setting, key)
    return None if row is None else dict(row.value)


def _put_value(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, version=1))
    else:
        row.value = value
        row.version += 1


def _screening_rules(session: Session) -> RuleSet:
    value = _get_value(session, SCREENING)
    return RuleSet.from_dict(value) if value else RuleSet()


def _checklist_settings(session: Session) -> ChecklistSettings:
    value = _get_value(session, CHECKLIST)
    return ChecklistSettings.from_dict(value) if value else ChecklistSettings()


def _review_rule(session: Session) -> ReviewRule:
    value = _get_value(session, REVIEW_RULE)
    return ReviewRule.from_dict(value) if value else ReviewRule()


def _extra_holidays(session: Session) -> frozenset[Any]:
    return frozenset(session.scalars(select(ExtraHoliday.day)))


def _reminder_days(session: Session) -> int:
    value = _get_value(session, REMINDER_DAYS)
    return int(value["days"]) if value and "days" in value else DEFAULT_REMINDER_DAYS


def _card_plan_days(session: Session) -> int:
    """Days after confirmation within which a newly key case's card and plan are due (default 30)."""
    from conflictdesk.domain.obligations import DEFAULT_CARD_PLAN_DAYS

    value = _get_value(session, CARD_PLAN_DAYS)
    return int(value["days"]) if value and "days" in value else DEFAULT_CARD_PLAN_DAYS


def _user_name(session: Session) -> str | None:
    value = _get_value(session, USER_NAME)
    name = str(value.get("name", "")).strip() if value else ""
    return name or None


def actor_name(db: Database) -> str:
    """Who the audit trail names: the name set in settings, else the OS user."""
    with db.read() as s:
        return _user_name(s) or db.actor


# --- the settings a user edits in the 설정 panel ----------------------------------------------------


def load_all(db: Database) -> tuple[RuleSet, ChecklistSettings, int, str]:
    """Screening rules, checklist, reminder days and user name, as the 설정 panel shows them."""
    with db.read() as s:
        return _screening_rules(s), _checklist_settings(s), _reminder_days(s), _user_name(s) or ""


def save_all(db: Database, rules: RuleSet, checklist: ChecklistSettings, days: int, name: str,
             regions: Sequence[str] | None = None) -> Changes:
    """Save the edited settings in one transaction. New rounds copy them; open rounds keep their own.

    ``regions`` (the 설정 panel's 공론화 권역) is the list a new 공론화 추진 starts with; a process already started keeps
    its own (docs/업무규칙.md "공론화 추진").
    """
    from conflictdesk.domain.errors import InvalidValue
    from conflictdesk.domain.text import nfc

    if not 1 <= days <= 365:
        raise InvalidValue("reminder_days_out_of_range", days=days)
    clean = nfc(name)
    if len(clean) > 50:
        raise InvalidValue("user_name_too_long", limit=50)
    checked_regions: tuple[str, ...] | None = None
    if regions is not None:
        from conflictdesk.domain.deliberation_process import checked_regions as check

        checked_regions = check(nfc(r) for r in regions)
    with db.write(reason="설정 변경") as s:
        _put_value(s, SCREENING, rules.to_dict())
        _put_value(s, CHECKLIST, checklist.to_dict())
        _put_value(s, REMINDER_DAYS, {"days": days})
        _put_value(s, USER_NAME, {"name": clean})
        if checked_regions is not None:
            from conflictdesk.services.deliberation_process import REGIONS_KEY

            _put_value(s, REGIONS_KEY, {"regions": list(checked_regions)})
    if clean:
        db.actor = clean
    return Changes.of("setting", "deliberation") if checked_regions is not None else Changes.of("setting")
