"""이해관계자 tab: stakeholders masked in the table; 연락처 보기 reveals one row in full and is audited."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from conflictdesk.domain.enums import PartyKind, StakeholderKind
from conflictdesk.domain.masking import ORGANISATION, ORGANISATION_KINDS, PERSON
from conflictdesk.services.card_views import StakeholderRow, masked_stakeholder
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, domain_label
from conflictdesk.ui.row_list import Field, RowList

# Marked for lupdate; RowList translates headers and field labels in its "RowList" context.
HEADERS = (QT_TRANSLATE_NOOP("RowList", "이름·단체"), QT_TRANSLATE_NOOP("RowList", "구분"),
           QT_TRANSLATE_NOOP("RowList", "입장"), QT_TRANSLATE_NOOP("RowList", "이해관계"),
           QT_TRANSLATE_NOOP("RowList", "영향력"), QT_TRANSLATE_NOOP("RowList", "대표자"),
           QT_TRANSLATE_NOOP("RowList", "연락처"))
FIELDS = (
    Field("name", QT_TRANSLATE_NOOP("RowList", "이름 또는 단체명")),
    Field("kind", QT_TRANSLATE_NOOP("RowList", "구분"), "enum", StakeholderKind),
    # Whether the name is a person's (masked in every output) or an organisation's (never masked).
    Field("party", QT_TRANSLATE_NOOP("RowList", "개인·단체"), "enum", PartyKind,
          follows=("kind", lambda kind: ORGANISATION if kind in ORGANISATION_KINDS else PERSON)),
    Field("position", QT_TRANSLATE_NOOP("RowList", "입장")),
    Field("interests", QT_TRANSLATE_NOOP("RowList", "이해관계"), "multiline"),
    Field("influence", QT_TRANSLATE_NOOP("RowList", "영향력 (1~5)"), "int", low=1, high=5),
    Field("representative", QT_TRANSLATE_NOOP("RowList", "대표자")),
    Field("contact", QT_TRANSLATE_NOOP("RowList", "연락처")),
)

Reveal = Callable[[int], StakeholderRow | None]


class StakeholderList(RowList):
    """Stored rows show masked names and contacts until revealed; new rows are shown as typed."""

    def __init__(self, undo: QUndoStack, reveal: Reveal, parent: QWidget | None = None) -> None:
        self.revealed: set[int] = set()
        super().__init__(self.tr("이해관계자"), HEADERS, self._display, FIELDS, lambda: StakeholderRow(""), undo,
                         parent=parent)
        self._reveal = reveal
        self.reveal_button = QPushButton(self.tr("연락처 보기"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr("선택한 이해관계자의 이름·연락처를 가리지 않고 보여줍니다 (열람 기록이 남습니다)."))
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.buttons.insertWidget(3, self.reveal_button)

    def _display(self, row: StakeholderRow) -> tuple[str, ...]:
        shown = row if row.id is None or row.id in self.revealed else masked_stakeholder(row)
        return (shown.name, domain_label(StakeholderKind(row.kind)), row.position, row.interests, "●" * row.influence + "○" * (5 - row.influence),
                shown.representative, shown.contact)

    def reset(self, rows: list[StakeholderRow]) -> None:
        self.revealed = set()
        self.set_rows(rows)

    def _ensure_revealed(self, row: StakeholderRow) -> StakeholderRow | None:
        if row.id is None or row.id in self.revealed:
            return row
        full = self._reveal(row.id)  # None after an error (the runner showed it); the table stays masked
        if full is None:
            return None
        self.revealed.add(row.id)
        return full

    def reveal_selected(self) -> None:
        index = self.selected()
        if index < 0:
            return
        if self._ensure_revealed(self._rows[index]) is not None:
            self.set_rows(self._rows)
            self.table.selectRow(index)

    def edit_selected(self) -> None:
        index = self.selected()
        if index >= 0 and self._rows[index].id not in self.revealed and self._rows[index].id is not None:
            if self._ensure_revealed(self._rows[index]) is None:
                return
            self.set_rows(self._rows)
            self.table.selectRow(index)
        super().edit_selected()


class StakeholdersTab(QWidget):
    def __init__(self, undo: QUndoStack, reveal: Reveal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = StakeholderList(undo, reveal)
        note = QLabel(self.tr("개인 이름과 연락처는 가려서 표시합니다. '연락처 보기'로 한 명씩 확인할 수 있으며 열람은 기록됩니다."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        self.list.fit(dict(enumerate((170, 70, 90, 170, 70, 90))), stretch=3)
