"""Diagnosis checklist (갈등진단표) of one project in one round: load, save, and the three grades (§4)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.alerts import AlertResult, SignalObservation, evaluate_alerts
from conflictdesk.domain.enums import AlertLevel, CarryOver, Grade, GradeKind, OwnerLevel, SignalKind
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.domain.grading import (
    ChecklistSettings,
    GradeSuggestion,
    needs_override_reason,
    suggest_grade,
    validate_scores,
)
from conflictdesk.domain.impact_analysis import AnalysisRow
from conflictdesk.domain.rounds import RoundId, as_of_for_round, default_grade_date
from conflictdesk.domain.screening import criterion_label
from conflictdesk.services import impact_analysis
from conflictdesk.services.carryover import _carried_grade, decision_for_grade
from conflictdesk.services.changes import Changes
from conflictdesk.services.pre_review_dtos import ChecklistState, PreReviewView
from conflictdesk.services.projects import _project_id_by_code
from conflictdesk.services.reviews import _sync_in_session
from conflictdesk.services.rounds import _get_round
from conflictdesk.services.screening import explain, round_rules
from conflictdesk.store.engine import Database
from conflictdesk.store.locking import NEW_RECORD, expect_version
from conflictdesk.store.models import Card, Diagnosis, Project, Round, Signal

GRADE_FIELDS: dict[GradeKind, tuple[str, str]] = {
    GradeKind.SELF: ("self_grade", "self_graded_on"),
    GradeKind.RECOMMENDED: ("recommended_grade", "recommended_on"),
    GradeKind.CONFIRMED: ("confirmed_grade", "confirmed_on"),
}


@dataclass(frozen=True)
class GradeEntry:
    grade: int | None
    on: date | None


@dataclass(frozen=True)
class DiagnosisForm:
    """Everything the diagnosis form shows for one project in one round (``version`` NEW_RECORD = no row yet)."""

    project_id: int
    project_code: str
    project_name: str
    department: str
    round_code: str
    criteria: tuple[tuple[str, str, str], ...]  # (code, label, reason) in §3 order
    is_target: bool
    carried_over: bool
    carry_over: str | None
    added_mid_round: bool
    replaces_code: str | None
    owner_level: int | None
    scores: dict[str, int]
    checklist: ChecklistSettings
    alert: AlertResult
    suggestion: GradeSuggestion
    stored_suggestion: int | None
    grades: dict[GradeKind, GradeEntry] = field(default_factory=dict)
    override_reason: str = ""
    version: int | None = None
    #: The date a new grade gets by default: today in the round's half-year, else the round's review date.
    default_date: date | None = None
    #: 갈등영향분석 of the project up to the round's end (oldest first): the form offers the latest as a reason.
    analyses: tuple[AnalysisRow, ...] = ()
    #: The department's latest 사전 갈등검토목록 answers accepted by the round's end: a suggestion the form offers.
    pre_review: PreReviewView | None = None
    #: The project's latest 사전 갈등검토목록 when it is still awaited on the form's day (sent, overdue, or back with
    #: problems): the 사전검토 box says so.
    checklist_pending: ChecklistState | None = None


def checklist_of(rnd: Round) -> ChecklistSettings:
    """The checklist settings stored with the round (the defaults for rounds opened without them)."""
    data = (rnd.rules or {}).get("checklist")
    return ChecklistSettings.from_dict(data) if data else ChecklistSettings()


def _alert_for(session: Session, project_id: int, today: date) -> AlertResult:
    """The alert level from the project's card signals (정상 when there is no card)."""
    rows = session.execute(
        select(Signal.kind, Signal.observed_on, Signal.count)
        .join(Card, Card.id == Signal.card_id).where(Card.project_id == project_id)
    ).all()
    return evaluate_alerts(_observations(rows), today)


def _observations(rows: Iterable[tuple[str, date, int]]) -> list[SignalObservation]:
    observations = []
    for kind, observed_on, count in rows:
        try:
            observations.append(SignalObservation(SignalKind(kind), observed_on, count))
        except ValueError:
            continue
    return observations


