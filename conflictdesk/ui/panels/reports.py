"""보고서 panel: choose a round and a report, save as PDF/XLSX/HWPX, preview, print, batch-export cards; the
programme year's 갈등관리 종합계획 (안) and 연간 갈등관리 결과 by year and format (docs/업무규칙.md §Programme year)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.errors import DomainError
from conflictdesk.services.changes import Changes
from conflictdesk.services.projects import round_codes
from conflictdesk.store.engine import Database
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.flow_layout import flow_row
from conflictdesk.ui.i18n import QT_TRANSLATE_NOOP
from conflictdesk.ui.ops import QueryOp
from conflictdesk.ui.search_combo import SearchCombo
from conflictdesk.ui.tasks import ProgressFn, Task

CARD, MEDIATION, SUMMARY_PDF, SUMMARY_XLSX = "card", "mediation", "summary_pdf", "summary_xlsx"
PLAN, ANNUAL = "plan", "annual"
PROGRAMME = (PLAN, ANNUAL)
LAST_FOLDER_KEY = "reports/last_folder"
KINDS = [(CARD, QT_TRANSLATE_NOOP("ReportsPanel", "갈등관리카드 (PDF)")), (MEDIATION, QT_TRANSLATE_NOOP("ReportsPanel", "조정 결과 보고서 (PDF)")),
         (SUMMARY_PDF, QT_TRANSLATE_NOOP("ReportsPanel", "등급 현황·진단 결과 (PDF)")),
         (SUMMARY_XLSX, QT_TRANSLATE_NOOP("ReportsPanel", "등급 현황 (XLSX)")),
         (PLAN, QT_TRANSLATE_NOOP("ReportsPanel", "갈등관리 종합계획 (안) — 연도별 (PDF·HWPX)")),
         (ANNUAL, QT_TRANSLATE_NOOP("ReportsPanel", "연간 갈등관리 결과 — 연도별 (PDF·HWPX·XLSX)"))]
FORMATS = [(".pdf", QT_TRANSLATE_NOOP("ReportsPanel", "PDF 문서")), (".hwpx", QT_TRANSLATE_NOOP("ReportsPanel", "한/글 문서 (HWPX)")),
           (".xlsx", QT_TRANSLATE_NOOP("ReportsPanel", "Excel 통합문서 (XLSX)"))]


class ReportsPanel(QWidget):
    def __init__(self, ctx: PanelContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx)
        self.db = self.ctx.db
        self.task: Task | None = None
        self.print_task: Task | None = None
        self.preview: QWidget | None = None
        self.last_file: Path | None = None
        heading = QLabel(self.tr("보고서"))
        font = heading.font()
        font.setPointSize(14)
        font.setBold(True)
        heading.setFont(font)
        self.round_box = QComboBox()
        self.round_box.setObjectName("reportRound")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("reportKind")
        for key, label in KINDS:
            self.kind_box.addItem(self.tr(label), key)
        self.project_box = SearchCombo("reportProject")
        self.project_box.setMinimumWidth(360)
        self.unmasked = QCheckBox(self.tr("이름·연락처를 가리지 않음 (출력 기록이 감사 이력에 남습니다)"))
        self.year_box = QSpinBox()
        self.year_box.setObjectName("reportYear")
        self.year_box.setRange(1901, 9999)
        self.year_box.setValue(self.ctx.today().year)
        self.year_box.setToolTip(self.tr("종합계획은 그 해의 계획과 전년도 결과를, 연간 결과는 그 해의 결과를 담습니다."))
        self.format_box = QComboBox()
        self.format_box.setObjectName("reportFormat")
        self.form = form = QFormLayout()
        form.addRow(self.tr("보고서(&K)"), self.kind_box)
        form.addRow(self.tr("진단 차수(&R)"), self.round_box)
        form.addRow(self.tr("사업(1·2등급)(&P)"), self.project_box)
        form.addRow("", self.unmasked)
        form.addRow(self.tr("연도(&Y)"), self.year_box)
        form.addRow(self.tr("형식(&T)"), self.format_box)
        self.save_button = QPushButton(self.tr("저장(&S)…"))
        self.preview_button = QPushButton(self.tr("미리보기(&V)"))
        self.print_button = QPushButton(self.tr("인쇄(&I)…"))
        self.batch_button = QPushButton(self.tr("1·2등급 카드 일괄 저장(&B)…"))
        self.batch_combined = QCheckBox(self.tr("한 파일로도 묶기(&J) — 인쇄용, 사업별 책갈피"))
        self.batch_combined.setObjectName("batchCombined")
        self.batch_combined.setToolTip(self.tr("카드별 파일과 함께 모든 카드를 순서대로 담은 PDF 한 개를 만듭니다."))
        for name, button in (("saveReport", self.save_button), ("previewReport", self.preview_button),
                             ("printReport", self.print_button), ("batchCards", self.batch_button)):
            button.setObjectName(name)
        self.preview_button.setToolTip(self.tr("만든 PDF를 쪽 넘김·확대와 함께 화면에서 봅니다 (파일로 남기지 않습니다)."))
        self.print_button.setToolTip(self.tr("시스템 인쇄 대화상자에서 프린터와 쪽 범위를 골라 인쇄합니다."))
        # wraps at 1024×768 in English rather than cut the check box's text (#19)
        buttons = flow_row(self.save_button, self.preview_button, self.print_button, self.batch_button,
                           self.batch_combined)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.round_box.currentTextChanged.connect(self._load_projects)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.format_box.currentIndexChanged.connect(self._update_enabled)
        self.save_button.clicked.connect(self.save_report)
        self.preview_button.clicked.connect(self.preview_report)
        self.print_button.clicked.connect(self.print_report)
        self.batch_button.clicked.connect(self.batch_export)
        self._loaded = False
        self._kind_changed()

    # --- loading ------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        current = self.round_box.currentText()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        self.round_box.addItems(round_codes(self.db))
        if current:
            self.round_box.setCurrentText(current)
        self.round_box.blockSignals(False)
        self._load_projects()
        self._loaded = True

    def on_changes(self, changes: Changes) -> None:
        if self._loaded:
            self.reload()

    def _load_projects(self, *_args: object) -> None:
        from conflictdesk.services.report_data import card_choices

        code = self.round_box.currentText()
        choices = card_choices(self.db, code) if code else []
        self.project_box.set_entries([(f"{c}  {name}", c) for c, name in choices])
        self._update_enabled()

    def _kind_changed(self, *_args: object) -> None:
        """The year and format rows for the programme documents, the round rows for the others."""
        from conflictdesk.reports.hwpx import hwpx_available

        programme = self.kind() in PROGRAMME
        rows: list[tuple[QWidget, bool]] = [(self.round_box, not programme), (self.project_box, not programme),
                                            (self.unmasked, not programme), (self.year_box, programme),
                                            (self.format_box, programme)]
        for widget, visible in rows:
            self.form.setRowVisible(widget, visible)
        if programme:
            wanted = self.format_suffix()
            self.format_box.blockSignals(True)
            self.format_box.clear()
            for suffix, label in FORMATS:
                if (suffix == ".hwpx" and not hwpx_available()) or (suffix == ".xlsx" and self.kind() == PLAN):
                    continue
                self.format_box.addItem(self.tr(label), suffix)
            found = self.format_box.findData(wanted)
            self.format_box.setCurrentIndex(max(found, 0))
            self.format_box.blockSignals(False)
        self._update_enabled()

    def format_suffix(self) -> str:
        """The chosen file type of a programme document (".pdf" when none is chosen)."""
        data = self.format_box.currentData()
        return ".pdf" if data is None else str(data)

    def _update_enabled(self, *_args: object) -> None:
        per_project = self.kind() in (CARD, MEDIATION)
        self.project_box.setEnabled(per_project)
        self.unmasked.setEnabled(per_project)
        has_round = bool(self.round_box.currentText())
        if self.kind() in PROGRAMME:
            ready, printable = True, self.format_suffix() == ".pdf"
        else:
            ready = has_round and (not per_project or self.project_box.count() > 0)
            printable = ready and self.kind() != SUMMARY_XLSX
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(printable)
        self.preview_button.setEnabled(printable)
        # the card batch works on the round's cards: not offered while the round rows are hidden
        self.batch_button.setEnabled(has_round and self.project_box.count() > 0 and self.kind() not in PROGRAMME)
        self.batch_combined.setEnabled(self.batch_button.isEnabled())

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def project_code(self) -> str:
        """The chosen project's code (the picker shows code and name)."""
        data = self.project_box.currentData()
        return "" if data is None else str(data)

    # --- rendering ----------------------------------------------------------------------------
    def renderer(self, audit_as: Path | None = None, *, pdf: bool = False) -> tuple[str, Callable[[Path], object]]:
        """(suggested file name, work that writes the chosen report to a path) for the current choice.

        ``audit_as`` is what the audit trail records for an unmasked report: the file the user chose, or a label
        for a preview or print (the path handed to the work is only a temporary file). ``pdf``: the PDF form of a
        programme document whatever the chosen format (preview, print).
        """
        from conflictdesk.services.files import audit_unmasked

        kind, round_code = self.kind(), self.round_box.currentText()
        if kind in PROGRAMME:
            return self._programme_renderer(kind, ".pdf" if pdf else self.format_suffix())
        code, unmasked, db = self.project_code(), self.unmasked.isChecked(), self.db
        if kind == CARD:
            def card(path: Path) -> object:
                from conflictdesk.reports.card_pdf import render_card_pdf
                from conflictdesk.services.report_data import load_card_report

                report = load_card_report(db, code, round_code=round_code, unmasked=unmasked)
                if unmasked:
                    audit_unmasked(db, "card", code, audit_as or path)
                return render_card_pdf(report, path)
            return self.tr("갈등관리카드_{code}.pdf").format(code=code), card
        if kind == MEDIATION:
            def mediation(path: Path) -> object:
                from conflictdesk.reports.mediation_pdf import render_mediation_pdf
                from conflictdesk.services.report_data import load_mediation_report

                report = load_mediation_report(db, code, unmasked=unmasked)
                if unmasked:
                    audit_unmasked(db, "mediation", code, audit_as or path)
                return render_mediation_pdf(report, path)
            return self.tr("조정결과보고서_{code}.pdf").format(code=code), mediation

        def summary(path: Path) -> object:
            from conflictdesk.services.summary_data import load_grade_summary, load_round_report

            data, rounds = load_grade_summary(db, round_code), load_round_report(db, round_code)
            if kind == SUMMARY_XLSX:
                from conflictdesk.reports.summary_xlsx import write_summary_xlsx

                write_summary_xlsx(data, rounds, path)
                return path
            from conflictdesk.reports.summary_pdf import render_summary_pdf

            return render_summary_pdf(data, rounds, path)
        suffix = ".xlsx" if kind == SUMMARY_XLSX else ".pdf"
        return self.tr("등급현황_{round_code}{suffix}").format(round_code=round_code, suffix=suffix), summary

    def _programme_renderer(self, kind: str, suffix: str) -> tuple[str, Callable[[Path], object]]:
        year, db, today = self.year_box.value(), self.db, self.ctx.today()

        def programme(path: Path) -> object:
            from conflictdesk.reports.programme_files import write_programme
            from conflictdesk.services.programme_year import year_plan, year_results

            data = year_results(db, year, as_of=today) if kind == ANNUAL else year_plan(db, year, as_of=today)
            write_programme(data, suffix, path, author=db.actor)
            return path

        name = (self.tr("연간갈등관리결과_{year}{suffix}") if kind == ANNUAL
                else self.tr("갈등관리종합계획_{year}{suffix}")).format(year=year, suffix=suffix)
        return name, programme

    def _run(self, title: str, path: Path, then: Callable[[Path], None]) -> None:
        from conflictdesk.services.files import write_atomically

        _name, render = self.renderer(audit_as=path)
        self.status.setText(self.tr("{title} 만드는 중…").format(title=title))

        def work(progress: ProgressFn) -> Path:
            progress(10, title)
            write_atomically(path, render)
            return path

        op = QueryOp.in_background(self, title, lambda _db, progress: work(progress))
        op.success(lambda p: then(Path(p))).run()
        self.task = op.task

    def save_report(self) -> None:
        from conflictdesk.reports.hwpx import hwpx_available

        if self.kind() in PROGRAMME:
            self._save_programme()
            return
        name, _render = self.renderer()
        suffix = Path(name).suffix
        filters = [self.tr("Excel 통합문서 (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF 문서 (*.pdf)")]
        hwpx = self.kind() in (CARD, SUMMARY_PDF) and hwpx_available()  # the optional 한/글 extra is installed
        if hwpx:
            filters.append(self.tr("한/글 문서 (*.hwpx)"))
        chosen, chosen_filter = QFileDialog.getSaveFileName(self, self.tr("보고서 저장"), str(self.last_folder() / name),
                                                            ";;".join(filters))
        if not chosen:
            return
        wanted = ".hwpx" if hwpx and (chosen.lower().endswith(".hwpx") or chosen_filter == filters[-1]) else suffix
        path = Path(chosen) if chosen.lower().endswith(wanted) else Path(chosen + wanted)
        self.remember_folder(path.parent)
        if wanted == ".hwpx":
            self._run_hwpx(path)
        else:
            self._run(self.tr("보고서 저장"), path, self._saved)

    def _save_programme(self) -> None:
        """Ask where to save the 종합계획 or the 연간 결과 in the chosen format, then write it in the background."""
        name, _render = self.renderer()
        suffix = self.format_suffix()
        label = dict(FORMATS)[suffix]
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("보고서 저장"), str(self.last_folder() / name),
                                                      f"{self.tr(label)} (*{suffix})")
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
        self.remember_folder(path.parent)
        self._run(self.tr("보고서 저장"), path, self._saved)

    def last_folder(self) -> Path:
        """The folder the officer saved a report in last time (remembered on this computer), else the home folder."""
        folder = Path(str(self.ctx.settings.value(LAST_FOLDER_KEY, "") or Path.home()))
        return folder if folder.is_dir() else Path.home()

    def remember_folder(self, folder: Path) -> None:
        self.ctx.settings.setValue(LAST_FOLDER_KEY, str(folder))

    def _run_hwpx(self, path: Path) -> None:
        """Write the card or the grade summary as a 한/글 document (the same content as the CLI's --out F.hwpx)."""
        from conflictdesk.services.files import audit_unmasked, write_atomically

        kind, round_code, code, unmasked, db = (self.kind(), self.round_box.currentText(), self.project_code(),
                                                self.unmasked.isChecked(), self.db)

        def work(progress: ProgressFn) -> Path:
            from conflictdesk.reports.hwpx import write_card_hwpx, write_summary_hwpx
            from conflictdesk.reports.hwpx_content import card_content, summary_content

            progress(10, path.name)
            if kind == CARD:
                from conflictdesk.services.report_data import load_card_report

                card = load_card_report(db, code, round_code=round_code, unmasked=unmasked)
                if unmasked:
                    audit_unmasked(db, "card", code, path)
                write_atomically(path, lambda p: write_card_hwpx(card_content(card), p))
            else:
                from conflictdesk.services.summary_data import load_grade_summary

                summary = load_grade_summary(db, round_code)
                write_atomically(path, lambda p: write_summary_hwpx(summary_content(summary), p))
            return path

        self.status.setText(self.tr("{title} 만드는 중…").format(title=path.name))
        op = QueryOp.in_background(self, self.tr("보고서 저장"), lambda _db, progress: work(progress))
        op.success(lambda p: self._saved(Path(p))).run()
        self.task = op.task

    def _saved(self, path: Path) -> None:
        self.last_file = path
        self.status.setText(self.tr("저장했습니다: {path}").format(path=path))

    def _render_pdf(self, title: str, purpose: str, then: Callable[[bytes, str], None]) -> None:
        """Render the chosen PDF off the GUI thread and hand its bytes to ``then``; the temporary file is removed
        at once, so no copy of a report with personal data is left in the temp folder."""
        from conflictdesk.ui.pdf_print import require_qtpdf

        if not self._qtpdf_ready(require_qtpdf):
            return
        name, _render = self.renderer(pdf=True)
        _name, render = self.renderer(audit_as=Path(f"({purpose}) {name}"), pdf=True)
        self.status.setText(self.tr("{title} 만드는 중…").format(title=title))

        def work(progress: ProgressFn) -> bytes:
            progress(10, title)
            with tempfile.TemporaryDirectory(prefix="conflictdesk-") as folder:
                path = Path(folder) / "report.pdf"
                render(path)
                return path.read_bytes()

        op = QueryOp.in_background(self, title, lambda _db, progress: work(progress))
        op.success(lambda data: then(bytes(data), name)).run()
        self.task = op.task

    def _qtpdf_ready(self, check: Callable[[], None]) -> bool:
        from conflictdesk.ui.messages import show_error

        try:
            check()
        except DomainError as exc:  # QtPdf missing or mismatched: saving still works
            self.status.setText(self.tr("미리보기·인쇄를 할 수 없습니다: QtPdf가 없습니다. '저장'은 쓸 수 있습니다."))
            show_error(self, exc)
            return False
        return True

    def preview_report(self) -> None:
        self._render_pdf(self.tr("미리보기"), self.tr("미리보기"), self._open_preview)

    def _open_preview(self, data: bytes, name: str) -> None:
        from conflictdesk.ui.pdf_preview import PdfPreviewDialog

        if self.preview is not None:
            self.preview.close()
        dialog = PdfPreviewDialog(data, name, self, on_printed=self._printed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_a: setattr(self, "preview", None))
        self.preview = dialog
        dialog.show()
        self.status.setText(self.tr("미리보기: {name} ({0}쪽)").format(dialog.page_count(), name=name))

    def print_report(self) -> None:
        self._render_pdf(self.tr("인쇄 준비"), self.tr("인쇄"), self._print)

    def _print(self, data: bytes, name: str) -> None:
        from conflictdesk.ui.messages import show_error
        from conflictdesk.ui.pdf_print import print_pdf

        try:
            self.print_task = print_pdf(self, data, name, on_done=self._printed)
        except (DomainError, OSError) as exc:  # no printer, an empty page range
            show_error(self, exc)
            return
        self.status.setText(self.tr("인쇄 중…") if self.print_task is not None else self.tr("인쇄를 취소했습니다."))

    def _printed(self, finished: bool, pages: int) -> None:
        self.status.setText(self.tr("인쇄 작업을 보냈습니다 ({pages}쪽).").format(
            pages=pages) if finished else self.tr("인쇄를 취소했습니다."))

    # --- batch --------------------------------------------------------------------------------
    def batch_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("카드를 저장할 폴더"), str(self.last_folder()))
        if not folder:
            return
        self.remember_folder(Path(folder))
        codes = [str(self.project_box.itemData(i)) for i in range(self.project_box.count())]
        work = self._batch_work(Path(folder), codes)
        op = QueryOp.in_background(self, self.tr("갈등관리카드 일괄 저장"), lambda _db, progress: work(progress))
        op.success(self._batch_done).run()
        self.task = op.task

    def _batch_work(self, folder: Path, codes: list[str]) -> Callable[[ProgressFn], Any]:
        db, round_code, combined = self.db, self.round_box.currentText(), self.batch_combined.isChecked()
        saved, today = self.tr("{done}건 저장"), self.ctx.today()

        def work(progress: ProgressFn) -> tuple[int, int, Path, Path | None]:
            from conflictdesk.reports.card_batch import export_cards

            def step(percent: int, done: str) -> bool:
                return progress(percent, saved.format(done=done))

            result = export_cards(db, round_code, codes, folder, printed=today, combined=combined,
                                  progress=step)
            return result.done, result.total, folder, result.combined

        return work

    def _batch_done(self, result: tuple[int, int, Path, Path | None]) -> None:
        done, total, folder, combined = result
        cancelled = self.tr(" (취소됨)") if done < total else ""
        text = self.tr("갈등관리카드 {done}/{total}건을 저장했습니다{cancelled}: {folder}").format(
            done=done, total=total, cancelled=cancelled, folder=folder)
        if combined is not None:
            text += "\n" + self.tr("인쇄용 한 파일(사업별 책갈피): {name}").format(name=combined.name)
            self.last_file = combined
        self.status.setText(text)
