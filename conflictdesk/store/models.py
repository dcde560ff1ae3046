"""SQLAlchemy 2 typed models: the whole schema of ConflictDesk, designed once for every issue."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every engine (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UTCDateTime}


def table_of(model: type[Base]) -> Table:
    """The Core ``Table`` of a model (typed, for bulk statements)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


GRADE_CHECK = "{col} IS NULL OR {col} BETWEEN 1 AND 3"


# --- organisation -----------------------------------------------------------------------------


class Department(Base):
    """A department (과) of the city, optionally under a bureau (실·국)."""

    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    bureau: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    projects: Mapped[list[Project]] = relationship(back_populates="department")


class Setting(Base):
    """A typed, versioned setting stored as JSON (thresholds, checklist, budgets, user name…)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)


# --- diagnosis ---------------------------------------------------------------------------------


class Round(Base):
    """A half-year diagnosis round (진단 차수), with the rules in force when it opened."""

    __tablename__ = "rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)  # "2020-1"
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # screening + checklist settings
    review_due: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("half IN (1, 2)", name="half"),)


class Project(Base):
    """A policy, project, ordinance or plan (사업): the unit that is screened."""

    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"), index=True)
    manager: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    budget_won: Mapped[int | None] = mapped_column(BigInteger, default=None)
    midterm_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    traffic_impact: Mapped[bool] = mapped_column(Boolean, default=False)
    environmental_impact: Mapped[bool] = mapped_column(Boolean, default=False)
    decision_authority: Mapped[str] = mapped_column(String(100), default="")
    regulatory_ordinance: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict_visible: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")  # NFC, casefolded name+code for search
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    department: Mapped[Department] = relationship(back_populates="projects")
    diagnoses: Mapped[list[Diagnosis]] = relationship(
        back_populates="project", cascade="all, delete-orphan", foreign_keys="Diagnosis.project_id"
    )
    card: Mapped[Card | None] = relationship(back_populates="project", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class Diagnosis(Base):
    """One project in one round: screening result, checklist answers and the three grades."""

    __tablename__ = "diagnoses"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    criteria: Mapped[str] = mapped_column(String(100), default="")  # "TIA,BUDGET" in §3 order
    is_target: Mapped[bool] = mapped_column(Boolean, default=False)
    screened_at: Mapped[datetime | None] = mapped_column(default=None)
    carried_over: Mapped[bool] = mapped_column(Boolean, default=False)  # brought forward from the last round
    carry_over: Mapped[str | None] = mapped_column(String(20), default=None)  # CarryOver decision, None = pending
    added_mid_round: Mapped[bool] = mapped_column(Boolean, default=False)
    replaces_project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), default=None
    )
    owner_level: Mapped[int | None] = mapped_column(Integer, default=None)
    risk_scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    alert_level: Mapped[str] = mapped_column(String(20), default="none")
    self_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    self_graded_on: Mapped[date | None] = mapped_column(Date, default=None)
    recommended_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    recommended_on: Mapped[date | None] = mapped_column(Date, default=None)
    confirmed_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    confirmed_on: Mapped[date | None] = mapped_column(Date, default=None)
    suggested_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    project: Mapped[Project] = relationship(back_populates="diagnoses", foreign_keys=[project_id])
    round: Mapped[Round] = relationship()

    __table_args__ = (
        UniqueConstraint("round_id", "project_id", name="uq_diagnoses_round_project"),
        CheckConstraint(GRADE_CHECK.format(col="self_grade"), name="self_grade"),
        CheckConstraint(GRADE_CHECK.format(col="recommended_grade"), name="recommended_grade"),
        CheckConstraint(GRADE_CHECK.format(col="confirmed_grade"), name="confirmed_grade"),
        CheckConstraint(GRADE_CHECK.format(col="suggested_grade"), name="suggested_grade"),
        CheckConstraint(GRADE_CHECK.format(col="owner_level"), name="owner_level"),
        Index("ix_diagnoses_round_grade", "round_id", "confirmed_grade"),
    )
    __mapper_args__ = {"version_id_col": version}


# --- conflict card and response plan -----------------------------------------------------------


class Card(Base):
    """Conflict card (갈등관리카드): the living record of one project's conflict."""

    __tablename__ = "cards"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), unique=True)
    conflict_types: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ConflictType values
    field: Mapped[str] = mapped_column(String(100), default="")  # 분야 (환경, 교통, 개발…)
    stage: Mapped[str | None] = mapped_column(String(20), default=None)  # ConflictStage value
    stage_since: Mapped[date | None] = mapped_column(Date, default=None)
    phase: Mapped[str | None] = mapped_column(String(20), default=None)  # ProjectPhase value
    social_impact: Mapped[str] = mapped_column(Text, default="")
    outlook: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closure_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    project: Mapped[Project] = relationship(back_populates="card")
    transitions: Mapped[list[StageTransition]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="StageTransition.changed_on"
    )
    issues: Mapped[list[MainIssue]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="MainIssue.position"
    )
    stakeholders: Mapped[list[Stakeholder]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="Stakeholder.id"
    )
    signals: Mapped[list[Signal]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="Signal.observed_on"
    )
    actions: Mapped[list[ActionEntry]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="ActionEntry.acted_on"
    )
    snapshots: Mapped[list[CardSnapshot]] = relationship(back_populates="card", cascade="all, delete-orphan")
    plan: Mapped[ResponsePlan | None] = relationship(back_populates="card", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class StageTransition(Base):
    """One dated change of conflict stage, with its reason (history is never rewritten)."""

    __tablename__ = "stage_transitions"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(20), default=None)
    to_stage: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    card: Mapped[Card] = relationship(back_populates="transitions")


