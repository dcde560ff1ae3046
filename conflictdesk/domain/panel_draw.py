"""The citizens' panel (시민참여단) draw, the parts without the solver: applicant and quota files, the checks that
name an impossible quota's category, the input hash that makes a draw reproducible, and the quota fulfilment.

See docs/업무규칙.md, "Citizens' panel (시민참여단 추첨)". The lottery itself (maximin, Flanigan et al. 2021) runs in
``services/sortition_engine.py``, the only module that touches the optional sortition-algorithms library.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.masking import mask_name
from conflictdesk.domain.petitions import RowProblem

NUMBER = Term("신청번호")
CATEGORY, VALUE, MIN, MAX = Term("구분"), Term("값"), Term("최소"), Term("최대")
QUOTA_HEADERS = (CATEGORY, VALUE, MIN, MAX)
POPULATION = Term("인구")
POPULATION_HEADERS = (CATEGORY, VALUE, POPULATION)
#: Columns of an applicant file that hold personal data, never categories: a name is kept masked, contacts dropped.
NAME_COLUMNS = frozenset({"이름", "성명", "신청자", "신청자명"})
CONTACT_COLUMNS = frozenset({"연락처", "전화", "전화번호", "휴대폰", "휴대전화", "이메일", "전자우편", "주소"})
#: The algorithm of the draw (the maximin of the family the issue names; leximin needs the commercial Gurobi).
ALGORITHM = "maximin"
MAX_APPLICANTS = 20_000


@dataclass(frozen=True)
class Quota:
    """Min and max panel members with ``value`` in ``category`` (구분 · 값 · 최소 · 최대)."""

    category: str
    value: str
    min: int
    max: int


@dataclass(frozen=True)
class Applicant:
    """An applicant: number, one value per category, the name as every output shows it (masked)."""

    number: str
    values: Mapping[str, str]
    name: str = ""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _whole(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    text = _text(value).removesuffix("명").strip()
    return int(text) if text.isdigit() else None


def parse_quotas(rows: Sequence[tuple[int, tuple[object, ...]]]) -> tuple[list[Quota], list[RowProblem]]:
    """The quotas file (구분, 값, 최소, 최대): every problem named by row and column; nothing when any."""
    if not rows:
        return [], [RowProblem(1, "", "panel_file_empty")]
    header_row, header = rows[0]
    names = [_text(h) for h in header]
    missing = [h for h in QUOTA_HEADERS if h not in names]
    if missing:
        return [], [RowProblem(header_row, "", "panel_headers_missing",
                               {"missing": ", ".join(missing), "expected": ", ".join(QUOTA_HEADERS)})]
    at: dict[str, int] = {h: names.index(h) for h in QUOTA_HEADERS}
    quotas: list[Quota] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for number, cells in rows[1:]:
        if all(_text(c) == "" for c in cells):
            continue
        got = {h: (cells[i] if i < len(cells) else None) for h, i in at.items()}
        category, value = _text(got[CATEGORY]), _text(got[VALUE])
        row_problems = [RowProblem(number, h, "value_required", {"field": h})
                        for h, text in ((CATEGORY, category), (VALUE, value)) if not text]
        low, high = _whole(got[MIN]), _whole(got[MAX])
        for h, parsed, raw in ((MIN, low, got[MIN]), (MAX, high, got[MAX])):
            if parsed is None:
                row_problems.append(RowProblem(number, h, "panel_quota_number_invalid", {"value": _text(raw)}))
        if not row_problems and low is not None and high is not None:
            if low > high:
                row_problems.append(RowProblem(number, MIN, "panel_quota_min_above_max",
                                               {"category": category, "value": value, "min": low, "max": high}))
            elif (category, value) in seen:
                row_problems.append(RowProblem(number, VALUE, "panel_quota_twice",
                                               {"category": category, "value": value, "row": seen[category, value]}))
            else:
                seen[category, value] = number
                quotas.append(Quota(category, value, low, high))
        problems += row_problems
    if not quotas and not problems:
        problems.append(RowProblem(header_row, "", "panel_file_empty"))
    return (quotas if not problems else []), problems


def parse_population(rows: Sequence[tuple[int, tuple[object, ...]]]) -> tuple[list[tuple[str, str, int]],
                                                                           list[RowProblem]]:
    """A population table (구분, 값, 인구): the people of each value; every problem named by row and column."""
    if not rows:
        return [], [RowProblem(1, "", "panel_file_empty")]
    header_row, header = rows[0]
    names = [_text(h) for h in header]
    missing = [h for h in POPULATION_HEADERS if h not in names]
    if missing:
        return [], [RowProblem(header_row, "", "panel_headers_missing",
                               {"missing": ", ".join(missing), "expected": ", ".join(POPULATION_HEADERS)})]
    at: dict[str, int] = {h: names.index(h) for h in POPULATION_HEADERS}
    found: list[tuple[str, str, int]] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for number, cells in rows[1:]:
        if all(_text(c) == "" for c in cells):
            continue
        got = {h: (cells[i] if i < len(cells) else None) for h, i in at.items()}
        category, value, people = _text(got[CATEGORY]), _text(got[VALUE]), _whole(got[POPULATION])
        row_problems = [RowProblem(number, h, "value_required", {"field": h})
                        for h, text in ((CATEGORY, category), (VALUE, value)) if not text]
        if people is None:
            row_problems.append(RowProblem(number, POPULATION, "panel_quota_number_invalid",
                                           {"value": _text(got[POPULATION])}))
        elif not row_problems and (category, value) in seen:
            row_problems.append(RowProblem(number, VALUE, "panel_quota_twice",
                                           {"category": category, "value": value, "row": seen[category, value]}))
        if not row_problems and people is not None:
            seen[category, value] = number
            found.append((category, value, people))
        problems += row_problems
    for category in dict.fromkeys(c for c, _v, _n in found):
        if sum(n for c, _v, n in found if c == category) == 0:
            problems.append(RowProblem(header_row, POPULATION, "panel_population_empty", {"category": category}))
    if not found and not problems:
        problems.append(RowProblem(header_row, "", "panel_file_empty"))
    return (found if not problems else []), problems


def proportional_quotas(population: Sequence[tuple[str, str, int]], size: int, tolerance: int) -> list[Quota]:
    """Quotas proportional to a population table: each value's share of ``size`` rounded down and up, widened by
    ``tolerance`` people on each side (never below 0 or above ``size``).

    A value with 12.4 % of the people in a panel of 50 (6.2 people) gets 6–7, with a tolerance of 1 gets 5–8.
    """
    quotas: list[Quota] = []
    for category in dict.fromkeys(c for c, _v, _n in population):
        own = [(v, n) for c, v, n in population if c == category]
        total = sum(n for _v, n in own)
        for value, people in own:
            share_times_total = size * people  # the share is this / total, kept exact
            low = share_times_total // total
            high = -(-share_times_total // total)
            quotas.append(Quota(category, value, max(0, low - tolerance), min(size, high + tolerance)))
    return quotas


def categories_of(quotas: Sequence[Quota]) -> list[str]:
    return list(dict.fromkeys(q.category for q in quotas))


def parse_applicants(rows: Sequence[tuple[int, tuple[object, ...]]],
                     quotas: Sequence[Quota]) -> tuple[list[Applicant], list[RowProblem]]:
    """The applicants file (신청번호 and a column per category of the quotas; a name column is kept masked, contact
    columns and any other column are not kept). Each applicant's value must be one the quotas list."""
    if not rows:
        return [], [RowProblem(1, "", "panel_file_empty")]
    header_row, header = rows[0]
    names = [_text(h) for h in header]
    categories = categories_of(quotas)
    missing = [h for h in (NUMBER, *categories) if h not in names]
    if missing:
        return [], [RowProblem(header_row, "", "panel_headers_missing",
                               {"missing": ", ".join(missing), "expected": ", ".join((NUMBER, *categories))})]
    at = {h: names.index(h) for h in (NUMBER, *categories)}
    name_at = next((i for i, n in enumerate(names) if n in NAME_COLUMNS), None)
    allowed = {c: {q.value for q in quotas if q.category == c} for c in categories}
    applicants: list[Applicant] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for number, cells in rows[1:]:
        if all(_text(c) == "" for c in cells):
            continue

        def cell(i: int, cells: tuple[object, ...] = cells) -> str:
            return _text(cells[i]) if i < len(cells) else ""

        ident = cell(at[NUMBER])
        row_problems: list[RowProblem] = []
        if not ident:
            row_problems.append(RowProblem(number, NUMBER, "value_required", {"field": NUMBER}))
        elif ident in seen:
            row_problems.append(RowProblem(number, NUMBER, "panel_applicant_twice", {"number": ident,
                                                                                     "row": seen[ident]}))
        values: dict[str, str] = {}
        for category in categories:
            value = cell(at[category])
            if value not in allowed[category]:
                row_problems.append(RowProblem(number, Term(category), "panel_value_not_in_quotas",
                                               {"number": ident, "category": category, "value": value}))
            values[category] = value
        if not row_problems:
            seen[ident] = number
            name = mask_name(cell(name_at)) if name_at is not None else ""
            applicants.append(Applicant(ident, values, name))
        problems += row_problems
        if len(applicants) > MAX_APPLICANTS:
            return [], [RowProblem(number, "", "panel_too_many_applicants", {"limit": MAX_APPLICANTS})]
    if not applicants and not problems:
        problems.append(RowProblem(header_row, "", "panel_file_empty"))
    return (applicants if not problems else []), problems


