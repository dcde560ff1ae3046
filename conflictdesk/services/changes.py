"""What a user action changed, so each view can decide whether to refresh (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = frozenset({
    "project", "round", "diagnosis", "card", "plan", "review", "expert", "payment", "council", "budget", "training",
    "analysis", "setting", "audit", "handout", "pre_review", "deliberation", "all",
})


@dataclass(frozen=True)
class Changes:
    """A set of changed record kinds (``project``, ``card``…); ``all`` after an import or restore."""

    kinds: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")
        return cls(frozenset(kinds))

    def touches(self, *kinds: str) -> bool:
        return "all" in self.kinds or bool(self.kinds.intersection(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes()
EVERYTHING = Changes(frozenset({"all"}))
