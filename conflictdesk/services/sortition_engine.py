"""The stratified lottery of a citizens' panel: the only module that touches the sortition-algorithms library.

sortition-algorithms (the Sortition Foundation's implementation of Flanigan et al., Nature 2021) is an optional extra
(``pip install 'conflictdesk[sortition]'``), imported on first use; the open HiGHS solver (highspy) does the linear
programs, so nothing needs a licence, Google Sheets or the network. The rest of the application hands plain
applicants and quotas (``domain/panel_draw.py``) and receives plain results.

How a draw is made (docs/업무규칙.md, "Citizens' panel"): the library's maximin finds a probability distribution over
panels that meet every quota and makes the lowest selection probability of any applicant as high as the quotas allow;
each applicant's probability is the sum over the panels that hold them (they add up to the panel size); one panel is
then drawn from that distribution with ``random.Random(seed)``. The library's own randomness is seeded with the same
seed (and the interpreter's global ``random`` state restored afterwards), so the same inputs and seed give the same
panel.
"""

from __future__ import annotations

import logging
import os
import random
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.panel_draw import ALGORITHM, Applicant, Quota

DISTRIBUTION = "sortition-algorithms"
#: Probabilities are rounded to this many decimals when reported and stored.
DECIMALS = 6


class SortitionUnavailable(DomainError):
    """sortition-algorithms is not installed (the optional ``sortition`` extra)."""

    code = "sortition_unavailable"


class QuotasInfeasible(DomainError):
    """No panel meets the quotas; ``categories`` names them and ``suggestions`` the smallest relaxation found."""

    code = "panel_quotas_infeasible"

    def __init__(self, categories: Sequence[str], suggestions: Sequence[str]) -> None:
        super().__init__("panel_quotas_infeasible", categories=", ".join(categories),
                         suggestions="; ".join(suggestions) or "-")
        self.categories = tuple(categories)
        self.suggestions = tuple(suggestions)


@dataclass(frozen=True)
class LotteryResult:
    """A drawn panel: the selected numbers (sorted), every applicant's selection probability, how it was made."""

    selected: tuple[str, ...]
    probabilities: dict[str, float]
    algorithm: str
    library_version: str
    panels_in_distribution: int


def library_version() -> str:
    """The installed sortition-algorithms version (raises :class:`SortitionUnavailable` when missing)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        raise SortitionUnavailable("sortition_unavailable") from None


def _library() -> Any:
    try:
        import sortition_algorithms
    except ImportError:
        raise SortitionUnavailable("sortition_unavailable") from None
    # The library sends its progress to stdout on import; our CLI's stdout is JSON or a table.
    for name in ("sortition_algorithms", "sortition_algorithms_user"):
        log = logging.getLogger(name)
        log.handlers.clear()
        log.addHandler(logging.NullHandler())
        log.propagate = False
    return sortition_algorithms


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    """HiGHS prints its banner from C to file descriptor 1: send it to the null device while the solver runs."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # no real stdout (GUI on Windows, captured in tests)
        fd = 1
    sys.stdout.flush()
    try:
        saved = os.dup(fd)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), fd)
            try:
                yield
            finally:
                sys.stdout.flush()
                os.dup2(saved, fd)
    finally:
        os.close(saved)


def _features(quotas: Sequence[Quota], applicants_count: int) -> Any:
    from sortition_algorithms.features import FeatureValueMinMax

    features: dict[str, dict[str, Any]] = {}
    for q in quotas:
        values = features.setdefault(q.category, {})
        minmax = FeatureValueMinMax(min=q.min, max=q.max)
        minmax.set_default_max_flex(applicants_count)
        values[q.value] = minmax
    return features


def _people(applicants: Sequence[Applicant], features: Any) -> Any:
    from sortition_algorithms.people import People

    people = People([])
    for row, a in enumerate(applicants, start=2):
        people.add(a.number, dict(a.values), features, row)
    return people


def _infeasible(original: Sequence[Quota], relaxed: Any) -> QuotasInfeasible:
    categories: list[str] = []
    suggestions: list[str] = []
    for q in original:
        new = relaxed[q.category][q.value]
        if (new.min, new.max) != (q.min, q.max):
            if q.category not in categories:
                categories.append(q.category)
            suggestions.append(f"{q.category} {q.value}: {q.min}~{q.max} → {new.min}~{new.max}")
    return QuotasInfeasible(categories or list(dict.fromkeys(q.category for q in original)), suggestions)


def draw(applicants: Sequence[Applicant], quotas: Sequence[Quota], size: int, seed: int,
         progress: Callable[[int, str], bool] | None = None) -> LotteryResult:
    """Draw a panel of ``size`` from ``applicants`` meeting ``quotas`` (checked beforehand by the caller)."""
    lib = _library()
    version = library_version()
    from sortition_algorithms.committee_generation import find_distribution_maximin, standardize_distribution
    from sortition_algorithms.utils import set_random_provider

    features = _features(quotas, len(applicants))
    people = _people(applicants, features)
    state = random.getstate()
    if progress is not None:
        progress(5, "최적 분포 계산 중")
    try:
        set_random_provider(seed)
        with _quiet_stdout():
            committees, weights, _report = find_distribution_maximin(features, people, size, [], "highspy")
    except lib.InfeasibleQuotasError as exc:
        raise _infeasible(quotas, exc.features) from None
    except (lib.InfeasibleQuotasCantRelaxError, lib.SelectionError) as exc:
        raise QuotasInfeasible(list(dict.fromkeys(q.category for q in quotas)), [str(exc)]) from None
    finally:
        random.setstate(state)
    committees, weights = standardize_distribution(committees, weights)
    order = sorted(range(len(committees)), key=lambda i: sorted(committees[i]))  # independent of set ordering
    committees = [committees[i] for i in order]
    weights = [weights[i] for i in order]
    marginals = dict.fromkeys((a.number for a in applicants), 0.0)
    for committee, weight in zip(committees, weights, strict=True):
        for number in committee:
            marginals[number] += weight
    chosen = random.Random(seed).choices(range(len(committees)), weights=weights, k=1)[0]
    if progress is not None:
        progress(100, "추첨 완료")
    return LotteryResult(
        selected=tuple(sorted(committees[chosen])),
        probabilities={n: round(p, DECIMALS) for n, p in marginals.items()},
        algorithm=ALGORITHM, library_version=version, panels_in_distribution=len(committees))
