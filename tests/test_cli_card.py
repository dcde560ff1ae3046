"""`conflictdesk card CODE`: JSON contract, readable text, masking in both, one-line errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from conflictdesk.cli import main
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, Project, Stakeholder

PHONE = re.compile(r"01[016789]-?\d{3,4}-?\d{4}")


def _key_case(demo_db: Database) -> tuple[str, list[str], list[str]]:
    """A demo card's code, its stakeholders' full person names and phone numbers."""
    with demo_db.read() as s:
        code = s.scalar(select(Project.code).join(Card).order_by(Project.code).limit(1))
        people = s.scalars(select(Stakeholder).join(Card).join(Project).where(Project.code == code)).all()
        persons = [h.name for h in people if h.kind == "residents" and len(h.name) <= 3]
        persons += [h.representative for h in people if h.representative]
        return str(code), persons, [h.contact for h in people]


def test_card_json_shape(demo_db: Database, demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _p, _c = _key_case(demo_db)
    assert main(["--db", str(demo_path), "card", code, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["code", "name", "department", "grade", "stage", "phase", "types", "issues",
                          "stakeholders", "signals", "outlook", "actions", "plan", "history", "decision_pending"]
    assert data["code"] == code and data["grade"] in (1, 2)
    assert data["stage"] in {"latent", "surfaced", "spreading", "deadlock", "easing", "resolved", "aftercare"}
    assert all(set(i) == {"text", "kind"} for i in data["issues"])
    assert all(set(h) == {"name", "kind", "position", "influence", "contact"} for h in data["stakeholders"])
    assert all(set(a) == {"date", "text"} and re.fullmatch(r"\d{4}-\d\d-\d\d", a["date"]) for a in data["actions"])
    assert set(data["plan"]) == {"goal", "items"}
    assert all(set(i) == {"title", "owner", "due", "status"} for i in data["plan"]["items"])
    assert [h["round"] for h in data["history"]] == ["2019-2", "2020-1", "2020-2"]
    assert set(data["history"][0]) == {"round", "grade", "stage", "outlook", "issues"}


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_card_output_is_masked(demo_db: Database, demo_path: Path, fmt: str,
                               capsys: pytest.CaptureFixture[str]) -> None:
    code, persons, phones = _key_case(demo_db)
    assert persons and phones
    assert main(["--db", str(demo_path), "card", code, "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert not PHONE.search(out)
    for phone in phones:
        assert phone not in out and phone[-4:] in out
    for name in persons:
        assert name not in out
    assert "*" in out


def test_text_card_is_readable_korean(demo_db: Database, demo_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _p, _c = _key_case(demo_db)
    assert main(["--db", str(demo_path), "card", code]) == 0
    out = capsys.readouterr().out
    for heading in ("갈등관리카드", "[주요쟁점]", "[이해관계자]", "[향후 전망]", "[조치실적]", "[대응계획]", "[변경 이력]"):
        assert heading in out


def test_unknown_code_is_one_line_exit_1(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "card", "NO-SUCH"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "NO-SUCH" in err[0]


def test_project_without_card_is_a_user_error(demo_db: Database, demo_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.read() as s:
        code = s.scalar(select(Project.code).outerjoin(Card).where(Card.id.is_(None)).limit(1))
    assert main(["--db", str(demo_path), "card", str(code), "--format", "json"]) == 1
    assert "카드가 없습니다" in capsys.readouterr().err
