"""#19 items 8 and 11: at 1024×768 and 1920×1080, in Korean and English, no column header and no button is cut.

Every page of every panel is shown (each tab of each tab widget); a table column narrower than its header, or a
button narrower than its text, fails with the panel, the page and the text. The dashboard's legend sits outside
the bars.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import PANEL_KEYS, MainWindow


@pytest.fixture(params=["ko", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en") if request.param == "en" else []
    yield str(request.param)
    remove_translators(qapp, translators)


def _cut(root: QWidget, where: str) -> list[str]:
    found: list[str] = []
    for view in root.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader()
        for col in range(view.model().columnCount()):
            if header.isSectionHidden(col) or (header.stretchLastSection() and col == header.count() - 1):
                continue
            if view.columnWidth(col) < header.sectionSizeHint(col):
                found.append(f"{where}: column {view.model().headerData(col, header.orientation())!r} "
                             f"{view.columnWidth(col)} < {header.sectionSizeHint(col)} px")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and isinstance(button, QPushButton | QCheckBox) \
                and button.width() < button.sizeHint().width() - 1:
            found.append(f"{where}: button {button.text()!r} {button.width()} < {button.sizeHint().width()} px")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_no_header_or_button_is_cut(qtbot, demo_db: Database, tmp_path: Path, language: str,  # type: ignore[no-untyped-def]
                                    size: tuple[int, int]) -> None:
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    for key in PANEL_KEYS:
        panel = window.show_panel(key)
        QApplication.processEvents()
        found += _cut(window, f"{language} {size[0]} {key}")
        for tabs in panel.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                QApplication.processEvents()
                found += _cut(window, f"{language} {size[0]} {key} / {tabs.tabText(page)}")
            tabs.setCurrentIndex(0)
    assert not found, "\n".join(dict.fromkeys(found))


def test_the_dashboard_legend_never_covers_a_bar() -> None:
    """At 1024×768 the chart is ~400 px wide: the legend sits below the axes, not on the longest bars."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from conflictdesk.reports import charts
    from conflictdesk.services.summary_dtos import DepartmentRow

    rows = [DepartmentRow(f"부서{n:02d}", "국", targets=12, g1=1, g2=1, g3=10, ungraded=0, new=0, carried=0,
                          dropped=0, unmet=0, overdue=0) for n in range(37)]
    fig = charts.department_figure(rows, "2020-2 부서별 등급 현황")
    fig.set_size_inches(4.1, 4.5)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = fig.axes[0].get_window_extent(renderer)
    assert fig.legends, "the grade legend is the figure's, outside the axes"
    legend = fig.legends[0].get_window_extent(renderer)
    assert not legend.overlaps(axes)
    title = fig.axes[0].title.get_window_extent(renderer)
    assert title.x0 >= 0 and title.x1 <= fig.bbox.width, "the title fits the chart's width"


def test_the_user_guide_never_scrolls_sideways(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The guide's screenshots (1366 px wide) are shown scaled to the page of the 900-px dialog."""
    from conflictdesk.ui.user_guide import UserGuideDialog

    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.browser.document().idealWidth() <= dialog.browser.viewport().width()
    assert not dialog.browser.horizontalScrollBar().isVisible()


def test_the_english_screening_table_fits_a_1920_window(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       qapp) -> None:
    """At 1920×1080 in English all screening columns are in view: the table, not the form, takes the width."""
    from conflictdesk.ui.i18n import install_translators, remove_translators
    from conflictdesk.ui.panels.projects import ProjectsPanel

    translators = install_translators(qapp, "en")
    try:
        window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        panel = window.show_panel("projects")
        assert isinstance(panel, ProjectsPanel)
        panel.tabs.setCurrentWidget(panel.screening)
        QApplication.processEvents()
        table = panel.screening.table
        assert table.model().rowCount() > 0
        assert not table.horizontalScrollBar().isVisible(), \
            f"{sum(table.columnWidth(c) for c in range(table.model().columnCount()))} px of columns " \
            f"in a {table.viewport().width()} px table"
    finally:
        remove_translators(qapp, translators)
