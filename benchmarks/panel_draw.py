"""The citizens' panel draw at the issue's scale: 3,000 applicants, 6 categories, a panel of 200 (#14).

``python -m benchmarks.panel_draw [--applicants N] [--categories K] [--size S] [--seed X]`` draws once through
ConflictDesk's engine (services/sortition_engine.py) on a seeded synthetic pool with quotas of ±20 % around the
proportional share, and prints the wall time beside the library's own figures: the number of panels in the
maximin distribution and the lowest selection probability it guarantees (the maximin value), against the ideal
size / applicants. Needs the ``sortition`` extra. Not part of ``make bench`` (one draw takes minutes).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

from conflictdesk.domain.panel_draw import Applicant, Quota, fulfilment
from conflictdesk.services.sortition_engine import draw

CATEGORIES: dict[str, tuple[str, ...]] = {
    "권역": ("중부", "동부", "남부", "서부", "북부", "강화옹진"),
    "성별": ("남", "여"),
    "연령대": ("10대", "20대", "30대", "40대", "50대", "60대 이상"),
    "직업": ("사무", "자영업", "주부", "학생", "기타"),
    "거주기간": ("5년 미만", "5~10년", "10년 이상"),
    "소득": ("하", "중", "상"),
}


def pool(applicants: int, categories: int, size: int, seed: int) -> tuple[list[Applicant], list[Quota]]:
    rng = random.Random(seed)
    chosen = dict(list(CATEGORIES.items())[:categories])
    people = [Applicant(f"{n:05d}", {c: rng.choice(v) for c, v in chosen.items()}) for n in range(1, applicants + 1)]
    quotas = []
    for c, values in chosen.items():
        for v in values:
            share = size * sum(1 for p in people if p.values[c] == v) / applicants
            quotas.append(Quota(c, v, int(share * 0.8), int(share * 1.2) + 1))
    return people, quotas


def _progress(percent: int, message: str) -> bool:
    """Progress on stderr with the CPU time so far (the table's figures are on stdout)."""
    print(f"{time.strftime('%H:%M:%S')} {time.process_time():8.1f} s CPU  {percent:3d} %  {message}", file=sys.stderr,
          flush=True)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--applicants", type=int, default=3000)
    parser.add_argument("--categories", type=int, default=6, choices=range(1, 7))
    parser.add_argument("--size", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    people, quotas = pool(args.applicants, args.categories, args.size, args.seed)
    load = os.getloadavg()[0]
    start, cpu = time.perf_counter(), time.process_time()
    result = draw(people, quotas, args.size, args.seed, _progress)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    met = all(q.met for q in fulfilment(people, result.selected, quotas))
    low = min(result.probabilities.values())
    print(f"{args.applicants:,} applicants, {args.categories} categories, panel of {args.size}: {seconds:.1f} s wall, "
          f"{cpu_seconds:.1f} s CPU (load {load:.1f}); "
          f"library: {result.panels_in_distribution} panels in the maximin distribution, lowest probability "
          f"{low:.4f} (ideal {args.size / args.applicants:.4f}); quotas met: {met}; "
          f"sortition-algorithms {result.library_version}")


if __name__ == "__main__":
    main()
