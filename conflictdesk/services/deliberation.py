"""The 공론화 agenda register: items from four sources, petition counts and their import, explanations, decisions.

See docs/업무규칙.md, "Deliberation (공론화)". Each item keeps the thresholds in force when it was made; the register
judges petitions by them (``domain/deliberation.py``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import extract, select
from sqlalchemy.orm import Session, selectinload

from conflictdesk.domain.deliberation import (
    Decision,
    ItemSource,
    PetitionStatus,
    SupportCount,
    Thresholds,
    checked_count,
    judge_petition,
)
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.petitions import MAX_TITLE, RowProblem, parse_petitions
from conflictdesk.domain.text import nfc
from conflictdesk.services import settings
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_dtos import AgendaItem, ItemInput, PetitionImport
from conflictdesk.store import models
from conflictdesk.store.engine import Database

#: Setting: the agenda thresholds given to new items.
THRESHOLDS_KEY = "deliberation_thresholds"


class PetitionImportProblems(DomainError):
    """The petition file has problems; nothing was imported (``problems`` lists each with its row and column)."""

    code = "petition_import_problems"

    def __init__(self, file: str, problems: list[RowProblem]) -> None:
        super().__init__("petition_import_problems", file=file, count=len(problems), first=problems[0].text())
        self.problems = tuple(problems)


# --- thresholds --------------------------------------------------------------------------------------------------


def _thresholds(session: Session) -> Thresholds:
    value = settings._get_value(session, THRESHOLDS_KEY)
    return Thresholds.from_dict(value) if value else Thresholds()


def current_thresholds(db: Database) -> Thresholds:
    """The thresholds new items get (6,000 within 30 days, 설명 기준 3,000 due 30 days after, unless changed)."""
    with db.read() as s:
        return _thresholds(s)


def save_thresholds(db: Database, thresholds: Thresholds) -> Changes:
    """Change the thresholds of items made from now on (existing items keep theirs)."""
    with db.write(reason="공론화 기준") as s:
        settings._put_value(s, THRESHOLDS_KEY, thresholds.to_dict())
    return Changes.of("deliberation", "setting")


# --- the register ------------------------------------------------------------------------------------------------


def _stored_thresholds(row: models.DeliberationItem) -> Thresholds:
    return Thresholds(row.support_threshold, row.window_days, row.explain_threshold, row.explain_days)


def _agenda_item(row: models.DeliberationItem, project_code: str | None, today: date) -> AgendaItem:
    source = ItemSource(row.source)
    thresholds = _stored_thresholds(row)
    counts = tuple(SupportCount(c.as_of, c.count) for c in row.counts)
    status: PetitionStatus | None = None
    support: int | None = None
    explain_due: date | None = None
    qualifies = True  # a council resolution, a mayor's request and a referred case are agenda items as such
    if source is ItemSource.PETITION:
        judged = judge_petition(row.opened_on, counts, thresholds, today)
        status, support, explain_due, qualifies = judged.status, judged.support, judged.explain_due, judged.qualifies
    return AgendaItem(
        id=row.id, title=row.title, source=source, opened=row.opened_on, reference=row.reference,
        project_code=project_code, thresholds=thresholds, counts=counts, status=status, support=support,
        qualifies=qualifies, explain_due=explain_due, explain_given=row.explain_given, explain_text=row.explain_text,
        decision=Decision(row.decision) if row.decision else None, decided_on=row.decided_on,
        decision_reason=row.decision_reason, note=row.note)


def _project_codes(session: Session, rows: list[models.DeliberationItem]) -> dict[int, str]:
    ids = {r.project_id for r in rows if r.project_id is not None}
    if not ids:
        return {}
    return {pid: code for pid, code in session.execute(
        select(models.Project.id, models.Project.code).where(models.Project.id.in_(ids)))}


def agenda(db: Database, today: date, year: int | None = None) -> list[AgendaItem]:
    """The register (of ``year`` when given: items opened that year), newest first."""
    with db.read() as s:
        query = select(models.DeliberationItem).options(selectinload(models.DeliberationItem.counts))
        if year is not None:
            query = query.where(extract("year", models.DeliberationItem.opened_on) == year)
        rows = list(s.scalars(query.order_by(models.DeliberationItem.opened_on.desc(),
                                             models.DeliberationItem.id.desc())))
        codes = _project_codes(s, rows)
        return [_agenda_item(r, codes.get(r.project_id) if r.project_id else None, today) for r in rows]


def agenda_years(db: Database) -> list[int]:
    """Years with an item, ascending."""
    with db.read() as s:
        return sorted({d.year for d in s.scalars(select(models.DeliberationItem.opened_on))})


#: The strategy of a response plan that refers its case to deliberation (domain.enums.STRATEGY_TOOLS).
DELIBERATION_TOOL = "공론화"


def referable_cases(db: Database) -> list[tuple[str, str]]:
    """(project code, name) of the cases whose response plan names 공론화 and that are not referred yet."""
    with db.read() as s:
        referred = set(s.scalars(select(models.DeliberationItem.project_id).where(
            models.DeliberationItem.source == ItemSource.CASE.value, models.DeliberationItem.project_id.is_not(None))))
        rows = s.execute(select(models.Project.id, models.Project.code, models.Project.name, models.ResponsePlan.strategies)
                         .join(models.Card, models.Card.project_id == models.Project.id)
                         .join(models.ResponsePlan, models.ResponsePlan.card_id == models.Card.id)
                         .order_by(models.Project.code)).all()
        return [(code, name) for pid, code, name, strategies in rows
                if pid not in referred and DELIBERATION_TOOL in (strategies or [])]


def _row(session: Session, item_id: int) -> models.DeliberationItem:
    row = session.get(models.DeliberationItem, item_id)
    if row is None:
        raise NotFound("deliberation_item_not_found", item=item_id)
    return row


def _checked_input(session: Session, data: ItemInput) -> tuple[str, int | None]:
    title = nfc(data.title).strip()
    if not title:
        raise InvalidValue("value_required", field=Term("안건명"))
    if len(title) > MAX_TITLE:
        raise InvalidValue("value_too_long", field=Term("안건명"), limit=MAX_TITLE, value=title[:20])
    if not isinstance(data.source, ItemSource):
        raise InvalidValue("deliberation_source_unknown", value=str(data.source))
    project_id: int | None = None
    if data.project_code:
        project_id = session.scalar(select(models.Project.id).where(models.Project.code == data.project_code.strip()))
        if project_id is None:
            raise NotFound("project_not_found", project=data.project_code)
    elif data.source is ItemSource.CASE:
        raise InvalidValue("deliberation_case_needs_project")
    return title, project_id


def add_item(db: Database, data: ItemInput) -> tuple[int, Changes]:
    """Add an agenda item; it takes the thresholds in force now."""
    with db.write(reason="공론화 안건 등록") as s:
        title, project_id = _checked_input(s, data)
        th = _thresholds(s)
        row = models.DeliberationItem(
            title=title, source=data.source.value, opened_on=data.opened, reference=nfc(data.reference).strip(),
            project_id=project_id, support_threshold=th.support, window_days=th.window_days,
            explain_threshold=th.explain, explain_days=th.explain_days, note=nfc(data.note))
        s.add(row)
        s.flush()
        return row.id, Changes.of("deliberation")


def update_item(db: Database, item_id: int, data: ItemInput) -> Changes:
    """Correct an item's title, source, date, reference, case or note (its thresholds stay as stored)."""
    with db.write(reason="공론화 안건 수정") as s:
        row = _row(s, item_id)
        title, project_id = _checked_input(s, data)
        row.title, row.source, row.opened_on = title, data.source.value, data.opened
        row.reference, row.project_id, row.note = nfc(data.reference).strip(), project_id, nfc(data.note)
    return Changes.of("deliberation")


