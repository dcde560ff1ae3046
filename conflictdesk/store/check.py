"""Health check of a data file: damage, foreign or newer schema, locked, read-only, network share, audit chain."""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from conflictdesk.store.errors import StorageError, classify
from conflictdesk.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from conflictdesk.store.urls import backend_of, sqlite_database

NETWORK_FS = frozenset({"cifs", "smbfs", "smb3", "nfs", "nfs4", "afs", "ncpfs", "fuse.sshfs", "9p", "davfs"})


@dataclass(frozen=True)
class Problem:
    code: str  # damaged | foreign | newer_schema | locked | read_only | disk_full | io_error | network | audit
    #            | missing | empty | cannot_open
    message: str


def network_share(path: Path | str, mounts: str | None = None) -> str | None:
    """The kind of network share ``path`` lies on (``unc``, ``cifs``, ``nfs``…), or None for a local disk."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "unc"
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    resolved = os.path.abspath(text)
    best, kind = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind if kind in NETWORK_FS else None


def _damage_detail(rows: list[tuple[object, ...]]) -> str:
    first = str(rows[0][0]).replace("*** in database main ***", "").strip().splitlines()
    text = first[0] if first else ""
    return text[:160] + (f" 외 {len(rows) - 1}건" if len(rows) > 1 else "")


def _sqlite_problems(path: Path, full: bool, scan: bool = True) -> list[Problem]:
    if not path.exists():
        return [Problem("missing", f"데이터 파일이 없습니다: {path}")]
    problems: list[Problem] = []
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        problems.append(Problem("read_only", f"데이터 파일 또는 그 폴더에 쓸 수 없습니다 (읽기 전용): {path}"))
    share = network_share(path)
    if share:
        problems.append(Problem("network", f"데이터 파일이 네트워크 공유({share})에 있습니다. SQLite 잠금이 "
                                           "불안정하니 팀 공유에는 PostgreSQL을 쓰세요: {path}"))
    if path.stat().st_size == 0:
        return [*problems, Problem("empty", f"빈 파일입니다 (저장된 데이터 없음). ConflictDesk가 처음 열 때 새 데이터 "
                                            f"파일로 만듭니다: {path}")]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error as exc:
        return [*problems, _classified(exc, path)]
    try:
        if scan:
            rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                return [*problems, Problem("damaged", f"데이터 파일이 손상되었습니다: {path} ({_damage_detail(rows)})")]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables:
            version = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                version = str(row[0]) if row else None
            if version is None:
                problems.append(Problem("foreign", f"ConflictDesk 데이터 파일이 아닙니다: {path}"))
            elif version not in KNOWN_REVISIONS:
                problems.append(Problem("newer_schema", f"더 새로운 버전의 ConflictDesk 파일입니다 "
                                                        f"(스키마 {version}, 이 프로그램은 {SCHEMA_HEAD}): {path}"))
    except sqlite3.DatabaseError as exc:  # "malformed" is raised, not returned, on some damage
        return _merge(problems, _classified(exc, path))
    finally:
        conn.close()
    if not any(p.code == "read_only" for p in problems) and _is_write_locked(path):
        problems.append(Problem("locked", f"다른 프로그램이 데이터 파일에 쓰는 중이라 잠겨 있습니다: {path}"))
    return problems


def _classified(exc: BaseException, path: Path) -> Problem:
    """A raised SQLite error as a problem: damage only when SQLite says the image is damaged (errors.classify)."""
    code, message = classify(exc, str(path))
    return Problem(code, message)


def _merge(problems: list[Problem], problem: Problem) -> list[Problem]:
    return problems + ([problem] if all(p.code != problem.code for p in problems) else [])


def _is_write_locked(path: Path) -> bool:
    try:
        conn = sqlite3.connect(str(path), timeout=0.2, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc).lower() or "busy" in str(exc).lower()
    finally:
        conn.close()


def _audit_problems(url: str, read_only: bool) -> list[Problem]:
    from conflictdesk.store.audit import audit_findings
    from conflictdesk.store.engine import Database

    try:
        db = Database(url, migrate=False, read_only=read_only, create=False)
    except StorageError as exc:
        return [Problem(exc.code, exc.message)]
    try:
        with db.read() as session:
            findings = audit_findings(session, db.location)
    except Exception as exc:  # noqa: BLE001 - a missing audit table or an unreadable page is a finding
        code, message = classify(exc, db.display_name)
        if code == "foreign":
            return [Problem("audit", f"감사 기록 표(audit_log)가 없습니다 — 삭제되었거나 손상된 파일입니다: "
                                     f"{db.display_name}")]
        return [Problem(code, message)]
    finally:
        db.close()
    return [Problem("audit", finding) for finding in findings]


def check_database(url: str, *, full: bool = True) -> list[Problem]:
    """Every problem found with the database at ``url`` (empty list: healthy)."""
    if backend_of(url) == "sqlite":
        database = sqlite_database(url)
        if not database:
            return _audit_problems(url, read_only=False)
        path = Path(database)
        problems = _sqlite_problems(path, full)
        fatal = {"missing", "damaged", "foreign", "newer_schema", "empty", "cannot_open", "io_error", "locked"}
        if not any(p.code in fatal for p in problems):
            problems += _audit_problems(url, read_only=True)
        return problems
    return _audit_problems(url, read_only=False)


def startup_problem(url: str) -> Problem | None:
    """The first problem that stops normal opening (quick check only), or None.

    The audit hash chain is not walked here (``conflictdesk check`` and 데이터 검사 do it): it never stops
    opening, and on years of history it would slow every start.
    """
    database = sqlite_database(url)
    if not database:
        return None
    # The page-by-page scan runs after the window is shown (integrity_problem): on a big file it takes seconds.
    for problem in _sqlite_problems(Path(database), full=False, scan=False):
        if problem.code in {"damaged", "foreign", "newer_schema", "locked", "read_only", "disk_full", "io_error",
                            "cannot_open"}:
            return problem
    return None


def integrity_problem(path: Path) -> Problem | None:
    """``quick_check`` of the whole file (every page); a raised "malformed" counts as damage."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problem = _classified(exc, path)
        return problem if problem.code == "damaged" else None  # a lock or a full disk is not damage
    if rows != [("ok",)]:
        return Problem("damaged", f"데이터 파일이 손상되었습니다: {path} ({_damage_detail(rows)})")
    return None


