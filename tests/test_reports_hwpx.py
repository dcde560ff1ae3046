"""HWPX export: cards and summaries open back with python-hwpx, Korean text intact, markup escaped not interpreted."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from conflictdesk.reports.hwpx import (
    MISSING_MESSAGE,
    CardHwpx,
    HwpxSection,
    HwpxTable,
    HwpxUnavailable,
    SummaryHwpx,
    clean_text,
    write_card_hwpx,
    write_summary_hwpx,
)

HOSTILE = "<b>굵게</b> & ]]> <script>alert(1)</script>"


def _card(title: str = "갈등관리카드: 송도 소각장 증설") -> CardHwpx:
    return CardHwpx(
        title=title,
        subtitle="2020-000017 · 자원순환과 · 2020-07-15",
        sections=(
            HwpxSection("사업 개요", ("인근 주민 반발이 이어지고 있음.", f"메모: {HOSTILE}")),
            HwpxSection("이해관계자", table=HwpxTable(header=("구분", "이름", "연락처"),
                                                   rows=(("주민대표", "홍*동", "010-****-5678"),
                                                         ("시민단체", HOSTILE)))),
            HwpxSection("향후 전망", ("1차 설명회 후\n2차 공청회 예정",)),
        ),
    )


def _section_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        names = sorted(n for n in zf.namelist() if n.startswith("Contents/section") and n.endswith(".xml"))
        assert names, "no section XML in the HWPX package"
        return "".join(zf.read(n).decode("utf-8") for n in names)


def test_missing_library_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "hwpx", None)  # makes `import hwpx` raise ImportError
    with pytest.raises(HwpxUnavailable) as exc:
        write_card_hwpx(_card(), tmp_path / "card.hwpx")
    assert exc.value.message == MISSING_MESSAGE
    assert "pip install 'conflictdesk[hwpx]'" in str(exc.value)
    assert not (tmp_path / "card.hwpx").exists()


def test_clean_text_drops_what_xml_cannot_hold() -> None:
    assert clean_text("가\x00나\x1f다\r\n라\r마\t바") == "가나다\n라\n마\t바"


def test_card_opens_back_with_its_korean_text(tmp_path: Path) -> None:
    hwpx = pytest.importorskip("hwpx")
    path = write_card_hwpx(_card(), tmp_path / "카드.hwpx")
    assert path == tmp_path / "카드.hwpx"
    doc = hwpx.HwpxDocument.open(path)
    text = doc.text.plain()
    for expected in ("갈등관리카드: 송도 소각장 증설", "2020-000017 · 자원순환과", "사업 개요",
                     "인근 주민 반발이 이어지고 있음.", "이해관계자", "주민대표", "홍*동", "010-****-5678",
                     "1차 설명회 후", "2차 공청회 예정"):
        assert expected in text
    assert not doc.validate().issues
    assert [p.name for p in tmp_path.iterdir()] == ["카드.hwpx"]  # no temporary file left behind


def test_hostile_text_is_escaped_not_interpreted(tmp_path: Path) -> None:
    hwpx = pytest.importorskip("hwpx")
    path = write_card_hwpx(_card(title=f"카드 {HOSTILE}"), tmp_path / "card.hwpx")
    xml = _section_xml(path)
    assert "<b>" not in xml and "<script>" not in xml and "]]>" not in xml
    assert "&lt;b&gt;굵게&lt;/b&gt; &amp; ]]&gt;" in xml
    text = hwpx.HwpxDocument.open(path).text.plain()
    assert f"카드 {HOSTILE}" in text  # the title reads back exactly as typed
    assert text.count(HOSTILE) == 3  # title, paragraph, table cell


def test_summary_with_a_grade_table(tmp_path: Path) -> None:
    hwpx = pytest.importorskip("hwpx")
    summary = SummaryHwpx(
        title="2020년 하반기 갈등관리 등급 현황",
        subtitle="진단 2020-2 · 부서장 보고용",
        sections=(
            HwpxSection("등급별 현황", ("중점관리 대상 3건, 일반관리 12건.",),
                        HwpxTable(header=("등급", "건수", "전기 대비"),
                                  rows=(("1등급", "3", "+1"), ("2등급", "5", "0"), ("3등급", "7", "-2")))),
            HwpxSection("부서별", table=HwpxTable(rows=(("교통정책과", "4"), ("자원순환과",)))),
            HwpxSection("비고"),  # a heading alone is fine
        ),
    )
    path = write_summary_hwpx(summary, tmp_path / "out" / "summary.hwpx")  # the folder is created
    doc = hwpx.HwpxDocument.open(path)
    text = doc.text.plain()
    for expected in ("2020년 하반기 갈등관리 등급 현황", "등급별 현황", "중점관리 대상 3건", "1등급", "3등급",
                     "전기 대비", "교통정책과", "자원순환과", "비고"):
        assert expected in text
    assert not doc.validate().issues
    tables = [t for p in doc.paragraphs for t in p.tables]
    # the 결재란 (2 rows: roles and signatures; 결재 merged) comes first, then the document's tables
    assert [(t.row_count, t.column_count) for t in tables] == [(2, 4), (4, 3), (2, 2)]


def test_overwrites_an_existing_file(tmp_path: Path) -> None:
    hwpx = pytest.importorskip("hwpx")
    path = tmp_path / "card.hwpx"
    path.write_bytes(b"old")
    write_card_hwpx(_card(), path)
    assert "사업 개요" in hwpx.HwpxDocument.open(path).text.plain()
