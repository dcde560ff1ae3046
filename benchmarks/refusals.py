"""How long the import takes to refuse the worst malformed files (the bound that used to be a test assertion).

The hostile-corpus tests (tests/hostile/test_import_corpus.py) check *that* each file is refused cleanly; this case
measures *how fast*, against a fixed target, so a slow or loaded machine never fails a test run.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from benchmarks.harness import Result, median_time, ms

TARGET_SECONDS = 30.0


def _zip_bomb(path: Path, uncompressed_mb: int = 200) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            chunk = b"<c>0</c>" * (1 << 17)
            for _ in range(uncompressed_mb):
                fh.write(chunk)
    return path


def _long_line_csv(path: Path, mb: int = 50) -> Path:
    with path.open("wb") as fh:
        fh.write("사업코드,사업명\n".encode())
        chunk = b"a" * (1 << 20)
        for _ in range(mb):
            fh.write(chunk)
    return path


def _wide_csv(path: Path, columns: int = 1_000_000) -> Path:
    path.write_text("사업코드,사업명," + ",".join(f"c{i}" for i in range(columns)) + "\n", encoding="utf-8")
    return path


def refusals(*, folder: Path, runs: int, **_: object) -> list[Result]:
    """Refusing each file must take at most ``TARGET_SECONDS`` (median of ``runs``)."""
    import contextlib
    import io

    from conflictdesk.cli import main

    made = {"a 200 MB zip bomb named .xlsx": _zip_bomb(folder / "bomb.xlsx"),
            "a 50 MB single-line CSV": _long_line_csv(folder / "long_line.csv"),
            "a CSV with a million columns": _wide_csv(folder / "million_columns.csv")}
    results = []
    for what, path in made.items():
        def refuse(path: Path = path) -> None:
            with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
                code = main(["--db", str(folder / "refusals.sqlite3"), "import", str(path)])
            if code != 1:
                raise AssertionError(f"{path.name} was not refused")

        seconds = median_time(refuse, runs)
        results.append(Result(f"refuse {what}", "—", ms(seconds), ms(seconds), f"≤ {TARGET_SECONDS:.0f} s",
                              seconds <= TARGET_SECONDS))
    return results
