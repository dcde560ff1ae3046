"""Card-level actions of the 갈등관리카드 panel: close (종결) with date and reason, reopen, round snapshot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.services import cards
from conflictdesk.services.card_history import take_snapshot
from conflictdesk.services.card_views import CardView
from conflictdesk.services.changes import Changes
from conflictdesk.services.projects import round_codes
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import context_for
from conflictdesk.ui.date_edit import DateEdit
from conflictdesk.ui.i18n import translate
from conflictdesk.ui.ops import CollectionOp


class CloseCardDialog(QDialog):
    """카드 종결: closure date (not after today) and a required reason; stores it on 저장."""

    def __init__(self, db: Database, view: CardView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.view = db, view
        self.ctx = context_for(parent, db)
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("갈등관리카드 종결"))
        self.resize(460, 0)
        self.closed_on = DateEdit(QDate(today.year, today.month, today.day))
        self.closed_on.setObjectName("closeDate")
        self.closed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reason = QLineEdit()
        self.reason.setObjectName("closeReason")
        self.reason.setPlaceholderText(self.tr("예: 주민 합의로 갈등 해소, 사업 철회 (필수)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("종결"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        intro = QLabel(self.tr("<b>{project_name}</b> ({project_code}) 카드를 종결합니다. 종결한 카드는 목록에 회색으로 표시되며, 필요하면 종결을 취소할 수 있습니다.").format(project_name=view.project_name, project_code=view.project_code))
        intro.setWordWrap(True)
        form = QFormLayout()
        date_label = QLabel(self.tr("종결일(&D)"))
        date_label.setBuddy(self.closed_on)
        reason_label = QLabel(self.tr("종결 사유(&R)"))
        reason_label.setBuddy(self.reason)
        form.addRow(date_label, self.closed_on)
        form.addRow(reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok("")

    def _update_ok(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def accept(self) -> None:
        q = self.closed_on.date()
        closed_on, reason, view = date(q.year(), q.month(), q.day()), self.reason.text(), self.view
        result = CollectionOp(self, lambda db: cards.close_card(db, view.project_code, closed_on, reason,
                                                                seen_version=view.version)).run()
        if result is not None:  # on an error the dialog stays open with what the user typed
            self.changes = result[1]
            super().accept()


def ask_reopen_reason(parent: QWidget, view: CardView) -> str | None:
    """The reason for reopening (None = cancelled); tests monkeypatch ``QInputDialog.getText``."""
    text, ok = QInputDialog.getText(parent, translate("card_actions", "종결 취소"), translate("card_actions", "'{project_name}' 카드의 종결을 취소합니다.\n사유:").format(project_name=view.project_name))
    return text.strip() if ok and text.strip() else None


def reopen(parent: QWidget, db: Database, view: CardView) -> Changes | None:
    reason = ask_reopen_reason(parent, view)
    if reason is None:
        return None
    result = CollectionOp(parent, lambda db: cards.reopen_card(db, view.project_code, reason,
                                                               seen_version=view.version)).run()
    return result[1] if result is not None else None


def snapshot(parent: QWidget, db: Database, view: CardView, notify: Callable[[str], None]) -> Changes | None:
    """Ask for the round (default the card's round) and store the card as it stands for it."""
    codes = round_codes(db)
    if not codes:
        QMessageBox.information(parent, translate("card_actions", "차수 스냅숏 저장"),
                                translate("card_actions", "열린 진단 차수가 없습니다."))
        return None
    current = codes.index(view.round_code) if view.round_code in codes else 0
    code, ok = QInputDialog.getItem(parent, translate("card_actions", "차수 스냅숏 저장"),
                                    translate("card_actions", "카드의 현재 상태(등급·단계·쟁점·전망)를 저장할 차수:"), codes, current, False)
    if not ok or not code:
        return None
    changes = CollectionOp(parent, lambda db: take_snapshot(db, view.project_code, code)).run()
    if changes is None:
        return None
    notify(translate("card_actions", "{code} 차수 스냅숏을 저장했습니다.").format(code=code))
    return changes
