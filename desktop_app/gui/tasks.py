"""Run facade calls off the GUI thread, in lanes, and report back through Qt signals.

Anki's pattern: the window hands small jobs (a function of a ``Services``) to a lane and
gets ``finished``/``failed`` back on the GUI thread. Each lane is one thread that owns one
``Services`` (one sqlite3 connection, used only by the thread that opened it). Jobs in a
lane run one after another, so edits apply in the order the user made them.

Lanes:

- ``db``: short reads and edits (board, pages, tag, order, rename, rotate, search, plan).
- ``import``: copying and checking files; a long import never delays an edit.
- ``process``: reading pages (``Services.process``, itself a process pool) and the sample
  case. One processor per data folder anyway (``Services._processing_lock``).

Every lane opens its ``Services`` before any lane runs a job (a barrier): opening a store
empties its tmp folder, which must never happen under running OCR workers.
Jobs receive ids and paths, never widgets.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop_app.gui.qtcompat import emit
from desktop_app.services import Services

log = logging.getLogger(__name__)

LANES = ("db", "import", "process")
# Lanes open their stores one at a time: the schema migration reads the version outside
# its transaction, so two first opens of a new data folder at once could both migrate.
_OPENING = threading.Lock()
# Lanes whose work may take all the CPU: they (and the OCR processes they start, which
# inherit it) run at a lower priority than the GUI thread, so the window stays smooth
# even when every core is reading pages.
BACKGROUND_LANES = ("import", "process")
NICENESS = 10


def lower_priority(niceness: int = NICENESS) -> None:
    """Lower this thread's CPU priority (Linux: niceness is per thread and inherited by
    the processes the thread starts). Elsewhere, do nothing."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError, AttributeError):
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid),
                                                 niceness))
Done = Callable[[Any], object]
Failed = Callable[[BaseException], object]


class JobContext:
    """What a job may use besides its ``Services``: progress and a stop flag."""

    def __init__(self, item: _LaneItem, progressed: Any) -> None:
        self._item = item
        self._progressed = progressed

    def progress(self, done: int, total: int, label: str = "") -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone
            emit(self._progressed, self._item.job_id, done, total, label)

    def should_stop(self) -> bool:
        return self._item.cancel.is_set()


Work = Callable[[Services, JobContext], Any]


@dataclass
class Job:
    id: int
    lane: str
    label: str
    work: Work
    tracked: bool  # shown in the work panel, with its progress
    on_done: Done | None = None
    on_fail: Failed | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    progress: tuple[int, int, str] = (0, 0, "")
    can_stop: bool = True  # the work looks at ``should_stop``: offer a Stop button


@dataclass(frozen=True)
class _LaneItem:
    """What a lane thread gets of a job: no callbacks, so no widget is ever referenced
    (let alone released) from a worker thread."""

    job_id: int
    work: Work
    cancel: threading.Event


