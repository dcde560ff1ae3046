"""Who has a data file open, and exclusive use of it while it is replaced (restore).

Replacing a SQLite file that another process has open loses every later save of that process: it keeps writing
to the unlinked file and its saves report success. So an operation that replaces the file first

1. takes the window's lock file ``<file>.lock`` (the format of ``QLockFile``, so a window cannot start meanwhile;
   a live holder — another window — is named and the operation refused);
2. switches the file out of WAL mode, which SQLite refuses while any other connection (a command, a script, a
   window) has the file open; the holder is named when the system tells us (``/proc`` on Linux);
3. keeps SQLite's exclusive lock until the new file is in place, so a process that opens the file meanwhile waits
   and then fails instead of writing into the old file.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from conflictdesk.store.errors import StorageError
from conflictdesk.store.private import FILE_MODE, make_private

try:  # POSIX advisory locks (QLockFile holds one on its lock file too)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(db_path: Path) -> Path:
    """The window's lock file for ``db_path`` (the one ``QLockFile`` in ui/startup.py uses)."""
    return Path(str(db_path) + ".lock")


@dataclass(frozen=True)
class Holder:
    """A process that has the data file open."""

    pid: int | None
    program: str
    via: str  # "window" (the lock file) | "sqlite" (an open connection)

    def describe(self) -> str:
        who = "ConflictDesk 창" if self.via == "window" else "다른 프로그램"
        if self.pid is None:
            return who
        return f"{who} (프로세스 {self.pid}{', ' + self.program if self.program else ''})"


def _process_name(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    parts = [p.decode("utf-8", "replace") for p in raw.split(b"\0") if p]
    if not parts:
        return ""
    shown = [Path(parts[0]).name, *parts[1:4]]
    return " ".join(shown)[:80]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _lock_info(db_path: Path) -> tuple[int, str]:
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 0, ""
    try:
        pid = int(lines[0]) if lines else 0
    except ValueError:
        pid = 0
    return pid, (lines[2] if len(lines) > 2 else "")


def held_by_this_process(db_path: Path) -> bool:
    """True when this process holds the window lock of ``db_path`` (the window restoring its own file)."""
    pid, host = _lock_info(db_path)
    return pid == os.getpid() and host in ("", socket.gethostname())


def lock_holder(db_path: Path) -> Holder | None:
    """The live process (other than this one) that holds the window lock of ``db_path``, or None."""
    lock = lock_path(db_path)
    pid, host = _lock_info(db_path)
    if pid == os.getpid():
        return None
    if fcntl is not None:
        # QLockFile keeps a flock on its file: if we can take it, the holder is gone (a stale file).
        try:
            fd = os.open(lock, os.O_RDONLY)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return Holder(pid or None, _process_name(pid) if pid else "", "window")
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
        return None
    if pid and host in ("", socket.gethostname()) and _alive(pid):  # pragma: no cover - Windows
        return Holder(pid, "", "window")
    return None


def open_by(db_path: Path) -> list[Holder]:
    """Other processes of this user with ``db_path`` (or its ``-wal``) open — Linux only, else empty."""
    if not sys.platform.startswith("linux"):
        return []
    try:
        wanted = {os.path.realpath(db_path), os.path.realpath(str(db_path) + "-wal")}
    except OSError:
        return []
    found: list[Holder] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target in wanted:
                found.append(Holder(int(entry.name), _process_name(int(entry.name)), "sqlite"))
                break
    return found


def _in_use(db_path: Path, holders: list[Holder]) -> StorageError:
    named = ", ".join(h.describe() for h in holders[:3]) or "다른 프로그램"
    return StorageError("in_use", path=str(db_path), holders=named)


@contextlib.contextmanager
def _window_lock(db_path: Path, held_by_us: bool) -> Iterator[None]:
    if held_by_us or held_by_this_process(db_path):
        yield
        return
    lock = lock_path(db_path)
    for _attempt in range(2):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except FileExistsError:
            holder = lock_holder(db_path)
            if holder is not None:
                raise _in_use(db_path, [holder]) from None
            lock.unlink(missing_ok=True)  # left behind by a crashed window
            continue
        except OSError as exc:
            raise StorageError("lock_file_unwritable", path=str(lock), reason=exc.strerror or str(exc)) from exc
        break
    else:
        raise _in_use(db_path, [])
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        program = Path(os.path.realpath(sys.executable)).name
        os.write(fd, f"{os.getpid()}\n{program}\n{socket.gethostname()}\n".encode())
        yield
    finally:
        os.close(fd)
        lock.unlink(missing_ok=True)


@contextlib.contextmanager
def exclusive_use(db_path: Path, *, held_by_us: bool = False) -> Iterator[sqlite3.Connection | None]:
    """Hold ``db_path`` so that no other process uses it while it is replaced; refuse (``in_use``) otherwise.

    ``held_by_us``: this process already holds the window lock (the GUI); its own connections must be closed.
    Yields the connection holding SQLite's exclusive lock (None when the file is missing or not a database);
    the main file is then complete on its own (no WAL), so its bytes are a consistent copy.
    """
    db_path = Path(db_path)
    with _window_lock(db_path, held_by_us):
        if not db_path.exists():
            yield None
            return
        try:
            conn = sqlite3.connect(str(db_path), timeout=0.5, isolation_level=None)
        except sqlite3.Error:
            yield None
            return
        try:
            try:
                # Leaving WAL needs every other connection closed; then hold the file until it is replaced.
                conn.execute("PRAGMA journal_mode=DELETE").fetchall()
                conn.execute("BEGIN EXCLUSIVE")
                locked: sqlite3.Connection | None = conn
            except sqlite3.DatabaseError as exc:
                text = str(exc).lower()
                if "locked" in text or "busy" in text:
                    raise _in_use(db_path, open_by(db_path)) from exc
                locked = None  # damaged or not a database: nothing to hold, the window lock guards it
                holders = open_by(db_path)
                if holders:
                    raise _in_use(db_path, holders) from exc
            yield locked
        finally:
            with contextlib.suppress(sqlite3.Error):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            conn.close()
            make_private(db_path)
