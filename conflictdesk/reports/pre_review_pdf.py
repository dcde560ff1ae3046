"""사전 갈등검토목록 to print (PDF) or edit in 한/글 (HWPX): the same sections and rows in both.

A form with boxes to tick (□, ■ where the register already answers), the 결재란, page "x / y" and the print date in
the footer (reports/pdf_common.py), the font embedded. The department's answers come back in the XLSX beside it
(docs/업무규칙.md §Pre-review checklist).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from conflictdesk.domain.money import format_amount
from conflictdesk.domain.pre_review import OWNER_CHOICES, SCORE_CHOICES, YES_NO, Question
from conflictdesk.reports.hwpx import DocumentInfo, HwpxSection, HwpxTable, SummaryHwpx
from conflictdesk.reports.pdf_common import (
    Out,
    build_pdf,
    content_width,
    fmt_date,
    gap,
    grid_table,
    heading,
    kv_table,
    para,
    styles,
    title_block,
)
from conflictdesk.services.pre_review_dtos import ChecklistBook

TITLE = "사전 갈등검토목록"
EMPTY, TICKED = "□", "■"
RETURN_NOTE = ("답은 함께 보낸 엑셀 파일(사전검토_{code}_….xlsx)의 노란 칸에 적어 그 파일을 그대로 돌려보내 주세요. "
               "이 문서는 인쇄·검토용이며 읽어 들이지 않습니다.")


def _box(ticked: bool) -> str:
    return TICKED if ticked else EMPTY


def _answers(book: ChecklistBook) -> dict[str, tuple[Question, str, str]]:
    return {q.key: (q, answer, note) for q, (answer, note) in zip(book.questions, book.values, strict=True)}


def overview_rows(book: ChecklistBook) -> list[tuple[str, str]]:
    return [("사업명", book.name), ("사업코드", book.code), ("소관부서", book.department),
            ("담당자", book.manager or "—"),
            ("총사업비", format_amount(book.budget_won) if book.budget_won is not None else "—"),
            ("제출 기한", fmt_date(book.due)), ("사업 개요", book.summary or "—"),
            ("보낸 곳", f"{book.officer} {book.contact}".strip() or "—")]


def criteria_rows(book: ChecklistBook) -> list[tuple[str, ...]]:
    rows = []
    for n, (q, answer, _note) in enumerate((v for v in _answers(book).values() if v[0].key.startswith("criterion:")), 1):
        rows.append((str(n), q.text, *(_box(answer == choice) for choice in YES_NO), ""))
    return rows


def owner_rows(book: ChecklistBook) -> list[tuple[str, ...]]:
    return [(_box(False), label, f"→ {grade}등급") for label, grade in zip(OWNER_CHOICES, (1, 2, 3), strict=True)]


def risk_rows(book: ChecklistBook) -> list[tuple[str, ...]]:
    risks = [v for v in _answers(book).values() if v[0].key.startswith("risk:")]
    return [(str(n), label, str(weight), *(EMPTY for _c in SCORE_CHOICES), "")
            for n, ((label, weight), _v) in enumerate(zip(book.items, risks, strict=True), 1)]


def bands_text(book: ChecklistBook) -> str:
    bands = " · ".join(f"{g}등급 {p}% 이상" for g, p in book.bands)
    return (f"점수 = 항목 점수(없음 0 · 낮음 1 · 보통 2 · 높음 3) × 가중치의 합. 제안 등급은 해결 주체와 점수 구간({bands}, "
            "그 밖 3등급) 중 더 심각한 쪽입니다.")


CRITERIA_HEADER = ("번호", "진단기준", *YES_NO, "비고")
OWNER_HEADER = ("선택", "해결 주체", "등급")
RISK_HEADER = ("번호", "위험 항목", "가중치", *SCORE_CHOICES, "비고")
GRADE_HEADER = ("1등급", "2등급", "3등급")


def checklist_story(book: ChecklistBook) -> list[Any]:
    from reportlab.lib.units import mm

    w = content_width()
    st = styles()
    story: list[Any] = title_block(TITLE, f"{book.code} {book.name} · {book.department}", approval=True, width=w)
    story += [para(RETURN_NOTE.format(code=book.code), st.small),
              heading("1. 사업 개요"), kv_table(overview_rows(book), w, pairs=2)]
    story += [heading("2. 진단기준 해당 여부"),
              grid_table(CRITERIA_HEADER, criteria_rows(book),
                         [12 * mm, w - 12 * mm - 3 * 14 * mm - 30 * mm, 14 * mm, 14 * mm, 14 * mm, 30 * mm],
                         center=(0, 2, 3, 4)),
              gap(3), para(f"{TICKED}: 사업 목록의 등록 정보로 이미 해당하는 기준입니다. 다르면 바로잡아 주세요.", st.small)]
    story += [heading("3. 해결 주체 (누가 대응해야 하는가)"),
              grid_table(OWNER_HEADER, owner_rows(book), [14 * mm, w - 14 * mm - 30 * mm, 30 * mm], center=(0, 2))]
    story += [heading("4. 위험 진단표"),
              grid_table(RISK_HEADER, risk_rows(book),
                         [12 * mm, w - 12 * mm - 14 * mm - 4 * 13 * mm - 28 * mm, 14 * mm, *(13 * mm,) * 4, 28 * mm],
                         center=(0, 2, 3, 4, 5, 6)),
              gap(3), para(bands_text(book), st.small)]
    story += [heading("5. 자체진단 등급"),
              grid_table(GRADE_HEADER, [tuple(EMPTY for _g in GRADE_HEADER)], [w / 3] * 3, center=(0, 1, 2))]
    story += [heading("6. 예상되는 갈등과 대응 방안"), _blank_box(w, 55 * mm),
              kv_table([("작성자 (직·성명)", ""), ("연락처", ""), ("작성일", "")], w, pairs=3, label_width=60)]
    return story


def _blank_box(width: float, height: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from conflictdesk.reports.fonts import PDF_FONT
    from conflictdesk.reports.pdf_common import GRID

    table = Table([[""]], colWidths=[width], rowHeights=[height])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(GRID)),
                               ("FONTNAME", (0, 0), (-1, -1), PDF_FONT)]))
    return table


def render_checklist_pdf(book: ChecklistBook, out: Out, *, printed: date | None = None) -> int:
    """Write the printable checklist to ``out``; return the number of pages."""
    return build_pdf(checklist_story(book), out, title=f"{TITLE} — {book.code} {book.name}",
                     printed=printed or book.issued)


def checklist_hwpx(book: ChecklistBook, *, printed: date | None = None) -> SummaryHwpx:
    """The same form as a 한/글 document (the department may fill it in 한/글 and print it; the XLSX comes back)."""
    overview = overview_rows(book)
    sections = (
        HwpxSection("1. 사업 개요", paragraphs=(RETURN_NOTE.format(code=book.code),), table=HwpxTable(
            rows=tuple((a, b or "—", c, d or "—") for (a, b), (c, d) in zip(overview[::2], overview[1::2], strict=True)),
            label_columns=(0, 2))),
        HwpxSection("2. 진단기준 해당 여부",
                    paragraphs=(f"{TICKED}: 사업 목록의 등록 정보로 이미 해당하는 기준입니다. 다르면 바로잡아 주세요.",),
                    table=HwpxTable(header=CRITERIA_HEADER, rows=tuple(criteria_rows(book)))),
        HwpxSection("3. 해결 주체 (누가 대응해야 하는가)", table=HwpxTable(header=OWNER_HEADER, rows=tuple(owner_rows(book)))),
        HwpxSection("4. 위험 진단표", paragraphs=(bands_text(book),),
                    table=HwpxTable(header=RISK_HEADER, rows=tuple(risk_rows(book)))),
        HwpxSection("5. 자체진단 등급", table=HwpxTable(header=GRADE_HEADER, rows=((EMPTY, EMPTY, EMPTY),))),
        HwpxSection("6. 예상되는 갈등과 대응 방안", table=HwpxTable(rows=(("\n\n\n\n\n\n",),)),
                    more=(HwpxTable(rows=(("작성자 (직·성명)", "", "연락처", "", "작성일", ""),),
                                    label_columns=(0, 2, 4)),)),
    )
    return SummaryHwpx(title=TITLE, subtitle=f"{book.code} {book.name} · {book.department}", sections=sections,
                       info=DocumentInfo(author=book.officer, printed=printed or book.issued,
                                         document_title=f"{TITLE} — {book.code} {book.name}",
                                         subject=TITLE, keywords=f"{book.code},{book.department}"))