def _alerts_for(session: Session, project_ids: Collection[int], today: date) -> dict[int, AlertResult]:
    """:func:`alert_for` of many projects in one query (a department's workbook)."""
    by_project: dict[int, list[tuple[str, date, int]]] = {pid: [] for pid in project_ids}
    ids = list(project_ids)
    for start in range(0, len(ids), 500):
        for pid, kind, observed_on, count in session.execute(
                select(Card.project_id, Signal.kind, Signal.observed_on, Signal.count)
                .join(Card, Card.id == Signal.card_id).where(Card.project_id.in_(ids[start:start + 500]))):
            by_project[pid].append((kind, observed_on, count))
    return {pid: evaluate_alerts(_observations(rows), today) for pid, rows in by_project.items()}


def _find(session: Session, project_code: str, round_code: str) -> tuple[Project, Round, Diagnosis | None]:
    rnd = _get_round(session, round_code)
    project = session.get(Project, _project_id_by_code(session, project_code))
    assert project is not None
    diag = session.scalar(select(Diagnosis).where(Diagnosis.round_id == rnd.id,
                                                  Diagnosis.project_id == project.id))
    return project, rnd, diag


def _suggestion(owner_level: int | None, scores: Mapping[str, int], checklist: ChecklistSettings) -> GradeSuggestion:
    level = OwnerLevel(owner_level) if owner_level is not None else None
    return suggest_grade(level, scores, checklist)


def _form(session: Session, project: Project, rnd: Round, diag: Diagnosis | None, today: date) -> DiagnosisForm:
    checklist = checklist_of(rnd)
    result = explain(project, rnd)
    rules = round_rules(rnd)
    criteria = tuple((c.value, criterion_label(c, rules), result.reasons[c]) for c in result.criteria)
    scores = {k: int(v) for k, v in (diag.risk_scores if diag else {}).items()
              if k in {i.code for i in checklist.items}}
    owner = diag.owner_level if diag else None
    grades = {kind: GradeEntry(getattr(diag, g) if diag else None, getattr(diag, d) if diag else None)
              for kind, (g, d) in GRADE_FIELDS.items()}
    replaces = None
    if diag is not None and diag.replaces_project_id is not None:
        other = session.get(Project, diag.replaces_project_id)
        replaces = other.code if other else None
    return DiagnosisForm(
        project_id=project.id, project_code=project.code, project_name=project.name,
        department=project.department.name, round_code=rnd.code, criteria=criteria,
        is_target=diag.is_target if diag else result.is_target,
        carried_over=diag.carried_over if diag else False, carry_over=diag.carry_over if diag else None,
        added_mid_round=diag.added_mid_round if diag else False, replaces_code=replaces,
        owner_level=owner, scores=scores, checklist=checklist,
        alert=_alert_for(session, project.id, as_of_for_round(RoundId.parse(rnd.code), today)),
        suggestion=_suggestion(owner, scores, checklist),
        stored_suggestion=diag.suggested_grade if diag else None, grades=grades,
        override_reason=diag.override_reason if diag else "", version=diag.version if diag else NEW_RECORD,
        default_date=default_grade_date(RoundId.parse(rnd.code), today, rnd.review_due),
        # an analysis commissioned after the round ended is no reason for that round's grade
        analyses=tuple(a for a in impact_analysis._analyses_of(session, project.id)
                       if a.commissioned_on <= RoundId.parse(rnd.code).last_day),
        pre_review=_pre_review(session, project, rnd, checklist),
        checklist_pending=_pending_checklist(session, project, today),
    )


def _pending_checklist(session: Session, project: Project, today: date) -> ChecklistState | None:
    from conflictdesk.services import pre_review  # it reads hand-in files, which save diagnoses

    return pre_review._pending_checklist(session, project, today)


