"""The shared ``export`` command group: each commands module adds its own ``export <what>`` to it."""

from __future__ import annotations

import argparse
from typing import Any


def export_subparsers(sub: Any) -> Any:
    """The subparsers of ``conflictdesk export``, creating the group on first use (idempotent)."""
    existing = sub.choices.get("export")
    if existing is None:
        existing = sub.add_parser("export", help="파일로 내보내기 (card, mediation, summary, calendar…)")
        group = existing.add_subparsers(title="내보낼 것", metavar="WHAT", parser_class=type(existing))
        group.required = True
        existing.set_defaults(_export_group=group)
        return group
    for action in existing._actions:  # argparse keeps its subparsers action there
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("export parser without subcommands")


def register(subparsers: Any) -> None:
    """Create the ``export`` group (its subcommands are registered by their own modules)."""
    export_subparsers(subparsers)
