"""The card PDF floor: reportlab alone drawing the same pages from plain Python data (no ConflictDesk code).

``card_data`` turns a loaded card into plain lists of strings *before* the timing starts (it only reads attributes;
nothing of ConflictDesk is imported here). ``render_floor`` then draws the card's pages with reportlab only: the same
font (the bundled NanumGothic TTFs, embedded), the same paragraphs (escaped, wrapped), the same tables (grid, label
shading, repeated header rows, the approval box) and the same "x / y" footer on every page of A4.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FONT_DIR = ROOT / "resources" / "fonts"
FONT = "FloorNanum"
FONT_BOLD = "FloorNanum-Bold"

Section = tuple[Any, ...]


def _date(d: date | None) -> str:
    return f"{d.year}. {d.month}. {d.day}." if d else ""


def _won(won: int | None) -> str:
    return "—" if won is None else f"{won:,}원"


def _items(items: Any, width: float, what: str) -> Section:
    return ("grid", ["번호", what, "담당", "기한", "상태", "완료일"],
            [(str(n), i.title, i.owner, _date(i.due), i.status + (" (기한 경과)" if i.overdue else ""),
              _date(i.done_on)) for n, i in enumerate(items, 1)], [30, width - 330, 85, 70, 75, 70], (0, 3, 4, 5),
            "기록 없음")


def card_data(card: Any) -> dict[str, Any]:
    """The card's text as plain lists and tuples of str (untimed preparation): every section the product prints."""
    h = card.header
    w = 595.2755905511812 - 36 * 2.834645669
    grade = f"{h.grade}등급" + (" (중점관리)" if h.grade in (1, 2) else "") if h.grade else "미확정"
    a = card.alert
    level = f"{a.level} (기준일 {_date(a.as_of)}, 최근 {a.lookback_days}일)" if a else (h.alert or "—")
    highest = (a.highest + (f" ({_date(a.highest_on)} 도달)" if a.highest_on else "")) if a else "—"
    since = f" ({_date(card.stage_since)}부터)" if card.stage_since else ""
    sections: list[Section] = [
        ("heading", "1. 사업 개요"),
        ("kv", [("사업명", h.name), ("사업코드", h.code), ("소관부서", f"{h.bureau} {h.department}".strip()),
                ("진단 차수", h.round_code or "—"), ("관리등급", grade), ("총사업비", _won(h.budget_won)),
                ("경보 수준", level), ("차수 최고 경보", highest), ("분야", card.field or "—"), ("", "")], 62.0, 2),
        ("heading", "2. 갈등 유형 및 단계"),
        ("kv", [("갈등 유형", " · ".join(card.types) or "—"), ("갈등 단계", (card.stage or "—") + since),
                ("사업 단계", card.phase or "—")], 85.0, 1),
        ("space",),
        ("grid", ["일자", "이전 단계", "변경 단계", "사유"],
         [(_date(d), x or "—", y, r) for d, x, y, r in card.transitions], [70, 70, 70, w - 210], (0, 1, 2),
         "단계 변경 이력 없음"),
        ("heading", "3. 주요쟁점"),
        ("grid", ["번호", "구분", "주요쟁점"], [(str(n), k, t) for n, (k, t) in enumerate(card.issues, 1)],
         [34, 46, w - 80], (0, 1), "기록 없음"),
        ("heading", "4. 이해관계자"),
        ("grid", ["이름·단체", "구분", "입장", "이해관계", "영향력", "대표자", "연락처"],
         [(s.name, s.kind, s.position, s.interests, f"{s.influence} / 5", s.representative, s.contact)
          for s in card.stakeholders], [92, 52, 46, w - 392, 42, 62, 98], (1, 4), "기록 없음"),
        ("heading", "5. 갈등 징후"),
        ("kv", [("경보 수준", level), ("충족 신호", "\n".join(a.met) or "없음"),
                (f"{a.round_code or '차수'} 최고 경보", highest), ("당시 충족 신호", "\n".join(a.highest_met) or "없음"),
                ("진단 시 경보", h.alert or "—")] if a else [("경보 수준", h.alert or "—")], 95.0 if a else 85.0, 1),
        ("space",),
        ("grid", ["일자", "구분", "건수", "비고"], [(_date(d), k, f"{n:,}", note) for d, k, n, note in card.signals],
         [70, 70, 50, w - 190], (0, 1, 2), "기록 없음"),
        ("heading", "6. 사회적 영향 및 향후 전망"),
        ("kv", [("사회적 영향", card.social_impact or "—"), ("향후 전망", card.outlook or "—")], 85.0, 1),
        ("heading", "7. 조치실적"),
        ("grid", ["일자", "조치 내용"], [(_date(d), t) for d, t in card.actions], [70, w - 70], (0,), "기록 없음"),
        ("heading", "8. 대응계획"),
    ]
    plan = card.plan
    if plan is None:
        sections.append(("kv", [("대응계획", "수립되지 않음")], 85.0, 1))
    else:
        strategy = " · ".join(plan.strategies) + ("\n" + plan.strategy_note if plan.strategy_note else "")
        sections += [
            ("kv", [("배경 및 현황", plan.background or "—"), ("목표", plan.goal or "—"), ("전략 및 수단", strategy or "—"),
                    ("협업부서", plan.cooperating or "—"), ("소요 예산", _won(plan.budget_won)),
                    ("위험요인", plan.risks or "—"), ("대안", plan.fallback or "—")], 85.0, 1),
            ("space",),
            _items(plan.items, w, "조치항목"),
        ]
    sections.append(("heading", "8-1. 갈등영향분석"))
    if not card.analyses:
        sections.append(("kv", [("갈등영향분석", "실시하지 않음")], 85.0, 1))
    for n, x in enumerate(card.analyses):
        if n:
            sections.append(("space",))
        sections += [
            ("kv", [("의뢰일", _date(x.commissioned_on)), ("분석자", x.analyst or "—"), ("비용", _won(x.cost_won)),
                    ("권고 등급", f"{x.recommended_grade}등급" if x.recommended_grade else "—")], 62.0, 2),
            ("kv", [("분석 범위", x.scope or "—"), ("주요 결과", x.findings or "—"),
                    ("권고 전략", x.recommended_strategy or "—"), ("보고서", x.report_ref or "—")], 85.0, 1),
        ]
    sections += [
        ("heading", "9. 갈등조정전문가"),
        ("grid", ["성명", "소속", "역할", "기간"],
         [(e.name, e.affiliation, e.role, f"{_date(e.start_on)} ~ {_date(e.end_on)}") for e in card.experts],
         [70, w - 300, 80, 150], (2,), "배정된 전문가 없음"),
        ("heading", "10. 갈등조정협의회"),
    ]
    c = card.council
    if c is None:
        sections.append(("kv", [("협의회", "구성되지 않음")], 85.0, 1))
    else:
        result: list[tuple[str, str]] = ([("결과 문서", f"{c.result_kind} ({_date(c.result_on)})"),
                                          ("주요 내용", c.result_text or "—"),
                                          ("적법성 검토", c.legality_note or "검토 기록 없음")] if c.result_kind
                                         else [("결과 문서", "아직 작성되지 않음 (협의 진행 중)")])
        sections += [
            ("kv", [("협의회 명칭", c.name or "—"), ("활동 기간", f"{_date(c.formed_on)} ~ {_date(c.end_on)}"),
                    ("위원장", c.chair or "—"), ("위원 수", f"{len(c.members)}명")], 62.0, 2),
            ("grid", ["번호", "성명", "역할", "소속", "대표 측"],
             [(str(n), m.name, m.role, m.affiliation, m.side or "—") for n, m in enumerate(c.members, 1)],
             [30, 80, 80, w - 290, 100], (0, 2, 4), "기록 없음"),
            ("grid", ["회차", "일자", "장소", "참석", "공개", "주요 내용"],
             [(f"{n}차", _date(m.held_on), m.place, m.attendees, "공개" if m.is_open else "비공개", m.minutes)
              for n, m in enumerate(c.meetings, 1)], [34, 66, 90, 70, 44, w - 304], (0, 1, 4), "회의 기록 없음"),
            ("kv", result, 85.0, 1),
            _items(c.items, w, "합의사항"),
        ]
    reviews = [(r.round_code, _date(r.done_on) if r.done_on else f"미실시 (마감 {_date(r.due)})", r.findings or "—",
                r.stage or "—", f"{r.grade_recommendation}등급" if r.grade_recommendation else "—")
               for r in card.reviews]
    closure = ([("종결일", _date(card.closed_on)), ("종결 사유", card.closure_reason or "—")] if card.closed_on
               else [("상태", "진행 중 (종결되지 않음)")])
    sections.append(("keep", [
        ("heading", "11. 정기점검 이력"),
        ("grid", ["차수", "점검일", "점검 결과", "갈등 단계", "권고 등급"], reviews, [50, 100, w - 280, 65, 65],
         (0, 1, 3, 4), "정기점검 기록 없음"),
        ("heading", "12. 종결"),
        ("kv", closure, 85.0, 1),
    ]))
    return {"title": "갈등관리카드", "subtitle": f"{h.name}  ({h.code})", "name": h.name, "sections": sections,
            "banner": "개인정보 포함 — 취급 주의" if card.unmasked else ""}


