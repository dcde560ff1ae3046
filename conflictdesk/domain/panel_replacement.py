"""Replacement draws (대체 추첨) for a panel member who drops out: who may replace them without breaking a quota.

See docs/업무규칙.md, "Citizens' panel (시민참여단 추첨)", replacement. The panel without the member who dropped out,
plus one applicant never selected, must meet every quota (min and max) again. Among the applicants who do, one is
drawn with ``random.Random(seed)`` from the list sorted by number, so the same panel, applicants and seed always give
the same replacement.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from conflictdesk.domain.panel_draw import Applicant, Quota


@dataclass(frozen=True)
class Replacement:
    """The applicants who would keep every quota, and the one the seed draws (None when nobody can)."""

    candidates: tuple[str, ...]
    chosen: str | None
    blocking: tuple[str, ...]  # categories no applicant can keep, when nobody can


def allowed_values(remaining: Sequence[Applicant], quotas: Sequence[Quota]) -> dict[str, set[str]]:
    """Per category, the values a newcomer may have so that ``remaining`` plus them meets the category's quotas."""
    counts = Counter((c, v) for a in remaining for c, v in a.values.items())
    allowed: dict[str, set[str]] = {}
    by_category: dict[str, list[Quota]] = {}
    for q in quotas:
        by_category.setdefault(q.category, []).append(q)
    for category, qs in by_category.items():
        short = [q.value for q in qs if counts[category, q.value] < q.min]
        if len(short) > 1:  # one newcomer cannot lift two values to their minimum
            allowed[category] = set()
        elif short:
            q = next(q for q in qs if q.value == short[0])
            allowed[category] = {q.value} if counts[category, q.value] + 1 <= q.max else set()
        else:
            allowed[category] = {q.value for q in qs if counts[category, q.value] + 1 <= q.max}
    return allowed


def replacement(applicants: Sequence[Applicant], quotas: Sequence[Quota], panel: Sequence[str], dropped: str,
                excluded: Sequence[str], seed: int) -> Replacement:
    """Who may replace ``dropped`` in ``panel`` (numbers); ``excluded`` were ever selected and cannot come back."""
    by_number = {a.number: a for a in applicants}
    remaining = [by_number[n] for n in panel if n != dropped]
    allowed = allowed_values(remaining, quotas)
    barred = set(panel) | set(excluded) | {dropped}
    pool = sorted((a for a in applicants if a.number not in barred), key=lambda a: a.number)
    candidates = tuple(a.number for a in pool
                       if all(a.values.get(category) in values for category, values in allowed.items()))
    if candidates:
        return Replacement(candidates, random.Random(seed).choice(candidates), ())
    blocking = [c for c, values in allowed.items() if not any(a.values.get(c) in values for a in pool)]
    if not blocking:  # each category alone could be kept, but no one applicant keeps them all
        blocking = [c for c, values in allowed.items()
                    if values != {q.value for q in quotas if q.category == c}]
    return Replacement((), None, tuple(blocking or allowed))
