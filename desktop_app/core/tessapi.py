"""Tesseract in this process: one engine per language set, kept for the worker's life.

Every ``tesseract`` run spends about 0.13 s of processor time loading ``eng+spa``
before it reads a pixel, and the app runs it about 48 times on the 34 pages of the
issue-11 bench (a reading per page, way-up trials, orientation detection, second
readings). Here the engine is loaded once per worker process, through Tesseract's C API
(``libtesseract.so.5``, via ctypes), and reused for every later page that worker reads.

The calls are the ones the ``tesseract`` executable makes (``src/tesseract.cpp``):
``Init`` with the default engine mode, ``user_defined_dpi`` for ``--dpi``, the page
segmentation mode, then ``Recognize`` on the image (``recognize``: a page's reading,
walked word by word, where the executable writes hOCR and a text-only PDF from the same
walk) or ``ProcessPages`` with an hOCR renderer (``read``: the way-up trial's
multi-page TIFF) -- so a page reads the same words as with the executable. Every
setting any call changes is set again by every call (``_DEFAULTS``), since the engine
outlives the page.

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

import base64
import ctypes
import os
import threading
import time
from collections.abc import Callable, Iterator
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
        "TessDeleteResultRenderer": (None, [vp]),
        "TessBaseAPIRecognize": (i, [vp, vp]),
        "TessBaseAPIGetSourceYResolution": (i, [vp]),
        "TessBaseAPIGetIterator": (vp, [vp]),
        "TessResultIteratorGetPageIterator": (vp, [vp]),
        "TessResultIteratorNext": (i, [vp, i]),
        "TessResultIteratorGetUTF8Text": (vp, [vp, i]),
        "TessResultIteratorConfidence": (ctypes.c_float, [vp, i]),
        "TessResultIteratorWordFontAttributes": (vp, [vp, *[ctypes.POINTER(i)] * 8]),
        "TessResultIteratorDelete": (None, [vp]),
        "TessPageIteratorIsAtBeginningOf": (i, [vp, i]),
        "TessPageIteratorBoundingBox": (i, [vp, i, *[ctypes.POINTER(i)] * 4]),
        "TessPageIteratorBaseline": (i, [vp, i, *[ctypes.POINTER(i)] * 4]),
        "TessPageIteratorBlockType": (i, [vp]),
        "TessPageIteratorOrientation": (None, [vp, *[ctypes.POINTER(i)] * 3,
                                               ctypes.POINTER(ctypes.c_float)]),
        "TessDeleteText": (None, [vp]),
        "TessMonitorCreate": (vp, []),
        "TessMonitorSetDeadlineMSecs": (None, [vp, i]),
        "TessMonitorDelete": (None, [vp]),
        "TessVersion": (cp, []),
    }
    for name, (restype, argtypes) in sigs.items():
        function = getattr(tess, name)
        function.restype = restype
        function.argtypes = argtypes
    lept.pixRead.restype = vp
    lept.pixRead.argtypes = [cp]
    lept.pixDestroy.restype = None
    lept.pixDestroy.argtypes = [ctypes.POINTER(vp)]
    for name in ("pixGetWidth", "pixGetHeight"):
        getattr(lept, name).restype = i
        getattr(lept, name).argtypes = [vp]
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


# Every setting any call changes, at Tesseract's defaults: each call sets them all (its
# own values over these), since an engine outlives the page that changed one.
_DEFAULTS = {"tessedit_do_invert": "1", "thresholding_method": "0"}


def _settings(dpi: int, variables: dict[str, str] | None) -> dict[str, str]:
    unknown = set(variables or {}) - set(_DEFAULTS)
    if unknown:
        raise ValueError(f"settings without a default here: {sorted(unknown)}")
    return {"user_defined_dpi": str(dpi), "applybox_page": "0", **_DEFAULTS,
            **(variables or {})}


def read(source: Path, base: Path, *, languages: str, psm: int, dpi: int, timeout: float,
         variables: dict[str, str] | None = None) -> None:
    """What ``tesseract SOURCE BASE --psm PSM --dpi DPI -l LANGUAGES -c ... hocr`` does:
    ``BASE``.hocr. A multi-page TIFF is read page after page. ``variables``: settings
    of ``_DEFAULTS`` changed for this call."""
    lib = _load()
    with _lock:
        handle = _engine(languages)
        _set(handle, _settings(dpi, variables))
        lib.tess.TessBaseAPISetPageSegMode(handle, psm)
        renderer = lib.tess.TessHOcrRendererCreate(str(base).encode())
        start = time.monotonic()
        try:
            with _deadline(timeout):
                done = lib.tess.TessBaseAPIProcessPages(
                    handle, str(source).encode(), None, max(1, round(timeout * 1000)),
                    renderer)
        finally:
            lib.tess.TessDeleteResultRenderer(renderer)
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


# --- one reading, walked word by word ------------------------------------------------------

_RIL_BLOCK, _RIL_PARA, _RIL_TEXTLINE, _RIL_WORD = 0, 1, 2, 3
# Tesseract's block types (``PolyBlockType``) whose words its text layer writes
# (``PTIsTextType``), and those its hOCR leaves out (pictures, rules).
_TEXT_BLOCKS = frozenset({1, 2, 3, 5, 6, 7, 8})
_NOT_READ_BLOCKS = frozenset({9, 10, 11, 12, 13})
Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Word:
    text: str
    box: Box  # left, top, right, bottom, in the image's pixels
    confidence: float  # 0-100
    baseline: Box | None  # x1, y1, x2, y2 of the word's baseline


@dataclass
class Line:
    """A line of a reading, with what its block and paragraph say about it."""

    block_start: bool  # the first line of a block (a new paragraph too)
    para_start: bool
    text_block: bool  # in a block of text (not an equation, a table's rule...)
    baseline: Box | None
    orientation: int  # Tesseract's: 0 up, 1 right, 2 down, 3 left
    font_size: int  # points, from the line's height (0: unknown)
    words: list[Word]


@dataclass(frozen=True)
class Reading:
    lines: list[Line]
    more: bool  # the walk went on past the last word (an empty word, a picture)
    width: int  # pixels of the image read
    height: int
    ppi: int  # the resolution Tesseract read it at


def version() -> str:
    """Tesseract's version ("5.3.0")."""
    return (_load().tess.TessVersion() or b"").decode("ascii", "replace")


