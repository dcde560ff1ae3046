"""Officials' conflict-management training (공직자 갈등관리 교육): kinds, targets and progress, departments to train.

Targets are a setting (the seed's "군·구 순회 교육 연 3회" and "'22년까지 10개 군·구"). Progress is counted from the
sessions held: tours (군·구 순회 교육) in the year, and the distinct 군·구 a tour has visited up to the year. A department
whose key cases (중점관리대상, grade 1–2) outnumber its officers trained so far is flagged. See docs/업무규칙.md,
"Training".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue

__all__ = [
    "DEFAULT_DISTRICTS",
    "DepartmentFlag",
    "TargetProgress",
    "TrainingKind",
    "TrainingTargets",
    "department_flags",
    "target_progress",
]

#: Incheon's 10 군·구 (the seed's "10개 군·구").
DEFAULT_DISTRICTS: tuple[str, ...] = (
    "중구", "동구", "미추홀구", "연수구", "남동구", "부평구", "계양구", "서구", "강화군", "옹진군",
)


class TrainingKind(Enum):
    """Kind of course; ``label`` is the Korean name shown and printed."""

    CITY = "city"
    DISTRICT = "district"
    DEPARTMENT = "department"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @classmethod
    def parse(cls, value: str) -> TrainingKind:
        for kind in cls:
            if value in (kind.value, kind.label):
                return kind
        raise InvalidValue("unknown_choice", field=Term("교육 구분"), value=value)


_KIND_LABELS = {
    TrainingKind.CITY: "시 전문가 교육",
    TrainingKind.DISTRICT: "군·구 순회 교육",
    TrainingKind.DEPARTMENT: "부서 맞춤 교육",
    TrainingKind.OTHER: "기타",
}


def _int_in(value: object, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue("training_target_invalid", field=Term(what), value=repr(value), low=low, high=high)
    return value


@dataclass(frozen=True)
class TrainingTargets:
    """The setting: tours a year, and the 군·구 every one of which a tour should have visited by ``districts_by``."""

    tours_per_year: int = 3
    districts: tuple[str, ...] = DEFAULT_DISTRICTS
    districts_by: int = 2022

    def __post_init__(self) -> None:
        _int_in(self.tours_per_year, "연간 순회 교육 목표", 0, 100)
        _int_in(self.districts_by, "군·구 목표 연도", 2000, 2100)
        names: list[str] = []
        for name in self.districts:
            text = " ".join(str(name).split())
            if text and text not in names:
                names.append(text)
        if not names:
            raise InvalidValue("value_required", field=Term("군·구 목록"))
        object.__setattr__(self, "districts", tuple(names))

    def to_dict(self) -> dict[str, object]:
        return {"tours_per_year": self.tours_per_year, "districts": list(self.districts),
                "districts_by": self.districts_by}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> TrainingTargets:
        districts = data.get("districts", list(DEFAULT_DISTRICTS))
        if not isinstance(districts, (list, tuple)):
            raise InvalidValue("value_required", field=Term("군·구 목록"))
        tours = data.get("tours_per_year", 3)
        by = data.get("districts_by", 2022)
        return cls(tours_per_year=tours if isinstance(tours, int) else -1,
                   districts=tuple(str(d) for d in districts),
                   districts_by=by if isinstance(by, int) else -1)


@dataclass(frozen=True)
class TargetProgress:
    """One target: its name, the goal, what is done, and (for the 군·구 target) the 군·구 still to visit."""

    name: str
    goal: int
    done: int
    remaining: tuple[str, ...] = field(default=())
    #: True while the target's deadline is still ahead (2022년까지 … seen in 2020): not met is not yet missed.
    open: bool = False

    @property
    def met(self) -> bool:
        return self.done >= self.goal

    @property
    def verdict(self) -> str:
        """달성, 진행 중 (before its deadline) or 미달."""
        return "달성" if self.met else ("진행 중" if self.open else "미달")


def target_progress(targets: TrainingTargets, year: int,
                    tours: Iterable[tuple[date, str]]) -> tuple[TargetProgress, TargetProgress]:
    """Progress in ``year``: tours held that year, and 군·구 visited by tours from the start through ``year``.

    ``tours`` are (date, host 군·구) of every 군·구 순회 교육. A host outside the target list counts as a tour but not
    toward the 군·구 target.
    """
    held = list(tours)
    this_year = sum(1 for on, _district in held if on.year == year)
    visited = {district for on, district in held if on.year <= year}
    remaining = tuple(d for d in targets.districts if d not in visited)
    done = len(targets.districts) - len(remaining)
    return (
        TargetProgress(f"군·구 순회 교육 연 {targets.tours_per_year}회", targets.tours_per_year, this_year),
        TargetProgress(f"{targets.districts_by}년까지 {len(targets.districts)}개 군·구", len(targets.districts), done,
                       remaining, open=year < targets.districts_by),
    )


@dataclass(frozen=True)
class DepartmentFlag:
    """A department whose key cases outnumber its trained officers."""

    department: str
    key_cases: int
    trained: int


def department_flags(key_cases: Mapping[str, int], trained: Mapping[str, int]) -> list[DepartmentFlag]:
    """Departments with more key cases than trained officers, most under-trained first (then by name)."""
    flags = [DepartmentFlag(name, count, trained.get(name, 0))
             for name, count in key_cases.items() if count > trained.get(name, 0)]
    flags.sort(key=lambda f: (-(f.key_cases - f.trained), f.department))
    return flags


def checked_attendance(rows: Sequence[tuple[str, int, str]], participants: int) -> int:
    """The total attendees of a course: ``participants`` or, when larger, the sum of the department counts.

    Each row is (department, count, names); a count must be a whole number above 0 and a department appear once.
    """
    seen: set[str] = set()
    total = 0
    for department, count, _names in rows:
        if isinstance(count, bool) or not isinstance(count, int) or count <= 0:
            raise InvalidValue("attendance_count_invalid", department=department, value=repr(count))
        if department in seen:
            raise InvalidValue("attendance_department_twice", department=department)
        seen.add(department)
        total += count
    if isinstance(participants, bool) or not isinstance(participants, int) or participants < 0:
        raise InvalidValue("participants_invalid", value=repr(participants))
    return max(participants, total)
