"""Start the GUI: display check, QApplication, bundled font, open the database, show the main window."""

from __future__ import annotations

import os
import sys

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
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from conflictdesk.store.engine import Database, open_database
    from conflictdesk.store.errors import StorageError
    from conflictdesk.ui.fonts import apply_app_font
    from conflictdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("ConflictDesk")
    app.setApplicationName("ConflictDesk")
    app.setApplicationDisplayName("갈등관리 데스크")
    apply_app_font(app)
    from PySide6.QtGui import QIcon

    from conflictdesk.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "conflictdesk.svg"))))

    db: Database | None = None
    arg = db_arg
    while db is None:
        try:
            db = open_database(arg)
        except StorageError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, "데이터 파일을 열 수 없습니다", exc.message)
            other = box.addButton("다른 파일 선택…", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("종료", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not other:
                return 1
            path, _ = QFileDialog.getSaveFileName(
                None, "데이터 파일 선택", "", "ConflictDesk 데이터 (*.sqlite3);;모든 파일 (*)",
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not path:
                return 1
            arg = path
    window = MainWindow(db)
    window.show()
    if os.environ.get("CONFLICTDESK_BENCH_READY"):
        # benchmarks/: time from process start to a painted main window, then leave.
        app.processEvents()
        print("READY", flush=True)
        db.close()
        return 0
    code = app.exec()
    db.close()
    return int(code)
