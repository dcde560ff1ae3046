"""보고서 panel and dashboard charts, driven through real widgets (file dialogs monkeypatched)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from conflictdesk.store.engine import Database
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels import reports as reports_module
from conflictdesk.ui.panels.dashboard import DashboardPanel
from conflictdesk.ui.panels.projects import ProjectsPanel
from conflictdesk.ui.panels.reports import CARD, SUMMARY_XLSX, ReportsPanel


@pytest.fixture
def panel(qtbot, demo_db: Database) -> ReportsPanel:  # type: ignore[no-untyped-def]
    widget = ReportsPanel(demo_db)
    qtbot.addWidget(widget)
    widget.ensure_loaded()
    widget.round_box.setCurrentText("2020-2")
    return widget


def choose(panel: ReportsPanel, kind: str) -> None:
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(kind))


def test_save_card_pdf_through_the_dialog(qtbot, panel: ReportsPanel, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "카드"
    asked: list[str] = []

    def fake_save(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out), ""

    monkeypatch.setattr(reports_module.QFileDialog, "getSaveFileName", staticmethod(fake_save))
    choose(panel, CARD)
    assert panel.project_box.count() > 0 and panel.save_button.isEnabled()
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.last_file is not None, timeout=30000)
    saved = tmp_path / "카드.pdf"
    assert panel.last_file == saved and saved.read_bytes().startswith(b"%PDF")
    assert asked[0].endswith(f"갈등관리카드_{panel.project_code()}.pdf")
    assert len(PdfReader(saved).pages) >= 1
    assert "저장했습니다" in panel.status.text()


def test_xlsx_report_cannot_be_previewed_or_printed(panel: ReportsPanel) -> None:
    choose(panel, SUMMARY_XLSX)
    assert panel.save_button.isEnabled()
    assert not panel.preview_button.isEnabled() and not panel.print_button.isEnabled()
    assert not panel.project_box.isEnabled()


def test_batch_export_writes_every_key_card(qtbot, panel: ReportsPanel, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports_module.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a: str(tmp_path)))
    panel.batch_button.click()
    qtbot.waitUntil(lambda: "건을 저장했습니다" in panel.status.text(), timeout=60000)
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == panel.project_box.count()
    assert all(f.name.startswith("갈등관리카드_") for f in files)


def test_batch_export_stops_when_cancelled(qtbot, panel: ReportsPanel, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    codes = [str(panel.project_box.itemData(i)) for i in range(panel.project_box.count())]
    calls: list[int] = []

    def progress(pct: int, _msg: str) -> bool:
        calls.append(pct)
        return len(calls) < 2  # cancel before the second card

    done, total, _folder, combined = panel._batch_work(tmp_path, codes)(progress)
    assert (done, total) == (1, len(codes)) and len(list(tmp_path.glob("*.pdf"))) == 1
    assert combined is None and not list(tmp_path.glob(".conflictdesk-*"))


def test_batch_export_also_makes_one_bookmarked_pdf(qtbot, panel: ReportsPanel, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports_module.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a: str(tmp_path)))
    panel.batch_combined.setChecked(True)
    panel.batch_button.click()
    qtbot.waitUntil(lambda: "건을 저장했습니다" in panel.status.text(), timeout=60000)
    combined = tmp_path / "갈등관리카드_2020-2_전체.pdf"
    assert panel.last_file == combined and combined.name in panel.status.text()
    cards = sorted(p for p in tmp_path.glob("*.pdf") if p != combined)
    assert len(cards) == panel.project_box.count()
    whole = PdfReader(combined)
    assert len(whole.pages) == sum(len(PdfReader(p).pages) for p in cards)
    codes = [str(panel.project_box.itemData(i)) for i in range(panel.project_box.count())]
    assert [item.title.split()[0] for item in whole.outline] == codes  # one bookmark per card, in order


def test_dashboard_bar_click_filters_the_project_table(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    dashboard = window.show_panel("dashboard")
    assert isinstance(dashboard, DashboardPanel)
    dashboard.load_charts()
    assert len(dashboard.canvases) == 2
    canvas = dashboard.canvases[0]
    canvas.draw()
    bar = next(p for p in canvas.figure.axes[0].patches if p.get_width() > 0)
    x, y = bar.axes.transData.transform((bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2))
    from matplotlib.backend_bases import MouseEvent

    with qtbot.waitSignal(dashboard.department_clicked) as blocker:
        MouseEvent("button_press_event", canvas, x, y, button=1)._process()
    assert blocker.args == [bar.get_gid()]
    projects = window.panels["projects"]
    assert isinstance(projects, ProjectsPanel)
    assert window.stack.currentWidget() is projects and projects.search.text() == bar.get_gid()


def test_card_as_hwpx_by_name_and_the_folder_is_remembered(qtbot, panel: ReportsPanel, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """#19 item 9: HWPX is offered where the extra is installed, the card is picked by name, the folder is kept."""
    import zipfile

    pytest.importorskip("hwpx")
    folder = tmp_path / "보고서함"
    folder.mkdir()
    asked: list[tuple[str, str]] = []

    def fake_save(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((suggested, filters))
        return str(folder / "카드"), "한/글 문서 (*.hwpx)"

    monkeypatch.setattr(reports_module.QFileDialog, "getSaveFileName", staticmethod(fake_save))
    choose(panel, CARD)
    name = panel.project_box.itemText(1).split("  ", 1)[1]
    assert panel.project_box.search(name) == [panel.project_box.itemText(1)]  # found by its name, shows code + name
    panel.project_box.setCurrentIndex(1)
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.last_file is not None, timeout=30000)
    assert panel.last_file == folder / "카드.hwpx" and zipfile.is_zipfile(panel.last_file)
    assert "*.hwpx" in asked[0][1]
    panel.last_file = None
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.last_file is not None, timeout=30000)
    assert Path(asked[1][0]).parent == folder  # the second save starts where the first one went
