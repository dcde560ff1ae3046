"""Read the cells of an import file safely: .xlsx (zip/entity bombs, password, formulas) and .csv (UTF-8/CP949)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from conflictdesk.domain.errors import DomainError

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # total bytes inside an xlsx
MAX_RATIO = 200  # per member larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10_000
MAX_CSV_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
#: Columns read per row: the template has a few dozen; a sheet may *declare* 16,384 (XFD) to exhaust memory.
MAX_COLUMNS = 256
#: Cells kept in memory over the whole sheet (rows × columns actually filled), and characters per cell
#: (Excel's own limit per cell is 32,767).
MAX_CELLS = 8_000_000
MAX_CELL_CHARS = 32_767
CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                          "#SPILL!", "#CALC!"})
_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z0-9_]+:)?f[\s>/]")


class ImportFileError(DomainError):
    """The file as a whole cannot be read (not a spreadsheet, password, bomb, encoding…)."""

    code = "bad_file"


class ImportCancelled(DomainError):
    code = "cancelled"


@dataclass(frozen=True)
class CellIssue:
    """A cell whose value cannot be trusted (formula without a cached value, an error value)."""

    row: int
    col: int  # 0-based
    message: str


@dataclass(frozen=True)
class RawSheet:
    """Cell values as read: ``rows[i] = (spreadsheet row number, values)``; row 1 is the header."""

    name: str
    kind: str  # "xlsx" | "csv"
    encoding: str
    rows: list[tuple[int, tuple[object, ...]]]
    issues: list[CellIssue]


Progress = Callable[[int, str], bool]


def _fail(path: Path, message: str) -> ImportFileError:
    return ImportFileError(f"{message}: {path.name}")


def _check_path(p: Path) -> bytes:
    """The first bytes of ``p`` after the checks every import file passes (exists, a file, not encrypted/.xls)."""
    if not p.exists():
        raise ImportFileError("import_file_missing", code="missing", path=str(p))
    if p.is_dir():
        raise ImportFileError("import_file_is_folder", code="bad_file", path=str(p))
    with p.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(CFB_MAGIC):
        raw = p.read_bytes()[:4 * 1024 * 1024]
        if ENCRYPTED_MARK in raw:
            raise _fail(p, "암호로 보호된 파일입니다. 엑셀에서 암호를 해제하고 다시 저장한 뒤 가져오세요")
        raise _fail(p, "암호로 보호된 파일이거나 예전 Excel 97-2003(.xls) 형식입니다. "
                       "암호를 해제하고 .xlsx 형식으로 저장한 뒤 가져오세요")
    return head


def read_cells(path: Path | str, progress: Progress | None = None) -> RawSheet:
    """Read every row of the import file ``path``; raises :class:`ImportFileError` when it cannot be read."""
    p = Path(path)
    head = _check_path(p)
    suffix = p.suffix.lower()
    if head.startswith(b"PK"):
        return _read_xlsx(p, progress)
    if suffix in (".xlsx", ".xlsm"):
        raise _fail(p, "엑셀(.xlsx) 파일이 아닙니다(내용이 스프레드시트 형식이 아님)")
    if suffix in (".csv", ".txt"):
        return _read_csv(p, progress)
    raise _fail(p, "지원하지 않는 파일 형식입니다. 엑셀(.xlsx) 또는 CSV(.csv) 파일을 고르세요")


def read_workbook(path: Path | str, progress: Progress | None = None) -> dict[str, RawSheet]:
    """Every sheet of the .xlsx ``path`` (hidden ones too) by name, under the same guards as :func:`read_cells`."""
    p = Path(path)
    if not _check_path(p).startswith(b"PK"):
        raise _fail(p, "엑셀(.xlsx) 파일이 아닙니다(내용이 스프레드시트 형식이 아님)")
    return {sheet.name: sheet for sheet in _read_xlsx_sheets(p, progress, lambda wb: list(wb.worksheets))}


# --- csv -----------------------------------------------------------------------------------------


def _decode(p: Path, data: bytes) -> tuple[str, str]:
    """Decode the whole file: UTF-8 (BOM or not) first, then CP949 — one decision per file, never per cell."""
    if b"\x00" in data:
        raise _fail(p, "텍스트(CSV) 파일이 아닙니다(이진 데이터가 들어 있음)")
    try:
        return data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError as exc:
        raise _fail(p, f"글자 인코딩을 알 수 없습니다(UTF-8도 CP949도 아님, {exc.start}번째 바이트)") from None


def _read_csv(p: Path, progress: Progress | None) -> RawSheet:
    if p.stat().st_size > MAX_CSV_BYTES:
        raise _fail(p, f"파일이 너무 큽니다(최대 {MAX_CSV_BYTES // 1024 // 1024}MB)")
    text, encoding = _decode(p, p.read_bytes())
    first_line = text[:64 * 1024].split("\n", 1)[0]
    dialect: type[csv.Dialect] = csv.excel_tab if "\t" in first_line and "," not in first_line else csv.excel
    rows: list[tuple[int, tuple[object, ...]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        for values in reader:
            rows.append((len(rows) + 1, tuple(values)))  # one record = one row, as a spreadsheet shows it
            _check_row(p, p.name, len(rows), values)
            if len(rows) > MAX_ROWS:
                raise _fail(p, f"행이 너무 많습니다(최대 {MAX_ROWS:,}행)")
            _tick(progress, len(rows))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _fail(p, f"{len(rows) + 1}행에 셀 하나가 너무 깁니다(셀 하나에 최대 {MAX_CELL_CHARS:,}자)") from None
        raise _fail(p, f"CSV 형식이 올바르지 않습니다({exc})") from None
    return RawSheet(p.name, "csv", encoding, rows, [])


def _tick(progress: Progress | None, n: int) -> None:
    if progress is not None and n % 2000 == 0 and not progress(min(40, 5 + n // 500), f"{n:,}행 읽는 중"):
        raise ImportCancelled("가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.")


# --- xlsx ----------------------------------------------------------------------------------------


def _check_zip(p: Path) -> bool:
    """Refuse zip bombs before openpyxl sees the file; True when any worksheet holds a formula."""
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _fail(p, "압축 파일 항목이 너무 많아 열 수 없습니다(압축 폭탄 의심)")
            total = 0
            for info in infos:
                total += info.file_size
                if total > MAX_UNCOMPRESSED:
                    raise _fail(p, f"압축을 풀면 {MAX_UNCOMPRESSED // 1024 // 1024}MB를 넘어 열 수 없습니다(압축 폭탄 의심)")
                if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise _fail(p, "압축률이 비정상적으로 높아 열 수 없습니다(압축 폭탄 의심)")
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise _fail(p, "엑셀(.xlsx) 파일이 아닙니다(스프레드시트가 들어 있지 않은 압축 파일)")
            if dtd_member(zf) is not None:
                raise _fail(p, "안전하지 않은 XML(엔티티·DTD 선언)이 들어 있어 열 수 없습니다")
            return any(_has_formula(zf, n) for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    except zipfile.BadZipFile:
        raise _fail(p, "엑셀(.xlsx) 파일이 아니거나 손상되었습니다") from None


def dtd_member(zf: zipfile.ZipFile) -> str | None:
    """The first XML part that declares a DTD or entities (an xlsx never does; billion-laughs bombs do).

    Checked before openpyxl, which in read-only mode can turn defusedxml's refusal into an IndexError.
    """
    for info in zf.infolist():
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        with zf.open(info) as fh:
            head = fh.read(64 * 1024)
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            return info.filename
    return None


def _has_formula(zf: zipfile.ZipFile, name: str) -> bool:
    tail = b""
    with zf.open(name) as fh:
        while chunk := fh.read(1024 * 1024):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def _sheet_rows(ws: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    # Read-only sheets yield empty rows for gaps, so counting from 1 gives the row numbers the user sees.
    # The declared dimension (<dimension ref="A1:XFD199999"/>) is not trusted: without it rows are only as
    # long as their last real cell, instead of 16,384 padded columns each (a 5 KB file asked for ~27 GB).
    ws.reset_dimensions()
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        end = len(values)
        while end and values[end - 1] is None:
            end -= 1
        yield number, tuple(values[:end]) if end != len(values) else tuple(values)


def _check_row(p: Path, sheet: str, number: int, values: tuple[object, ...] | list[str]) -> None:
    if len(values) > MAX_COLUMNS:
        raise _fail(p, f"'{sheet}' 시트 {number}행에 열이 너무 많습니다(최대 {MAX_COLUMNS}열)")
    for c, v in enumerate(values):
        if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
            raise _fail(p, f"'{sheet}' 시트 {number}행 {c + 1}열의 셀이 너무 깁니다(셀 하나에 최대 {MAX_CELL_CHARS:,}자)")


def _read_xlsx(p: Path, progress: Progress | None) -> RawSheet:
    def project_sheet(wb: Any) -> list[Any]:
        return [wb["사업목록"] if "사업목록" in wb.sheetnames else wb.worksheets[0]]

    return _read_xlsx_sheets(p, progress, project_sheet)[0]


def _read_xlsx_sheets(p: Path, progress: Progress | None, pick: Callable[[Any], list[Any]]) -> list[RawSheet]:
    """The sheets ``pick(workbook)`` chooses, read under the caps (cells counted over all of them)."""
    has_formula = _check_zip(p)
    try:
        from defusedxml import DefusedXmlException  # noqa: F401 - openpyxl refuses entities only with it
    except ImportError:  # pragma: no cover - a declared dependency
        raise _fail(p, "defusedxml이 설치되어 있지 않아 엑셀 파일을 안전하게 열 수 없습니다") from None
    import openpyxl

    def load(data_only: bool) -> Any:
        return openpyxl.load_workbook(p, read_only=True, data_only=data_only, keep_links=False)

    try:
        wb = load(True)
        read: list[RawSheet] = []
        try:
            cells = 0
            for ws in pick(wb):
                title = ws.title
                rows: list[tuple[int, tuple[object, ...]]] = []
                issues: list[CellIssue] = []
                for number, values in _sheet_rows(ws):
                    _check_row(p, title, number, values)
                    cells += len(values)
                    if cells > MAX_CELLS:
                        raise _fail(p, f"'{title}' 시트의 셀이 너무 많습니다(최대 {MAX_CELLS:,}개)")
                    rows.append((number, tuple(_plain(v) for v in values)))
                    for c, v in enumerate(values):
                        if isinstance(v, str) and v in EXCEL_ERRORS:
                            issues.append(CellIssue(number, c, f"셀에 수식 오류 값 {v}이(가) 있습니다"))
                    if len(rows) > MAX_ROWS:
                        raise _fail(p, f"'{title}' 시트의 행이 너무 많습니다(최대 {MAX_ROWS:,}행)")
                    _tick(progress, len(rows))
                read.append(RawSheet(title, "xlsx", "", rows, issues))
        finally:
            wb.close()
        if has_formula:
            formulas = load(False)
            try:
                for sheet in read:
                    sheet.issues.extend(_uncached_formulas(formulas, sheet.name, sheet.rows))
            finally:
                formulas.close()
    except ImportFileError:
        raise
    except ImportCancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure is "cannot read this file"
        name = type(exc).__name__
        if _unsafe_xml(exc):
            raise _fail(p, "안전하지 않은 XML(엔티티·DTD 선언)이 들어 있어 열 수 없습니다") from None
        raise _fail(p, f"엑셀 파일을 읽을 수 없습니다({name}: {str(exc)[:80]})") from None
    return read


_UNSAFE_XML = frozenset({"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden", "NotSupportedError"})


def _unsafe_xml(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML (openpyxl may wrap its exception in a ValueError)."""
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__name__ in _UNSAFE_XML:
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _uncached_formulas(wb: Any, title: str, rows: list[tuple[int, tuple[object, ...]]]) -> list[CellIssue]:
    """Formula cells whose cached value is missing (data_only gives ``None``): report, never import blank."""
    cached = dict(rows)
    found: list[CellIssue] = []
    for number, values in _sheet_rows(wb[title]):
        seen = cached.get(number, ())
        for c, v in enumerate(values):
            if isinstance(v, str) and v.startswith("=") and (c >= len(seen) or seen[c] is None):
                found.append(CellIssue(number, c, f"수식 {v[:40]}의 계산 결과가 저장되어 있지 않습니다. "
                                                  "엑셀에서 열어 저장하거나 값으로 붙여 넣으세요"))
    return found
