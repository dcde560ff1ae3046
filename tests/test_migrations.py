"""Migrations: the Alembic chain builds the same schema as the models; every frozen release opens and migrates."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from conflictdesk.store import migrate
from conflictdesk.store.engine import Database, resolve_db_url
from conflictdesk.store.errors import StorageError
from conflictdesk.store.models import Base, Card, MainIssue, Project, Review
from conflictdesk.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD

DATA = Path(__file__).parent / "data"
FROZEN = sorted(DATA.glob("schema_*.sqlite3"))


def test_schema_head_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == SCHEMA_HEAD
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(revisions) == KNOWN_REVISIONS


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    with engine.connect() as conn:
        command.upgrade(migrate.alembic_config(conn), "head")
        conn.commit()
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_every_released_schema_has_a_frozen_database() -> None:
    assert {p.stem.removeprefix("schema_") for p in FROZEN} == set(KNOWN_REVISIONS)


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.stem)
def test_frozen_database_opens_and_keeps_its_rows(frozen: Path, tmp_path: Path) -> None:
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    before = sqlite3.connect(path).execute("SELECT count(*) FROM projects").fetchone()[0]
    db = Database(resolve_db_url(str(path)))
    with db.read() as s:
        assert s.scalar(select(func.count(Project.id))) == before > 0
        assert s.scalar(select(func.count(MainIssue.id))) > 0
    db.close()
    version = sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == SCHEMA_HEAD


def test_upgrade_runs_with_foreign_keys_off_and_keeps_child_rows(tmp_path: Path) -> None:
    """Running the chain from the first release on a populated file must not cascade-delete children
    (0002 recreates the reviews table in batch mode on SQLite)."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FROZEN[0], path)
    conn = sqlite3.connect(path)
    issues = conn.execute("SELECT count(*) FROM main_issues").fetchone()[0]
    reviews = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    conn.execute("UPDATE alembic_version SET version_num = :v", {"v": KNOWN_REVISIONS[0]})
    conn.commit()
    conn.close()
    db = Database(resolve_db_url(str(path)))  # upgrades through the safe path (backup, foreign keys off)
    with db.read() as s:
        assert s.scalar(select(func.count(MainIssue.id))) == issues
        assert s.scalar(select(func.count(Card.id))) > 0
        assert s.scalar(select(func.count(Review.id))) == reviews > 0
    db.close()


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(FROZEN[-1], path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as err:
        Database(resolve_db_url(str(path)))
    assert err.value.code == "newer_schema"
    assert "더 새로운 버전" in err.value.message
