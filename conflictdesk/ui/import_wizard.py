"""Project import wizard (사업 목록 가져오기): choose a file and round, preview with problems in place, import."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from conflictdesk.domain.errors import DomainError
from conflictdesk.domain.import_columns import IMPORT_COLUMNS, known_header
from conflictdesk.domain.money import format_korean_won, format_million_won
from conflictdesk.domain.rounds import RoundId
from conflictdesk.services.changes import Changes
from conflictdesk.services.importing import ImportResult, ParsedFile, Problem, summary_text
from conflictdesk.store.engine import Database
from conflictdesk.ui import clock
from conflictdesk.ui.columns import Column, ColumnModel
from conflictdesk.ui.context import as_context, context_of
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP, round_label, translate
from conflictdesk.ui.messages import error_message
from conflictdesk.ui.ops import CollectionOp, QueryOp

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BRUSH = QBrush(QColor("#f6c6c6"))
FILE_FILTER = QT_TRANSLATE_NOOP("ImportWizard", "스프레드시트 (*.xlsx *.csv);;엑셀 (*.xlsx);;CSV (*.csv);;모든 파일 (*)")


def _letter_index(column: str) -> int | None:
    """``"C열"`` → 2 (problems about columns without a known header name the column letter)."""
    letters = column[:-1] if column.endswith("열") else ""
    if not letters or not letters.isascii() or not letters.isalpha():
        return None
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def _understood_cells(parsed: ParsedFile, headers: tuple[str, ...]) -> dict[tuple[int, int], str]:
    """What the import read from the budget and yes/no cells: "12.5" → 12.5백만원 (1,250만원), "Y" → ✓."""
    columns = {c.header: c for c in IMPORT_COLUMNS if c.kind in ("budget", "yesno")}
    where = {}
    for index, header in enumerate(headers):
        known = known_header(header)
        if known in columns:
            where[index] = columns[known]
    out: dict[tuple[int, int], str] = {}
    for project in parsed.rows:
        r = project.row  # keyed by the file's row number, like the problems
        for c, column in where.items():
            value = project.values.get(column.field)
            if column.kind == "budget":
                out[(r, c)] = (f"{format_million_won(value)} ({format_korean_won(value)})" if isinstance(value, int)
                               else translate("import_wizard", "(없음)"))
            else:
                out[(r, c)] = "✓" if value else "–"
    return out


def _cell(n: int) -> Callable[[tuple[int, tuple[str, ...]]], str]:
    return lambda row: row[1][n] if n < len(row[1]) else ""


class PreviewModel(ColumnModel[tuple[int, tuple[str, ...]]]):
    """The file's cells as text under its own headers; problem cells are red with the messages as tooltips."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((), "import_wizard", parent)
        self._headers: tuple[str, ...] = ()
        self._cell_problems: dict[tuple[int, int], list[str]] = {}  # (file row number, column) → messages
        self._row_numbers: set[int] = set()
        self._understood: dict[tuple[int, int], str] = {}  # (file row number, column) → what the import read

    def set_file(self, parsed: ParsedFile | None) -> None:
        self._understood = {}
        if parsed is None:
            self._headers, self._cell_problems, self._row_numbers = (), {}, set()
            self.columns = ()
            self.set_rows([])
            return
        width = max([len(parsed.headers)] + [len(c) for _n, c in parsed.cells[:1]])
        self._headers = parsed.headers + ("",) * (width - len(parsed.headers))
        self._row_numbers = {number for number, _c in parsed.cells}
        self._cell_problems = {}
        for p in parsed.problems:
            for cell in self.cells_of(p):
                self._cell_problems.setdefault(cell, []).append(p.message)
        self._understood = _understood_cells(parsed, self._headers)
        # The headers are the file's own text: shown as they are (translate() leaves unknown text alone).
        self.columns = tuple(Column(header, self._shown(n)) for n, header in enumerate(self._headers))
        self.set_rows(parsed.cells)

    def _shown(self, n: int) -> Callable[[tuple[int, tuple[str, ...]]], str]:
        """Column ``n``: the raw cell, and beside it what the import understood ("12.5  →  12.5백만원 (1,250만원)")."""
        raw = _cell(n)

        def shown(row: tuple[int, tuple[str, ...]]) -> str:
            read = self._understood.get((row[0], n))
            return f"{raw(row)}  →  {read}" if read is not None else raw(row)  # a unit mistake shows before saving

        return shown

    def cells_of(self, problem: Problem) -> list[tuple[int, int]]:
        """(file row number, column) cells a problem points at; the whole row when no column is named."""
        if problem.row not in self._row_numbers:
            return []
        if problem.column in self._headers and problem.column:
            return [(problem.row, self._headers.index(problem.column))]
        col = _letter_index(problem.column)
        if col is not None and col < len(self._headers):
            return [(problem.row, col)]
        return [(problem.row, c) for c in range(len(self._headers))]

    def view_row_of(self, number: int) -> int:
        """The shown row of file row ``number`` (-1 when it is not shown)."""
        return next((n for n, i in enumerate(self._view) if self._rows[i][0] == number), -1)

    def extra(self, row: tuple[int, tuple[str, ...]], column: int, role: int) -> Any:
        problems = self._cell_problems.get((row[0], column))
        if problems and role == Qt.ItemDataRole.BackgroundRole:
            return PROBLEM_BRUSH
        if problems and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problems)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(self.row(section)[0])
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


