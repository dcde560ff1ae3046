"""A grey line in the middle of an empty table or list saying what fills it (#19: each empty panel says so)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from shiboken6 import isValid


class EmptyHint(QObject):
    """Shows ``text`` over ``view`` whenever its model has no rows; follows model resets, inserts and removals."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName(f"{view.objectName() or 'view'}EmptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #6b6b6b; padding: 24px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self._watched: QAbstractItemModel | None = None
        self.watch()

    def watch(self) -> None:
        """Follow the view's current model (call again after ``setModel``)."""
        model = self.view.model()
        if model is not None and model is not self._watched:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self.update)
            self._watched = model
        self.update()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def update(self, *_args: object) -> None:
        if not isValid(self.view) or not isValid(self.label):  # a view being destroyed empties its model
            return
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty)
        if empty:
            self.label.setGeometry(self.view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isValid(self.label) and isinstance(watched, QWidget):
            self.label.setGeometry(watched.rect())
        return False
