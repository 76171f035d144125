"""Reading files into the case: adding files, reading their pages (OCR) and the sample
case, each in a lane. ``work_panel.py`` is the panel that shows this work in progress.

Kept apart from the window so its module stays about showing and routing. It is handed
the window's context (the runner, the open case, the requests to the window) and the work
panel it reports to; what it finished, it says by its own signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop_app.core.models import Case, ImportOutcome
from desktop_app.gui import desktop
from desktop_app.gui.context import WindowContext
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import Job, JobContext
from desktop_app.gui.work_panel import WorkPanel
from desktop_app.services import Services


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, disambiguation, n)




class ReadingController(QObject):
    """Adding files, reading pages and the sample case for one window."""

    importFinished = Signal(list)  # ImportOutcome list
    processingFinished = Signal()
    sampleFinished = Signal(object)  # the sample packet's path
    sampleBusy = Signal(bool)  # the sample case is being made (True), or no longer

    def __init__(self, context: WindowContext, panel: WorkPanel) -> None:
        super().__init__(context)
        self.context = context
        self.panel = panel
        self.packet_box: QMessageBox | None = None
        self._process_job: Job | None = None
        self._process_again = False
        self._sample_job: Job | None = None

    def reading(self) -> bool:
        """Pages are being read (or are about to be)."""
        return self._process_job is not None

    # --- adding files -----------------------------------------------------------------------

    def import_paths(self, paths: list[Path], password: str | None = None, *,
                     correspondence: bool = False) -> None:
        """Add files and folders to the open case (a new case when none is open);
        ``correspondence``: notices and letters received, kept out of the packet."""
        if not paths:
            return
        if self.context.case_id is None:
            name = self.tr("New case")
            self.context.runner.run("db", lambda s, _c: s.create_case(name=name),
                                    on_done=lambda case: self._new_case(case, paths))
            return
        case_id = self.context.case_id
        label = self.tr("Adding files")

        def work(services: Services, ctx: JobContext) -> list[ImportOutcome]:
            add = (services.record.import_correspondence if correspondence
                   else services.import_files)
            return add(case_id, paths, password=password, progress=ctx.progress,
                       should_stop=ctx.should_stop)

        self.context.runner.run("import", work, label=label, tracked=True,
                                on_done=self._imported)
        self.context.show_note(self.tr("Adding %n item(s)…", "", len(paths)), 5000)

    def _new_case(self, case: Case, paths: list[Path]) -> None:
        self.context.open_new_case(case.id)
        self.import_paths(paths)
        self.context.edit_case()

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        self.panel.add_import_outcomes(outcomes)
        for outcome in outcomes:
            if outcome.status != "error":
                self.panel.forget_file(outcome.path)
        added = sum(1 for o in outcomes if o.status == "imported")
        twice = sum(1 for o in outcomes if o.status == "duplicate")
        bad = sum(1 for o in outcomes if o.status == "error")
        parts = [self.tr("Added %n file(s).", "", added)]
        if twice:
            parts.append(self.tr("%n file(s) were already in the case.", "", twice))
        if bad:
            parts.append(self.tr("%n file(s) could not be added — see Problems below.", "", bad))
        if not outcomes:
            parts = [self.tr("No files to add were found there.")]
        self.context.show_status(" ".join(parts))
        self.context.refresh_board()
        self.start_processing()
        emit(self.importFinished, outcomes)

    # --- reading pages ---------------------------------------------------------------------

    def start_processing(self) -> None:
        """Read every page still waiting, in the background (all cases)."""
        if self.context.runner.closed:
            return
        if self._process_job is not None:
            self._process_again = True
            return
        self._process_again = False

        def work(services: Services, ctx: JobContext) -> int:
            summary, _suggested = services.read_pages(progress=ctx.progress,
                                                      should_stop=ctx.should_stop)
            return summary.done + summary.failed

        self._process_job = self.context.runner.run(
            "process", work, label=self.tr("Reading pages"), tracked=True,
            on_done=lambda _n: self._processing_ended(), on_fail=self._processing_failed)

    def _processing_failed(self, error: BaseException) -> None:
        self.context.show_error(error)
        self._processing_ended()

    def _processing_ended(self) -> None:
        stopped = self._process_job is not None and self._process_job.cancel.is_set()
        self._process_job = None
        self.context.refresh_board()
        if self._process_again and not stopped:
            self.start_processing()
        else:
            emit(self.processingFinished)

    def retry_document(self, document_id: int) -> None:
        def done(_count: object) -> None:
            self.context.refresh_board()
            self.start_processing()

        self.context.runner.run("db", lambda s, _c: s.retry_failed(document_id), on_done=done)

    # --- the sample case -----------------------------------------------------------------------

    def open_sample(self) -> None:
        if self._sample_job is not None:
            return

        def work(services: Services, ctx: JobContext) -> tuple[int, Path]:
            from desktop_app.services.demo import run_demo

            before = {c.id for c in services.list_cases()}
            path = run_demo(services, progress=lambda d, t: ctx.progress(d, t),
                            export_progress=lambda d, t, _l: ctx.progress(d, t))
            new = [c.id for c in services.list_cases() if c.id not in before]
            return (new[0] if new else 0), path

        emit(self.sampleBusy, True)
        self._sample_job = self.context.runner.run(
            "process", work, label=self.tr("Preparing the sample case"), tracked=True,
            can_stop=False, on_done=self._sample_done, on_fail=self._sample_failed)

    def _sample_failed(self, error: BaseException) -> None:
        self._sample_ended()
        self.context.show_error(error)

    def _sample_ended(self) -> None:
        self._sample_job = None
        emit(self.sampleBusy, False)

    def _sample_done(self, result: tuple[int, Path]) -> None:
        self._sample_ended()
        case_id, path = result
        if case_id:
            self.context.open_new_case(case_id)
        self.packet_box = packet_ready(self.context.dialog_parent, path, self.tr(
            "The sample case is ready. Its packet has a cover sheet, an index of exhibits, "
            "a divider before each tab and numbered pages. Look through the documents on "
            "the left; open the packet to see what you will hand in."))
        emit(self.sampleFinished, path)


def packet_ready(parent: QWidget, path: Path, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, tr("The packet is ready"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("packetReady")
    box.setInformativeText(str(path))
    open_button = box.addButton(tr("Open packet"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)

    def clicked(button: QPushButton) -> None:
        if button is open_button:
            desktop.open_file(path)
        elif button is folder_button:
            desktop.show_in_folder(path)

    box.buttonClicked.connect(clicked)
    box.open()
    return box
