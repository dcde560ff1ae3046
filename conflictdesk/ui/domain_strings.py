"""The domain vocabulary shown in the GUI (enum labels, fixed lists), marked for lupdate in the "Domain" context.

The domain keeps its Korean labels (the CLI and the reports use them); the GUI shows them through
``i18n.domain_label``. The list below is generated from the domain: ``python -m conflictdesk.ui.domain_strings``
rewrites it (``make translations`` does), and ``tests/test_i18n.py`` fails when it is out of date.
"""

from __future__ import annotations

import re
import sys
from enum import Enum
from pathlib import Path

from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")


def collect() -> list[str]:
    """Every Korean domain term the GUI may show, in a stable order without duplicates."""
    import conflictdesk.domain.alerts as alerts
    import conflictdesk.domain.calendar as calendar
    import conflictdesk.domain.deliberation as deliberation
    import conflictdesk.domain.enums as enums
    import conflictdesk.domain.training as training
    from conflictdesk.domain.council import BASIC_RULE_ITEMS
    from conflictdesk.domain.grading import DEFAULT_ITEMS, SCORE_LABELS
    from conflictdesk.domain.obligations import MISSING_LABELS
    from conflictdesk.services.audit_log import COLUMNS as AUDIT_COLUMNS
    from conflictdesk.services.reminder_dtos import KIND_LABELS

    found: list[str] = []
    for module in (enums, alerts, calendar, training, deliberation):
        for name in sorted(vars(module)):
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, Enum) and value.__module__ == module.__name__:
                found += [str(getattr(member, "label", "")) for member in value]
    found += list(enums.CONFLICT_TYPE_GROUPS)
    found += list(enums.STRATEGY_TOOLS)
    found += list(SCORE_LABELS.values())
    found += [label for _code, label in BASIC_RULE_ITEMS]
    found += [label for label in MISSING_LABELS.values()] + [label.split(" (")[0] for label in MISSING_LABELS.values()]
    found += [item.label for item in DEFAULT_ITEMS]
    found += list(KIND_LABELS.values())
    found += list(AUDIT_COLUMNS)
    found += list(training.DEFAULT_DISTRICTS)
    return [text for text in dict.fromkeys(found) if HANGUL.search(text)]


def render(strings: list[str]) -> str:
    """This module's text with ``STRINGS`` replaced by ``strings``."""
    source = Path(__file__).read_text(encoding="utf-8")
    head, _sep, _rest = source.partition("STRINGS = (\n")
    body = "".join(f'    QT_TRANSLATE_NOOP("Domain", {_quote(s)}),\n' for s in strings)
    return f"{head}STRINGS = (\n{body})\n"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    Path(__file__).write_text(render(collect()), encoding="utf-8")
    sys.exit(0)


