"""시민참여단 tab of 공론화: draw a panel from the applicants under the quotas, with each applicant's probability."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.services import citizen_panel, deliberation
from conflictdesk.services.deliberation_dtos import DrawnApplicant, PanelDraw, PanelReplacement
from conflictdesk.store.engine import Database
from conflictdesk.ui import messages
from conflictdesk.ui.context import PanelContext
from conflictdesk.ui.i18n import translate
from conflictdesk.ui.ops import CollectionOp, QueryOp
from conflictdesk.ui.panels.mediation_common import DateField, Table, iso

#: Problems listed in the refused-files message.
MAX_LISTED = 30
MAX_SEED = 2_147_483_647


class PanelDrawTab(QWidget):
    """Pick an item, the applicants and quotas files, size and seed; preview the draw, then record it."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: PanelDraw | None = None
        self.replace_info: PanelReplacement | None = None
        self.item = QComboBox()
        self.item.setObjectName("drawItem")
        self.kind = QComboBox()
        self.kind.setObjectName("drawKind")
        self.kind.addItem(self.tr("시민참여단"), "citizen")
        self.kind.addItem(self.tr("청소년참여단"), "youth")
        self.applicants = QLineEdit()
        self.applicants.setObjectName("applicantsFile")
        self.applicants.setPlaceholderText(self.tr("신청번호와 구분별 열(권역, 성별, 연령대 …)이 있는 엑셀·CSV"))
        self.quotas = QLineEdit()
        self.quotas.setObjectName("quotasFile")
        self.quotas.setPlaceholderText(self.tr("구분, 값, 최소, 최대가 있는 엑셀·CSV"))
        self.by_population = QCheckBox(self.tr("인구 비례(&O)"))
        self.by_population.setObjectName("quotasByPopulation")
        self.by_population.setToolTip(self.tr("할당 파일 대신 인구표(구분, 값, 인구)를 골라 규모 × 비율에 맞춘 할당을 씁니다."))
        self.tolerance = QSpinBox()
        self.tolerance.setObjectName("populationTolerance")
        self.tolerance.setRange(0, 1000)
        self.tolerance.setValue(1)
        self.tolerance.setPrefix("± ")
        self.tolerance.setSuffix(self.tr("명"))
        self.tolerance.setEnabled(False)
        self.by_population.toggled.connect(self.tolerance.setEnabled)
        browse_a = QPushButton(self.tr("찾아보기…"))
        browse_a.setObjectName("browseApplicants")
        browse_q = QPushButton(self.tr("찾아보기…"))
        browse_q.setObjectName("browseQuotas")
        self.panel_size = QSpinBox()
        self.panel_size.setObjectName("panelSize")
        self.panel_size.setRange(1, 20_000)
        self.panel_size.setValue(200)
        self.seed = QSpinBox()
        self.seed.setObjectName("panelSeed")
        self.seed.setRange(1, MAX_SEED)
        today = self.ctx.today()
        self.seed.setValue(today.year * 10_000 + today.month * 100 + today.day)
        self.seed.setToolTip(self.tr("같은 신청자·할당·규모·시드는 언제나 같은 참여단을 뽑습니다. 공개 추첨에서 정한 수를 넣으세요."))
        self.preview_button = QPushButton(self.tr("미리 추첨(&D)"))
        self.preview_button.setObjectName("previewDraw")
        self.record_button = QPushButton(self.tr("추첨 기록(&R)"))
        self.record_button.setObjectName("recordDraw")
        self.verify_button = QPushButton(self.tr("재현 확인(&V)"))
        self.verify_button.setObjectName("verifyDraw")
        self.verify_button.setToolTip(self.tr("기록한 추첨을 같은 파일과 기록된 규모·시드로 다시 뽑아 같은 참여단인지 확인합니다."))
        form = QFormLayout()
        form.addRow(self.tr("안건"), self.item)
        form.addRow(self.tr("참여단"), self.kind)
        row_a = QHBoxLayout()
        row_a.addWidget(self.applicants, 1)
        row_a.addWidget(browse_a)
        form.addRow(self.tr("신청자 파일"), row_a)
        row_q = QHBoxLayout()
        row_q.addWidget(self.quotas, 1)
        row_q.addWidget(browse_q)
        row_q.addWidget(self.by_population)
        row_q.addWidget(self.tolerance)
        form.addRow(self.tr("할당 파일"), row_q)
        numbers = QHBoxLayout()
        numbers.addWidget(self.panel_size)
        seed_label = QLabel(self.tr("시드(&E)"))
        seed_label.setBuddy(self.seed)
        numbers.addWidget(seed_label)
        numbers.addWidget(self.seed)
        numbers.addStretch(1)
        numbers.addWidget(self.preview_button)
        numbers.addWidget(self.record_button)
        numbers.addWidget(self.verify_button)
        form.addRow(self.tr("규모"), numbers)

        # --- a drop-out and its replacement (recorded panels only) ---
        self.dropped = QLineEdit()
        self.dropped.setObjectName("droppedNumber")
        self.dropped.setPlaceholderText(self.tr("탈락한 위원의 신청번호 (표에서 고르면 채워짐)"))
        self.dropped_on = DateField()
        self.dropped_on.setObjectName("droppedOn")
        self.drop_reason = QLineEdit()
        self.drop_reason.setObjectName("dropReason")
        self.drop_reason.setPlaceholderText(self.tr("탈락 사유"))
        self.replace_seed = QSpinBox()
        self.replace_seed.setObjectName("replaceSeed")
        self.replace_seed.setRange(1, MAX_SEED)
        self.replace_seed.setValue(self.seed.value())
        self.replace_seed.setToolTip(self.tr("대체자는 할당(최소·최대)을 모두 지키는 미선정 신청자 중에서 이 시드로 뽑습니다."))
        self.replace_preview = QPushButton(self.tr("대체 미리 추첨"))
        self.replace_preview.setObjectName("previewReplacement")
        self.replace_record = QPushButton(self.tr("탈락·대체 기록"))
        self.replace_record.setObjectName("recordReplacement")
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.dropped, 1)
        replace_row.addWidget(self.dropped_on)
        replace_row.addWidget(self.drop_reason, 1)
        replace_seed_label = QLabel(self.tr("시드"))
        replace_seed_label.setBuddy(self.replace_seed)
        replace_row.addWidget(replace_seed_label)
        replace_row.addWidget(self.replace_seed)
        replace_row.addWidget(self.replace_preview)
        replace_row.addWidget(self.replace_record)
        form.addRow(self.tr("중도 탈락·대체"), replace_row)

        self.info = QLabel()
        self.info.setObjectName("drawInfo")
        self.info.setWordWrap(True)
        self.quota_table = Table([self.tr("구분"), self.tr("값"), self.tr("최소"), self.tr("최대"), self.tr("선정"),
                                  self.tr("충족")], "quotaTable")
        self.applicant_table = Table([self.tr("신청번호")], "applicantTable")
        tables = QHBoxLayout()
        tables.addWidget(self.quota_table, 1)
        tables.addWidget(self.applicant_table, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addLayout(tables, 1)

        browse_a.clicked.connect(lambda: self._browse(self.applicants, self.tr("신청자 파일")))
        browse_q.clicked.connect(lambda: self._browse(self.quotas, self.tr("할당 파일")))
        self.item.currentIndexChanged.connect(self.show_recorded)
        self.kind.currentIndexChanged.connect(self.show_recorded)
        self.preview_button.clicked.connect(lambda: self.draw(save=False))
        self.record_button.clicked.connect(lambda: self.draw(save=True))
        self.verify_button.clicked.connect(self.verify)
        self.applicant_table.currentCellChanged.connect(lambda *_a: self.pick_dropped())
        self.replace_preview.clicked.connect(lambda: self.replace(save=False))
        self.replace_record.clicked.connect(lambda: self.replace(save=True))

    def reload(self) -> None:
        today = self.ctx.today()
        chosen = self.item.currentData()
        items = QueryOp(self, lambda db: deliberation.agenda(db, today)).run() or []
        self.item.blockSignals(True)
        self.item.clear()
        for i in items:
            self.item.addItem(f"{i.id}. {i.title}", i.id)
        self.item.setCurrentIndex(max(0, self.item.findData(chosen)))
        self.item.blockSignals(False)
        self.record_button.setEnabled(not self.ctx.read_only)
        self.replace_record.setEnabled(not self.ctx.read_only)
        self.dropped_on.set_value(self.ctx.today())
        self.show_recorded()

    def _browse(self, edit: QLineEdit, title: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("엑셀·CSV (*.xlsx *.csv)"))
        if name:
            edit.setText(name)

    def show_recorded(self) -> None:
        item_id, kind = self.item.currentData(), str(self.kind.currentData())
        if item_id is None:
            self.show_draw(None)
            return
        recorded = QueryOp(self, lambda db: citizen_panel.recorded_panel(db, int(item_id), kind)).run()
        self.show_draw(recorded)

    def show_draw(self, drawn: PanelDraw | None) -> None:
        self.shown = drawn
        if drawn is None:
            self.info.setText(self.tr("기록된 추첨이 없습니다. 파일을 고르고 미리 추첨한 뒤 기록하세요."))
            self.quota_table.set_rows([])
            self.applicant_table.setColumnCount(1)
            self.applicant_table.set_rows([])
            return
        state = self.tr("기록됨") if drawn.saved else self.tr("미리보기 (저장하지 않음)")
        self.info.setText(self.tr("{state} · {n}명 선정 · 시드 {seed} · {algorithm} (sortition-algorithms {version}) · "
                                  "입력 해시 {digest}… · 최저 선정확률 {low:.2%}").format(
            state=state, n=len(drawn.selected), seed=drawn.seed, algorithm=drawn.algorithm,
            version=drawn.library_version, digest=drawn.input_hash[:16], low=drawn.min_probability))
        self.quota_table.set_rows([(n, (q.category, q.value, q.min, q.max, q.selected, "✓" if q.met else "✗"))
                                   for n, q in enumerate(drawn.quotas)], right=(2, 3, 4))
        categories = list(drawn.applicants[0].values) if drawn.applicants else []
        headers = [self.tr("신청번호"), self.tr("성명"), *categories, self.tr("선정확률"), self.tr("결과")]
        self.applicant_table.setColumnCount(len(headers))
        self.applicant_table.setHorizontalHeaderLabels(headers)
        ordered = sorted(drawn.applicants, key=lambda a: (not a.selected, a.dropped_on is None, a.number))
        self.applicant_table.set_rows(
            [(n, (a.number, a.name, *(a.values[c] for c in categories), f"{a.probability:.2%}", self._result(a)))
             for n, a in enumerate(ordered)],
            right=(2 + len(categories),))

    def _result(self, a: DrawnApplicant) -> str:
        if a.dropped_on is not None:
            return self.tr("탈락 {0}").format(iso(a.dropped_on))
        if a.replaces:
            return self.tr("선정 ({0} 대체)").format(a.replaces)
        return self.tr("선정") if a.selected else ""

    def pick_dropped(self) -> None:
        """Choosing a selected member in a recorded panel fills the drop-out's number."""
        row = self.applicant_table.currentRow()
        if row < 0 or self.shown is None or not self.shown.saved:
            return
        cell = self.applicant_table.item(row, 0)
        number = cell.text() if cell is not None else ""
        if number in self.shown.selected:
            self.dropped.setText(number)

    def replace(self, *, save: bool) -> None:
        item_id, number = self.item.currentData(), self.dropped.text().strip()
        if item_id is None or not number:
            QMessageBox.information(self, self.tr("대체 추첨"), self.tr("안건과 탈락한 위원의 신청번호를 고르세요."))
            return
        if save and not messages.confirm(self, self.tr("탈락·대체 기록"), self.tr(
                "{0} 위원의 탈락과 대체자를 기록할까요? 기록은 바꿀 수 없고 감사 기록에 남습니다.").format(number)):
            return
        item, kind, seed = int(item_id), str(self.kind.currentData()), self.replace_seed.value()
        on, reason = self.dropped_on.value(), self.drop_reason.text()

        def work(db: Database) -> PanelReplacement:
            return citizen_panel.replace_member(db, item, number, seed, kind=kind, dropped_on=on, reason=reason,
                                                save=save)

        def done(found: PanelReplacement) -> None:
            state = self.tr("기록함") if found.saved else self.tr("미리보기 (저장하지 않음)")
            self.replace_info = found
            self.info.setText(self.tr("{state} · 탈락 {dropped} → 대체 {replacement} · 시드 {seed} · 할당을 지키는 후보 "
                                      "{n}명 중 추첨").format(state=state, dropped=found.dropped,
                                                           replacement=found.replacement, seed=found.seed,
                                                           n=len(found.candidates)))

        CollectionOp(self, work).success(done).run()

    def _tolerance(self) -> int | None:
        """The population tolerance when the quotas file is a population table, else None."""
        return self.tolerance.value() if self.by_population.isChecked() else None

    def verify(self) -> None:
        item_id = self.item.currentData()
        applicants, quotas = self.applicants.text().strip(), self.quotas.text().strip()
        if item_id is None or not applicants or not quotas:
            QMessageBox.information(self, self.tr("재현 확인"), self.tr("안건, 신청자 파일, 할당 파일을 고르세요."))
            return
        item, kind, tolerance = int(item_id), str(self.kind.currentData()), self._tolerance()

        def work(db: Database, progress: citizen_panel.Progress) -> citizen_panel.Verification:
            return citizen_panel.verify_panel(db, item, Path(applicants), Path(quotas), kind=kind,
                                              population_tolerance=tolerance, progress=progress)

        def done(result: citizen_panel.Verification) -> None:
            if result.same_inputs and result.same_panel:
                QMessageBox.information(self, self.tr("재현 확인"), self.tr(
                    "재현되었습니다: 같은 입력과 시드 {seed}에서 같은 참여단 {n}명이 뽑혔습니다.").format(
                    seed=result.recorded.seed, n=len(result.redrawn.selected)))
            elif not result.same_inputs:
                QMessageBox.warning(self, self.tr("재현 확인"), self.tr(
                    "재현되지 않았습니다: 고른 파일이 기록한 추첨의 입력과 다릅니다 (입력 해시 {0}… ≠ {1}…).").format(
                    result.redrawn.input_hash[:12], result.recorded.input_hash[:12]))
            else:
                QMessageBox.warning(self, self.tr("재현 확인"), self.tr(
                    "재현되지 않았습니다: 같은 입력에서 다른 참여단이 뽑혔습니다 (라이브러리 {0}, 기록 {1}).").format(
                    result.redrawn.library_version, result.recorded.library_version))

        CollectionOp.in_background(self, self.tr("재현 확인 중"), work).success(done).run()

    def draw(self, *, save: bool) -> None:
        item_id = self.item.currentData()
        applicants, quotas = self.applicants.text().strip(), self.quotas.text().strip()
        if item_id is None or not applicants or not quotas:
            QMessageBox.information(self, self.tr("시민참여단 추첨"), self.tr("안건, 신청자 파일, 할당 파일을 고르세요."))
            return
        if save and not messages.confirm(self, self.tr("추첨 기록"), self.tr(
                "이 안건의 참여단으로 기록할까요? 기록한 추첨은 바꿀 수 없고 감사 기록에 남습니다.")):
            return
        item, kind, size, seed = int(item_id), str(self.kind.currentData()), self.panel_size.value(), self.seed.value()
        tolerance = self._tolerance()

        def work(db: Database, progress: citizen_panel.Progress) -> PanelDraw:
            return citizen_panel.draw_panel(db, item, Path(applicants), Path(quotas), size, seed, kind=kind,
                                            save=save, population_tolerance=tolerance, progress=progress)

        def problems(exc: Exception) -> None:
            if not isinstance(exc, citizen_panel.PanelFileProblems):
                messages.show_error(self, exc)
                return
            lines = "\n".join(
                self.tr("행 {row}, {column}: {message}").format(
                    row=p.row, column=translate(messages.ERRORS_CONTEXT, str(p.column)),
                    message=messages.catalogue_message(p.code, p.params))
                for p in exc.problems[:MAX_LISTED])
            QMessageBox.warning(self, self.tr("추첨하지 않았습니다"),
                                self.tr("{file}에 문제가 {0}건 있어 추첨하지 않았습니다.\n\n{lines}").format(
                                    len(exc.problems), file=exc.file, lines=lines))

        CollectionOp.in_background(self, self.tr("시민참여단 추첨 중"), work).success(self.show_draw) \
            .failure(problems).run()
