"""Tesseract in this process: one engine per language set, kept for the worker's life.

Every ``tesseract`` run spends about 0.13 s of processor time loading ``eng+spa``
before it reads a pixel, and the app runs it about 48 times on the 34 pages of the
issue-11 bench (a reading per page, way-up trials, orientation detection, second
readings). Here the engine is loaded once per worker process, through Tesseract's C API
(``libtesseract.so.5``, via ctypes), and reused for every later page that worker reads.

The calls are the ones the ``tesseract`` executable makes (``src/tesseract.cpp``):
``Init`` with the default engine mode, ``user_defined_dpi`` for ``--dpi``, the page
segmentation mode, ``ProcessPages`` on the image file with a chain of renderers (hOCR,
and a text-only PDF) -- so a page reads the same words as with the executable. Every
variable one call sets is set again by every call, since the engine outlives the page.

Time limits: Tesseract checks a reading's deadline (``timeout_millisec``) only between
words, so a page stuck before them (layout analysis of a noisy picture, found taking
seconds) would not stop, where the executable was killed. A watchdog thread ends the
whole process ``GRACE`` seconds after any call's deadline, having first written the
file named by ``mark_stuck_in`` (``processing.run_jobs`` reads it: that page ran out of
time, the others in flight are run again). A crash in the library also ends the
process; ``run_jobs`` then fails that page alone. So the engine is only ever used in the
worker processes (``ocr.keep_engine``), never in the window's process.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

_LIBRARY = "libtesseract.so.5"
# Leptonica's library was renamed with its version 1.83 (Debian 13, Ubuntu 24.10).
_LEPTONICA = ("liblept.so.5", "libleptonica.so.6")
_L_SEVERITY_NONE = 6  # leptonica's messages: none (the executable keeps errors)
PSM_OSD_ONLY = 0
GRACE = 2.0  # seconds past a call's deadline before the watchdog ends the process
STUCK_EXIT = 75  # the process's exit status when the watchdog ends it


class EngineUnavailable(RuntimeError):
    """The library, or the language data for an engine, could not be loaded."""


class EngineTimeout(RuntimeError):
    """Recognition ran past its deadline."""


class EngineFailed(RuntimeError):
    """Tesseract could not read the image (unreadable file, no output written)."""


@dataclass
class _Lib:
    tess: ctypes.CDLL
    lept: ctypes.CDLL


_lib: _Lib | None = None
_lib_error: str | None = None
_engines: dict[str, ctypes.c_void_p] = {}
_lock = threading.Lock()  # one reading at a time per process (a worker reads one page)
_watch = threading.Condition()
_due: float | None = None  # when the call in flight must have ended (monotonic clock)
_stuck_marker: Path | None = None
_watchdog: threading.Thread | None = None


def mark_stuck_in(path: Path | None) -> None:
    """The file the watchdog writes before it ends this process (None: none)."""
    global _stuck_marker
    _stuck_marker = path


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Watch the call made inside: past ``seconds`` and ``GRACE``, end the process."""
    global _due, _watchdog
    with _watch:
        if _watchdog is None:
            _watchdog = threading.Thread(target=_watch_calls, name="tesseract-watchdog",
                                         daemon=True)
            _watchdog.start()
        _due = time.monotonic() + seconds + GRACE
        _watch.notify()
    try:
        yield
    finally:
        with _watch:
            _due = None
            _watch.notify()


def _watch_calls() -> None:
    with _watch:
        while True:
            if _due is None:
                _watch.wait()
                continue
            left = _due - time.monotonic()
            if left > 0:
                _watch.wait(left)
                continue
            if _stuck_marker is not None:
                with suppress(OSError):
                    _stuck_marker.write_bytes(b"")
            os._exit(STUCK_EXIT)


def _load() -> _Lib:
    global _lib, _lib_error
    if _lib is not None:
        return _lib
    if _lib_error is not None:
        raise EngineUnavailable(_lib_error)
    # One thread per process, one process per core: read by OpenMP when the library
    # (and its libgomp) is loaded, so it is set before.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        tess = ctypes.CDLL(_LIBRARY)
        lept = _first_loaded(_LEPTONICA)
    except OSError as exc:
        _lib_error = str(exc)
        raise EngineUnavailable(_lib_error) from exc
    vp, cp, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    sigs: dict[str, tuple[object, list[object]]] = {
        "TessBaseAPICreate": (vp, []),
        "TessBaseAPIInit3": (i, [vp, cp, cp]),
        "TessBaseAPISetVariable": (i, [vp, cp, cp]),
        "TessBaseAPISetPageSegMode": (None, [vp, i]),
        "TessBaseAPIGetDatapath": (cp, [vp]),
        "TessBaseAPIProcessPages": (i, [vp, cp, cp, i, vp]),
        "TessBaseAPISetImage2": (None, [vp, vp]),
        "TessBaseAPIDetectOrientationScript": (
            i, [vp, ctypes.POINTER(i), ctypes.POINTER(ctypes.c_float),
                ctypes.POINTER(cp), ctypes.POINTER(ctypes.c_float)]),
        "TessBaseAPIClear": (None, [vp]),
        "TessHOcrRendererCreate": (vp, [cp]),
        "TessPDFRendererCreate": (vp, [cp, cp, i]),
        "TessResultRendererInsert": (None, [vp, vp]),
        "TessDeleteResultRenderer": (None, [vp]),
    }
    for name, (restype, argtypes) in sigs.items():
        function = getattr(tess, name)
        function.restype = restype
        function.argtypes = argtypes
    lept.pixRead.restype = vp
    lept.pixRead.argtypes = [cp]
    lept.pixDestroy.restype = None
    lept.pixDestroy.argtypes = [ctypes.POINTER(vp)]
    lept.setMsgSeverity.restype = i
    lept.setMsgSeverity.argtypes = [i]
    lept.setMsgSeverity(_L_SEVERITY_NONE)
    _lib = _Lib(tess, lept)
    return _lib


