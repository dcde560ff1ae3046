"""User-facing messages: domain and storage errors become clear Korean dialogs, never tracebacks."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from conflictdesk.domain.error_catalogue import Phrase, Term, render, shown
from conflictdesk.domain.errors import Conflict, DomainError
from conflictdesk.domain.rounds import RoundId
from conflictdesk.ui.i18n import domain_label, round_label, translate

log = logging.getLogger("conflictdesk")


#: lupdate context of the error catalogue's texts (``ui/error_strings.py`` lists them).
ERRORS_CONTEXT = "Errors"


def _shown_value(value: object) -> str:
    """An error parameter in the UI language: domain enums and :class:`Term` words translated, the rest as is."""
    if isinstance(value, Term):
        return translate(ERRORS_CONTEXT, str(value))
    if isinstance(value, Phrase):
        filled = {k: _shown_value(v) if not isinstance(v, int | float) else v for k, v in value.params.items()}
        try:
            return translate(ERRORS_CONTEXT, value.template).format(**filled)
        except (KeyError, IndexError, ValueError):
            return str(value)
    if isinstance(value, Enum):
        return domain_label(value)
    if isinstance(value, RoundId):
        return round_label(value)
    return shown(value)


def error_message(exc: DomainError) -> str:
    """The text of a domain error in the UI language: a catalogued error is rendered again through the translator."""
    if exc.params is None or exc.key is None:
        return exc.message
    return catalogue_message(exc.key, exc.params)


def catalogue_message(code: str, params: Mapping[str, object]) -> str:
    """The catalogue's text ``code`` with ``params`` in the UI language (e.g. one problem of a refused import)."""
    return render(code, params, template=lambda text: translate(ERRORS_CONTEXT, text), value=_shown_value)


def error_text(exc: BaseException) -> tuple[str, str]:
    """(title, message) for an exception, in the UI language."""
    if isinstance(exc, Conflict):
        return translate("messages", "다른 곳에서 변경됨"), error_message(exc)
    if isinstance(exc, DomainError):
        return translate("messages", "확인이 필요합니다"), error_message(exc)
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
