"""Main window: navigation between the panels, menus with shortcuts, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.bus import ChangeBus
from conflictdesk.ui.context import PanelContext
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP


class Panel(Protocol):
    def ensure_loaded(self) -> None: ...
    def on_changes(self, changes: Changes) -> None: ...


PanelFactory = Callable[["MainWindow"], QWidget]


def _lazy(module: str, name: str) -> PanelFactory:
    """A factory that imports the panel's module on first view (start-up loads only what it shows)."""

    def build(w: MainWindow) -> QWidget:
        from importlib import import_module

        cls = getattr(import_module(f"conflictdesk.ui.panels.{module}"), name)
        return cast(QWidget, cls(w.ctx))

    return build


#: (key, navigation label (translated when shown), factory). Order = navigation order = Ctrl+1 … Ctrl+9 (settings last).
PANELS: list[tuple[str, str, PanelFactory]] = [
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "대시보드"), _lazy("dashboard", "DashboardPanel")),
    ("projects", QT_TRANSLATE_NOOP("MainWindow", "사업·진단"), _lazy("projects", "ProjectsPanel")),
    ("cards", QT_TRANSLATE_NOOP("MainWindow", "갈등관리카드"), _lazy("cards", "CardsPanel")),
    ("reviews", QT_TRANSLATE_NOOP("MainWindow", "정기점검"), _lazy("reviews", "ReviewsPanel")),
    ("mediation", QT_TRANSLATE_NOOP("MainWindow", "조정·협의회"), _lazy("mediation", "MediationPanel")),
    ("programme", QT_TRANSLATE_NOOP("MainWindow", "교육·예산"), _lazy("programme", "ProgrammePanel")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "보고서"), _lazy("reports", "ReportsPanel")),
    ("deliberation", QT_TRANSLATE_NOOP("MainWindow", "공론화"), _lazy("deliberation", "DeliberationPanel")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "설정"), _lazy("settings", "SettingsPanel")),
]


PANEL_KEYS = [key for key, _label, _factory in PANELS]


