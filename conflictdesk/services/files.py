"""Writing export files safely: a temporary file beside the target, replaced only when complete."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from conflictdesk.store.errors import StorageError


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` completely or not at all; a full disk gives a clear message and no partial file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageError(f"디스크 공간이 부족하여 파일을 저장하지 못했습니다: {path} "
                               "(부분 파일은 남기지 않았습니다)", code="disk_full") from exc
        raise
    return path
