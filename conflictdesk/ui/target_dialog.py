"""차수 중 대상 추가·교체 dialog: pick a project by search, optionally the target it replaces, and a reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.search import query_matcher, search_text
from conflictdesk.services.carryover import add_target, round_targets
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import context_for
from conflictdesk.ui.ops import CollectionOp

#: Matches shown at once; typing narrows the rest (a city's history has tens of thousands of projects).
SHOWN = 200

Choice = tuple[str, str, str]  # code, name, department


class TargetDialog(QDialog):
    """Adds ``code`` as a target of ``round_code`` mid-round; ``changes`` is set once it is stored."""

    def __init__(self, db: Database, round_code: str, projects: Sequence[Choice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.round_code = db, round_code
        self.ctx = context_for(parent, db)
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("{round_code} 진단대상 추가·교체").format(round_code=round_code))
        self.resize(560, 520)
        self._projects = [(c, n, d, search_text(c, n, d)) for c, n, d in projects]

        self.search = QLineEdit()
        self.search.setObjectName("targetSearch")
        self.search.setPlaceholderText(self.tr("사업명·사업코드·담당부서 검색"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("targetResults")
        self.more = QLabel()
        self.more.setStyleSheet("color: #555;")
        self.replaces = QComboBox()
        self.replaces.setObjectName("targetReplaces")
        self.replaces.addItem(self.tr("(교체 없음 — 대상 추가)"), None)
        for code, name in round_targets(db, round_code):
            self.replaces.addItem(f"{code} {name}", code)
        self.reason = QLineEdit()
        self.reason.setObjectName("targetReason")
        self.reason.setPlaceholderText(self.tr("예: 집단민원 접수로 추가 선정 (필수)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("저장"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))

        intro = QLabel(self.tr("차수 도중에 진단대상을 추가하거나 기존 대상을 다른 사업으로 교체합니다. 사유는 감사 기록에 남습니다."))
        intro.setWordWrap(True)
        form = QFormLayout()
        search_label = QLabel(self.tr("사업(&P)"))
        search_label.setBuddy(self.search)
        form.addRow(search_label, self.search)
        form.addRow("", self.results)
        form.addRow("", self.more)
        replaces_label = QLabel(self.tr("교체 대상(&E)"))
        replaces_label.setBuddy(self.replaces)
        form.addRow(replaces_label, self.replaces)
        reason_label = QLabel(self.tr("사유(&S)"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(self._fill)
        self.results.currentItemChanged.connect(lambda *_: self._update_ok())
        self.reason.textChanged.connect(lambda _t: self._update_ok())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill("")

    def _fill(self, text: str) -> None:
        test = query_matcher(text)  # every word, 초성 (domain/search.py)
        self.results.clear()
        matches = [p for p in self._projects if test(p[3])] if test is not None else self._projects
        for code, name, dept, _key in matches[:SHOWN]:
            item = QListWidgetItem(f"{code}  {name}  ·  {dept}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.results.addItem(item)
        hidden = len(matches) - SHOWN
        self.more.setText(self.tr("외 {hidden:,}건 — 검색어를 더 입력하세요").format(hidden=hidden) if hidden > 0
                          else self.tr("{0:,}건").format(len(matches)) if matches else self.tr("맞는 사업이 없습니다"))
        if self.results.count() == 1:
            self.results.setCurrentRow(0)
        self._update_ok()

    def code(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_code(self, code: str) -> None:
        self.search.setText(code)
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.results.setCurrentRow(row)
                return

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.code() is not None and bool(self.reason.text().strip()))

    def accept(self) -> None:
        code = self.code()
        if code is None or not self.reason.text().strip():
            return
        reason, replaces, round_code = self.reason.text(), self.replaces.currentData(), self.round_code
        changes = CollectionOp(self, lambda db: add_target(db, code, round_code, reason, replaces_code=replaces)).run()
        if changes is not None:  # on an error the dialog stays open
            self.changes = changes
            super().accept()
