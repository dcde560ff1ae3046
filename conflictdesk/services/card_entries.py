"""Single-entry actions on a card's lists (add, edit, move, delete a main issue, stakeholder, signal, action)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from conflictdesk.domain.errors import NotFound
from conflictdesk.services.card_views import (
    ActionRow,
    CardForm,
    CardView,
    IssueRow,
    SignalRow,
    StakeholderRow,
    form_of,
)
from conflictdesk.services.cards import get_card, save_card
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database

ListName = Literal["issues", "stakeholders", "signals", "actions"]
Row = IssueRow | StakeholderRow | SignalRow | ActionRow

_LIST_OF: dict[type, ListName] = {
    IssueRow: "issues", StakeholderRow: "stakeholders", SignalRow: "signals", ActionRow: "actions",
}


def _with(form: CardForm, name: ListName, rows: tuple[Any, ...]) -> CardForm:
    changes: dict[str, Any] = {name: rows}
    return replace(form, **changes)


def _save(db: Database, view: CardView, form: CardForm, seen_version: int | None) -> tuple[CardView, Changes]:
    return save_card(db, view.project_code, form, view.version if seen_version is None else seen_version)


def add_entry(db: Database, code: str, row: Row, *, seen_version: int | None = None) -> tuple[CardView, Changes]:
    """Append ``row`` to its list (issues, stakeholders, signals or actions)."""
    view = get_card(db, code)
    form = form_of(view)
    name = _LIST_OF[type(row)]
    form = _with(form, name, (*getattr(form, name), replace(row, id=None)))
    return _save(db, view, form, seen_version)


def update_entry(db: Database, code: str, row: Row, *, seen_version: int | None = None) -> tuple[CardView, Changes]:
    """Replace the stored entry with ``row.id`` by ``row``."""
    view = get_card(db, code)
    form = form_of(view)
    name = _LIST_OF[type(row)]
    rows = getattr(form, name)
    if row.id not in {r.id for r in rows}:
        raise NotFound("entry_to_edit_missing")
    form = _with(form, name, tuple(row if r.id == row.id else r for r in rows))
    return _save(db, view, form, seen_version)


def delete_entry(db: Database, code: str, name: ListName, entry_id: int, *,
                 seen_version: int | None = None) -> tuple[CardView, Changes]:
    """Delete the entry ``entry_id`` from list ``name``."""
    view = get_card(db, code)
    form = form_of(view)
    rows = getattr(form, name)
    if entry_id not in {r.id for r in rows}:
        raise NotFound("entry_to_delete_missing")
    form = _with(form, name, tuple(r for r in rows if r.id != entry_id))
    return _save(db, view, form, seen_version)


def move_issue(db: Database, code: str, issue_id: int, delta: int, *,
               seen_version: int | None = None) -> tuple[CardView, Changes]:
    """Move a main issue up (delta < 0) or down (delta > 0) in the list."""
    view = get_card(db, code)
    issues = list(view.issues)
    index = next((n for n, r in enumerate(issues) if r.id == issue_id), None)
    if index is None:
        raise NotFound("issue_to_move_missing")
    target = max(0, min(len(issues) - 1, index + delta))
    issues.insert(target, issues.pop(index))
    return _save(db, view, replace(form_of(view), issues=tuple(issues)), seen_version)