class _LazyPanels(dict[str, QWidget]):
    """Panels by key; a panel not built yet is built on first access."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> QWidget:
        panel = self._window._build_panel(key)
        self[key] = panel
        return panel


class MainWindow(QMainWindow):
    db: Database

    def __init__(self, db: Database, settings: QSettings | None = None, parent: QWidget | None = None,
                 *, auto_start: bool = True) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.bus = ChangeBus(self)
        #: What every panel is built with: the database, this window's one bus, the one clock, the settings.
        self.ctx = PanelContext(db, bus=self.bus, settings=self.settings)
        self._started = False
        self.setWindowTitle(self.tr("갈등관리 데스크 — {display_name}").format(display_name=db.display_name))
        self.setMinimumSize(760, 520)
        self.setAcceptDrops(True)  # an .xlsx/.csv dropped on the window opens the import wizard

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; }"
                               "QListWidget#navigation::item { padding: 9px 10px; }")
        self.stack = QStackedWidget()
        # Panels are built on first view (start-up stays fast); ``panels[key]`` builds one on demand.
        self.panels: _LazyPanels = _LazyPanels(self)
        self._starting = True
        for _key, label, _factory in PANELS:
            self.stack.addWidget(QWidget())
            QListWidgetItem(self.tr(label), self.nav)
        self._fit_navigation()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self.file_label = QLabel(self.tr("데이터 파일: {display_name}").format(display_name=db.display_name))
        self.count_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self._add_reminder_button()

        self._build_menus()
        self._restore_geometry()
        try:
            last = int(str(self.settings.value("ui/last_panel", 1)))
        except ValueError:
            last = 1
        self.nav.setCurrentRow(last if 0 <= last < len(PANELS) else 1)
        # ``run_gui`` calls finish_startup right after the first paint (auto_start=False); a window made
        # elsewhere (tests, screenshots) finishes on the next turn of the event loop.
        if auto_start:
            QTimer.singleShot(0, self, self.finish_startup)

    def _fit_navigation(self) -> None:
        """As wide as its longest label in the UI language (the panels keep the rest at 1024×768)."""
        font = self.nav.font()
        font.setPointSizeF(11)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(self.nav.item(row).text()) for row in range(self.nav.count()))
        self.nav.setFixedWidth(widest + 2 * 10 + 2 * self.nav.frameWidth() + 14)  # item padding, frame, margin

    def show_first_panel(self) -> None:
        """Build and fill the shown panel, the first work after the first paint (the project table reads the
        file through sqlite3; the ORM, the models and the other panels load after it)."""
        if self._starting:
            self._starting = False
            self._show_row(self.nav.currentRow())

    def finish_startup(self) -> None:
        """The shown panel filled (if not yet), then who is working and the reminders: the work after the paint."""
        if self._started:
            return
        self._started = True
        self.show_first_panel()
        from conflictdesk.services.settings import actor_name

        self.db.actor = actor_name(self.db)
        self._load_reminders()

    def _add_reminder_button(self) -> None:
        """Reminders on start: a clickable status-bar message and the top of the 정기점검 panel, never a modal."""
        self.reminder_button = QPushButton()
        self.reminder_button.setObjectName("reminderStatus")
        self.reminder_button.setFlat(True)
        self.reminder_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reminder_button.setToolTip(self.tr("정기점검 화면에서 기한 임박·지연 목록 보기"))
        self.reminder_button.clicked.connect(lambda: self.show_panel("reviews"))
        self.statusBar().addPermanentWidget(self.reminder_button)

    def _load_reminders(self) -> None:
        cast(Any, self.panels["reviews"]).load_reminders()

    def _show_reminders(self, soon: int, late: int) -> None:
        self.reminder_button.setText(self.tr("점검 기한 임박 {soon}건 · 지연 {late}건").format(soon=soon, late=late))
        self.reminder_button.setStyleSheet("color: #c0392b; font-weight: bold;" if late else "")

    def open_card(self, project_id: int) -> None:
        """Switch to the 갈등관리카드 panel for ``project_id`` (the panel opens the card if it can)."""
        panel = self.show_panel("cards")
        opener = getattr(panel, "open_project", None)
        if callable(opener):
            opener(project_id)

    def open_process(self, item_id: int) -> None:
        """Switch to the 공론화 panel's 추진 tab showing ``item_id``'s process (a recommendation's reminder)."""
        cast(Any, self.show_panel("deliberation")).show_process(item_id)

    def export_calendar(self) -> None:
        cast(Any, self.show_panel("reviews")).export_calendar()

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
        file_menu = bar.addMenu(self.tr("파일(&F)"))
        file_menu.addAction(self._action(self.tr("사업 목록 가져오기(&I)…"), lambda: self.open_import(), "Ctrl+I", "actionImport"))
        file_menu.addAction(self._action(self.tr("가져오기 서식 저장(&T)…"), self.save_template, None, "actionTemplate"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("부서별 작성 파일 만들기(&H)…"), self.open_handout, None,
                                         "actionHandout"))
        file_menu.addAction(self._action(self.tr("부서 작성 파일 가져오기(&N)…"), lambda: self.open_handin(), None,
                                         "actionHandin"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("새로 고침(&R)"), self.refresh_all, QKeySequence.StandardKey.Refresh,
                                         "actionRefresh"))
        file_menu.addAction(self._action(self.tr("달력 내보내기(&C)…"), self.export_calendar, None, "actionExportCalendar"))
        file_menu.addSeparator()
        from conflictdesk.ui.data_guard import DataGuard

        self.guard = DataGuard(self)
        self.guard.add_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("종료(&X)"), self.close, QKeySequence.StandardKey.Quit, "actionQuit"))

        view_menu = bar.addMenu(self.tr("보기(&V)"))
        for row, (key, label, _f) in enumerate(PANELS):
            view_menu.addAction(self._action(self.tr(label), partial(self.nav.setCurrentRow, row),
                                             f"Ctrl+{row + 1}", f"actionShow_{key}"))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("검색(&S)"), self.focus_search, QKeySequence.StandardKey.Find,
                                         "actionFind"))

        help_menu = bar.addMenu(self.tr("도움말(&H)"))
        help_menu.addAction(self._action(self.tr("사용자 안내(&G)"), self.show_guide, "F1", "actionGuide"))
        help_menu.addAction(self._action(self.tr("단축키(&K)"), self.show_shortcuts, "Ctrl+F1", "actionShortcuts"))
        help_menu.addAction(self._action(self.tr("정보(&A)"), self.show_about, None, "actionAbout"))

    # --- navigation ---------------------------------------------------------------------------
    def _build_panel(self, key: str) -> QWidget:
        row = PANEL_KEYS.index(key)
        panel = PANELS[row][2](self)
        panel.setObjectName(f"panel_{key}")
        stand_in = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, panel)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        self.bus.changes_applied.connect(cast(Panel, panel).on_changes)
        self._wire(key, panel)
        return panel

    def _wire(self, key: str, panel: Any) -> None:
        """Connect a freshly built panel's signals to the window (status bar, change bus, navigation)."""
        if key == "projects":
            panel.count_changed.connect(
                lambda shown, total: self.count_label.setText(self.tr("사업 {shown:,} / {total:,}건").format(
                    shown=shown, total=total)))
            panel.start_requested.connect(self.start_step)
        elif key == "dashboard":
            panel.department_clicked.connect(self.filter_department)
        elif key == "reviews":
            panel.reminders_changed.connect(self._show_reminders)
            panel.project_activated.connect(self.open_card)
            panel.deliberation_activated.connect(self.open_process)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.settings.setValue("ui/last_panel", row)
        if self._starting:
            # Paint the window first; finish_startup builds and fills the panel right after.
            self.stack.setCurrentIndex(row)
            return
        panel = self.panels[PANEL_KEYS[row]]
        self.stack.setCurrentIndex(row)
        cast(Panel, panel).ensure_loaded()

    def show_panel(self, key: str) -> QWidget:
        self.finish_startup()
        row = PANEL_KEYS.index(key)
        if self.nav.currentRow() == row:
            self._show_row(row)
        else:
            self.nav.setCurrentRow(row)
        return self.panels[key]

    def focus_search(self) -> None:
        """Ctrl+F: the search of the panel on screen; panels without one go to the project search."""
        row = self.nav.currentRow()
        key = PANEL_KEYS[row] if 0 <= row < len(PANEL_KEYS) and not self._starting else "projects"
        focus = getattr(self.panels[key], "focus_search", None) if key in self.panels else None
        if focus is None or not focus():
            cast(Any, self.show_panel("projects")).focus_search()
        # a panel's focus_search returns whether it had a search to focus

    def start_step(self, step: str) -> None:
        """A step of the guided start on an empty file (the 사업·진단 panel offers them)."""
        if step == "settings":
            panel = self.show_panel("settings")
            name = getattr(panel, "user_name", None)
            if isinstance(name, QWidget):
                name.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step == "template":
            self.save_template()
        elif step == "import":
            self.open_import()
        elif step == "demo":
            self.load_demo()

    def load_demo(self) -> None:
        """Fill the empty file with the demo city (the same as ``conflictdesk demo``), off the GUI thread."""
        from conflictdesk.services.changes import KINDS
        from conflictdesk.services.demo import generate
        from conflictdesk.ui.ops import CollectionOp

        def work(db: Database, progress: Callable[[int, str], bool]) -> Changes:
            generate(db, projects=300, progress=progress)
            return Changes.of(*KINDS)

        self._demo_op = CollectionOp(self, lambda db: work(db, lambda _p, _m: True)).with_progress(
            self.tr("데모 데이터 만드는 중…"), work)
        self._demo_op.run()

    def show_guide(self) -> None:
        from conflictdesk.ui.user_guide import UserGuideDialog

        UserGuideDialog(self).exec()

    def show_shortcuts(self) -> None:
        from conflictdesk.ui.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def filter_department(self, department: str) -> None:
        """Show the project table filtered to ``department`` (a click on the dashboard chart)."""
        cast(Any, self.show_panel("projects")).search.setText(department)

    def refresh_all(self) -> None:
        self.bus.publish(Changes.of("all"))

    def apply_changes(self, changes: Changes) -> None:
        """Called after a service returned ``changes``: every panel decides whether to refresh."""
        self.bus.publish(changes)

    def open_import(self, path: Path | None = None) -> QWidget:
        """The import wizard, on the round selected in 사업·진단 (and with ``path`` when a file was dropped)."""
        from conflictdesk.ui.import_wizard import open_import_wizard

        projects = self.panels.get("projects")  # not built yet: no round chosen there
        selected = getattr(projects, "round_code", lambda: "")() if projects is not None else ""
        return open_import_wizard(self, self.db, self.apply_changes, selected_round=selected or None, path=path)

    # --- a spreadsheet dropped on the window opens the import wizard with it ------------------
    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    @classmethod
    def _dropped_sheet(cls, event: QDragEnterEvent | QDropEvent) -> Path | None:
        files = cls._dropped_files(event)
        return files[0] if len(files) == 1 and files[0].suffix.lower() in (".xlsx", ".csv") else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        files = self._dropped_files(event)
        if self._dropped_sheet(event) is not None or (files and all(f.suffix.lower() == ".xlsx" for f in files)):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        from conflictdesk.services.handin import is_department_workbook

        files = self._dropped_files(event)
        if files and all(is_department_workbook(f) for f in files):  # returned department workbooks: the preview
            event.acceptProposedAction()
            self.open_handin(files)
            return
        path = self._dropped_sheet(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import(path)

    def open_handout(self) -> QWidget:
        from conflictdesk.ui.handout_dialogs import open_handout_dialog

        return open_handout_dialog(self)

    def open_handin(self, paths: list[Path] | None = None) -> QWidget | None:
        from conflictdesk.ui.handout_dialogs import open_handin_dialog

        return open_handin_dialog(self, paths)

    def save_template(self) -> None:
        from conflictdesk.ui.import_wizard import save_import_template

        save_import_template(self)

    def show_about(self) -> None:
        from conflictdesk.store.engine import default_data_dir
        from conflictdesk.ui.about import AboutDialog

        AboutDialog(self.db.display_name, str(default_data_dir() / "backups"), self).exec()

    # --- geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("ui/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            return
        # the first window fits the screen it opens on (a 1366×768 laptop, a 1024×768 projector), at most 1280×800
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 1280, 800
        if room is not None and room.width() > 0 and room.height() > 0:
            width, height = min(width, room.width()), min(height, room.height() - 30)  # leave the title bar room
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Panels with unsaved edits (the card editor) may ask the user and keep the window open.
        for panel in self.panels.values():
            can_close = getattr(panel, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        self.guard.backup_on_close()
        self.settings.setValue("ui/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)


__all__ = ["PANELS", "MainWindow", "Qt"]
