"""조정·협의회 panel: tabs for the expert pool, assignments, allowances and the councils."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.panels.mediation_allowances import AllowancesTab
from conflictdesk.ui.panels.mediation_assign import AssignmentsTab
from conflictdesk.ui.panels.mediation_common import Publish
from conflictdesk.ui.panels.mediation_council import CouncilTab
from conflictdesk.ui.panels.mediation_experts import ExpertsTab
from conflictdesk.ui.panels.tabbed import TabbedPanel


class MediationPanel(TabbedPanel):
    """Mediation: the pool, assignments, allowances and councils; every save publishes ``Changes``."""

    def __init__(self, ctx: PanelContext | Database, publish: Publish | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(as_context(ctx, publish), "mediationTabs", parent)
        self.experts = ExpertsTab(self.ctx)
        self.assignments = AssignmentsTab(self.ctx)
        self.allowances = AllowancesTab(self.ctx)
        self.council = CouncilTab(self.ctx)
        self.add_tab(self.experts, self.tr("전문가"), ("expert",))
        self.add_tab(self.assignments, self.tr("배정"), ("expert", "project", "diagnosis", "card"))
        self.add_tab(self.allowances, self.tr("수당"), ("payment", "expert", "setting", "project", "diagnosis"))
        self.add_tab(self.council, self.tr("협의회"), ("council", "project", "diagnosis", "expert"))

    def focus_search(self) -> bool:
        """Ctrl+F: the expert pool's filter when the pool is on screen (other tabs have searchable pickers)."""
        if self.tabs.currentWidget() is not self.experts:
            return False
        self.experts.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.experts.filter.selectAll()
        return True
