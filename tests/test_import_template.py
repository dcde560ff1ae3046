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
