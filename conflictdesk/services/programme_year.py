"""The programme year: 연간 갈등관리 결과 and the 갈등관리 종합계획 draft as query-free DTOs (services/programme_dtos.py).

Every figure comes from the query that already shows it elsewhere — the dashboard's counts, the grade summary and the
round report, the 점검 list, the 수당 overview, the councils, the 공론화 register, the training overview and the
programme budget — so the documents and the screens can never disagree (docs/업무규칙.md §Programme year). The few
facts no screen shows as a count (card stage changes, resolved cases, card stages of the key cases) are read here.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import extract, func, select

from conflictdesk.domain import dates
from conflictdesk.domain.calendar import (
    is_working_day,
    item_overdue,
    last_working_day_of_month,
    review_due_date,
)
from conflictdesk.domain.enums import ConflictStage
from conflictdesk.domain.rounds import RoundId
from conflictdesk.services import allowances, budget, councils, deliberation, reviews, settings, training
from conflictdesk.services.programme_dtos import (
    BudgetFigures,
    BudgetRow,
    CouncilFigures,
    DeliberationFigures,
    DeliberationRow,
    KeyCase,
    MediationFigures,
    ResolvedCase,
    RoundFigures,
    ScheduleRow,
    TargetRow,
    TrainingFigures,
    TrainingRow,
    YearPlan,
    YearResults,
)
from conflictdesk.services.projects import dashboard_counts
from conflictdesk.services.rounds import list_rounds
from conflictdesk.services.summary_data import load_grade_summary, load_round_report
from conflictdesk.services.summary_dtos import DROPPED
from conflictdesk.store import models
from conflictdesk.store.engine import Database

NO_CARD = "카드 없음"
UNDECIDED = "결정 전"


def checked_year(year: object, low: int = 1900) -> int:
    """A programme year: a whole number ``low``–9999 (the budget's and training's bounds, the one check)."""
    return dates.checked_year(year, "연도", low)


def _stage_label(value: str | None) -> str:
    try:
        return ConflictStage(value).label if value else NO_CARD
    except ValueError:
        return value or NO_CARD


def _round_figures(db: Database, code: str, as_of: date) -> tuple[RoundFigures, list[KeyCase]]:
    summary = load_grade_summary(db, code, as_of=as_of)
    report = load_round_report(db, code)
    counts = dashboard_counts(db, code)
    rows = reviews.list_reviews(db, as_of, code)
    t = summary.totals
    g1, g2, g3, ungraded = report.grades
    key = [c for c in summary.cases if c.status != DROPPED]
    stages = _card_stages(db, [c.code for c in key])
    cases = [KeyCase(c.department, c.code, c.name, c.grade or 0, _stage_label(stages.get(c.code)), c.status)
             for c in key]
    due = rows[0].due if rows else None
    with db.read() as s:
        rnd = s.scalar(select(models.Round).where(models.Round.code == code))
        if rnd is not None and rnd.review_due is not None:
            due = rnd.review_due
    return RoundFigures(
        round_code=summary.round_code, round_label=summary.round_label, screened=report.screened,
        targets=counts.targets, g1=g1, g2=g2, g3=g3, ungraded=ungraded, key_cases=counts.key_cases,
        new=t.new, carried=t.carried, dropped=t.dropped, unmet=t.unmet, reviews=len(rows),
        reviews_done=sum(1 for r in rows if r.done is not None), reviews_overdue=sum(1 for r in rows if r.overdue),
        review_due=due,
    ), cases


def _card_stages(db: Database, codes: list[str]) -> dict[str, str | None]:
    if not codes:
        return {}
    with db.read() as s:
        stmt = (select(models.Project.code, models.Card.stage)
                .join(models.Card, models.Card.project_id == models.Project.id)
                .where(models.Project.code.in_(codes)))
        return {code: stage for code, stage in s.execute(stmt)}


def _resolved(db: Database, year: int) -> tuple[ResolvedCase, ...]:
    """Cases whose card reached 해소 or was closed in ``year`` (the earlier of the two per case)."""
    found: dict[str, ResolvedCase] = {}
    with db.read() as s:
        base = (select(models.Department.name, models.Project.code, models.Project.name)
                .join(models.Project, models.Project.department_id == models.Department.id)
                .join(models.Card, models.Card.project_id == models.Project.id))
        moved = base.add_columns(models.StageTransition.changed_on).join(
            models.StageTransition, models.StageTransition.card_id == models.Card.id).where(
            models.StageTransition.to_stage == ConflictStage.RESOLVED.value,
            extract("year", models.StageTransition.changed_on) == year)
        closed = base.add_columns(models.Card.closed_on).where(models.Card.closed_on.is_not(None),
                                                               extract("year", models.Card.closed_on) == year)
        for how, stmt in ((ConflictStage.RESOLVED.label, moved), ("종결", closed)):
            for department, code, name, on in s.execute(stmt):
                if code not in found or on < found[code].on:
                    found[code] = ResolvedCase(department, code, name, on, how)
    return tuple(sorted(found.values(), key=lambda r: (r.on, r.code)))


def _stage_moves(db: Database, year: int) -> tuple[tuple[str, str, int], ...]:
    order = {s.value: n for n, s in enumerate(ConflictStage)}
    with db.read() as s:
        counts = Counter((a, b) for a, b in s.execute(
            select(models.StageTransition.from_stage, models.StageTransition.to_stage)
            .where(extract("year", models.StageTransition.changed_on) == year)))
    ordered = sorted(counts.items(), key=lambda kv: (order.get(kv[0][0] or "", -1), order.get(kv[0][1], 99)))
    return tuple((_stage_label(a) if a else "(처음 기록)", _stage_label(b), n) for (a, b), n in ordered)


def _mediation(db: Database, year: int, as_of: date) -> MediationFigures:
    overview = allowances.year_overview(db, year)  # the 수당 tab's own figures
    with db.read() as s:
        assigned = s.scalar(select(func.count(models.ExpertAssignment.id)).where(
            extract("year", models.ExpertAssignment.start_on) == year)) or 0
    start, end = date(year, 1, 1), date(year, 12, 31)
    rows = []
    for code, _name in councils.council_cases(db):
        view = councils.get_council(db, code)  # the 협의회 tab's own view
        if view.formed_on > end or (view.end_on is not None and view.end_on < start):
            continue
        meetings = sum(1 for m in view.meetings if m.held_on.year == year)
        done = sum(1 for i in view.items if i.done_on is not None and i.done_on <= as_of)
        overdue = sum(1 for i in view.items if item_overdue(i.due, i.status.value, i.done_on, as_of))
        result = view.result_kind.label if view.result_kind else ""
        rows.append(CouncilFigures(code, view.project_name, view.formed_on, meetings, result, view.result_on,
                                   len(view.items), done, overdue))
    return MediationFigures(assigned, len(overview.payments), overview.execution.executed_won, tuple(rows))


def _deliberation(db: Database, year: int, as_of: date) -> DeliberationFigures:
    items = deliberation.agenda(db, as_of, year)  # the 공론화 register of the year
    rows = tuple(DeliberationRow(i.title, i.source.label, i.opened, i.decision.label if i.decision else UNDECIDED)
                 for i in sorted(items, key=lambda i: (i.opened, i.id)))
    counts = Counter(r.decision for r in rows)
    from conflictdesk.domain.deliberation import Decision

    labels = [d.label for d in Decision] + [UNDECIDED]
    return DeliberationFigures(rows, tuple((label, counts[label]) for label in labels))


def _attendance_text(session_row: training.SessionRow) -> str:
    parts = []
    for a in session_row.attendances:
        names = f" ({a.names})" if a.names else ""
        parts.append(f"{a.department} {a.count:,}명{names}")
    return "\n".join(parts)


def _training(db: Database, year: int) -> TrainingFigures:
    view = training.overview(db, year)  # names masked, as in every output
    return TrainingFigures(
        sessions=tuple(TrainingRow(t.held_on, t.kind.label, t.title, t.district, t.attendees, t.hours, t.cost_won,
                                   _attendance_text(t)) for t in view.sessions),
        targets=tuple(TargetRow(p.name, p.goal, p.done, p.verdict, p.remaining) for p in view.progress),
        flagged=tuple((f.department, f.key_cases, f.trained) for f in view.flags),
    )


def _budget(db: Database, year: int) -> BudgetFigures:
    view = budget.year_budget(db, year)  # the 예산 tab's and `budget --year` figures

    def row(name: str, execution: object) -> BudgetRow:
        from conflictdesk.domain.allowances import BudgetExecution

        assert isinstance(execution, BudgetExecution)
        return BudgetRow(name, execution.annual_won, execution.executed_won,
                         tuple((q.planned_won, q.executed_won) for q in execution.quarters))

    return BudgetFigures(year, tuple(row(line.line, line.execution) for line in view.lines), row("합계", view.total))


def _year_rounds(db: Database, year: int) -> list[str]:
    return sorted(r.code for r in list_rounds(db) if RoundId.parse(r.code).year == year)


def year_results(db: Database, year: int, *, as_of: date | None = None) -> YearResults:
    """연간 갈등관리 결과 of ``year``: overdue items are judged on ``as_of`` (default: today, at most 31 December)."""
    year = checked_year(year)
    as_of = min(as_of or date.today(), date(year, 12, 31))
    figures: list[RoundFigures] = []
    key: list[KeyCase] = []
    for code in _year_rounds(db, year):
        round_figures, key = _round_figures(db, code, as_of)
        figures.append(round_figures)
    return YearResults(
        year=year, as_of=as_of, rounds=tuple(figures), key_cases=tuple(key), resolved=_resolved(db, year),
        stage_moves=_stage_moves(db, year), mediation=_mediation(db, year, as_of),
        deliberation=_deliberation(db, year, as_of), training=_training(db, year), budget=_budget(db, year),
    )


def _first_working_day(year: int, month: int, extra: frozenset[date]) -> date:
    day = date(year, month, 1)
    while not is_working_day(day, extra):
        day += timedelta(days=1)
    return day


def _schedule(db: Database, year: int, tours: int) -> tuple[ScheduleRow, ...]:
    """The year's dates on working days: the plan, the two diagnosis rounds and their reviews, the year-end report."""
    with db.read() as s:
        rule, extra = settings._review_rule(s), settings._extra_holidays(s)
        stored = {r.code: r.review_due for r in s.scalars(select(models.Round).where(models.Round.year == year))}
    rows = [ScheduleRow(last_working_day_of_month(year, 1, extra), "갈등관리 종합계획 수립·보고",
                        "전년도 결과와 올해 일정 (이 문서)")]
    for half in (1, 2):
        rid = RoundId(year, half)
        rows.append(ScheduleRow(_first_working_day(year, rid.month, extra), f"{rid} 갈등진단 착수 ({rid.label})",
                                "사업 목록 가져오기, 진단대상 선정, 부서 작성 파일 발송"))
        due = stored.get(str(rid)) or review_due_date(rid, rule, extra)
        rows.append(ScheduleRow(due, f"{rid} 중점관리 사업 정기점검 마감", "점검 마감 규칙 (설정)에 따름"))
    if tours:
        for n, month in enumerate(_tour_months(tours), 1):
            rows.append(ScheduleRow(_first_working_day(year, month, extra), f"군·구 순회 교육 {n}회차 (예정)",
                                    "개최 군·구와 날짜는 협의하여 정함"))
    rows.append(ScheduleRow(last_working_day_of_month(year, 12, extra), "연간 갈등관리 결과 보고",
                            "상·하반기 진단, 조정·공론화, 교육·예산 실적"))
    return tuple(sorted(rows, key=lambda r: (r.on, r.what)))


def _tour_months(tours: int) -> list[int]:
    """Months spread over March–November for ``tours`` courses (3 → April, July, October)."""
    tours = min(tours, 9)
    return [2 + int((n + 0.5) * 9 / tours + 0.5) for n in range(tours)] if tours else []


def year_plan(db: Database, year: int, *, as_of: date | None = None) -> YearPlan:
    """갈등관리 종합계획 draft of ``year``: the results of ``year - 1``, this year's schedule, training, budget and the key
    cases carried in from the last round before the year."""
    year = checked_year(year, 1901)  # the plan reads the year before
    last = year_results(db, year - 1, as_of=as_of)
    before = [r.code for r in list_rounds(db) if RoundId.parse(r.code).year < year]  # newest first
    carried: list[KeyCase] = []
    source = before[0] if before else None
    if source is not None:
        _figures, carried = _round_figures(db, source, min(as_of or date.today(), RoundId.parse(source).last_day))
    this_training = _training(db, year)
    with db.read() as s:
        tours = training._targets_in(s).tours_per_year
    return YearPlan(year=year, last=last, schedule=_schedule(db, year, tours), training=this_training,
                    budget=_budget(db, year), carried_from=source, carried_in=tuple(carried))

