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
