"""The citizens' panel (시민참여단, 청소년참여단) of an agenda item: read the files, draw (dry run or saved), show.

See docs/업무규칙.md, "Citizens' panel (시민참여단 추첨)". A saved draw stores its seed, algorithm, library version and
input hash with every applicant's probability (names masked), in the audited transaction that records it; one panel
of a kind per item.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from conflictdesk.domain.error_catalogue import Term, render
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.panel_draw import (
    Applicant,
    Quota,
    fulfilment,
    input_hash,
    parse_applicants,
    parse_population,
    parse_quotas,
    proportional_quotas,
    quota_shortfalls,
)
from conflictdesk.domain.panel_replacement import replacement
from conflictdesk.domain.petitions import RowProblem
from conflictdesk.domain.text import nfc
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_dtos import (
    DeliberationReport,
    DrawnApplicant,
    PanelDraw,
    PanelReplacement,
)
from conflictdesk.services.sortition_engine import QuotasInfeasible, draw
from conflictdesk.store import models
from conflictdesk.store.engine import Database

KINDS = ("citizen", "youth")
Progress = Callable[[int, str], bool]
#: The largest seed (stored as a 64-bit integer).
MAX_SEED = 2**63 - 1


class PanelFileProblems(DomainError):
    """The applicants or quotas file has problems; nothing was drawn (``problems`` lists each by row and column)."""

    code = "panel_file_problems"

    def __init__(self, file: str, problems: list[RowProblem]) -> None:
        super().__init__("panel_file_problems", file=file, count=len(problems), first=problems[0].text())
        self.file = file
        self.problems = tuple(problems)


def read_inputs(applicants_path: Path | str, quotas_path: Path | str, *, size: int = 0,
                population_tolerance: int | None = None) -> tuple[list[Applicant], list[Quota]]:
    """Read the quotas file (구분, 값, 최소, 최대) and the applicants file (신청번호 + a column per category).

    With ``population_tolerance`` the quotas file is a population table (구분, 값, 인구) and the quotas are proportional
    to it for a panel of ``size``, widened by the tolerance (``domain.panel_draw.proportional_quotas``).
    """
    from conflictdesk.services.import_files import read_cells

    qp, ap = Path(quotas_path), Path(applicants_path)
    if population_tolerance is None:
        quotas, problems = parse_quotas(read_cells(qp).rows)
    else:
        if isinstance(population_tolerance, bool) or population_tolerance < 0:
            raise InvalidValue("panel_tolerance_invalid", value=str(population_tolerance))
        population, problems = parse_population(read_cells(qp).rows)
        quotas = proportional_quotas(population, size, population_tolerance) if not problems else []
    if problems:
        raise PanelFileProblems(qp.name, problems)
    applicants, problems = parse_applicants(read_cells(ap).rows, quotas)
    if problems:
        raise PanelFileProblems(ap.name, problems)
    return applicants, quotas


def _check(item_id: int, size: object, seed: object, kind: str, applicants: list[Applicant]) -> None:
    if kind not in KINDS:
        raise InvalidValue("unknown_choice", field="kind", value=kind)
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= len(applicants):
        raise InvalidValue("panel_size_invalid", size=str(size), applicants=len(applicants))
    if isinstance(seed, bool) or not isinstance(seed, int) or not 1 <= seed <= MAX_SEED:
        raise InvalidValue("panel_seed_invalid", seed=str(seed))


def _refuse_shortfalls(applicants: list[Applicant], quotas: list[Quota], size: int) -> None:
    shortfalls = quota_shortfalls(applicants, quotas, size)
    if shortfalls:
        categories = list(dict.fromkeys(s.category for s in shortfalls))
        texts = [render(s.code, {"category": s.category, "value": s.value, "needed": s.needed,
                                 "available": s.available}) for s in shortfalls]
        raise QuotasInfeasible(categories, texts)


def draw_panel(db: Database, item_id: int, applicants_path: Path | str, quotas_path: Path | str, size: int,
               seed: int, *, kind: str = "citizen", save: bool = False, population_tolerance: int | None = None,
               progress: Progress | None = None) -> PanelDraw:
    """Draw the panel of ``item_id``; without ``save`` a dry run that stores nothing.

    With ``save`` the draw is recorded and audited, refused when the item already has a panel of this kind.
    """
    with db.read() as s:
        item = s.get(models.DeliberationItem, item_id)
        if item is None:
            raise NotFound("deliberation_item_not_found", item=item_id)
        if save and _stored(s, item_id, kind) is not None:
            raise DomainError("panel_already_drawn", title=item.title)
    applicants, quotas = read_inputs(applicants_path, quotas_path, size=size if isinstance(size, int) else 0,
                                     population_tolerance=population_tolerance)
    _check(item_id, size, seed, kind, applicants)
    _refuse_shortfalls(applicants, quotas, size)
    result = draw(applicants, quotas, size, seed, progress)
    digest = input_hash(applicants, quotas, size, result.algorithm)
    chosen = set(result.selected)
    drawn = PanelDraw(
        item_id=item_id, kind=kind, size=size, seed=seed, algorithm=result.algorithm,
        library_version=result.library_version, input_hash=digest, selected=result.selected,
        probabilities=result.probabilities, quotas=tuple(fulfilment(applicants, result.selected, quotas)),
        applicants=tuple(DrawnApplicant(a.number, a.name, dict(a.values), result.probabilities[a.number],
                                        a.number in chosen) for a in applicants),
        saved=False)
    if not save:
        return drawn
    with db.write(reason=f"시민참여단 추첨 기록: seed {seed}, {result.algorithm} "
                         f"(sortition-algorithms {result.library_version}), 입력 {digest[:12]}") as s:
        row = s.get(models.DeliberationItem, item_id)
        if row is None:  # deleted meanwhile
            raise NotFound("deliberation_item_not_found", item=item_id)
        if _stored(s, item_id, kind) is not None:  # drawn elsewhere meanwhile
            raise DomainError("panel_already_drawn", title=row.title)
        panel = models.CitizenPanel(
            item_id=item_id, kind=kind, size=size, seed=seed, algorithm=result.algorithm,
            library_version=result.library_version, input_hash=digest,
            quotas=[{"category": q.category, "value": q.value, "min": q.min, "max": q.max} for q in quotas])
        panel.applicants = [models.PanelApplicant(number=a.number, categories=a.values, name=a.name,
                                                  probability=a.probability, selected=a.selected)
                            for a in drawn.applicants]
        s.add(panel)
    return PanelDraw(**{**drawn.__dict__, "saved": True, "changes": Changes.of("deliberation")})


def _stored(session: Session, item_id: int, kind: str) -> models.CitizenPanel | None:
    return session.scalar(select(models.CitizenPanel).where(models.CitizenPanel.item_id == item_id,
                                                            models.CitizenPanel.kind == kind)
                          .options(selectinload(models.CitizenPanel.applicants)))


def recorded_panel(db: Database, item_id: int, kind: str = "citizen") -> PanelDraw | None:
    """The recorded panel of an item (None when none was drawn and saved)."""
    with db.read() as s:
        panel = _stored(s, item_id, kind)
        if panel is None:
            return None
        applicants = [Applicant(a.number, dict(a.categories), a.name) for a in panel.applicants]
        quotas = [Quota(q["category"], q["value"], int(q["min"]), int(q["max"])) for q in panel.quotas]
        selected = tuple(sorted(a.number for a in panel.applicants if a.selected and a.dropped_on is None))
        return PanelDraw(
            item_id=item_id, kind=kind, size=panel.size, seed=panel.seed, algorithm=panel.algorithm,
            library_version=panel.library_version, input_hash=panel.input_hash, selected=selected,
            probabilities={a.number: a.probability for a in panel.applicants},
            quotas=tuple(fulfilment(applicants, selected, quotas)),
            applicants=tuple(DrawnApplicant(a.number, a.name, dict(a.categories), a.probability,
                                            a.selected and a.dropped_on is None, a.dropped_on, a.drop_reason,
                                            a.replaces, a.replacement_seed)
                             for a in panel.applicants),
            saved=True)


@dataclass(frozen=True)
class Verification:
    """A recorded draw run again from the same files with its stored size and seed."""

    recorded: PanelDraw
    redrawn: PanelDraw

    @property
    def same_inputs(self) -> bool:
        return self.recorded.input_hash == self.redrawn.input_hash

    @property
    def same_panel(self) -> bool:
        """The draw's own selection (replacements for drop-outs came later and are not part of it)."""
        return self.recorded.first_selected == self.redrawn.selected


