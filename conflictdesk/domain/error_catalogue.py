"""The error catalogue: every user-facing error's stable code and its Korean text with named parameters.

One catalogue renders every error. ``render(code, params)`` gives the Korean text (the default: the CLI, logs and
``str(error)``); the GUI renders the same code through the Qt translator (context ``Errors``, see
``ui/messages.py``), so the English UI shows English. ``ui/error_strings.py`` is generated from this module
(``make translations``) so that lupdate finds every text.

Rules for an entry: the code is ``snake_case`` and never changes once released (scripts and tests rely on it); the text
names what the user typed or chose (a row, a field, a file, a code) through ``{parameters}``; a parameter that is a
Korean domain word the GUI must translate is passed as :class:`Term` (or as an enum member with a ``label``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date


class Term(str):
    """A Korean domain word used as an error parameter (e.g. "협의회"): the GUI shows it translated."""


class Phrase:
    """A Korean phrase with its own parameters used as an error parameter ("{quarter}분기 계획"); listed in TERMS."""

    def __init__(self, template: str, **params: object) -> None:
        self.template, self.params = template, params

    def __str__(self) -> str:
        return self.template.format(**self.params)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"


#: code → Korean text. Keep entries grouped by the part of the product that raises them.
MESSAGES: dict[str, str] = {
    # --- generic -------------------------------------------------------------------------------------------------
    "value_required": "{field}을(를) 입력하세요.",
    "value_too_long": "{field} 값이 너무 깁니다 (최대 {limit}자): {value}…",
    "unknown_choice": "{field} 값 '{value}'을(를) 알 수 없습니다.",
    "date_required": "{field} 날짜가 없습니다.",
    "date_unreadable": "날짜 '{value}'을(를) 알 수 없습니다. 예: 2027. 1. 15. 또는 20270115",
    "date_impossible": "'{value}'은(는) 없는 날짜입니다.",
    "end_before_start": "{end_field}({end})이(가) {start_field}({start})보다 빠릅니다.",
    "cancelled": "가져오기를 취소했습니다. 아무것도 저장하지 않았습니다.",
    "stale_record": "이 {what}은(는) 다른 곳에서 먼저 수정되었습니다 (열었을 때 버전 {seen}, 현재 {current}). "
                    "저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요.",
    "stale_first_save": "이 {what}은(는) 화면을 연 뒤 다른 곳에서 먼저 처음 저장되었습니다 (현재 버전 {current}). "
                        "저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요.",
    "created_elsewhere": "같은 {what}을(를) 다른 곳에서 방금 먼저 만들었습니다. 저장하지 않았습니다. "
                         "다시 열어 변경 내용을 확인하세요.",
    # --- projects and rounds -------------------------------------------------------------------------------------
    "project_not_found": "사업코드 '{project}'인 사업이 없습니다.",
    "round_not_open": "진단 차수 {round}({label})가 아직 열리지 않았습니다.",
    "round_exists": "진단 차수 {round}는 이미 열려 있습니다.",
    "round_too_far": "진단 차수 {round}는 오늘({today})부터 1년 넘게 뒤의 차수라 열 수 없습니다. {latest}까지 열 수 있습니다.",
    # --- the yearly cycle: grading targets, carried cases (docs/업무규칙.md) ---------------------------------------
    "not_a_target": "사업 {project}은(는) {round} 진단대상이 아니어서 등급을 정할 수 없습니다. 먼저 진단대상으로 "
                    "추가하세요: conflictdesk target add {project} --round {round} --reason …",
    "carry_reason_required": "이월 판단({decision})에는 사유가 필요합니다.",
    "carry_resolve_no_grade": "해소·제외에는 등급을 지정하지 않습니다.",
    "carry_continue_keeps_grade": "계속은 이월된 등급({grade}등급)을 유지합니다. 다른 등급이면 하향 또는 재선정을 고르세요.",
    "carry_downgrade_lower": "하향은 이월된 등급({grade}등급)보다 낮은 2 또는 3등급이어야 합니다.",
    "carry_code_required": "이월 판단을 기록하려면 사업코드를 주세요: conflictdesk carryover CODE --round R "
                           "--decision … --reason …",
    "carry_decision_required": "--decision을 주세요: {choices}",
    "round_format_invalid": "진단 차수 형식이 올바르지 않습니다: {value}. 'YYYY-1'(상반기) 또는 'YYYY-2'(하반기) 형식으로 "
                            "입력하세요 (예: 2020-1).",
    "round_part_not_integer": "{field}은(는) 정수여야 합니다: {value}",
    "round_year_out_of_range": "진단 차수의 연도가 범위를 벗어났습니다: {value}",
    "round_half_invalid": "반기는 1(상반기) 또는 2(하반기)여야 합니다: {value}",
    # --- screening and grading ---------------------------------------------------------------------------------
    "criterion_code_unknown": "알 수 없는 진단기준 코드 '{value}'입니다.",
    "budget_threshold_invalid": "예산 기준 '{value}'은(는) 0 이상의 원 단위 정수여야 합니다.",
    "criterion_unknown": "알 수 없는 진단기준 '{value}'입니다.",
    "rules_malformed": "진단기준 설정의 형식이 올바르지 않습니다.",
    "rules_active_not_list": "진단기준 설정의 'active'는 코드 목록이어야 합니다.",
    "screening_cancelled": "진단을 취소했습니다. 아무것도 바뀌지 않았습니다.",
    "yes_no_invalid_in": "{column} 값 '{value}'은(는) 예/아니오로 해석할 수 없습니다. {help}",
    "yes_no_invalid": "'{value}'은(는) 예/아니오로 해석할 수 없습니다. {help}",
    "grade_invalid": "등급 '{value}'은(는) 1, 2, 3 중 하나여야 합니다.",
    "grade_date_invalid": "{kind} 등급의 날짜가 올바르지 않습니다.",
    "grade_date_in_future": "{kind} 등급의 날짜 {on}이(가) 오늘({today})보다 뒤입니다.",
    "override_reason_required": "확정 등급 {grade}등급이 제안 등급 {suggested}과 다릅니다. 사유를 입력하세요.",
    "owner_level_invalid": "해결 주체 답변 '{value}'이(가) 올바르지 않습니다.",
    # --- carry-over and mid-round targets ----------------------------------------------------------------------
    "carry_decision_unknown": "이월 판단 '{value}'은(는) 계속·하향·해소·제외·재선정 중 하나여야 합니다.",
    "not_carried": "사업 {project}은(는) {round} 차수의 이월 사업이 아닙니다.",
    "target_reason_required": "차수 중 대상 추가·교체에는 사유가 필요합니다.",
    "already_target": "사업 {project}은(는) 이미 {round} 진단대상입니다.",
    "swap_with_itself": "같은 사업으로 교체할 수 없습니다.",
    "not_target": "사업 {project}은(는) {round} 진단대상이 아닙니다.",
    "reminder_period_out_of_range": "알림 기간은 1–365일이어야 합니다: {value}",
    "card_plan_days_out_of_range": "카드·대응계획 작성 기한은 확정 후 1–365일이어야 합니다: {value}",
    # --- cards and plans -----------------------------------------------------------------------------------------
    "card_not_found": "'{project}' 사업에는 아직 갈등관리카드가 없습니다.",
    "card_not_closed": "'{project}' 카드는 종결되지 않았습니다.",
    "closure_date_required": "종결 사유를 적었으면 종결일도 입력하세요.",
    "closure_reason_required": "종결 사유를 입력하세요.",
    "reopen_reason_required": "종결 취소 사유를 입력하세요.",
    "stage_date_invalid": "단계 변경일이 날짜가 아닙니다.",
    "stage_date_before_last": "단계 변경일 {on}이(가) 마지막 변경일 {last}보다 앞섭니다.",
    "stage_unchanged": "이미 '{stage}' 단계입니다.",
    "stakeholder_not_found": "이해관계자를 찾을 수 없습니다.",
    "stakeholder_name_required": "이해관계자 이름(또는 단체명)을 입력하세요.",
    "influence_out_of_range": "영향력은 1~5 사이여야 합니다: {value}",
    "signal_count_negative": "신호 건수는 0 이상이어야 합니다: {value}",
    "action_text_required": "조치실적 내용을 입력하세요.",
    "entry_to_edit_missing": "수정할 항목을 찾을 수 없습니다.",
    "entry_to_delete_missing": "삭제할 항목을 찾을 수 없습니다.",
    "issue_to_move_missing": "이동할 쟁점을 찾을 수 없습니다.",
    "plan_budget_negative": "예산은 0원 이상이어야 합니다.",
    "plan_item_title_required": "조치항목 {position}의 제목을 입력하세요.",
    "plan_item_status_unknown": "조치항목 상태 '{value}'을(를) 알 수 없습니다.",
    # --- reviews -------------------------------------------------------------------------------------------------
    "review_not_found": "점검 기록 {review}이(가) 없습니다.",
    "reviewer_required": "점검자를 입력하세요.",
    "review_stage_unknown": "알 수 없는 갈등단계입니다: {value}",
    "review_grade_out_of_range": "권고 등급은 1–3이어야 합니다: {value}",
    "review_progress_unknown": "알 수 없는 이행 상태입니다: {value}",
    "review_item_kind_unknown": "알 수 없는 항목 종류입니다: {value}",
    "review_item_foreign": "이 사업의 항목이 아닙니다: {kind} {item}",
    # --- mediation: experts, assignments, allowances, councils ---------------------------------------------------
    "expert_not_found": "전문가(id {expert})가 없습니다.",
    "inactive_expert": "비활성 전문가({name})는 배정할 수 없습니다.",
    "assignment_not_found": "배정(id {assignment})이 없습니다.",
    "payment_not_found": "지급 기록(id {payment})이 없습니다.",
    "payment_amount_invalid": "지급액은 0원보다 큰 원 단위 정수여야 합니다: {value}",
    "council_not_found": "사업 '{project}'에는 구성된 갈등조정협의회가 없습니다.",
    "council_exists": "사업 '{project}'에는 이미 갈등조정협의회가 있습니다.",
    "council_member_not_found": "위원(id {member})이 없습니다.",
    "second_chair": "위원장은 한 명만 둘 수 있습니다.",
    "meeting_not_found": "회의(id {meeting})가 없습니다.",
    "agreement_item_not_found": "합의사항(id {item})이 없습니다.",
    "agreement_done_date_required": "완료된 합의사항은 완료일을 입력하세요.",
    "result_date_required": "결과문의 작성일을 입력하세요.",
    # --- 공론화 추진: the process of an item decided "실시" (docs/업무규칙.md "공론화 추진") -------------------------------
    "deliberation_process_needs_go": "'{title}'은(는) 공론화위원회가 실시로 결정한 안건이 아니어서 공론화 추진을 시작할 수 "
                                     "없습니다.",
    "deliberation_process_exists": "'{title}'의 공론화 추진은 이미 시작되었습니다.",
    "deliberation_process_not_found": "'{title}'에는 공론화 추진이 없습니다. 먼저 추진을 시작하세요.",
    "deliberation_region_duplicate": "권역 '{region}'이(가) 두 번 있습니다.",
    "deliberation_regions_too_many": "권역이 너무 많습니다 ({count}개, 최대 {limit}개).",
    "deliberation_region_unknown": "권역 '{region}'은(는) 이 공론화의 권역({regions})에 없습니다.",
    "deliberation_event_region_required": "권역별 공론장은 권역을 골라야 합니다.",
    "deliberation_event_held_in_future": "실시일({held})이 오늘({today})보다 뒤입니다. 아직 열리지 않은 행사는 예정일에 "
                                         "적으세요.",
    "deliberation_attendance_invalid": "참석 인원 '{value}'은(는) 0 이상의 정수여야 합니다.",
    "deliberation_attendance_needs_held": "참석 인원은 실시일을 적은 행사에만 기록할 수 있습니다.",
    "deliberation_event_not_found": "공론화 행사(id {event})가 없습니다.",
    "deliberation_spending_outside_year": "{spent_on} 집행은 {year}년 공론화 예산에 넣을 수 없습니다. 날짜나 예산 연도를 "
                                          "고치세요.",
    "recommendation_reason_required": "'{answer}' 답변에는 사유를 적어야 합니다.",
    "recommendation_done_unanswered": "시의 답변이 없는 권고는 완료로 둘 수 없습니다. 먼저 답변(수용·일부 수용)을 고르세요.",
    "recommendation_done_date_required": "완료된 권고는 완료일을 입력하세요.",
    "recommendation_not_found": "권고(id {recommendation})가 없습니다.",
    "recommendation_number_not_found": "'{title}'에 권고 {number}이(가) 없습니다.",
    "deliberation_event_ambiguous": "'{phase}' 단계에 아직 열리지 않은 행사가 여럿입니다(id {events}). 고칠 행사의 "
                                    "id를 고르거나 새 행사로 더하세요.",
    "deliberation_event_choice_required": "고칠 행사의 id나 단계를 고르세요.",
    # --- signals and alerts ---------------------------------------------------------------------------------------
    "signal_kind_unknown": "알 수 없는 신호 종류 '{value}'입니다.",
    "signal_date_invalid": "신호 날짜 '{value}'이(가) 날짜가 아닙니다.",
    "signal_count_invalid": "{kind} 건수 '{value}'은(는) 0 이상의 정수여야 합니다.",
    "lookback_days_invalid": "조회 기간 '{value}'은(는) 1일 이상이어야 합니다.",
    # --- grading checklist ---------------------------------------------------------------------------------------
    "checklist_item_code_empty": "진단표 항목 코드가 비어 있습니다.",
    "checklist_item_label_empty": "진단표 항목 '{item}'의 이름이 비어 있습니다.",
    "checklist_weight_invalid": "진단표 항목 '{item}'의 가중치 '{value}'은(는) 1~{limit}의 정수여야 합니다.",
    "band_grade_invalid": "점수 구간의 등급 '{value}'은(는) 1등급 또는 2등급이어야 합니다.",
    "band_percent_invalid": "{grade} 점수 기준 '{value}'은(는) 1~100(%)의 정수여야 합니다.",
    "checklist_empty": "진단표에 항목이 하나도 없습니다.",
    "checklist_item_duplicate": "진단표 항목 코드 '{item}'이(가) 중복되었습니다.",
    "band_duplicate": "같은 등급의 점수 구간이 두 번 있습니다.",
    "band_order_invalid": "1등급 점수 기준은 2등급 기준보다 낮을 수 없습니다.",
    "checklist_item_unknown": "진단표에 없는 항목 '{item}'입니다.",
    "checklist_settings_malformed": "진단표 설정의 형식이 올바르지 않습니다{detail}.",
    "checklist_score_invalid": "진단표 항목 '{item}'의 점수 '{value}'은(는) {low}~{high}의 정수여야 합니다.",
    # --- review due-date rule ------------------------------------------------------------------------------------
    "review_setting_not_integer": "점검 기한 설정 '{key}'은(는) 정수여야 합니다: {value}",
    "review_setting_out_of_range": "점검 기한 설정 '{key}'은(는) {low}–{high} 사이여야 합니다: {value}",
    "review_rule_unknown": "알 수 없는 점검 기한 규칙입니다: {value}",
    "review_rule_day_required": "지정일 규칙에는 기한 일자(day)가 필요합니다.",
    "review_rule_day_not_allowed": "마지막 근무일 규칙에는 기한 일자(day)를 지정할 수 없습니다.",
    # --- allowances budget ---------------------------------------------------------------------------------------
    "won_not_whole": "{field}은(는) 원 단위 정수여야 합니다: {value}",
    "won_not_positive": "{field}은(는) 0원보다 커야 합니다: {value}",
    "won_negative": "{field}은(는) 음수일 수 없습니다: {value}",
    "year_invalid": "{field}가 올바르지 않습니다: {value} (1900–9999년의 연도를 숫자로 입력하세요)",
    "quarterly_plan_not_four": "분기별 계획은 4개 분기 금액이어야 합니다 (입력 {count}개).",
    "quarter_out_of_range": "분기는 1–4 사이여야 합니다: {value}",
    "payment_outside_budget_year": "{paid_on} 지급은 {year}년 수당 예산에 포함할 수 없습니다.",
    # --- council rules -------------------------------------------------------------------------------------------
    "member_count_invalid": "위원 수가 올바르지 않습니다: {value}",
    "council_full": "갈등조정협의회 위원은 최대 {limit}명입니다 (현재 {count}명). 위원을 추가하려면 먼저 다른 위원을 해촉하세요.",
    "chair_not_independent": "{why} 위원장은 당사자로부터 독립적인 사람이어야 합니다.",
    # --- import files ---------------------------------------------------------------------------------------------
    "import_file_missing": "파일이 없습니다: {path}",
    "import_file_is_folder": "파일 대신 폴더가 지정되었습니다: {path}",
    "cell_required": "필수 값이 비어 있습니다",
    "cell_too_long": "너무 깁니다(최대 {limit}자, 현재 {length}자)",
    "sheet_empty": "시트 '{sheet}'에 내용이 없습니다(빈 파일): {file}",
    "migration_fk": "스키마 갱신 후 참조 무결성 오류 {count}건 (백업 파일이 보존되어 있습니다).",
    "unstorable_character": "저장할 수 없는 문자(U+{codepoint}, 짝이 없는 서로게이트)가 '{field}' 항목에 있습니다. "
                            "해당 글자를 지우고 다시 입력하세요.",
    # --- department workbooks: out and back in (docs/업무규칙.md §Department workbooks) ------------------------------------
    "handout_due_past": "제출 기한({due})이 오늘({today})보다 빠릅니다.",
    "handout_department_unknown": "'{department}' 부서가 없습니다.",
    "handout_department_no_targets": "'{department}' 부서에는 {round} 진단대상 사업이 없어 작성 파일을 만들지 않았습니다.",
    "handout_no_targets": "{round}에 진단대상 사업이 없어 부서 작성 파일을 만들 것이 없습니다.",
    "handin_is_checklist": "사전 갈등검토목록 파일입니다(부서 작성 파일이 아님): {file}",
    "checklist_is_workbook": "부서 작성 파일입니다(사전 갈등검토목록이 아님). handin으로 가져오세요: {file}",
    "checklist_other_project": "다른 사업의 서명입니다: 파일은 '{sheet}' 사업의 것인데 서명은 '{stamp}' 사업의 것입니다: {file}",
    "checklist_not_expected": "다른 사업의 검토목록입니다: 서명은 {stamp} 사업인데 {expected} 사업으로 가져오려 했습니다: {file}",
    "checklist_unknown_serial": "이 데이터 파일이 보낸 기록이 없는 사전 갈등검토목록입니다: {file}",
    "checklist_already_accepted": "이 사전 갈등검토목록은 {on}에 이미 가져왔습니다({other}). 다시 가져오지 않습니다: {file}",
    "checklist_project_gone": "검토목록의 사업 {project}이(가) 이 데이터 파일에 없습니다: {file}",
    "checklist_department_empty": "'{department}' 부서에 등록된 사업이 없습니다. 계획 중인 사업은 먼저 사업 목록에 등록하세요.",
    "checklist_nothing_chosen": "사전 갈등검토목록을 만들 사업을 고르세요(사업코드 또는 부서).",
    "checklist_too_many": "한 번에 만들 수 있는 사전 갈등검토목록은 {limit}개입니다(요청 {count}개).",
    "output_folder_is_file": "폴더 대신 파일이 지정되었습니다: {folder}",
    "output_folder_failed": "저장할 폴더를 만들 수 없습니다: {folder} ({reason})",
    "handin_no_stamp": "ConflictDesk가 만든 부서 작성 파일이 아닙니다(서명이 없음): {file}",
    "handin_no_key": "이 데이터 파일에서 만든 부서 작성 파일이 아닙니다(서명 키가 없음): {file}",
    "handin_bad_signature": "서명이 맞지 않습니다. 파일의 숨은 서명이 바뀌었거나 다른 데이터 파일에서 만든 파일입니다: {file}",
    "handin_other_round": "다른 차수의 파일입니다: 서명은 {stamp} 차수인데 {expected} 차수로 가져오려 했습니다: {file}",
    "handin_other_department": "다른 부서의 서명입니다: 파일은 '{sheet}' 부서의 것인데 서명은 '{stamp}' 부서의 것입니다: {file}",
    "handin_stamp_round_mismatch": "다른 차수의 서명입니다: 파일은 {sheet} 차수인데 서명은 {stamp} 차수입니다: {file}",
    "handin_sheet_missing": "'{sheet}' 시트가 없습니다: {file}",
    "handin_column_moved": "'{sheet}' 시트의 열 '{column}'이(가) 옮겨졌습니다({was}열 → {now}열). 열 순서를 바꾸지 마세요: {file}",
    "handin_column_missing": "'{sheet}' 시트에 열 '{column}'이(가) 없습니다({was}열이어야 함): {file}",
    "handin_column_unknown": "'{sheet}' 시트 {now}열의 '{column}'은(는) 보낸 파일에 없던 열입니다: {file}",
    "handin_protected_changed": "보호된 셀이 바뀌었습니다: '{sheet}' 시트 {row}행 '{column}' ('{was}' → '{now}'): {file}",
    "handin_unknown_serial": "이 데이터 파일이 보낸 기록이 없는 부서 작성 파일입니다: {file}",
    "handin_already_accepted": "이 부서 작성 파일은 {on}에 이미 가져왔습니다({other}). 다시 가져오지 않습니다: {file}",
    "handin_round_unknown": "서명의 차수 {round}가 이 데이터 파일에 없습니다: {file}",
    # --- the data file: opening it, writing to it ----------------------------------------------------------------
    "open_locked": "데이터 파일을 다른 프로그램이 사용 중입니다: {where}",
    "open_disk_full": "디스크 공간이 부족합니다 (파일은 손상되지 않았습니다): {where}",
    "open_read_only": "데이터 파일 또는 그 폴더에 쓸 수 없습니다 (읽기 전용·권한): {where}",
    "open_damaged": "데이터 파일이 손상되었거나 데이터베이스가 아닙니다: {where}",
    "open_foreign": "ConflictDesk 데이터 파일이 아니거나 필요한 표가 없습니다: {where}",
    "open_io_error": "디스크 입출력 오류로 데이터 파일을 읽거나 쓸 수 없습니다 (디스크·연결 상태를 확인하세요): {where}",
    "open_failed": "데이터 파일을 열 수 없습니다: {where}{detail}",
    "bad_url": "데이터베이스 주소를 해석할 수 없습니다: {value}",
    "no_folder": "데이터 파일의 폴더가 없습니다: {folder} (--db {value})",
    "is_dir": "데이터 파일 대신 폴더가 지정되었습니다: {path}",
    "missing": "데이터 파일이 없습니다: {path}",
    "migrate_read_only": "읽기 전용으로 열린 파일은 스키마를 갱신할 수 없습니다.",
    "old_schema": "스키마 갱신이 필요합니다 ({version} → {head}).",
    "foreign": "ConflictDesk 데이터 파일이 아닙니다: {where}",
    "newer_schema": "이 데이터 파일은 더 새로운 버전의 ConflictDesk에서 만들어졌습니다 (스키마 {version}, 이 프로그램은 {head}). "
                    "프로그램을 업데이트하세요.",
    "write_refused_read_only": "읽기 전용으로 열려 있어 저장할 수 없습니다.",
    "not_sqlite_file": "SQLite 파일이 아닙니다.",
    "file_damaged": "파일이 손상되었습니다: {path} ({detail})",
    "file_check_failed": "파일 무결성 검사 실패: {path} ({detail})",
    "restore_newer_schema": "더 새로운 버전의 ConflictDesk 파일이라 복원할 수 없습니다: {path}",
    "backup_cancelled": "백업을 취소했습니다.",
    "audit_append_only": "감사 기록은 수정하거나 삭제할 수 없습니다 (추가만 가능).",
    "stale_write": "다른 곳에서 먼저 수정된 기록입니다. 다시 열어 변경 내용을 확인하세요.",
    "integrity": "저장할 수 없습니다: 데이터 규칙 위반 ({detail})",
    "write_disk_full": "디스크 공간이 부족하여 저장하지 못했습니다. 기존 데이터는 그대로입니다.",
    "write_locked": "다른 프로그램이 데이터 파일에 쓰는 중입니다. 잠시 후 다시 시도하세요.",
    "write_read_only": "데이터 파일이 읽기 전용이라 저장하지 못했습니다.",
    "operational": "저장 중 데이터베이스 오류: {detail}",
    # --- programme budget and training (docs/업무규칙.md, "Programme budget", "Training") ------------------------
    "budget_line_duplicate": "예산 항목 '{line}'이(가) 두 번 있습니다.",
    "budget_line_required": "예산 항목 '{line}'은(는) 뺄 수 없습니다 (수당·교육비가 이 항목에 집행됩니다).",
    "budget_line_unknown": "예산 항목 '{line}'이(가) 없습니다. 설정된 항목 중에서 고르세요.",
    "spending_not_found": "집행 기록(id {spending})이 없습니다.",
    "spending_amount_invalid": "집행액은 0원보다 큰 원 단위 정수여야 합니다: {value}",
    "training_target_invalid": "{field} '{value}'은(는) {low}~{high} 사이의 정수여야 합니다.",
    "attendance_count_invalid": "{department}의 참석 인원 '{value}'은(는) 1명 이상이어야 합니다.",
    "attendance_department_twice": "{department}의 참석 인원이 두 번 입력되었습니다.",
    "participants_invalid": "참석 인원 '{value}'은(는) 0명 이상의 정수여야 합니다.",
    "training_not_found": "교육 기록(id {session})이 없습니다.",
    "training_district_required": "군·구 순회 교육은 개최 군·구를 입력하세요.",
    "training_hours_invalid": "교육 시간 '{value}'은(는) 0~100시간이어야 합니다.",
    "training_cost_invalid": "교육비는 0원 이상의 원 단위 정수여야 합니다: {value}",
    "department_not_found": "부서 '{department}'이(가) 없습니다.",
    "analysis_analyst_required": "갈등영향분석의 분석자(전문가 풀) 또는 분석 기관을 입력하세요.",
    "analysis_cost_invalid": "분석 비용은 0원 이상의 원 단위 정수여야 합니다: {value}",
    "analysis_grade_invalid": "권고 등급 '{value}'은(는) 1~3등급 중 하나여야 합니다.",
    "analysis_text_too_long": "{field}은(는) {limit}자 이내로 입력하세요.",
    "analysis_not_found": "갈등영향분석(id {analysis})이 없습니다.",
    # --- deliberation (공론화, docs/업무규칙.md "Deliberation (공론화)") -----------------------------------------------
    "deliberation_threshold_invalid": "공론화 기준 {field} 값 '{value}'은(는) 1 이상의 정수여야 합니다.",
    "deliberation_explain_above_support": "설명 기준({explain:,}명)이 청원 기준({support:,}명)보다 클 수 없습니다.",
    "deliberation_item_not_found": "공론화 안건(id {item})이 없습니다.",
    "deliberation_source_unknown": "안건 출처 '{value}'을(를) 알 수 없습니다. petition, council, mayor, case 중 하나입니다.",
    "deliberation_case_needs_project": "갈등사례 회부 안건에는 사업을 지정해야 합니다.",
    "deliberation_explain_not_owed": "'{title}'은(는) 시민 설명 대상이 아닙니다.",
    "deliberation_decision_unknown": "공론화 실시 여부 '{value}'을(를) 알 수 없습니다 (go 또는 no_go).",
    "deliberation_decision_reason_required": "공론화 실시 여부의 사유를 입력하세요.",
    # the 공론화위원회 (docs/업무규칙.md "Deliberation committee (공론화위원회)")
    "committee_full": "{day}에 재직 위원이 이미 {count}명이라 {name} 위원을 더할 수 없습니다 (재직 위원은 최대 {limit}명). "
                      "다른 위원의 임기를 먼저 끝내거나 임기를 조정하세요.",
    "committee_no_quorum": "{meeting}은(는) 정족수 미달입니다 (출석 {present}명 / 재직 {in_office}명, 과반 {needed}명 "
                           "필요). 정족수가 안 된 회의에서는 의결할 수 없습니다.",
    "committee_member_not_found": "공론화위원회 위원(id {member})이 없습니다.",
    "committee_meeting_not_found": "공론화위원회 회의(id {meeting})가 없습니다.",
    "committee_member_not_in_office": "{name} 위원은 {day}에 임기 중이 아니어서 출석으로 기록할 수 없습니다.",
    "committee_term_excludes_attendance": "{name} 위원은 {meeting}에 출석했으므로 그 회의일이 빠지는 임기로 바꿀 수 "
                                          "없습니다.",
    "committee_member_attended": "{name} 위원은 회의 출석 기록이 있어 삭제할 수 없습니다. 임기를 끝내세요.",
    "committee_meeting_has_decisions": "{meeting}에서 의결한 결정이 있어 삭제하거나 날짜를 바꿀 수 없습니다: {decisions}",
    "committee_decision_needs_go": "'{title}'은(는) 공론화 실시로 의결되지 않아 {decision}을(를) 기록할 수 없습니다.",
    "committee_decision_before_go": "{decision} 날짜({day})가 앞선 의결일({decided})보다 빠릅니다.",
    "committee_later_decisions_exist": "'{title}'에는 추진위원회 구성 또는 권고안 채택 기록이 있어 공론화 실시 결정을 "
                                       "바꾸거나 지울 수 없습니다. 그 기록을 먼저 지우세요.",
    "petition_count_invalid": "공감 수 '{value}'은(는) 0 이상의 정수여야 합니다.",
    "petition_file_empty": "청원 자료가 한 건도 없습니다.",
    "petition_headers_missing": "머리글 {missing}이(가) 없습니다. 첫 행에 {expected}이(가) 있어야 합니다.",
    "petition_count_before_opening": "기준일({as_of})이 청원 시작일({opened})보다 빠릅니다.",
    "petition_opened_differs": "'{title}'의 청원 시작일이 {row}행({opened})과 다릅니다.",
    "petition_count_twice": "'{title}'의 {as_of} 공감 수가 두 번 다르게 있습니다.",
    "petition_import_problems": "{file}에 문제가 {count}건 있어 아무것도 가져오지 않았습니다. 첫 문제: {first}",
    # the citizens' panel draw (docs/업무규칙.md, "Citizens' panel (시민참여단 추첨)")
    "sortition_unavailable": "시민참여단 추첨에는 sortition-algorithms 패키지가 필요합니다: "
                             "pip install 'conflictdesk[sortition]'",
    "panel_file_empty": "자료가 한 건도 없습니다.",
    "panel_headers_missing": "머리글 {missing}이(가) 없습니다. 첫 행에 {expected}이(가) 있어야 합니다.",
    "panel_quota_number_invalid": "인원 '{value}'은(는) 0 이상의 정수여야 합니다.",
    "panel_quota_min_above_max": "{category} {value}의 최소({min}명)가 최대({max}명)보다 큽니다.",
    "panel_quota_twice": "{category} {value}의 할당이 {row}행에도 있습니다.",
    "panel_applicant_twice": "신청번호 {number}이(가) {row}행에도 있습니다.",
    "panel_value_not_in_quotas": "신청번호 {number}의 {category} 값 '{value}'이(가) 할당 파일에 없습니다.",
    "panel_too_many_applicants": "신청자가 너무 많습니다 (최대 {limit:,}명).",
    "panel_file_problems": "{file}에 문제가 {count}건 있어 추첨하지 않았습니다. 첫 문제: {first}",
    "panel_size_invalid": "참여단 규모 {size}명은 1명 이상, 신청자 수({applicants}명) 이하여야 합니다.",
    "panel_seed_invalid": "시드 '{seed}'은(는) 1 이상의 정수여야 합니다.",
    "panel_population_empty": "인구표의 {category} 인구 합계가 0입니다.",
    "panel_tolerance_invalid": "허용 오차 '{value}'은(는) 0 이상의 정수여야 합니다.",
    "panel_not_drawn": "'{title}'에는 기록된 참여단 추첨이 없습니다.",
    "panel_not_a_member": "신청번호 {number}은(는) '{title}' 참여단의 현재 위원이 아닙니다 (선정되지 않았거나 이미 탈락).",
    "panel_replacement_impossible": "신청번호 {number}의 대체자를 뽑을 수 없습니다: 할당을 지킬 수 있는 신청자가 없는 "
                                    "구분: {categories}. 할당을 바꾸려면 참여단을 새로 추첨해야 합니다.",
    "panel_already_drawn": "'{title}'의 참여단은 이미 추첨해 기록했습니다. 기록한 추첨은 바꿀 수 없습니다.",
    "panel_quotas_infeasible": "할당을 모두 지키는 참여단을 뽑을 수 없습니다. 맞지 않는 구분: {categories}. "
                               "조정안: {suggestions}",
    "panel_size_below_minimums": "{category}의 최소 인원 합계({needed}명)가 참여단 규모({available}명)보다 큽니다",
    "panel_size_above_maximums": "{category}의 최대 인원 합계({available}명)가 참여단 규모({needed}명)보다 작습니다",
    "panel_too_few_applicants": "{category} {value} 신청자가 {available}명뿐이라 최소 {needed}명을 채울 수 없습니다",
    # --- settings ------------------------------------------------------------------------------------------------
    "reminder_days_out_of_range": "알림 기간 {days}일은 1~365일이어야 합니다.",
    "user_name_too_long": "사용자 이름은 {limit}자 이내로 입력하세요.",
    # --- demo and data files -------------------------------------------------------------------------------------
    "bad_count": "사업 수는 1 이상이어야 합니다.",
    "not_empty": "이미 사업이 있는 데이터 파일입니다. 빈 파일을 지정하거나 --replace 를 쓰세요.",
    "not_sqlite": "SQLite 파일만 백업할 수 있습니다 (PostgreSQL은 pg_dump를 쓰세요).",
    "in_use": "데이터 파일을 다른 곳에서 사용 중이라 바꿀 수 없습니다: {path} — 사용 중: {holders}. "
              "그 창이나 명령을 닫은 뒤 다시 시도하세요.",
    "lock_file_unwritable": "잠금 파일을 만들 수 없습니다: {path} ({reason})",
    "backup_missing": "백업 파일이 없습니다: {path}",
    "backup_target_special": "백업 파일 자리에 {kind}가 있어 쓸 수 없습니다: {path} (파일 이름까지 지정하세요)",
    "backup_folder_missing": "백업할 폴더가 없습니다: {folder}",
    "backup_over_source": "백업 파일을 원본 파일 위에 쓸 수 없습니다.",
    "restore_same_file": "복원할 파일이 현재 데이터 파일과 같습니다.",
    "output_folder_missing": "출력 폴더가 없습니다: {folder}",
    "output_not_writable": "출력 폴더에 파일을 쓸 수 없습니다: {folder} ({reason})",
    "export_suffix_invalid": "출력 파일 {file}의 확장자는 {allowed} 중 하나여야 합니다.",
    "output_target_special": "출력 파일 자리에 {kind}가 있어 쓸 수 없습니다: {path} (파일 이름까지 지정하세요)",
    "no_key_cases": "{round} 차수에 1·2등급 사업이 없습니다.",
}

#: Korean domain words passed as :class:`Term` parameters; listed so the GUI can translate them.
TERMS: tuple[str, ...] = (
    # records named by a stale-version error (store/locking.expect_version)
    "기록", "갈등관리카드", "협의회", "진단 기록", "전문가 정보", "점검 기록", "대응계획", "차수 기록",
    # fields named by value errors
    "전문가 성명", "위원 성명", "합의사항 내용", "갈등유형", "사업단계", "갈등단계", "쟁점 구분", "이해관계자 구분", "개인·단체 구분",
    "신호 종류", "신호", "조치실적", "배정 종료일", "종료일", "시작일", "종료 예정일", "구성일",
    "연간 수당 예산", "지급액", "{quarter}분기 계획", "연도", "반기", "예산 연도", "교육 연도",
    # why a council chair is not independent
    "위원장({chair})이(가) 당사자 대표와 같은 사람입니다.", "위원장의 소속({affiliation})이 당사자와 같습니다.",
    # what stands where an output file should go (store/private.py, store/backup.py)
    "폴더", "장치 파일", "쓰기 권한이 없습니다", "읽기 전용 위치입니다", "파일을 만들 수 없는 위치입니다",
    # the programme budget and training
    "예산 항목", "교육 구분", "연간 순회 교육 목표", "군·구 목표 연도", "군·구 목록",
    # 갈등영향분석
    "분석 기관·분석자", "보고서",
    # deliberation: the petition file's columns and the thresholds
    "청원명", "청원 시작일", "공감 수", "기준일", "안건명", "의결일", "청원 기준", "청원 기간", "설명 기준", "설명 기한",
    "신청번호", "구분", "값", "최소", "최대", "인구",
    # 공론화 추진
    "권역", "단계", "행사명", "권고 내용", "시 답변", "이행 상태",
    # the 공론화위원회
    "임기 시작일", "임기 종료일", "위원 구분", "당연직·위촉", "회의일", "회의명", "추진위원회 구성", "권고안 채택", "탈락일",
)


def shown(value: object) -> str:
    """A parameter as Korean text: by its ``label`` (enum members, rounds), a date as YYYY-MM-DD, else by ``str``."""
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def render(code: str, params: Mapping[str, object], *,
           template: Callable[[str], str] | None = None, value: Callable[[object], str] | None = None) -> str:
    """The text of error ``code`` with ``params`` filled in.

    ``template`` maps the Korean text to the text to show (the GUI passes the Qt translator); ``value`` turns a parameter
    into text (default :func:`shown`). Numbers stay numbers so a template may format them (``{limit:,}``).
    """
    text = MESSAGES[code]
    if template is not None:
        text = template(text)
    try:
        return text.format(**_filled(params, value or shown))
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder must not hide the error
        return MESSAGES[code].format(**_filled(params, shown))


def _filled(params: Mapping[str, object], show: Callable[[object], str]) -> dict[str, object]:
    return {k: v if isinstance(v, int | float) and not isinstance(v, bool) else show(v) for k, v in params.items()}
