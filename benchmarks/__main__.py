"""``python -m benchmarks``: the product against the floor of the same work, side by side, in one run."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from benchmarks import cases
from benchmarks.harness import Result, data_dir, ensure_demo, format_table, print_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller data (10× fewer projects) for a smoke run")
    parser.add_argument("--only", nargs="*", default=None, help="run only the named cases (substring match)")
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (median is reported)")
    parser.add_argument("--out", type=Path, default=None, help="also write the table (Markdown) to this file")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    scale = 10 if args.quick else 1
    folder = data_dir()
    started = time.perf_counter()
    small = ensure_demo(folder, 10_000 // scale)
    big = ensure_demo(folder, 100_000 // scale)
    print(f"data: {small.name} {small.stat().st_size / 1e6:.0f} MB, {big.name} {big.stat().st_size / 1e6:.0f} MB "
          f"(ready in {time.perf_counter() - started:.1f} s)", file=sys.stderr)

    load_at_start = os.getloadavg()
    results: list[Result] = []
    for case in cases.ALL:
        if args.only and not any(name in case.__name__ for name in args.only):
            continue
        print(f"… {case.__name__}", file=sys.stderr)
        try:
            rows = case(small=small, big=big, runs=args.runs, folder=folder, scale=scale)
        except Exception as exc:  # noqa: BLE001 — one broken case must not lose the rows already measured
            rows = [Result(case.__name__, "—", "—", f"error: {type(exc).__name__}: {exc}"[:120], "—", False)]
        # Each case's rows as soon as they are measured: a run stopped later keeps them on stderr.
        sys.stderr.write(format_table(rows))
        results.extend(rows)
    load_at_end = os.getloadavg()
    text = (f"{os.cpu_count()} cores; load average (1, 5, 15 min) at start "
            f"{', '.join(f'{v:.2f}' for v in load_at_start)}, at end {', '.join(f'{v:.2f}' for v in load_at_end)}; "
            f"{time.perf_counter() - started:,.0f} s\n\n")
    print(text, end="")
    text += print_table(results)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
