"""Typed errors with a stable code and parameters; one catalogue (``error_catalogue``) renders them.

Raise an error by its catalogue code and named parameters::

    raise NotFound("project_not_found", project=code)

``str(error)`` and ``error.message`` are the Korean text (the CLI prints it); the GUI renders ``error.code`` and
``error.params`` again through the Qt translator (``ui/messages.py``), so the English UI shows English. The class
says what kind of problem it is (``except NotFound``); the code says which one. See docs/architecture.md, "Errors".
"""

from __future__ import annotations

from collections.abc import Mapping

from conflictdesk.domain.error_catalogue import MESSAGES, render


class DomainError(Exception):
    """A rule was broken by the caller's input. ``code`` is stable; ``message`` is Korean for users.

    ``DomainError("key", **params)`` takes its text from the catalogue entry ``key``, which is also its ``code``;
    ``DomainError("key", code="…")`` keeps an established code for a second text (two "locked" messages: opening and
    writing). The older form ``DomainError("한국어 문장", code="…")`` (text without a catalogue entry) still works while
    raise sites are converted; such an error cannot be translated (``params`` is ``None``).
    """

    code: str = "domain_error"

    def __init__(self, message: str = "", *, code: str | None = None, **params: object) -> None:
        self.params: Mapping[str, object] | None
        self.key: str | None = None
        if message in MESSAGES:
            self.key, self.params = message, dict(params)
            code = code or message
            message = render(self.key, self.params)
        elif params:
            raise TypeError(f"unknown error code {message!r} (add it to domain/error_catalogue.py)")
        else:
            self.params = None
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    @property
    def catalogued(self) -> bool:
        """True when the text comes from the catalogue (and can therefore be translated)."""
        return self.params is not None

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
