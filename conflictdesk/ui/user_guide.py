"""도움말 → 사용자 안내: the bundled user guide shown inside the program (no network, no browser)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImageReader, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from conflictdesk.resources import USER_GUIDE, resource_path


class UserGuideDialog(QDialog):
    """The guide (Markdown with its screenshots) in a read-only browser; links to other sites are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("사용자 안내"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # in-page anchors only: nothing leaves the program
        self.browser.anchorClicked.connect(self._follow)
        path = resource_path(*USER_GUIDE)
        self.browser.setSearchPaths([str(path.parent)])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("사용자 안내 파일을 찾을 수 없습니다: {path}").format(path=path)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(text)
        self._fit_images(path.parent, 820)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(900, 720)

    def _fit_images(self, folder: Path, width: int) -> None:
        """Screenshots wider than the page are shown scaled to ``width`` (no sideways scrolling, #19)."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            for fragment in [it.fragment() for it in block.begin()]:  # type: ignore[attr-defined]  # PySide iterates
                image = fragment.charFormat().toImageFormat()
                if not fragment.charFormat().isImageFormat() or not image.name():
                    continue
                size = QImageReader(str(folder / image.name())).size()
                if size.width() > width:
                    image.setWidth(width)
                    image.setHeight(size.height() * width / size.width())
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and (url.isRelative() or url.isLocalFile()):
            self.browser.scrollToAnchor(url.fragment())

