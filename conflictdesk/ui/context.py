"""What every panel is built with: the database, the change bus, the clock and the settings (docs/architecture.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings

from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.bus import ChangeBus
from conflictdesk.ui.clock import CLOCK, Clock


@dataclass(eq=False)
class PanelContext:
    """One per main window; panels and dialogs receive it instead of loose arguments."""

    db: Database
    bus: ChangeBus = field(default_factory=ChangeBus)
    clock: Clock = CLOCK
    settings: QSettings = field(default_factory=QSettings)

    def today(self) -> date:
        return self.clock.today()

    @property
    def read_only(self) -> bool:
        return bool(self.db.read_only)


def as_context(source: Database | PanelContext, publish: Callable[[Changes], object] | None = None) -> PanelContext:
    """A context from a context (as is) or from a bare database (a panel built alone, e.g. in a test).

    ``publish`` (optional) is connected to the new context's bus, so a caller that passed a callback still hears
    about the changes.
    """
    if isinstance(source, PanelContext):
        return source
    ctx = PanelContext(source)
    if publish is not None:
        ctx.bus.changes_applied.connect(publish)
    return ctx


def context_of(widget: object) -> PanelContext:
    """The panel context of ``widget`` or of the nearest parent that has one (its ``ctx`` attribute)."""
    node: Any = widget
    while node is not None:
        ctx = getattr(node, "ctx", None)
        if isinstance(ctx, PanelContext):
            return ctx
        node = node.parent() if callable(getattr(node, "parent", None)) else None
    raise LookupError(f"no PanelContext above {type(widget).__name__}")


def context_for(parent: object, source: Database | PanelContext) -> PanelContext:
    """For a dialog: the context above ``parent`` or, for a dialog opened alone (tests), one from ``source``."""
    if isinstance(source, PanelContext):
        return source
    try:
        found = context_of(parent)
    except LookupError:
        return as_context(source)
    return found if found.db is source else as_context(source)