def verify_panel(db: Database, item_id: int, applicants_path: Path | str, quotas_path: Path | str, *,
                 kind: str = "citizen", population_tolerance: int | None = None,
                 progress: Progress | None = None) -> Verification:
    """Draw again with the recorded size and seed and compare; the check itself is audited (its outcome)."""
    recorded = recorded_panel(db, item_id, kind)
    if recorded is None:
        with db.read() as s:
            row = s.get(models.DeliberationItem, item_id)
            if row is None:
                raise NotFound("deliberation_item_not_found", item=item_id)
            raise DomainError("panel_not_drawn", title=row.title)
    redrawn = draw_panel(db, item_id, applicants_path, quotas_path, recorded.size, recorded.seed, kind=kind,
                         population_tolerance=population_tolerance, progress=progress)
    result = Verification(recorded, redrawn)
    from conflictdesk.store import audit

    outcome = "같음" if result.same_inputs and result.same_panel else \
        ("입력 다름" if not result.same_inputs else "참여단 다름")
    with db.write(reason=f"시민참여단 재현 확인: {outcome}") as s:
        panel = _stored(s, item_id, kind)
        audit.record(s, "verify", "CitizenPanel", panel.id if panel else "", field="reproduced",
                     new=f"{outcome} (입력 {redrawn.input_hash[:12]}, sortition-algorithms {redrawn.library_version})")
    return result


