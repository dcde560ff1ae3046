"""Private files: data, backup and log folders are 0700 and every file the program writes is 0600.

The officer's workstation may be shared; stakeholder names and contacts must not be readable by other accounts.
On Windows the user's profile folders already carry per-user ACLs and ``chmod`` only toggles read-only, so these
helpers do nothing there beyond creating the folder. Every file the program writes goes through
``create_private`` (SQLite files, backups, staged copies) or ``services.files.write_atomically`` (exports), which
both end here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import DomainError

FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700; an existing folder of ours is tightened to 0700."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if POSIX:
        with contextlib.suppress(OSError):  # a folder owned by someone else: leave its mode alone
            if path.stat().st_uid == os.getuid():
                os.chmod(path, FOLDER_MODE)
    return path


def make_private(path: Path) -> None:
    """Make an existing file (and SQLite's side files next to it) readable by its owner only."""
    if not POSIX:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        side = Path(str(path) + suffix)
        with contextlib.suppress(OSError):
            if side.is_file() and side.stat().st_uid == os.getuid() and side.stat().st_mode & 0o077:
                os.chmod(side, FILE_MODE)


def create_private(path: Path, *, exclusive: bool = False) -> Path:
    """Create ``path`` empty with mode 0600 (SQLite then keeps that mode for the file and its ``-wal``/``-shm``).

    An existing file is kept (and made private) unless ``exclusive``, which refuses it (``FileExistsError``).
    """
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else 0)
    fd = os.open(path, flags, FILE_MODE)
    os.close(fd)
    make_private(path)
    return Path(path)


def append_private(path: Path, text: str) -> None:
    """Append ``text`` to a log file that is created 0600 (``error.log`` holds stored text)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    try:
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)
    make_private(path)


def is_special_target(path: Path) -> str | None:
    """Why ``path`` may not be written as an output file (a folder, a device, a pipe), or None."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError:
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if not stat.S_ISREG(mode):
        return "device"
    return None


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` completely or not at all; a full disk gives a clear message and no partial file."""
    path = Path(path)

    def render(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    write_atomically(path, render)
    return path


#: Why a folder refused a new file, in the user's words (other errors keep the system's text).
_WHY_NOT_WRITABLE = {errno.EACCES: "쓰기 권한이 없습니다", errno.EPERM: "쓰기 권한이 없습니다",
                     errno.EROFS: "읽기 전용 위치입니다", errno.ENOENT: "파일을 만들 수 없는 위치입니다"}


def write_atomically(out: Path, render: Callable[[Path], object]) -> None:
    """Render into a temporary file next to ``out`` and move it in place: no half-written report is left."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise DomainError("output_folder_missing", folder=str(folder))
    why = is_special_target(out)
    if why is not None:
        raise DomainError("output_target_special", path=str(out), kind=Term("폴더" if why == "folder" else "장치 파일"))
    # mkstemp creates the file 0600 and the rename keeps that mode: every export is private (store/private.py).
    try:
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=out.suffix, dir=folder)
    except OSError as exc:  # a read-only or foreign folder: say which, in the user's words
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        why = _WHY_NOT_WRITABLE.get(exc.errno or 0)
        reason = Term(why) if why else exc.strerror or str(exc)
        raise DomainError("output_not_writable", folder=str(folder), reason=reason) from exc
    held = _hold(fd)  # marks the file as being written: a sweep in another process spares it
    if not held:
        os.close(fd)
    try:
        _sweep_temporaries(folder, Path(tmp))
        render(Path(tmp))
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _storage_error(f"디스크 공간이 부족하여 파일을 저장하지 못했습니다: {out} "
                               "(부분 파일은 남기지 않았습니다)", code="disk_full") from exc
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        if held:
            os.close(fd)


#: Temporary files of the atomic writer; those a killed export left behind are swept on the next write there.
TEMP_PREFIX = ".conflictdesk-tmp-"


def _hold(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: an open file cannot be deleted there anyway
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _sweep_temporaries(folder: Path, mine: Path) -> None:
    """Remove temporaries of earlier writes into ``folder`` that nobody is writing any more (killed exports)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return
    try:
        leftovers = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX) and p != mine]
    except OSError:
        return
    for path in leftovers:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # another process is still writing it
        else:
            with contextlib.suppress(OSError):
                if path.stat().st_uid == os.getuid():
                    path.unlink()
        finally:
            os.close(fd)


def _storage_error(message: str, code: str) -> Exception:
    from conflictdesk.store.errors import StorageError

    return StorageError(message, code=code)


__all__ = ["append_private", "create_private", "is_special_target", "make_private", "private_folder",
           "write_atomic", "write_atomically"]
