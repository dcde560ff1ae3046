"""Card, mediation and summary PDFs read back with pypdf: fonts, Korean text, escaping, masking, pages."""

from __future__ import annotations

import builtins
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hostile_project import CODE, HOSTILE, LONG_HANGUL, PERSON, PHONE, make_hostile_project
from pypdf import PdfReader

from conflictdesk.reports.card_pdf import render_card_pdf
from conflictdesk.reports.mediation_pdf import render_mediation_pdf
from conflictdesk.reports.summary_pdf import render_summary_pdf
from conflictdesk.services.report_data import card_choices, load_card_report, load_mediation_report
from conflictdesk.services.summary_data import load_grade_summary, load_round_report
from conflictdesk.store.engine import Database


def font_names(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            for desc in font.get("/DescendantFonts", []):
                assert "/FontFile2" in desc.get_object()["/FontDescriptor"].get_object()
            if "/FontDescriptor" in font:
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{font['/BaseFont']} not embedded"
    return names


def text_of(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def hostile_db(db: Database) -> Database:
    make_hostile_project(db)
    return db


def render_card(db: Database, unmasked: bool = False) -> bytes:
    buffer = io.BytesIO()
    render_card_pdf(load_card_report(db, CODE, unmasked=unmasked, as_of=date(2020, 12, 1)), buffer,
                    printed=date(2020, 12, 1))
    return buffer.getvalue()


def test_card_pdf_embeds_only_nanum_and_text_is_extractable(hostile_db: Database) -> None:
    reader, text = text_of(render_card(hostile_db))
    names = font_names(reader)
    assert names and all("NanumGothic" in n for n in names), names
    assert b"Helvetica" not in render_card(hostile_db)
    flat = squash(text)
    for needle in ("갈등관리카드", "결재", "담당", "팀장", "과장", "주요쟁점", "이해관계자", "조치실적", "대응계획",
                   "확산·심화", "인허가·영향평가", "갈등경보", "45.5억원", "출력일2020.12.1."):
        assert needle in flat, needle
    assert f"1/{len(reader.pages)}" in flat and f"{len(reader.pages)}/{len(reader.pages)}" in flat
    assert "sqlite3" not in flat and "데이터파일" not in flat  # the document leaves the office: no file name


def test_card_pdf_prints_hostile_text_literally(hostile_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    _reader, text = text_of(render_card(hostile_db))
    assert not any("passwd" in f for f in opened)
    flat = squash(text)
    for needle in ("<b>굵게</b>&x<y", '<imgsrc="/etc/passwd">', "<script>alert(1)</script>", "=1+1", "@SUM(A1)",
                   "../../etc/passwd"):
        assert needle in flat, needle
    assert LONG_HANGUL[:40] in flat and LONG_HANGUL[-40:] in flat


def test_card_pdf_masks_personal_data_unless_unmasked(hostile_db: Database) -> None:
    _r, masked = text_of(render_card(hostile_db))
    assert PHONE not in masked and PERSON not in masked and "hong@example.com" not in masked
    assert "010-****-5678" in masked and "홍*동" in masked and "송도주민대책위원회" in masked
    assert "취급 주의" not in masked
    _r, clear = text_of(render_card(hostile_db, unmasked=True))
    assert PHONE in clear and PERSON in clear and "개인정보 포함" in clear


def test_card_pdf_of_demo_has_expected_pages(demo_db: Database, tmp_path: Path) -> None:
    code = card_choices(demo_db, "2020-2")[0][0]
    out = tmp_path / "card.pdf"
    pages = render_card_pdf(load_card_report(demo_db, code), out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 1
    assert reader.metadata is not None and "갈등관리카드" in str(reader.metadata.title)


def test_mediation_pdf_has_council_and_payments(demo_db: Database) -> None:
    import sqlite3

    assert demo_db.path is not None
    with sqlite3.connect(demo_db.path) as conn:
        code = conn.execute("SELECT p.code FROM councils c JOIN projects p ON p.id = c.project_id").fetchone()[0]
    buffer = io.BytesIO()
    render_mediation_pdf(load_mediation_report(demo_db, code, as_of=date(2020, 12, 31)), buffer)
    reader, text = text_of(buffer.getvalue())
    assert all("NanumGothic" in n for n in font_names(reader))
    flat = squash(text)
    for needle in ("갈등조정결과보고서", "위원장", "당사자대표", "기본규칙", "회의개최현황", "합의서", "적법성검토",
                   "합의사항이행현황", "전문가수당지급", "합계3건"):
        assert needle in flat, needle


@pytest.mark.slow
def test_summary_pdf_with_hostile_names_and_charts(hostile_db: Database) -> None:
    summary = load_grade_summary(hostile_db, "2020-2", as_of=date(2020, 12, 1))
    buffer = io.BytesIO()
    pages = render_summary_pdf(summary, load_round_report(hostile_db, "2020-2"), buffer)
    reader, text = text_of(buffer.getvalue())
    assert len(reader.pages) == pages
    assert all("NanumGothic" in n for n in font_names(reader))
    flat = squash(text)
    for needle in ("갈등관리등급현황", "부서별등급현황", "../../etc/passwd", "<b>굵게</b>&x<y", "=1+1",
                   "갈등조정전문가미배정", "정기점검", "진단결과", "환경영향평가협의대상"):
        assert needle in flat, needle
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 4  # department, trend, criteria, grade distribution


def test_grade_summary_counts_new_carried_dropped_and_obligations(hostile_db: Database) -> None:
    summary = load_grade_summary(hostile_db, "2020-2", as_of=date(2020, 12, 1))
    statuses = {c.code: c.status for c in summary.cases}
    assert statuses == {CODE: "신규", "2020-000002": "제외"}
    (unmet,) = summary.unmet
    assert unmet.code == CODE and any("전문가" in m for m in unmet.missing)
    assert [o.code for o in summary.overdue_reviews] == [CODE]
    assert [o.what for o in summary.overdue_items] == [HOSTILE[3], "캐리지리턴".join(["\r", ""])]
    assert summary.totals.g1 == 1 and summary.totals.dropped == 1
    one = summary.for_department("도시계획과")
    assert [c.code for c in one.cases] == ["2020-000002"] and not one.unmet
    before = load_grade_summary(hostile_db, "2020-2", as_of=date(2020, 7, 1))
    assert not before.overdue_reviews and not before.overdue_items
