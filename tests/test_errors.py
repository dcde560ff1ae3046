"""The error catalogue: errors carry a code and parameters, Korean by default, English through the Qt translator."""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conflictdesk.domain.error_catalogue import MESSAGES, TERMS, Term, render
from conflictdesk.domain.errors import Conflict, DomainError, InvalidValue, NotFound
from conflictdesk.domain.rounds import RoundId

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "conflictdesk"
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
CODE = re.compile(r"^[a-z][a-z0-9_]*$")

#: Raise sites still built from a Korean sentence (not translatable). Lower it as sites move to the catalogue;
#: the test fails when it grows.
LEGACY_RAISE_SITES = 0


def _error_calls() -> Iterator[tuple[str, int, ast.Call]]:
    """(file, line, call) of every ``raise SomeError(…)`` built from a string in the package.

    The command line's own messages (cli.py, commands/: argument errors, output paths) are Korean by design and are
    not counted; everything a service or the GUI can raise is.
    """
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "cli.py" or "commands" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                continue
            call = node.exc
            name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
            if name.endswith(("Error", "Value", "NotFound", "Conflict", "CouncilFull", "Full")) and call.args \
                    and not hasattr(builtins, name):
                yield path.relative_to(ROOT).as_posix(), node.lineno, call


def test_every_catalogue_code_used_at_a_raise_site_exists() -> None:
    unknown = [f"{f}:{line}: {call.args[0].value!r}" for f, line, call in _error_calls()
               if isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
               and CODE.match(call.args[0].value) and call.args[0].value not in MESSAGES]
    assert not unknown, "codes missing from domain/error_catalogue.py:\n" + "\n".join(unknown)


def test_legacy_korean_raise_sites_only_shrink() -> None:
    legacy = [f"{f}:{line}" for f, line, call in _error_calls()
              if isinstance(call.args[0], ast.JoinedStr)
              or (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                  and HANGUL.search(call.args[0].value))]
    assert len(legacy) <= LEGACY_RAISE_SITES, \
        f"{len(legacy)} raise sites build a Korean sentence; raise by catalogue code instead:\n" + "\n".join(legacy)


def test_terms_and_phrases_passed_to_errors_are_listed() -> None:
    used = {node.args[0].value for path in PACKAGE.rglob("*.py")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("Term", "Phrase") and node.args
            and isinstance(node.args[0], ast.Constant)}
    assert used <= set(TERMS), f"add to TERMS in domain/error_catalogue.py: {sorted(used - set(TERMS))}"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_catalogue_entries_are_well_formed(code: str) -> None:
    assert CODE.match(code)
    text = MESSAGES[code]
    assert HANGUL.search(text), "the default text is Korean"
    names = {name for _lit, name, _spec, _conv in __import__("string").Formatter().parse(text) if name}
    assert all(n.isidentifier() for n in names), f"named placeholders only: {text!r}"


def test_an_error_renders_korean_by_default_and_keeps_its_code_and_parameters() -> None:
    exc = NotFound("project_not_found", project="NOPE-1")
    assert str(exc) == exc.message == "사업코드 'NOPE-1'인 사업이 없습니다."
    assert exc.code == "project_not_found" and exc.params == {"project": "NOPE-1"} and exc.catalogued
    assert isinstance(exc, DomainError)


def test_parameters_show_labels_dates_and_numbers() -> None:
    from datetime import date

    from conflictdesk.domain.enums import ConflictStage

    assert render("stage_unchanged", {"stage": ConflictStage.LATENT}) == "이미 '잠재' 단계입니다."
    assert "2024-01-02" in render("stage_date_before_last", {"on": date(2024, 1, 2), "last": date(2024, 2, 1)})
    assert render("round_not_open", {"round": "2020-1", "label": RoundId.parse("2020-1")}) == \
        "진단 차수 2020-1(2020년 상반기)가 아직 열리지 않았습니다."


