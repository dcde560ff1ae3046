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
import tempfile
import threading
from collections.abc import Callable, Sequence
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
    from sortition_algorithms.utils import override_logging_handlers

    # The library logs its progress to stdout (our CLI's stdout is JSON or a table): its own two loggers, and only
    # they, are pointed at a null handler through the library's API. No other output of the process is touched.
    override_logging_handlers([logging.NullHandler()], [logging.NullHandler()])
    for name in ("sortition_algorithms", "sortition_algorithms_user"):
        logging.getLogger(name).propagate = False
    _absorb_solver_banner()
    return sortition_algorithms


#: The lines HiGHS writes from C on its first solver of a process (it writes them once per process).
_BANNER = (b"Running HiGHS", b"Includes third-party", b"Copyright (c)")
_banner_lock = threading.Lock()
_banner_absorbed = False


def _absorb_solver_banner() -> None:
    """Make the process's first HiGHS solver here, so its banner never reaches our stdout, and lose nothing else.

    HiGHS prints a banner from C to file descriptor 1 when the first solver of a process is made (never again; every
    solver after it is silent, as the library creates them with output off). For the instant that first solver takes,
    descriptor 1 points at a temporary file; afterwards everything in it except the banner lines (whatever another
    thread wrote meanwhile) is written on to the real descriptor 1. A draw itself never redirects anything.
    """
    global _banner_absorbed
    from sortition_algorithms.committee_generation.solver import create_solver

    with _banner_lock:
        if _banner_absorbed:
            return
        _banner_absorbed = True
        try:
            sys.stdout.flush()
        except (AttributeError, OSError, ValueError):
            pass
        try:
            saved = os.dup(1)
        except OSError:  # no descriptor 1 (a GUI without a console): nothing to protect
            create_solver(backend="highspy")
            return
        try:
            with tempfile.TemporaryFile() as sink:
                os.dup2(sink.fileno(), 1)
                try:
                    create_solver(backend="highspy")
                finally:
                    try:
                        sys.stdout.flush()
                    except (AttributeError, OSError, ValueError):
                        pass
                    os.dup2(saved, 1)
                sink.seek(0)
                kept = [line for line in sink.read().splitlines(keepends=True) if not line.startswith(_BANNER)]
                if kept:
                    os.write(1, b"".join(kept))
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


class _Progress:
    """The library's progress reporter (``sortition_algorithms.progress.ProgressReporter``) onto ours: the search for
    panels that cover everyone (one integer program per applicant, most of the time) runs from 5 to 85 %."""

    def __init__(self, progress: Callable[[int, str], bool] | None) -> None:
        self._progress = progress
        self._total: int | None = None
        self._shown = -1

    def start_phase(self, name: str, total: int | None = None, *, message: str | None = None) -> None:
        self._total = total if name == "multiplicative_weights" else None

    def update(self, current: int, *, message: str | None = None) -> None:
        if self._progress is None or not self._total:
            return
        percent = 5 + 80 * current // self._total
        if percent != self._shown:
            self._shown = percent
            self._progress(percent, f"참여단 후보 찾는 중 ({current:,} / {self._total:,})")

    def end_phase(self) -> None:
        self._total = None


_solve_once_class: type | None = None


def _solving_once(solver: Any) -> Any:
    """Make one of the library's HiGHS solvers solve once per ``optimize`` and read its solution once.

    The library's ``HighsSolver.set_objective`` calls highspy's ``maximize``/``minimize``, which *solve* the model,
    and every caller then calls ``optimize``, which solves it again: each integer program of the draw was solved twice
    (half the time of a draw). ``get_value`` asked HiGHS for the whole solution once per variable (a tenth). This
    subclass sets the objective without solving and keeps the solution of each ``optimize``. HiGHS solves the same
    model to the same solution, so the panels, the distribution and the drawn panel are those of the library's own
    ``find_distribution_maximin`` (tests/test_sortition_speed.py compares them).
    """
    global _solve_once_class
    if _solve_once_class is None:
        from sortition_algorithms.committee_generation.solver import HighsSolver, SolverSense

        class SolveOnce(HighsSolver):
            _values: list[float]

            def set_objective(self, expr: Any, sense: SolverSense) -> None:
                self._objective_sense = sense
                kind = self._highspy.ObjSense
                self._h.setObjective(expr, kind.kMaximize if sense == SolverSense.MAXIMIZE else kind.kMinimize)

            def optimize(self) -> Any:
                status = super().optimize()
                self._values = list(self._h.getSolution().col_value)
                return status

            def get_value(self, var: Any) -> float:
                return float(self._values[var.index])

        _solve_once_class = SolveOnce
    solver.__class__ = _solve_once_class
    solver._values = list(solver._h.getSolution().col_value)
    return solver


def _maximin(features: Any, people: Any, size: int,
             progress: Callable[[int, str], bool] | None) -> tuple[list[frozenset[str]], list[float]]:
    """The library's ``find_distribution_maximin`` step by step (same functions, same order, same random draws), with
    its solvers made to solve once (:func:`_solving_once`) and its progress reported."""
    from sortition_algorithms.committee_generation.common import (
        generate_initial_committees,
        setup_committee_generation,
    )
    from sortition_algorithms.committee_generation.maximin import (
        _run_maximin_optimization_loop,
        _setup_maximin_incremental_model,
    )
    from sortition_algorithms.utils import RunReport

    reporter = _Progress(progress)
    solver, agent_vars = setup_committee_generation(features, people, size, [], "highspy")
    _solving_once(solver)
    committees, covered, _report = generate_initial_committees(solver, agent_vars, people.count,
                                                               progress_reporter=reporter)
    if progress is not None:
        progress(85, "선정확률이 가장 고른 분포 계산 중")
    incremental, incremental_vars, upper = _setup_maximin_incremental_model(committees, covered, "highspy")
    _solving_once(incremental)
    found, weights, _report = _run_maximin_optimization_loop(
        solver, agent_vars, incremental, incremental_vars, upper, committees, covered, RunReport(), "highspy")
    return found, weights


def draw(applicants: Sequence[Applicant], quotas: Sequence[Quota], size: int, seed: int,
         progress: Callable[[int, str], bool] | None = None) -> LotteryResult:
    """Draw a panel of ``size`` from ``applicants`` meeting ``quotas`` (checked beforehand by the caller)."""
    lib = _library()
    version = library_version()
    from sortition_algorithms.committee_generation import standardize_distribution
    from sortition_algorithms.utils import set_random_provider

    features = _features(quotas, len(applicants))
    people = _people(applicants, features)
    state = random.getstate()
    if progress is not None:
        progress(5, "최적 분포 계산 중")
    try:
        set_random_provider(seed)
        committees, weights = _maximin(features, people, size, progress)
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
