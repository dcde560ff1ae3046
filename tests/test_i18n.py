"""UI languages: no Korean UI string outside a translation call, a complete English .ts/.qm, an English GUI."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "conflictdesk" / "ui"
TS = ROOT / "resources" / "i18n" / "conflictdesk_en.ts"
QM = ROOT / "resources" / "i18n" / "conflictdesk_en.qm"
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")

#: Korean literals in conflictdesk/ui that are deliberately not translated: (file, literal, why).
NOT_UI = {
    ("app.py", "화면(디스플레이)이 없어 GUI를 열 수 없습니다. 가상 화면에서 실행하려면 'xvfb-run conflictdesk' 또는 "
     "'QT_QPA_PLATFORM=offscreen conflictdesk' 를 사용하세요."): "printed to the terminal before Qt starts",
    ("panels/settings.py", "한국어"): "the language choice names itself (English stays 'English')",
    ("import_wizard.py", "열"): "parses the column letter out of an import problem (Korean domain text)",
}
#: Calls whose argument at the given position is the translatable text.
TEXT_ARG = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def _ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def untranslated_literals(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of Korean string literals in ``path`` that are not the text of a translation call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            if any(isinstance(v, ast.Constant) and HANGUL.search(str(v.value)) for v in node.values):
                yield node.lineno, "f-string: " + ast.unparse(node)  # never translate after interpolation
            continue
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and HANGUL.search(node.value)):
            continue
        if id(node) in docs or isinstance(parents.get(id(node)), ast.JoinedStr):
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ast.Call):
            position = TEXT_ARG.get(_call_name(parent) or "")
            if position is not None and len(parent.args) > position and parent.args[position] is node:
                continue
        rel = path.relative_to(UI).as_posix()
        if (rel, node.value) not in NOT_UI:
            yield node.lineno, node.value


def test_every_korean_ui_string_is_in_a_translation_call() -> None:
    problems = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
                for path in _ui_files() for line, text in untranslated_literals(path)]
    assert not problems, "Korean text outside tr()/translate()/QT_TRANSLATE_NOOP():\n" + "\n".join(problems)


def test_the_whitelist_is_still_needed() -> None:
    present = {(path.relative_to(UI).as_posix(), node.value) for path in _ui_files()
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert set(NOT_UI) <= present


def test_the_check_catches_what_it_should(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        'class P:\n'
        '    """문서 문자열은 번역하지 않습니다."""\n'
        '    def f(self, n):\n'
        '        a = self.tr("번역됨")\n'
        '        b = translate("P", "이것도 {n}").format(n=n)\n'
        '        c = QT_TRANSLATE_NOOP("P", "표시")\n'
        '        d = "빠뜨림"\n'
        '        e = self.tr(f"{n}건")\n'
        '        g = translate("맥락만", text)\n',
        encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "UI", sample.parent)
    found = [text for _line, text in untranslated_literals(sample)]
    assert sorted(found) == sorted(["빠뜨림", "f-string: f'{n}건'", "맥락만"])


# --- the translation file --------------------------------------------------------------------------------------------

def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Messages by (context, source, disambiguation)."""
    root = ET.parse(ts).getroot()
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def test_every_message_has_an_english_translation() -> None:
    problems = []
    for (context, source, _comment), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
        elif HANGUL.search(translation.text or ""):
            problems.append(f"{context}: {source!r} → {translation.text!r} (still Korean)")
    assert not problems, f"{len(problems)} untranslated in {TS.name} (make translations, then translate):\n" + \
        "\n".join(problems)


def test_translations_keep_placeholders_and_shortcuts() -> None:
    placeholder = re.compile(r"\{[^{}]*\}")
    problems = []
    for (context, source, _comment), message in _messages(TS).items():
        text = message.findtext("translation") or ""
        if sorted(placeholder.findall(source)) != sorted(placeholder.findall(text)):
            problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
        if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
            problems.append(f"{context}: {source!r} → {text!r}: lost its &shortcut")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_the_ts_file_has_every_message_lupdate_finds(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in _ui_files()]
    subprocess.run([str(_lupdate()), "-silent", "-no-obsolete", *files, "-ts", str(fresh)], check=True, timeout=120)
    found, committed = set(_messages(fresh)), set(_messages(TS))
    assert not found - committed, f"run `make translations`: new messages {sorted(found - committed)[:20]}"
    assert not committed - found, f"run `make translations`: stale messages {sorted(committed - found)[:20]}"


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def test_the_qm_file_is_current(tmp_path: Path) -> None:
    assert QM.exists() and QM.stat().st_size > 1000
    if _lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(_lrelease()), "-silent", str(TS), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == QM.read_bytes(), "run `make translations` (lrelease) after editing the .ts"


def test_domain_strings_are_current() -> None:
    from conflictdesk.ui import domain_strings

    path = Path(domain_strings.__file__)
    assert domain_strings.render(domain_strings.collect()) == path.read_text(encoding="utf-8"), \
        "domain labels changed: run `make translations`"


def test_the_translation_file_is_found_by_resource_path() -> None:
    from conflictdesk.resources import resource_path

    assert resource_path("i18n", "conflictdesk_en.qm").is_file()


# --- the English GUI -------------------------------------------------------------------------------------------------

