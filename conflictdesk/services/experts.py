"""Expert pool (갈등조정전문가): add, edit, deactivate, list with masked contacts, and each expert's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import ExpertRole
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue, NotFound
from conflictdesk.domain.masking import mask_contact
from conflictdesk.domain.text import nfc
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import expect_version
from conflictdesk.store.models import AllowancePayment, Expert, ExpertAssignment, Project

#: Field limits of the ``experts`` table, checked before saving (also by the import).
LIMITS = {"name": 100, "field": 100, "affiliation": 200, "region": 100, "contact": 200}


@dataclass(frozen=True)
class ExpertInput:
    """What the officer typed in the expert form."""

    name: str
    field: str = ""
    affiliation: str = ""
    region: str = ""
    contact: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ExpertRow:
    """One expert as a list shows it: the contact is masked."""

    id: int
    name: str
    field: str
    affiliation: str
    region: str
    contact: str
    active: bool
    version: int


@dataclass(frozen=True)
class ExpertDetail:
    """One expert for the edit form (unmasked contact), with the version seen."""

    id: int
    name: str
    field: str
    affiliation: str
    region: str
    contact: str
    notes: str
    active: bool
    version: int


@dataclass(frozen=True)
class AssignmentRow:
    """An expert's assignment to a case."""

    id: int
    expert_id: int
    expert_name: str
    project_code: str
    project_name: str
    role: ExpertRole
    start_on: date
    end_on: date | None
    note: str

    def is_active(self, today: date) -> bool:
        """Active = started and not yet ended (an open end counts as running)."""
        return self.start_on <= today and (self.end_on is None or self.end_on >= today)


@dataclass(frozen=True)
class PaymentRow:
    """An allowance payment."""

    id: int
    expert_id: int
    expert_name: str
    paid_on: date
    amount_won: int
    purpose: str
    project_code: str | None


@dataclass(frozen=True)
class ExpertHistory:
    """Cases, roles and payments of one expert."""

    expert: ExpertDetail
    assignments: tuple[AssignmentRow, ...]
    payments: tuple[PaymentRow, ...]

    @property
    def paid_total_won(self) -> int:
        return sum(p.amount_won for p in self.payments)


def clean_input(data: ExpertInput) -> ExpertInput:
    """NFC-normalise every field and check the name and the length limits."""
    cleaned = ExpertInput(
        name=nfc(data.name), field=nfc(data.field), affiliation=nfc(data.affiliation),
        region=nfc(data.region), contact=nfc(data.contact), notes=nfc(data.notes),
    )
    if not cleaned.name:
        raise InvalidValue("value_required", field=Term("전문가 성명"))
    for key, limit in LIMITS.items():
        value = getattr(cleaned, key)
        if len(value) > limit:
            raise InvalidValue("value_too_long", field=key, limit=limit, value=value[:20])
    return cleaned


def _detail(e: Expert) -> ExpertDetail:
    return ExpertDetail(e.id, e.name, e.field, e.affiliation, e.region, e.contact, e.notes, e.active, e.version)


def _expert_record(session: Session, expert_id: int) -> Expert:
    expert = session.get(Expert, expert_id)
    if expert is None:
        raise NotFound("expert_not_found", expert=expert_id)
    return expert


def list_experts(db: Database, *, include_inactive: bool = True) -> list[ExpertRow]:
    """The pool ordered by name, contacts masked."""
    with db.read() as s:
        stmt = select(Expert).order_by(Expert.name, Expert.id)
        if not include_inactive:
            stmt = stmt.where(Expert.active.is_(True))
        return [
            ExpertRow(e.id, e.name, e.field, e.affiliation, e.region, mask_contact(e.contact), e.active, e.version)
            for e in s.scalars(stmt)
        ]


def get_expert(db: Database, expert_id: int) -> ExpertDetail:
    with db.read() as s:
        return _detail(_expert_record(s, expert_id))


def add_expert(db: Database, data: ExpertInput) -> tuple[int, Changes]:
    """Add an expert to the pool (active)."""
    cleaned = clean_input(data)
    with db.write(reason="전문가 등록") as s:
        expert = Expert(name=cleaned.name, field=cleaned.field, affiliation=cleaned.affiliation,
                        region=cleaned.region, contact=cleaned.contact, notes=cleaned.notes, active=True)
        s.add(expert)
        s.flush()
        return expert.id, Changes.of("expert")


def update_expert(db: Database, expert_id: int, seen_version: int | None, data: ExpertInput) -> Changes:
    """Save the edit form; refused when the expert was changed elsewhere since the form opened."""
    cleaned = clean_input(data)
    with db.write(reason="전문가 정보 수정") as s:
        expert = _expert_record(s, expert_id)
        expect_version(expert, seen_version, "전문가 정보")
        expert.name, expert.field, expert.affiliation = cleaned.name, cleaned.field, cleaned.affiliation
        expert.region, expert.contact, expert.notes = cleaned.region, cleaned.contact, cleaned.notes
    return Changes.of("expert")


def set_expert_active(db: Database, expert_id: int, active: bool, seen_version: int | None = None) -> Changes:
    """Deactivate (or reactivate) an expert; history is kept, nothing is deleted."""
    with db.write(reason="전문가 활동 재개" if active else "전문가 비활성화") as s:
        expert = _expert_record(s, expert_id)
        expect_version(expert, seen_version, "전문가 정보")
        expert.active = active
    return Changes.of("expert")


def assignment_row(a: ExpertAssignment) -> AssignmentRow:
    return AssignmentRow(a.id, a.expert_id, a.expert.name, a.project.code, a.project.name,
                         ExpertRole(a.role), a.start_on, a.end_on, a.note)


def _payment_rows(session: Session, *conditions: ColumnElement[bool]) -> list[PaymentRow]:
    """Payments matching ``conditions``, oldest first."""
    stmt = (
        select(AllowancePayment, Expert.name, Project.code)
        .join(Expert, AllowancePayment.expert_id == Expert.id)
        .outerjoin(Project, AllowancePayment.project_id == Project.id)
        .where(*conditions)
        .order_by(AllowancePayment.paid_on, AllowancePayment.id)
    )
    return [
        PaymentRow(p.id, p.expert_id, name, p.paid_on, p.amount_won, p.purpose, code)
        for p, name, code in session.execute(stmt)
    ]


def expert_history(db: Database, expert_id: int) -> ExpertHistory:
    """Every case, role and payment of one expert, oldest first."""
    with db.read() as s:
        expert = _expert_record(s, expert_id)
        assignments = s.scalars(
            select(ExpertAssignment).where(ExpertAssignment.expert_id == expert_id)
            .order_by(ExpertAssignment.start_on, ExpertAssignment.id)
        )
        rows = tuple(assignment_row(a) for a in assignments)
        payments = tuple(_payment_rows(s, AllowancePayment.expert_id == expert_id))
        return ExpertHistory(_detail(expert), rows, payments)