class MainIssue(Base):
    """A main issue (주요쟁점), classified as fact, interest or value."""

    __tablename__ = "main_issues"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="interest")  # IssueKind value
    card: Mapped[Card] = relationship(back_populates="issues")


class Stakeholder(Base):
    """A person or group with a stake; name and contact are personal data (masked in outputs)."""

    __tablename__ = "stakeholders"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="other")  # StakeholderKind value
    position: Mapped[str] = mapped_column(Text, default="")  # stance (입장)
    interests: Mapped[str] = mapped_column(Text, default="")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    representative: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    card: Mapped[Card] = relationship(back_populates="stakeholders")
    __table_args__ = (CheckConstraint("influence BETWEEN 1 AND 5", name="influence"),)


class Signal(Base):
    """A dated count of a conflict signal (complaints, protest days, media reports…)."""

    __tablename__ = "signals"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # SignalKind value
    observed_on: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    card: Mapped[Card] = relationship(back_populates="signals")
    __table_args__ = (CheckConstraint("count >= 0", name="count"),)


class ActionEntry(Base):
    """A dated entry of the action log (조치실적)."""

    __tablename__ = "action_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    acted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    card: Mapped[Card] = relationship(back_populates="actions")


class CardSnapshot(Base):
    """The state of a card at a round: grade, stage, issues and outlook (변경 이력)."""

    __tablename__ = "card_snapshots"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    grade: Mapped[int | None] = mapped_column(Integer, default=None)
    stage: Mapped[str | None] = mapped_column(String(20), default=None)
    phase: Mapped[str | None] = mapped_column(String(20), default=None)
    issues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    outlook: Mapped[str] = mapped_column(Text, default="")
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    card: Mapped[Card] = relationship(back_populates="snapshots")
    __table_args__ = (UniqueConstraint("card_id", "round_id", name="uq_card_snapshots_card_round"),)


