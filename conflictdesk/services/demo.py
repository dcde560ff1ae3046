"""Demo city: deterministic, realistic sample data (rounds 2019-2 … 2020-2), fast enough for 100,000 projects."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select

from conflictdesk.domain.calendar import review_due_date
from conflictdesk.domain.enums import ConflictStage, ConflictType, ProjectPhase
from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.rounds import RoundId
from conflictdesk.domain.screening import RuleSet, ScreeningInput, screen_project
from conflictdesk.domain.text import search_key
from conflictdesk.services import demo_data as V
from conflictdesk.store import audit
from conflictdesk.store.engine import Database
from conflictdesk.store.models import (
    ActionEntry,
    AgreementItem,
    AllowancePayment,
    Base,
    BudgetLine,
    BudgetSpending,
    Card,
    CardSnapshot,
    Council,
    CouncilMeeting,
    CouncilMember,
    Department,
    Diagnosis,
    Expert,
    ExpertAssignment,
    ImpactAnalysis,
    MainIssue,
    PlanItem,
    Project,
    ResponsePlan,
    Review,
    Round,
    Signal,
    StageTransition,
    Stakeholder,
    TrainingAttendance,
    TrainingSession,
    table_of,
    utcnow,
)

ROUNDS = ("2019-2", "2020-1", "2020-2")
STAGE_PATH = (ConflictStage.LATENT, ConflictStage.SURFACED, ConflictStage.SPREADING, ConflictStage.DEADLOCK,
              ConflictStage.EASING)

ProgressFn = Callable[[int, str], bool]  # (percent, message) -> keep going?


@dataclass(frozen=True)
class DemoResult:
    projects: int
    key_cases: int
    experts: int


class DemoCancelled(DomainError):
    code = "cancelled"


_table = table_of


def _person(rng: random.Random) -> str:
    return rng.choice(V.SURNAMES) + rng.choice(V.GIVEN)


def _phone(rng: random.Random) -> str:
    return f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"


def _budget(rng: random.Random) -> int | None:
    if rng.random() < 0.04:
        return None
    # log-normal around 8억 won; about 15% of projects reach 40억.
    millions = round(rng.lognormvariate(6.7, 1.6), 1)
    return int(millions * 1_000_000)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def has_data(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count(Project.id))))


def clear_all(db: Database) -> None:
    """Delete every row except the audit trail (demo ``--replace``)."""
    with db.write(reason="데모 데이터로 교체") as s:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in ("audit_log", "settings"):
                s.execute(delete(table))
        audit.record(s, "clear", "database", "", new="데모 데이터로 교체하기 위해 모든 기록 삭제")


def _advance_sequences(conn: Any) -> None:
    """PostgreSQL: rows inserted with explicit ids leave the id sequences behind; move each past its table's
    largest id, or the next insert (an import, a new card) fails with a duplicate key."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)")


