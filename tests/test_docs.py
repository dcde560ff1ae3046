"""The project's own documents exist, and the code cites them (never documents outside the repository)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "docs" / "업무규칙.md"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
SOURCES = [*sorted((ROOT / "conflictdesk").rglob("*.py")), *sorted((ROOT / "tests").rglob("*.py")),
           *sorted((ROOT / "benchmarks").rglob("*.py")), ROOT / "pyproject.toml", ROOT / "Makefile"]


def _headings(path: Path) -> set[str]:
    return {line.lstrip("#").split(" (")[0].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("## ")}


def test_the_rule_book_covers_every_part_of_the_domain() -> None:
    assert {"Criteria", "Grades", "Duties", "Carry-over", "Reviews", "Mediation", "Deliberation",
            "Masking"} <= _headings(RULES)


def test_the_architecture_document_covers_the_house() -> None:
    headings = _headings(ARCHITECTURE)
    assert {"Layers", "The change bus", "Errors", "Where a new panel or command goes"} <= headings or \
        {"Layers", "The change bus", "Errors", "Where a new piece goes"} <= headings


def test_no_reference_to_documents_outside_the_repository() -> None:
    outside = re.compile(r"\b(PRODUCT|PITFALLS|DEVELOPERS)(\.md)?\b|\bARCHITECTURE\.md")
    found = [f"{p.relative_to(ROOT)}:{n}" for p in SOURCES if p != Path(__file__)
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if outside.search(line) and "PRODUCT_START" not in line]
    assert not found, "cite docs/업무규칙.md or docs/architecture.md instead:\n" + "\n".join(found)


def test_every_cited_section_exists() -> None:
    cite = re.compile(r"docs/(업무규칙|architecture)\.md §([A-Za-z][\w -]*?[\w])(?=[),.;:]|$| —| in| keeps)")
    headings = {"업무규칙": _headings(RULES), "architecture": _headings(ARCHITECTURE)}
    missing = [f"{p.relative_to(ROOT)}: {doc} §{section}" for p in SOURCES
               for doc, section in cite.findall(p.read_text(encoding="utf-8"))
               if section not in headings[doc]]
    assert not missing, "\n".join(missing)
