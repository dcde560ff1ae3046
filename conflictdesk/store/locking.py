"""Optimistic locking for forms: keep the version the user saw when the form opened, compare it at save."""

from __future__ import annotations

from typing import Any

from conflictdesk.domain.errors import Conflict


def expect_version(record: Any, seen_version: int | None, what: str = "기록") -> None:
    """Raise ``Conflict`` when ``record`` was saved elsewhere since the user saw ``seen_version``.

    ``version_id_col`` only guards ORM flushes inside one session; a form spans two transactions.
    """
    if seen_version is None:
        return
    current = getattr(record, "version", None)
    if current != seen_version:
        raise Conflict(
            f"이 {what}은(는) 다른 곳에서 먼저 수정되었습니다 (열었을 때 버전 {seen_version}, 현재 {current}). "
            "저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요."
        )
