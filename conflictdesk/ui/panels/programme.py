"""교육·예산 panel: the programme year — training (courses, targets) and the budget (lines × quarters)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.panels.programme_budget import BudgetTab
from conflictdesk.ui.panels.programme_training import TrainingTab
from conflictdesk.ui.panels.tabbed import TabbedPanel


class ProgrammePanel(TabbedPanel):
    """The programme year's tabs; every save goes through the op runner and publishes ``Changes``."""

    def __init__(self, ctx: PanelContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(as_context(ctx), "programmeTabs", parent)
        self.training = TrainingTab(self.ctx)
        self.budget = BudgetTab(self.ctx)
        self.add_tab(self.training, self.tr("교육(&T)"), ("training", "setting", "expert", "diagnosis", "project"))
        self.add_tab(self.budget, self.tr("예산(&U)"), ("budget", "payment", "training", "setting"))
