"""SQLAlchemy 2 typed models: the whole schema of ConflictDesk, designed once for every issue."""

from conflictdesk.store.models.analysis import ImpactAnalysis
from conflictdesk.store.models.around import (
    BudgetLine,
    BudgetSpending,
    TrainingAttendance,
    TrainingSession,
)
from conflictdesk.store.models.audit_log import AuditEntry
from conflictdesk.store.models.base import GRADE_CHECK, NAMING, Base, UTCDateTime, table_of, utcnow
from conflictdesk.store.models.cards import (
    ActionEntry,
    Card,
    CardSnapshot,
    MainIssue,
    PlanItem,
    ResponsePlan,
    Signal,
    StageTransition,
    Stakeholder,
)
from conflictdesk.store.models.committee import CommitteeAttendance, CommitteeMeeting, CommitteeMember
from conflictdesk.store.models.deliberation import (
    CitizenPanel,
    DeliberationItem,
    PanelApplicant,
    PetitionCount,
)
from conflictdesk.store.models.deliberation_process import (
    DeliberationProcess,
    ProcessEvent,
    ProcessRecommendation,
    ProcessSpending,
)
from conflictdesk.store.models.diagnosis import Diagnosis, Project, Round
from conflictdesk.store.models.handouts import Handout
from conflictdesk.store.models.mediation import (
    AgreementItem,
    AllowancePayment,
    Council,
    CouncilMeeting,
    CouncilMember,
    Expert,
    ExpertAssignment,
)
from conflictdesk.store.models.organisation import Department, Setting
from conflictdesk.store.models.pre_reviews import PreReview
from conflictdesk.store.models.reviews import ExtraHoliday, Review, ReviewProgressEntry

__all__ = [
    "ActionEntry",
    "AgreementItem",
    "AllowancePayment",
    "AuditEntry",
    "Base",
    "BudgetLine",
    "BudgetSpending",
    "Card",
    "CardSnapshot",
    "Council",
    "CouncilMeeting",
    "CouncilMember",
    "CitizenPanel",
    "CommitteeAttendance",
    "CommitteeMeeting",
    "CommitteeMember",
    "DeliberationItem",
    "DeliberationProcess",
    "Department",
    "Diagnosis",
    "Expert",
    "ExpertAssignment",
    "ExtraHoliday",
    "GRADE_CHECK",
    "Handout",
    "ImpactAnalysis",
    "MainIssue",
    "NAMING",
    "PanelApplicant",
    "PetitionCount",
    "PlanItem",
    "ProcessEvent",
    "ProcessRecommendation",
    "ProcessSpending",
    "PreReview",
    "Project",
    "ResponsePlan",
    "Review",
    "ReviewProgressEntry",
    "Round",
    "Setting",
    "Signal",
    "StageTransition",
    "Stakeholder",
    "TrainingAttendance",
    "TrainingSession",
    "UTCDateTime",
    "table_of",
    "utcnow",
]