_font: bytes | None = None
# Tesseract's own copy of its glyphless font (``src/api/pdf_ttf.h``, Apache 2.0), which
# its PDF renderer uses when its data folder has no ``pdf.ttf``.
_BUILT_IN_FONT = base64.b64decode(
    "AAEAAAAKAIAAAwAgT1MvMlbeyJQAAAEoAAAAYGNtYXAACgA0AAABkAAAAB5nbHlmFSJBJAAAAbgAAAAY"
    "aGVhZAt48WUAAACsAAAANmhoZWEMAgQCAAAA5AAAACRobXR4BAAAAAAAAYgAAAAIbG9jYQAMAAAAAAGw"
    "AAAABm1heHAABAAFAAABCAAAACBuYW1l8usW2gAAAdAAAABLcG9zdAABAAEAAAIcAAAAIAABAAAAAQAA"
    "sJRxEF8PPPUEBwgAAAAAAM+a/G4AAAAA1MOn8gAAAAAEAAgAAAAAEAACAAAAAAAAAAEAAAgA//8AAAQA"
    "AAAAAAQAAAEAAAAAAAAAAAAAAAAAAAACAAEAAAACAAQAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAwAA"
    "AZAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAR09PRwBA"
    "AAAAAAAB//8AAAABAAGAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAIAAQAAAAAAFAADAAAAAAAU"
    "AAYACgAAAAAAAAAAAAAAAAAMAAAAAQAAAAAEAAgAAAMAADEhESEEAPwACAAAAAADACoAAAADAAAABQAW"
    "AAAAAQAAAAAABQALABYAAwABBAkABQAWAAAAVgBlAHIAcwBpAG8AbgAgADEALgAwVmVyc2lvbiAxLjAA"
    "AAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAA")


def glyphless_font() -> bytes:
    """The font of Tesseract's text layers: ``pdf.ttf`` in its data folder, else its
    built-in copy, as its PDF renderer chooses."""
    global _font
    if _font is None:
        lib = _load()
        datapath = b""
        for handle in _engines.values():
            datapath = lib.tess.TessBaseAPIGetDatapath(handle) or b""
            break
        try:
            _font = (Path(datapath.decode()) / "pdf.ttf").read_bytes() if datapath else b""
        except OSError:
            _font = b""
        _font = _font or _BUILT_IN_FONT
    return _font