class Lane:
    """One thread, one ``Services``, jobs in order."""

    def __init__(self, name: str, data_dir: Path, runner: TaskRunner,
                 opened: threading.Barrier) -> None:
        self.name = name
        self._data_dir = data_dir
        self._runner = runner
        self._opened = opened
        self._queue: queue.Queue[_LaneItem | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name=f"lane-{name}", daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> None:
        self._queue.put(_LaneItem(job.id, job.work, job.cancel))

    def stop(self) -> None:
        self._queue.put(None)

    def join(self, timeout: float) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        if self.name in BACKGROUND_LANES:
            lower_priority()
        services: Services | None = None
        open_error: BaseException | None = None
        try:
            with _OPENING:
                services = Services.open(self._data_dir)
        except BaseException as exc:  # noqa: BLE001 - reported to every job of the lane
            open_error = exc
        with contextlib.suppress(threading.BrokenBarrierError):
            self._opened.wait(timeout=60)
        try:
            while (item := self._queue.get()) is not None:
                self._run_job(item, services, open_error)
                del item
        finally:
            if services is not None:
                services.close()

    def _run_job(self, item: _LaneItem, services: Services | None,
                 open_error: BaseException | None) -> None:
        runner = self._runner
        try:
            with contextlib.suppress(RuntimeError):
                emit(runner._started, item.job_id)
            if services is None:
                raise open_error or RuntimeError("no services")
            result = item.work(services, JobContext(item, runner._progressed))
        except BaseException as exc:  # noqa: BLE001 - the window decides what to show
            with contextlib.suppress(RuntimeError):  # the runner is gone: shutting down
                emit(runner._failed, item.job_id, exc, traceback.format_exc())
        else:
            with contextlib.suppress(RuntimeError):
                emit(runner._finished, item.job_id, result)


class TaskRunner(QObject):
    """The window's way to run facade calls in the background."""

    jobStarted = Signal(int)  # job id
    jobProgressed = Signal(int, int, int, str)  # job id, done, total, label
    jobEnded = Signal(int)  # job id (finished, failed or stopped)
    jobsChanged = Signal()  # a tracked job started or ended
    unexpectedError = Signal(str, str)  # what was being done, the traceback (already logged)
    appErrorRaised = Signal(object)  # an AppError no job handled itself

    _started = Signal(int)
    _progressed = Signal(int, int, int, str)
    _finished = Signal(int, object)
    _failed = Signal(int, object, str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        queued = Qt.ConnectionType.QueuedConnection
        self._started.connect(self._on_started, queued)
        self._progressed.connect(self._on_progressed, queued)
        self._finished.connect(self._on_finished, queued)
        self._failed.connect(self._on_failed, queued)
        opened = threading.Barrier(len(LANES))
        self._lanes = {name: Lane(name, data_dir, self, opened) for name in LANES}
        self._closed = False

    @property
    def closed(self) -> bool:
        """Whether the runner has shut down (the window is closing): it takes no new work."""
        return self._closed

    # --- submitting -----------------------------------------------------------------------

    def run(self, lane: str, work: Work, *, label: str = "", tracked: bool = False,
            can_stop: bool = True, on_done: Done | None = None,
            on_fail: Failed | None = None) -> Job:
        job = Job(next(self._ids), lane, label, work, tracked, on_done, on_fail,
                  can_stop=can_stop)
        if self._closed:
            return job
        self._jobs[job.id] = job
        self._lanes[lane].submit(job)
        if tracked:
            emit(self.jobsChanged)
        return job

    def cancel(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.cancel.set()

    # --- state ----------------------------------------------------------------------------

    def tracked_jobs(self) -> list[Job]:
        return [job for job in self._jobs.values() if job.tracked]

    def busy(self, lane: str | None = None) -> bool:
        return any(lane in (None, job.lane) for job in self._jobs.values())

    def idle(self) -> bool:
        return not self._jobs

    # --- delivery on the GUI thread --------------------------------------------------------

    @Slot(int)
    def _on_started(self, job_id: int) -> None:
        if job_id in self._jobs:
            emit(self.jobStarted, job_id)

    @Slot(int, int, int, str)
    def _on_progressed(self, job_id: int, done: int, total: int, label: str) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.progress = (done, total, label)
            emit(self.jobProgressed, job_id, done, total, label)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        try:
            if job.on_done is not None:
                job.on_done(result)
        except Exception:  # noqa: BLE001 - a bug in a callback must not kill the window
            self._report_unexpected(job, traceback.format_exc())
        finally:
            self._ended(job)

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, error: object, trace: str) -> None:
        from desktop_app.errors import AppError

        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        try:
            if isinstance(error, AppError):
                if job.on_fail is not None:
                    job.on_fail(error)
                else:
                    emit(self.appErrorRaised, error)
            else:
                self._report_unexpected(job, trace)
        finally:
            self._ended(job)

    def _report_unexpected(self, job: Job, trace: str) -> None:
        log.error("unexpected error in %r (%s lane):\n%s", job.label, job.lane, trace)
        emit(self.unexpectedError, job.label, trace)

    def _ended(self, job: Job) -> None:
        emit(self.jobEnded, job.id)
        if job.tracked:
            emit(self.jobsChanged)

    # --- closing -------------------------------------------------------------------------

    def shutdown(self, timeout: float = 15.0) -> None:
        """Stop every job (work done so far is kept) and wait for the lanes to end."""
        if self._closed:
            return
        self._closed = True
        for job in self._jobs.values():
            job.cancel.set()
        for lane in self._lanes.values():
            lane.stop()
        for lane in self._lanes.values():
            if not lane.join(timeout):
                log.warning("lane %s did not stop within %.0f s", lane.name, timeout)
        self._jobs.clear()