def _first_loaded(names: tuple[str, ...]) -> ctypes.CDLL:
    for name in names[:-1]:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return ctypes.CDLL(names[-1])


def available() -> bool:
    """True when the library loads (it is tried once per process)."""
    try:
        _load()
    except EngineUnavailable:
        return False
    return True


def _engine(languages: str) -> ctypes.c_void_p:
    """The engine for ``languages`` ("eng+spa", "eng", "osd"), made on first use."""
    handle = _engines.get(languages)
    if handle is not None:
        return handle
    lib = _load()
    handle = ctypes.c_void_p(lib.tess.TessBaseAPICreate())
    # Tesseract's messages (tprintf) go nowhere; a global setting, set before Init so
    # that loading says nothing either.
    lib.tess.TessBaseAPISetVariable(handle, b"debug_file", os.devnull.encode())
    if lib.tess.TessBaseAPIInit3(handle, None, languages.encode()) != 0:
        raise EngineUnavailable(f"Tesseract could not load the language data {languages}")
    _engines[languages] = handle
    return handle


def _set(handle: ctypes.c_void_p, variables: dict[str, str]) -> None:
    lib = _load()
    for name, value in variables.items():
        if not lib.tess.TessBaseAPISetVariable(handle, name.encode(), value.encode()):
            raise EngineFailed(f"Tesseract has no setting {name}")


def read(source: Path, base: Path, *, languages: str, psm: int, dpi: int, timeout: float,
         pdf: bool = False, variables: dict[str, str] | None = None) -> None:
    """What ``tesseract SOURCE BASE --psm PSM --dpi DPI -l LANGUAGES -c ... [pdf] hocr``
    does: ``BASE``.hocr and, with ``pdf``, ``BASE``.pdf (text only). A multi-page TIFF
    is read page after page. ``variables`` are set for this call; give every variable
    any call sets, each time (the engine keeps them)."""
    lib = _load()
    with _lock:
        handle = _engine(languages)
        _set(handle, {"user_defined_dpi": str(dpi), "applybox_page": "0",
                      **(variables or {})})
        lib.tess.TessBaseAPISetPageSegMode(handle, psm)
        outputbase = str(base).encode()
        renderers = lib.tess.TessHOcrRendererCreate(outputbase)
        if pdf:
            lib.tess.TessResultRendererInsert(renderers, lib.tess.TessPDFRendererCreate(
                outputbase, lib.tess.TessBaseAPIGetDatapath(handle), 1))
        start = time.monotonic()
        try:
            with _deadline(timeout):
                done = lib.tess.TessBaseAPIProcessPages(
                    handle, str(source).encode(), None, max(1, round(timeout * 1000)),
                    renderers)
        finally:
            lib.tess.TessDeleteResultRenderer(renderers)  # and the one inserted
            lib.tess.TessBaseAPIClear(handle)
        if not done:
            if time.monotonic() - start >= timeout:
                raise EngineTimeout(f"{source}: past {timeout} s")
            raise EngineFailed(f"Tesseract could not read {source.name}")


def detect_orientation(source: Path, *, dpi: int = 300,
                       timeout: float) -> tuple[int, float] | None:
    """What ``tesseract SOURCE - --psm 0 --dpi DPI`` prints, on the "osd" engine: the
    clockwise turn that stands the page up ("Rotate") and its confidence (as printed,
    two decimals); None when Tesseract found too little to tell. It has no deadline of
    its own: past ``timeout`` the watchdog ends the process."""
    lib = _load()
    with _lock:
        handle = _engine("osd")
        _set(handle, {"user_defined_dpi": str(dpi)})
        lib.tess.TessBaseAPISetPageSegMode(handle, PSM_OSD_ONLY)
        pix = ctypes.c_void_p(lib.lept.pixRead(str(source).encode()))
        if not pix.value:
            raise EngineFailed(f"Tesseract could not read {source.name}")
        degrees, confidence = ctypes.c_int(0), ctypes.c_float(0)
        script, script_confidence = ctypes.c_char_p(), ctypes.c_float(0)
        try:
            lib.tess.TessBaseAPISetImage2(handle, pix)
            with _deadline(timeout):
                found = lib.tess.TessBaseAPIDetectOrientationScript(
                    handle, ctypes.byref(degrees), ctypes.byref(confidence),
                    ctypes.byref(script), ctypes.byref(script_confidence))
        finally:
            lib.tess.TessBaseAPIClear(handle)
            lib.lept.pixDestroy(ctypes.byref(pix))
        if not found:
            return None
        # orientation id (counter-clockwise quarter turns of the text) -> "Rotate"
        rotate = {0: 0, 1: 270, 2: 180, 3: 90}[(degrees.value // 90) % 4]
        return rotate, round(confidence.value, 2)
