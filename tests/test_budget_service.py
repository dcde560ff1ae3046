"""The programme budget end to end: one budget that allowances, training costs and other spending book against."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from conflictdesk.cli import main
from conflictdesk.domain.allowances import AllowanceBudget
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.services import allowances, budget, experts
from conflictdesk.store import models
from conflictdesk.store.engine import Database, resolve_db_url

DATA = Path(__file__).parent / "data"


def _expert(db: Database) -> int:
    expert_id, _ = experts.add_expert(db, experts.ExpertInput("김조정", "환경", "한국갈등해결센터", "인천", "010-1234-5678"))
    return expert_id


def _plan(db: Database, year: int, line: str, quarter: int) -> None:
    budget.save_line_plan(db, AllowanceBudget(year, quarter * 4, (quarter,) * 4), line)


def test_every_kind_of_spending_books_on_its_line(db: Database) -> None:
    eid = _expert(db)
    for line, quarter in (("수당", 2_000_000), ("교육", 750_000), ("기타", 250_000)):
        _plan(db, 2021, line, quarter)
    allowances.record_payment(db, eid, date(2021, 2, 1), 400_000)
    with db.write() as s:
        s.add(models.TrainingSession(held_on=date(2021, 5, 3), kind="city", title="교육", cost_won=600_000))
        s.add(models.TrainingSession(held_on=date(2021, 6, 3), kind="city", title="무료 교육", cost_won=0))
    budget.record_spending(db, "기타", date(2021, 8, 2), 100_000, "매뉴얼 인쇄")
    view = budget.year_budget(db, 2021)
    assert [line.line for line in view.lines] == ["수당", "교육", "용역", "기타"]
    assert view.line("수당").execution.quarter(1).executed_won == 400_000
    assert view.line("교육").execution.quarter(2).remaining_won == 150_000
    assert [b.source for b in view.line("교육").bookings] == ["training"]
    assert view.line("기타").execution.quarter(3).executed_won == 100_000
    assert view.total.annual_won == 12_000_000 and view.total.executed_won == 1_100_000
    assert view.total.quarter(2).remaining_won == 2_400_000


def test_allowance_check_also_warns_on_the_programme_quarter(db: Database) -> None:
    """One rule: the 수당 tab's payment check is the programme check on the 수당 line."""
    eid = _expert(db)
    _plan(db, 2021, "수당", 2_000_000)
    _plan(db, 2021, "기타", 1_000_000)
    budget.record_spending(db, "기타", date(2021, 1, 5), 1_000_000)
    check = allowances.check_new_payment(db, date(2021, 2, 1), 2_100_000)
    assert check.exceeds_quarter
    assert "수당 예산 1분기 계획 2,000,000원을 100,000원 초과" in check.message
    assert "사업 전체 예산 1분기 계획 3,000,000원을 100,000원 초과" in check.message
    assert allowances.record_payment(db, eid, date(2021, 2, 1), 2_100_000)[1].warnings == check.warnings


def test_spending_over_the_year_is_refused_unless_confirmed(db: Database) -> None:
    _plan(db, 2021, "기타", 100_000)
    check = budget.check_spending(db, "기타", date(2021, 3, 1), 500_000)
    assert check.exceeds_year and "기타 예산 400,000원을 100,000원 초과" in check.message
    with pytest.raises(DomainError) as exc:
        budget.record_spending(db, "기타", date(2021, 3, 1), 500_000)
    assert exc.value.code == "over_budget"
    assert budget.year_budget(db, 2021).line("기타").execution.executed_won == 0
    spending, _check, _changes = budget.record_spending(db, "기타", date(2021, 3, 1), 500_000,
                                                        allow_over_budget=True)
    assert budget.year_budget(db, 2021).line("기타").execution.remaining_won == -100_000
    budget.delete_spending(db, spending)
    assert budget.year_budget(db, 2021).line("기타").execution.executed_won == 0
    with pytest.raises(NotFound):
        budget.delete_spending(db, spending)


