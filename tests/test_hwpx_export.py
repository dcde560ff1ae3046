"""HWPX (한/글) export of the conflict card and the grade summary through the command line."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from conflictdesk.cli import main

pytest.importorskip("hwpx")


def _texts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.search(r"section\d+\.xml$", n.lower()))
    return re.findall(r"<hp:t>([^<]*)</hp:t>", xml)


def _card_code(path: Path) -> tuple[str, str]:
    conn = sqlite3.connect(path)
    code, contact = conn.execute(
        "SELECT p.code, s.contact FROM projects p JOIN cards c ON c.project_id = p.id "
        "JOIN stakeholders s ON s.card_id = c.id WHERE s.contact != '' LIMIT 1").fetchone()
    conn.close()
    return code, contact


def test_card_hwpx_has_every_section_and_masks_contacts(demo_path: Path, tmp_path: Path) -> None:
    code, contact = _card_code(demo_path)
    out = tmp_path / "카드.hwpx"
    assert main(["--db", str(demo_path), "export", "card", code, "--out", str(out)]) == 0
    texts = _texts(out)
    for heading in ("1. 사업 개요", "3. 주요쟁점", "4. 이해관계자", "향후 전망", "8. 대응계획"):
        assert heading in texts
    assert code in texts
    joined = "\n".join(texts)
    assert contact not in joined and "****" in joined


@pytest.mark.slow
def test_summary_hwpx_lists_departments_and_key_cases(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "현황.hwpx"
    assert main(["--db", str(demo_path), "export", "summary", "--round", "2020-2", "--out", str(out)]) == 0
    texts = _texts(out)
    assert "2. 부서별 등급 현황" in texts and "3. 중점관리(1·2등급) 사업 변동" in texts and "합계" in "".join(texts)


def test_unknown_suffix_is_refused_in_one_line(demo_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _card_code(demo_path)
    assert main(["--db", str(demo_path), "export", "card", code, "--out", str(tmp_path / "x.docx")]) == 1
    assert ".hwpx" in capsys.readouterr().err
