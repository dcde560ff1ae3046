"""The "all key cases" card export: one PDF per card, rendered on every core, and optionally one combined PDF
with a bookmark per card (for printing the whole set at once).

Each worker process opens the database read-only and loads and renders a chunk of cards into hidden temporary
files in the target folder; the parent moves each finished file to its final name (``card_file_name``), so no
half-written card is ever seen under a card's name. For the combined PDF the workers also send each card's data
back, and the parent lays the cards out in order into one document (``card_pdf.CardBook``: one font subset for
the whole book) while the workers go on; it is written atomically at the end. Small batches, in-memory
databases and single-core machines render in-process.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from conflictdesk.domain.errors import DomainError
from conflictdesk.reports.filenames import card_file_name, safe_stem
from conflictdesk.services.files import write_atomically

if TYPE_CHECKING:
    from conflictdesk.reports.card_pdf import CardBook
    from conflictdesk.services.report_dtos import CardReport
    from conflictdesk.services.worker_db import Database

#: progress(percent, text) → False to cancel (the cards finished so far stay saved).
ProgressFn = Callable[[int, str], bool]
CHUNK = 20  # cards per task (~0.3 s): small enough for a responsive cancel and to keep both cores busy to the end,
# large enough to read the chunk's cards in one go (services.report_data.load_card_reports)
PARALLEL_FROM = 12  # fewer cards render faster in-process than it takes to start the workers


@dataclass(frozen=True)
class Rendered:
    """One card rendered into ``tmp`` (a hidden file in the target folder)."""

    index: int
    code: str
    name: str
    pages: int
    tmp: str
    card: CardReport | None  # the card's data, for the combined PDF (None: not asked for)


@dataclass(frozen=True)
class BatchResult:
    done: int
    total: int
    folder: Path
    files: tuple[Path, ...]
    combined: Path | None  # the combined, bookmarked PDF (None: not asked for, or cancelled)
    pages: int


def combined_file_name(round_code: str) -> str:
    return safe_stem(f"갈등관리카드_{round_code}_전체") + ".pdf"


# --- the work of one process -------------------------------------------------------------------------------
_worker_db: Database | None = None


def _init_worker(url: str) -> None:
    global _worker_db
    from conflictdesk.services.worker_db import open_for_reading

    _worker_db = open_for_reading(url)


def _render_chunk(db: Database | None, folder: str, round_code: str, items: Sequence[tuple[int, str]],
                  printed: date, keep_data: bool = False) -> list[Rendered]:
    from conflictdesk.reports.card_pdf import render_card_pdf
    from conflictdesk.services.report_data import load_card_reports

    database = db if db is not None else _worker_db
    assert database is not None
    out: list[Rendered] = []
    cards = load_card_reports(database, [code for _index, code in items], round_code=round_code, as_of=printed)
    for (index, code), card in zip(items, cards, strict=True):
        fd, tmp = tempfile.mkstemp(prefix=".conflictdesk-", suffix=".pdf", dir=folder)
        os.close(fd)
        try:
            pages = render_card_pdf(card, Path(tmp), printed=printed)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        out.append(Rendered(index, code, card.header.name, pages, tmp, card if keep_data else None))
    return out


def _worker_chunk(folder: str, round_code: str, items: Sequence[tuple[int, str]],
                  printed: date, keep_data: bool) -> list[Rendered]:
    return _render_chunk(None, folder, round_code, items, printed, keep_data)


# --- the whole batch ----------------------------------------------------------------------------------------
def export_cards(db: Database, round_code: str, codes: Sequence[str], folder: Path, *, printed: date | None = None,
                 combined: bool = False, progress: ProgressFn | None = None, workers: int | None = None) -> BatchResult:
    """Save the cards of ``codes`` (grade of ``round_code``) into ``folder``, one PDF each, in parallel.

    ``combined`` also writes ``갈등관리카드_<round>_전체.pdf``: every card in order, one bookmark per card.
    """
    if not folder.is_dir():
        raise DomainError("output_folder_missing", folder=str(folder))
    day = printed or date.today()
    total = len(codes)
    cores = os.cpu_count() or 1
    count = workers if workers is not None else min(cores, 4)
    in_process = count <= 1 or total < PARALLEL_FROM or db.path is None and db.is_sqlite
    size = 1 if in_process else CHUNK  # in-process: progress (and cancel) after every card
    chunks = [list(enumerate(codes))[n:n + size] for n in range(0, total, size)]
    used: set[str] = set()
    finished: dict[int, tuple[Rendered, Path]] = {}
    cancelled = False
    joining = _Combined(day) if combined else None

    def keep(batch: list[Rendered]) -> None:
        for item in batch:
            final = folder / card_file_name(item.code, item.name, ".pdf", used)
            os.replace(item.tmp, final)
            finished[item.index] = (item, final)
        if joining is not None:  # while the workers render the next cards
            joining.add_ready(finished)

    def report() -> bool:
        done = len(finished)
        return progress is None or progress(90 * done // max(1, total) if combined else 100 * done // max(1, total),
                                            f"{done}/{total}")

    if not report():
        cancelled = True
    elif in_process:
        for chunk in chunks:
            keep(_render_chunk(db, str(folder), round_code, chunk, day, combined))
            if not report():
                cancelled = True
                break
    else:
        pool = ProcessPoolExecutor(max_workers=count, mp_context=get_context("spawn"), initializer=_init_worker,
                                   initargs=(db.url,))
        pending: set[Future[list[Rendered]]] = set()
        try:
            pending = {pool.submit(_worker_chunk, str(folder), round_code, chunk, day, combined) for chunk in chunks}
            while pending:
                done_now, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done_now:
                    keep(future.result())
                if not report():
                    cancelled = True
                    break
        finally:
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            for future in pending:  # finished while cancelling: keep what was rendered
                if future.done() and not future.cancelled() and future.exception() is None:
                    keep(future.result())
    order = [finished[i] for i in sorted(finished)]
    files = tuple(path for _item, path in order)
    pages = sum(item.pages for item, _path in order)
    joined: Path | None = None
    if joining is not None and not cancelled and order:
        joining.add_ready(finished)
        joined = folder / combined_file_name(round_code)
        write_atomically(joined, joining.write)
        if progress is not None:
            progress(100, f"{total}/{total}")
    return BatchResult(len(order), total, folder, files, joined, pages)


class _Combined:
    """The combined PDF, laid out while the cards are still being rendered: each card is added as soon as it and
    every card before it are finished (the parent would otherwise do it all after the last card)."""

    def __init__(self, printed: date) -> None:
        from conflictdesk.reports.card_pdf import CardBook

        self.book: CardBook = CardBook()
        self.printed = printed
        self.next = 0

    def add_ready(self, finished: dict[int, tuple[Rendered, Path]]) -> None:
        while self.next in finished:
            item, _path = finished[self.next]
            assert item.card is not None
            self.book.add(item.card, printed=self.printed)
            self.next += 1

    def write(self, out: Path) -> int:
        return self.book.write(out)
