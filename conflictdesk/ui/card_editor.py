"""The card editor: header, completeness banner and the tabs; builds the form and tracks unsaved changes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from conflictdesk.domain.errors import DomainError
from conflictdesk.services.card_views import CardForm, CardView, form_of, missing_items
from conflictdesk.ui.card_analysis import AnalysisTab
from conflictdesk.ui.card_people import Reveal, StakeholdersTab
from conflictdesk.ui.card_tabs import HistoryTab, OverviewTab, SignalsTab, StageTab, actions_list, issues_list
from conflictdesk.ui.plan_editor import PlanTab

BANNER_WARN = "background: #fff4d6; border: 1px solid #e8c66a; padding: 6px; border-radius: 4px;"
BANNER_OK = "background: #e8f5e9; border: 1px solid #9ccc9f; padding: 6px; border-radius: 4px;"


class CardEditor(QWidget):
    """Edits one card; ``dirty_changed(bool)`` tells whether the form differs from what was loaded."""

    dirty_changed = Signal(bool)

    def __init__(self, reveal: Reveal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CardView | None = None
        self._base: CardForm | None = None
        self._loading = False
        self._dirty = False
        self.undo = QUndoStack(self)
        self.header = QLabel()
        self.header.setObjectName("cardHeader")
        self.header.setStyleSheet("font-size: 13pt;")
        self.header.setWordWrap(True)  # a long name wraps instead of cutting the code and grade off
        self.banner = QLabel()
        self.banner.setObjectName("completenessBanner")
        self.banner.setWordWrap(True)
        self.overview = OverviewTab()
        self.stage = StageTab(self.undo)
        self.issues = issues_list(self.undo)
        self.issues.setObjectName("issueList")
        self.issues.fit({}, stretch=0)  # the issue's text takes the room, 종류 stays readable beside it
        self.people = StakeholdersTab(self.undo, reveal)
        self.signals = SignalsTab(self.undo)
        self.action_log = actions_list(self.undo)
        self.action_log.fit({0: 100}, stretch=1)
        self.plan = PlanTab(self.undo)
        self.history = HistoryTab()
        self.analysis = AnalysisTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        for widget, title in ((self.overview, self.tr("개요")), (self.stage, self.tr("갈등단계")), (self.issues, self.tr("주요쟁점")),
                              (self.people, self.tr("이해관계자")), (self.signals, self.tr("신호")), (self.action_log, self.tr("조치실적")),
                              (self.plan, self.tr("대응계획")), (self.analysis, self.tr("갈등영향분석")),
                              (self.history, self.tr("변경 이력"))):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        for source in (self.overview.changed, self.stage.changed, self.issues.rows_changed,
                       self.people.list.rows_changed, self.signals.list.rows_changed, self.action_log.rows_changed,
                       self.plan.changed):
            source.connect(self._on_changed)

    def load(self, view: CardView) -> None:
        self._loading = True
        try:
            self.view = view
            grade = self.tr("{grade}등급").format(grade=view.grade) if view.grade else self.tr("등급 없음")
            closed = self.tr(" · <span style='color:#666'>종결</span>") if view.closed_on else ""
            pending = self.tr(" · <span style='color:#b26a00'><b>결정 대기</b> (이월 판단 전)</span>") \
                if view.decision_pending else ""
            self.header.setText(f"<b>{view.project_name}</b> &nbsp; <span style='color:#555'>{view.project_code} · "
                                f"{view.department} · {grade} ({view.round_code or '-'})</span>{pending}{closed}")
            self.signals.set_round(view.round_code)
            self.overview.load(view)
            self.stage.load(view)
            self.issues.set_rows(list(view.issues))
            self.people.list.reset(list(view.stakeholders))
            self.signals.list.set_rows(list(view.signals))
            self.action_log.set_rows(list(view.actions))
            self.plan.load(view.plan)
            self.history.load(view)
            self.analysis.load(view.project_code, view.analyses)
            self.undo.clear()
        finally:
            self._loading = False
        self._base = self.form()
        self._on_changed()

    def form(self) -> CardForm:
        """The current form (raises ``InvalidValue`` for unreadable input such as a budget)."""
        values = self.overview.values()
        base = CardForm(
            issues=tuple(self.issues.rows()), stakeholders=tuple(self.people.list.rows()),
            signals=tuple(self.signals.list.rows()), actions=tuple(self.action_log.rows()),
            new_transitions=tuple(self.stage.pending), plan=self.plan.value(),
        )
        return replace(base, **values)  # type: ignore[arg-type]

    def is_dirty(self) -> bool:
        return self._dirty

    def _safe_form(self) -> CardForm | None:
        try:
            return self.form()
        except DomainError:  # an unreadable field (a bad date) simply counts as a change
            return None

    def _on_changed(self) -> None:
        if self._loading or self.view is None:
            return
        form = self._safe_form()
        dirty = form != self._base
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        if form is None:
            return
        missing = missing_items(form, stage=self.stage.stage())
        needed = self.view.grade in (1, 2)
        if missing:
            lead = self.tr("중점관리(1·2등급) 사업에 필요한 항목이 빠졌습니다") if needed else self.tr("아직 채우지 않은 항목")
            self.banner.setText(f"⚠ {lead}: <b>{', '.join(missing)}</b>")
            self.banner.setStyleSheet(BANNER_WARN)
        else:
            self.banner.setText(self.tr("✔ 필수 항목(주요쟁점·갈등단계·향후 전망·대응계획 조치항목)이 모두 작성되었습니다."))
            self.banner.setStyleSheet(BANNER_OK)

    def base_form(self) -> CardForm | None:
        return self._base


__all__ = ["CardEditor", "form_of"]
