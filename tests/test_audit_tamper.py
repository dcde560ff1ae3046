"""The audit trail is tamper-evident: keyed chain, signed head outside the file, reported trigger drops,
serialised appends on PostgreSQL, and personal values masked in it (trust, items 5 and 6)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from conflictdesk.cli import main
from conflictdesk.store import audit, audit_seal
from conflictdesk.store.check import check_database
from conflictdesk.store.engine import Database
from conflictdesk.store.models import AuditEntry, Card, Department, Project, Stakeholder


def _add(db: Database, code: str) -> None:
    with db.write(reason="test") as s:
        dept = s.scalar(select(Department).where(Department.name == "도시계획과"))
        if dept is None:
            dept = Department(name="도시계획과", bureau="도시국")
            s.add(dept)
        s.add(Project(code=code, name=f"사업 {code}", department=dept))


@pytest.fixture
def trail(tmp_path: Path) -> Path:
    path = tmp_path / "t.sqlite3"
    db = Database(f"sqlite:///{path}")
    for n in range(60):
        _add(db, f"P-{n}")
    db.close()
    return path


def _problems(path: Path) -> list[str]:
    return [p.message for p in check_database(f"sqlite:///{path}") if p.code == "audit"]


def test_rows_are_chained_with_a_key_kept_outside_the_file(trail: Path) -> None:
    conn = sqlite3.connect(trail)
    hashes = [r[0] for r in conn.execute("SELECT hash FROM audit_log")]
    db_id = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'audit_chain'").fetchone()[0])["id"]
    conn.close()
    assert hashes and all(h.startswith("k1:") for h in hashes)
    key = audit_seal.key_path(db_id)
    assert key.is_file() and key.read_text().strip() not in trail.read_bytes().hex()
    assert _problems(trail) == []


def test_deleting_the_newest_rows_is_caught_by_the_signed_head(trail: Path) -> None:
    conn = sqlite3.connect(trail)
    total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > ?", (total - 50,))
    conn.commit()
    conn.close()
    problems = _problems(trail)
    assert any(f"서명 당시 {total}건" in p and "50건이 없습니다" in p for p in problems), problems
    assert any("audit_log_no_delete" in p for p in problems)


def test_rewriting_a_row_and_recomputing_plain_hashes_is_caught_naming_the_rows(trail: Path) -> None:
    conn = sqlite3.connect(trail)
    conn.execute("DROP TRIGGER audit_log_no_update")
    rows = conn.execute("SELECT id, at, actor, action, entity, entity_id, field, old, new, reason FROM audit_log "
                        "ORDER BY id").fetchall()
    prev = ""
    for row in rows:  # the attacker rewrites row 10 and recomputes every hash the way the old chain did
        ident, at, actor, action, entity, entity_id, field, old, new, reason = row
        if ident == 10:
            new = "조작된 값"
        from datetime import datetime
        stamp = datetime.fromisoformat(at).isoformat() if "T" not in at else at
        payload = json.dumps([prev, stamp, actor, action, entity, entity_id, field, old, new, reason],
                             ensure_ascii=False)
        digest = hashlib.sha256(payload.encode()).hexdigest()
        conn.execute("UPDATE audit_log SET new = ?, prev_hash = ?, hash = ? WHERE id = ?", (new, prev, digest, ident))
        prev = digest
    conn.commit()
    conn.close()
    problems = _problems(trail)
    assert problems, "a rewritten trail passed the check"
    assert any("번호 1" in p or "번호 10" in p for p in problems)


def test_a_dropped_trigger_is_restored_on_open_and_reported(trail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(trail)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.commit()
    conn.close()
    assert any("트리거가 없습니다" in p for p in _problems(trail))
    db = Database(f"sqlite:///{trail}")
    db.engine  # noqa: B018 - opening puts the guard back, and records that it had to
    db.close()
    assert main(["--db", str(trail), "check"]) == 1
    err = capsys.readouterr().err
    assert "다시 만들어진 적이 있습니다" in err and "트리거가 없습니다" not in err


def test_a_restore_signs_the_restored_trail_as_the_new_head(trail: Path, tmp_path: Path) -> None:
    from conflictdesk.services.backup import make_backup, restore

    db = Database(f"sqlite:///{trail}")
    backup = make_backup(db, tmp_path / "b.sqlite3").path
    for n in range(5):
        _add(db, f"Q-{n}")
    db.close()
    restore(trail, backup, folder=tmp_path / "kept")
    assert _problems(trail) == []
    with Database(f"sqlite:///{trail}").read() as s:
        assert s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)).one() == "restore"


def test_parallel_writers_keep_one_chain(engine_url: str) -> None:
    """Two writers at once (PostgreSQL: READ COMMITTED) must not fork the chain: appends are serialised."""
    first = Database(engine_url)
    _add(first, "seed")  # the department exists before the race
    first.close()
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        db = Database(engine_url, actor=name)
        try:
            for n in range(25):
                _add(db, f"{name}-{n}")
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = Database(engine_url)
    with db.read() as s:
        assert audit.audit_findings(s, db.location) == []
        assert len(s.scalars(select(AuditEntry.id)).all()) == 52  # department, seed, 2 × 25
    db.close()


def test_personal_values_are_masked_in_the_trail(db: Database) -> None:
    with db.write() as s:
        dept = Department(name="도시계획과", bureau="도시국")
        project = Project(code="P-1", name="소각장", department=dept, manager="신혜진", contact="032-440-3649")
        s.add(project)
        s.flush()
        card = Card(project_id=project.id)
        card.stakeholders.append(Stakeholder(name="홍길동", contact="010-1234-5678"))
        s.add(card)
    with db.write() as s:
        p = s.scalars(select(Project)).one()
        p.manager, p.contact = "이순신", "010-5555-6666"
    with db.read() as s:
        text_of_trail = " ".join(f"{e.old} {e.new}" for e in s.scalars(select(AuditEntry)))
    for secret in ("신혜진", "이순신", "홍길동", "3649", "6666", "5678"):
        assert secret not in text_of_trail
    assert "신*진" in text_of_trail and "이*신" in text_of_trail and "홍*동" in text_of_trail


def test_the_demo_copy_used_by_other_tests_checks_clean(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_path, copy)
    assert _problems(copy) == []
    with Database(f"sqlite:///{copy}").read() as s:
        assert s.execute(text("SELECT count(*) FROM audit_log")).scalar()
