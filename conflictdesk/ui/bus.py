"""The change bus: services return ``Changes``; views listen to one signal and refresh what they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from conflictdesk.services.changes import Changes


class ChangeBus(QObject):
    changes_applied = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changes_applied.emit(changes)
