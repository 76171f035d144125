"""What the window's parts share, without the window.

A controller or a dialog is handed the ``WindowContext``: the data folder, the settings,
the task runner, the open case, and signals; it never holds the ``MainWindow`` (only
``gui/app.py`` assembles that). The same idea as novelWriter's ``SharedData``: a part of
the window can be built and tested alone, and cannot reach into the window's widgets.

Slow work goes through ``runner.run(lane, work, on_done=...)``: ``work`` gets the
``Services`` in a worker thread, and ``on_done`` gets its result back on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import TaskRunner


class WindowContext(QObject):
    caseOpened = Signal(int)  # the case the window shows now
    boardChanged = Signal()  # a new snapshot of the board is on screen
    statusRequested = Signal(str)  # a line for the status bar
    errorRaised = Signal(object)  # an error to tell the user about (what happened, what to do)

    def __init__(self, data_dir: Path, settings: QSettings, runner: TaskRunner,
                 window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("windowContext")
        self.data_dir = data_dir
        self.settings = settings
        self.runner = runner
        self.case_id: int | None = None  # the open case, None while there is none
        self._window = window

    @property
    def dialog_parent(self) -> QWidget:
        """The widget a dialog is opened over (and is modal to)."""
        return self._window

    def show_status(self, text: str) -> None:
        emit(self.statusRequested, text)

    def show_error(self, error: BaseException) -> None:
        emit(self.errorRaised, error)