@pytest.mark.parametrize(("line", "amount", "code"), [("홍보", 1, "budget_line_unknown"),
                                                      ("기타", 0, "spending_amount_invalid")])
def test_bad_spending_names_what_is_wrong(db: Database, line: str, amount: int, code: str) -> None:
    with pytest.raises(InvalidValue) as exc:
        budget.record_spending(db, line, date(2021, 3, 1), amount, allow_over_budget=True)
    assert exc.value.code == code


def test_line_names_are_a_setting(db: Database) -> None:
    budget.save_line_names(db, ["수당", "교육", "홍보"])
    _plan(db, 2021, "홍보", 100_000)
    budget.record_spending(db, "홍보", date(2021, 4, 1), 50_000)
    assert [line.line for line in budget.year_budget(db, 2021).lines] == ["수당", "교육", "홍보"]
    budget.save_line_names(db, ["수당", "교육"])  # a removed line keeps its plan and spending visible
    assert budget.year_budget(db, 2021).line("홍보").execution.executed_won == 50_000
    with pytest.raises(InvalidValue):
        budget.save_line_names(db, ["교육"])


def test_demo_budgets_are_the_seed_12_million_3_per_quarter(demo_db: Database) -> None:
    for year in (2019, 2020):
        view = budget.year_budget(demo_db, year)
        assert view.total.annual_won == 12_000_000
        assert [q.planned_won for q in view.total.quarters] == [3_000_000] * 4
        assert all(line_view.own_plan for line_view in view.lines)
    view = budget.year_budget(demo_db, 2020)
    assert view.line("수당").execution.executed_won == sum(p.amount_won for p in allowances.year_overview(
        demo_db, 2020).payments)
    assert view.line("교육").execution.executed_won > 0


def test_budget_json_is_the_issue_shape(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "budget", "--year", "2020", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["year", "lines"] and data["year"] == 2020
    assert [line["line"] for line in data["lines"]] == ["수당", "교육", "용역", "기타"]
    for line in data["lines"]:
        assert list(line) == ["line", "planned_won", "spent_won", "quarters"]
        assert [list(q) for q in line["quarters"]] == [["q", "planned_won", "spent_won"]] * 4
        assert [q["q"] for q in line["quarters"]] == [1, 2, 3, 4]
        assert line["spent_won"] == sum(q["spent_won"] for q in line["quarters"])
    assert sum(line["planned_won"] for line in data["lines"]) == 12_000_000
    assert data["lines"][1]["quarters"][1] == {"q": 2, "planned_won": 750_000, "spent_won": 750_000}
    assert main(["--db", str(demo_path), "budget", "--year", "2020"]) == 0
    out = capsys.readouterr().out
    assert "합계" in out and "12,000,000원" in out


def test_budget_cli_bad_year_is_one_line(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "budget", "--year", "12"]) == 1
    err = capsys.readouterr().err
    assert "예산 연도" in err and len(err.strip().splitlines()) == 1


def test_migration_makes_the_allowance_budget_the_allowance_line(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "schema_0001.sqlite3", path)
    before = sqlite3.connect(path).execute("SELECT year, annual_won, q1_won FROM allowance_budgets").fetchall()
    sessions = sqlite3.connect(path).execute("SELECT count(*) FROM training_sessions").fetchone()[0]
    assert before
    db = Database(resolve_db_url(str(path)))
    with db.read() as s:
        rows = s.execute(select(models.BudgetLine.year, models.BudgetLine.annual_won, models.BudgetLine.q1_won)
                         .where(models.BudgetLine.line == "수당")).all()
        assert sorted(tuple(r) for r in rows) == sorted(before)
        kept = s.scalars(select(models.TrainingSession)).all()
        assert len(kept) == sessions and all(t.cost_won == 0 and t.place == "" for t in kept)
    assert allowances.year_overview(db, before[0][0]).own_budget
    db.close()