def _texts(widget) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(where, text) of everything a user reads on ``widget`` and its children (not data cells)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QMenu,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
        yield where, menu.title()
        for action in menu.actions():
            yield f"{where} › action", action.text()
            yield f"{where} › tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
            if action.menu() is not None:
                yield from menu_texts(action.menu(), f"{where} › {action.text()}")

    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            yield f"{name} title", w.windowTitle()
        yield f"{name} tooltip", w.toolTip()
        yield f"{name} accessible", w.accessibleName()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
        elif isinstance(w, QMenu):
            yield from menu_texts(w, name)
        elif isinstance(w, QComboBox):
            if not w.isEditable():
                for i in range(w.count()):
                    yield f"{name} item", w.itemText(i)
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QAbstractSpinBox):
            yield f"{name} affix", getattr(w, "prefix", str)() + getattr(w, "suffix", str)()
            yield f"{name} special", w.specialValueText()
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield f"{name} item", w.item(i).text()
        if isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal and w.model() is not None:
            for section in range(w.count()):
                yield f"{name} header", str(w.model().headerData(section, Qt.Orientation.Horizontal) or "")
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                if action.menu() is not None:
                    yield from menu_texts(action.menu(), f"menu {action.text()}")


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from conflictdesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    assert len(translators) >= 1
    yield
    remove_translators(qapp, translators)


def _korean(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{where}: {text!r}" for where, text in _texts(widget)
            if HANGUL.search(text or "") and (where, text) != ("QComboBox#uiLanguage item", "한국어")]


def test_english_main_window_and_every_panel_show_no_korean(qtbot, db, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from conflictdesk.ui.main_window import PANEL_KEYS, MainWindow

    window = MainWindow(db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in PANEL_KEYS:
        window.show_panel(key)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Dashboard", "Projects & diagnosis", "Conflict card", "Half-yearly review", "Mediation & councils",
        "Training & budget", "Reports", "Deliberation", "Settings"]
    found = _korean(window)
    assert not found, "Korean text in the English UI:\n" + "\n".join(found)


def test_english_dialogs_show_no_korean(qtbot, db, english) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from conflictdesk.ui.about import AboutDialog
    from conflictdesk.ui.audit_dialog import AuditDialog
    from conflictdesk.ui.import_wizard import ImportWizard
    from conflictdesk.ui.review_rule_dialog import ReviewRuleDialog

    dialogs = (AboutDialog("/data/conflictdesk.sqlite3", "/data/backups"), AuditDialog(db), ImportWizard(db),
               ReviewRuleDialog(db, None, date(2025, 3, 2)))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found = [t for t in _korean(dialog) if "aboutOfl" not in t]
        assert not found, f"{type(dialog).__name__}:\n" + "\n".join(found)


def test_qt_standard_buttons_follow_the_language(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from conflictdesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "ko")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = [b.text() for b in box.buttons()]
        if translators:  # Qt ships qtbase_ko with PySide6 wheels; a system Qt may not
            assert any(HANGUL.search(t) for t in texts), texts
    finally:
        remove_translators(qapp, translators)


def test_the_language_is_chosen_in_settings_and_kept_per_user(qtbot, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from conflictdesk.ui.i18n import saved_language
    from conflictdesk.ui.main_window import MainWindow
    from conflictdesk.ui.panels.settings import SettingsPanel

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    panel = window.show_panel("settings")
    assert isinstance(panel, SettingsPanel)
    assert panel.language.currentData() == "ko" and saved_language(settings) == "ko"
    assert "다시 시작하면 적용됩니다" in panel.language_note.text()
    panel.language.setCurrentIndex(panel.language.findData("en"))
    assert saved_language(settings) == "en"
    assert "Restart" in panel.language_note.text()
    settings.setValue("ui/language", "xx")
    assert saved_language(settings) == "ko"


def test_english_card_editor_opens_a_card_with_a_budget(qtbot, demo_db, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A plan budget is shown in a form the parser reads back in every language (it was '… won' once)."""
    from PySide6.QtCore import QSettings

    from conflictdesk.domain.money import parse_budget_won
    from conflictdesk.ui.main_window import MainWindow

    window = MainWindow(demo_db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    panel = window.show_panel("cards")
    panel.list.setCurrentRow(0)
    assert panel.editor.plan.budget_edit.text()
    assert parse_budget_won(panel.editor.plan.budget_edit.text()) == panel.editor.plan.budget()


def test_every_mnemonic_label_has_a_buddy(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """#19 item 11: a label with an Alt-key (&) has a buddy; without one Qt shows the "&" literally."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QLabel

    from conflictdesk.ui.import_wizard import ImportWizard
    from conflictdesk.ui.main_window import PANEL_KEYS, MainWindow

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    wizard = ImportWizard(demo_db)
    qtbot.addWidget(wizard)
    roots = [window.show_panel(key) for key in PANEL_KEYS] + [wizard.choose]
    bare = [label.text() for root in roots for label in root.findChildren(QLabel)
            if "&" in label.text().replace("&&", "") and label.buddy() is None
            and label.textFormat() != Qt.TextFormat.RichText and "<" not in label.text() and "&nbsp;" not in label.text()]
    assert not bare, bare


def test_no_ampersand_in_english_domain_terms() -> None:
    """A domain term becomes a check box or a form label: "Rallies & protests" showed as "Rallies _protests"."""
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        if context.findtext("name") == "Domain":
            for message in context.iter("message"):
                assert "&" not in (message.findtext("translation") or ""), message.findtext("source")
