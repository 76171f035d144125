"""Write a packet in its own process, with progress, and a way to stop it.

The plan is read on the ``db`` lane (``Packets.plan``); assembling hundreds of
pages with PyMuPDF would hold the GIL, so it runs in a spawned process (as pdfarranger
exports). The packet file is written atomically there: a stop leaves any older file
untouched.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop_app.core.export.plan import PacketPlan
from desktop_app.core.export.profiles import AS_IS, Profile
from desktop_app.gui import worker_jobs
from desktop_app.gui.qtcompat import emit

log = logging.getLogger(__name__)


class PacketExport(QObject):
    progressed = Signal(int, int, str)  # pages done, total, what is being done
    finished = Signal(object)  # PacketResult
    failed = Signal(str, str)  # message, hint (an AppError in the child)
    crashed = Signal(str)  # an unexpected failure, already logged
    stopped = Signal()

    _message = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: Any = None
        self._cancelled = False
        self._message.connect(self._on_message, Qt.ConnectionType.QueuedConnection)

    def running(self) -> bool:
        return self._process is not None

    def start(self, plan: PacketPlan, out_path: Path, profile: Profile = AS_IS,
              pdfa: bool = False) -> None:
        if self._process is not None:
            raise RuntimeError("an export is already running")
        context = multiprocessing.get_context("spawn")
        messages = context.Queue()
        # Not a daemon: it starts its own workers to make scanned pages smaller. Closing
        # the dialog stops it; so does the window, which stops every export it started.
        process = context.Process(target=worker_jobs.export_packet,
                                  args=(plan, out_path, messages, profile, pdfa),
                                  name="export-packet", daemon=False)
        self._cancelled = False
        self._process = process
        process.start()
        threading.Thread(target=self._watch, args=(process, messages), daemon=True,
                         name="export-watch").start()

    def cancel(self) -> None:
        process = self._process
        if process is not None:
            self._cancelled = True
            process.terminate()

    def wait(self, timeout: float = 10) -> None:
        process = self._process
        if process is not None:
            process.join(timeout)

    def _watch(self, process: Any, messages: Any) -> None:
        """Runs on its own thread: pass the child's messages on until it ends."""
        final: tuple[Any, ...] | None = None
        while final is None:
            try:
                message = messages.get(timeout=0.2)
            except queue.Empty:
                if not process.is_alive():
                    with contextlib.suppress(queue.Empty):
                        message = messages.get(timeout=0.5)
                        if message[0] != "progress":
                            final = message
                            break
                    final = ("ended", process.exitcode)
                continue
            if message[0] == "progress":
                self._emit(message)
            else:
                final = message
        process.join(5)
        messages.close()
        messages.join_thread()
        self._emit(final)

    def _emit(self, message: tuple[Any, ...]) -> None:
        with contextlib.suppress(RuntimeError):  # the window is already gone
            emit(self._message, message)

    @Slot(object)
    def _on_message(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "progress":
            emit(self.progressed, message[1], message[2], message[3])
            return
        self._process = None
        if kind == "done":
            emit(self.finished, message[1])
        elif kind == "error":
            emit(self.failed, message[1], message[2])
        elif self._cancelled:
            emit(self.stopped)
        elif kind == "crash":
            log.error("the export failed unexpectedly:\n%s", message[1])
            emit(self.crashed, str(message[1]))
        else:
            log.error("the export process ended without a result (exit code %s)", message[1])
            emit(self.crashed, f"exit code {message[1]}")
