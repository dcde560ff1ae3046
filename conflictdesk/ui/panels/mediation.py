"""조정·협의회 panel: tabs for the expert pool, assignments, allowances and the councils."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.panels.mediation_allowances import AllowancesTab
from conflictdesk.ui.panels.mediation_assign import AssignmentsTab
from conflictdesk.ui.panels.mediation_common import Publish
from conflictdesk.ui.panels.mediation_council import CouncilTab
from conflictdesk.ui.panels.mediation_experts import ExpertsTab

#: Which change kinds make each tab reload.
TAB_KINDS = {"experts": ("expert",), "assign": ("expert", "project", "diagnosis", "card"),
             "allowances": ("payment", "expert", "setting", "project", "diagnosis"),
             "council": ("council", "project", "diagnosis", "expert")}


class MediationPanel(QWidget):
    """Mediation: the pool, assignments, allowances and councils; every save publishes ``Changes``."""

    def __init__(self, ctx: PanelContext | Database, publish: Publish | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx, publish)
        self.db = self.ctx.db
        self._loaded = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mediationTabs")
        self.experts = ExpertsTab(self.ctx)
        self.assignments = AssignmentsTab(self.ctx)
        self.allowances = AllowancesTab(self.ctx)
        self.council = CouncilTab(self.ctx)
        self._by_key: dict[str, ExpertsTab | AssignmentsTab | AllowancesTab | CouncilTab] = {
            "experts": self.experts, "assign": self.assignments, "allowances": self.allowances, "council": self.council,
        }
        self.tabs.addTab(self.experts, self.tr("전문가"))
        self.tabs.addTab(self.assignments, self.tr("배정"))
        self.tabs.addTab(self.allowances, self.tr("수당"))
        self.tabs.addTab(self.council, self.tr("협의회"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def focus_search(self) -> bool:
        """Ctrl+F: the expert pool's filter when the pool is on screen (other tabs have searchable pickers)."""
        if self.tabs.currentWidget() is not self.experts:
            return False
        self.experts.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.experts.filter.selectAll()
        return True

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