def test_the_older_sentence_form_still_works() -> None:
    exc = InvalidValue("총사업비를 해석할 수 없습니다.")
    assert str(exc) == "총사업비를 해석할 수 없습니다." and exc.code == "invalid_value" and not exc.catalogued
    assert DomainError("문장", code="custom").code == "custom"


def test_parameters_without_a_catalogue_code_are_a_programming_error() -> None:
    with pytest.raises(TypeError, match="error_catalogue"):
        DomainError("no_such_code", project="X")


def test_a_broken_translation_falls_back_to_korean() -> None:
    text = render("project_not_found", {"project": "A"}, template=lambda _t: "No project {nope}")
    assert text == "사업코드 'A'인 사업이 없습니다."


def test_the_generated_error_strings_are_current() -> None:
    from conflictdesk.ui import error_strings

    path = Path(error_strings.__file__)
    assert error_strings.render(error_strings.collect()) == path.read_text(encoding="utf-8"), \
        "the error catalogue changed: run `make translations`"


# --- the GUI ---------------------------------------------------------------------------------------------------------

@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.i18n import install_translators, remove_translators

    installed = install_translators(qapp, "en")
    yield
    remove_translators(qapp, installed)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_catalogued_error_reads_english_in_the_english_ui(english: None, code: str) -> None:
    from string import Formatter

    from conflictdesk.ui.messages import error_text

    names = {name for _l, name, _s, _c in Formatter().parse(MESSAGES[code]) if name}
    params: dict[str, object] = {n: 7 for n in names}
    params.update({n: Term("협의회") for n in names & {"what", "field", "end_field", "start_field"}})
    if "label" in names:
        params["label"] = RoundId.parse("2021-2")
    _title, message = error_text(DomainError(code, **params))
    assert not HANGUL.search(message), message


def test_an_english_error_dialog_shows_no_hangul(english: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from conflictdesk.ui.messages import show_error

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.windowTitle() + "\n" + box.text()) or 0)
    show_error(None, NotFound("project_not_found", project="NOPE-1"))
    show_error(None, Conflict("stale_record", what=Term("갈등관리카드"), seen=1, current=2))
    assert shown and not any(HANGUL.search(text) for text in shown), shown
    assert "NOPE-1" in shown[0] and "conflict card" in shown[1]


def test_the_korean_ui_shows_the_korean_text(qapp) -> None:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.messages import error_text

    _title, message = error_text(NotFound("project_not_found", project="NOPE-1"))
    assert message == "사업코드 'NOPE-1'인 사업이 없습니다."


def test_english_error_dialogs_of_real_actions_show_no_hangul(qtbot, demo_db, english, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors raised by services during GUI actions reach the English user in English (the op runner's one path)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from conflictdesk.domain.council import MAX_COUNCIL_MEMBERS
    from conflictdesk.domain.enums import MemberRole
    from conflictdesk.services import councils
    from conflictdesk.services.councils import council_cases
    from conflictdesk.ui.main_window import MainWindow
    from conflictdesk.ui.ops import CollectionOp

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(f"{box.windowTitle()}\n{box.text()}") or 0)
    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    projects = window.show_panel("projects")
    projects.open_round("2020-2")  # already open: round_exists
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)

    [(case, _)] = council_cases(demo_db)
    panel = window.show_panel("mediation")
    while len(councils.get_council(demo_db, case).members) < MAX_COUNCIL_MEMBERS:
        councils.add_member(demo_db, case, councils.MemberInput("위원", MemberRole.OTHER))
    CollectionOp(panel, lambda db: councils.add_member(db, case, councils.MemberInput("열여섯째", MemberRole.OTHER))).run()
    CollectionOp(panel, lambda db: councils.form_council(db, "NOPE-1", date(2021, 1, 4))).run()
    assert len(shown) == 3
    assert not [text for text in shown if HANGUL.search(text)], shown
    assert "2020-2" in shown[0] and "15" in shown[1] and "NOPE-1" in shown[2]
