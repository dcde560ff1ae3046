"""User-facing messages: domain and storage errors become clear Korean dialogs, never tracebacks."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from conflictdesk.domain.errors import Conflict, DomainError
from conflictdesk.ui.i18n import translate

log = logging.getLogger("conflictdesk")


def error_text(exc: BaseException) -> tuple[str, str]:
    """(title, message) for an exception, in Korean."""
    if isinstance(exc, Conflict):
        return translate("messages", "다른 곳에서 변경됨"), exc.message
    if isinstance(exc, DomainError):
        return translate("messages", "확인이 필요합니다"), exc.message
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return translate("messages", "파일 오류"), translate("messages", "파일을 처리할 수 없습니다{where}: {0}").format(
            exc.strerror or exc, where=where)
    log.error("unexpected error: %s", "".join(traceback.format_exception(exc)))
    return translate("messages", "예상하지 못한 오류"), translate("messages", "작업을 마치지 못했습니다. 저장된 데이터는 그대로입니다.\n({0}: {exc})").format(type(exc).__name__, exc=exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title, message = error_text(exc)
    icon = QMessageBox.Icon.Warning if isinstance(exc, DomainError) else QMessageBox.Icon.Critical
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    answer = QMessageBox.question(parent, title, message,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
