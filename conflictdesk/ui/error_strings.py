"""The error catalogue's texts marked for lupdate in the "Errors" context (the GUI translates errors with them).

Generated from ``conflictdesk.domain.error_catalogue``: ``python -m conflictdesk.ui.error_strings`` rewrites the list
(``make translations`` does), and ``tests/test_errors.py`` fails when it is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP


def collect() -> list[str]:
    """Every catalogue text and every :class:`Term`, in a stable order without duplicates."""
    from conflictdesk.domain.error_catalogue import MESSAGES, TERMS

    return list(dict.fromkeys([*MESSAGES.values(), *TERMS]))


def render(strings: list[str]) -> str:
    """This module's text with ``STRINGS`` replaced by ``strings``."""
    source = Path(__file__).read_text(encoding="utf-8")
    head, _sep, _rest = source.partition("STRINGS = (\n")
    body = "".join(f'    QT_TRANSLATE_NOOP("Errors", {_quote(s)}),\n' for s in strings)
    return f"{head}STRINGS = (\n{body})\n"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


if __name__ == "__main__":
    Path(__file__).write_text(render(collect()), encoding="utf-8")
    sys.exit(0)


# Generated below this line (python -m conflictdesk.ui.error_strings).
STRINGS = (
    QT_TRANSLATE_NOOP("Errors", "{field}을(를) 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "{field} 값이 너무 깁니다 (최대 {limit}자): {value}…"),
    QT_TRANSLATE_NOOP("Errors", "{field} 값 '{value}'을(를) 알 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "{field} 날짜가 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "{end_field}({end})이(가) {start_field}({start})보다 빠릅니다."),
    QT_TRANSLATE_NOOP("Errors", "가져오기를 취소했습니다. 아무것도 저장하지 않았습니다."),
    QT_TRANSLATE_NOOP("Errors", "이 {what}은(는) 다른 곳에서 먼저 수정되었습니다 (열었을 때 버전 {seen}, 현재 {current}). 저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요."),
    QT_TRANSLATE_NOOP("Errors", "이 {what}은(는) 화면을 연 뒤 다른 곳에서 먼저 처음 저장되었습니다 (현재 버전 {current}). 저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요."),
    QT_TRANSLATE_NOOP("Errors", "같은 {what}을(를) 다른 곳에서 방금 먼저 만들었습니다. 저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요."),
    QT_TRANSLATE_NOOP("Errors", "사업코드 '{project}'인 사업이 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "진단 차수 {round}({label})가 아직 열리지 않았습니다."),
    QT_TRANSLATE_NOOP("Errors", "진단 차수 {round}는 이미 열려 있습니다."),
    QT_TRANSLATE_NOOP("Errors", "진단 차수 {round}는 오늘({today})부터 1년 넘게 뒤의 차수라 열 수 없습니다. {latest}까지 열 수 있습니다."),
    QT_TRANSLATE_NOOP("Errors", "등급 '{value}'은(는) 1, 2, 3 중 하나여야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "사업 {project}은(는) {round} 진단대상이 아니어서 등급을 정할 수 없습니다. 먼저 진단대상으로 추가하세요: conflictdesk target add {project} --round {round} --reason …"),
    QT_TRANSLATE_NOOP("Errors", "이월 판단({decision})에는 사유가 필요합니다."),
    QT_TRANSLATE_NOOP("Errors", "해소·제외에는 등급을 지정하지 않습니다."),
    QT_TRANSLATE_NOOP("Errors", "계속은 이월된 등급({grade}등급)을 유지합니다. 다른 등급이면 하향 또는 재선정을 고르세요."),
    QT_TRANSLATE_NOOP("Errors", "하향은 이월된 등급({grade}등급)보다 낮은 2 또는 3등급이어야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "이월 판단을 기록하려면 사업코드를 주세요: conflictdesk carryover CODE --round R --decision … --reason …"),
    QT_TRANSLATE_NOOP("Errors", "--decision을 주세요: {choices}"),
    QT_TRANSLATE_NOOP("Errors", "'{project}' 사업에는 아직 갈등관리카드가 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "'{project}' 카드는 종결되지 않았습니다."),
    QT_TRANSLATE_NOOP("Errors", "종결 사유를 적었으면 종결일도 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "종결 사유를 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "종결 취소 사유를 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "단계 변경일이 날짜가 아닙니다."),
    QT_TRANSLATE_NOOP("Errors", "단계 변경일 {on}이(가) 마지막 변경일 {last}보다 앞섭니다."),
    QT_TRANSLATE_NOOP("Errors", "이미 '{stage}' 단계입니다."),
    QT_TRANSLATE_NOOP("Errors", "이해관계자를 찾을 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "이해관계자 이름(또는 단체명)을 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "영향력은 1~5 사이여야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "신호 건수는 0 이상이어야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "조치실적 내용을 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "수정할 항목을 찾을 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "삭제할 항목을 찾을 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "이동할 쟁점을 찾을 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "예산은 0원 이상이어야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "조치항목 {position}의 제목을 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "조치항목 상태 '{value}'을(를) 알 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "점검 기록 {review}이(가) 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "점검자를 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "알 수 없는 갈등단계입니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "권고 등급은 1–3이어야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "알 수 없는 이행 상태입니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "알 수 없는 항목 종류입니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "이 사업의 항목이 아닙니다: {kind} {item}"),
    QT_TRANSLATE_NOOP("Errors", "전문가(id {expert})가 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "비활성 전문가({name})는 배정할 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "배정(id {assignment})이 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "지급 기록(id {payment})이 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "지급액은 0원보다 큰 원 단위 정수여야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "사업 '{project}'에는 구성된 갈등조정협의회가 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "사업 '{project}'에는 이미 갈등조정협의회가 있습니다."),
    QT_TRANSLATE_NOOP("Errors", "위원(id {member})이 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "위원장은 한 명만 둘 수 있습니다."),
    QT_TRANSLATE_NOOP("Errors", "회의(id {meeting})가 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "합의사항(id {item})이 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "완료된 합의사항은 완료일을 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "결과문의 작성일을 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "알 수 없는 신호 종류 '{value}'입니다."),
    QT_TRANSLATE_NOOP("Errors", "신호 날짜 '{value}'이(가) 날짜가 아닙니다."),
    QT_TRANSLATE_NOOP("Errors", "{kind} 건수 '{value}'은(는) 0 이상의 정수여야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "조회 기간 '{value}'은(는) 1일 이상이어야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "진단표 항목 코드가 비어 있습니다."),
    QT_TRANSLATE_NOOP("Errors", "진단표 항목 '{item}'의 이름이 비어 있습니다."),
    QT_TRANSLATE_NOOP("Errors", "진단표 항목 '{item}'의 가중치 '{value}'은(는) 1~{limit}의 정수여야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "점수 구간의 등급 '{value}'은(는) 1등급 또는 2등급이어야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "{grade} 점수 기준 '{value}'은(는) 1~100(%)의 정수여야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "진단표에 항목이 하나도 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "진단표 항목 코드 '{item}'이(가) 중복되었습니다."),
    QT_TRANSLATE_NOOP("Errors", "같은 등급의 점수 구간이 두 번 있습니다."),
    QT_TRANSLATE_NOOP("Errors", "1등급 점수 기준은 2등급 기준보다 낮을 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "진단표에 없는 항목 '{item}'입니다."),
    QT_TRANSLATE_NOOP("Errors", "진단표 설정의 형식이 올바르지 않습니다{detail}."),
    QT_TRANSLATE_NOOP("Errors", "진단표 항목 '{item}'의 점수 '{value}'은(는) {low}~{high}의 정수여야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "점검 기한 설정 '{key}'은(는) 정수여야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "점검 기한 설정 '{key}'은(는) {low}–{high} 사이여야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "알 수 없는 점검 기한 규칙입니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "지정일 규칙에는 기한 일자(day)가 필요합니다."),
    QT_TRANSLATE_NOOP("Errors", "마지막 근무일 규칙에는 기한 일자(day)를 지정할 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "{field}은(는) 원 단위 정수여야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "{field}은(는) 0원보다 커야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "{field}은(는) 음수일 수 없습니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "예산 연도가 올바르지 않습니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "분기별 계획은 4개 분기 금액이어야 합니다 (입력 {count}개)."),
    QT_TRANSLATE_NOOP("Errors", "분기는 1–4 사이여야 합니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "{paid_on} 지급은 {year}년 수당 예산에 포함할 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "위원 수가 올바르지 않습니다: {value}"),
    QT_TRANSLATE_NOOP("Errors", "갈등조정협의회 위원은 최대 {limit}명입니다 (현재 {count}명). 위원을 추가하려면 먼저 다른 위원을 해촉하세요."),
    QT_TRANSLATE_NOOP("Errors", "{why} 위원장은 당사자로부터 독립적인 사람이어야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "알림 기간 {days}일은 1~365일이어야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "사용자 이름은 {limit}자 이내로 입력하세요."),
    QT_TRANSLATE_NOOP("Errors", "사업 수는 1 이상이어야 합니다."),
    QT_TRANSLATE_NOOP("Errors", "이미 사업이 있는 데이터 파일입니다. 빈 파일을 지정하거나 --replace 를 쓰세요."),
    QT_TRANSLATE_NOOP("Errors", "SQLite 파일만 백업할 수 있습니다 (PostgreSQL은 pg_dump를 쓰세요)."),
    QT_TRANSLATE_NOOP("Errors", "데이터 파일을 다른 곳에서 사용 중이라 바꿀 수 없습니다: {path} — 사용 중: {holders}. 그 창이나 명령을 닫은 뒤 다시 시도하세요."),
    QT_TRANSLATE_NOOP("Errors", "잠금 파일을 만들 수 없습니다: {path} ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "백업 파일이 없습니다: {path}"),
    QT_TRANSLATE_NOOP("Errors", "백업 파일 자리에 {kind}가 있어 쓸 수 없습니다: {path} (파일 이름까지 지정하세요)"),
    QT_TRANSLATE_NOOP("Errors", "백업할 폴더가 없습니다: {folder}"),
    QT_TRANSLATE_NOOP("Errors", "백업 파일을 원본 파일 위에 쓸 수 없습니다."),
    QT_TRANSLATE_NOOP("Errors", "복원할 파일이 현재 데이터 파일과 같습니다."),
    QT_TRANSLATE_NOOP("Errors", "출력 폴더가 없습니다: {folder}"),
    QT_TRANSLATE_NOOP("Errors", "출력 파일 자리에 {kind}가 있어 쓸 수 없습니다: {path} (파일 이름까지 지정하세요)"),
    QT_TRANSLATE_NOOP("Errors", "기록"),
    QT_TRANSLATE_NOOP("Errors", "갈등관리카드"),
    QT_TRANSLATE_NOOP("Errors", "협의회"),
    QT_TRANSLATE_NOOP("Errors", "진단 기록"),
    QT_TRANSLATE_NOOP("Errors", "전문가 정보"),
    QT_TRANSLATE_NOOP("Errors", "점검 기록"),
    QT_TRANSLATE_NOOP("Errors", "대응계획"),
    QT_TRANSLATE_NOOP("Errors", "차수 기록"),
    QT_TRANSLATE_NOOP("Errors", "전문가 성명"),
    QT_TRANSLATE_NOOP("Errors", "위원 성명"),
    QT_TRANSLATE_NOOP("Errors", "합의사항 내용"),
    QT_TRANSLATE_NOOP("Errors", "갈등유형"),
    QT_TRANSLATE_NOOP("Errors", "사업단계"),
    QT_TRANSLATE_NOOP("Errors", "갈등단계"),
    QT_TRANSLATE_NOOP("Errors", "쟁점 구분"),
    QT_TRANSLATE_NOOP("Errors", "이해관계자 구분"),
    QT_TRANSLATE_NOOP("Errors", "개인·단체 구분"),
    QT_TRANSLATE_NOOP("Errors", "신호 종류"),
    QT_TRANSLATE_NOOP("Errors", "신호"),
    QT_TRANSLATE_NOOP("Errors", "조치실적"),
    QT_TRANSLATE_NOOP("Errors", "배정 종료일"),
    QT_TRANSLATE_NOOP("Errors", "종료일"),
    QT_TRANSLATE_NOOP("Errors", "시작일"),
    QT_TRANSLATE_NOOP("Errors", "종료 예정일"),
    QT_TRANSLATE_NOOP("Errors", "구성일"),
    QT_TRANSLATE_NOOP("Errors", "연간 수당 예산"),
    QT_TRANSLATE_NOOP("Errors", "지급액"),
    QT_TRANSLATE_NOOP("Errors", "{quarter}분기 계획"),
    QT_TRANSLATE_NOOP("Errors", "위원장({chair})이(가) 당사자 대표와 같은 사람입니다."),
    QT_TRANSLATE_NOOP("Errors", "위원장의 소속({affiliation})이 당사자와 같습니다."),
    QT_TRANSLATE_NOOP("Errors", "폴더"),
    QT_TRANSLATE_NOOP("Errors", "장치 파일"),
)
