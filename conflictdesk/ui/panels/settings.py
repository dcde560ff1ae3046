"""설정 panel: screening thresholds and active criteria, checklist weights and bands, reminders, user name, and the
공론화 권역 a new deliberation process starts with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conflictdesk.domain.enums import CRITERIA_ORDER, Criterion, Grade
from conflictdesk.domain.grading import ChecklistSettings, RiskItem, ScoreBand
from conflictdesk.domain.money import format_korean_won
from conflictdesk.domain.screening import RuleSet
from conflictdesk.services import settings as service
from conflictdesk.services.changes import Changes
from conflictdesk.services.deliberation_process import current_regions
from conflictdesk.store.engine import Database
from conflictdesk.ui import clock
from conflictdesk.ui.column_fit import fit_columns
from conflictdesk.ui.context import PanelContext, as_context
from conflictdesk.ui.i18n import current_language, domain_label, save_language, saved_language, won_text
from conflictdesk.ui.ops import CollectionOp


class SettingsPanel(QWidget):
    def __init__(self, ctx: PanelContext | Database, publish: Callable[[Changes], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = as_context(ctx, publish)
        self.db = db = self.ctx.db
        self._loaded = False
        self._checklist = ChecklistSettings()

        self.user_name = QLineEdit()
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(self.tr("비워 두면 로그인 이름 ({actor})").format(actor=db.actor))
        self.reminder_days = QSpinBox()
        self.reminder_days.setObjectName("reminderDays")
        self.reminder_days.setRange(1, 365)
        self.reminder_days.setSuffix(self.tr(" 일 전부터"))
        for field in (self.user_name, self.reminder_days):
            field.setMaximumWidth(320)
        # The UI language is a per-user preference of this computer (QSettings), not a setting in the data file.
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        self.language.addItem("한국어", "ko")  # each language names itself, in any UI language
        self.language.addItem("English", "en")
        self.language.setMaximumWidth(320)
        self.language_note = QLabel(self.tr("다시 시작하면 적용됩니다"))
        self.language_note.setObjectName("uiLanguageNote")
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(self.language_note, 1)
        general = QGroupBox(self.tr("사용자와 알림"))
        form = QFormLayout(general)
        form.addRow(self.tr("사용자 이름 (감사 기록에 남는 이름)"), self.user_name)
        form.addRow(self.tr("점검·조치 기한 알림"), self.reminder_days)
        form.addRow(self.tr("화면 언어 / Language"), language_row)

        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("budgetThreshold")
        self.threshold.setRange(0, 100_000_000)
        self.threshold.setDecimals(1)
        self.threshold.setGroupSeparatorShown(True)
        self.threshold.setSuffix(self.tr(" 백만원"))
        self.threshold.setMaximumWidth(320)
        self.criteria: dict[Criterion, QCheckBox] = {}
        screening = QGroupBox(self.tr("진단 기준 (새로 여는 차수부터 적용됩니다)"))
        sform = QFormLayout(screening)
        sform.addRow(self.tr("예산 기준 (이상이면 해당)"), self.threshold)
        for criterion in CRITERIA_ORDER:
            box = QCheckBox(domain_label(criterion))  # no internal code in the UI (#19)
            box.setObjectName(f"criterion_{criterion.value}")
            self.criteria[criterion] = box
            sform.addRow("" if criterion is not CRITERIA_ORDER[0] else self.tr("적용 기준"), box)

        self.items = QTableWidget(0, 3)
        self.items.setTabKeyNavigation(False)  # Tab moves on to the next widget (#19)
        self.items.setObjectName("checklistItems")
        self.items.setHorizontalHeaderLabels([self.tr("코드"), self.tr("항목"), self.tr("가중치")])
        self.items.setColumnHidden(0, True)  # the stable code stays in the data, not on screen (#19)
        self.item_columns = fit_columns(self.items, {2: 90}, stretch=1, stretch_min=220)
        self.items.verticalHeader().hide()
        self.items.setMinimumHeight(330)
        self.band1 = QSpinBox()
        self.band1.setObjectName("band1")
        self.band2 = QSpinBox()
        self.band2.setObjectName("band2")
        for spin in (self.band1, self.band2):
            spin.setRange(1, 100)
            spin.setSuffix(self.tr(" % 이상"))
        checklist = QGroupBox(self.tr("갈등진단표 (위험 항목 0~3점 × 가중치, 최고점 대비 비율로 권고 등급)"))
        cl = QVBoxLayout(checklist)
        cl.addWidget(self.items)
        bands = QHBoxLayout()
        bands.addWidget(QLabel(self.tr("1등급:")))
        bands.addWidget(self.band1)
        bands.addSpacing(16)
        bands.addWidget(QLabel(self.tr("2등급:")))
        bands.addWidget(self.band2)
        bands.addStretch(1)
        cl.addLayout(bands)

        # 공론화 권역: the setting a new deliberation process copies (docs/업무규칙.md "공론화 추진")
        self.regions = QLineEdit()
        self.regions.setObjectName("deliberationRegions")
        self.regions.setToolTip(self.tr("쉼표로 구분합니다. 새로 시작하는 공론화 추진이 이 목록을 가지며(권역마다 권역별 "
                                        "공론장 하나), 이미 시작한 추진의 권역은 공론화 → 추진 탭에서 고칩니다."))
        deliberation = QGroupBox(self.tr("공론화 권역 (새로 시작하는 공론화 추진부터 적용됩니다)"))
        dform = QFormLayout(deliberation)
        self.regions_label = QLabel(self.tr("권역(&G)"))
        self.regions_label.setBuddy(self.regions)
        dform.addRow(self.regions_label, self.regions)

        self.save_button = QPushButton(self.tr("설정 저장(&S)"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setShortcut("Ctrl+S")
        self.reset_button = QPushButton(self.tr("되돌리기"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(general)
        layout.addWidget(screening)
        layout.addWidget(checklist)
        layout.addWidget(deliberation)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        self.threshold.valueChanged.connect(self._name_budget_criterion)
        self._saved_note = ""
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reload)

    def _name_budget_criterion(self, million_won: float) -> None:
        """The budget criterion is named by the threshold on screen ("50억원 이상 예산"), never a stale "40억원"."""
        won = round(million_won * 1_000_000)
        amount = format_korean_won(won) if current_language() == "ko" else won_text(won)
        self.criteria[Criterion.BUDGET].setText(self.tr("{amount} 이상 예산").format(amount=amount))

    def ui_settings(self) -> QSettings:
        """The per-user settings of this computer: the context's (the main window's; tests give it a temporary file)."""
        return self.ctx.settings

    def _language_chosen(self) -> None:
        """Stored at once (no database change involved); the next start installs the translator."""
        language = self.language.currentData()
        save_language(language, self.ui_settings())
        self.language_note.setText(self.tr("다시 시작하면 적용됩니다") + (" (Restart to apply)" if language == "en" else ""))

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches("setting"):
            self.reload()

    def reload(self) -> None:
        rules, checklist, days, name = service.load_all(self.db)
        self.regions.setText(", ".join(current_regions(self.db)))
        self._checklist = checklist
        self.user_name.setText(name)
        self.reminder_days.setValue(days)
        self.threshold.setValue(rules.budget_threshold_won / 1_000_000)
        for criterion, box in self.criteria.items():
            box.setChecked(criterion in rules.active)
        self.items.setRowCount(len(checklist.items))
        for row, item in enumerate(checklist.items):
            code = QTableWidgetItem(item.code)
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.items.setItem(row, 0, code)
            self.items.setItem(row, 1, QTableWidgetItem(item.label))
            weight = QSpinBox()
            weight.setRange(1, 100)
            weight.setValue(item.weight)
            self.items.setCellWidget(row, 2, weight)
        self.item_columns.refit()
        bands = {b.grade: b.min_percent for b in checklist.bands}
        self.band1.setValue(bands.get(Grade.G1, 60))
        self.band2.setValue(bands.get(Grade.G2, 35))
        self._name_budget_criterion(self.threshold.value())
        self.status.setText(self._saved_note)  # a save's confirmation survives the reload it triggers
        self._saved_note = ""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language(self.ui_settings()))))
        self.language.blockSignals(False)
        self._loaded = True

    def edited(self) -> tuple[RuleSet, ChecklistSettings, int, str]:
        """The values on screen as domain settings (raises InvalidValue with a Korean message)."""
        rules = RuleSet(budget_threshold_won=round(self.threshold.value() * 1_000_000),
                        active=frozenset(c for c, box in self.criteria.items() if box.isChecked()))
        items = []
        for row in range(self.items.rowCount()):
            code_item, label_item = self.items.item(row, 0), self.items.item(row, 1)
            weight = self.items.cellWidget(row, 2)
            assert isinstance(weight, QSpinBox)
            items.append(RiskItem(code_item.text() if code_item else "", label_item.text() if label_item else "",
                                  weight.value()))
        checklist = ChecklistSettings(items=tuple(items), bands=(ScoreBand(Grade.G1, self.band1.value()),
                                                                 ScoreBand(Grade.G2, self.band2.value())))
        return rules, checklist, self.reminder_days.value(), self.user_name.text()

    def edited_regions(self) -> list[str]:
        """The 공론화 권역 on screen, as typed (the service checks and cleans them)."""
        return [part.strip() for part in self.regions.text().split(",")]

    def save(self) -> None:
        def save_all(db: Database) -> Changes:
            rules, checklist, days, name = self.edited()  # a bad value raises InvalidValue: one message, nothing saved
            return service.save_all(db, rules, checklist, days, name, self.edited_regions())

        note = self.tr("<span style='color:#2e7d32'>✓ 설정을 저장했습니다 · {time}</span> — 새로 여는 진단 차수부터 적용됩니다.").format(
            time=clock.now().strftime("%H:%M"))
        self._saved_note = note  # the reload the save triggers shows it; it stays until the next reload
        if CollectionOp(self, save_all).run() is not None:
            self.status.setText(note)
        self._saved_note = ""
