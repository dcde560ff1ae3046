"""Import an expert pool from xlsx, all-or-nothing: every problem with its row and column, nothing written."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.text import nfc
from conflictdesk.services.changes import Changes
from conflictdesk.services.experts import LIMITS
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Expert

#: Exact headers of the pool sheet, in order; 성명 is required.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("성명", "name"), ("분야", "field"), ("소속", "affiliation"), ("지역", "region"),
    ("연락처", "contact"), ("비고", "notes"),
)
MAX_UNCOMPRESSED_BYTES = 50_000_000  # zip-bomb cap before openpyxl sees the file
MAX_ROWS = 10_000


@dataclass(frozen=True)
class ImportProblem:
    row: int  # spreadsheet row number (the header is row 1); 0 = the file itself
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.row}행 '{self.column}'" if self.row else "파일"
        return f"{where}: {self.message}"


class ImportProblems(DomainError):
    """The file has problems; nothing was imported."""

    code = "import_problems"

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = tuple(problems)
        first = str(problems[0]) if problems else ""
        more = f" 외 {len(problems) - 1}건" if len(problems) > 1 else ""
        super().__init__(f"가져오지 않았습니다. 문제 {len(problems)}건: {first}{more}")


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    changes: Changes


def _contact_key(contact: str) -> str:
    return "".join(ch for ch in contact if ch.isdigit()) or contact.casefold()


def _cell_text(value: object) -> str | None:
    """Cell → text; None for a formula (its value cannot be trusted in a written-by-script file)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return None if value.startswith("=") else nfc(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value))


def _check_archive(path: Path) -> None:
    from conflictdesk.services.import_files import dtd_member

    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
            if size > MAX_UNCOMPRESSED_BYTES:
                raise ImportProblems([ImportProblem(0, "", "파일의 압축 해제 크기가 너무 큽니다(압축 폭탄 의심).")])
            if dtd_member(archive) is not None:
                raise ImportProblems([ImportProblem(0, "", "안전하지 않은 XML(엔티티·DTD 선언)이 들어 있어 열 수 없습니다.")])
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportProblems([ImportProblem(0, "", f"xlsx 파일을 열 수 없습니다 ({exc})")]) from exc


def read_pool(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of the pool sheet as (row number, fields); raises ImportProblems listing every problem."""
    import defusedxml  # noqa: F401 - openpyxl refuses XML entity bombs only when defusedxml is installed
    import openpyxl

    if path.suffix.lower() != ".xlsx":
        raise ImportProblems([ImportProblem(0, "", "xlsx 파일만 가져올 수 있습니다.")])
    _check_archive(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:
        raise ImportProblems([ImportProblem(0, "", f"xlsx 파일을 읽을 수 없습니다 ({exc})")]) from exc
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # rows as long as their real cells, not a declared A1:XFD… (import_files.py)
        rows = sheet.iter_rows(values_only=True)
        header = [nfc(str(v)) if v is not None else "" for v in next(rows, ())]
        problems: list[ImportProblem] = []
        index: dict[str, int] = {}
        for label, key in COLUMNS:
            if label in header:
                index[key] = header.index(label)
            else:
                problems.append(ImportProblem(1, label, "열이 없습니다 (머리글: 성명, 분야, 소속, 지역, 연락처, 비고)."))
        if problems:
            raise ImportProblems(problems)
        result: list[tuple[int, dict[str, str]]] = []
        seen: dict[tuple[str, str], int] = {}
        for number, values in enumerate(rows, start=2):
            if number - 1 > MAX_ROWS:
                problems.append(ImportProblem(number, "", f"행이 너무 많습니다 (최대 {MAX_ROWS}행)."))
                break
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            fields: dict[str, str] = {}
            for label, key in COLUMNS:
                raw = values[index[key]] if index[key] < len(values) else None
                text = _cell_text(raw)
                if text is None:
                    problems.append(ImportProblem(number, label, "수식은 가져올 수 없습니다. 값으로 붙여 넣으세요."))
                    text = ""
                limit = LIMITS.get(key)
                if limit is not None and len(text) > limit:
                    problems.append(ImportProblem(number, label, f"최대 {limit}자입니다 ({len(text)}자)."))
                fields[key] = text
            if not fields["name"]:
                problems.append(ImportProblem(number, "성명", "성명이 비어 있습니다."))
            else:
                dup = (fields["name"], _contact_key(fields["contact"]))
                if dup in seen:
                    problems.append(ImportProblem(number, "성명", f"{seen[dup]}행과 같은 전문가입니다."))
                seen.setdefault(dup, number)
            result.append((number, fields))
        if problems:
            raise ImportProblems(problems)
        return result
    finally:
        book.close()


def import_pool(db: Database, path: Path, *, progress: Callable[[int, str], bool] | None = None) -> ImportResult:
    """Import the pool: a row with the same name and contact updates that expert, others are added."""
    rows = read_pool(path)
    added = updated = 0
    with db.write(reason=f"전문가 풀 가져오기: {path.name}") as s:
        existing = {(e.name, _contact_key(e.contact)): e for e in s.scalars(select(Expert))}
        for n, (_number, f) in enumerate(rows):
            expert = existing.get((f["name"], _contact_key(f["contact"])))
            if expert is None:
                s.add(Expert(active=True, **f))
                added += 1
            else:
                for key, value in f.items():
                    setattr(expert, key, value)
                updated += 1
            if progress is not None and n % 100 == 0 and not progress(int(100 * n / len(rows)), "전문가 저장"):
                raise DomainError("cancelled")
    return ImportResult(added, updated, Changes.of("expert"))
