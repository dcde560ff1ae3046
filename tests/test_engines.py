"""Storage, migrations, search and concurrency on both engines: a SQLite file and PostgreSQL (own schema)."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import NullPool

from conflictdesk.domain.errors import Conflict
from conflictdesk.services.search import search_projects
from conflictdesk.store import audit, migrate
from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import AuditEntry, Base, Department, Project
from conflictdesk.store.schema import SCHEMA_HEAD


def _add(db: Database, code: str, name: str) -> None:
    with db.write(reason="test") as s:
        dept = s.scalar(select(Department).where(Department.name == "도시계획과"))
        if dept is None:
            dept = Department(name="도시계획과", bureau="도시국")
            s.add(dept)
        s.add(Project(code=code, name=name, department=dept, budget_won=4_000_000_000))


def test_fresh_database_is_created_stamped_and_reopens(engine_url: str) -> None:
    db = Database(engine_url, actor="a")
    _add(db, "P-1", "소각장 건립")
    db.close()
    again = Database(engine_url, actor="b")
    with again.read() as s:
        assert s.scalar(text("SELECT version_num FROM alembic_version")) == SCHEMA_HEAD
        assert s.scalars(select(Project.name)).one() == "소각장 건립"
        assert audit.audit_findings(s, again.location) == []
    again.close()


def test_migrations_build_the_models_schema(engine_url: str) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(engine_url, poolclass=NullPool)
    with engine.connect() as conn:
        command.upgrade(migrate.alembic_config(conn), "head")
        conn.commit()
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []
    db = Database(engine_url)  # a migrated database opens as current
    _add(db, "P-9", "x")
    db.close()


def test_audit_trail_refuses_update_and_delete(engine_url: str) -> None:
    db = Database(engine_url)
    _add(db, "P-1", "하수처리장")
    for statement in ("UPDATE audit_log SET new = '조작'", "DELETE FROM audit_log"):
        with pytest.raises(StorageError) as err, db.write() as s:
            s.execute(text(statement))
        assert err.value.code == "audit_append_only"
    with db.read() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) >= 2
        assert audit.audit_findings(s, db.location) == []
    db.close()


def test_search_is_case_insensitive_nfc_and_literal(engine_url: str) -> None:
    db = Database(engine_url)
    decomposed = unicodedata.normalize("NFD", "갈등센터 Eco-Park 100%_계획")
    _add(db, "P-1", decomposed)
    _add(db, "P-2", "1000x계획")
    with db.read() as s:
        stored = s.scalar(select(Project.name).where(Project.code == "P-1"))
    assert stored == unicodedata.normalize("NFC", decomposed)
    assert search_projects(db, "eco-park") == ["P-1"]
    assert search_projects(db, "ECO-PARK") == ["P-1"]
    assert search_projects(db, unicodedata.normalize("NFD", "갈등센터")) == ["P-1"]
    assert search_projects(db, "갈등센터") == ["P-1"]
    assert search_projects(db, "100%_") == ["P-1"]  # % and _ are literal, not wildcards
    assert search_projects(db, "p-2") == ["P-2"]
    db.close()


def test_two_sessions_editing_one_record_second_is_refused(engine_url: str) -> None:
    first, second = Database(engine_url, actor="김"), Database(engine_url, actor="이")
    _add(first, "P-1", "원래 이름")
    with first.read() as s:
        seen_a = s.scalars(select(Project)).one().version
    with second.read() as s:
        seen_b = s.scalars(select(Project)).one().version
    with first.write() as s:
        p = s.scalars(select(Project)).one()
        expect_version(p, seen_a, "사업")
        p.name = "김의 수정"
    with pytest.raises(Conflict) as err, second.write() as s:
        p = s.scalars(select(Project)).one()
        expect_version(p, seen_b, "사업")
        p.name = "이의 수정"
    assert "다른 곳에서 먼저 수정" in err.value.message
    with second.read() as s:
        assert s.scalars(select(Project.name)).one() == "김의 수정"
    first.close()
    second.close()


def test_stale_flush_inside_overlapping_transactions_is_a_conflict(engine_url: str) -> None:
    db = Database(engine_url)
    _add(db, "P-1", "원래")
    with db.read() as s:
        stale = s.scalars(select(Project)).one()
    with db.write() as s:
        s.scalars(select(Project)).one().name = "먼저 저장"
    with pytest.raises(Conflict), db.write() as s:
        merged = s.merge(stale, load=False)
        merged.name = "나중 저장"
    with db.read() as s:
        assert s.scalars(select(Project.name)).one() == "먼저 저장"
    db.close()