def recognize(source: Path, *, languages: str, psm: int, dpi: int, timeout: float,
              variables: dict[str, str] | None = None) -> Reading:
    """Read the (one-frame) image file ``source`` as ``tesseract SOURCE - --psm PSM --dpi
    DPI -l LANGUAGES`` does, and walk the result word by word: what its hOCR and its
    text layer are made of, without Tesseract writing either (writing them cost about
    a tenth of the reading of a page of print, measured on the corpus's scans; the
    walk costs a third of that). ``variables`` as for ``read``."""
    lib = _load()
    with _lock:
        handle = _engine(languages)
        _set(handle, _settings(dpi, variables))
        lib.tess.TessBaseAPISetPageSegMode(handle, psm)
        pix = ctypes.c_void_p(lib.lept.pixRead(str(source).encode()))
        if not pix.value:
            raise EngineFailed(f"Tesseract could not read {source.name}")
        monitor = ctypes.c_void_p(lib.tess.TessMonitorCreate())
        lib.tess.TessMonitorSetDeadlineMSecs(monitor, max(1, round(timeout * 1000)))
        start = time.monotonic()
        try:
            lib.tess.TessBaseAPISetImage2(handle, pix)
            with _deadline(timeout):
                failed = lib.tess.TessBaseAPIRecognize(handle, monitor) < 0
            if failed:
                if time.monotonic() - start >= timeout:
                    raise EngineTimeout(f"{source}: past {timeout} s")
                raise EngineFailed(f"Tesseract could not read {source.name}")
            return Reading(*_walk(lib.tess, handle), lib.lept.pixGetWidth(pix),
                           lib.lept.pixGetHeight(pix),
                           lib.tess.TessBaseAPIGetSourceYResolution(handle))
        finally:
            lib.tess.TessBaseAPIClear(handle)
            lib.tess.TessMonitorDelete(monitor)
            lib.lept.pixDestroy(ctypes.byref(pix))


def _walk(tess: ctypes.CDLL, handle: ctypes.c_void_p) -> tuple[list[Line], bool]:
    """The words of the last reading in reading order, grouped in lines, as Tesseract's
    hOCR and PDF renderers walk them (``ResultIterator``), and whether the walk went on
    past the last word."""
    it = tess.TessBaseAPIGetIterator(handle)
    if not it:
        return [], False
    page = tess.TessResultIteratorGetPageIterator(it)
    ints = [ctypes.c_int() for _ in range(8)]
    refs = [ctypes.byref(v) for v in ints]
    angle = ctypes.c_float()

    def box(kind: Callable[..., int], level: int) -> Box | None:
        if not kind(page, level, *refs[:4]):
            return None
        return ints[0].value, ints[1].value, ints[2].value, ints[3].value

    lines: list[Line] = []
    skipped_block, text_block, more = False, True, False
    try:
        while True:
            block_start = bool(tess.TessPageIteratorIsAtBeginningOf(page, _RIL_BLOCK))
            if block_start:
                kind = tess.TessPageIteratorBlockType(page)
                skipped_block = kind in _NOT_READ_BLOCKS
                text_block = kind in _TEXT_BLOCKS
            if not skipped_block and tess.TessPageIteratorIsAtBeginningOf(page, _RIL_TEXTLINE):
                tess.TessPageIteratorOrientation(page, *refs[:3], ctypes.byref(angle))
                orientation = ints[0].value
                tess.TessResultIteratorWordFontAttributes(it, *refs)
                size = ints[6].value
                lines.append(Line(
                    block_start=block_start,
                    para_start=bool(tess.TessPageIteratorIsAtBeginningOf(page, _RIL_PARA)),
                    text_block=text_block,
                    baseline=box(tess.TessPageIteratorBaseline, _RIL_TEXTLINE),
                    orientation=orientation, font_size=size, words=[]))
            text = None if skipped_block else tess.TessResultIteratorGetUTF8Text(it, _RIL_WORD)
            more = True
            if text and lines:
                more = False
                word = ctypes.string_at(text).decode("utf-8", "replace")
                lines[-1].words.append(Word(
                    word, box(tess.TessPageIteratorBoundingBox, _RIL_WORD) or (0, 0, 0, 0),
                    tess.TessResultIteratorConfidence(it, _RIL_WORD),
                    box(tess.TessPageIteratorBaseline, _RIL_WORD)))
            if text:
                tess.TessDeleteText(text)
            if not tess.TessResultIteratorNext(it, _RIL_WORD):
                break
    finally:
        tess.TessResultIteratorDelete(it)
    return lines, more
