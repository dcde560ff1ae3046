"""Start-up check: a damaged, foreign, newer, locked or read-only file gets a dialog with choices, never a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from conflictdesk.store.engine import Database, resolve_db_url
from conflictdesk.store.errors import StorageError
from conflictdesk.store.private import make_private
from conflictdesk.store.urls import sqlite_database
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("startup", "데이터 파일 확인")
CHOICE_LABELS = {
    "backup": QT_TRANSLATE_NOOP("startup", "최근 정상 백업으로 복원"),
    "read_only": QT_TRANSLATE_NOOP("startup", "읽기 전용으로 열기"),
    "retry": QT_TRANSLATE_NOOP("startup", "다시 시도"),
    "other": QT_TRANSLATE_NOOP("startup", "다른 파일 선택…"),
    "quit": QT_TRANSLATE_NOOP("startup", "종료"),
}
CAUSES = {
    "damaged": QT_TRANSLATE_NOOP("startup", "파일이 손상되었습니다."),
    "foreign": QT_TRANSLATE_NOOP("startup", "ConflictDesk 데이터 파일이 아닙니다."),
    "newer_schema": QT_TRANSLATE_NOOP("startup", "더 새로운 버전의 프로그램에서 만든 파일입니다."),
    "locked": QT_TRANSLATE_NOOP("startup", "다른 프로그램이 파일을 사용(잠금) 중입니다."),
    "read_only": QT_TRANSLATE_NOOP("startup", "파일에 쓸 수 없습니다(읽기 전용)."),
}


def ask_choice(parent: QWidget | None, message: str, choices: list[str]) -> str:
    """Show ``message`` with one button per choice key; returns the chosen key (``quit`` when closed)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("startup", TITLE), message, QMessageBox.StandardButton.NoButton, parent)
    buttons = [(box.addButton(translate("startup", CHOICE_LABELS[key]), QMessageBox.ButtonRole.ActionRole), key) for key in choices]
    box.exec()
    clicked = box.clickedButton()
    return next((key for button, key in buttons if button is clicked), "quit")


def choose_other_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("startup", "데이터 파일 선택"), "", translate("startup", "ConflictDesk 데이터 (*.sqlite3);;모든 파일 (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return path or None


class Opened:
    """The database opened at start-up and the lock that keeps a second instance away."""

    def __init__(self, db: Database, lock: QLockFile | None, path: Path | None = None) -> None:
        self.db, self.lock, self.path = db, lock, path

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.unlock()


def _lock(path: Path) -> QLockFile | None:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone (a crash leaves it behind)
    if lock.tryLock(200) or (lock.removeStaleLockFile() and lock.tryLock(200)):
        make_private(Path(str(path) + ".lock"))
        return lock
    return None


class HandedOver:
    """The file is open in another window, which has come to the front: this start ends quietly."""


def hand_over(path: Path) -> bool:
    """Ask the window that holds ``path`` to come to the front (local socket); True when it answered."""
    from conflictdesk.ui.single_instance import ask_first_instance, server_name

    return ask_first_instance(server_name(path))


def open_at_startup(arg: str | None, parent: QWidget | None = None) -> Opened | HandedOver | None:
    """Open the data file, guiding the user through every problem; None when the user quits.

    When another window already has the file open, it is asked to come to the front and ``HandedOver`` is
    returned; only when nobody answers (a hung window, another user) does the user get a choice.
    """
    from conflictdesk.store.check import network_share, startup_problem

    read_only = False
    warned: set[str] = set()
    while True:
        try:
            url = resolve_db_url(arg)
        except StorageError as exc:
            if ask_choice(parent, exc.message, ["other", "quit"]) == "other" and (arg := choose_other_file(parent)):
                continue
            return None
        database = sqlite_database(url)
        path = Path(database) if database else None
        lock: QLockFile | None = None
        if path is not None:
            share = network_share(path)
            if share and str(path) not in warned:
                warned.add(str(path))
                QMessageBox.warning(parent, translate("startup", "네트워크 공유 폴더"), translate("startup", "데이터 파일이 네트워크 공유({share})에 있습니다.\nSQLite 파일 잠금이 네트워크에서는 믿을 수 없어 데이터가 손상될 수 있습니다. 여러 사람이 함께 쓰려면 PostgreSQL 공유 데이터베이스를 쓰세요.").format(share=share))
            if not read_only:
                lock = _lock(path)
                if lock is None and hand_over(path):
                    return HandedOver()
                if lock is None:
                    message = (translate("startup", "이 데이터 파일은 이미 다른 ConflictDesk 창에서 열려 있습니다:\n{path}\n\n먼저 열린 창을 사용하거나, 읽기 전용으로 여세요.").format(path=path))
                    choice = ask_choice(parent, message, ["read_only", "other", "quit"])
                    if choice == "read_only":
                        read_only = True
                    elif choice == "other" and (arg := choose_other_file(parent)):
                        pass
                    else:
                        return None
                    continue
            problem = startup_problem(url) if path.exists() and not read_only else None
            if problem is not None:
                from conflictdesk.services.backup import latest_good_backup, restore

                choices = []
                backup = latest_good_backup(path) if problem.code in ("damaged", "foreign") else None
                if backup is not None:
                    choices.append("backup")
                if problem.code in ("locked", "read_only", "disk_full", "io_error", "cannot_open"):
                    choices += ["read_only", "retry"]
                choices += ["other", "quit"]
                where = translate("startup", "\n\n최근 정상 백업: {backup}").format(backup=backup) if backup else ""
                cause = translate("startup", CAUSES.get(problem.code, ""))
                choice = ask_choice(parent, f"{cause}\n{problem.message}{where}", choices)
                if lock is not None and choice != "backup":
                    lock.unlock()
                if choice == "backup" and backup is not None:
                    try:
                        restore(path, backup, held_by_us=lock is not None)
                    except StorageError as exc:
                        QMessageBox.critical(parent, translate("startup", TITLE), exc.message)
                    else:
                        QMessageBox.information(parent, translate("startup", TITLE), translate("startup", "백업으로 복원했습니다. 손상된 파일은 백업 폴더에 보관했습니다.\n{backup}").format(backup=backup))
                    if lock is not None:
                        lock.unlock()
                    continue
                if choice == "read_only":
                    read_only = True
                elif choice == "retry":
                    pass
                elif choice == "other" and (arg := choose_other_file(parent)):
                    read_only = False
                else:
                    return None
                continue
        try:
            db = Database(url, read_only=read_only, create=not read_only)
        except StorageError as exc:
            if lock is not None:
                lock.unlock()
            choices = ["read_only", "other", "quit"] if exc.code in ("locked", "read_only") and not read_only \
                else ["other", "quit"]
            choice = ask_choice(parent, exc.message, choices)
            if choice == "read_only":
                read_only = True
            elif choice == "other" and (arg := choose_other_file(parent)):
                read_only = False
            else:
                return None
            continue
        return Opened(db, lock, path)
