"""The draw solves each of its integer programs once and still gives exactly the library's own maximin.

services/sortition_engine.py runs sortition-algorithms' ``find_distribution_maximin`` step by step with solvers that
set an objective without solving it (the library's HiGHS wrapper solved every program twice). The panels of the
distribution, their probabilities and the drawn panel must stay those of the library's function: a recorded draw is
re-run by ``panel verify`` and must give the same panel.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest

from conflictdesk.domain.panel_draw import Applicant, Quota
from conflictdesk.services import sortition_engine

highspy = pytest.importorskip("highspy")
pytest.importorskip("sortition_algorithms")

CATEGORIES = {"권역": ("중부", "남부", "북부"), "성별": ("남", "여"), "연령대": ("20대", "40대", "60대")}


def _pool(applicants: int, size: int, seed: int) -> tuple[list[Applicant], list[Quota]]:
    """A seeded pool with quotas of ±20 % around each value's proportional share (as the benchmark's)."""
    rng = random.Random(seed)
    people = [Applicant(f"{n:04d}", {c: rng.choice(v) for c, v in CATEGORIES.items()})
              for n in range(1, applicants + 1)]
    quotas = []
    for c, values in CATEGORIES.items():
        counts = Counter(p.values[c] for p in people)
        for v in values:
            share = size * counts[v] / applicants
            quotas.append(Quota(c, v, int(share * 0.8), int(share * 1.2) + 1))
    return people, quotas


def _counting_runs(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Count HiGHS solves: highspy's ``Highs.solve`` (behind ``maximize``/``minimize``) calls its C++ base's ``run``."""
    runs: Counter[str] = Counter()
    base = highspy.Highs.__mro__[1]
    original = base.run

    def run(self: Any) -> Any:
        runs["run"] += 1
        return original(self)

    monkeypatch.setattr(base, "run", run)
    return runs


def _library_distribution(people: list[Applicant], quotas: list[Quota], size: int,
                          seed: int) -> tuple[list[frozenset[str]], list[float]]:
    from sortition_algorithms.committee_generation import find_distribution_maximin, standardize_distribution
    from sortition_algorithms.utils import set_random_provider

    sortition_engine._library()
    features = sortition_engine._features(quotas, len(people))
    set_random_provider(seed)
    committees, weights, _report = find_distribution_maximin(
        features, sortition_engine._people(people, features), size, [], "highspy")
    return standardize_distribution(committees, weights)


@pytest.mark.slow
@pytest.mark.parametrize(("applicants", "size", "seed"), [(60, 6, 7), (90, 9, 2020)])
def test_the_draw_is_the_library_maximin_with_each_program_solved_once(
        monkeypatch: pytest.MonkeyPatch, applicants: int, size: int, seed: int) -> None:
    people, quotas = _pool(applicants, size, seed)
    runs = _counting_runs(monkeypatch)
    committees, weights = _library_distribution(people, quotas, size, seed)
    library_runs = runs["run"]
    runs.clear()
    steps: list[int] = []
    result = sortition_engine.draw(people, quotas, size, seed, lambda pct, _msg: steps.append(pct) or True)
    # Every integer program solved once instead of twice. HiGHS's own count of runs varies a little from run to run
    # (e.g. 318–348 for the library at 60 applicants, ours 48–52 % of it), so the bound is 60 %: solving twice
    # again would give ~100 %.
    assert runs["run"] <= library_runs * 0.6, (runs["run"], library_runs)
    # ... and the same distribution: the same panels with the same probabilities, so the same drawn panel
    marginals = dict.fromkeys((p.number for p in people), 0.0)
    for committee, weight in zip(committees, weights, strict=True):
        for number in committee:
            marginals[number] += weight
    assert result.panels_in_distribution == len(committees)
    assert result.probabilities == {n: round(p, sortition_engine.DECIMALS) for n, p in marginals.items()}
    ordered = sorted(range(len(committees)), key=lambda i: sorted(committees[i]))
    chosen = random.Random(seed).choices(ordered, weights=[weights[i] for i in ordered], k=1)[0]
    assert result.selected == tuple(sorted(committees[chosen]))
    # The search for panels is reported step by step, never backwards
    assert steps[0] == 5 and steps[-1] == 100 and steps == sorted(steps) and len(steps) > 5