def _round_choices(db: Database, today: date, selected: str | None = None) -> tuple[list[tuple[str, str | None]], int]:
    """Every round the officer may mean (#19): the open and past rounds, the current half and the half after the
    latest if they are new, and the rounds before the earliest one; the default is ``selected`` (the round chosen
    in 사업·진단) or else the current half. Any other round can be typed in the (editable) box."""
    from conflictdesk.services.rounds import list_rounds

    current = RoundId(today.year, 1 if today.month < 7 else 2)
    existing = [RoundId.parse(r.code) for r in list_rounds(db)]
    candidates = set(existing) | {current}
    if existing:
        candidates |= {max(existing).next(), min(existing).previous()}
    else:
        candidates |= {current.previous(), current.next()}
    items: list[tuple[str, str | None]] = [(translate("import_wizard", "진단 차수에 넣지 않음"), None)]
    for rid in sorted(candidates, reverse=True):
        label = f"{rid} ({round_label(rid)})"
        if rid not in existing:
            label = translate("import_wizard", "{current} ({0}) — 새로 열기").format(round_label(rid), current=str(rid))
        items.append((label, str(rid)))
    wanted = selected or str(current)
    default = next((i for i, (_label, code) in enumerate(items) if code == wanted), 1)
    return items, default


class ChoosePage(QWizardPage):
    def __init__(self, db: Database, today: date, selected_round: str | None = None) -> None:
        super().__init__()
        self.setTitle(self.tr("파일 고르기"))
        self.setSubTitle(self.tr("부서에서 받은 사업 목록(.xlsx 또는 .csv)과 진단할 차수를 고르세요."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setPlaceholderText(self.tr("가져올 파일 경로"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("찾아보기(&B)…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.setEditable(True)  # any round can be typed: "2018-2"
        self.round_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        items, default = _round_choices(db, today, selected_round)
        for label, code in items:
            self.round_combo.addItem(label, code)
        self.round_combo.setCurrentIndex(default)
        self.round_combo.currentTextChanged.connect(self.completeChanged)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("파일(&F):"))
        file_label.setBuddy(self.path_edit)  # a row of widgets has no buddy by itself: the & showed literally
        form.addRow(file_label, row)
        form.addRow(self.tr("진단 차수(&R):"), self.round_combo)
        hint = QLabel(self.tr("차수를 고르면 그 차수를 (열려 있지 않으면 새로) 열고 가져온 사업에 진단기준을 적용합니다."))
        hint.setWordWrap(True)
        form.addRow(hint)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("가져올 사업 목록"), self.path_edit.text(),
                                                      translate("ImportWizard", FILE_FILTER))
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def round_code(self) -> str | None:
        """The chosen round: a listed one, or one typed as "2018-2" (raises InvalidValue when unreadable)."""
        text = self.round_combo.currentText().strip()
        index = self.round_combo.findText(text)
        if index >= 0:
            code = self.round_combo.itemData(index)
            return str(code) if code else None
        return str(RoundId.parse(text.split()[0] if text else text))

    def _round_readable(self) -> bool:
        try:
            self.round_code()
        except DomainError:
            return False
        return True

    def isComplete(self) -> bool:
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).is_file() and self._round_readable()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("미리보기"))
        self.setSubTitle(self.tr("파일의 모든 행입니다. 문제가 있는 칸은 빨간색이며, 칸에 마우스를 올리면 이유가 보입니다."))
        self.parsed: ParsedFile | None = None
        self.preview: ImportResult | None = None
        self.loading = False
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setWordWrap(True)
        self.problem_list.currentRowChanged.connect(self._show_problem)
        self.summary = QLabel()
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reload_button = QPushButton(self.tr("다시 읽기(&L)"))
        reload_button.setObjectName("reloadButton")
        reload_button.clicked.connect(self.initializePage)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problem_list)
        splitter.setSizes([320, 110])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("가져오기(&I)"))

    def initializePage(self) -> None:
        from conflictdesk.services.importing import import_parsed, read_project_file

        self.parsed, self.preview = None, None
        self.model.set_file(None)
        self.problem_list.clear()
        self.summary.setText(self.tr("파일을 읽는 중…"))
        self.loading = True
        self.completeChanged.emit()
        path, code = self._wizard.choose.path(), self._wizard.choose.round_code()

        def work(db: Database, progress: Callable[[int, str], bool]) -> tuple[ParsedFile, ImportResult]:
            parsed = read_project_file(path, progress)
            result, _changes = import_parsed(db, parsed, round_code=code, dry_run=True, progress=progress)
            return parsed, result  # a dry run: nothing stored, nothing to publish

        op = QueryOp.in_background(self._wizard, self.tr("파일 읽는 중"), work)
        op.success(self._loaded).failure(self._failed).run()
        self._wizard.task = op.task

    def _loaded(self, value: tuple[ParsedFile, ImportResult]) -> None:
        self.parsed, self.preview = value
        self.loading = False
        self.model.set_file(self.parsed)
        self.table.resizeColumnsToContents()
        for problem in self.parsed.problems:
            item = QListWidgetItem(problem.text())
            item.setForeground(QBrush(QColor("#a00000")))
            self.problem_list.addItem(item)
        if self.parsed.problems:
            self.summary.setText(
                self.tr("<b>{name}</b>: 문제 {0:,}건 — 하나라도 있으면 아무것도 가져오지 않습니다. 파일을 고친 뒤 [다시 읽기]를 누르세요.").format(
                    len(self.parsed.problems), name=self.parsed.name))
        else:
            self.problem_list.addItem(self.tr("문제 없음"))
            for notice in self.preview.notices:
                item = QListWidgetItem(self.tr("확인 필요: {0}").format(notice.text()))
                item.setForeground(QBrush(QColor("#8a5a00")))
                self.problem_list.addItem(item)
            self.summary.setText(self.tr("<b>{name}</b> ({0:,}행): {1}").format(
                len(self.parsed.cells), summary_text(self.preview), name=self.parsed.name))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        if not isinstance(exc, DomainError):
            from conflictdesk.ui.messages import show_error

            show_error(self, exc)
        message = error_message(exc) if isinstance(exc, DomainError) else self.tr("파일을 읽지 못했습니다.")
        self.summary.setText(f"<span style='color:#a00000'>{message}</span>")
        self.completeChanged.emit()

    def _show_problem(self, row: int) -> None:
        if self.parsed is None or not 0 <= row < len(self.parsed.problems):
            return
        cells = self.model.cells_of(self.parsed.problems[row])
        if cells:
            number, column = cells[0]
            index = self.model.index(self.model.view_row_of(number), column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def isComplete(self) -> bool:
        return not self.loading and self.parsed is not None and not self.parsed.problems


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("가져오기"))
        self.result: ImportResult | None = None
        self.label = QLabel()
        self.label.setObjectName("resultLabel")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        from conflictdesk.services.importing import import_parsed

        preview = self._wizard.preview
        assert preview.parsed is not None
        parsed, code = preview.parsed, self._wizard.choose.round_code()
        self.label.setText(self.tr("가져오는 중…"))
        op = CollectionOp.in_background(self._wizard, self.tr("사업 목록 가져오는 중"),
                                        lambda db, progress: import_parsed(db, parsed, round_code=code, progress=progress))
        op.success(self._done).failure(self._failed).run()
        self._wizard.task = op.task

    def _done(self, value: tuple[ImportResult, Changes]) -> None:
        self.result, _changes = value  # the runner published them
        notes = "".join("\n" + self.tr("확인 필요: {0}").format(n.text()) for n in self.result.notices[:20])
        self.label.setText(self.tr("가져왔습니다: {0}\n({seconds:.1f}초)").format(
            summary_text(self.result), seconds=self.result.seconds) + notes)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from conflictdesk.ui.messages import error_text

        _title, message = error_text(exc)
        self.label.setText(self.tr("가져오지 못했습니다. 아무것도 바뀌지 않았습니다.\n{message}").format(message=message))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None


