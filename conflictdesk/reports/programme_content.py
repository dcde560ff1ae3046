"""The sections of the 연간 갈등관리 결과 and the 갈등관리 종합계획 draft, once, as plain tables: the PDF
(reports/programme_pdf.py) and the HWPX (reports/programme_hwpx.py) render the same rows."""

from __future__ import annotations

from dataclasses import dataclass

from conflictdesk.domain.dates import format_date
from conflictdesk.domain.money import format_won
from conflictdesk.services.programme_dtos import (
    BudgetFigures,
    KeyCase,
    TrainingFigures,
    YearPlan,
    YearResults,
)

ANNUAL_TITLE = "연간 갈등관리 결과"
PLAN_TITLE = "갈등관리 종합계획 (안)"
QUARTERS = ("1분기", "2분기", "3분기", "4분기")


@dataclass(frozen=True)
class Table:
    """A table: a header row and rows; without a header, label/value rows (the labels in the first column)."""

    rows: tuple[tuple[str, ...], ...]
    header: tuple[str, ...] = ()
    widths: tuple[float, ...] = ()  # relative column widths on the PDF (equal when empty)
    empty: str = "기록 없음"
    total: bool = False  # the last row is a total
    center: tuple[int, ...] = ()  # columns centred on the PDF (numbers)


@dataclass(frozen=True)
class Section:
    heading: str
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()
    chart: str = ""  # "rounds", "budget": the PDF and the HWPX draw this chart after the tables


def _n(value: int) -> str:
    return f"{value:,}"


def _kv(*rows: tuple[str, str]) -> Table:
    return Table(rows=tuple((label, value or "—") for label, value in rows), widths=(1, 3))


def round_table(results: YearResults) -> Table:
    """Both rounds side by side: one column per round."""
    rounds = results.rounds
    lines = [
        ("진단 사업", [_n(r.screened) for r in rounds]),
        ("진단대상", [_n(r.targets) for r in rounds]),
        ("1등급", [_n(r.g1) for r in rounds]),
        ("2등급", [_n(r.g2) for r in rounds]),
        ("3등급", [_n(r.g3) for r in rounds]),
        ("등급 미확정", [_n(r.ungraded) for r in rounds]),
        ("중점관리 (1·2등급)", [_n(r.key_cases) for r in rounds]),
        ("신규 진입", [_n(r.new) for r in rounds]),
        ("계속 (이월)", [_n(r.carried) for r in rounds]),
        ("제외", [_n(r.dropped) for r in rounds]),
        ("의무 미이행", [_n(r.unmet) for r in rounds]),
        ("정기점검 (완료 / 대상)", [f"{r.reviews_done:,} / {r.reviews:,}" for r in rounds]),
        ("점검 기한 경과", [_n(r.reviews_overdue) for r in rounds]),
        ("점검 마감일", [format_date(r.review_due) or "—" for r in rounds]),
    ]
    return Table(header=("구분", *(f"{r.round_code}\n{r.round_label}" for r in rounds)),
                 rows=tuple((label, *values) for label, values in lines) if rounds else (),
                 widths=(2, *(1.5,) * len(rounds)), empty="이 해에 열린 진단 차수가 없습니다.",
                 center=tuple(range(1, len(rounds) + 1)))


def case_flow(results: YearResults) -> Table:
    return _kv(("신규 진입", f"{results.entered:,}건 (차수별 신규 중점관리의 합)"),
               ("전년도에서 이월", f"{results.carried_in:,}건"),
               ("해소·종결", f"{len(results.resolved):,}건"),
               ("중점관리 제외", f"{results.dropped:,}건"),
               ("다음 해로 이월", f"{results.carried_out:,}건 (마지막 차수의 중점관리 사업)"))


def grade_stage_table(results: YearResults) -> Table:
    rows = [(stage, _n(g1), _n(g2), _n(g1 + g2)) for stage, g1, g2 in results.grade_by_stage()]
    if rows:
        rows.append(("합계", _n(sum(c.grade == 1 for c in results.key_cases)),
                     _n(sum(c.grade == 2 for c in results.key_cases)), _n(len(results.key_cases))))
    return Table(header=("갈등 단계", "1등급", "2등급", "계"), rows=tuple(rows), widths=(2, 1, 1, 1),
                 empty="중점관리 사업 없음", total=bool(rows), center=(1, 2, 3))


def key_case_table(cases: tuple[KeyCase, ...]) -> Table:
    return Table(header=("부서", "사업코드", "사업명", "등급", "갈등 단계"),
                 rows=tuple((c.department, c.code, c.name, f"{c.grade}등급", c.stage) for c in cases),
                 widths=(1.4, 1.3, 3.2, 0.7, 1), empty="이월되는 중점관리 사업 없음", center=(1, 3, 4))


