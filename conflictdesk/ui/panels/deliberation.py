"""공론화 panel: the agenda register (심의대상 안건) — items, petition counts and import, 시민 설명, decisions — with the
panel draw and the process (공론화 추진) in their own tab modules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.deliberation import Decision, ItemSource, PetitionStatus, Thresholds
from conflictdesk.services import deliberation
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_dtos import AgendaItem, ItemInput
from conflictdesk.store.engine import Database
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.i18n import domain_label, translate
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.mediation_common import DateField, OptionalDate, Table, iso

#: Which change kinds make the panel reload.
KINDS = ("deliberation", "project", "setting")
#: Problems listed in the refused-import message.
MAX_LISTED = 30


def _spin(name: str, maximum: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, maximum)
    box.setGroupSeparatorShown(True)
    box.setSuffix(suffix)
    return box


class AgendaTab(QWidget):
    """The register of one year (or all): a table of items and, beside it, the selected item's forms."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: dict[int, AgendaItem] = {}
        self.year = QComboBox()
        self.year.setObjectName("agendaYear")
        year_label = QLabel(self.tr("연도(&Y)"))
        year_label.setBuddy(self.year)
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.import_button = QPushButton(self.tr("청원 가져오기(&I)…"))
        self.import_button.setObjectName("importPetitions")
        self.import_button.setToolTip(self.tr("엑셀·CSV 머리글: 청원명, 청원 시작일, 공감 수, 기준일"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        top.addWidget(self.import_button)
        self.export_button = QPushButton(self.tr("목록 저장(&X)…"))
        self.export_button.setObjectName("exportAgenda")
        self.export_button.setToolTip(self.tr("고른 연도의 안건 목록을 엑셀(.xlsx)로 저장합니다."))
        top.addWidget(self.export_button)
        self.report_button = QPushButton(self.tr("결과 보고서(&R)…"))
        self.report_button.setObjectName("deliberationReport")
        self.report_button.setToolTip(self.tr("고른 안건의 공론화 결과 보고서(PDF)를 저장합니다."))
        top.addWidget(self.report_button)

        self.table = Table([self.tr("번호"), self.tr("안건"), self.tr("출처"), self.tr("시작·접수일"), self.tr("공감 수"),
                            self.tr("상태"), self.tr("설명 기한"), self.tr("설명일"), self.tr("실시 여부")], "agendaTable")
        for col, width in enumerate((50, 280, 110, 100, 80, 110, 100, 100)):
            self.table.setColumnWidth(col, width)

        # --- the item ---
        item_box = QGroupBox(self.tr("안건"))
        self.title = QLineEdit()
        self.title.setObjectName("itemTitle")
        self.source = QComboBox()
        self.source.setObjectName("itemSource")
        for source in ItemSource:
            self.source.addItem(domain_label(source), source.value)
        self.opened = DateField()
        self.opened.setObjectName("itemOpened")
        self.reference = QLineEdit()
        self.reference.setObjectName("itemReference")
        self.reference.setPlaceholderText(self.tr("의결 번호, 문서 번호 등"))
        self.project = QLineEdit()
        self.project.setObjectName("itemProject")
        self.project.setPlaceholderText(self.tr("갈등사례 회부: 사업코드"))
        self.refer = QComboBox()
        self.refer.setObjectName("referCase")
        self.refer.setToolTip(self.tr("대응계획에 공론화를 적은 사례 중 아직 회부하지 않은 것: 고르면 새 안건 칸을 채웁니다."))
        self.new_button = QPushButton(self.tr("새 안건(&N)"))
        self.new_button.setObjectName("newItem")
        self.save_button = QPushButton(self.tr("안건 저장(&S)"))
        self.save_button.setObjectName("saveItem")
        self.delete_button = QPushButton(self.tr("안건 삭제"))
        self.delete_button.setObjectName("deleteItem")
        form = QFormLayout(item_box)
        form.addRow(self.tr("안건명(&T)"), self.title)
        form.addRow(self.tr("출처"), self.source)
        form.addRow(self.tr("시작·접수일"), self.opened)
        form.addRow(self.tr("근거"), self.reference)
        form.addRow(self.tr("사업코드"), self.project)
        form.addRow(self.tr("사례에서 회부"), self.refer)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        self.thresholds_note = QLabel()
        self.thresholds_note.setObjectName("itemThresholds")
        self.thresholds_note.setWordWrap(True)
        form.addRow(self.thresholds_note)

        # --- petition counts ---
        count_box = QGroupBox(self.tr("공감 수"))
        self.count_date = DateField()
        self.count_date.setObjectName("countDate")
        self.count = _spin("countValue", 100_000_000, self.tr("명"))
        self.count_button = QPushButton(self.tr("공감 수 기록"))
        self.count_button.setObjectName("recordCount")
        cl = QHBoxLayout(count_box)
        cl.addWidget(self.count_date)
        cl.addWidget(self.count)
        cl.addWidget(self.count_button)

        # --- the explanation owed ---
        explain_box = QGroupBox(self.tr("시민 설명"))
        self.explain_due = QLabel()
        self.explain_due.setObjectName("explainDue")
        self.explain_given = OptionalDate(self.tr("설명함"))
        self.explain_given.setObjectName("explainGiven")
        self.explain_text = QPlainTextEdit()
        self.explain_text.setObjectName("explainText")
        self.explain_text.setTabChangesFocus(True)
        self.explain_text.setMaximumHeight(60)
        self.explain_button = QPushButton(self.tr("설명 기록"))
        self.explain_button.setObjectName("recordExplanation")
        el = QFormLayout(explain_box)
        el.addRow(self.tr("기한"), self.explain_due)
        el.addRow(self.tr("설명일"), self.explain_given)
        el.addRow(self.tr("내용"), self.explain_text)
        el.addRow(self.explain_button)

        # --- the committee's decision ---
        decision_box = QGroupBox(self.tr("공론화 실시 여부 (공론화위원회)"))
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        self.decision.addItem(self.tr("미정"), None)
        for decision in Decision:
            self.decision.addItem(domain_label(decision), decision.value)
        self.decided_on = DateField()
        self.decided_on.setObjectName("decidedOn")
        self.reason = QLineEdit()
        self.reason.setObjectName("decisionReason")
        self.decision_button = QPushButton(self.tr("결정 기록"))
        self.decision_button.setObjectName("recordDecision")
        dl = QFormLayout(decision_box)
        dl.addRow(self.tr("결정"), self.decision)
        dl.addRow(self.tr("의결일"), self.decided_on)
        dl.addRow(self.tr("사유"), self.reason)
        dl.addRow(self.decision_button)

        # --- the thresholds (setting) ---
        th_box = QGroupBox(self.tr("심의대상 기준 (새 안건에 적용)"))
        self.th_support = _spin("thresholdSupport", 10_000_000, self.tr("명"))
        self.th_window = _spin("thresholdWindow", 3650, self.tr("일"))
        self.th_explain = _spin("thresholdExplain", 10_000_000, self.tr("명"))
        self.th_explain_days = _spin("thresholdExplainDays", 3650, self.tr("일"))
        self.th_button = QPushButton(self.tr("기준 저장"))
        self.th_button.setObjectName("saveThresholds")
        tl = QFormLayout(th_box)
        tl.addRow(self.tr("청원 기준 공감 수"), self.th_support)
        tl.addRow(self.tr("청원 기간 (시작일이 1일째)"), self.th_window)
        tl.addRow(self.tr("설명 기준 공감 수"), self.th_explain)
        tl.addRow(self.tr("설명 기한 (기간 종료 후)"), self.th_explain_days)
        tl.addRow(self.th_button)

        # The forms keep their natural height and scroll on a small screen (1366×768 squeezed them into each other).
        forms = QWidget()
        right = QVBoxLayout(forms)
        right.setContentsMargins(0, 0, 4, 0)
        for box in (item_box, count_box, explain_box, decision_box, th_box):
            right.addWidget(box)
        right.addStretch(1)
        self.forms = QScrollArea()
        self.forms.setObjectName("agendaForms")
        self.forms.setWidgetResizable(True)
        self.forms.setFrameShape(QFrame.Shape.NoFrame)
        self.forms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.forms.setWidget(forms)
        self.forms.setMinimumWidth(forms.sizeHint().width() + 20)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.forms)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.year.currentIndexChanged.connect(self.reload_items)
        self.table.currentCellChanged.connect(lambda *_a: self.show_selected())
        self.import_button.clicked.connect(self.import_petitions)
        self.refer.activated.connect(self.refer_case)
        self.export_button.clicked.connect(self.export_register)
        self.report_button.clicked.connect(self.save_report)
        self.new_button.clicked.connect(self.new_item)
        self.save_button.clicked.connect(self.save_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.count_button.clicked.connect(self.record_count)
        self.explain_button.clicked.connect(self.record_explanation)
        self.decision_button.clicked.connect(self.record_decision)
        self.th_button.clicked.connect(self.save_thresholds)

    # --- loading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.year.currentData()
        years = QueryOp(self, deliberation.agenda_years).run() or []
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("전체"), None)
        for y in sorted(years, reverse=True):
            self.year.addItem(self.tr("{y}년").format(y=y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        cases = QueryOp(self, deliberation.referable_cases).run() or []
        self.refer.clear()
        self.refer.addItem(self.tr("사례 {0}건").format(len(cases)) if cases else self.tr("회부할 사례 없음"), None)
        for code, name in cases:
            self.refer.addItem(f"{code}  {name}", (code, name))
        th = QueryOp(self, deliberation.current_thresholds).run()
        if th is not None:
            self.th_support.setValue(th.support)
            self.th_window.setValue(th.window_days)
            self.th_explain.setValue(th.explain)
            self.th_explain_days.setValue(th.explain_days)
        self.reload_items()

    def selected_year(self) -> int | None:
        data = self.year.currentData()
        return int(data) if data is not None else None

    def reload_items(self) -> None:
        year, today = self.selected_year(), self.ctx.today()
        selected = self.table.current_id()
        found = QueryOp(self, lambda db: deliberation.agenda(db, today, year)).run()
        if found is None:
            return
        self.items = {i.id: i for i in found}
        rows = [(i.id, (i.id, i.title, domain_label(i.source), iso(i.opened),
                        "" if i.support is None else f"{i.support:,}", self.status_text(i), iso(i.explain_due),
                        iso(i.explain_given), domain_label(i.decision) if i.decision else ""))
                for i in found]
        self.table.set_rows(rows, right=(0, 4))
        qualifying = sum(1 for i in found if i.qualifies)
        owed = sum(1 for i in found if i.explain_owed)
        self.summary.setText(self.tr("안건 {0}건 · 심의대상 {1}건 · 설명 미이행 {2}건").format(
            len(found), qualifying, owed))
        if selected in self.items:
            self.table.select_id(selected)
        elif found:
            self.table.selectRow(0)
        self.show_selected()

    def status_text(self, item: AgendaItem) -> str:
        if item.status is None:
            return domain_label(PetitionStatus.QUALIFIES)
        return domain_label(item.status)

    def selected(self) -> AgendaItem | None:
        row_id = self.table.current_id()
        return self.items.get(row_id) if row_id is not None else None

    def show_selected(self) -> None:
        item = self.selected()
        self.save_button.setEnabled(not self.ctx.read_only)
        for widget in (self.delete_button, self.count_button, self.explain_button, self.decision_button):
            widget.setEnabled(item is not None and not self.ctx.read_only)
        if item is None:
            self.thresholds_note.clear()
            self.explain_due.clear()
            return
        self.title.setText(item.title)
        self.source.setCurrentIndex(max(0, self.source.findData(item.source.value)))
        self.opened.set_value(item.opened)
        self.reference.setText(item.reference)
        self.project.setText(item.project_code or "")
        th = item.thresholds
        self.thresholds_note.setText(self.tr("이 안건의 기준: {days}일 안에 {support:,}명 · 설명 기준 {explain:,}명").format(
            days=th.window_days, support=th.support, explain=th.explain))
        is_petition = item.source is ItemSource.PETITION
        self.count_button.setEnabled(is_petition and not self.ctx.read_only)
        self.explain_button.setEnabled(item.status is PetitionStatus.EXPLAIN and not self.ctx.read_only)
        self.explain_due.setText(iso(item.explain_due) if item.explain_due else self.tr("해당 없음"))
        self.explain_given.set_value(item.explain_given)
        self.explain_text.setPlainText(item.explain_text)
        self.decision.setCurrentIndex(max(0, self.decision.findData(item.decision.value if item.decision else None)))
        self.decided_on.set_value(item.decided_on or self.ctx.today())
        self.reason.setText(item.decision_reason)

    # --- actions ----------------------------------------------------------------------------------------
    def _input(self) -> ItemInput:
        return ItemInput(self.title.text(), ItemSource(str(self.source.currentData())), self.opened.value(),
                         self.reference.text(), self.project.text().strip() or None)

    def new_item(self) -> None:
        """Clear the form for a new item; 안건 저장 then adds it."""
        self.table.setCurrentCell(-1, -1)
        self.table.clearSelection()
        for edit in (self.title, self.reference, self.project):
            edit.clear()
        self.opened.set_value(self.ctx.today())
        self.save_button.setEnabled(not self.ctx.read_only)
        self.title.setFocus()

    def refer_case(self, index: int) -> None:
        """Fill the form with a new referral from the chosen case (saved with 안건 저장)."""
        data = self.refer.itemData(index)
        if data is None:
            return
        code, name = data
        self.new_item()
        self.title.setText(str(name))
        self.project.setText(str(code))
        self.source.setCurrentIndex(self.source.findData(ItemSource.CASE.value))

    def save_item(self) -> None:
        """Save the form: the selected item's corrections, or a new item when none is selected."""
        item = self.selected()
        data = self._input()
        if item is None:
            def done(result: tuple[int, Changes]) -> None:
                self.table.select_id(result[0])

            CollectionOp(self, lambda db: deliberation.add_item(db, data)).success(done).run()
            return
        CollectionOp(self, lambda db: deliberation.update_item(db, item.id, data)).run()

    def delete_item(self) -> None:
        item = self.selected()
        if item is None or not messages.confirm(
                self, self.tr("안건 삭제"), self.tr("'{0}' 안건과 공감 수 기록을 삭제할까요?").format(item.title)):
            return
        CollectionOp(self, lambda db: deliberation.delete_item(db, item.id)).run()

    def record_count(self) -> None:
        item = self.selected()
        if item is None:
            return
        on, count = self.count_date.value(), self.count.value()
        CollectionOp(self, lambda db: deliberation.record_count(db, item.id, on, count)).run()

    def record_explanation(self) -> None:
        item = self.selected()
        if item is None:
            return
        given, text, today = self.explain_given.value(), self.explain_text.toPlainText(), self.ctx.today()
        CollectionOp(self, lambda db: deliberation.record_explanation(db, item.id, given, text, today)).run()

    def record_decision(self) -> None:
        item = self.selected()
        if item is None:
            return
        value = self.decision.currentData()
        decision = Decision(str(value)) if value is not None else None
        on, reason = self.decided_on.value(), self.reason.text()
        CollectionOp(self, lambda db: deliberation.record_decision(db, item.id, decision, on, reason)).run()

    def save_thresholds(self) -> None:
        values = (self.th_support.value(), self.th_window.value(), self.th_explain.value(),
                  self.th_explain_days.value())

        def save(db: Database) -> Changes:
            return deliberation.save_thresholds(db, Thresholds(*values))

        CollectionOp(self, save).success(lambda _c: self.summary.setText(self.tr("기준을 저장했습니다."))).run()

    def export_register(self) -> None:
        """Save the register of the chosen year as XLSX (the same file as ``deliberation export``)."""
        year = self.selected_year()
        name = self.tr("공론화안건_{0}.xlsx").format(year if year is not None else self.tr("전체"))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("안건 목록 저장"), name, self.tr("엑셀 (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        today = self.ctx.today()

        def export(db: Database) -> int:
            from conflictdesk.reports.deliberation_xlsx import write_agenda_xlsx
            from conflictdesk.services.files import write_atomically

            items = deliberation.agenda(db, today, year)
            write_atomically(path, lambda p: write_agenda_xlsx(items, year, p, today))
            return len(items)

        QueryOp(self, export).success(lambda n: self.summary.setText(
            self.tr("안건 {0}건을 저장했습니다: {1}").format(n, path.name))).run()

    def save_report(self) -> None:
        """Save the selected item's 공론화 결과 보고서 as PDF."""
        item = self.selected()
        if item is None:
            QMessageBox.information(self, self.tr("결과 보고서"), self.tr("안건을 고르세요."))
            return
        hwpx_filter = self.tr("한/글 (*.hwpx)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("결과 보고서 저장"), self.tr("공론화결과보고서_{0}.pdf").format(item.id),
            f"PDF (*.pdf);;{hwpx_filter}")
        if not chosen:
            return
        suffix = ".hwpx" if chosen.lower().endswith(".hwpx") or (chosen_filter == hwpx_filter
                                                                 and not chosen.lower().endswith(".pdf")) else ".pdf"
        path = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
        today, item_id = self.ctx.today(), item.id

        def render(db: Database) -> str:
            from conflictdesk.services.citizen_panel import deliberation_report
            from conflictdesk.services.files import write_atomically

            report = deliberation_report(db, item_id, today)
            if suffix == ".hwpx":
                from conflictdesk.reports.deliberation_hwpx import deliberation_content
                from conflictdesk.reports.hwpx import write_summary_hwpx

                content = deliberation_content(report, author=db.actor, printed=today)
                write_atomically(path, lambda p: write_summary_hwpx(content, p))
            else:
                from conflictdesk.reports.deliberation_pdf import render_deliberation_pdf

                write_atomically(path, lambda p: render_deliberation_pdf(report, p, printed=today))
            return path.name

        QueryOp(self, render).success(lambda name: self.summary.setText(
            self.tr("결과 보고서를 저장했습니다: {0}").format(name))).run()

    def import_petitions(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("청원 가져오기"), "",
                                              self.tr("엑셀·CSV (*.xlsx *.csv)"))
        if not name:
            return
        path = Path(name)

        def problems(exc: Exception) -> None:
            if not isinstance(exc, deliberation.PetitionImportProblems):
                messages.show_error(self, exc)
                return
            lines = "\n".join(
                self.tr("행 {row}, {column}: {message}").format(
                    row=p.row, column=translate(messages.ERRORS_CONTEXT, str(p.column)),
                    message=messages.catalogue_message(p.code, p.params))
                if p.column else self.tr("행 {row}: {message}").format(
                    row=p.row, message=messages.catalogue_message(p.code, p.params))
                for p in exc.problems[:MAX_LISTED])
            more = self.tr("\n… 외 {0}건").format(len(exc.problems) - MAX_LISTED) \
                if len(exc.problems) > MAX_LISTED else ""
            QMessageBox.warning(self, self.tr("가져오지 않았습니다"),
                                self.tr("{file}에 문제가 {0}건 있어 아무것도 가져오지 않았습니다.\n\n{lines}{more}").format(
                                    len(exc.problems), file=path.name, lines=lines, more=more))

        result = CollectionOp(self, lambda db: deliberation.import_petitions(db, path)).failure(problems).run()
        if result is None:
            return
        summary = result[0]
        QMessageBox.information(self, self.tr("청원 가져오기"),
                                self.tr("추가 {added}건, 갱신 {updated}건 (공감 수 {counts}건)을 가져왔습니다.").format(
                                    added=len(summary.added), updated=len(summary.updated), counts=summary.counts))


class DeliberationPanel(QWidget):
    """공론화: the agenda register, the citizens' panel draw, the committee and the process."""

    def __init__(self, ctx: PanelContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx)
        self._loaded = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deliberationTabs")
        self.agenda = AgendaTab(self.ctx)
        self.tabs.addTab(self.agenda, self.tr("심의대상 안건(&A)"))
        from conflictdesk.ui.panels.deliberation_draw import PanelDrawTab

        self.draw = PanelDrawTab(self.ctx)
        self.tabs.addTab(self.draw, self.tr("시민참여단 추첨(&P)"))
        from conflictdesk.ui.panels.deliberation_committee import CommitteeTab

        self.committee = CommitteeTab(self.ctx)
        self.tabs.addTab(self.committee, self.tr("위원회(&C)"))
        from conflictdesk.ui.panels.deliberation_process import ProcessTab

        self.process = ProcessTab(self.ctx)
        self.tabs.addTab(self.process, self.tr("공론화 추진(&J)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_process(self, item_id: int) -> None:
        """The 추진 tab with ``item_id``'s process."""
        self.ensure_loaded()
        self.tabs.setCurrentWidget(self.process)
        self.process.item.setCurrentIndex(max(0, self.process.item.findData(item_id)))

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.agenda.reload()
            self.draw.reload()
            self.committee.reload()
            self.process.reload()

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches(*KINDS):
            self.agenda.reload()
            self.draw.reload()
            self.committee.reload()
            self.process.reload()
