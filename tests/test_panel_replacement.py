"""Replacement draws for drop-outs: hand-checkable quotas kept, reproducible by seed, refused by category."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from conflictdesk.cli import main
from conflictdesk.domain.deliberation import ItemSource
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.panel_draw import Applicant, Quota
from conflictdesk.domain.panel_replacement import allowed_values, replacement
from conflictdesk.services import citizen_panel, deliberation
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.store import models
from conflictdesk.store.engine import Database

#: number: (성별, 권역) — the panel drawn is 1, 2, 3, 4 (남A, 남B, 여A, 여B).
PEOPLE = {"1": ("남", "A"), "2": ("남", "B"), "3": ("여", "A"), "4": ("여", "B"), "5": ("남", "A"), "6": ("여", "A"),
          "7": ("여", "B"), "8": ("남", "B"), "9": ("여", "A"), "10": ("남", "A")}
QUOTAS = [Quota("성별", "남", 2, 2), Quota("성별", "여", 2, 2), Quota("권역", "A", 1, 3), Quota("권역", "B", 1, 3)]
PANEL = ["1", "2", "3", "4"]


def _applicants(people: dict[str, tuple[str, str]] = PEOPLE) -> list[Applicant]:
    return [Applicant(n, {"성별": g, "권역": r}) for n, (g, r) in people.items()]


@pytest.mark.parametrize(("quotas", "people", "dropped", "candidates", "blocking"), [
    # 여 B drops: 여 falls to 1 (< 2) → only a 여 may come; 권역 A or B both stay within 1~3
    (QUOTAS, PEOPLE, "4", ("6", "7", "9"), ()),
    # 남 A drops: only a 남; A falls to 1 (still ≥ 1) → A or B
    (QUOTAS, PEOPLE, "1", ("10", "5", "8"), ()),
    # with B at least 2, a dropped 여 B needs a 여 B: only 7
    ([*QUOTAS[:3], Quota("권역", "B", 2, 3)], PEOPLE, "4", ("7",), ()),
    # ... and without any B left among the others, 권역 is named
    ([*QUOTAS[:3], Quota("권역", "B", 2, 3)], {k: v for k, v in PEOPLE.items() if k not in ("7", "8")}, "4", (),
     ("권역",)),
    # a 여 B would be needed but 7 is 남 here: each category alone could be kept, together not → both named
    ([*QUOTAS[:3], Quota("권역", "B", 2, 3)], {**PEOPLE, "7": ("남", "B")}, "4", (), ("성별", "권역")),
])
def test_a_replacement_keeps_every_quota(quotas: list[Quota], people: dict[str, tuple[str, str]], dropped: str,
                                         candidates: tuple[str, ...], blocking: tuple[str, ...]) -> None:
    found = replacement(_applicants(people), quotas, PANEL, dropped, PANEL, seed=7)
    assert found.candidates == candidates
    assert found.blocking == blocking
    if candidates:
        assert found.chosen == random.Random(7).choice(candidates)
        by_number = {a.number: a for a in _applicants(people)}
        after = [by_number[n] for n in PANEL if n != dropped] + [by_number[found.chosen]]
        for q in quotas:
            assert q.min <= sum(1 for a in after if a.values[q.category] == q.value) <= q.max


def test_two_values_below_their_minimum_cannot_be_mended_by_one() -> None:
    remaining = [Applicant("1", {"성별": "남"})]
    assert allowed_values(remaining, [Quota("성별", "남", 2, 2), Quota("성별", "여", 1, 2)]) == {"성별": set()}


def _recorded_panel(db: Database) -> int:
    item_id, _ = deliberation.add_item(db, ItemInput("대체 추첨 안건", ItemSource.MAYOR, date(2020, 1, 2)))
    with db.write(reason="시험 참여단") as s:
        panel = models.CitizenPanel(item_id=item_id, kind="citizen", size=4, seed=1, algorithm="maximin",
                                    library_version="0", input_hash="0" * 64,
                                    quotas=[{"category": q.category, "value": q.value, "min": q.min, "max": q.max}
                                            for q in QUOTAS])
        panel.applicants = [models.PanelApplicant(number=n, categories={"성별": g, "권역": r}, name="",
                                                  probability=0.4, selected=n in PANEL)
                            for n, (g, r) in PEOPLE.items()]
        s.add(panel)
    return item_id


def test_replacement_is_a_dry_run_until_saved_then_recorded_and_audited(db: Database) -> None:
    item = _recorded_panel(db)
    preview = citizen_panel.replace_member(db, item, "4", 11, dropped_on=date(2020, 3, 2), reason="이사")
    assert not preview.saved and preview.candidates == ("6", "7", "9")
    assert preview.replacement == random.Random(11).choice(("6", "7", "9"))
    assert citizen_panel.recorded_panel(db, item).selected == tuple(PANEL)  # type: ignore[union-attr]
    again = citizen_panel.replace_member(db, item, "4", 11, dropped_on=date(2020, 3, 2), reason="이사", save=True)
    assert again.replacement == preview.replacement and again.saved  # same seed, same replacement
    recorded = citizen_panel.recorded_panel(db, item)
    assert recorded is not None
    assert set(recorded.selected) == {"1", "2", "3", again.replacement}
    assert recorded.first_selected == tuple(PANEL)  # what `panel verify` reproduces
    assert all(q.met for q in recorded.quotas)
    dropped = next(a for a in recorded.applicants if a.number == "4")
    assert (dropped.selected, dropped.dropped_on, dropped.drop_reason) == (False, date(2020, 3, 2), "이사")
    new = next(a for a in recorded.applicants if a.number == again.replacement)
    assert (new.selected, new.replaces, new.replacement_seed) == (True, "4", 11)
    with db.read() as s:
        changed = list(s.execute(select(models.AuditEntry.field, models.AuditEntry.new).where(
            models.AuditEntry.entity == "PanelApplicant", models.AuditEntry.reason.like("%대체 추첨%seed 11%"))))
    assert {f for f, _new in changed} == {"dropped_on", "drop_reason", "selected", "replaces", "replacement_seed"}
    # the one who dropped out cannot drop again, nor come back as a replacement
    with pytest.raises(DomainError) as caught:
        citizen_panel.replace_member(db, item, "4", 3, dropped_on=date(2020, 3, 3))
    assert caught.value.code == "panel_not_a_member"
    second = citizen_panel.replace_member(db, item, "3", 5, dropped_on=date(2020, 3, 9))
    assert "4" not in second.candidates and again.replacement not in second.candidates


def test_an_impossible_replacement_is_refused_by_category(db: Database) -> None:
    item = _recorded_panel(db)
    with db.write(reason="시험") as s:  # nobody 여 is left among the others
        for a in s.scalars(select(models.PanelApplicant).where(models.PanelApplicant.number.in_(["6", "7", "9"]))):
            a.categories = {"성별": "남", "권역": a.categories["권역"]}
    with pytest.raises(DomainError) as caught:
        citizen_panel.replace_member(db, item, "4", 1, dropped_on=date(2020, 3, 2), save=True)
    assert caught.value.code == "panel_replacement_impossible" and "성별" in str(caught.value)
    assert citizen_panel.recorded_panel(db, item).selected == tuple(PANEL)  # type: ignore[union-attr]


def test_cli_panel_replace_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.sqlite3"
    db = Database(f"sqlite:///{path}", actor="tester")
    try:
        item = _recorded_panel(db)
    finally:
        db.close()
    args = ["--db", str(path), "panel", "replace", str(item), "--applicant", "4", "--seed", "11", "--date",
            "2020-03-02", "--format", "json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dropped"] == "4" and data["candidates"] == ["6", "7", "9"] and data["saved"] is False
    assert data["replacement"] == random.Random(11).choice(["6", "7", "9"]) and data["seed"] == 11
    assert all(q["min"] <= q["selected"] <= q["max"] for q in data["quotas"])
    assert main([*args, "--save"]) == 0
    assert json.loads(capsys.readouterr().out)["saved"] is True
    assert main(args) == 1  # 4 is no longer a member
    assert "현재 위원이 아닙니다" in capsys.readouterr().err


def test_the_draw_tab_records_a_drop_out_and_its_replacement(qtbot, db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    from conflictdesk.ui import messages
    from conflictdesk.ui.main_window import MainWindow

    item = _recorded_panel(db)
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    w = MainWindow(db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.show_panel("deliberation")
    tab = w.panels["deliberation"].draw
    tab.item.setCurrentIndex(tab.item.findData(item))
    table = tab.applicant_table
    numbers = [table.item(r, 0).text() for r in range(table.rowCount())]
    table.setCurrentCell(numbers.index("4"), 0)
    assert tab.dropped.text() == "4"
    tab.drop_reason.setText("이사")
    tab.replace_seed.setValue(11)
    tab.replace_preview.click()
    expected = random.Random(11).choice(("6", "7", "9"))
    assert tab.replace_info is not None and tab.replace_info.replacement == expected and not tab.replace_info.saved
    tab.replace_record.click()
    result = {table.item(r, 0).text(): table.item(r, table.columnCount() - 1).text() for r in range(table.rowCount())}
    assert result["4"].startswith("탈락") and result[expected] == "선정 (4 대체)"
    assert set(citizen_panel.recorded_panel(db, item).selected) == {"1", "2", "3", expected}  # type: ignore[union-attr]


def test_the_result_report_lists_drop_outs_and_replacements(db: Database) -> None:
    from conflictdesk.reports.deliberation_pdf import panel_facts

    item = _recorded_panel(db)
    found = citizen_panel.replace_member(db, item, "4", 11, dropped_on=date(2020, 3, 2), reason="이사", save=True)
    recorded = citizen_panel.recorded_panel(db, item)
    assert recorded is not None
    assert ("중도 탈락·대체", f"4 탈락 (2020. 3. 2., 이사) → 대체 {found.replacement} (시드 11)") in panel_facts(recorded)
    assert ("규모", "4명 / 신청 10명") in panel_facts(recorded)