def resolved_table(results: YearResults) -> Table:
    return Table(header=("부서", "사업코드", "사업명", "일자", "구분"),
                 rows=tuple((r.department, r.code, r.name, format_date(r.on), r.how) for r in results.resolved),
                 widths=(1.4, 1.3, 3, 1.1, 0.7), empty="해소·종결된 사업 없음", center=(1, 3, 4))


def stage_move_table(results: YearResults) -> Table:
    return Table(header=("이전 단계", "변경 단계", "건수"), rows=tuple((a, b, _n(n)) for a, b, n in results.stage_moves),
                 widths=(2, 2, 1), empty="갈등 단계 변경 기록 없음", center=(2,))


def mediation_tables(results: YearResults) -> tuple[Table, Table]:
    m = results.mediation
    facts = _kv(("전문가 배정", f"{m.assignments:,}건"),
                ("조정 수당", f"{m.payments:,}건 · {format_won(m.allowance_won)}"),
                ("갈등조정협의회", f"{len(m.councils):,}개 · 회의 {m.meetings:,}회"),
                ("합의사항 이행", f"{m.items_done:,} / {m.items:,}건 이행 완료"))
    councils = Table(header=("사업코드", "사업명", "구성일", "회의", "결과 문서", "합의", "이행", "기한 경과"),
                     rows=tuple((c.code, c.project, format_date(c.formed_on), f"{c.meetings:,}회",
                                 f"{c.result}\n({format_date(c.result_on)})" if c.result and c.result_on
                                 else c.result or "—", _n(c.items), _n(c.done), _n(c.overdue)) for c in m.councils),
                     widths=(1.55, 2.4, 1.25, 0.6, 1.5, 0.6, 0.6, 0.8), empty="활동한 협의회 없음",
                     center=(0, 2, 3, 5, 6, 7))
    return facts, councils


def deliberation_tables(results: YearResults) -> tuple[Table, Table]:
    d = results.deliberation
    counts = Table(header=("공론화 결정", "안건 수"), rows=(*((label, _n(n)) for label, n in d.by_decision),
                                                      ("합계", _n(len(d.rows)))),
                   widths=(2, 1), total=True, center=(1,))
    items = Table(header=("접수·시작일", "안건", "출처", "결정"),
                  rows=tuple((format_date(r.opened), r.title, r.source, r.decision) for r in d.rows),
                  widths=(1.1, 3.5, 1.2, 0.8), empty="이 해에 접수된 공론화 안건 없음", center=(0, 3))
    return counts, items


def training_tables(figures: TrainingFigures, *, planned: bool = False) -> tuple[Table, Table]:
    targets = Table(header=("목표", "목표치", "실적", "판정", "남은 군·구"),
                    rows=tuple((t.name, _n(t.goal), _n(t.done), t.verdict, ", ".join(t.remaining) or "—")
                               for t in figures.targets),
                    widths=(2, 0.7, 0.7, 0.8, 3), center=(1, 2, 3))
    rows = [(format_date(t.held_on), t.kind + (f"\n{t.district}" if t.district else ""), t.title,
             f"{t.attendees:,}명", format_won(t.cost_won), t.departments or "—") for t in figures.sessions]
    if rows:
        rows.append(("합계", f"{len(rows):,}회", "", f"{figures.attendees:,}명", format_won(figures.cost_won), ""))
    sessions = Table(header=("일자", "구분", "과정", "인원", "교육비", "참석 부서 (참석자)"), rows=tuple(rows),
                     widths=(1.25, 1.3, 2, 0.7, 1.35, 2.4), total=bool(rows), center=(0, 1, 3, 4),
                     empty="이미 잡힌 교육 과정 없음" if planned else "이 해의 교육 기록 없음")
    return targets, sessions


def budget_table(figures: BudgetFigures, *, quarters_planned_only: bool = False) -> Table:
    rows = []
    for line in (*figures.lines, figures.total):
        if quarters_planned_only:
            rows.append((line.line, format_won(line.planned_won), *(format_won(p) for p, _s in line.quarters)))
        else:
            rows.append((line.line, format_won(line.planned_won), format_won(line.spent_won),
                         format_won(line.remaining_won), line.rate))
    if quarters_planned_only:
        return Table(header=("항목", "연간 계획", *QUARTERS), rows=tuple(rows), widths=(1, 1.4, 1.2, 1.2, 1.2, 1.2),
                     total=True, center=())
    return Table(header=("항목", "계획", "집행", "잔액", "집행률"), rows=tuple(rows), widths=(1, 1.4, 1.4, 1.4, 0.8),
                 total=True, center=(4,))


