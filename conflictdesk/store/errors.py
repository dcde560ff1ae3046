"""Storage errors with stable codes and Korean messages (locked, damaged, foreign, full, conflict)."""

from __future__ import annotations

from conflictdesk.domain.errors import Conflict, DomainError


class StorageError(DomainError):
    """The database could not be opened or written; ``code`` says why."""

    code = "storage"

    @classmethod
    def from_exception(cls, exc: BaseException, where: str) -> StorageError:
        """The user-facing error for a failure to open or read the file ``where`` (see ``classify``)."""
        code, message = classify(exc, where)
        return cls(message, code=code)

    @classmethod
    def map(cls, exc: BaseException) -> DomainError | None:
        """Translate a database exception into a user-facing error, or None to re-raise it as is."""
        from sqlalchemy.exc import IntegrityError, OperationalError
        from sqlalchemy.orm.exc import StaleDataError

        if isinstance(exc, DomainError):
            return None
        if "append-only" in str(exc):
            return cls("감사 기록은 수정하거나 삭제할 수 없습니다 (추가만 가능).", code="audit_append_only")
        if isinstance(exc, StaleDataError):
            return Conflict("다른 곳에서 먼저 수정된 기록입니다. 다시 열어 변경 내용을 확인하세요.")
        if isinstance(exc, IntegrityError):
            from conflictdesk.store.locking import creation_race

            race = creation_race(exc)
            if race is not None:
                return race
            return cls(f"저장할 수 없습니다: 데이터 규칙 위반 ({exc.orig})", code="integrity")
        if isinstance(exc, OperationalError):
            text = str(exc.orig).lower()
            if "full" in text:
                return cls("디스크 공간이 부족하여 저장하지 못했습니다. 기존 데이터는 그대로입니다.", code="disk_full")
            if "locked" in text or "busy" in text:
                return cls("다른 프로그램이 데이터 파일에 쓰는 중입니다. 잠시 후 다시 시도하세요.", code="locked")
            if "readonly" in text:
                return cls("데이터 파일이 읽기 전용이라 저장하지 못했습니다.", code="read_only")
            return cls(f"저장 중 데이터베이스 오류: {exc.orig}", code="operational")
        return None


def classify(exc: BaseException, where: str) -> tuple[str, str]:
    """(code, Korean message) for a SQLite/driver error on the data file ``where``.

    Only what SQLite reports as a damaged image is "damaged" (and only then is restoring a backup offered):
    a full disk, a read-only file or folder, a lock or an I/O error says so instead; the file itself is fine.
    """
    import errno as errnos

    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    number = getattr(orig, "errno", None)
    if "locked" in text or "busy" in text:
        return "locked", f"데이터 파일을 다른 프로그램이 사용 중입니다: {where}"
    if "full" in text or number in (errnos.ENOSPC, getattr(errnos, "EDQUOT", -1)):
        return "disk_full", f"디스크 공간이 부족합니다 (파일은 손상되지 않았습니다): {where}"
    if "readonly" in text or "read-only" in text or number in (errnos.EROFS, errnos.EACCES, errnos.EPERM):
        return "read_only", f"데이터 파일 또는 그 폴더에 쓸 수 없습니다 (읽기 전용·권한): {where}"
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return "damaged", f"데이터 파일이 손상되었거나 데이터베이스가 아닙니다: {where}"
    if "no such table" in text or "no such column" in text:
        return "foreign", f"ConflictDesk 데이터 파일이 아니거나 필요한 표가 없습니다: {where}"
    if "disk i/o" in text:
        return "io_error", f"디스크 입출력 오류로 데이터 파일을 읽거나 쓸 수 없습니다 (디스크·연결 상태를 확인하세요): {where}"
    if "unable to open" in text:
        import os

        folder = os.path.dirname(where) or "."
        if os.path.exists(where) and (not os.access(where, os.R_OK) or not os.access(folder, os.W_OK)):
            return "read_only", f"데이터 파일 또는 그 폴더에 쓸 수 없습니다 (읽기 전용·권한): {where}"
        return "cannot_open", f"데이터 파일을 열 수 없습니다: {where}"
    return "cannot_open", f"데이터 파일을 열 수 없습니다: {where} ({str(orig)[:160]})"
