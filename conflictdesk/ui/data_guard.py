"""파일 menu actions that guard the data: backup (also automatic), restore, check, audit trail browser."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from conflictdesk.services import backup as backup_service
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.messages import confirm, show_error
from conflictdesk.ui.ops import CollectionOp
from conflictdesk.ui.tasks import ProgressFn, run_task

if TYPE_CHECKING:
    from conflictdesk.ui.main_window import MainWindow

AUTO_BACKUP_MS = 30 * 60 * 1000


class DataGuard(QObject):
    """Automatic backups at most every 30 minutes after changes and on close; manual backup/restore/check."""

    def __init__(self, window: MainWindow, folder: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.dirty = False
        self.last_result: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_MS)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.auto_backup)
        window.bus.changes_applied.connect(self._on_changes)

    @property
    def can_backup(self) -> bool:
        return self.window.db.path is not None

    def add_actions(self, menu: QMenu) -> None:
        for text, slot, name in (
            (self.tr("백업(&B)"), self.backup_now, "actionBackup"),
            (self.tr("복원(&O)…"), self.restore_dialog, "actionRestore"),
            (self.tr("데이터 검사(&K)"), self.check_now, "actionCheck"),
            (self.tr("정밀 검사 — 모든 행 읽기(&D)"), self.deep_check_now, "actionDeepCheck"),
            (self.tr("감사 기록(&L)…"), self.show_audit, "actionAudit"),
        ):
            action = QAction(text, self.window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            menu.addAction(action)

    def _on_changes(self, _changes: Changes) -> None:
        self.dirty = True
        if not self.timer.isActive():
            self.timer.start()

    def auto_backup(self) -> None:
        if not self.dirty or not self.can_backup or self.window.db.read_only:
            return
        self.dirty = False

        def failed(exc: BaseException) -> None:
            self.dirty = True  # e.g. another process held the write lock: the next round of the timer tries again
            if not self.timer.isActive():
                self.timer.start()
            self.window.statusBar().showMessage(self.tr("자동 백업 실패: {exc}").format(exc=exc), 10000)

        folder = self.folder
        CollectionOp.in_background(self.window, self.tr("자동 백업"), lambda db, progress: backup_service.make_backup(
            db, folder=folder, progress=progress)).success(self._done).failure(failed).run()

    def backup_on_close(self) -> None:
        """Synchronous backup when the window closes (only after changes, only a local SQLite file)."""
        if not self.dirty or not self.can_backup or self.window.db.read_only:
            return
        folder = self.folder
        result = CollectionOp(self.window, lambda db: backup_service.make_backup(db, folder=folder)).run()
        if result is not None:  # an error was shown by the runner; the window still closes
            self.last_result = result
            self.dirty = False

    def _done(self, result: backup_service.BackupResult) -> None:
        self.last_result = result
        self.window.statusBar().showMessage(self.tr("백업 완료 (검사 통과): {path} · {seconds:.2f}초").format(
            path=result.path, seconds=result.seconds), 10000)

    def backup_now(self) -> None:
        if not self.can_backup:
            QMessageBox.information(self.window, self.tr("백업"), self.tr("PostgreSQL 공유 데이터베이스는 서버에서 pg_dump로 백업하세요."))
            return

        folder = self.folder

        def work(db: Database, progress: ProgressFn) -> backup_service.BackupResult:
            return backup_service.make_backup(db, folder=folder, progress=progress)

        def done(result: backup_service.BackupResult) -> None:
            self.dirty = False
            self._done(result)
            QMessageBox.information(self.window, self.tr("백업"), self.tr("백업했습니다 (무결성 검사 통과).\n{path}").format(
                path=result.path))

        CollectionOp.in_background(self.window, self.tr("백업하는 중…"), work).success(done).run()

    def restore_dialog(self) -> None:
        db = self.window.db
        if db.path is None or db.read_only:
            QMessageBox.information(self.window, self.tr("복원"), self.tr("읽기 전용이거나 SQLite 파일이 아니어서 복원할 수 없습니다."))
            return
        from conflictdesk.store.backup import backup_dir

        start = str(self.folder or backup_dir())
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("복원할 백업 파일"), start,
                                              self.tr("ConflictDesk 데이터 (*.sqlite3);;모든 파일 (*)"))
        if not path or not confirm(self.window, self.tr("복원"), self.tr("현재 데이터를 이 백업으로 바꿉니다.\n{path}\n\n현재 파일은 먼저 백업 폴더에 보관합니다. 계속할까요?").format(path=path)):
            return
        target = db.path
        # Close every connection first: the file is replaced, and the window reopens it afterwards.
        db.close()

        def work(_progress: ProgressFn) -> Path | None:
            return backup_service.restore(target, Path(path), folder=self.folder)

        def done(kept: Path | None) -> None:
            self.window.apply_changes(Changes.of("all"))
            self.dirty = False
            QMessageBox.information(self.window, self.tr("복원"), self.tr("복원했습니다.\n이전 파일 보관: {kept}").format(
                kept=kept or self.tr("없음")))

        def failed(exc: BaseException) -> None:
            self.window.apply_changes(Changes.of("all"))  # the current file stays open as it was
            show_error(self.window, exc)

        run_task(self.window, self.tr("복원하는 중…"), work, done, failed)

    def check_now(self) -> None:
        url = self.window.db.url

        def done(problems: list[Any]) -> None:
            if problems:
                text = "\n".join(f"• {p.message}" for p in problems)
                QMessageBox.warning(self.window, self.tr("데이터 검사"), self.tr("문제를 찾았습니다:\n{text}").format(text=text))
            else:
                QMessageBox.information(self.window, self.tr("데이터 검사"),
                                        self.tr("이상 없음: 무결성 검사, 스키마, 감사 기록 해시 사슬이 모두 정상입니다."))

        run_task(self.window, self.tr("데이터를 검사하는 중…"), lambda _p: backup_service.check(url), done)

    def deep_check_now(self) -> None:
        """``check --deep``: every row of every table read, table and index counts compared, the audit head shown."""
        url = self.window.db.url

        def done(report: Any) -> None:
            summary = self.tr("표 {tables}개, {rows}행을 읽었습니다. 감사 기록 {count}건 (마지막 번호 {last}).").format(
                tables=len(report.rows), rows=f"{sum(report.rows.values()):,}", count=f"{report.audit_count:,}",
                last=report.audit_last_id or "-")
            limit = self.tr("SQLite에는 페이지 체크섬이 없어, 읽히는 값으로 바뀐 바이트는 찾을 수 없습니다.")
            if report.problems:
                text = "\n".join(f"• {p.message}" for p in report.problems)
                QMessageBox.warning(self.window, self.tr("정밀 검사"),
                                    self.tr("문제를 찾았습니다:\n{text}").format(text=text) + f"\n\n{summary}")
            else:
                QMessageBox.information(self.window, self.tr("정밀 검사"),
                                        self.tr("이상 없음: 무결성, 감사 기록, 모든 행과 색인이 정상입니다.")
                                        + f"\n{summary}\n\n{limit}")

        run_task(self.window, self.tr("모든 행을 읽는 중…"), lambda _p: backup_service.deep_check(url), done)

    def show_audit(self) -> None:
        from conflictdesk.ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.window.db, self.window)
        dialog.exec()
