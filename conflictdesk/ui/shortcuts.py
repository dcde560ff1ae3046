"""도움말 → 단축키: every keyboard shortcut of the program on one page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, translate

#: (keys, what they do); the keys are shown as written (Qt's portable text).
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("ShortcutsDialog", "화면 이동 (대시보드 … 공론화 Ctrl+8 · 설정 Ctrl+9)")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "지금 화면에서 검색 (사업·카드·전문가)")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("ShortcutsDialog", "사업 목록 가져오기")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("ShortcutsDialog", "갈등진단표·갈등관리카드 저장")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "되돌리기 (갈등관리카드)")),
    ("Ctrl+Y, Ctrl+Shift+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "다시 실행 (갈등관리카드)")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "다음·이전 입력 칸으로 이동 (표에서도 표 밖으로)")),
    ("↑ ↓, Page Up/Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "표·목록에서 사업 고르기")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "고른 사업의 갈등진단표로 이동 · 고른 카드 열기")),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsDialog", "새로 고침")),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "사용자 안내")),
    ("Ctrl+F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "단축키 (이 화면)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+밑줄 글자"), QT_TRANSLATE_NOOP("ShortcutsDialog", "그 이름의 칸·단추로 바로 이동")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutsDialog", "종료")),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("단축키"))
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("키"), self.tr("하는 일")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, (keys, what) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(translate("ShortcutsDialog", keys)))
            self.table.setItem(row, 1, QTableWidgetItem(translate("ShortcutsDialog", what)))
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)
