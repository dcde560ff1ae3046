"""Writing export files safely: a temporary file beside the target, replaced only when complete."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from conflictdesk.domain.errors import DomainError
from conflictdesk.store.engine import Database
from conflictdesk.store.errors import StorageError


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


def write_atomically(out: Path, render: Callable[[Path], object]) -> None:
    """Render into a temporary file next to ``out`` and move it in place: no half-written report is left."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise DomainError(f"출력 폴더가 없습니다: {folder}", code="export")
    fd, tmp = tempfile.mkstemp(prefix=".conflictdesk-", suffix=out.suffix, dir=folder)
    os.close(fd)
    try:
        render(Path(tmp))
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageError(f"디스크 공간이 부족하여 파일을 저장하지 못했습니다: {out} "
                               "(부분 파일은 남기지 않았습니다)", code="disk_full") from exc
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def audit_unmasked(db: Database, entity: str, code: str, out: Path | str) -> None:
    """Record that personal data left the program unmasked (who, when, which file or "터미널")."""
    from conflictdesk.store import audit

    shown = out.name if isinstance(out, Path) else out
    with db.write(reason=f"비마스킹 출력: {shown}") as s:
        audit.record(s, "export", entity, code, field="unmasked", new=str(out))
