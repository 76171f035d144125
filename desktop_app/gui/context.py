"""What the window's parts share, without the window.

A controller or a dialog is handed the ``WindowContext``: the data folder, the settings,
the task runner, the open case, and signals; it never holds the ``MainWindow`` (only
``gui/app.py`` assembles that). The same idea as novelWriter's ``SharedData``: a part of
the window can be built and tested alone, and cannot reach into the window's widgets.

Slow work goes through ``runner.run(lane, work, on_done=...)``: ``work`` gets the
``Services`` in a worker thread, and ``on_done`` gets its result back on the GUI thread.

Two kinds of signals: what happened (``caseOpened``, ``boardChanged``), which any part may
follow; and what a part asks of the window (``refreshRequested``, ``documentRequested``,
``caseRequested`` ...), which only the window answers. A part asks through the methods
below, never by emitting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.models import Case
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import TaskRunner


class WindowContext(QObject):
    caseOpened = Signal(int)  # the case the window shows now
    boardChanged = Signal()  # a new snapshot of the board is on screen
    statusRequested = Signal(str)  # a line for the status bar
    errorRaised = Signal(object)  # an error to tell the user about (what happened, what to do)
    # Asked of the window:
    noteRequested = Signal(str, int)  # a passing line for the status bar, for so many ms
    refreshRequested = Signal(bool)  # read the board again (True: soon, once for many)
    storedFilesChanged = Signal()  # documents were stored again: board and viewer read anew
    documentRequested = Signal(int, int)  # select a document, show it (at a page id, or 0)
    caseRequested = Signal(int)  # open this case, new to the case list (made, restored)
    casesChanged = Signal(int)  # read the case list again, then open this case
    caseDeleted = Signal(int)  # the case is gone: list the others, open the last one
    caseDetailsRequested = Signal()  # the case details form for the open case
    shutdownRequested = Signal()  # save the window's settings, stop every lane and process

    def __init__(self, data_dir: Path, settings: QSettings, runner: TaskRunner,
                 window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("windowContext")
        self.data_dir = data_dir
        self.settings = settings
        self.runner = runner
        self.case_id: int | None = None  # the open case, None while there is none
        self.case: Case | None = None  # its details, once read
        self._window = window

    @property
    def dialog_parent(self) -> QWidget:
        """The widget a dialog is opened over (and is modal to)."""
        return self._window

    def case_name(self) -> str:
        return self.case.name if self.case is not None else ""

    def show_status(self, text: str) -> None:
        emit(self.statusRequested, text)

    def show_note(self, text: str, ms: int) -> None:
        """A passing line (what is being done), not a message to keep."""
        emit(self.noteRequested, text, ms)

    def show_error(self, error: BaseException) -> None:
        emit(self.errorRaised, error)

    def refresh_board(self, *, soon: bool = False) -> None:
        """Read the board again (``soon``: after a short pause, once for a burst)."""
        emit(self.refreshRequested, soon)

    def stored_files_changed(self) -> None:
        """Documents were stored again (redacted, re-outlined): board and viewer follow."""
        emit(self.storedFilesChanged)

    def show_document(self, document_id: int, page_id: int = 0) -> None:
        emit(self.documentRequested, document_id, page_id)

    def open_new_case(self, case_id: int) -> None:
        """A case was made (or restored): list it and open it."""
        emit(self.caseRequested, case_id)

    def cases_changed(self, open_case_id: int) -> None:
        """A case came in (restored from an archive): list it, then open it."""
        emit(self.casesChanged, open_case_id)

    def case_deleted(self, case_id: int) -> None:
        emit(self.caseDeleted, case_id)

    def edit_case(self) -> None:
        emit(self.caseDetailsRequested)

    def shut_down(self) -> None:
        """Stop every lane and worker process now (the window stays open, idle)."""
        emit(self.shutdownRequested)
