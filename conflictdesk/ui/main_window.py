"""Main window: navigation between the panels, menus with shortcuts, status bar, remembered geometry."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol, cast

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from conflictdesk import __version__
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.bus import ChangeBus
from conflictdesk.ui.panels.dashboard import DashboardPanel
from conflictdesk.ui.panels.placeholder import PlaceholderPanel
from conflictdesk.ui.panels.projects import ProjectsPanel


class Panel(Protocol):
    def ensure_loaded(self) -> None: ...
    def on_changes(self, changes: Changes) -> None: ...


PanelFactory = Callable[["MainWindow"], QWidget]


def _placeholder(title: str, text: str) -> PanelFactory:
    return lambda _w: PlaceholderPanel(title, text)


#: (key, navigation label, factory). Order = navigation order = Ctrl+1 … Ctrl+7.
PANELS: list[tuple[str, str, PanelFactory]] = [
    ("dashboard", "대시보드", lambda w: DashboardPanel(w.db)),
    ("projects", "사업·진단", lambda w: ProjectsPanel(w.db)),
    ("cards", "갈등관리카드", _placeholder(
        "갈등관리카드", "1·2등급 사업의 갈등관리카드(주요쟁점, 갈등단계, 이해관계자, 조치실적)와 대응계획을 관리합니다.")),
    ("reviews", "정기점검", _placeholder(
        "정기점검", "차수마다 1·2등급 사업의 대응계획을 점검합니다. 마감일은 근무일 기준으로 계산됩니다.")),
    ("mediation", "조정·협의회", _placeholder(
        "조정·협의회", "갈등조정전문가 풀, 배정과 수당, 갈등조정협의회(최대 15명)와 합의사항 이행을 관리합니다.")),
    ("reports", "보고서", _placeholder(
        "보고서", "갈등관리카드·조정 결과 보고서 PDF, 부서장용 등급 현황(PDF·XLSX)을 만듭니다.")),
    ("settings", "설정", _placeholder(
        "설정", "진단 기준(예산 기준액, 적용 기준), 진단표 항목·가중치, 점검 마감 규칙, 사용자 이름을 설정합니다.")),
]


class MainWindow(QMainWindow):
    db: Database

    def __init__(self, db: Database, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.bus = ChangeBus(self)
        self.setWindowTitle(f"갈등관리 데스크 — {db.display_name}")
        self.setMinimumSize(760, 520)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.panels: dict[str, QWidget] = {}
        for key, label, factory in PANELS:
            panel = factory(self)
            panel.setObjectName(f"panel_{key}")
            self.panels[key] = panel
            self.stack.addWidget(panel)
            QListWidgetItem(label, self.nav)
            self.bus.changes_applied.connect(cast(Panel, panel).on_changes)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self.file_label = QLabel(f"데이터 파일: {db.display_name}")
        self.count_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        projects = self.panels["projects"]
        assert isinstance(projects, ProjectsPanel)
        projects.count_changed.connect(lambda shown, total: self.count_label.setText(f"사업 {shown:,} / {total:,}건"))

        self._build_menus()
        self._restore_geometry()
        try:
            last = int(str(self.settings.value("ui/last_panel", 1)))
        except ValueError:
            last = 1
        self.nav.setCurrentRow(last if 0 <= last < len(PANELS) else 1)

    # --- menus --------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("파일(&F)")
        file_menu.addAction(self._action("사업 목록 가져오기(&I)…", self.open_import, "Ctrl+I", "actionImport"))
        file_menu.addAction(self._action("가져오기 서식 저장(&T)…", self.save_template, None, "actionTemplate"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("새로 고침(&R)", self.refresh_all, QKeySequence.StandardKey.Refresh,
                                         "actionRefresh"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("종료(&X)", self.close, QKeySequence.StandardKey.Quit, "actionQuit"))

        view_menu = bar.addMenu("보기(&V)")
        for row, (key, label, _f) in enumerate(PANELS):
            view_menu.addAction(self._action(f"{label}", partial(self.nav.setCurrentRow, row),
                                             f"Ctrl+{row + 1}", f"actionShow_{key}"))
        view_menu.addSeparator()
        view_menu.addAction(self._action("사업 검색(&S)", self.focus_search, QKeySequence.StandardKey.Find,
                                         "actionFind"))

        help_menu = bar.addMenu("도움말(&H)")
        help_menu.addAction(self._action("정보(&A)", self.show_about, None, "actionAbout"))

    # --- navigation ---------------------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        panel = self.stack.widget(row)
        cast(Panel, panel).ensure_loaded()
        self.settings.setValue("ui/last_panel", row)

    def show_panel(self, key: str) -> QWidget:
        keys = [k for k, _l, _f in PANELS]
        self.nav.setCurrentRow(keys.index(key))
        return self.panels[key]

    def focus_search(self) -> None:
        panel = self.show_panel("projects")
        assert isinstance(panel, ProjectsPanel)
        panel.focus_search()

    def refresh_all(self) -> None:
        self.bus.publish(Changes.of("all"))

    def apply_changes(self, changes: Changes) -> None:
        """Called after a service returned ``changes``: every panel decides whether to refresh."""
        self.bus.publish(changes)

    def open_import(self) -> QWidget:
        from conflictdesk.ui.import_wizard import open_import_wizard

        return open_import_wizard(self, self.db, self.apply_changes)

    def save_template(self) -> None:
        from conflictdesk.ui.import_wizard import save_import_template

        save_import_template(self)

    def show_about(self) -> None:
        QMessageBox.about(
            self, "갈등관리 데스크 정보",
            f"<b>갈등관리 데스크 (ConflictDesk)</b> {__version__}<br>"
            f"데이터 파일: {html.escape(self.db.display_name)}<br><br>"
            "글꼴: 나눔고딕 (SIL Open Font License 1.1)<br>Qt for Python (LGPL v3)",
        )

    # --- geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("ui/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            return
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("ui/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)


__all__ = ["PANELS", "MainWindow", "Qt"]
