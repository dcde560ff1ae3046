"""The one table of record field names → Korean labels (the audit trail's 항목 column, in the GUI and its CSV).

The audit trail stores the model attribute that changed (``confirmed_grade``); people read "확정 등급". The GUI
translates these labels (``ui/domain_strings.py`` collects them); ``tests/test_audit_labels.py`` fails when a
model column that the audit trail records has no label here.
"""

from __future__ import annotations

#: Label by attribute name, the same for every record kind unless ``ENTITY_FIELD_LABELS`` says otherwise.
FIELD_LABELS: dict[str, str] = {
    "acted_on": "조치일",
    "active": "사용 여부",
    "added_mid_round": "차수 중 추가",
    "affiliation": "소속",
    "agreement_item_id": "합의사항",
    "alert_level": "경보 수준",
    "amount_won": "금액(원)",
    "annual_won": "연간 예산(원)",
    "attendees": "참석자",
    "background": "추진 배경",
    "basic_rules": "기본 규칙",
    "budget_won": "총사업비(원)",
    "bureau": "실·국",
    "cancel_reason": "취소 사유",
    "cancelled_on": "취소일",
    "card_id": "갈등관리카드",
    "carried_over": "이월 여부",
    "carry_over": "이월 판단",
    "changed_on": "변경일",
    "closed_at": "마감 시각",
    "closed_on": "종결일",
    "closure_reason": "종결 사유",
    "code": "코드",
    "confirmed_grade": "확정 등급",
    "confirmed_on": "확정일",
    "conflict_types": "갈등 유형",
    "conflict_visible": "갈등 표출",
    "contact": "연락처",
    "cooperating_departments": "협조 부서",
    "cost_won": "비용(원)",
    "council_id": "갈등조정협의회",
    "count": "횟수",
    "criteria": "해당 진단기준",
    "day": "날짜",
    "decision_authority": "전결권자",
    "department_id": "부서",
    "district": "구·군",
    "done_on": "완료일",
    "due": "기한",
    "end_on": "종료일",
    "environmental_impact": "환경영향평가",
    "expert_id": "갈등조정전문가",
    "fallback": "대안",
    "field": "분야",
    "findings": "점검 결과",
    "formed_on": "구성일",
    "from_stage": "이전 단계",
    "goal": "목표",
    "grade": "등급",
    "grade_recommendation": "등급 의견",
    "half": "반기",
    "held_on": "개최일",
    "hours": "시간",
    "influence": "영향력",
    "instructor_expert_id": "강사(전문가)",
    "instructor_name": "강사",
    "interests": "관심사",
    "is_open": "공개 여부",
    "is_target": "진단대상",
    "issues": "주요 쟁점",
    "key": "설정 항목",
    "kind": "종류",
    "legality_note": "적법성 검토",
    "line": "예산 항목",
    "manager": "담당자",
    "materials": "교육 자료",
    "midterm_plan": "중기재정계획",
    "minutes": "회의록",
    "name": "이름",
    "names": "명단",
    "note": "비고",
    "notes": "비고",
    "observed_on": "관찰일",
    "opened_at": "개시 시각",
    "outlook": "전망",
    "override_reason": "등급 변경 사유",
    "owner": "담당",
    "owner_level": "해결 주체",
    "paid_on": "지급일",
    "participants": "참석 인원",
    "party": "개인·단체",
    "phase": "사업 단계",
    "place": "장소",
    "plan_id": "대응계획",
    "plan_item_id": "조치항목",
    "position": "순서",
    "progress": "이행 내용",
    "project_id": "사업",
    "proposed_on": "제안일",
    "purpose": "용도",
    "q1_won": "1분기(원)",
    "q2_won": "2분기(원)",
    "q3_won": "3분기(원)",
    "q4_won": "4분기(원)",
    "reason": "사유",
    "recommended_grade": "권고 등급",
    "recommended_on": "권고일",
    "region": "지역",
    "regulatory_ordinance": "규제 자치법규 제·개정",
    "replaces_project_id": "대체한 사업",
    "representative": "대표자",
    "result_kind": "조정 결과",
    "result_on": "결과일",
    "result_text": "결과 내용",
    "review_due": "점검 기한",
    "review_id": "정기점검",
    "reviewer": "점검자",
    "risk_scores": "위험 진단표",
    "risks": "위험 요인",
    "role": "역할",
    "round_id": "차수",
    "rules": "차수 규칙",
    "schedule": "일정",
    "screened_at": "선별 시각",
    "self_grade": "자체진단 등급",
    "self_graded_on": "자체진단일",
    "session_id": "교육",
    "side": "대변 측",
    "social_impact": "사회적 영향",
    "spent_on": "집행일",
    "stage": "갈등단계",
    "stage_since": "단계 시작일",
    "start_on": "시작일",
    "status": "상태",
    "strategies": "대응 전략",
    "strategy_note": "전략 메모",
    "suggested_grade": "제안 등급",
    "summary": "사업개요",
    "text": "내용",
    "title": "제목",
    "to_stage": "새 단계",
    "traffic_impact": "교통영향평가",
    "unmasked": "마스킹 해제",
    "value": "값",
    "year": "연도",
}

#: Where one attribute name means something else on one record kind (``Project.name`` is 사업명).
ENTITY_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("Council", "name"): "협의회명",
    ("Department", "name"): "부서명",
    ("ExtraHoliday", "name"): "휴일 이름",
    ("Project", "code"): "사업코드",
    ("Project", "name"): "사업명",
    ("ResponsePlan", "budget_won"): "대응 예산(원)",
    ("Round", "code"): "차수",
    ("Stakeholder", "position"): "입장",
    ("TrainingAttendance", "count"): "인원",
}


def field_labels(entity: str, field: str) -> list[str]:
    """The Korean label of each attribute in ``field`` (one name, or several joined by commas: ``name,contact``).

    An unknown name is kept as stored, so nothing recorded is ever hidden.
    """
    names = [name.strip() for name in field.split(",") if name.strip()]
    return [ENTITY_FIELD_LABELS.get((entity, name)) or FIELD_LABELS.get(name, name) for name in names]


def field_label(entity: str, field: str) -> str:
    """``field`` of a record kind in Korean (``Diagnosis``, ``confirmed_grade`` → 확정 등급); "" stays ""."""
    return ", ".join(field_labels(entity, field))


def all_labels() -> list[str]:
    """Every label, for the GUI's translation list."""
    return list(dict.fromkeys([*FIELD_LABELS.values(), *ENTITY_FIELD_LABELS.values()]))