def _pre_review(session: Session, project: Project, rnd: Round, checklist: ChecklistSettings) -> PreReviewView | None:
    from conflictdesk.services.pre_review import _latest_view  # it reads hand-in files, which save diagnoses

    return _latest_view(session, project, rnd, checklist)


def load_diagnosis(db: Database, project_code: str, round_code: str, today: date) -> DiagnosisForm:
    """The diagnosis form of ``project_code`` in ``round_code`` (NotFound for an unknown project or round)."""
    with db.read() as s:
        project, rnd, diag = _find(s, project_code, round_code)
        return _form(s, project, rnd, diag, today)


def _check_grade(grade: object) -> int | None:
    if grade is None:
        return None
    if isinstance(grade, bool) or not isinstance(grade, int) or grade not in (1, 2, 3):
        raise InvalidValue("grade_invalid", value=grade)
    return grade


def _check_date(on: object, today: date, kind: GradeKind) -> date:
    if not isinstance(on, date):
        raise InvalidValue("grade_date_invalid", kind=kind)
    if on > today:
        raise InvalidValue("grade_date_in_future", kind=kind, on=on, today=today)
    return on


def _apply_grade(diag: Diagnosis, kind: GradeKind, grade: int | None, reason: str, today: date,
                 on: date | None = None, rnd: Round | None = None) -> None:
    """Set one of the three grades dated ``on`` (default: today in the round's half-year, else the round's
    review date); a confirmed grade that differs from the suggestion needs a reason. An unchanged grade keeps
    its date unless ``on`` gives another one."""
    grade = _check_grade(grade)
    if on is not None:
        day = _check_date(on, today, kind)
    elif rnd is not None:
        day = default_grade_date(RoundId.parse(rnd.code), today, rnd.review_due)
    else:
        day = today
    g_field, d_field = GRADE_FIELDS[kind]
    if kind is GradeKind.CONFIRMED and grade is not None:
        suggested = Grade(diag.suggested_grade) if diag.suggested_grade else None
        if needs_override_reason(Grade(grade), suggested) and not reason.strip():
            assert suggested is not None
            raise DomainError("override_reason_required", grade=grade, suggested=suggested)
        diag.override_reason = reason.strip() if needs_override_reason(Grade(grade), suggested) else ""
    if getattr(diag, g_field) != grade:
        setattr(diag, g_field, grade)
        setattr(diag, d_field, day if grade is not None else None)
    elif grade is not None and on is not None and getattr(diag, d_field) != on:
        setattr(diag, d_field, on)


def _new_diagnosis(session: Session, project: Project, rnd: Round) -> Diagnosis:
    result = explain(project, rnd)
    diag = Diagnosis(round_id=rnd.id, project_id=project.id, criteria=",".join(result.codes),
                     is_target=result.is_target, risk_scores={})
    session.add(diag)
    return diag


def _require_target(diag: Diagnosis, project: Project, rnd: Round) -> None:
    """Only a target of the round can be graded (docs/업무규칙.md): a swapped-out or non-target project is refused."""
    if not diag.is_target:
        raise DomainError("not_a_target", project=project.code, round=rnd.code)


def _follow_the_case(session: Session, rnd: Round, diag: Diagnosis, today: date, confirmed: bool) -> None:
    """A confirmed grade (``confirmed``) on a carried case records the decision too (same → 계속, lower → 하향,
    more serious → 재선정); the round's reviews then follow the case (docs/업무규칙.md)."""
    if (confirmed and diag.carried_over and diag.confirmed_grade is not None
            and diag.carry_over != CarryOver.RESOLVED.value):
        decided = decision_for_grade(_carried_grade(session, rnd, diag), diag.confirmed_grade)
        if not (decided is CarryOver.CONTINUED and diag.carry_over == CarryOver.RESELECTED.value):
            diag.carry_over = decided.value
    session.flush()
    _sync_in_session(session, rnd.code, today)