def generate(db: Database, *, projects: int = 300, seed: int = 2020,
             progress: ProgressFn | None = None) -> DemoResult:
    """Fill an empty database with a demo city. Same seed, same data."""
    if projects < 1:
        raise DomainError("bad_count")
    if has_data(db):
        raise DomainError("not_empty")
    rng = random.Random(seed)

    def report(pct: int, msg: str) -> None:
        if progress is not None and not progress(pct, msg):
            raise DemoCancelled("데모 데이터 생성을 취소했습니다.")

    with db.write(reason=f"데모 데이터 생성 (사업 {projects}건, seed {seed})") as s:
        s.info["audit_disabled"] = True  # bulk rows; one summary line is recorded below
        conn = s.connection()
        report(0, "부서 만드는 중")
        dept_rows = [{"id": i + 1, "name": d, "bureau": b, "active": True}
                     for i, (b, d, _k) in enumerate(V.DEPARTMENTS)]
        conn.execute(insert(_table(Department)), dept_rows)

        rules = RuleSet()
        round_ids: dict[str, int] = {}
        for i, code in enumerate(ROUNDS):
            rid = RoundId.parse(code)
            opened = date(rid.year, rid.month, 2)
            round_ids[code] = i + 1
            conn.execute(insert(_table(Round)), [{
                "id": i + 1, "code": code, "year": rid.year, "half": rid.half,
                "opened_at": utcnow().replace(year=opened.year, month=opened.month, day=opened.day),
                "rules": {"screening": rules.to_dict()}, "review_due": review_due_date(rid), "note": "",
            }])

        # --- projects and screening -------------------------------------------------------------
        report(5, "사업 만드는 중")
        proj_rows: list[dict[str, Any]] = []
        inputs: list[ScreeningInput] = []
        first_round: list[int] = []
        now = utcnow()
        for pid in range(1, projects + 1):
            dept_index = rng.randrange(len(V.DEPARTMENTS))
            bureau, dept, kinds = V.DEPARTMENTS[dept_index]
            place = rng.choice(V.PLACES)
            name = f"{place} {rng.choice(kinds)}{rng.choice(V.SUFFIXES)}"
            year = 2019 if rng.random() < 0.7 else 2020
            code = f"{year}-{pid:06d}"
            budget = _budget(rng)
            authority = _weighted(rng, V.DECISION_AUTHORITIES)
            big = budget is not None and budget >= 4_000_000_000
            inp = ScreeningInput(
                tia=rng.random() < (0.18 if big else 0.03),
                eia=rng.random() < (0.12 if big else 0.02),
                decision_authority=authority,
                budget_won=budget,
                midterm=rng.random() < (0.6 if big else 0.05),
                ordinance=rng.random() < 0.03,
                visible=rng.random() < 0.03,
            )
            inputs.append(inp)
            first_round.append(0 if year == 2019 else rng.choice((1, 2)))
            manager = _person(rng)
            proj_rows.append({
                "id": pid, "code": code, "name": name, "department_id": dept_index + 1,
                "manager": manager, "contact": f"032-440-{rng.randint(1000, 9999)}",
                "summary": f"{place} 일원 {name} 추진", "budget_won": budget,
                "midterm_plan": inp.midterm, "traffic_impact": inp.tia, "environmental_impact": inp.eia,
                "decision_authority": authority, "regulatory_ordinance": inp.ordinance,
                "conflict_visible": inp.visible, "note": "", "search_key": search_key(name, code, dept),
                "created_at": now, "updated_at": now, "version": 1,
            })
        for start in range(0, len(proj_rows), 20000):
            conn.execute(insert(_table(Project)), proj_rows[start:start + 20000])
            report(5 + 30 * (start + 20000) // max(len(proj_rows), 1), "사업 저장 중")

        results = [screen_project(inp, rules) for inp in inputs]
        targets = [i for i, r in enumerate(results) if r.is_target]
        # A handful of key cases (grade 1–2), chosen among targets with visible conflict first.
        n_key = max(4, min(40, projects // 40))
        ranked = sorted(targets, key=lambda i: (not inputs[i].visible, not inputs[i].eia, rng.random()))
        key = ranked[:n_key]
        key_grade = {i: (1 if k < max(1, n_key // 3) else 2) for k, i in enumerate(key)}

        report(40, "진단 결과 저장 중")
        screened_at = now
        for r_index, code in enumerate(ROUNDS):
            rid = RoundId.parse(code)
            graded_on = date(rid.year, rid.month, 20)
            diag_rows: list[dict[str, Any]] = []
            for i, res in enumerate(results):
                if first_round[i] > r_index:
                    continue
                grade: int | None = None
                carry: str | None = None
                if res.is_target:
                    grade = key_grade.get(i, 3)
                    if i in key_grade and r_index == 0 and key.index(i) % 4 == 3:
                        grade = 3  # became a key case later
                    # key in the round before → carried into this one and decided (계속 or 재선정)
                    if r_index > 0 and i in key_grade and not (r_index == 1 and key.index(i) % 4 == 3):
                        carry = "continued" if key.index(i) % 5 else "reselected"
                diag_rows.append({
                    "round_id": round_ids[code], "project_id": i + 1,
                    "criteria": ",".join(c.value for c in res.criteria), "is_target": res.is_target,
                    "screened_at": screened_at, "carry_over": carry, "carried_over": carry is not None,
                    "added_mid_round": False,
                    "owner_level": grade, "risk_scores": {}, "alert_level": "none",
                    "self_grade": min(3, grade + 1) if grade else None,
                    "self_graded_on": graded_on - timedelta(days=10) if grade else None,
                    "recommended_grade": grade, "recommended_on": graded_on - timedelta(days=3) if grade else None,
                    "confirmed_grade": grade, "confirmed_on": graded_on if grade else None,
                    "suggested_grade": grade, "override_reason": "", "note": "", "version": 1,
                })
            for start in range(0, len(diag_rows), 20000):
                conn.execute(insert(_table(Diagnosis)), diag_rows[start:start + 20000])
            report(40 + 15 * (r_index + 1), f"{code} 진단 저장 중")

        # --- cards, plans, reviews for key cases ------------------------------------------------
        report(90, "갈등관리카드 만드는 중")
        for n, i in enumerate(key):
            _make_case(s, rng, i + 1, proj_rows[i], key_grade[i], round_ids, n)

        experts = _make_experts(s, rng)
        grade1 = [i + 1 for i in key if key_grade[i] == 1]
        _make_mediation(s, rng, experts, grade1, [i + 1 for i in key])
        _make_around(s, rng, experts, [i + 1 for i in key])
        _make_analysis(s, grade1)
        from conflictdesk.services.pre_review_demo import add_demo_pre_reviews

        add_demo_pre_reviews(s)
        s.info["audit_disabled"] = False
        s.flush()  # rows still pending (some with explicit ids) are inserted before the sequences move
        _advance_sequences(conn)
        audit.record(s, "demo", "database", "", new=f"사업 {projects}건, 중점관리 {len(key)}건, seed {seed}")
        report(100, "완료")
    return DemoResult(projects=projects, key_cases=len(key), experts=len(experts))


def _make_case(s: Any, rng: random.Random, project_id: int, proj: dict[str, Any], grade: int,
               round_ids: dict[str, int], n: int) -> None:
    place = proj["name"].split(" ")[0]
    types = rng.sample([t.value for t in (ConflictType.INTEREST, ConflictType.VALUE, ConflictType.FACT,
                                          ConflictType.STRUCTURE, ConflictType.RELATION)], k=2)
    types.append(rng.choice((ConflictType.NIMBY, ConflictType.PIMFY)).value)
    types.append(rng.choice((ConflictType.CIVIL_GOV, ConflictType.GOV_GOV, ConflictType.CIVIL_CIVIL)).value)
    depth = rng.randint(2, len(STAGE_PATH))
    stages = STAGE_PATH[:depth]
    day = date(2019, 3, 1) + timedelta(days=rng.randint(0, 120))
    card = Card(project_id=project_id, conflict_types=types, field=rng.choice(V.EXPERT_FIELDS),
                stage=stages[-1].value, phase=rng.choice(list(ProjectPhase)).value,
                social_impact=f"{place} 일대 주민 약 {rng.randint(2, 40) * 500:,}명에 영향, 인근 학교·상권 포함",
                outlook=rng.choice(V.OUTLOOKS))
    prev: str | None = None
    for st in stages:
        card.transitions.append(StageTransition(from_stage=prev, to_stage=st.value, changed_on=day,
                                                reason=f"{st.label} 단계 진입: 현장 확인 및 민원 동향 반영"))
        prev = st.value
        day += timedelta(days=rng.randint(30, 120))
    card.stage_since = card.transitions[-1].changed_on
    for pos, (text, kind) in enumerate(rng.sample(V.ISSUES, k=rng.randint(2, 4))):
        card.issues.append(MainIssue(position=pos, text=text, kind=kind))
    for tmpl, kind in rng.sample(V.STAKEHOLDER_GROUPS, k=rng.randint(3, 5)):
        group = tmpl.format(place=place, place2=rng.choice(("부천", "김포", "시흥")))
        card.stakeholders.append(Stakeholder(
            name=group, kind=kind, position=rng.choice(("반대", "조건부 찬성", "찬성", "중립")),
            interests=rng.choice(("생활환경 보호", "재산가치 보전", "사업 조속 추진", "절차적 정당성")),
            influence=rng.randint(2, 5), representative=_person(rng), contact=_phone(rng), party="organisation"))
    card.stakeholders.append(Stakeholder(name=_person(rng), kind="residents", position="반대",
                                         interests="생활 피해 보상", influence=2, representative="",
                                         contact=_phone(rng), party="person"))
    base = date(2020, 9, 1)
    for _ in range(rng.randint(3, 7)):
        kind = rng.choice(("complaint", "complaint", "group_complaint", "protest", "media", "petition"))
        count = {"complaint": rng.randint(1, 9), "group_complaint": rng.randint(5, 120),
                 "protest": rng.randint(1, 5), "media": rng.randint(1, 4), "petition": 1}[kind]
        card.signals.append(Signal(kind=kind, observed_on=base + timedelta(days=rng.randint(0, 100)),
                                   count=count, note=""))
    act_day = date(2019, 8, 1)
    for _ in range(rng.randint(3, 6)):
        act_day += timedelta(days=rng.randint(20, 90))
        card.actions.append(ActionEntry(acted_on=act_day,
                                        text=rng.choice(V.ACTIONS).format(n=rng.randint(20, 200))))
    plan = ResponsePlan(background=f"{proj['name']} 추진 과정에서 {place} 주민 반발이 이어지고 있음.",
                        goal="이해관계자 참여를 통한 합의 형성과 사업의 안정적 추진",
                        strategies=rng.sample(["주민설명회", "숙의경청회", "전문가 자문", "갈등영향분석",
                                               "공론화", "갈등조정협의회"], k=3),
                        cooperating_departments=rng.choice(("도시계획과, 도로과", "환경정책과", "예산담당관실")),
                        budget_won=rng.randint(1, 30) * 10_000_000, risks="주민 반대 장기화, 인허가 지연",
                        fallback="대체부지 재검토 및 단계적 추진")
    item_day = date(2020, 2, 1)
    for pos, title in enumerate(rng.sample(V.PLAN_ITEMS, k=rng.randint(3, 5))):
        item_day += timedelta(days=rng.randint(30, 90))
        done = item_day < date(2020, 9, 1) and rng.random() < 0.7
        plan.items.append(PlanItem(position=pos, title=title, owner=_person(rng) + " 주무관", due=item_day,
                                   status="done" if done else rng.choice(("planned", "in_progress")),
                                   done_on=item_day if done else None))
    card.plan = plan
    s.add(card)
    s.flush()
    last = len(round_ids) - 1
    for k, (code, rid) in enumerate(round_ids.items()):
        r = RoundId.parse(code)
        g = grade if not (code == "2019-2" and n % 4 == 3) else 3
        # Earlier rounds saw an earlier stage, fewer issues and another outlook, so 변경 이력 has content;
        # the latest round's snapshot matches the card.
        behind = last - k
        shown = card.issues[:max(1, len(card.issues) - behind)] if behind else card.issues
        outlook = card.outlook if behind == 0 else V.OUTLOOKS[(n + k) % len(V.OUTLOOKS)]
        s.add(CardSnapshot(card_id=card.id, round_id=rid, grade=g,
                           stage=stages[max(0, len(stages) - 1 - behind)].value,
                           phase=card.phase, issues=[{"text": i.text, "kind": i.kind} for i in shown],
                           outlook=outlook))
        if g in (1, 2) and not (code == "2020-1" and n % 4 == 3):  # first key in 2020-1: first review in 2020-2
            due = review_due_date(r)
            done = code != "2020-2" or rng.random() < 0.5
            s.add(Review(round_id=rid, project_id=project_id, due=due,
                         done_on=due - timedelta(days=rng.randint(0, 10)) if done else None,
                         reviewer=_person(rng) + " 주무관" if done else "",
                         findings="대응계획 이행 정상, 주민 소통 강화 필요" if done else "",
                         stage=card.stage if done else None, grade_recommendation=g if done else None))


def _make_experts(s: Any, rng: random.Random) -> list[Expert]:
    experts = []
    for n in range(50):
        e = Expert(name=_person(rng), field=rng.choice(V.EXPERT_FIELDS),
                   affiliation=rng.choice(V.EXPERT_AFFILIATIONS), region=rng.choice(V.REGIONS),
                   contact=_phone(rng), active=n % 17 != 16, notes="")
        s.add(e)
        experts.append(e)
    # The seed's "갈등조정전문가 수당 및 교육 등 (12 백만원)", 3 per quarter, split over the programme's lines.
    for year in (2019, 2020):
        for line, quarter in (("수당", 2_000_000), ("교육", 750_000), ("용역", 0), ("기타", 250_000)):
            s.add(BudgetLine(year=year, line=line, annual_won=quarter * 4, q1_won=quarter, q2_won=quarter,
                             q3_won=quarter, q4_won=quarter))
    s.add(BudgetSpending(line="기타", spent_on=date(2020, 3, 12), amount_won=120_000,
                         purpose="갈등관리심의위원회 회의 운영"))
    s.add(BudgetSpending(line="기타", spent_on=date(2020, 9, 8), amount_won=230_000, purpose="갈등관리 매뉴얼 인쇄"))
    s.flush()
    return experts


def _make_mediation(s: Any, rng: random.Random, experts: list[Expert], grade1: list[int],
                    key: list[int]) -> None:
    active = [e for e in experts if e.active]
    for n, pid in enumerate(grade1):
        e = active[n % len(active)]
        s.add(ExpertAssignment(expert_id=e.id, project_id=pid, role=("one_on_one", "mediation")[n % 2],
                               start_on=date(2020, 2, 10), end_on=None, note=""))
    for q in range(4):
        for _ in range(3):
            e = active[rng.randrange(len(active))]
            case = rng.choice(key) if key else None
            s.add(AllowancePayment(expert_id=e.id, project_id=case,
                                   paid_on=date(2020, q * 3 + 1, 1) + timedelta(days=rng.randint(5, 80)),
                                   amount_won=rng.choice((250_000, 300_000, 400_000, 500_000, 900_000)),
                                   purpose=rng.choice(("갈등조정 회의 참석", "자문 수당", "갈등영향분석 검토"))))
    if not grade1:
        return
    council = Council(project_id=grade1[0], name="갈등조정협의회", formed_on=date(2020, 3, 16),
                      basic_rules={"purpose": "사업 추진에 관한 이해관계자 간 합의 도출",
                                   "parties": "주민대책위원회, 사업부서", "chair_selection": "당사자 합의로 외부 전문가 선임",
                                   "schedule": "2020년 3월 ~ 10월, 월 1회", "procedure": "비공개 원칙, 합의 시 공개",
                                   "result_drafting": "합의 시 합의서 작성, 위원 전원 서명", "cost_sharing": "회의 비용은 시 부담",
                                   "other": "언론 대응은 위원장이 일원화"},
                      schedule="월 1회 정기회의, 필요시 임시회의", end_on=date(2020, 10, 30),
                      result_kind="agreement", result_on=date(2020, 10, 20),
                      result_text="주민지원기금 조성, 악취 저감설비 설치, 주민감시단 운영에 합의함.",
                      legality_note="법무담당관실 검토 결과 관계 법령 및 공익에 반하지 않음 (2020. 10. 15.)")
    chair = active[0]
    council.members.append(CouncilMember(position=0, name=chair.name, role="chair",
                                         affiliation=chair.affiliation, expert_id=chair.id))
    for k in range(4):
        council.members.append(CouncilMember(position=k + 1, name=_person(rng), role="party",
                                             affiliation="주민대책위원회" if k < 3 else "사업부서",
                                             side="주민" if k < 3 else "시"))
    for k in range(2):
        e = active[k + 1]
        council.members.append(CouncilMember(position=5 + k, name=e.name, role="expert",
                                             affiliation=e.affiliation, expert_id=e.id))
    council.members.append(CouncilMember(position=7, name=_person(rng), role="official", affiliation="시민정책담당관실"))
    for k, d in enumerate((date(2020, 4, 6), date(2020, 5, 11), date(2020, 7, 13), date(2020, 9, 14))):
        council.meetings.append(CouncilMeeting(held_on=d, place="시청 본관 회의실", attendees="위원 8명",
                                               minutes=f"제{k + 1}차 회의: 쟁점 정리 및 대안 논의",
                                               is_open=k == 3))
    for k, (text, due) in enumerate((("주민지원기금 조성 조례 개정", date(2021, 3, 31)),
                                     ("악취 저감설비 설치", date(2021, 6, 30)),
                                     ("주민감시단 구성·운영", date(2020, 12, 31)))):
        council.items.append(AgreementItem(position=k, text=text, owner="자원순환과", due=due,
                                           status="in_progress" if k < 2 else "done",
                                           done_on=due if k == 2 else None))
    s.add(council)


def _make_analysis(s: Any, grade1: list[int]) -> None:
    """A 갈등영향분석 of the first 1등급 case, paid by the project's department (no cost on the programme budget)."""
    if not grade1:
        return
    s.add(ImpactAnalysis(
        project_id=grade1[0], commissioned_on=date(2020, 3, 16), analyst_name="한국갈등관리연구원", cost_won=0,
        scope="사업 예정지 반경 2km 주민, 상인회, 환경단체 (주민 면담 42명, 설문 310부)",
        findings="보상보다 절차 참여 요구가 크고, 정보 공개 지연이 불신의 주된 원인임",
        recommended_grade=1, recommended_strategy="갈등조정협의회 구성\n사업 정보 정기 공개",
        report_ref="갈등영향분석보고서_2020-03.pdf"))


def _make_around(s: Any, rng: random.Random, experts: list[Expert], key: list[int]) -> None:
    course = TrainingSession(held_on=date(2020, 5, 20), kind="city", title="공공갈등 관리 역량강화 교육",
                             participants=86, place="시청 대회의실", hours=4.0, instructor_expert_id=experts[0].id,
                             cost_won=500_000, materials="공공갈등 관리 실무 교재")
    # Officers of half the departments with key cases (at most 8) attended; the others are flagged (trained < key
    # cases), so the 교육이 필요한 부서 list of the demo is never empty.
    key_departments = list(dict.fromkeys(
        s.scalars(select(Project.department_id).where(Project.id.in_(key[:200])).order_by(Project.id))))
    for n, department_id in enumerate(key_departments[:min(8, len(key_departments) // 2)]):
        course.attendances.append(TrainingAttendance(department_id=department_id, count=3 + n % 4,
                                                     names=", ".join(_person(rng) for _ in range(2))))
    s.add(course)
    for d, district in ((date(2020, 4, 14), "부평구"), (date(2020, 8, 25), "남동구"), (date(2020, 11, 10), "강화군")):
        s.add(TrainingSession(held_on=d, kind="district", district=district, title="찾아가는 갈등관리 교육",
                              participants=rng.randint(25, 60), place=f"{district}청 회의실", hours=2.0,
                              instructor_name="한국갈등관리연구원 강사", cost_won=250_000))
    from conflictdesk.services.deliberation_demo import add_demo_deliberation

    add_demo_deliberation(s)
