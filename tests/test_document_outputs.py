"""Every document and CLI output read back as its receiver would.

One masking policy in every output (docs/업무규칙.md §Masking): a table of kind × output that fails on any difference.
Private persons (a resident, a party's representative, a council's party member) are masked, name and contact;
organisations, public bodies, media, council committees and officials acting in their role never are.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from conflictdesk.cli import main
from conflictdesk.domain.enums import Criterion
from conflictdesk.domain.masking import mask_contact, mask_name, presumed_party
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Council, PlanItem, Project, ResponsePlan, Review, Stakeholder

FULL, MASKED = "full", "masked"

#: key → (stored text, how every output must show it)
KINDS: dict[str, tuple[str, str]] = {
    "resident (person)": ("홍길동", MASKED),
    "landowner (person, kind 토지주)": ("남궁옥분", MASKED),
    "representative of a group": ("황보석진", MASKED),
    "stakeholder contact": ("010-2468-1357", MASKED),
    "local government (agency)": ("경기도 김포시", FULL),
    "civic group": ("인천경실련", FULL),
    "civic group 2": ("인천녹색연합", FULL),
    "residents' committee (organisation)": ("송도 주민대책위원회", FULL),
    "council committee": ("시의회 건설교통위원회", FULL),
    "media": ("지역 언론", FULL),
    "plan owner (official)": ("모현정", FULL),
    "council party member": ("어금순", MASKED),
    "council party member contact": ("010-9753-8642", MASKED),
    "council official member": ("탁정훈", FULL),
    "reviewer (official)": ("편윤서", FULL),
}
STAKEHOLDERS = ("resident (person)", "landowner (person, kind 토지주)", "representative of a group",
                "stakeholder contact", "local government (agency)", "civic group", "civic group 2",
                "residents' committee (organisation)", "council committee", "media")
COUNCIL = ("council party member", "council party member contact", "council official member")
OFFICIAL_OWNER = ("plan owner (official)",)

#: Which kinds each output shows at all (an output that does not show a kind must not leak it either).
OUTPUTS: dict[str, tuple[str, ...]] = {
    "card PDF": STAKEHOLDERS + OFFICIAL_OWNER,
    "card HWPX": STAKEHOLDERS + OFFICIAL_OWNER,
    "card CLI text": STAKEHOLDERS + OFFICIAL_OWNER,
    # The stable JSON shape of `card --format json` has no representative field.
    "card CLI JSON": tuple(k for k in STAKEHOLDERS if k != "representative of a group") + OFFICIAL_OWNER,
    "mediation PDF": COUNCIL,
    "council CLI text": ("council party member", "council official member"),
    "council CLI JSON": ("council party member", "council official member"),
    "summary PDF": OFFICIAL_OWNER,
    "summary XLSX": OFFICIAL_OWNER,
    "summary HWPX": (),
    "ICS": OFFICIAL_OWNER + ("reviewer (official)",),
    "screen CSV": (),
}


def shown(key: str) -> str:
    text, how = KINDS[key]
    if how == FULL:
        return text
    return mask_contact(text) if text[0].isdigit() else mask_name(text)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def world(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo city with one card and council holding a person and an organisation of every kind."""
    path = tmp_path_factory.mktemp("masking") / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    db = Database(f"sqlite:///{path}", actor="tester")
    with db.write(reason="test") as s:
        council = s.scalars(select(Council)).first()
        assert council is not None
        project = s.get(Project, council.project_id)
        assert project is not None
        card = s.scalar(select(Card).where(Card.project_id == project.id))
        assert card is not None
        v = {k: KINDS[k][0] for k in KINDS}
        people = [
            (v["resident (person)"], "residents", "", v["stakeholder contact"]),
            (v["landowner (person, kind 토지주)"], "landowners", "", ""),
            (v["local government (agency)"], "agency", "", ""),
            (v["civic group"], "civic_group", v["representative of a group"], ""),
            (v["civic group 2"], "civic_group", "", ""),
            (v["residents' committee (organisation)"], "residents", "", ""),
            (v["council committee"], "council", "", ""),
            (v["media"], "media", "", ""),
        ]
        card.stakeholders = [Stakeholder(name=n, kind=k, representative=r, contact=c, position="반대",
                                         party=presumed_party(n, k)) for n, k, r, c in people]
        plan = s.scalar(select(ResponsePlan).where(ResponsePlan.card_id == card.id))
        assert plan is not None
        plan.items = [PlanItem(position=0, title="주민설명회 개최", owner=v["plan owner (official)"],
                               due=date(2020, 11, 30), status="planned")]
        party = next(m for m in council.members if m.role == "party")
        party.name, party.contact = v["council party member"], v["council party member contact"]
        official = next(m for m in council.members if m.role == "official")
        official.name = v["council official member"]
        for item in council.items:
            item.owner = "시민정책담당관실"
        reviews = s.scalars(select(Review).where(Review.project_id == project.id)).all()
        assert reviews
        for review in reviews:
            review.done_on, review.reviewer = review.due, v["reviewer (official)"]
        code = project.code
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path, code


