"""Export: choose what goes in, what the packet is for and where it is filed, see the
index of exhibits and the size to expect, save, watch, open. Every packet written is
recorded as a filing of the case (a kept copy in the data folder); a supplement can hold
only the documents not filed yet and continue the exhibit numbering.

Filing rules are checked first: an exhibit not in English without a translation makes
the dialog ask before going on; the review's open problems are listed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.export.packing import Estimate
from desktop_app.core.export.plan import PacketPlan, PacketResult
from desktop_app.core.review.model import Finding
from desktop_app.errors import UntranslatedError
from desktop_app.gui import desktop
from desktop_app.gui.dialogs.destination import DestinationBox, megabytes
from desktop_app.gui.export_task import PacketExport
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.written import WrittenSummary
from desktop_app.services import packets
from desktop_app.services.board import BoardSnapshot
from desktop_app.services.packets import FilingOptions
from desktop_app.services.record import Filing


class ExportDialog(QDialog):
    exported = Signal(object)  # PacketResult (emitted once it is recorded, or failed to be)
    recorded = Signal(object)  # Filing

    def __init__(self, runner: TaskRunner, snapshot: BoardSnapshot, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the packet"))
        self._runner = runner
        self._snapshot = snapshot
        self._settings = settings
        self._export = PacketExport(self)
        self._export.progressed.connect(self._progress)
        self._export.finished.connect(self._finished)
        self._export.failed.connect(lambda message, hint: self._fail(f"{message} {hint}"))
        self._export.crashed.connect(lambda _trace: self._fail(self.tr(
            "Something went wrong while writing the packet. Nothing was lost; try again.")))
        self._export.stopped.connect(lambda: self._fail(self.tr("The export was stopped.")))
        self._plan_ok = False
        self._untranslated: list[tuple[str, str, str]] = []
        self._findings: list[Finding] = []
        self._generation = 0
        self.question: QMessageBox | None = None  # asking about untranslated exhibits
        self.packet: PacketResult | None = None
        self.filing: Filing | None = None
        self.filed_before: list[Filing] = []
        self._writing: tuple[PacketPlan, FilingOptions] | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build()
        case_id = snapshot.case.id
        self._runner.run("db", lambda services, _ctx: services.record.filings(case_id),
                         label=self.tr("Reading the filings"), on_done=self._filings_loaded,
                         on_fail=lambda exc: self._show_problem(str(exc)))
        self._runner.run("db", lambda services, _ctx: services.review.problems(case_id),
                         label=self.tr("Reviewing the case"), on_done=self._show_findings,
                         on_fail=lambda _exc: None)
        self.refresh_preview()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        counts = {t.key: 0 for t in self._snapshot.tabs}
        for doc in self._snapshot.documents:
            if doc.category in counts:
                counts[doc.category] += 1
        tabs_box = QGroupBox(self.tr("Tabs in the packet"), self)
        tabs_layout = QVBoxLayout(tabs_box)
        self.tab_boxes: dict[str, QCheckBox] = {}
        for tab in self._snapshot.tabs:
            n = counts[tab.key]
            box = QCheckBox(self.tr("{tab} (%n document(s))", "", n).format(tab=tab.title),
                            tabs_box)
            box.setChecked(n > 0)
            box.setEnabled(n > 0)
            if not n:
                box.setToolTip(self.tr("No document is filed under this tab yet."))
            box.toggled.connect(self._options_changed)
            self.tab_boxes[tab.key] = box
            tabs_layout.addWidget(box)
        unfiled = sum(1 for d in self._snapshot.documents if d.category is None)
        if unfiled:
            note = QLabel(self.tr("%n document(s) not yet filed under a tab will not be in "
                                  "the packet.", "", unfiled), tabs_box)
            note.setWordWrap(True)
            tabs_layout.addWidget(note)
        options = QGroupBox(self.tr("Options"), self)
        self.bates = QCheckBox(self.tr("Number every page Bates-style, with the prefix:"),
                               options)
        self.bates.setChecked(bool(self._settings.value("export/bates", True, type=bool)))
        self.prefix = QLineEdit(str(self._settings.value("export/prefix", "DA-")), options)
        self.prefix.setAccessibleName(self.tr("Bates prefix"))
        self.prefix.setMaxLength(12)
        self.prefix.setMinimumWidth(self.fontMetrics().horizontalAdvance("MMMM-") + 16)
        self.prefix.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 10))
        self.example = QLabel(options)
        self.chronology = QCheckBox(self.tr("Add a chronology page"), options)
        self.chronology.setToolTip(self.tr("A page after the index listing the exhibits in "
                                           "date order."))
        self.chronology.toggled.connect(self._options_changed)
        self.bates.toggled.connect(self._options_changed)
        self.prefix.textChanged.connect(self._options_changed)
        bates_row = QHBoxLayout()
        bates_row.addWidget(self.bates)
        bates_row.addWidget(self.prefix)
        bates_row.addWidget(self.example)
        bates_row.addStretch(1)
        options_layout = QVBoxLayout(options)
        options_layout.addLayout(bates_row)
        options_layout.addWidget(self.chronology)
        options_layout.addWidget(self._build_filing(options))
        self.destination = DestinationBox(self._settings, self)
        self.destination.changed.connect(self._options_changed)
        self.problems = QLabel(self)
        self.problems.setObjectName("reviewProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.preview = QTreeWidget(self)
        self.preview.setObjectName("exhibitIndex")
        self.preview.setAccessibleName(self.tr("Index of exhibits"))
        self.preview.setRootIsDecorated(False)
        self.preview.setUniformRowHeights(True)
        self.preview.setHeaderLabels([self.tr("Tab"), self.tr("Exhibit"), self.tr("Title"),
                                      self.tr("Date"), self.tr("Pages")])
        header = self.preview.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        self.open_button = QPushButton(self.tr("Open packet"), self)
        self.open_button.clicked.connect(lambda: self.packet and desktop.open_file(
            self.packet.path))
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.clicked.connect(lambda: self.packet and desktop.show_in_folder(
            self.packet.path))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self._close_or_stop)
        for button in (self.open_button, self.folder_button):
            button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        # What the packet carries besides the exhibits, beside the buttons (no extra height).
        self.written = WrittenSummary(self._runner, self._snapshot.case.id,
                                      self._snapshot.case.name, self)
        self.written.changed.connect(self._options_changed)
        buttons.addWidget(self.written, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(tabs_box, 1)
        top.addWidget(options, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.destination)
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(self.tr("Index of exhibits:"), self))
        self.plan_note = QLabel(self)
        self.plan_note.setObjectName("planNote")
        self.plan_note.setWordWrap(True)
        self.plan_note.hide()
        layout.addWidget(self.plan_note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._update_example()
        self.resize(self.fontMetrics().averageCharWidth() * 110,
                    self.fontMetrics().lineSpacing() * 34)

    def _build_filing(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        self.purpose = QComboBox(box)
        self.purpose.setObjectName("filingPurpose")
        self.purpose.setAccessibleName(self.tr("What the packet is for"))
        for key, label in (("initial", self.tr("Initial request")),
                           ("rfe-response", self.tr("Response to a request for evidence")),
                           ("supplement", self.tr("Supplement"))):
            self.purpose.addItem(label, key)
        self.only_new = QCheckBox(self.tr("Only documents not filed yet, continuing the "
                                          "exhibit numbering"), box)
        self.only_new.setObjectName("onlyNew")
        self.only_new.setEnabled(False)
        self.only_new.setToolTip(self.tr("Nothing has been filed for this case yet."))
        self.only_new.toggled.connect(self._options_changed)
        self.note = QLineEdit(box)
        self.note.setObjectName("filingNote")
        self.note.setPlaceholderText(self.tr("A note for the record, e.g. mailed by FedEx"))
        self.note.setAccessibleName(self.tr("Note for the record"))
        self.filed_label = QLabel(self.tr("Nothing filed yet for this case."), box)
        self.filed_label.setObjectName("filedBefore")
        self.filed_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("This packet is:"), box))
        row.addWidget(self.purpose, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.only_new)
        layout.addWidget(self.note)
        layout.addWidget(self.filed_label)
        return box

    def _filings_loaded(self, found: list[Filing]) -> None:
        self.filed_before = list(found)
        if not found:
            return
        last = found[-1]
        self.filed_label.setText(self.tr("%n packet(s) filed before; the last on {date} "
                                         "({pages} pages).", "", len(found)).format(
            date=last.filed_on, pages=last.page_count))
        self.only_new.setEnabled(True)
        self.only_new.setToolTip(self.tr("Leave out what was filed before and number the new "
                                         "exhibits after the last ones filed (A-5 after A-4)."))
        self.purpose.setCurrentIndex(self.purpose.findData("supplement"))
        self.only_new.setChecked(True)

    def filing_options(self) -> FilingOptions:
        tabs = self.chosen_tabs()
        return FilingOptions(
            purpose=str(self.purpose.currentData()), note=self.note.text().strip(),
            continue_numbering=self.only_new.isEnabled() and self.only_new.isChecked(),
            bates_prefix=self.bates_prefix(), tabs=tuple(tabs),
            chronology=self.chronology.isChecked(), profile=self.destination.key(),
            max_mb=self.destination.user_limit(), pdfa=self.destination.pdfa.isChecked())

    # --- options and preview ------------------------------------------------------------------

    def chosen_tabs(self) -> list[str]:
        return [key for key, box in self.tab_boxes.items() if box.isChecked()]

    def bates_prefix(self) -> str | None:
        return self.prefix.text().strip() or None if self.bates.isChecked() else None

    def _options_changed(self) -> None:
        self._update_example()
        self._preview_timer.start()

    def _update_example(self) -> None:
        self.prefix.setEnabled(self.bates.isChecked())
        prefix = self.bates_prefix()
        self.example.setText(self.tr("e.g. {first}").format(first=f"{prefix}000001")
                             if prefix else "")

    def _plan_work(self, check: bool = False, allow_untranslated: bool = False) -> Any:
        """Work for the ``db`` lane: (plan, options, expected size, exhibits that need a
        translation); with ``check``, the filing rules are enforced (raises)."""
        case_id, options = self._snapshot.case.id, self.filing_options()

        def work(services: Any, _ctx: Any) -> Any:
            plan = services.packets.plan(case_id, options)
            if check:
                services.packets.check_rules(case_id, plan,
                                  allow_untranslated=allow_untranslated)
            return (plan, options, packets.estimate(plan, options.destination()),
                    services.packets.untranslated(case_id, plan))

        return work

    def refresh_preview(self) -> None:
        self._generation += 1
        generation = self._generation
        self._plan_ok = False
        self._update_buttons()
        if not self.chosen_tabs():
            self._show_problem(self.tr("Choose at least one tab to export."))
            self.preview.clear()
            return
        self._runner.run("db", self._plan_work(), label=self.tr("Preparing the index"),
                         on_done=lambda found: self._show_plan(generation, *found),
                         on_fail=lambda exc: self._show_plan_error(generation, exc))

    def _show_plan(self, generation: int, plan: PacketPlan, _options: Any = None,
                   estimate: Estimate | None = None,
                   untranslated: list[tuple[str, str, str]] | None = None) -> None:
        if generation != self._generation:
            return
        self.destination.show_estimate(estimate)
        self._untranslated = untranslated or []
        self._update_problems()
        self.preview.clear()
        self.plan_note.setText(plan.note)
        self.plan_note.setVisible(bool(plan.note))
        pages = 0
        for tab in plan.tabs:
            for exhibit in tab.exhibits:
                date = exhibit.date.isoformat() if exhibit.date else "—"
                item = QTreeWidgetItem([f"{tab.letter}. {tab.title}", exhibit.exhibit_id,
                                        exhibit.title, date, str(len(exhibit.pages))])
                item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight)
                self.preview.addTopLevelItem(item)
                pages += len(exhibit.pages)
        exhibits = self.preview.topLevelItemCount()
        self.message.setText(self.tr("{exhibits} exhibit(s), {pages} page(s) of evidence, "
                                     "plus the cover sheet, the index and a divider for "
                                     "each tab.").format(exhibits=exhibits, pages=pages))
        self._plan_ok = True
        self._update_buttons()

    def _show_findings(self, found: list[Finding]) -> None:
        self._findings = found
        self._update_problems()

    def _update_problems(self) -> None:
        """The filing rule and the review's open problems, above the index."""
        lines = [self.tr("Not in English and without a translation: {exhibits}. Add the "
                         "translation (Document ▸ Is a translation of…) before filing.")
                 .format(exhibits=", ".join(f"{e} “{t}”" for e, t, _l in self._untranslated))
                 ] if self._untranslated else []
        problems = [f for f in self._findings if f.code != "needs-translation"]
        if problems:
            lines.append(self.tr("The review found %n problem(s):", "", len(problems)))
            lines += [f"• {f.message}" for f in problems[:4]]
            if len(problems) > 4:
                lines.append(self.tr("… and %n more (Review the case, F7).", "",
                                     len(problems) - 4))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _show_plan_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.preview.clear()
        self.plan_note.hide()
        self._show_problem(str(error))

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self._plan_ok = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self._export.running()
        self.export_button.setEnabled(self._plan_ok and not running)
        self.close_button.setText(self.tr("Stop") if running else self.tr("Close"))

    # --- exporting -----------------------------------------------------------------------

    def default_path(self) -> Path:
        folder = str(self._settings.value("export/folder", "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = re.sub(r'[\\/:*?"<>|]+', "", self._snapshot.case.name).strip() or "packet"
        stamp = dt.date.today().isoformat()
        return Path(folder) / self.tr("{name} - evidence packet - {date}.pdf").format(
            name=name, date=stamp)

    def choose_and_export(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the packet as"), str(self.default_path()),
            self.tr("PDF files (*.pdf)"))
        if chosen:
            path = Path(chosen)
            self.export_to(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def export_to(self, path: Path, allow_untranslated: bool = False) -> None:
        """Read the plan again (it may have changed), check the filing rules (asking
        about untranslated exhibits) and write it to ``path``."""
        self._settings.setValue("export/folder", str(path.parent))
        self._settings.setValue("export/bates", self.bates.isChecked())
        self._settings.setValue("export/prefix", self.prefix.text())
        self.destination.remember()
        self.packet = None
        for button in (self.open_button, self.folder_button):
            button.hide()
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Writing {name}…").format(name=path.name))
        self._runner.run("db", self._plan_work(True, allow_untranslated),
                         label=self.tr("Preparing the packet"),
                         on_done=lambda found: self._start(found[0], found[1], path),
                         on_fail=lambda exc: self._refused(exc, path))

    def _refused(self, error: BaseException, path: Path) -> None:
        if not isinstance(error, UntranslatedError):
            self._fail(str(error))
            return
        names = "\n".join(f"• {e} “{t}” ({lang})" for e, t, lang in error.exhibits)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Exhibits without a translation"),
                          self.tr("These exhibits are not in English and have no English "
                                  "translation:\n{names}\n\nA filing needs a complete "
                                  "translation of each, with the translator's certificate "
                                  "(8 CFR 103.2(b)(3)). Export anyway?").format(names=names),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("untranslatedQuestion")
        go = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(self.tr("Add the translations first"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.setEscapeButton(stop)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is go, path))
        self.question = box
        box.open()

    def _answered(self, go_on: bool, path: Path) -> None:
        self.question = None
        if go_on:
            self.export_to(path, allow_untranslated=True)
        else:
            self._fail(self.tr("Not exported: add the translations, then export again."))

    def _start(self, plan: PacketPlan, options: FilingOptions, path: Path) -> None:
        self._writing = (plan, options)
        self._export.start(plan, path, options.destination(), options.pdfa)
        self._update_buttons()

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if label:
            self.message.setText(label)

    def _finished(self, result: PacketResult) -> None:
        """Written: record it as a filing (a kept copy), then say it is ready."""
        assert self._writing is not None
        plan, options = self._writing
        self._writing = None
        case_id = self._snapshot.case.id
        self.message.setText(self.tr("Keeping a copy in the case's record…"))
        self._runner.run(
            "db", lambda services, _ctx: services.record.add_filing(case_id, plan, result,
                                                              options),
            label=self.tr("Recording the filing"),
            on_done=lambda filing: self._ready(result, filing),
            on_fail=lambda exc: self._ready(result, None, str(exc)))

    def _ready(self, result: PacketResult, filing: Filing | None, problem: str = "") -> None:
        self.packet = result
        self.filing = filing
        self.progress.hide()
        if len(result.files) > 1:
            text = self.tr("The packet is ready in {n} files ({pages} pages): {files}.").format(
                n=len(result.files), pages=result.page_count, files="; ".join(
                    f"{f.path.name} {megabytes(f.bytes)}" for f in result.files))
        else:
            text = self.tr("The packet is ready: {path} ({n} pages, {size}).").format(
                path=result.path, n=result.page_count, size=megabytes(result.total_bytes))
        if filing is not None:
            text += " " + self.tr("Recorded as filing {n}; a copy is kept with the "
                                  "case.").format(n=filing.number)
            self.filed_before.append(filing)
        else:
            text += " " + self.tr("It could not be recorded: {problem}").format(problem=problem)
        self.message.setText(text)
        for button in (self.open_button, self.folder_button):
            button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self._update_buttons()
        if filing is not None:
            emit(self.recorded, filing)
        emit(self.exported, result)

    def _fail(self, text: str) -> None:
        self.progress.hide()
        self.message.setText(text)
        self._update_buttons()
        self.export_button.setEnabled(self._plan_ok)

    def _close_or_stop(self) -> None:
        if self._export.running():
            self._export.cancel()
        else:
            self.accept()

    def reject(self) -> None:  # Esc
        if self._export.running():
            self._export.cancel()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self._export.running():
            self._export.cancel()
            self._export.wait()
        super().closeEvent(event)

