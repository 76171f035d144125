"""Page pictures, drawn in worker processes and delivered to the GUI thread as QImages.

The GUI thread only puts requests in a queue. A feeder thread hands them to the process
pools: ``ProcessPoolExecutor.submit`` starts worker processes on first use and can wait
on the pool's pipes, both of which would freeze the window if done on the GUI thread.
Workers start when the first picture is asked for (a window with nothing to show starts
none) and are ended, not waited for, when the window closes.
Pages for the viewer have a pool of their own, so a long run of thumbnails never keeps
the page the user is looking at waiting.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import multiprocessing
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from desktop_app.gui import worker_jobs
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import lower_priority
from desktop_app.services.pictures import PageRender

PICTURE_NICENESS = 5
log = logging.getLogger(__name__)


class Renderer(QObject):
    """Draws thumbnails (cached on disk by the facade) and full pages for the viewer.

    Results arrive through signals, on the GUI thread. A thumbnail already asked for is
    not asked for twice; a page request made obsolete by a newer one is dropped.
    """

    thumbnailReady = Signal(object, QImage)  # the thumbnail's path (its key), the picture
    pageReady = Signal(int, QImage)  # request id, the picture
    pageFailed = Signal(int, str)  # request id, why
    originalReady = Signal(int, QImage)  # request id of ``original``, the picture
    originalFailed = Signal(int, str)  # request id of ``original``, why

    _thumb = Signal(object, object)
    _page = Signal(int, object)
    _failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, ProcessPoolExecutor] = {}
        self._generation: dict[str, int] = {}  # pools started so far, by name
        self._blamed: set[int] = set()  # thumbnail pools whose killer page is known
        self._strikes: dict[Path, int] = {}  # thumbnails whose drawing a worker died in
        self._lock = threading.Lock()
        self._asked: set[Path] = set()
        self._drawing: set[Path] = set()  # thumbnails asked for and not yet handed on
        self._latest_page = 0
        self._originals = itertools.count(1)
        self._closed = False
        self._started: list[multiprocessing.process.BaseProcess] = []  # to reap on close
        self._requests: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._arrived: list[tuple[Path, QImage]] = []
        self._deliver = QTimer(self, singleShot=True, interval=0)
        self._deliver.timeout.connect(self._deliver_some)
        self._feeder = threading.Thread(target=self._feed, name="render-feeder", daemon=True)
        self._feeder.start()
        queued = Qt.ConnectionType.QueuedConnection
        self._thumb.connect(self._on_thumb, queued)
        self._page.connect(self._on_page, queued)
        self._failed.connect(self._on_failed, queued)

    # --- the feeder thread --------------------------------------------------------------------

    def _pool(self, name: str) -> ProcessPoolExecutor:
        """Runs on the feeder thread only. A pool whose worker died (MuPDF aborted on a
        hostile page) is replaced: one bad page must not end the pictures for good."""
        pool = self._pools.get(name)
        if pool is not None and getattr(pool, "_broken", False):
            log.warning("a picture worker died; starting a new one")
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
        if pool is None:
            # spawn: never fork a process that runs Qt.
            pool = self._pools[name] = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._generation[name] = self._generation.get(name, 0) + 1
        return pool

    def _feed(self) -> None:
        # Below the window, above reading (10): the picture workers this thread starts
        # inherit it, so drawing pages never takes the CPU from the GUI thread.
        lower_priority(PICTURE_NICENESS)
        while (request := self._requests.get()) is not None:
            try:
                request()
            except BrokenProcessPool:  # its worker died just now: a new one takes it
                with contextlib.suppress(Exception):
                    request()
            except RuntimeError:  # a pool shutting down
                continue
            except Exception:  # noqa: BLE001 - one bad request must not stop the pictures
                log.exception("a picture request failed")
        # Closed. A worker started by the last request is stopped too, then every worker
        # is waited for here, off the GUI thread, so none outlives the window.
        self._stop_workers()
        for pool in self._pools.values():
            pool.shutdown(wait=True, cancel_futures=True)
        for worker in self._started:
            worker.join()

    # --- thumbnails --------------------------------------------------------------------------

    def thumbnail(self, spec: PageRender) -> None:
        if self._closed or spec.thumb_path in self._asked:
            return
        self._asked.add(spec.thumb_path)
        self._drawing.add(spec.thumb_path)

        def submit() -> None:
            future = self._pool("thumb").submit(worker_jobs.draw_thumbnail, spec)
            future.add_done_callback(
                functools.partial(self._thumb_done, spec, self._generation["thumb"]))

        self._requests.put(submit)

    def drawing_thumbnails(self) -> bool:
        """Whether thumbnails asked for are still being drawn."""
        return bool(self._drawing) and not self._closed

    def forget(self, key: Path) -> None:
        """Allow ``key`` to be asked for again (e.g. after its file disappeared)."""
        self._asked.discard(key)

    def _thumb_done(self, spec: PageRender, generation: int, future: Future[Path]) -> None:
        # Runs on a pool's thread: load the small PNG here, not on the GUI thread.
        key = spec.thumb_path
        if future.cancelled():
            self._drawing.discard(key)
            return
        try:
            image = QImage(str(future.result()))
        except BrokenProcessPool:
            # The worker died. It draws in order, so the first request the broken pool
            # fails is the page it was drawing, likely the one that killed it (or the
            # system killed the worker meanwhile): that page is tried again, and gets
            # no picture the second time. The others only waited: they are asked for
            # again, from a new worker.
            with self._lock:
                if generation not in self._blamed:
                    self._blamed.add(generation)
                    self._strikes[key] = self._strikes.get(key, 0) + 1
                give_up = self._strikes.get(key, 0) >= 2
            if not give_up:
                self._asked.discard(key)
                self.thumbnail(spec)
                return
            log.warning("thumbnail %s: the worker died drawing it, twice", key)
            image = QImage()
        except Exception as exc:  # noqa: BLE001 - a bad page gets no picture, not a crash
            log.warning("thumbnail %s failed: %s", key, exc)
            image = QImage()
        with contextlib.suppress(RuntimeError):
            emit(self._thumb, key, image)

    @Slot(object, object)
    def _on_thumb(self, key: Path, image: QImage) -> None:
        self._arrived.append((key, image))
        if not self._deliver.isActive():
            self._deliver.start()

    def _deliver_some(self) -> None:
        """Hand thumbnails on a few milliseconds' worth at a time: fifty arriving together
        must not keep the window from answering the user."""
        clock = QElapsedTimer()
        clock.start()
        while self._arrived and clock.elapsed() < 8:
            key, image = self._arrived.pop(0)
            self._drawing.discard(key)
            emit(self.thumbnailReady, key, image)
        if self._arrived:
            self._deliver.start()

    # --- pages -------------------------------------------------------------------------------

    def page(self, spec: PageRender, dpi: int, max_side: int) -> int:
        """Ask for a page picture; returns the request id that ``pageReady`` will carry."""
        self._latest_page += 1
        request = self._latest_page
        if self._closed:
            return request

        def submit(again: bool = False) -> None:
            if request != self._latest_page:
                return  # a newer page was asked for meanwhile
            future = self._pool("page").submit(worker_jobs.draw_page, spec, dpi, max_side)
            future.add_done_callback(functools.partial(self._page_done, request, submit, again))

        self._requests.put(submit)
        return request

    def _page_done(self, request: int, submit: Callable[[bool], None], again: bool,
                   future: Future[worker_jobs.RawImage]) -> None:
        if future.cancelled() or request != self._latest_page:
            return
        try:
            width, height, data = future.result()
            image = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        except BrokenProcessPool as exc:
            if not again:  # the worker died: once more, from a new one
                self._requests.put(functools.partial(submit, True))
                return
            log.warning("page picture failed twice: %s", exc)
            with contextlib.suppress(RuntimeError):
                emit(self._failed, request, str(exc))
            return
        except Exception as exc:  # noqa: BLE001
            log.warning("page picture failed: %s", exc)
            with contextlib.suppress(RuntimeError):
                emit(self._failed, request, str(exc))
            return
        with contextlib.suppress(RuntimeError):
            emit(self._page, request, image)

    @Slot(int, object)
    def _on_page(self, request: int, image: QImage) -> None:
        if request == self._latest_page:
            emit(self.pageReady, request, image)

    @Slot(int, str)
    def _on_failed(self, request: int, reason: str) -> None:
        emit(self.pageFailed, request, reason)

    def original(self, spec: PageRender, dpi: int, max_side: int) -> int:
        """Ask for a picture no newer request makes obsolete (the edge editor's photo);
        returns the request id ``originalReady`` or ``originalFailed`` will carry. Drawn
        by the page worker, after the page it may be drawing."""
        request = next(self._originals)
        if self._closed:
            return request

        def submit() -> None:
            future = self._pool("page").submit(worker_jobs.draw_page, spec, dpi, max_side)
            future.add_done_callback(functools.partial(self._original_done, request))

        self._requests.put(submit)
        return request

    def _original_done(self, request: int, future: Future[worker_jobs.RawImage]) -> None:
        # Runs on a pool's thread; the signals reach their receivers on the GUI thread.
        if future.cancelled():
            return
        try:
            width, height, data = future.result()
            image = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        except Exception as exc:  # noqa: BLE001 - a picture that cannot be drawn is said
            log.warning("original picture failed: %s", exc)
            with contextlib.suppress(RuntimeError):
                emit(self.originalFailed, request, str(exc))
            return
        with contextlib.suppress(RuntimeError):
            emit(self.originalReady, request, image)

    # --- closing -----------------------------------------------------------------------------

    def workers(self) -> list[multiprocessing.process.BaseProcess]:
        """The picture worker processes running now."""
        return [p for pool in list(self._pools.values())
                for p in list((pool._processes or {}).values())]

    def has_workers(self) -> bool:
        return bool(self.workers())

    def shutdown(self) -> None:
        """Stop drawing, without waiting: the workers are ended now and reaped by the
        feeder thread. A worker holds nothing to save (a thumbnail file is written whole
        or not at all), so ending one costs at most the picture it was drawing; waiting
        for a worker that is still starting would hold the window's close for seconds."""
        if self._closed:
            return
        self._closed = True
        self._stop_workers()
        self._requests.put(None)

    def _stop_workers(self) -> None:
        for worker in self.workers():
            if worker not in self._started:
                self._started.append(worker)
            with contextlib.suppress(OSError, ValueError):  # already ended
                worker.terminate()