def _pdf(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _hwpx(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.search(r"section\d+\.xml$", n.lower()))
    return "\n".join(re.findall(r"<hp:t>([^<]*)</hp:t>", xml))


def _xlsx(path: Path) -> str:
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)


def _ics(path: Path) -> str:
    return path.read_text(encoding="utf-8").replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")


#: Each output is made once per world (both tests below read the same documents; the world is not changed).
_MADE: dict[tuple[str, str], str] = {}


def _output(name: str, world: tuple[Path, str], tmp: Path, capsys: pytest.CaptureFixture[str]) -> str:
    key = (str(world[0]), name)
    if key not in _MADE:
        _MADE[key] = _make(name, world, tmp, capsys)
    return _MADE[key]


def _make(name: str, world: tuple[Path, str], tmp: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path, code = world
    db = ["--db", str(path)]

    def run(*args: str) -> str:
        capsys.readouterr()
        assert main([*db, *args]) == 0
        return capsys.readouterr().out

    def export(suffix: str, *args: str, read: Callable[[Path], str]) -> str:
        out = tmp / f"out{suffix}"
        run("export", *args, "--out", str(out))
        return read(out)

    summary = ("summary", "--round", "2020-2", "--as-of", "2020-12-31")
    producers: dict[str, Callable[[], str]] = {
        "card PDF": lambda: export(".pdf", "card", code, read=_pdf),
        "card HWPX": lambda: export(".hwpx", "card", code, read=_hwpx),
        "card CLI text": lambda: run("card", code),
        "card CLI JSON": lambda: json.dumps(json.loads(run("card", code, "--format", "json")), ensure_ascii=False),
        "mediation PDF": lambda: export(".pdf", "mediation", code, read=_pdf),
        "council CLI text": lambda: run("council", code),
        "council CLI JSON": lambda: json.dumps(json.loads(run("council", code, "--format", "json")),
                                               ensure_ascii=False),
        "summary PDF": lambda: export(".pdf", *summary, read=_pdf),
        "summary XLSX": lambda: export(".xlsx", *summary, read=_xlsx),
        "summary HWPX": lambda: export(".hwpx", *summary, read=_hwpx),
        "ICS": lambda: export(".ics", "calendar", "--round", "2020-2", read=_ics),
        "screen CSV": lambda: run("screen", "--round", "2020-2", "--format", "csv"),
    }
    return producers[name]()


@pytest.mark.slow
@pytest.mark.parametrize("output", list(OUTPUTS))
def test_every_kind_is_shown_by_the_one_policy(output: str, world: tuple[Path, str], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("hwpx")
    text = squash(_output(output, world, tmp_path, capsys))
    differences = []
    for key, (stored, how) in KINDS.items():
        expected = squash(shown(key))
        full_present = squash(stored) in text
        if key in OUTPUTS[output]:
            if expected not in text:
                differences.append(f"{key}: expected {how} '{shown(key)}', not found")
            if how == MASKED and full_present:
                differences.append(f"{key}: '{stored}' printed unmasked")
        elif how == MASKED and full_present:
            differences.append(f"{key}: '{stored}' leaks into an output that should not show it")
    assert differences == [], f"{output}: " + "; ".join(differences)


CRITERION_CODE = re.compile(r"(?<![A-Za-z_])(?:" + "|".join(c.value for c in Criterion) + r")(?![A-Za-z_])")
FOR_PEOPLE = ("card PDF", "card HWPX", "card CLI text", "mediation PDF", "summary PDF", "summary XLSX", "summary HWPX",
              "screen CSV")


@pytest.mark.slow
@pytest.mark.parametrize("output", FOR_PEOPLE)
def test_documents_for_people_hold_labels_not_criterion_codes(output: str, world: tuple[Path, str],
                                                              tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("hwpx")
    text = _output(output, world, tmp_path, capsys)
    assert CRITERION_CODE.findall(text) == []
    if output in ("summary PDF", "summary XLSX", "screen CSV"):
        assert "교통영향평가" in squash(text)


def test_unmasked_council_is_audited(world: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, code = world
    assert main(["--db", str(path), "council", code, "--unmasked"]) == 0
    assert KINDS["council party member"][0] in capsys.readouterr().out
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT entity, entity_id, field FROM audit_log WHERE action = 'export'").fetchall()
    conn.close()
    assert ("council", code, "unmasked") in rows


@pytest.mark.parametrize(
    ("name", "kind", "party"),
    [
        ("홍길동", "residents", "person"),
        ("송도 주민대책위원회", "residents", "organisation"),
        ("인천경실련", "civic_group", "organisation"),
        ("경기도 김포시", "agency", "organisation"),
        ("지역 언론", "media", "organisation"),
        ("시의회 건설교통위원회", "council", "organisation"),
        ("김철수", "merchants", "person"),
        ("(주)한빛건설", "other", "organisation"),
    ],
)
def test_presumed_party_of_records_made_before_the_field(name: str, kind: str, party: str) -> None:
    assert presumed_party(name, kind) == party
