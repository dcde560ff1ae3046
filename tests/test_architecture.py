"""The layer rules of docs/architecture.md and the light start, checked in fresh interpreters."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "conflictdesk"


def _modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, **(env or {})}, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "module",
    ["conflictdesk.domain.screening", "conflictdesk.store.engine", "conflictdesk.services.demo",
     "conflictdesk.services.projects", "conflictdesk.reports", "conflictdesk.cli"],
)
def test_non_ui_layers_load_neither_qt_nor_pyplot(module: str) -> None:
    loaded = _modules_after(f"import {module}")
    assert not any(m == "PySide6" or m.startswith("PySide6.") for m in loaded)
    assert "matplotlib.pyplot" not in loaded


@pytest.mark.parametrize("module", [
    "conflictdesk.reports.summary_pdf", "conflictdesk.reports.summary_xlsx", "conflictdesk.reports.charts",
    "conflictdesk.reports.ics", "conflictdesk.reports.card_pdf", "conflictdesk.reports.mediation_pdf",
    "conflictdesk.reports.hwpx_content", "conflictdesk.reports.deliberation_pdf", "conflictdesk.reports.deliberation_xlsx",
    "conflictdesk.reports.deliberation_hwpx",
])
def test_reports_render_from_dtos_without_sqlalchemy(module: str) -> None:
    """Reports take DTOs from query-free modules (services/*_dtos.py): importing one loads no SQLAlchemy."""
    loaded = _modules_after(f"import {module}")
    assert "sqlalchemy" not in loaded


@pytest.mark.slow
def test_opening_the_main_window_stays_light(demo_path: Path) -> None:
    code = f"""
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication([])
from conflictdesk.store.engine import open_database
from conflictdesk.ui.main_window import MainWindow
w = MainWindow(open_database({str(demo_path)!r}), settings=QSettings({str(demo_path) + '.ini'!r}, QSettings.Format.IniFormat))
w.show(); app.processEvents()
w.show_panel("projects"); w.show_panel("dashboard"); w.show_panel("reports"); app.processEvents()
"""
    loaded = _modules_after(code, {"QT_QPA_PLATFORM": "offscreen"})
    heavy = {"matplotlib", "reportlab", "openpyxl", "alembic"}
    assert not {m.split(".")[0] for m in loaded} & heavy
    # Printing support loads on the first preview or print, not with the 보고서 panel.
    assert not loaded & {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


ALLOWED = {
    "domain": {"conflictdesk.domain", "holidays"},
    "store": {"conflictdesk.domain", "conflictdesk.store", "sqlalchemy", "alembic", "platformdirs"},
    "services": {"conflictdesk.domain", "conflictdesk.store", "conflictdesk.services", "sqlalchemy",
                 "openpyxl", "defusedxml", "platformdirs", "sortition_algorithms"},
    "reports": {"conflictdesk.domain", "conflictdesk.services", "conflictdesk.reports", "conflictdesk.resources",
                "matplotlib", "reportlab", "openpyxl", "hwpx", "pypdf"},
}


def test_only_the_sortition_engine_touches_the_sortition_library() -> None:
    """The optional extra stays behind one module, as HWPX does (services/sortition_engine.py)."""
    users = sorted(str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
                   if any(n.split(".")[0] == "sortition_algorithms" for n in _imports(p)))
    assert users == ["services/sortition_engine.py"]


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_what_they_may(layer: str) -> None:
    stdlib = set(sys.stdlib_module_names)
    offenders = []
    for path in (PKG / layer).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for name in _imports(path):
            top = name.split(".")[0]
            if top in stdlib or name == "__future__":
                continue
            if not any(name == a or name.startswith(a + ".") for a in ALLOWED[layer]):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_only_the_hwpx_adapter_imports_python_hwpx() -> None:
    offenders = [
        str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
        if p != PKG / "reports" / "hwpx.py" and any(n == "hwpx" or n.startswith("hwpx.") for n in _imports(p))
    ]
    assert offenders == []


def test_only_ui_imports_pyside() -> None:
    offenders = [
        str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
        if "ui" not in p.relative_to(PKG).parts[:1] and any(n.startswith("PySide6") for n in _imports(p))
    ]
    assert offenders == []


@pytest.mark.parametrize(("layer", "forbidden"), [("ui", "conflictdesk.commands"), ("commands", "conflictdesk.ui")])
def test_gui_and_command_line_stay_apart(layer: str, forbidden: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in (PKG / layer).rglob("*.py")
        for name in _imports(path)
        if name == forbidden or name.startswith(forbidden + ".")
    ]
    assert offenders == []


def test_the_frozen_build_keeps_every_qt_module_the_app_imports() -> None:
    """packaging/conflictdesk.spec excludes unused Qt modules; none of them may be one the program imports."""
    import re

    spec = (ROOT / "packaging" / "conflictdesk.spec").read_text(encoding="utf-8")
    block = spec[spec.index("excludes = ["):]
    excluded = set(re.findall(r'"(PySide6\.Qt\w+)"', block[: block.index("]")]))
    used = {name for path in PKG.rglob("*.py") for name in _imports(path) if name.startswith("PySide6.Qt")}
    assert excluded and not used & excluded


def test_opening_a_current_database_defers_sqlalchemy(demo_path: Path) -> None:
    """The window paints before SQLAlchemy loads: opening a current SQLite file and making the window need none."""
    code = f"""
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication([])
from conflictdesk.ui.startup import open_at_startup
from conflictdesk.ui.main_window import MainWindow
opened = open_at_startup({str(demo_path)!r})
w = MainWindow(opened.db, settings=QSettings({str(demo_path) + '.ini'!r}, QSettings.Format.IniFormat),
               auto_start=False)
w.show(); app.processEvents()
"""
    loaded = _modules_after(code, {"QT_QPA_PLATFORM": "offscreen"})
    assert "sqlalchemy" not in loaded


#: Public functions without a caller in the package, each with the reason it stays.
UNCALLED = {
    "search_projects": "database-side search (ilike, NFC, escaped wildcards), tested on both engines",
}


def test_no_dead_public_functions() -> None:
    """A public function of the package has a caller in the package (tests alone do not count)."""
    import re

    sources = {p: p.read_text(encoding="utf-8") for p in PKG.rglob("*.py") if "migrations" not in p.parts}
    defined = {node.name for text in sources.values() for node in ast.parse(text).body
               if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")}
    words = re.compile(r"\b\w+\b")
    used: dict[str, int] = {}
    for text in sources.values():
        for line in text.splitlines():
            if line.lstrip().startswith("def "):
                continue
            for word in words.findall(line):
                used[word] = used.get(word, 0) + 1
    dead = sorted(name for name in defined if not used.get(name) and name not in UNCALLED)
    assert dead == [], "wire these to their feature or delete them"
    assert not {name for name in UNCALLED if used.get(name)}, "now called: remove from UNCALLED"


def test_the_gui_opens_no_database_session() -> None:
    """Panels and dialogs call services; sessions and queries stay in services/ (commands too, once converted)."""
    offenders = [f"{p.relative_to(ROOT)}" for p in (PKG / "ui").rglob("*.py")
                 if re.search(r"\.(read|write)\(\) as ", p.read_text(encoding="utf-8"))
                 or any(n == "sqlalchemy" or n.startswith("sqlalchemy.") for n in _imports(p))]
    assert offenders == []


def _public_service_functions() -> list[tuple[str, ast.FunctionDef]]:
    return [(f"{p.stem}.{node.name}", node) for p in sorted((PKG / "services").glob("*.py"))
            for node in ast.parse(p.read_text(encoding="utf-8")).body
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")]


def test_public_services_return_dtos_never_orm_objects() -> None:
    import conflictdesk.store.models as models

    orm = {name for name in dir(models) if isinstance(getattr(models, name), type)
           and hasattr(getattr(models, name), "__table__")}
    leaking = [name for name, node in _public_service_functions() if node.returns is not None
               and orm & set(re.findall(r"\w+", ast.unparse(node.returns)))]
    assert leaking == []


def test_session_level_helpers_are_private_to_services() -> None:
    taking = {name for name, node in _public_service_functions()
              if any(a.annotation is not None and "Session" in ast.unparse(a.annotation)
                     for a in [*node.args.args, *node.args.kwonlyargs])}
    assert taking == set(), f"make these private (_name): {sorted(taking)}"
    outside = [f"{p.relative_to(ROOT)}" for layer in ("commands", "ui") for p in (PKG / layer).rglob("*.py")
               if re.search(r"\bdb\.(read|write)\(", p.read_text(encoding="utf-8"))]
    assert outside == [], "the CLI and the GUI call services; they open no session"