def budget_quarter_table(figures: BudgetFigures) -> Table:
    """집행 / 계획 per quarter of the whole programme."""
    t = figures.total
    return Table(header=("", *QUARTERS), rows=(
        ("계획", *(format_won(p) for p, _s in t.quarters)),
        ("집행", *(format_won(s) for _p, s in t.quarters)),
        ("잔액", *(format_won(p - s) for p, s in t.quarters))), widths=(0.8, 1.3, 1.3, 1.3, 1.3))


def annual_sections(results: YearResults) -> list[Section]:
    counts, items = deliberation_tables(results)
    facts, councils = mediation_tables(results)
    targets, sessions = training_tables(results.training)
    flagged = Table(header=("부서", "중점관리 사업", "교육 이수 인원"),
                    rows=tuple((d, _n(k), _n(t)) for d, k, t in results.training.flagged),
                    widths=(2, 1, 1), empty="없음", center=(1, 2))
    return [
        Section("1. 진단 차수 (상·하반기 비교)", (round_table(results),), chart="rounds"),
        Section("2. 중점관리 사업의 진입·해소·이월", (case_flow(results), resolved_table(results))),
        Section("2-1. 다음 해로 이월되는 중점관리 사업", (key_case_table(results.key_cases),),
                notes=(f"{results.rounds[-1].round_code if results.rounds else '—'} 차수의 중점관리 사업입니다.",)),
        Section("3. 중점관리 사업의 등급과 갈등 단계", (grade_stage_table(results), stage_move_table(results)),
                notes=(f"마지막 차수의 중점관리 사업 {len(results.key_cases):,}건의 카드 단계와 이 해의 단계 변경 기록입니다.",)),
        Section("4. 갈등조정 활동 (전문가·수당·협의회)", (facts, councils)),
        Section("5. 공론화", (counts, items), notes=("공론화 안건 목록에서 이 해에 접수·시작된 안건을 결정별로 셉니다.",)),
        Section("6. 공직자 갈등관리 교육 (목표 대비)", (targets, sessions), notes=("참석자 이름은 가려서 적습니다.",)),
        Section("6-1. 교육이 필요한 부서", (flagged,),
                notes=("중점관리 사업 수가 교육 이수 인원(그 해까지 누계)보다 많은 부서입니다.",)),
        Section("7. 예산 (계획 대비 집행)", (budget_table(results.budget), budget_quarter_table(results.budget)),
                chart="budget"),
    ]


def annual_subtitle(results: YearResults) -> str:
    return f"{results.year}년 · 기준일 {format_date(results.as_of)}"


def plan_sections(plan: YearPlan) -> list[Section]:
    last = plan.last
    counts, _items = deliberation_tables(last)
    facts, _councils = mediation_tables(last)
    carried = key_case_table(plan.carried_in)
    targets, sessions = training_tables(plan.training, planned=True)
    done = last.training
    return [
        Section(f"1. {last.year}년 추진 결과", (
            round_table(last), case_flow(last), grade_stage_table(last), facts, counts,
            _kv(("교육", f"{len(done.sessions):,}회 · {done.attendees:,}명 · {format_won(done.cost_won)}"),
                *((t.name, f"{t.done:,} / {t.goal:,} {t.verdict}") for t in done.targets),
                ("예산 집행", f"{format_won(last.budget.total.spent_won)} / {format_won(last.budget.total.planned_won)}"
                             f" ({last.budget.total.rate})"))),
            notes=(f"{last.year}년 연간 갈등관리 결과와 같은 자료입니다.",), chart="rounds"),
        Section(f"2. {plan.year}년 추진 일정", (Table(
            header=("일자", "추진 내용", "비고"),
            rows=tuple((format_date(r.on), r.what, r.note) for r in plan.schedule), widths=(1, 2.6, 2.6),
            center=(0,)),), notes=("모든 일자는 주말·공휴일·설정한 휴일을 피한 근무일입니다.",)),
        Section(f"3. {plan.year}년 교육 계획", (targets, sessions)),
        Section(f"4. {plan.year}년 예산 (분기별 계획)", (budget_table(plan.budget, quarters_planned_only=True),)),
        Section(f"5. 이월 중점관리 사업 ({plan.carried_from or '이전 차수 없음'})", (carried,),
                notes=(f"{len(plan.carried_in):,}건을 {plan.year}년 첫 차수에서 계속 관리합니다.",)),
    ]


def plan_subtitle(plan: YearPlan) -> str:
    return f"{plan.year}년 · 초안 (자료에서 만든 뒤 담당자가 고쳐 씀)"