def delete_item(db: Database, item_id: int) -> Changes:
    with db.write(reason="공론화 안건 삭제") as s:
        s.delete(_row(s, item_id))
    return Changes.of("deliberation")


def record_count(db: Database, item_id: int, as_of: date, count: int) -> Changes:
    """Record a petition's 공감 count as of a date (a second count for that date replaces the first)."""
    checked_count(count)
    with db.write(reason="청원 공감 수") as s:
        row = _row(s, item_id)
        if as_of < row.opened_on:
            raise InvalidValue("petition_count_before_opening", as_of=as_of, opened=row.opened_on)
        _put_count(row, as_of, count)
    return Changes.of("deliberation")


def _put_count(row: models.DeliberationItem, as_of: date, count: int) -> bool:
    """Store ``count`` as of ``as_of``; True when it was new or changed."""
    for existing in row.counts:
        if existing.as_of == as_of:
            changed = existing.count != count
            existing.count = count
            return changed
    row.counts.append(models.PetitionCount(as_of=as_of, count=count))
    return True


def record_explanation(db: Database, item_id: int, given_on: date | None, text: str, today: date) -> Changes:
    """Record (or clear, with ``given_on`` None) the explanation owed to a 시민 설명 대상's petitioners."""
    with db.write(reason="시민 설명") as s:
        row = _row(s, item_id)
        judged = _agenda_item(row, None, today)
        if given_on is not None and judged.status is not PetitionStatus.EXPLAIN:
            raise DomainError("deliberation_explain_not_owed", title=row.title)
        row.explain_given = given_on
        row.explain_text = nfc(text).strip() if given_on is not None else ""
    return Changes.of("deliberation")