@dataclass(frozen=True)
class QuotaShortfall:
    """Why a category's quotas cannot be met, before any solver runs."""

    category: str
    code: str  # panel_size_below_minimums | panel_size_above_maximums | panel_too_few_applicants
    value: str = ""
    needed: int = 0
    available: int = 0


def quota_shortfalls(applicants: Sequence[Applicant], quotas: Sequence[Quota], size: int) -> list[QuotaShortfall]:
    """The categories whose quotas no panel of ``size`` can meet on their own (each named)."""
    found: list[QuotaShortfall] = []
    for category in categories_of(quotas):
        own = [q for q in quotas if q.category == category]
        low, high = sum(q.min for q in own), sum(q.max for q in own)
        if low > size:
            found.append(QuotaShortfall(category, "panel_size_below_minimums", needed=low, available=size))
        elif high < size:
            found.append(QuotaShortfall(category, "panel_size_above_maximums", needed=size, available=high))
        counts = Counter(a.values[category] for a in applicants)
        for q in own:
            if counts[q.value] < q.min:
                found.append(QuotaShortfall(category, "panel_too_few_applicants", q.value, q.min, counts[q.value]))
    return found


def input_hash(applicants: Sequence[Applicant], quotas: Sequence[Quota], size: int, algorithm: str) -> str:
    """SHA-256 of the draw's inputs in a canonical order (the seed is stored beside it)."""
    data = {
        "applicants": sorted([a.number, sorted(a.values.items())] for a in applicants),
        "quotas": sorted([q.category, q.value, q.min, q.max] for q in quotas),
        "size": size,
        "algorithm": algorithm,
    }
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class QuotaFulfilment:
    category: str
    value: str
    min: int
    max: int
    selected: int

    @property
    def met(self) -> bool:
        return self.min <= self.selected <= self.max


def fulfilment(applicants: Sequence[Applicant], selected: Sequence[str], quotas: Sequence[Quota]) -> list[QuotaFulfilment]:
    """Per quota: how many of the selected have the value."""
    chosen = set(selected)
    counts = Counter((c, v) for a in applicants if a.number in chosen for c, v in a.values.items())
    return [QuotaFulfilment(q.category, q.value, q.min, q.max, counts[q.category, q.value]) for q in quotas]
