"""The HWPX card and summary read back like a real 공문: document information from the document and the user,
a 결재란, page x / y in the footer, "2020. 7. 31." dates, repeated header rows, widths from the content, a real
preview, and the same sections and labels as the PDF."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from conflictdesk.cli import main
from conflictdesk.reports.hwpx import column_weights

hwpx = pytest.importorskip("hwpx")

CODE = "2020-000187"


def _council_code(demo_path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(demo_path)
    (code,) = conn.execute("SELECT p.code FROM projects p JOIN councils c ON c.project_id = p.id "
                           "JOIN cards k ON k.project_id = p.id LIMIT 1").fetchone()
    conn.close()
    return str(code)


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def _section(path: Path) -> str:
    return _part(path, "Contents/section0.xml").decode("utf-8")


def _texts(path: Path) -> str:
    return "\n".join(re.findall(r"<hp:t>([^<]*)</hp:t>", _section(path)))


@pytest.fixture
def card(demo_path: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    code = _council_code(demo_path)
    out, pdf = tmp_path / "카드.hwpx", tmp_path / "카드.pdf"
    for target in (out, pdf):
        assert main(["--db", str(demo_path), "export", "card", code, "--out", str(target), "--as-of",
                     "2020-12-31"]) == 0
    return out, pdf, code


def test_document_information_comes_from_the_document_and_the_user(card: tuple[Path, Path, str]) -> None:
    out, _pdf, code = card
    hpf = _part(out, "Contents/content.hpf").decode("utf-8")
    assert "synthetic-fixture-author" not in hpf and "2025-09-17" not in hpf and "2025년 9월" not in hpf
    title = re.search(r"<opf:title>([^<]*)</opf:title>", hpf)
    assert title and title.group(1).startswith("갈등관리카드 — ")
    creator = re.search(r'<opf:meta name="creator" content="text">([^<]*)<', hpf)
    assert creator and creator.group(1)  # the user who exported it
    created = re.search(r'<opf:meta name="CreatedDate" content="text">([^<]*)<', hpf)
    assert created and created.group(1).startswith(str(date.today().year))
    assert code in hpf  # subject and keywords name the project
    assert not hwpx.HwpxDocument.open(out).validate().issues


def test_approval_box_header_footer_and_page_numbers(card: tuple[Path, Path, str]) -> None:
    out, _pdf, _code = card
    xml = _section(out)
    texts = _texts(out)
    for role in ("결재", "담당", "팀장", "과장"):
        assert role in texts
    assert "<hp:header" in xml and "<hp:footer" in xml
    footer = re.search(r"<hp:footer.*?</hp:footer>", xml, re.S)
    assert footer is not None
    assert 'numType="PAGE"' in footer.group(0) and 'numType="TOTAL_PAGE"' in footer.group(0)
    assert "출력일" in footer.group(0)
    assert "sqlite3" not in xml


def test_dates_tables_and_preview(card: tuple[Path, Path, str]) -> None:
    out, _pdf, _code = card
    texts = _texts(out)
    assert re.search(r"\d{4}\. \d{1,2}\. \d{1,2}\.", texts)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", texts.replace("2020-2", ""))  # no ISO dates on paper
    xml = _section(out)
    assert 'repeatHeader="1"' in xml and 'header="1"' in xml
    widths = {w for w in re.findall(r'<hp:cellSz width="(\d+)"', xml)}
    assert len(widths) > 3  # not equal columns everywhere
    preview = _part(out, "Preview/PrvImage.png")
    assert len(preview) > 5_000  # a drawn page, not the blank 1×1 template image
    assert "갈등관리카드" in _part(out, "Preview/PrvText.txt").decode("utf-8")


def test_card_hwpx_has_the_pdf_sections_and_labels(card: tuple[Path, Path, str]) -> None:
    out, pdf, _code = card
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    headings = re.findall(r"^(\d{1,2}\. [^\n]+)$", pdf_text, re.M)
    assert len(headings) >= 12
    texts = _texts(out)
    for heading in headings:
        assert heading.strip() in texts, heading
    for label in ("경보 수준", "차수 최고 경보", "갈등조정협의회", "정기점검 이력", "합의사항"):
        assert label in texts


def test_summary_hwpx_has_every_pdf_section(demo_path: Path, tmp_path: Path) -> None:
    out, pdf = tmp_path / "현황.hwpx", tmp_path / "현황.pdf"
    for target in (out, pdf):
        assert main(["--db", str(demo_path), "export", "summary", "--round", "2020-2", "--as-of", "2020-12-31",
                     "--out", str(target)]) == 0
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    headings = [h.strip() for h in re.findall(r"^(\d\. [^\n]+)$", pdf_text, re.M)]
    assert len(headings) >= 8
    texts = _texts(out)
    for heading in headings:
        assert heading in texts, heading
    assert "결재" in texts and "합계" in texts and "교통영향평가" in texts


def test_column_widths_follow_the_content() -> None:
    weights = column_weights([("번호", "부서", "내용"), ("1", "시민정책담당관실", "가" * 80)], 3)
    assert weights[0] < weights[1] < weights[2]
    assert weights[1] >= 16  # "시민정책담당관실" fits on one line
    assert weights[2] == 48  # a long text wraps instead of squeezing the others
