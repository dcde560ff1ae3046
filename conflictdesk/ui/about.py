"""도움말 → 정보: version, data file, backup folder and the licenses of what ConflictDesk ships with."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from conflictdesk import __version__
from conflictdesk.resources import resource_path
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, translate

#: (component, licence, note); Korean parts are translated when shown.
THIRD_PARTY = (
    (QT_TRANSLATE_NOOP("about", "나눔고딕 (NanumGothic)"), "SIL Open Font License 1.1",
     QT_TRANSLATE_NOOP("about", "© NAVER Corporation. 글꼴 파일과 함께 라이선스 전문을 배포합니다.")),
    ("Qt 6 / Qt for Python (PySide6)", "LGPL v3",
     QT_TRANSLATE_NOOP("about", "The Qt Company. 동적 링크로 사용하며 교체할 수 있습니다.")),
    ("SQLAlchemy, Alembic", "MIT", "Michael Bayer and contributors"),
    ("matplotlib", QT_TRANSLATE_NOOP("about", "PSF 기반 matplotlib 라이선스"), "Matplotlib Development Team"),
    ("ReportLab", "BSD", "ReportLab Europe Ltd."),
    ("openpyxl", "MIT", "openpyxl contributors"),
    ("defusedxml", "PSF", "Christian Heimes"),
    ("platformdirs", "MIT", "platformdirs contributors"),
    ("holidays", "MIT", QT_TRANSLATE_NOOP("about", "vacanza/holidays contributors (대한민국 공휴일)")),
)


def about_html(data_file: str, backup_folder: str) -> str:
    rows = "".join(
        "<tr><td><b>{}</b></td><td>{}</td><td>{}</td></tr>".format(
            html.escape(translate("about", name)), html.escape(translate("about", lic)),
            html.escape(translate("about", note)))
        for name, lic, note in THIRD_PARTY
    )
    runtime = (f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}, "
               f"{platform.system()}")
    return "".join((
        translate("about", "<h2>갈등관리 데스크 (ConflictDesk) {version}</h2>").format(version=__version__),
        translate("about", "<p>광역시 공공갈등 관리(갈등진단·등급·갈등관리카드·정기점검·갈등조정)를 위한 데스크톱 프로그램</p>"),
        translate("about", "<p><b>데이터 파일</b>: {data_file}<br><b>백업 폴더</b>: {backup_folder}<br>"
                  "<b>실행 환경</b>: {runtime}</p>").format(
            data_file=html.escape(data_file), backup_folder=html.escape(backup_folder), runtime=html.escape(runtime)),
        translate("about", "<p>네트워크에 접속하지 않으며 사용 정보를 보내지 않습니다.</p>"),
        translate("about", "<h3>함께 배포하는 소프트웨어와 라이선스</h3>"),
        translate("about", "<table cellspacing='6'><tr><th align='left'>구성요소</th><th align='left'>라이선스</th>"
                  "<th align='left'>비고</th></tr>{rows}</table>").format(rows=rows),
    ))


class AboutDialog(QDialog):
    def __init__(self, data_file: str, backup_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("갈등관리 데스크 정보"))
        self.resize(720, 560)
        tabs = QTabWidget()
        self.info = QTextBrowser()
        self.info.setObjectName("aboutInfo")
        self.info.setHtml(about_html(data_file, backup_folder))
        tabs.addTab(self.info, self.tr("정보"))
        self.ofl = QTextBrowser()
        self.ofl.setObjectName("aboutOfl")
        self.ofl.setPlainText(resource_path("fonts", "OFL.txt").read_text(encoding="utf-8"))
        tabs.addTab(self.ofl, self.tr("글꼴 라이선스 (OFL)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