# Generated below this line (python -m conflictdesk.ui.domain_strings).
STRINGS = (
    QT_TRANSLATE_NOOP("Domain", "정상"),
    QT_TRANSLATE_NOOP("Domain", "예비경보"),
    QT_TRANSLATE_NOOP("Domain", "갈등경보"),
    QT_TRANSLATE_NOOP("Domain", "계속"),
    QT_TRANSLATE_NOOP("Domain", "하향"),
    QT_TRANSLATE_NOOP("Domain", "해소·제외"),
    QT_TRANSLATE_NOOP("Domain", "재선정"),
    QT_TRANSLATE_NOOP("Domain", "잠재"),
    QT_TRANSLATE_NOOP("Domain", "표출"),
    QT_TRANSLATE_NOOP("Domain", "확산·심화"),
    QT_TRANSLATE_NOOP("Domain", "교착"),
    QT_TRANSLATE_NOOP("Domain", "완화"),
    QT_TRANSLATE_NOOP("Domain", "해소"),
    QT_TRANSLATE_NOOP("Domain", "사후관리"),
    QT_TRANSLATE_NOOP("Domain", "이익"),
    QT_TRANSLATE_NOOP("Domain", "가치"),
    QT_TRANSLATE_NOOP("Domain", "사실관계"),
    QT_TRANSLATE_NOOP("Domain", "구조"),
    QT_TRANSLATE_NOOP("Domain", "관계"),
    QT_TRANSLATE_NOOP("Domain", "님비"),
    QT_TRANSLATE_NOOP("Domain", "핌피"),
    QT_TRANSLATE_NOOP("Domain", "민–관"),
    QT_TRANSLATE_NOOP("Domain", "관–관"),
    QT_TRANSLATE_NOOP("Domain", "민–민"),
    QT_TRANSLATE_NOOP("Domain", "교통영향평가 협의 대상"),
    QT_TRANSLATE_NOOP("Domain", "환경영향평가 협의 대상"),
    QT_TRANSLATE_NOOP("Domain", "부시장 이상 전결"),
    QT_TRANSLATE_NOOP("Domain", "40억원 이상 예산"),
    QT_TRANSLATE_NOOP("Domain", "중기재정계획 사업"),
    QT_TRANSLATE_NOOP("Domain", "재산권·환경권 규제 자치법규 제·개정"),
    QT_TRANSLATE_NOOP("Domain", "갈등 표출·진행"),
    QT_TRANSLATE_NOOP("Domain", "1:1 지원"),
    QT_TRANSLATE_NOOP("Domain", "자문"),
    QT_TRANSLATE_NOOP("Domain", "조정"),
    QT_TRANSLATE_NOOP("Domain", "갈등영향분석"),
    QT_TRANSLATE_NOOP("Domain", "1등급"),
    QT_TRANSLATE_NOOP("Domain", "2등급"),
    QT_TRANSLATE_NOOP("Domain", "3등급"),
    QT_TRANSLATE_NOOP("Domain", "자체진단"),
    QT_TRANSLATE_NOOP("Domain", "권고"),
    QT_TRANSLATE_NOOP("Domain", "확정"),
    QT_TRANSLATE_NOOP("Domain", "사실"),
    QT_TRANSLATE_NOOP("Domain", "이해"),
    QT_TRANSLATE_NOOP("Domain", "예정"),
    QT_TRANSLATE_NOOP("Domain", "진행"),
    QT_TRANSLATE_NOOP("Domain", "완료"),
    QT_TRANSLATE_NOOP("Domain", "취소"),
    QT_TRANSLATE_NOOP("Domain", "위원장"),
    QT_TRANSLATE_NOOP("Domain", "당사자 대표"),
    QT_TRANSLATE_NOOP("Domain", "전문가"),
    QT_TRANSLATE_NOOP("Domain", "공무원"),
    QT_TRANSLATE_NOOP("Domain", "기타"),
    QT_TRANSLATE_NOOP("Domain", "시 차원 결정 필요"),
    QT_TRANSLATE_NOOP("Domain", "부서 간 협업 필요"),
    QT_TRANSLATE_NOOP("Domain", "소관부서 자체 해결"),
    QT_TRANSLATE_NOOP("Domain", "개인"),
    QT_TRANSLATE_NOOP("Domain", "단체·기관"),
    QT_TRANSLATE_NOOP("Domain", "계획수립"),
    QT_TRANSLATE_NOOP("Domain", "예산편성"),
    QT_TRANSLATE_NOOP("Domain", "설계"),
    QT_TRANSLATE_NOOP("Domain", "인허가·영향평가"),
    QT_TRANSLATE_NOOP("Domain", "보상"),
    QT_TRANSLATE_NOOP("Domain", "착공·시행"),
    QT_TRANSLATE_NOOP("Domain", "준공·운영"),
    QT_TRANSLATE_NOOP("Domain", "협의결과문"),
    QT_TRANSLATE_NOOP("Domain", "합의서"),
    QT_TRANSLATE_NOOP("Domain", "지연"),
    QT_TRANSLATE_NOOP("Domain", "민원"),
    QT_TRANSLATE_NOOP("Domain", "집단민원"),
    QT_TRANSLATE_NOOP("Domain", "집회·시위"),
    QT_TRANSLATE_NOOP("Domain", "언론보도"),
    QT_TRANSLATE_NOOP("Domain", "소송"),
    QT_TRANSLATE_NOOP("Domain", "청원"),
    QT_TRANSLATE_NOOP("Domain", "주민"),
    QT_TRANSLATE_NOOP("Domain", "토지주"),
    QT_TRANSLATE_NOOP("Domain", "상인"),
    QT_TRANSLATE_NOOP("Domain", "시민단체"),
    QT_TRANSLATE_NOOP("Domain", "의회"),
    QT_TRANSLATE_NOOP("Domain", "타기관"),
    QT_TRANSLATE_NOOP("Domain", "언론"),
    QT_TRANSLATE_NOOP("Domain", "1주일 내 민원 5건 이상"),
    QT_TRANSLATE_NOOP("Domain", "5인 이상 집단민원"),
    QT_TRANSLATE_NOOP("Domain", "2주 이상 지속 민원 5건 이상"),
    QT_TRANSLATE_NOOP("Domain", "3일 이상 집회·시위"),
    QT_TRANSLATE_NOOP("Domain", "월 20명 이상 민원인"),
    QT_TRANSLATE_NOOP("Domain", "언론 보도"),
    QT_TRANSLATE_NOOP("Domain", "해당 월 마지막 근무일"),
    QT_TRANSLATE_NOOP("Domain", "해당 월 지정일 (휴일이면 직전 근무일)"),
    QT_TRANSLATE_NOOP("Domain", "시 전문가 교육"),
    QT_TRANSLATE_NOOP("Domain", "군·구 순회 교육"),
    QT_TRANSLATE_NOOP("Domain", "부서 맞춤 교육"),
    QT_TRANSLATE_NOOP("Domain", "실시"),
    QT_TRANSLATE_NOOP("Domain", "미실시"),
    QT_TRANSLATE_NOOP("Domain", "시민청원"),
    QT_TRANSLATE_NOOP("Domain", "시의회 청원 의결"),
    QT_TRANSLATE_NOOP("Domain", "시장 요구"),
    QT_TRANSLATE_NOOP("Domain", "갈등사례 회부"),
    QT_TRANSLATE_NOOP("Domain", "심의대상"),
    QT_TRANSLATE_NOOP("Domain", "공감 진행 중"),
    QT_TRANSLATE_NOOP("Domain", "시민 설명 대상"),
    QT_TRANSLATE_NOOP("Domain", "기준 미달"),
    QT_TRANSLATE_NOOP("Domain", "원인"),
    QT_TRANSLATE_NOOP("Domain", "시설"),
    QT_TRANSLATE_NOOP("Domain", "당사자"),
    QT_TRANSLATE_NOOP("Domain", "주민설명회"),
    QT_TRANSLATE_NOOP("Domain", "숙의경청회"),
    QT_TRANSLATE_NOOP("Domain", "전문가 자문"),
    QT_TRANSLATE_NOOP("Domain", "공론화"),
    QT_TRANSLATE_NOOP("Domain", "갈등조정협의회"),
    QT_TRANSLATE_NOOP("Domain", "없음"),
    QT_TRANSLATE_NOOP("Domain", "낮음"),
    QT_TRANSLATE_NOOP("Domain", "보통"),
    QT_TRANSLATE_NOOP("Domain", "높음"),
    QT_TRANSLATE_NOOP("Domain", "목적"),
    QT_TRANSLATE_NOOP("Domain", "의장 선정"),
    QT_TRANSLATE_NOOP("Domain", "일정"),
    QT_TRANSLATE_NOOP("Domain", "절차·운영"),
    QT_TRANSLATE_NOOP("Domain", "결과문 작성"),
    QT_TRANSLATE_NOOP("Domain", "비용 분담"),
    QT_TRANSLATE_NOOP("Domain", "갈등관리카드 미작성·미완성 (주요쟁점·갈등단계·향후전망)"),
    QT_TRANSLATE_NOOP("Domain", "대응계획 미수립 (조치항목 없음)"),
    QT_TRANSLATE_NOOP("Domain", "갈등조정전문가 미배정"),
    QT_TRANSLATE_NOOP("Domain", "갈등관리카드 미작성·미완성"),
    QT_TRANSLATE_NOOP("Domain", "대응계획 미수립"),
    QT_TRANSLATE_NOOP("Domain", "이해관계자 수·집단 다양성"),
    QT_TRANSLATE_NOOP("Domain", "조직화된 반대(대책위원회 등)"),
    QT_TRANSLATE_NOOP("Domain", "재산권·환경권 등 권리 제한"),
    QT_TRANSLATE_NOOP("Domain", "기피시설(님비) 여부"),
    QT_TRANSLATE_NOOP("Domain", "사업 규모(예산)"),
    QT_TRANSLATE_NOOP("Domain", "영향을 받는 인구 규모"),
    QT_TRANSLATE_NOOP("Domain", "민원 추이(증가세)"),
    QT_TRANSLATE_NOOP("Domain", "소송·행정심판·이의신청"),
    QT_TRANSLATE_NOOP("Domain", "기관 간(관–관) 쟁점"),
    QT_TRANSLATE_NOOP("Domain", "행정 신뢰 부족·절차 미비"),
    QT_TRANSLATE_NOOP("Domain", "정기점검"),
    QT_TRANSLATE_NOOP("Domain", "대응계획"),
    QT_TRANSLATE_NOOP("Domain", "합의사항"),
    QT_TRANSLATE_NOOP("Domain", "협의회"),
    QT_TRANSLATE_NOOP("Domain", "카드·대응계획 작성"),
    QT_TRANSLATE_NOOP("Domain", "번호"),
    QT_TRANSLATE_NOOP("Domain", "시각"),
    QT_TRANSLATE_NOOP("Domain", "사용자"),
    QT_TRANSLATE_NOOP("Domain", "동작"),
    QT_TRANSLATE_NOOP("Domain", "대상"),
    QT_TRANSLATE_NOOP("Domain", "대상 번호"),
    QT_TRANSLATE_NOOP("Domain", "항목"),
    QT_TRANSLATE_NOOP("Domain", "이전 값"),
    QT_TRANSLATE_NOOP("Domain", "새 값"),
    QT_TRANSLATE_NOOP("Domain", "사유"),
    QT_TRANSLATE_NOOP("Domain", "중구"),
    QT_TRANSLATE_NOOP("Domain", "동구"),
    QT_TRANSLATE_NOOP("Domain", "미추홀구"),
    QT_TRANSLATE_NOOP("Domain", "연수구"),
    QT_TRANSLATE_NOOP("Domain", "남동구"),
    QT_TRANSLATE_NOOP("Domain", "부평구"),
    QT_TRANSLATE_NOOP("Domain", "계양구"),
    QT_TRANSLATE_NOOP("Domain", "서구"),
    QT_TRANSLATE_NOOP("Domain", "강화군"),
    QT_TRANSLATE_NOOP("Domain", "옹진군"),
)