class ResponsePlan(Base):
    """Response plan (대응계획) of a grade 1–2 case."""

    __tablename__ = "response_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), unique=True)
    background: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    strategies: Mapped[list[Any]] = mapped_column(JSON, default=list)  # tools from STRATEGY_TOOLS + free text
    strategy_note: Mapped[str] = mapped_column(Text, default="")
    cooperating_departments: Mapped[str] = mapped_column(Text, default="")
    budget_won: Mapped[int | None] = mapped_column(BigInteger, default=None)
    risks: Mapped[str] = mapped_column(Text, default="")
    fallback: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    card: Mapped[Card] = relationship(back_populates="plan")
    items: Mapped[list[PlanItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanItem.position"
    )
    __mapper_args__ = {"version_id_col": version}


class PlanItem(Base):
    """An action item of a response plan."""

    __tablename__ = "plan_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("response_plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")  # ItemStatus value
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    plan: Mapped[ResponsePlan] = relationship(back_populates="items")


# --- reviews -----------------------------------------------------------------------------------


class Review(Base):
    """Half-yearly review (정기 점검) of one grade 1–2 case in one round."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    due: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str | None] = mapped_column(String(20), default=None)
    grade_recommendation: Mapped[int | None] = mapped_column(Integer, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    progress: Mapped[list[ReviewProgressEntry]] = relationship(
        back_populates="review", cascade="all, delete-orphan"
    )
    __table_args__ = (
        UniqueConstraint("round_id", "project_id", name="uq_reviews_round_project"),
        CheckConstraint(GRADE_CHECK.format(col="grade_recommendation"), name="grade_recommendation"),
        Index("ix_reviews_due", "due"),
    )
    __mapper_args__ = {"version_id_col": version}


class ReviewProgressEntry(Base):
    """Progress of one plan item or agreement item as recorded in a review."""

    __tablename__ = "review_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_items.id", ondelete="SET NULL"))
    agreement_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement_items.id", ondelete="SET NULL")
    )
    progress: Mapped[str] = mapped_column(String(20), default="on_track")  # ReviewProgress value
    note: Mapped[str] = mapped_column(Text, default="")
    review: Mapped[Review] = relationship(back_populates="progress")


class ExtraHoliday(Base):
    """A user-entered non-working day (e.g. a city holiday) for the review calendar."""

    __tablename__ = "extra_holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")


# --- mediation ---------------------------------------------------------------------------------


class Expert(Base):
    """Mediation expert (갈등조정전문가) of the city's pool."""

    __tablename__ = "experts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    field: Mapped[str] = mapped_column(String(100), default="")
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    assignments: Mapped[list[ExpertAssignment]] = relationship(back_populates="expert")
    payments: Mapped[list[AllowancePayment]] = relationship(back_populates="expert")
    __mapper_args__ = {"version_id_col": version}


class ExpertAssignment(Base):
    """An expert assigned to a case in a role, from–to."""

    __tablename__ = "expert_assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id", ondelete="RESTRICT"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # ExpertRole value
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    expert: Mapped[Expert] = relationship(back_populates="assignments")
    project: Mapped[Project] = relationship()


class AllowanceBudget(Base):
    """A year's expert-allowance budget and its quarterly plan."""

    __tablename__ = "allowance_budgets"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    annual_won: Mapped[int] = mapped_column(BigInteger)
    q1_won: Mapped[int] = mapped_column(BigInteger)
    q2_won: Mapped[int] = mapped_column(BigInteger)
    q3_won: Mapped[int] = mapped_column(BigInteger)
    q4_won: Mapped[int] = mapped_column(BigInteger)


class AllowancePayment(Base):
    """An allowance (수당) paid to an expert."""

    __tablename__ = "allowance_payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id", ondelete="RESTRICT"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    amount_won: Mapped[int] = mapped_column(BigInteger)
    purpose: Mapped[str] = mapped_column(Text, default="")
    expert: Mapped[Expert] = relationship(back_populates="payments")
    __table_args__ = (CheckConstraint("amount_won > 0", name="amount_positive"),)


class Council(Base):
    """Mediation council (갈등조정협의회) of one case, with its result document (협의결과문/합의서)."""

    __tablename__ = "councils"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    formed_on: Mapped[date] = mapped_column(Date)
    basic_rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # the 8 items
    schedule: Mapped[str] = mapped_column(Text, default="")
    end_on: Mapped[date | None] = mapped_column(Date, default=None)
    result_kind: Mapped[str | None] = mapped_column(String(20), default=None)  # ResultKind value
    result_on: Mapped[date | None] = mapped_column(Date, default=None)
    result_text: Mapped[str] = mapped_column(Text, default="")
    legality_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    project: Mapped[Project] = relationship()
    members: Mapped[list[CouncilMember]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="CouncilMember.position"
    )
    meetings: Mapped[list[CouncilMeeting]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="CouncilMeeting.held_on"
    )
    items: Mapped[list[AgreementItem]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="AgreementItem.position"
    )
    __mapper_args__ = {"version_id_col": version}


class CouncilMember(Base):
    """A member of a council (at most 15 per council, enforced in the domain and the service)."""

    __tablename__ = "council_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # MemberRole value
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    side: Mapped[str] = mapped_column(String(100), default="")  # which party a representative speaks for
    contact: Mapped[str] = mapped_column(String(200), default="")
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("experts.id", ondelete="SET NULL"))
    council: Mapped[Council] = relationship(back_populates="members")


class CouncilMeeting(Base):
    """A council meeting; closed unless every party agreed to open it."""

    __tablename__ = "council_meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    is_open: Mapped[bool] = mapped_column(Boolean, default=False)
    council: Mapped[Council] = relationship(back_populates="meetings")


class AgreementItem(Base):
    """An agreed item of the council's result, tracked to implementation."""

    __tablename__ = "agreement_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")  # ItemStatus value
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    council: Mapped[Council] = relationship(back_populates="items")


# --- around it: training and deliberation ------------------------------------------------------


class TrainingSession(Base):
    """A conflict-management training course (시 과정 or 군·구 순회 과정)."""

    __tablename__ = "training_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="city")  # city | district
    district: Mapped[str] = mapped_column(String(50), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class DeliberationCandidate(Base):
    """A candidate for public deliberation (공론화)."""

    __tablename__ = "deliberation_candidates"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    proposed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    note: Mapped[str] = mapped_column(Text, default="")


# --- audit trail -------------------------------------------------------------------------------


class AuditEntry(Base):
    """Append-only audit trail: who changed which field of what, when, old → new, why (hash-chained)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # create | update | delete | reveal | export | …
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(50), default="")
    field: Mapped[str] = mapped_column(String(100), default="")
    old: Mapped[str | None] = mapped_column(Text, default=None)
    new: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)
