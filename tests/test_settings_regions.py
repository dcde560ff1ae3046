"""The 공론화 권역 in the 설정 panel: shown, saved through the op runner with the other settings in one transaction,
refused with a clear message (nothing saved), and the list a new 공론화 추진 starts with — a started one keeps its own."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from conflictdesk.domain.deliberation import Decision, ItemSource
from conflictdesk.domain.deliberation_process import DEFAULT_REGIONS, Phase
from conflictdesk.services import deliberation
from conflictdesk.services import deliberation_process as process
from conflictdesk.services import settings as service
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.store.engine import Database
from conflictdesk.ui.panels.settings import SettingsPanel


def _go(db: Database, title: str) -> int:
    item = deliberation.add_item(db, ItemInput(title, ItemSource.MAYOR, date(2020, 1, 6)))[0]
    deliberation.record_decision(db, item, Decision.GO, date(2020, 1, 20), "공론 필요", meeting_id=None)
    return item


def _regional(db: Database, item: int) -> list[str]:
    view = process.process_view(db, item, date(2020, 6, 1))
    assert view is not None
    return [e.region for e in view.events if e.phase is Phase.REGIONAL]


def test_the_settings_panel_edits_the_regions_a_new_process_starts_with(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    started = _go(db, "먼저 시작한 공론화")
    process.start_process(db, started, 2020)
    published: list[Changes] = []
    panel = SettingsPanel(db, published.append)
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    assert panel.regions.text() == ", ".join(DEFAULT_REGIONS)
    panel.regions.setText("동부권,  서부  권 , 남부권,")  # spaces folded, the empty tail dropped
    panel.reminder_days.setValue(21)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert process.current_regions(db) == ("동부권", "서부 권", "남부권")
    assert service.load_all(db)[2] == 21  # the same save
    assert published and published[-1].touches("setting") and published[-1].touches("deliberation")
    panel.reload()
    assert panel.regions.text() == "동부권, 서부 권, 남부권"
    later = _go(db, "나중에 시작한 공론화")
    process.start_process(db, later, 2020)
    assert _regional(db, later) == ["동부권", "서부 권", "남부권"]
    assert _regional(db, started) == list(DEFAULT_REGIONS)  # a started process keeps its list


@pytest.mark.parametrize(("typed", "message"), [
    ("동부권, 동부권", "권역 '동부권'이(가) 두 번 있습니다."),
    (" , ", "권역을(를) 입력하세요."),
    ("가" * 21, "권역 값이 너무 깁니다 (최대 20자)"),
])
def test_bad_regions_are_refused_and_nothing_is_saved(qtbot, db: Database, errors: list[str], typed: str,  # type: ignore[no-untyped-def]
                                                      message: str) -> None:
    panel = SettingsPanel(db)
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    panel.regions.setText(typed)
    panel.reminder_days.setValue(30)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and message in errors[0], errors
    assert process.current_regions(db) == DEFAULT_REGIONS
    assert service.load_all(db)[2] != 30  # the other settings of the same save neither
    assert "설정을 저장했습니다" not in panel.status.text()


def test_the_regions_field_has_a_mnemonic_and_follows_a_change_from_the_process_tab(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    panel = SettingsPanel(db, lambda changes: panel.on_changes(changes))
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    # Alt+G goes to the field (the label's buddy; offscreen platforms do not route mnemonics)
    assert "(&G)" in panel.regions_label.text() and panel.regions_label.buddy() is panel.regions
    changes = process.save_regions(db, ["중부권", "남부권"])  # the 추진 tab's save
    panel.on_changes(changes)
    assert panel.regions.text() == "중부권, 남부권"