def replace_member(db: Database, item_id: int, number: str, seed: int, *, kind: str = "citizen",
                   dropped_on: date, reason: str = "", save: bool = False) -> PanelReplacement:
    """Draw a replacement for panel member ``number`` who dropped out; without ``save`` a dry run.

    Only applicants never selected are candidates, and only those with whom the panel meets every quota again
    (``domain/panel_replacement.py``); the seed chooses one of them. With ``save`` the drop-out (date, reason) and
    the replacement (with its seed) are recorded and audited; refused, naming the categories, when nobody keeps them.
    """
    if isinstance(seed, bool) or not isinstance(seed, int) or not 1 <= seed <= MAX_SEED:
        raise InvalidValue("panel_seed_invalid", seed=str(seed))
    if not isinstance(dropped_on, date):
        raise InvalidValue("date_required", field=Term("탈락일"))
    number = str(number).strip()
    with (db.write(reason=f"시민참여단 대체 추첨 기록: {number} 탈락, seed {seed}") if save else db.read()) as s:
        item = s.get(models.DeliberationItem, item_id)
        if item is None:
            raise NotFound("deliberation_item_not_found", item=item_id)
        panel = _stored(s, item_id, kind)
        if panel is None:
            raise DomainError("panel_not_drawn", title=item.title)
        rows = {a.number: a for a in panel.applicants}
        member = rows.get(number)
        if member is None or not member.selected or member.dropped_on is not None:
            raise DomainError("panel_not_a_member", number=number, title=item.title)
        applicants = [Applicant(a.number, dict(a.categories), a.name) for a in panel.applicants]
        quotas = [Quota(q["category"], q["value"], int(q["min"]), int(q["max"])) for q in panel.quotas]
        current = [a.number for a in panel.applicants if a.selected and a.dropped_on is None]
        ever = [a.number for a in panel.applicants if a.selected]
        found = replacement(applicants, quotas, current, number, ever, seed)
        if found.chosen is None:
            raise DomainError("panel_replacement_impossible", number=number, categories=", ".join(found.blocking))
        after = [n for n in current if n != number] + [found.chosen]
        result = PanelReplacement(
            item_id=item_id, kind=kind, dropped=number, dropped_on=dropped_on, reason=nfc(reason).strip(), seed=seed,
            replacement=found.chosen, candidates=found.candidates,
            quotas=tuple(fulfilment(applicants, after, quotas)), saved=save)
        if save:
            member.dropped_on, member.drop_reason = dropped_on, result.reason
            chosen = rows[found.chosen]
            chosen.selected, chosen.replaces, chosen.replacement_seed = True, number, seed
            return PanelReplacement(**{**result.__dict__, "changes": Changes.of("deliberation")})
        return result


def deliberation_report(db: Database, item_id: int, today: date) -> DeliberationReport:
    """The 공론화 결과 보고서's content: the item as the register shows it, its recorded panels and its process."""
    from conflictdesk.services.deliberation import agenda

    found = [i for i in agenda(db, today) if i.id == item_id]
    if not found:
        raise NotFound("deliberation_item_not_found", item=item_id)
    from conflictdesk.services.deliberation_committee import item_decisions

    panels = tuple(p for p in (recorded_panel(db, item_id, kind) for kind in KINDS) if p is not None)
    from conflictdesk.services.deliberation_process import process_view

    return DeliberationReport(found[0], panels, committee=item_decisions(db, item_id, today),
                              process=process_view(db, item_id, today))
