"""The op runner: one path for a user action — run the service, one error message, publish the Changes on the bus."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from conflictdesk.domain.errors import NotFound
from conflictdesk.services.changes import Changes
from conflictdesk.store.engine import Database, open_database
from conflictdesk.ui.clock import CLOCK
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.ops import CollectionOp, QueryOp, changes_in, context_of


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(str(tmp_path / "ops.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def panel(qtbot, db: Database) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    widget.ctx = PanelContext(db)  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def _heard(ctx: PanelContext) -> list[Changes]:
    heard: list[Changes] = []
    ctx.bus.changes_applied.connect(heard.append)
    return heard


def test_an_op_publishes_the_changes_its_service_returned(panel: QWidget, boxes: list[str]) -> None:
    heard = _heard(panel.ctx)  # type: ignore[attr-defined]
    got: list[object] = []
    result = CollectionOp(panel, lambda _db: ("saved", Changes.of("card"))).success(got.append).run()
    assert result == ("saved", Changes.of("card")) and got == [result]
    assert heard == [Changes.of("card")] and boxes == []


def test_an_error_becomes_one_message_and_nothing_is_published(panel: QWidget, boxes: list[str]) -> None:
    heard = _heard(panel.ctx)  # type: ignore[attr-defined]
    got: list[object] = []

    def fail(_db: Database) -> Changes:
        raise NotFound("project_not_found", project="NOPE-1")

    assert CollectionOp(panel, fail).success(got.append).run() is None
    assert boxes == ["사업코드 'NOPE-1'인 사업이 없습니다."] and heard == [] and got == []


def test_an_unexpected_error_is_a_message_too_never_a_traceback(panel: QWidget, boxes: list[str]) -> None:
    def crash(_db: Database) -> Changes:
        raise ZeroDivisionError("boom")

    CollectionOp(panel, crash).run()
    assert len(boxes) == 1 and "ZeroDivisionError" in boxes[0] and "Traceback" not in boxes[0]


def test_failure_replaces_the_standard_message(panel: QWidget, boxes: list[str]) -> None:
    caught: list[Exception] = []

    def fail(_db: Database) -> Changes:
        raise NotFound("project_not_found", project="X")

    CollectionOp(panel, fail).failure(caught.append).run()
    assert boxes == [] and isinstance(caught[0], NotFound)


def test_a_query_publishes_nothing(panel: QWidget) -> None:
    heard = _heard(panel.ctx)  # type: ignore[attr-defined]
    assert QueryOp(panel, lambda _db: Changes.of("card")).run() == Changes.of("card")
    assert heard == []


def test_slow_work_runs_in_the_background_with_progress(qtbot, panel: QWidget, boxes: list[str]) -> None:  # type: ignore[no-untyped-def]
    heard = _heard(panel.ctx)  # type: ignore[attr-defined]
    steps: list[int] = []

    def work(_db: Database, progress) -> Changes:  # type: ignore[no-untyped-def]
        for pct in (0, 50, 100):
            progress(pct, "")
            steps.append(pct)
        return Changes.of("all")

    op = CollectionOp(panel, lambda _db: Changes()).with_progress("작업", work)
    assert op.run() is None
    assert op.task is not None
    with qtbot.waitSignal(op.task.finished, timeout=10_000):
        pass
    assert steps == [0, 50, 100] and heard == [Changes.of("all")]


def test_the_context_is_found_through_the_parents(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    top = QWidget()
    top.ctx = PanelContext(db)  # type: ignore[attr-defined]
    child = QWidget(top)
    inner = QWidget(child)
    qtbot.addWidget(top)
    assert context_of(inner) is top.ctx  # type: ignore[attr-defined]
    with pytest.raises(LookupError):
        context_of(QWidget())


def test_changes_are_found_in_every_result_shape() -> None:
    class Result:
        changes = Changes.of("expert")

    assert changes_in(Changes.of("card")) == Changes.of("card")
    assert changes_in((1, 2, Changes.of("review"))) == Changes.of("review")
    assert changes_in(Result()) == Changes.of("expert")
    assert not changes_in(None) and not changes_in((1, 2))


def test_a_bare_database_gets_a_context_whose_bus_reaches_the_callback(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    ctx = as_context(db, heard.append)
    ctx.bus.publish(Changes.of("card"))
    assert heard == [Changes.of("card")] and as_context(ctx) is ctx


def test_the_context_clock_is_the_one_clock(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.ui import clock

    ctx = PanelContext(db)
    CLOCK.fix(date(2021, 7, 30))
    try:
        assert ctx.today() == clock.today() == date(2021, 7, 30)
    finally:
        CLOCK.fix(None)
    assert ctx.today() == date.today()


# --- every GUI mutation goes through the runner ----------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ROOT / "conflictdesk" / "services"
UI = ROOT / "conflictdesk" / "ui"
#: Calls that take an op; ``run_op`` is a tab's helper that hands its op to ``CollectionOp``.
RUNNERS = {"CollectionOp", "QueryOp", "with_progress", "in_background", "run_op"}

#: (ui file, service function) still called outside the runner. Shrinks to nothing as panels are converted.
NOT_YET_THROUGH_THE_RUNNER: set[tuple[str, str]] = {
    ('panels/reports.py', 'audit_unmasked'),
}


def _mutating_services() -> set[str]:
    """Public service functions that write: they open ``db.write(…)`` or call one that does (by name)."""
    import ast

    bodies: dict[str, ast.FunctionDef] = {}
    for path in SERVICES.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef):
                bodies[node.name] = node

    def calls(fn: ast.FunctionDef) -> set[str]:
        return {c.func.attr if isinstance(c.func, ast.Attribute) else getattr(c.func, "id", "")
                for c in ast.walk(fn) if isinstance(c, ast.Call)}

    writing = {name for name, fn in bodies.items() if "write" in calls(fn)}
    while True:
        more = {name for name, fn in bodies.items() if name not in writing and calls(fn) & writing}
        if not more:
            break
        writing |= more
    return {name for name in writing if not name.startswith("_")}


def _direct_calls() -> set[tuple[str, str]]:
    """(ui file, function) of mutating service calls in ``ui/`` that are not inside an op given to the runner."""
    import ast

    mutating = _mutating_services()
    found: set[tuple[str, str]] = set()
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                    and (node.module or "").startswith("conflictdesk.services") for alias in node.names}
        parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        op_functions = {arg.id for node in ast.walk(tree) if isinstance(node, ast.Call)
                        and _name(node) in RUNNERS for arg in [*node.args, *(k.value for k in node.keywords)]
                        if isinstance(arg, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) not in mutating:
                continue
            owner = node.func.value.id if isinstance(node.func, ast.Attribute) and isinstance(
                node.func.value, ast.Name) else None
            if not ((owner in imported) or (isinstance(node.func, ast.Name) and node.func.id in imported)):
                continue
            if not _inside_op(node, parents, op_functions):
                found.add((path.relative_to(UI).as_posix(), _name(node) or ""))
    return found


def _name(call) -> str | None:  # type: ignore[no-untyped-def]
    import ast

    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _inside_op(node, parents, op_functions) -> bool:  # type: ignore[no-untyped-def]
    import ast

    current = parents.get(id(node))
    while current is not None:
        if isinstance(current, ast.Lambda):
            holder = parents.get(id(current))
            if isinstance(holder, ast.Call) and _name(holder) in RUNNERS:
                return True
        if isinstance(current, ast.FunctionDef) and current.name in op_functions:
            return True
        current = parents.get(id(current))
    return False


def test_the_check_knows_the_writing_services() -> None:
    mutating = _mutating_services()
    assert {"add_expert", "close_card", "record_payment", "save_diagnosis"} <= mutating
    assert not {"list_experts", "get_expert", "due_soon"} & mutating


def test_no_panel_calls_a_mutating_service_directly() -> None:
    direct = _direct_calls()
    assert direct <= NOT_YET_THROUGH_THE_RUNNER, \
        "run these through ui/ops.CollectionOp:\n" + "\n".join(sorted(map(str, direct - NOT_YET_THROUGH_THE_RUNNER)))
    assert not NOT_YET_THROUGH_THE_RUNNER - direct, \
        f"converted, remove from the list: {sorted(NOT_YET_THROUGH_THE_RUNNER - direct)}"


#: Modules of ``ui/`` that still catch every exception themselves (the runner should). Shrinks to nothing.
STILL_CATCHING_EVERYTHING: set[str] = set()


def test_no_catch_all_outside_the_runner() -> None:
    import ast

    found = set()
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ExceptHandler) and (
                    node.type is None or (isinstance(node.type, ast.Name) and node.type.id in ("Exception", "BaseException"))):
                found.add(rel)
    # ops.py is the one place; tasks.py hands a worker thread's error to the GUI thread.
    assert found - {"ops.py", "tasks.py"} == STILL_CATCHING_EVERYTHING


def test_the_gui_asks_the_one_clock_for_today() -> None:
    """``date.today()``/``QDate.currentDate()``/``datetime.now()`` appear in ui/clock.py only."""
    import re

    raw = re.compile(r"\bdate\.today\(\)|QDate\.currentDate\(\)|datetime\.now\(\)|datetime\.today\(\)")
    found = [f"{p.relative_to(UI)}:{n}" for p in sorted(UI.rglob("*.py")) if p.name != "clock.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if raw.search(line)]
    assert found == []
