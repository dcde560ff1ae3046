"""Storage: models and constraints, transactions, optimistic locking, schema state, audit trail."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from conflictdesk.domain.errors import Conflict
from conflictdesk.store import audit
from conflictdesk.store.engine import Database, resolve_db_url
from conflictdesk.store.errors import StorageError
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import (
    AuditEntry,
    Card,
    Council,
    CouncilMember,
    Department,
    Diagnosis,
    MainIssue,
    Project,
    Round,
    Stakeholder,
)


def _project(s, code: str = "P-1", name: str = "소각장 건립") -> Project:
    dept = s.scalar(select(Department).where(Department.name == "자원순환과"))
    if dept is None:
        dept = Department(name="자원순환과", bureau="환경국")
        s.add(dept)
    p = Project(code=code, name=name, department=dept, budget_won=5_000_000_000)
    s.add(p)
    s.flush()
    return p


def test_project_round_trip_keeps_every_field(db: Database) -> None:
    with db.write() as s:
        p = _project(s)
        p.decision_authority = "행정부시장"
        p.environmental_impact = True
    with db.read() as s:
        p = s.scalars(select(Project)).one()
        assert (p.code, p.name, p.department.name, p.budget_won) == ("P-1", "소각장 건립", "자원순환과", 5_000_000_000)
        assert p.environmental_impact and not p.traffic_impact
        assert p.created_at.tzinfo is not None


@pytest.mark.parametrize("column", ["self_grade", "recommended_grade", "confirmed_grade"])
@pytest.mark.parametrize("value", [0, 4])
def test_grade_outside_1_to_3_is_refused_and_nothing_is_stored(db: Database, column: str, value: int) -> None:
    with db.write() as s:
        _project(s)
        s.add(Round(code="2020-1", year=2020, half=1))
    with pytest.raises(StorageError) as err, db.write() as s:
        d = Diagnosis(round_id=1, project_id=1)
        setattr(d, column, value)
        s.add(d)
    assert err.value.code == "integrity"
    with db.read() as s:
        assert s.scalar(select(func.count(Diagnosis.id))) == 0


def test_project_code_is_unique(db: Database) -> None:
    with db.write() as s:
        _project(s)
    with pytest.raises(StorageError), db.write() as s:
        _project(s, name="다른 사업")
    with db.read() as s:
        assert s.scalar(select(func.count(Project.id))) == 1


def test_department_with_projects_cannot_be_deleted(db: Database) -> None:
    with db.write() as s:
        _project(s)
    with pytest.raises(StorageError), db.write() as s:
        s.execute(text("DELETE FROM departments"))
    with db.read() as s:
        assert s.scalar(select(func.count(Project.id))) == 1


def test_influence_must_be_1_to_5(db: Database) -> None:
    with db.write() as s:
        p = _project(s)
        s.add(Card(project_id=p.id))
    with pytest.raises(StorageError), db.write() as s:
        s.add(Stakeholder(card_id=1, name="주민대책위원회", influence=6))


def test_deleting_a_card_removes_its_issues_but_not_the_project(db: Database) -> None:
    with db.write() as s:
        p = _project(s)
        card = Card(project_id=p.id, stage="surfaced")
        card.issues.append(MainIssue(text="악취 우려", kind="interest"))
        s.add(card)
    with db.write() as s:
        s.delete(s.scalars(select(Card)).one())
    with db.read() as s:
        assert s.scalar(select(func.count(MainIssue.id))) == 0
        assert s.scalar(select(func.count(Project.id))) == 1


def test_council_members_cascade_with_council(db: Database) -> None:
    with db.write() as s:
        p = _project(s)
        c = Council(project_id=p.id, formed_on=date(2020, 3, 1))
        c.members.append(CouncilMember(name="김위원", role="chair"))
        s.add(c)
    with db.write() as s:
        s.delete(s.scalars(select(Council)).one())
    with db.read() as s:
        assert s.scalar(select(func.count(CouncilMember.id))) == 0


def test_second_save_of_a_stale_record_is_refused(tmp_path: Path) -> None:
    db = Database(resolve_db_url(str(tmp_path / "lock.sqlite3")))
    with db.write() as s:
        _project(s)
    with db.read() as s:  # two forms open the same project
        seen_a = seen_b = s.scalars(select(Project)).one().version
    with db.write() as s:
        p = s.scalars(select(Project)).one()
        expect_version(p, seen_a, "사업")
        p.name = "첫 번째 수정"
    with pytest.raises(Conflict) as err, db.write() as s:
        p = s.scalars(select(Project)).one()
        expect_version(p, seen_b, "사업")
        p.name = "두 번째 수정"
    assert "다른 곳에서 먼저 수정" in err.value.message
    with db.read() as s:
        assert s.scalars(select(Project.name)).one() == "첫 번째 수정"
    db.close()


def test_stale_orm_flush_is_mapped_to_conflict(tmp_path: Path) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    assert isinstance(StorageError.map(StaleDataError("x")), Conflict)


def test_audit_records_who_what_old_new_and_why(db: Database) -> None:
    with db.write(reason="최초 등록") as s:
        _project(s)
    with db.write(reason="명칭 정정", actor="kim") as s:
        s.scalars(select(Project)).one().name = "광역 자원순환센터 건립"
    with db.read() as s:
        change = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
        assert (change.actor, change.entity, change.entity_id, change.field) == ("kim", "Project", "1", "name")
        assert (change.old, change.new, change.reason) == ("소각장 건립", "광역 자원순환센터 건립", "명칭 정정")
        created = s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "create")).all()
        assert set(created) == {"Department", "Project"}


def test_audit_hides_personal_contact_values(db: Database) -> None:
    with db.write() as s:
        p = _project(s)
        card = Card(project_id=p.id)
        card.stakeholders.append(Stakeholder(name="홍길동", contact="010-1234-5678"))
        s.add(card)
    with db.write() as s:
        s.scalars(select(Stakeholder)).one().contact = "010-9999-8888"
    with db.read() as s:
        change = s.scalars(select(AuditEntry).where(AuditEntry.field == "contact")).one()
        assert "5678" not in (change.old or "") and "8888" not in (change.new or "")


def test_audit_is_rolled_back_with_a_failed_action(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as s:
        _project(s)
        raise RuntimeError("boom")
    with db.read() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == 0


def test_audit_hash_chain_detects_tampering(db: Database) -> None:
    for n in range(3):
        with db.write() as s:
            _project(s, code=f"P-{n}")
    with db.read() as s:
        assert audit.audit_findings(s, db.location) == []
    with db.engine.begin() as conn:  # a tamperer with the file must drop the append-only guard first
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET new = '조작' WHERE id = 2"))
    with db.read() as s:
        assert any("번호 2" in f for f in audit.audit_findings(s, db.location))


def test_file_database_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = Database(resolve_db_url(str(tmp_path / "x.sqlite3")))
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()


def test_two_writers_wait_for_each_other_instead_of_failing(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer waits for the lock rather than failing with 'database is locked'."""
    url = resolve_db_url(str(tmp_path / "w.sqlite3"))
    one, two = Database(url, actor="a"), Database(url, actor="b")
    with one.write() as s:
        _project(s, code="P-0")
    holding, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with one.write() as s:
                s.scalars(select(Project)).one()  # read first, as real actions do
                holding.set()
                release.wait(5)
                _project(s, code="P-A")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    def second() -> None:
        try:
            holding.wait(5)
            with two.write() as s:
                s.scalars(select(Project)).all()
                _project(s, code="P-B")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    t1, t2 = threading.Thread(target=first), threading.Thread(target=second)
    t1.start()
    t2.start()
    holding.wait(5)
    release.set()
    t1.join(10)
    t2.join(10)
    assert errors == []
    with one.read() as s:
        assert set(s.scalars(select(Project.code))) == {"P-0", "P-A", "P-B"}
    one.close()
    two.close()


def test_db_in_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as err:
        resolve_db_url(str(tmp_path / "nope" / "x.sqlite3"))
    assert err.value.code == "no_folder" and "nope" in err.value.message


def test_env_variable_selects_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFLICTDESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_db_url(None).endswith("env.sqlite3")
    assert resolve_db_url(str(tmp_path / "arg.sqlite3")).endswith("arg.sqlite3")


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    url = resolve_db_url(None)
    assert url.endswith("conflictdesk.sqlite3")
    assert "ConflictDesk" in url


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as err:
        Database(resolve_db_url(str(path)))
    assert err.value.code == "foreign"


def test_not_a_database_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError) as err:
        Database(resolve_db_url(str(path)))
    assert err.value.code == "damaged"
