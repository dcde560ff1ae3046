"""교육·예산 panel: the programme year — its budget (lines × quarters) and, next, training."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.panels.programme_budget import BudgetTab

#: Which change kinds make each tab reload.
TAB_KINDS = {"budget": ("budget", "payment", "training", "setting")}


class ProgrammePanel(QWidget):
    """The programme year's tabs; every save goes through the op runner and publishes ``Changes``."""

    def __init__(self, ctx: PanelContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx)
        self._loaded = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("programmeTabs")
        self.budget = BudgetTab(self.ctx)
        self._by_key: dict[str, BudgetTab] = {"budget": self.budget}
        self.tabs.addTab(self.budget, self.tr("예산(&U)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            for tab in self._by_key.values():
                tab.reload()

    def on_changes(self, changes: Changes) -> None:
        if not self._loaded:
            return
        for key, tab in self._by_key.items():
            if changes.touches(*TAB_KINDS[key]):
                tab.reload()
