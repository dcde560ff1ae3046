"""The import template: exact §9 headers in order, drop-downs, frozen header, widths, guide sheet, CLI."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from conflictdesk.cli import main
from conflictdesk.domain.import_columns import HEADERS, YES_NO_HEADERS, display_width
from conflictdesk.reports.template import write_template

SPEC_HEADERS = ("사업코드, 사업명, 담당부서, 담당자, 연락처, 사업개요, 총사업비(백만원), 중기재정계획, 교통영향평가, "
                "환경영향평가, 전결권자, 규제 자치법규 제·개정, 갈등 표출, 비고").split(", ")


def test_template_has_the_exact_headers_dropdowns_and_guide(tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["사업목록", "작성안내"]
    ws = wb["사업목록"]
    assert [c.value for c in ws[1]] == SPEC_HEADERS == list(HEADERS)
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 1  # no styled empty cells that would push appended rows down
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1 and validations[0].formula1 == '"Y,N"'
    covered = {str(r).split(":")[0].rstrip("0123456789") for r in validations[0].sqref.ranges}
    yes_no_letters = {openpyxl.utils.get_column_letter(HEADERS.index(h) + 1) for h in YES_NO_HEADERS}
    assert covered == yes_no_letters
    for i, header in enumerate(HEADERS):
        width = ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
        assert width >= display_width(header), header
    assert ws.column_dimensions["G"].number_format == "#,##0.###"
    assert ws["A1"].font.bold
    guide = " ".join(str(c.value) for row in wb["작성안내"].iter_rows() for c in row if c.value)
    for needle in ("사업명", "담당부서", "4,000", "40억", "4,000백만원", "1조 2,000억", "O/X", "해당/비해당"):
        assert needle in guide


def test_cli_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "서식.xlsx"
    assert main(["--db", str(tmp_path / "x.sqlite3"), "template", "--out", str(out)]) == 0
    assert out.exists() and "저장했습니다" in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "x.sqlite3"), "template", "--out", str(tmp_path / "no" / "t.xlsx")]) == 1
    assert "폴더가 없습니다" in capsys.readouterr().err


def test_template_prints_one_landscape_page_per_sheet_with_readable_guide(tmp_path: Path) -> None:
    """Its header row printed over five portrait pages and the guide's rows overlapped in LibreOffice (issue 18)."""
    import openpyxl

    from conflictdesk.reports.template import GUIDE_LINES

    wb = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape" and setup.fitToWidth == 1 and setup.fitToHeight == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_area
        assert ws.oddHeader.left.text and ws.oddFooter.right.text == "&P / &N"
    guide = wb["작성안내"]
    for row, (_title, text) in enumerate(GUIDE_LINES, 1):
        height = guide.row_dimensions[row].height
        assert height is not None and height >= 15 * (len(text) // 90 + 1)  # tall enough for its wrapped text
    assert "은(는)" not in "".join(str(c.value) for r in guide.iter_rows() for c in r if c.value)
    assert wb.properties.creator == "갈등관리 데스크 (ConflictDesk)"
