"""A navigation panel made of tabs (조정·협의회, 교육·예산): every tab is loaded when the panel is first shown and
reloaded when a published change touches what it shows."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from conflictdesk.services.changes import Changes
from conflictdesk.ui.context import PanelContext


class Reloadable(Protocol):
    def reload(self) -> None: ...


class TabbedPanel(QWidget):
    """Tabs, each with the change kinds (``Changes.touches``) that make it reload; nothing loads before first shown."""

    def __init__(self, ctx: PanelContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self._loaded = False
        self._reloads: list[tuple[Reloadable, tuple[str, ...]]] = []
        self.tabs = QTabWidget()
        self.tabs.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def add_tab(self, tab: QWidget, label: str, kinds: tuple[str, ...]) -> None:
        """Add ``tab`` (it has ``reload()``) under ``label``; it reloads on changes of ``kinds``."""
        self.tabs.addTab(tab, label)
        self._reloads.append((cast(Reloadable, tab), kinds))

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            for tab, _kinds in self._reloads:
                tab.reload()

    def on_changes(self, changes: Changes) -> None:
        if not self._loaded:
            return
        for tab, kinds in self._reloads:
            if changes.touches(*kinds):
                tab.reload()