@dataclass(frozen=True)
class DeepReport:
    """What ``check --deep`` read: rows per table (full scan) and the audit trail's head."""

    rows: dict[str, int]
    audit_count: int
    audit_last_id: int | None
    problems: list[Problem]


def _deep_tables(conn: sqlite3.Connection, path: Path) -> tuple[dict[str, int], list[Problem]]:
    """Read every row of every table; compare the full-scan count with the indexed count.

    SQLite keeps no checksum of a row's bytes, so a changed value that still decodes cannot be seen; what can be
    seen is a row that does not decode (text, JSON, a date) or a table and its indexes that disagree.
    """
    import json
    from datetime import date, datetime

    rows: dict[str, int] = {}
    problems: list[Problem] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        kinds = {str(c[1]): str(c[2]).upper() for c in columns}
        scanned = 0
        try:
            cursor = conn.execute(f'SELECT rowid, * FROM "{table}" NOT INDEXED')
            names = [d[0] for d in cursor.description][1:]
            for record in cursor:
                scanned += 1
                for name, value in zip(names, record[1:], strict=True):
                    kind = kinds.get(name, "")
                    if value is None or not isinstance(value, str):
                        continue
                    try:
                        if kind == "JSON":
                            json.loads(value)
                        elif kind == "DATE":
                            date.fromisoformat(value)
                        elif kind == "DATETIME":
                            datetime.fromisoformat(value)
                    except ValueError:
                        problems.append(Problem("damaged", f"{table} 표의 행 {record[0]}, {name} 값을 읽을 수 없습니다 "
                                                           f"(손상 의심): {path}"))
            indexed = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        except sqlite3.DatabaseError as exc:
            problems.append(Problem("damaged", f"{table} 표를 끝까지 읽을 수 없습니다 ({scanned}행 뒤): {exc}"))
            continue
        rows[table] = scanned
        if indexed != scanned:
            problems.append(Problem("damaged", f"{table} 표의 행 수가 색인과 다릅니다 (표 {scanned}, 색인 {indexed}): {path}"))
    return rows, problems


def deep_check(url: str) -> DeepReport:
    """``check`` plus a read of every row of every table and the audit head, for ``check --deep``."""
    problems = check_database(url, full=True)
    database = sqlite_database(url)
    rows: dict[str, int] = {}
    if database and not any(p.code in {"missing", "empty", "cannot_open", "foreign", "newer_schema"}
                            for p in problems):
        path = Path(database)
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
            try:
                rows, found = _deep_tables(conn, path)
            finally:
                conn.close()
            problems += [p for p in found if p.message not in {q.message for q in problems}]
        except sqlite3.Error as exc:
            problems.append(_classified(exc, path))
    count, last = 0, None
    if rows:
        count = rows.get("audit_log", 0)
        try:
            conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=2)
            try:
                row = conn.execute("SELECT max(id) FROM audit_log").fetchone()
                last = int(row[0]) if row and row[0] is not None else None
            finally:
                conn.close()
        except sqlite3.Error:
            last = None
    return DeepReport(rows, count, last, problems)
