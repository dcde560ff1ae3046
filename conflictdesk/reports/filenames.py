"""Export file names for reports (per-department summaries, batch cards), built on the domain's sanitiser."""

from __future__ import annotations

from conflictdesk.domain.filenames import safe_stem, unique_name

__all__ = ["card_file_name", "department_file_name", "safe_stem", "unique_name"]


def department_file_name(department: str, round_code: str, suffix: str, used: set[str]) -> str:
    """``등급현황_2020-2_도시계획과.xlsx``."""
    return unique_name(safe_stem(f"등급현황_{round_code}_{department}"), suffix, used)


def card_file_name(code: str, name: str, suffix: str, used: set[str]) -> str:
    """``갈등관리카드_2019-000039_동춘 연안 정비사업.pdf`` (the project name shortened)."""
    return unique_name(safe_stem(f"갈등관리카드_{code}_{name[:40]}"), suffix, used)
