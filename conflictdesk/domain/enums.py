"""Enumerations of the domain vocabulary, each with its Korean label."""

from __future__ import annotations

from enum import Enum, StrEnum


class LabeledEnum(StrEnum):
    """A string enum whose members carry a Korean label for the UI."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabeledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value
        return obj

    @classmethod
    def from_label(cls, label: str) -> LabeledEnum:
        for member in cls:
            if member.label == label or member.value == label:
                return member
        raise ValueError(label)


class Criterion(LabeledEnum):
    """Conflict-diagnosis criteria (docs/업무규칙.md §Criteria), in the order of the table."""

    TIA = ("TIA", "교통영향평가 협의 대상")
    EIA = ("EIA", "환경영향평가 협의 대상")
    VICE_MAYOR = ("VICE_MAYOR", "부시장 이상 전결")
    BUDGET = ("BUDGET", "40억원 이상 예산")
    MIDTERM = ("MIDTERM", "중기재정계획 사업")
    ORDINANCE = ("ORDINANCE", "재산권·환경권 규제 자치법규 제·개정")
    VISIBLE = ("VISIBLE", "갈등 표출·진행")


CRITERIA_ORDER: tuple[Criterion, ...] = tuple(Criterion)


class Grade(int, Enum):
    """Management grade; 1 is the most serious."""

    G1 = 1
    G2 = 2
    G3 = 3

    @property
    def label(self) -> str:
        return f"{self.value}등급"


class GradeKind(LabeledEnum):
    SELF = ("self", "자체진단")
    RECOMMENDED = ("recommended", "권고")
    CONFIRMED = ("confirmed", "확정")


class CarryOver(LabeledEnum):
    """How an open case of the previous round is carried into a new round."""

    CONTINUED = ("continued", "계속")
    DOWNGRADED = ("downgraded", "하향")
    RESOLVED = ("resolved", "해소·제외")
    RESELECTED = ("reselected", "재선정")


class ConflictStage(LabeledEnum):
    LATENT = ("latent", "잠재")
    SURFACED = ("surfaced", "표출")
    SPREADING = ("spreading", "확산·심화")
    DEADLOCK = ("deadlock", "교착")
    EASING = ("easing", "완화")
    RESOLVED = ("resolved", "해소")
    AFTERCARE = ("aftercare", "사후관리")


class ProjectPhase(LabeledEnum):
    PLANNING = ("planning", "계획수립")
    BUDGETING = ("budgeting", "예산편성")
    DESIGN = ("design", "설계")
    PERMITS = ("permits", "인허가·영향평가")
    COMPENSATION = ("compensation", "보상")
    CONSTRUCTION = ("construction", "착공·시행")
    OPERATION = ("operation", "준공·운영")


class ConflictType(LabeledEnum):
    """Conflict types; multi-select on a card. Grouped by ``CONFLICT_TYPE_GROUPS``."""

    INTEREST = ("interest", "이익")
    VALUE = ("value", "가치")
    FACT = ("fact", "사실관계")
    STRUCTURE = ("structure", "구조")
    RELATION = ("relation", "관계")
    NIMBY = ("nimby", "님비")
    PIMFY = ("pimfy", "핌피")
    CIVIL_GOV = ("civil_gov", "민–관")
    GOV_GOV = ("gov_gov", "관–관")
    CIVIL_CIVIL = ("civil_civil", "민–민")


CONFLICT_TYPE_GROUPS: dict[str, tuple[ConflictType, ...]] = {
    "원인": (ConflictType.INTEREST, ConflictType.VALUE, ConflictType.FACT, ConflictType.STRUCTURE,
             ConflictType.RELATION),
    "시설": (ConflictType.NIMBY, ConflictType.PIMFY),
    "당사자": (ConflictType.CIVIL_GOV, ConflictType.GOV_GOV, ConflictType.CIVIL_CIVIL),
}


class IssueKind(LabeledEnum):
    FACT = ("fact", "사실")
    INTEREST = ("interest", "이해")
    VALUE = ("value", "가치")


class StakeholderKind(LabeledEnum):
    RESIDENTS = ("residents", "주민")
    LANDOWNERS = ("landowners", "토지주")
    MERCHANTS = ("merchants", "상인")
    CIVIC_GROUP = ("civic_group", "시민단체")
    COUNCIL = ("council", "의회")
    AGENCY = ("agency", "타기관")
    MEDIA = ("media", "언론")
    OTHER = ("other", "기타")


class PartyKind(LabeledEnum):
    """Whether a stakeholder is a natural person (masked in outputs) or an organisation (never masked)."""

    PERSON = ("person", "개인")
    ORGANISATION = ("organisation", "단체·기관")


class SignalKind(LabeledEnum):
    """Conflict signals counted on a card; they feed the alert level."""

    COMPLAINT = ("complaint", "민원")
    GROUP_COMPLAINT = ("group_complaint", "집단민원")
    PROTEST = ("protest", "집회·시위")
    MEDIA = ("media", "언론보도")
    LAWSUIT = ("lawsuit", "소송")
    PETITION = ("petition", "청원")


class ItemStatus(LabeledEnum):
    PLANNED = ("planned", "예정")
    IN_PROGRESS = ("in_progress", "진행")
    DONE = ("done", "완료")
    DROPPED = ("dropped", "취소")


class ReviewProgress(LabeledEnum):
    ON_TRACK = ("on_track", "정상")
    LATE = ("late", "지연")
    DONE = ("done", "완료")


class ExpertRole(LabeledEnum):
    ONE_ON_ONE = ("one_on_one", "1:1 지원")
    ADVICE = ("advice", "자문")
    MEDIATION = ("mediation", "조정")
    IMPACT_ANALYSIS = ("impact_analysis", "갈등영향분석")


class MemberRole(LabeledEnum):
    CHAIR = ("chair", "위원장")
    PARTY = ("party", "당사자 대표")
    EXPERT = ("expert", "전문가")
    OFFICIAL = ("official", "공무원")
    OTHER = ("other", "기타")


class ResultKind(LabeledEnum):
    RESULT = ("result", "협의결과문")
    AGREEMENT = ("agreement", "합의서")


class AlertLevel(LabeledEnum):
    NONE = ("none", "정상")
    PRE_ALERT = ("pre_alert", "예비경보")
    ALERT = ("alert", "갈등경보")


class OwnerLevel(int, Enum):
    """Who must own the response: the answer to the diagnosis owner-level question."""

    CITY = 1  # a city-level decision is needed
    MULTI_DEPARTMENT = 2  # several departments must work together
    DEPARTMENT = 3  # the department can manage it alone

    @property
    def label(self) -> str:
        return {1: "시 차원 결정 필요", 2: "부서 간 협업 필요", 3: "소관부서 자체 해결"}[self.value]


STRATEGY_TOOLS: tuple[str, ...] = (
    "주민설명회", "숙의경청회", "전문가 자문", "갈등영향분석", "공론화", "갈등조정협의회",
)
