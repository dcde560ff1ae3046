"""The programme year's charts in every format: the HWPX (연간 결과, 종합계획) embeds the same PNG the PDF draws —
BinData part, manifest item, header binItem, an ``hp:pic`` after its section's tables — opens in python-hwpx, and
its text is the text without the pictures; a chart without data is left out of both, as the table already says."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from conflictdesk.reports import charts
from conflictdesk.reports.hwpx import write_summary_hwpx
from conflictdesk.reports.programme_charts import budget_chart, round_chart
from conflictdesk.reports.programme_files import write_programme
from conflictdesk.reports.programme_hwpx import annual_content, plan_content
from conflictdesk.services.programme_year import year_plan, year_results
from conflictdesk.store.engine import Database

hwpx = pytest.importorskip("hwpx")

AS_OF = date(2020, 12, 31)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def _texts(section_xml: str) -> list[str]:
    return re.findall(r"<hp:t>([^<]*)</hp:t>", section_xml)


def _pictures(section_xml: str) -> list[str]:
    """The binaryItemIDRef of every picture, in document order."""
    return re.findall(r'<hp:pic\b.*?<hc:img binaryItemIDRef="([^"]+)"', section_xml, re.S)


def _pdf_images(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


def test_the_annual_hwpx_embeds_the_round_and_budget_charts(demo_db: Database, tmp_path: Path) -> None:
    results = year_results(demo_db, 2020, as_of=AS_OF)
    out = tmp_path / "결과.hwpx"
    write_programme(results, ".hwpx", out)
    parts = _parts(out)
    images = sorted(name for name in parts if name.startswith("BinData/"))
    assert len(images) == 2 and all(name.endswith(".png") for name in images)
    # The PNGs are the PDF's charts, drawn by the same figure code (round comparison first, then the budget).
    round_fig, budget_fig = round_chart(results), budget_chart(results)
    assert round_fig is not None and budget_fig is not None
    expected = [charts.render_png(round_fig), charts.render_png(budget_fig)]
    hpf = parts["Contents/content.hpf"].decode("utf-8")
    manifest = {m.group(2): m.group(1) for m in re.finditer(
        r'<opf:item id="([^"]+)" href="(BinData/[^"]+)" media-type="image/png" isEmbeded="1"', hpf)}
    assert sorted(manifest) == images  # every image part is in the manifest, embedded
    header = parts["Contents/header.xml"].decode("utf-8")
    assert all(f'BinData="{name.removeprefix("BinData/")}"' in header for name in images)
    section = parts["Contents/section0.xml"].decode("utf-8")
    refs = _pictures(section)
    by_id = {item_id: href for href, item_id in manifest.items()}
    assert [parts[by_id[ref]] for ref in refs] == expected
    # Each chart follows its own section: the rounds chart before the 2nd heading, the budget chart after 예산.
    first, budget_at = section.index("<hp:pic"), section.rindex("<hp:pic")
    assert section.index("<hp:t>1. 진단 차수") < first < section.index("<hp:t>2. 중점관리")
    assert section.index("<hp:t>7. 예산") < budget_at
    assert "진단 차수 (상·하반기 비교) 차트" in section  # the picture's description
    doc = hwpx.HwpxDocument.open(out)
    assert [r.binary_item_id_ref for r in doc.media.picture_references()] == refs
    assert not doc.validate().issues
    # The text read back is the text of the same document without pictures.
    content = annual_content(results)
    bare = replace(content, sections=tuple(replace(s, pictures=()) for s in content.sections))
    write_summary_hwpx(bare, tmp_path / "bare.hwpx")
    bare_section = _parts(tmp_path / "bare.hwpx")["Contents/section0.xml"].decode("utf-8")
    assert _texts(section) == _texts(bare_section) and "<hp:pic" not in bare_section
    pdf = tmp_path / "결과.pdf"
    write_programme(results, ".pdf", pdf)
    assert _pdf_images(pdf) == 2


def test_the_plan_hwpx_has_last_years_round_chart(demo_db: Database, tmp_path: Path) -> None:
    plan = year_plan(demo_db, 2021, as_of=AS_OF)
    out = tmp_path / "계획.hwpx"
    write_programme(plan, ".hwpx", out)
    parts = _parts(out)
    section = parts["Contents/section0.xml"].decode("utf-8")
    (ref,) = _pictures(section)
    figure = round_chart(plan.last)
    assert figure is not None
    assert parts[f"BinData/{ref}.png"] == charts.render_png(figure)
    assert ref in parts["Contents/content.hpf"].decode("utf-8")
    assert "2021년 갈등관리 종합계획" in "\n".join(_texts(section))
    assert not hwpx.HwpxDocument.open(out).validate().issues
    (charted,) = [s for s in plan_content(plan).sections if s.pictures]
    assert "추진 결과" in charted.heading


def test_a_chart_without_data_is_left_out_as_in_the_pdf(demo_db: Database, tmp_path: Path) -> None:
    # 2021 has a budget but no diagnosis round yet: only the budget chart; the 2022 plan's last year has no rounds.
    results = year_results(demo_db, 2021)
    assert not results.rounds and round_chart(results) is None and budget_chart(results) is not None
    plan = year_plan(demo_db, 2022)
    assert round_chart(plan.last) is None
    for data, name, pictures in ((results, "결과", 1), (plan, "계획", 0)):
        out = tmp_path / f"{name}.hwpx"
        write_programme(data, ".hwpx", out)
        parts = _parts(out)
        section = parts["Contents/section0.xml"].decode("utf-8")
        assert len(_pictures(section)) == pictures
        assert len([n for n in parts if n.startswith("BinData/")]) == pictures
        assert ("image/png" in parts["Contents/content.hpf"].decode("utf-8")) == bool(pictures)
        assert len(hwpx.HwpxDocument.open(out).media.picture_references()) == pictures
        pdf = tmp_path / f"{name}.pdf"
        write_programme(data, ".pdf", pdf)
        assert _pdf_images(pdf) == pictures
