"""설정: screening rules, checklist and reminders saved as settings; new rounds copy them; the panel edits them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QSpinBox
from sqlalchemy import select

from conflictdesk.domain.enums import Criterion
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.domain.grading import ChecklistSettings
from conflictdesk.domain.screening import RuleSet
from conflictdesk.services import settings as service
from conflictdesk.services.rounds import open_round
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Round
from conflictdesk.ui.panels.settings import SettingsPanel


def test_defaults_when_nothing_is_stored(db: Database) -> None:
    rules, checklist, days, name = service.load_all(db)
    assert rules == RuleSet() and checklist == ChecklistSettings() and days == 14 and name == ""


def test_new_round_copies_the_rules_in_force_and_keeps_them(db: Database) -> None:
    service.save_all(db, RuleSet(budget_threshold_won=5_000_000_000, active=frozenset({Criterion.EIA})),
                     ChecklistSettings(), 7, "김담당")
    open_round(db, "2021-1")
    service.save_all(db, RuleSet(), ChecklistSettings(), 14, "김담당")
    with db.read() as s:
        stored = s.scalars(select(Round)).one().rules["screening"]
    assert RuleSet.from_dict(stored) == RuleSet(budget_threshold_won=5_000_000_000, active=frozenset({Criterion.EIA}))


def test_user_name_becomes_the_audit_actor(db: Database) -> None:
    service.save_all(db, RuleSet(), ChecklistSettings(), 14, "박주무관")
    open_round(db, "2021-2")
    with db.read() as s:
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.entity == "Round")))
    assert actors == {"박주무관"}


@pytest.mark.parametrize("days", [0, 400])
def test_reminder_days_out_of_range_is_refused(db: Database, days: int) -> None:
    with pytest.raises(InvalidValue):
        service.save_all(db, RuleSet(), ChecklistSettings(), days, "")
    assert service.load_all(db)[2] == 14


def test_panel_edits_and_saves(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    published = []
    panel = SettingsPanel(db, published.append)
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    panel.threshold.setValue(3000)
    panel.criteria[Criterion.VISIBLE].setChecked(False)
    weight = panel.items.cellWidget(0, 2)
    assert isinstance(weight, QSpinBox)
    weight.setValue(5)
    panel.user_name.setText("이주무관")
    qtbot.mouseClick(panel.save_button, qtbot_button())
    rules, checklist, _days, name = service.load_all(db)
    assert rules.budget_threshold_won == 3_000_000_000
    assert Criterion.VISIBLE not in rules.active and Criterion.EIA in rules.active
    assert checklist.items[0].weight == 5 and name == "이주무관"
    assert published and published[0].touches("setting")


def test_panel_shows_a_clear_message_for_bad_bands(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    panel = SettingsPanel(db)
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    panel.band1.setValue(20)
    panel.band2.setValue(50)
    panel.save()
    assert shown and "1등급 점수 기준" in shown[0]
    assert service.load_all(db)[1] == ChecklistSettings()


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton




def test_budget_criterion_is_named_by_its_threshold(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """#19: after the threshold becomes 5,000 백만원 nothing says "40억원" any more, and no internal code shows."""
    panel = SettingsPanel(db, lambda changes: panel.on_changes(changes))
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    assert panel.criteria[Criterion.BUDGET].text() == "40억원 이상 예산"
    panel.threshold.setValue(5000)
    assert panel.criteria[Criterion.BUDGET].text() == "50억원 이상 예산"
    texts = [box.text() for box in panel.criteria.values()]
    assert not any(c.value in t for c in Criterion for t in texts)  # no "(TIA)", "(VICE_MAYOR)"
    assert panel.items.isColumnHidden(0)  # checklist codes such as organised_opposition stay hidden
    qtbot.mouseClick(panel.save_button, qtbot_button())
    assert "설정을 저장했습니다 ·" in panel.status.text()  # stays after the reload the save triggers
    open_round(db, "2021-1")
    from conflictdesk.domain.screening import criterion_label

    rules, *_rest = service.load_all(db)
    assert criterion_label(Criterion.BUDGET, rules) == "50억원 이상 예산"
