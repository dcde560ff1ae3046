"""The committee roster of the 공론화 결과 보고서: the members in office while the committee worked on the item (from
the 실시 decision to the 권고안's adoption), with kind, 당연직/위촉, affiliation, term and chair, names masked."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from conflictdesk.domain.committee import Appointment, MemberKind
from conflictdesk.domain.deliberation import Decision, ItemSource
from conflictdesk.services import deliberation
from conflictdesk.services import deliberation_committee as dc
from conflictdesk.services.committee_dtos import MemberInput
from conflictdesk.services.deliberation_dtos import ItemInput
from conflictdesk.store.engine import Database

OPENED = date(2020, 1, 2)
GO = date(2020, 2, 3)
ADOPTED = date(2020, 9, 1)


@pytest.mark.parametrize(("decision", "decided", "adopted", "today", "period"), [
    ("go", GO, ADOPTED, date(2021, 1, 1), (GO, ADOPTED)),  # 실시 → 권고안 채택
    ("go", GO, None, date(2020, 5, 1), (GO, date(2020, 5, 1))),  # still going: up to today
    ("go", None, None, date(2020, 5, 1), (OPENED, date(2020, 5, 1))),  # 실시 without a date (older records)
    ("no_go", date(2020, 3, 1), None, date(2021, 1, 1), (OPENED, date(2020, 3, 1))),  # 미실시: the deliberation on it
    (None, None, None, date(2020, 4, 1), (OPENED, date(2020, 4, 1))),  # undecided: up to today
    (None, None, None, date(2019, 12, 1), (OPENED, OPENED)),  # a clock before the opening: one day
])
def test_the_roster_period(decision: str | None, decided: date | None, adopted: date | None, today: date,
                           period: tuple[date, date]) -> None:
    item = SimpleNamespace(decision=decision, decided_on=decided, recommendation_on=adopted, opened_on=OPENED)
    assert dc.roster_period(item, today) == period  # type: ignore[arg-type]


def _member(db: Database, name: str, kind: MemberKind, start: date, end: date | None,
            appointment: Appointment = Appointment.APPOINTED, affiliation: str = "") -> int:
    return dc.add_member(db, MemberInput(name, kind, appointment, start, end, affiliation))[0]


def test_the_roster_holds_exactly_the_members_in_office_during_the_process(db: Database) -> None:
    chair = _member(db, "홍길동", MemberKind.EXPERT, date(2019, 7, 1), date(2021, 6, 30), affiliation="갈등연구소")
    dc.set_chair(db, chair)
    _member(db, "김철수", MemberKind.OFFICIAL, date(2019, 7, 1), None, Appointment.EX_OFFICIO, "환경국장")
    _member(db, "이영희", MemberKind.CIVIC, date(2019, 7, 1), date(2020, 2, 2))  # left the day before the decision
    _member(db, "박민수", MemberKind.COUNCILLOR, date(2020, 9, 1), None)  # came on the day of the adoption
    _member(db, "최지우", MemberKind.CIVIC, date(2020, 9, 2), None)  # came after
    item = deliberation.add_item(db, ItemInput("자체매립지 조성", ItemSource.MAYOR, OPENED))[0]
    deliberation.record_decision(db, item, Decision.GO, GO, "시민 공론 필요", meeting_id=None)
    dc.record_recommendation(db, item, ADOPTED, "권고안 5건")
    found = dc.item_decisions(db, item, date(2021, 1, 1))
    assert (found.roster_from, found.roster_to) == (GO, ADOPTED)
    assert [(m.name, m.kind, m.appointment, m.affiliation, m.chair) for m in found.roster] == [
        ("홍*동", MemberKind.EXPERT, Appointment.APPOINTED, "갈등연구소", True),
        ("박*수", MemberKind.COUNCILLOR, Appointment.APPOINTED, "", False),
        ("김*수", MemberKind.OFFICIAL, Appointment.EX_OFFICIO, "환경국장", False),
    ]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    from conflictdesk.cli import main

    path = str(tmp_path_factory.mktemp("roster") / "demo.sqlite3")
    assert main(["--db", path, "demo", "--projects", "20"]) == 0
    return path


def _demo_item(demo_file: str) -> int:
    db = Database(f"sqlite:///{demo_file}", actor="tester")
    try:
        return next(i.id for i in deliberation.agenda(db, date(2021, 1, 1)) if i.title.startswith("친환경"))
    finally:
        db.close()


def _masked(name: str) -> str:
    return name[0] + "*" + name[-1]


def test_the_pdf_report_lists_the_demo_committee_masked(demo_file: str, tmp_path: Path) -> None:
    from conflictdesk.cli import main
    from conflictdesk.services.committee_demo import DEMO_MEMBERS

    out = tmp_path / "r.pdf"
    assert main(["--db", demo_file, "deliberation", "report", str(_demo_item(demo_file)), "--out", str(out)]) == 0
    assert shutil.which("pdftotext"), "poppler's pdftotext reads the report back"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert "위원 명단 (2019. 12. 20. ~ 2020. 4. 29. 재직 15명)" in flat
    for name, _kind, _appointment, affiliation in DEMO_MEMBERS:
        assert name not in flat, name
        assert _masked(name) in flat, name
        assert affiliation.split()[0] in flat, affiliation
    for needle in ("갈등관리전문가", "시민단체", "시의원", "공무원", "당연직", "위촉", "위원장", "2019. 7. 1. ~ 2021. 6. 30."):
        assert needle in flat, needle
    assert flat.index("위원 명단") < flat.index("참여단 구성")


def test_the_hwpx_report_lists_the_demo_committee_masked(demo_file: str, tmp_path: Path) -> None:
    pytest.importorskip("hwpx")
    from conflictdesk.cli import main
    from conflictdesk.services.committee_demo import DEMO_MEMBERS

    out = tmp_path / "r.hwpx"
    assert main(["--db", demo_file, "deliberation", "report", str(_demo_item(demo_file)), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        xml = "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".xml"))
    assert "위원 명단 (2019. 12. 20. ~ 2020. 4. 29. 재직 15명)" in xml
    for name, _kind, _appointment, affiliation in DEMO_MEMBERS:
        assert name not in xml, name
        assert f">{_masked(name)}<" in xml, name
        assert affiliation in xml, affiliation
    # 위원장: the column's header and the one chair's cell
    assert xml.count(">당연직<") == 3 and xml.count(">위촉<") == 12 and xml.count(">위원장<") == 2