def set_grade(db: Database, project_code: str, round_code: str, grade: int, kind: GradeKind | str,
              reason: str, today: date, seen_version: int | None = None, on: date | None = None) -> Changes:
    """Record a self-assessed, recommended or confirmed grade dated ``on`` (default ``today``, never
    later than today); audited with ``reason``."""
    _check_grade(grade)
    kind = GradeKind(kind)
    audit_reason = reason.strip() or f"{kind.label} 등급 {grade}등급 지정"
    with db.write(reason=audit_reason) as s:
        project, rnd, diag = _find(s, project_code, round_code)
        expect_version(diag, seen_version, "진단 기록")  # NEW_RECORD: someone else's first save conflicts too
        if diag is None:
            diag = _new_diagnosis(s, project, rnd)
        _require_target(diag, project, rnd)
        _apply_grade(diag, kind, grade, reason, today, on, rnd)
        _follow_the_case(s, rnd, diag, today, kind is GradeKind.CONFIRMED)
    return Changes.of("diagnosis", "review")


def save_diagnosis(
    db: Database, project_code: str, round_code: str, *, owner_level: int | None,
    scores: Mapping[str, object], grades: Mapping[GradeKind, int | None], override_reason: str,
    today: date, seen_version: int | None, dates: Mapping[GradeKind, date] | None = None,
) -> tuple[DiagnosisForm, Changes]:
    """Save the diagnosis form in one transaction: checklist answers, alert level, suggestion and grades.

    ``dates`` gives the date of each grade (자체진단일·권고일·확정일); a grade without one is dated ``today``.
    """
    if owner_level is not None and owner_level not in (1, 2, 3):
        raise InvalidValue("owner_level_invalid", value=owner_level)
    reason = override_reason.strip()
    with db.write(reason=reason or "갈등진단표 저장") as s:
        project, rnd, diag = _find(s, project_code, round_code)
        expect_version(diag, seen_version, "진단 기록")  # NEW_RECORD: someone else's first save conflicts too
        diag = _save_in_session(s, project, rnd, diag, owner_level=owner_level, scores=scores, grades=grades,
                                reason=reason, today=today, dates=dates)
        form = _form(s, project, rnd, diag, today)
    return form, Changes.of("diagnosis", "review")


def _save_in_session(s: Session, project: Project, rnd: Round, diag: Diagnosis | None, *, owner_level: int | None,
                     scores: Mapping[str, object], grades: Mapping[GradeKind, int | None], reason: str, today: date,
                     dates: Mapping[GradeKind, date] | None = None) -> Diagnosis:
    """The checklist answers, alert level, suggestion and grades of one diagnosis (the form's save and hand-in)."""
    if diag is None:
        diag = _new_diagnosis(s, project, rnd)
    checklist = checklist_of(rnd)
    checked = validate_scores(scores, checklist)
    diag.owner_level = owner_level
    diag.risk_scores = checked
    alert = _alert_for(s, project.id, as_of_for_round(RoundId.parse(rnd.code), today))  # a past round: its end
    diag.alert_level = AlertLevel(alert.level).value
    answered = owner_level is not None or any(checked.values())
    diag.suggested_grade = _suggestion(owner_level, checked, checklist).grade.value if answered else None
    if any(grades.get(k) is not None and grades.get(k) != getattr(diag, GRADE_FIELDS[k][0]) for k in grades):
        _require_target(diag, project, rnd)
    confirmed_before = diag.confirmed_grade
    for kind in (GradeKind.SELF, GradeKind.RECOMMENDED, GradeKind.CONFIRMED):
        if kind in grades:
            _apply_grade(diag, kind, grades[kind], reason, today, (dates or {}).get(kind), rnd)
    _follow_the_case(s, rnd, diag, today, diag.confirmed_grade != confirmed_before)
    s.flush()
    return diag


__all__ = ["GRADE_FIELDS", "DiagnosisForm", "GradeEntry", "NotFound", "load_diagnosis", "save_diagnosis",
           "set_grade"]
