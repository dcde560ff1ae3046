"""Typed domain errors with stable codes; the UI and CLI map them to messages."""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken by the caller's input. ``code`` is stable; ``message`` is Korean for users."""

    code: str = "domain_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class InvalidValue(DomainError):
    """A single value could not be understood (e.g. a budget "사십억")."""

    code = "invalid_value"


class NotFound(DomainError):
    """A project, round or record the user named does not exist."""

    code = "not_found"


class CouncilFull(DomainError):
    """A mediation council already has the maximum number of members."""

    code = "council_full"


class Conflict(DomainError):
    """The record changed elsewhere since the user opened it (optimistic locking)."""

    code = "conflict"
