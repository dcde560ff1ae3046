"""Storage errors with stable codes and Korean messages (locked, damaged, foreign, full, conflict)."""

from __future__ import annotations

from conflictdesk.domain.error_catalogue import render
from conflictdesk.domain.errors import Conflict, DomainError


class StorageError(DomainError):
    """The database could not be opened or written; ``code`` says why."""

    code = "storage"

    @classmethod
    def from_exception(cls, exc: BaseException, where: str) -> StorageError:
        """The user-facing error for a failure to open or read the file ``where`` (see ``classify``)."""
        code, key, params = _classified(exc, where)
        return cls(key, code=code, **params)

    @classmethod
    def map(cls, exc: BaseException) -> DomainError | None:
        """Translate a database exception into a user-facing error, or None to re-raise it as is."""
        from sqlalchemy.exc import IntegrityError, OperationalError
        from sqlalchemy.orm.exc import StaleDataError

        if isinstance(exc, DomainError):
            return None
        if "append-only" in str(exc):
            return cls("audit_append_only")
        if isinstance(exc, StaleDataError):
            return Conflict("stale_write", code="conflict")
        if isinstance(exc, IntegrityError):
            from conflictdesk.store.locking import creation_race

            race = creation_race(exc)
            if race is not None:
                return race
            return cls("integrity", detail=str(exc.orig))
        if isinstance(exc, OperationalError):
            text = str(exc.orig).lower()
            if "full" in text:
                return cls("write_disk_full", code="disk_full")
            if "locked" in text or "busy" in text:
                return cls("write_locked", code="locked")
            if "readonly" in text:
                return cls("write_read_only", code="read_only")
            return cls("operational", detail=str(exc.orig))
        return None


def classify(exc: BaseException, where: str) -> tuple[str, str]:
    """(code, Korean message) for a SQLite/driver error on the data file ``where``.

    Only what SQLite reports as a damaged image is "damaged" (and only then is restoring a backup offered):
    a full disk, a read-only file or folder, a lock or an I/O error says so instead; the file itself is fine.
    """
    code, key, params = _classified(exc, where)
    return code, render(key, params)


def _classified(exc: BaseException, where: str) -> tuple[str, str, dict[str, object]]:
    """(code, catalogue key, parameters) of :func:`classify`."""
    import errno as errnos

    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    number = getattr(orig, "errno", None)
    if "locked" in text or "busy" in text:
        return "locked", "open_locked", {"where": where}
    if "full" in text or number in (errnos.ENOSPC, getattr(errnos, "EDQUOT", -1)):
        return "disk_full", "open_disk_full", {"where": where}
    if "readonly" in text or "read-only" in text or number in (errnos.EROFS, errnos.EACCES, errnos.EPERM):
        return "read_only", "open_read_only", {"where": where}
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return "damaged", "open_damaged", {"where": where}
    if "no such table" in text or "no such column" in text:
        return "foreign", "open_foreign", {"where": where}
    if "disk i/o" in text:
        return "io_error", "open_io_error", {"where": where}
    if "unable to open" in text:
        import os

        folder = os.path.dirname(where) or "."
        if os.path.exists(where) and (not os.access(where, os.R_OK) or not os.access(folder, os.W_OK)):
            return "read_only", "open_read_only", {"where": where}
        return "cannot_open", "open_failed", {"where": where, "detail": ""}
    return "cannot_open", "open_failed", {"where": where, "detail": f" ({str(orig)[:160]})"}
