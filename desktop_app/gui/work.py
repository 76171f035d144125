"""The window's work: adding files, reading pages and the sample case, each in a lane.

Kept apart from ``MainWindow`` so the window's module stays about showing and routing;
it uses the window's runner, board, work panel and signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.core.models import ImportOutcome
from desktop_app.gui import window_actions
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import Job, JobContext
from desktop_app.services import Services

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow



def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, disambiguation, n)




class WorkController:
    """Adding files, reading pages and the sample case for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
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
        if self.w.case_id is None:
            name = tr("New case")
            self.w.runner.run("db", lambda s, _c: s.create_case(name=name),
                              on_done=lambda case: self.w.case_created(
                                  case, lambda _c: self._after_new_case(paths)))
            return
        case_id = self.w.case_id
        label = tr("Adding files")

        def work(services: Services, ctx: JobContext) -> list[ImportOutcome]:
            add = (services.record.import_correspondence if correspondence
                   else services.import_files)
            return add(case_id, paths, password=password, progress=ctx.progress,
                       should_stop=ctx.should_stop)

        self.w.runner.run("import", work, label=label, tracked=True,
                          on_done=self._imported)
        self.w.statusBar().showMessage(tr("Adding %n item(s)…", "", len(paths)), 5000)

    def _after_new_case(self, paths: list[Path]) -> None:
        self.import_paths(paths)
        self.w.edit_case()

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        self.w.work_panel.add_import_outcomes(outcomes)
        for outcome in outcomes:
            if outcome.status != "error":
                self.w.work_panel.forget_file(outcome.path)
        added = sum(1 for o in outcomes if o.status == "imported")
        twice = sum(1 for o in outcomes if o.status == "duplicate")
        bad = sum(1 for o in outcomes if o.status == "error")
        parts = [tr("Added %n file(s).", "", added)]
        if twice:
            parts.append(tr("%n file(s) were already in the case.", "", twice))
        if bad:
            parts.append(tr("%n file(s) could not be added — see Problems below.", "",
                                 bad))
        if not outcomes:
            parts = [tr("No files to add were found there.")]
        self.w.show_status(" ".join(parts))
        self.w.refresh_board()
        self.start_processing()
        emit(self.w.importFinished, outcomes)

    # --- reading pages ---------------------------------------------------------------------

    def start_processing(self) -> None:
        """Read every page still waiting, in the background (all cases)."""
        if self.w.runner.closed:
            return
        if self._process_job is not None:
            self._process_again = True
            return
        self._process_again = False

        def work(services: Services, ctx: JobContext) -> int:
            summary, _suggested = services.read_pages(progress=ctx.progress,
                                                      should_stop=ctx.should_stop)
            return summary.done + summary.failed

        self._process_job = self.w.runner.run(
            "process", work, label=tr("Reading pages"), tracked=True,
            on_done=lambda _n: self._processing_ended(), on_fail=self._processing_failed)

    def _processing_failed(self, error: BaseException) -> None:
        self.w.show_app_error(error)
        self._processing_ended()

    def _processing_ended(self) -> None:
        stopped = self._process_job is not None and self._process_job.cancel.is_set()
        self._process_job = None
        self.w.refresh_board()
        if self._process_again and not stopped:
            self.start_processing()
        else:
            emit(self.w.processingFinished)

    def retry_document(self, document_id: int) -> None:
        def done(_count: object) -> None:
            self.w.refresh_board()
            self.start_processing()

        self.w.runner.run("db", lambda s, _c: s.retry_failed(document_id), on_done=done)

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

        self.w.empty.set_sample_busy(True)
        self._sample_job = self.w.runner.run(
            "process", work, label=tr("Preparing the sample case"), tracked=True,
            can_stop=False, on_done=self._sample_done, on_fail=self._sample_failed)

    def _sample_failed(self, error: BaseException) -> None:
        self._sample_ended()
        self.w.show_app_error(error)

    def _sample_ended(self) -> None:
        self._sample_job = None
        self.w.empty.set_sample_busy(False)

    def _sample_done(self, result: tuple[int, Path]) -> None:
        self._sample_ended()
        case_id, path = result
        if case_id:
            self.w.case_id = None
            self.w.open_case(case_id)
            self.w.load_cases(select=case_id)
        window_actions.packet_ready(self.w, path, tr(
            "The sample case is ready. Its packet has a cover sheet, an index of exhibits, "
            "a divider before each tab and numbered pages. Look through the documents on "
            "the left; open the packet to see what you will hand in."))
        emit(self.w.sampleFinished, path)