def record_decision(db: Database, item_id: int, decision: Decision | None, decided_on: date | None,
                    reason: str, *, meeting_id: int | None | Literal["keep"] = "keep") -> Changes:
    """Record the 공론화위원회's decision (실시 / 미실시 with its reason); ``None`` clears it.

    With ``meeting_id`` the decision was taken at that committee meeting: refused unless the meeting had quorum, and
    dated the meeting's date (services/deliberation_committee.py); ``None`` records it without a meeting, ``"keep"``
    (the register's form) keeps the meeting already linked. A 미실시 or cleared decision is refused while a
    추진위원회 or 권고안 decision is recorded for the item.
    """
    from conflictdesk.services.deliberation_committee import _decision_at_meeting

    with db.write(reason="공론화 실시 여부") as s:
        row = _row(s, item_id)
        if decision is not Decision.GO and (row.promotion_on is not None or row.recommendation_on is not None):
            raise DomainError("committee_later_decisions_exist", title=row.title)
        if decision is None:
            row.decision, row.decided_on, row.decision_reason = None, None, ""
            row.decision_meeting_id = None
            return Changes.of("deliberation")
        if not isinstance(decision, Decision):
            raise InvalidValue("deliberation_decision_unknown", value=str(decision))
        if not nfc(reason).strip():
            raise InvalidValue("deliberation_decision_reason_required")
        if meeting_id != "keep":
            decided_on = _decision_at_meeting(s, row, meeting_id) or decided_on
        elif row.decision_meeting_id is not None:
            decided_on = _decision_at_meeting(s, row, row.decision_meeting_id) or decided_on
        if decided_on is None:
            raise InvalidValue("date_required", field=Term("의결일"))
        row.decision, row.decided_on, row.decision_reason = decision.value, decided_on, nfc(reason).strip()
    return Changes.of("deliberation")


# --- petition import ---------------------------------------------------------------------------------------------


def import_petitions(db: Database, path: Path | str) -> tuple[PetitionImport, Changes]:
    """Import petitions from an .xlsx/.csv file (청원명, 청원 시작일, 공감 수, 기준일): all or nothing.

    A title already in the register (as a petition) is updated: its opening date and the counts of the file's dates;
    other counts stay. New titles get the thresholds in force now.
    """
    from conflictdesk.services.import_files import read_cells

    p = Path(path)
    raw = read_cells(p)
    petitions, problems = parse_petitions(raw.rows)
    if problems:
        raise PetitionImportProblems(p.name, problems)
    added: list[str] = []
    updated: list[str] = []
    stored = 0
    with db.write(reason=f"청원 가져오기: {p.name}") as s:
        th = _thresholds(s)
        existing = {r.title: r for r in s.scalars(
            select(models.DeliberationItem).where(models.DeliberationItem.source == ItemSource.PETITION.value)
            .options(selectinload(models.DeliberationItem.counts)))}
        for petition in petitions:
            row = existing.get(petition.title)
            if row is None:
                row = models.DeliberationItem(
                    title=petition.title, source=ItemSource.PETITION.value, opened_on=petition.opened,
                    support_threshold=th.support, window_days=th.window_days, explain_threshold=th.explain,
                    explain_days=th.explain_days)
                s.add(row)
                existing[petition.title] = row
                added.append(petition.title)
                changed = True
            else:
                changed = row.opened_on != petition.opened
                row.opened_on = petition.opened
            for count in petition.counts:
                if count.as_of < row.opened_on:
                    raise InvalidValue("petition_count_before_opening", as_of=count.as_of, opened=row.opened_on)
                changed = _put_count(row, count.as_of, count.count) or changed
                stored += 1
            if changed and petition.title not in added:
                updated.append(petition.title)
            # A stored count dated before a corrected opening date would no longer make sense: refuse it whole.
            for stored_count in row.counts:
                if stored_count.as_of < row.opened_on:
                    raise InvalidValue("petition_count_before_opening", as_of=stored_count.as_of,
                                       opened=row.opened_on)
    return PetitionImport(p.name, tuple(added), tuple(updated), stored), Changes.of("deliberation")
