"""A carried case on its card: 결정 대기 in `card` (text and JSON) and the editor's header; the signals tab of a
past round's card gives the alert level at that round's end, not today."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from conflictdesk.cli import main
from conflictdesk.domain.enums import SignalKind
from conflictdesk.services.card_views import SignalRow
from conflictdesk.services.carryover import carried_cases, mark_carry_over
from conflictdesk.services.rounds import open_round
from conflictdesk.store.engine import Database
from conflictdesk.ui.card_tabs import SignalsTab
from conflictdesk.ui.main_window import MainWindow
from conflictdesk.ui.panels import cards as cards_panel
from conflictdesk.ui.panels.cards import CardsPanel

TODAY = date(2021, 1, 20)


def _card_json(demo_path: Path, code: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["--db", str(demo_path), "card", code, "--format", "json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_card_cli_shows_a_pending_carried_case_until_decided(demo_db: Database, demo_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    open_round(demo_db, "2021-1", today=TODAY)
    case = carried_cases(demo_db, "2021-1")[0]
    assert case.pending and case.grade in (1, 2)

    data = _card_json(demo_path, case.code, capsys)
    # The contract's keys keep their order; the new field follows them.
    assert list(data)[:14] == ["code", "name", "department", "grade", "stage", "phase", "types", "issues",
                               "stakeholders", "signals", "outlook", "actions", "plan", "history"]
    assert data["decision_pending"] is True and data["grade"] == case.grade
    assert main(["--db", str(demo_path), "card", case.code]) == 0
    header = capsys.readouterr().out.splitlines()[1]
    assert f"{case.grade}등급 (2021-1)" in header and "결정 대기" in header

    mark_carry_over(demo_db, case.code, "2021-1", "continued", TODAY, reason="갈등 지속")
    assert _card_json(demo_path, case.code, capsys)["decision_pending"] is False
    assert main(["--db", str(demo_path), "card", case.code]) == 0
    assert "결정 대기" not in capsys.readouterr().out


def test_card_cli_of_a_decided_round_is_not_pending(demo_db: Database, demo_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The demo city's current round 2020-2 has every carried case decided: no card says 결정 대기."""
    from conflictdesk.services.cards import list_cards

    codes = [c.code for c in list_cards(demo_db) if c.has_card][:5]
    assert codes and not any(_card_json(demo_path, code, capsys)["decision_pending"] for code in codes)


def test_card_editor_header_shows_decision_pending(qtbot: Any, demo_db: Database, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  fixed_today: Callable[[date], None]) -> None:
    monkeypatch.setattr(cards_panel, "ask_unsaved", lambda *_a: "discard")
    fixed_today(TODAY)
    open_round(demo_db, "2021-1", today=TODAY)
    cases = carried_cases(demo_db, "2021-1")
    pending, decided = cases[0], cases[1]
    mark_carry_over(demo_db, decided.code, "2021-1", "continued", TODAY, reason="갈등 지속")
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    panel = window.show_panel("cards")
    assert isinstance(panel, CardsPanel)

    def open_card(code: str) -> str:
        panel.search.setText(code)
        assert panel.list.count() >= 1
        panel.list.setCurrentRow(0)
        view = panel.editor.view
        assert view is not None and view.project_code == code
        return panel.editor.header.text()

    assert "결정 대기" in open_card(pending.code)
    assert "결정 대기" not in open_card(decided.code)


@pytest.mark.parametrize(("round_code", "today", "expected"), [
    # Signals of December 2020 are an alert at the end of round 2020-2 — also when looked at years later.
    ("2020-2", date(2026, 12, 3), "갈등경보"),
    ("2020-2", date(2020, 12, 20), "갈등경보"),
    # A current round is evaluated today: the December 2020 signals are long out of the 30-day window.
    ("2026-2", date(2026, 12, 3), "정상"),
    (None, date(2026, 12, 3), "정상"),
])
def test_signals_tab_evaluates_a_past_round_at_its_end(qtbot: Any, fixed_today: Callable[[date], None],
                                                      round_code: str | None, today: date, expected: str) -> None:
    from PySide6.QtGui import QUndoStack

    fixed_today(today)
    undo = QUndoStack()
    tab = SignalsTab(undo)
    qtbot.addWidget(tab)
    tab.set_round(round_code)
    tab.list.set_rows([
        SignalRow(SignalKind.GROUP_COMPLAINT.value, date(2020, 12, 10), 58),
        SignalRow(SignalKind.PROTEST.value, date(2020, 12, 11), 4),
        SignalRow(SignalKind.MEDIA.value, date(2020, 12, 12), 2),
        SignalRow(SignalKind.COMPLAINT.value, date(2020, 12, 14), 6),
    ])
    text = tab.alert_label.text()
    assert f"경보 수준: {expected}" in text
    assert ("기준일 2020. 12. 31." in text) == (round_code == "2020-2" and today > date(2020, 12, 31))


def test_a_carried_case_whose_card_is_closed_is_no_longer_pending(demo_db: Database, demo_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Closing the card ends the case's key status: neither status nor the card calls it 결정 대기 (found by the
    cycle state machine)."""
    from conflictdesk.services.cards import close_card
    from conflictdesk.services.obligations import round_status

    open_round(demo_db, "2021-1", today=TODAY)
    case = carried_cases(demo_db, "2021-1")[0]
    row = next(r for r in round_status(demo_db, "2021-1", TODAY) if r.code == case.code)
    assert row.key and row.pending
    close_card(demo_db, case.code, TODAY, "합의로 해소")
    row = next(r for r in round_status(demo_db, "2021-1", TODAY) if r.code == case.code)
    assert not row.key and not row.pending and not row.missing
    assert _card_json(demo_path, case.code, capsys)["decision_pending"] is False


def test_status_json_names_pending_cases_and_the_card_plan_due_date(demo_db: Database, demo_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from conflictdesk.services.diagnosis import set_grade
    from conflictdesk.services.screening import screen_round, screening_table

    open_round(demo_db, "2021-1", today=TODAY)
    screen_round(demo_db, "2021-1")
    pending = {c.code for c in carried_cases(demo_db, "2021-1")}
    new = next(r[1] for r in screening_table(demo_db, "2021-1").rows if r[5] and not r[6] and r[8] is None)
    set_grade(demo_db, new, "2021-1", 1, "confirmed", "집단민원 확산", TODAY)
    assert main(["--db", str(demo_path), "status", "--round", "2021-1", "--format", "json"]) == 0
    rows = {p["code"]: p for p in json.loads(capsys.readouterr().out)["projects"]}
    assert {code for code, p in rows.items() if p["decision_pending"]} == pending
    assert rows[new]["card_plan_due"] == "2021-02-19" and not rows[new]["decision_pending"]
    assert all(rows[code]["card_plan_due"] is None for code in pending)
