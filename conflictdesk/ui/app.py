"""Start the GUI: display check, QApplication, bundled font, open the database, show the main window."""

from __future__ import annotations

import os
import sys

# Printed to the terminal before Qt (and a translator) exists, like the command line's messages: Korean only.
NO_DISPLAY_MESSAGE = (
    "화면(디스플레이)이 없어 GUI를 열 수 없습니다. 가상 화면에서 실행하려면 "
    "'xvfb-run conflictdesk' 또는 'QT_QPA_PLATFORM=offscreen conflictdesk' 를 사용하세요."
)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_gui(db_arg: str | None) -> int:
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from conflictdesk.ui.fonts import apply_app_font
    from conflictdesk.ui.i18n import install_translators, saved_language, translate
    from conflictdesk.ui.main_window import MainWindow
    from conflictdesk.ui.startup import HandedOver, open_at_startup

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("ConflictDesk")
    app.setApplicationName("ConflictDesk")
    # The language (설정 → 화면 언어, QSettings) is applied before any window or dialog is built; the
    # translators are children of the application and live as long as it does.
    install_translators(app, saved_language())
    app.setApplicationDisplayName(translate("app", "갈등관리 데스크"))
    apply_app_font(app, bold_later=True)
    from PySide6.QtGui import QIcon

    from conflictdesk.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "conflictdesk.svg"))))

    opened = open_at_startup(db_arg)
    if opened is None:
        return 1
    if isinstance(opened, HandedOver):  # the window that has the file open came to the front
        return 0
    window = MainWindow(opened.db, auto_start=False)
    if opened.db.read_only:
        window.setWindowTitle(window.windowTitle() + translate("app", " (읽기 전용)"))
    window.show()
    app.processEvents()  # the first paint, before any data is read
    bench = os.environ.get("CONFLICTDESK_BENCH_READY")
    if bench and bench != "filled":
        # benchmarks/: time from process start to a painted main window, then leave.
        print("READY", flush=True)
        opened.close()
        return 0
    from conflictdesk.ui.fonts import register_fonts

    register_fonts(regular=False)  # the bold face, before any panel draws bold text
    window.show_first_panel()
    app.processEvents()  # the filled table painted before the rest of the start-up work
    if bench:  # benchmarks/: … and to the shown panel filled with its data
        print("READY", flush=True)
        opened.close()
        return 0
    window.finish_startup()
    if opened.lock is not None and opened.path is not None:
        # Listen for a second start on the same file (it hands over to this window instead of opening twice).
        from conflictdesk.ui.single_instance import InstanceServer, bring_to_front, server_name

        server = InstanceServer(server_name(opened.path), window)
        server.raise_requested.connect(lambda: bring_to_front(window))
        server.listen()
    if not opened.db.read_only:
        from conflictdesk.ui.integrity_watch import watch_integrity

        watch_integrity(window, opened.db)
    code = app.exec()
    opened.close()
    return int(code)