class ImportWizard(QWizard):
    """Three steps: file and round → preview (dry run) → import with progress; publishes ``Changes``."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 apply_changes: Callable[[Changes], None] | None = None, today: date | None = None,
                 *, selected_round: str | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        try:  # the window's context (its bus hears the import); alone (tests), a context of its own
            self.ctx = context_of(parent)
        except LookupError:
            self.ctx = as_context(db, apply_changes)
        self.task: Any = None
        self.setWindowTitle(self.tr("사업 목록 가져오기"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.choose = ChoosePage(db, today or clock.today(), selected_round)
        if path is not None:
            self.choose.path_edit.setText(str(path))
        self.preview = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.choose, self.preview, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("다음(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 이전(&P)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("마침"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("취소"))
        self.resize(980, 640)


def open_import_wizard(window: QMainWindow, db: Database, apply_changes: Callable[[Changes], None], *,
                       selected_round: str | None = None, path: Path | None = None) -> ImportWizard:
    """The 파일 > 사업 목록 가져오기… action (also a file dropped on the window)."""
    wizard = ImportWizard(db, window, apply_changes, selected_round=selected_round, path=path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def save_import_template(window: QMainWindow) -> Path | None:
    """The 파일 > 가져오기 서식 저장… action."""
    path, _filter = QFileDialog.getSaveFileName(window, translate("import_wizard", "가져오기 서식 저장"), translate("import_wizard", "사업목록_가져오기_서식.xlsx"),
                                                translate("import_wizard", "엑셀 (*.xlsx)"))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
    from conflictdesk.reports.template import write_template
    from conflictdesk.ui.messages import show_error

    try:
        write_template(target)
    except OSError as exc:
        show_error(window, exc)
        return None
    window.statusBar().showMessage(translate("import_wizard", "가져오기 서식을 저장했습니다: {target}").format(target=target), 8000)
    return target