_ready: dict[str, Any] = {}


def _setup() -> dict[str, Any]:
    """Fonts and paragraph styles, once per process (as any reportlab program does)."""
    if _ready:
        return _ready
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.fonts import addMapping
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "NanumGothic-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "NanumGothic-Bold.ttf")))
    for bold, italic in ((0, 0), (0, 1)):
        addMapping(FONT, bold, italic, FONT)
    for bold, italic in ((1, 0), (1, 1)):
        addMapping(FONT, bold, italic, FONT_BOLD)
    navy = colors.HexColor("#1f3b73")
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=13)
    _ready.update(
        body=body,
        cjk=ParagraphStyle("cjk", parent=body, wordWrap="CJK"),
        label=ParagraphStyle("label", parent=body, fontName=FONT_BOLD),
        header=ParagraphStyle("header", parent=body, fontName=FONT_BOLD, alignment=TA_CENTER, textColor=navy),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=26, textColor=navy),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11, leading=16),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=16, spaceBefore=9,
                               spaceAfter=4, textColor=navy),
        label_bg=colors.HexColor("#eef1f6"), grid=colors.HexColor("#8a94a6"), grey=colors.HexColor("#555555"),
        red=colors.HexColor("#b00020"),
    )
    return _ready


def render_floor(data: dict[str, Any], out: str | Path | IO[bytes], *, footer: str) -> int:
    """Draw the card described by ``data`` to ``out`` with reportlab alone; return the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    st = _setup()
    width = A4[0] - 36 * mm

    def p(text: str, style: Any = None) -> Paragraph:
        value = text.replace("\r\n", "\n").replace("\t", " ")
        chosen = style or (st["cjk"] if any(len(w) > 28 for w in value.split()) else st["body"])
        return Paragraph(escape(value).replace("\n", "<br/>"), chosen)

    def table(rows: list[list[Any]], widths: list[float], extra: list[tuple[Any, ...]], repeat: int = 0) -> Table:
        tall = any(len(getattr(cell, "text", "")) > 1200 for row in rows for cell in row)  # may need > 1 page
        t = Table(rows, colWidths=widths, repeatRows=repeat, hAlign="LEFT", splitInRow=1 if tall else 0)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, st["grid"]), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                               ("FONTNAME", (0, 0), (-1, -1), FONT), *extra]))
        return t

    approval = table([[p("결\n\n재", st["header"]), *(p(r, st["header"]) for r in ("담당", "팀장", "과장"))],
                      ["", "", "", ""]], [8 * mm, 17 * mm, 17 * mm, 17 * mm],
                     [("SPAN", (0, 0), (0, 1)), ("BACKGROUND", (0, 0), (-1, 0), st["label_bg"]),
                      ("BACKGROUND", (0, 0), (0, 1), st["label_bg"])])
    top = Table([[[Paragraph(escape(data["title"]), st["title"]), Paragraph(escape(data["subtitle"]), st["subtitle"])],
                  approval]], colWidths=[width - 60 * mm, 60 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("FONTNAME", (0, 0), (-1, -1), FONT), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    def flowables(sections: list[Section], top_level: bool) -> list[Any]:
        out: list[Any] = []
        for section in sections:
            kind = section[0]
            if kind == "heading":
                if top_level:
                    out.append(CondPageBreak(35 * mm))
                out.append(Paragraph(escape(section[1]), st["heading"]))
                continue
            if kind == "space":
                out.append(Spacer(1, 8))
                continue
            if kind == "keep":
                out.append(KeepTogether(flowables(section[1], False)))
                continue
            if kind == "kv":
                _, pairs_list, label_w, pairs = section
                value_w = (width - pairs * label_w) / pairs
                rows = []
                for start in range(0, len(pairs_list), pairs):
                    line: list[Any] = []
                    for label, value in pairs_list[start:start + pairs]:
                        line += [p(label, st["label"]), p(value)]
                    rows.append(line + [""] * (2 * pairs - len(line)))
                made = table(rows, [label_w, value_w] * pairs,
                             [("BACKGROUND", (2 * k, 0), (2 * k, -1), st["label_bg"]) for k in range(pairs)])
            else:
                _, headers, body, widths, center, empty = section
                rows = [[p(h, st["header"]) for h in headers]]
                rows += [[p(v, st["center"]) if i in center else p(v) for i, v in enumerate(row)] for row in body]
                extra: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), st["label_bg"])]
                if not body:
                    rows.append([p(empty, st["center"])] + [""] * (len(headers) - 1))
                    extra.append(("SPAN", (0, 1), (-1, 1)))
                made = table(rows, list(widths), extra, repeat=1)
            if out and isinstance(out[-1], Table):  # a table's border never touches the next table
                out.append(Spacer(1, 8))
            out.append(made)
        return out

    story: list[Any] = [top, *flowables(data["sections"], True)]
    pages = [0]
    title = f"{data['title']} — {data['name']}"

    class Numbered(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages[0] = total = len(self._kept)
            for state in self._kept:
                self.__dict__.update(state)
                w, h = self._pagesize
                self.saveState()
                self.setStrokeColor(st["grid"])
                self.setLineWidth(0.5)
                self.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
                self.setFont(FONT, 7.5)
                self.setFillColor(st["grey"])
                self.drawString(18 * mm, 9.5 * mm, footer[:120])
                self.drawRightString(w - 18 * mm, 9.5 * mm, f"{self._pageNumber} / {total}")
                if self._pageNumber > 1:
                    self.drawString(18 * mm, h - 11 * mm, title[:90])
                if data["banner"]:
                    self.setFont(FONT_BOLD, 8)
                    self.setFillColor(st["red"])
                    self.drawRightString(w - 18 * mm, h - 11 * mm, data["banner"])
                self.restoreState()
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(str(out) if isinstance(out, Path) else out, pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=20 * mm, title=title,
                            initialFontName=FONT, initialFontSize=9)
    doc.build(story, canvasmaker=Numbered)
    return pages[0]
