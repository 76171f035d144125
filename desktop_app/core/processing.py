"""Page work — render, find the page, straighten, turn upright, read — run in parallel
worker processes.

Each page is one ``PageJob``: a small picklable snapshot (paths and settings, never a
database handle). Workers render and OCR the page and write derived files; results come
back to the parent, which alone writes to the database (OCRmyPDF's pattern). Processes,
not threads: PyMuPDF holds the GIL while it renders, and one Tesseract per core
is the fastest arrangement measured.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from PIL import Image

from desktop_app.core import capture, images, ocr, render
from desktop_app.core.capture import orient, pagefind
from desktop_app.core.capture.geometry import Quad, area, as_quad, turned
from desktop_app.core.files import atomic_copy, atomic_write_bytes
from desktop_app.core.form_slots import places
from desktop_app.core.models import Slots
from desktop_app.errors import AppError
from desktop_app.i18n import _

READ_SIDE = 2400  # pixels: the longest side of a photographed page as it is read
# A picture smaller than SMALL_SIDE pixels (a card, a page scanned at 100 dpi or less) is
# read enlarged to about ENLARGE_TO, at most MAX_ENLARGE times: Tesseract reads letters
# a few pixels high as nothing (real small scans and cards: 0-10 clear words native,
# 30-300 enlarged). A PDF's page is drawn at 300 dpi already.
SMALL_SIDE = 1400
ENLARGE_TO = 2200
MAX_ENLARGE = 3
# Tesseract's orientation confidence from which its answer is taken (``OSD_SURE``; when
# it confirms the way the page's lines hint: ``OSD_AGREES``), and from which it is not
# doubted even when the reading comes out poor (``OSD_CERTAIN``).
OSD_SURE = 1.5
OSD_AGREES = 1.0
OSD_CERTAIN = 4.0
# The way-up trial (``ocr.turn_trial``): how far the best turn must score above the
# next for its answer to be taken. The line test's certainty below which the way up it
# found is in doubt (a poor reading is then read again, any way up).
TRIAL_SURE = 4.0
IN_DOUBT = 0.9
# How sure the lines' direction must be (``capture.Prepared.across``) for the way-up
# trial to try only the two turns along it, and, with SIDEWAYS_LINES lines measured at
# least, for a page that reads too poorly to say to be stood up along it. Of 127 real
# photos of the blind sets, mostly taken upright, eight upright pages were turned; five
# of them by the lines' hint alone, where nothing else could tell (a receipt, a line or
# two of handwriting): three with the direction unsure, two on five lines or fewer.
ACROSS_SURE = 0.5
SIDEWAYS_LINES = 8
# A page turned to be read whose reading's confidence is below TURN_DOUBT (the nonsense
# of a page read the wrong way: 41-55 on the samples, ``ocr.read_wrong_way``) is read once
# more as the picture shows it (``_as_taken_unless_worse``); pages turned rightly read at
# 56-96 in the tests, the real ones mostly at 76 and more.
TURN_DOUBT = 55
BLANK_INK = 0.002  # share of a page's pixels that are ink, below which it looks blank
# A page found inside a picture, on less than FOUND_SHARE of it, that reads fewer than
# FOUND_WORDS words (of three letters or more) was no page: a card's photo or chip, a
# form's box. The whole picture is read. (A sheet photographed on a table fills more of
# the picture: a handwritten one that reads little keeps its outline.)
FOUND_WORDS = 3
FOUND_SHARE = 0.35
WHOLE_MORE = 1.5  # how many times the words the whole picture must read, print outside
# A whole picture that reads poorly (as ``POOR_WORDS``, ``CLEAR_PAGE`` below) whose lines
# slope by STEEP_FROM degrees or more (up to ``orient.STEEP_TILT``: a form photographed at
# a slant, with no sheet's edge in the picture to straighten it by) is levelled and read
# again; the levelled page is kept when it reads more words surely. A stock photo of a
# prescription pad of the blind sets, tilted 14 degrees, read nothing at all, and its
# printed "PRESCRIPTION", "NAME", "DATE" once levelled.
STEEP_FROM = 2.0
# A page read into fewer than POOR_WORDS words (of three letters or more) with a mean
# confidence under CLEAR_PAGE is read again with black and white decided locally; the
# reading with more words read at a confidence of SURE_WORD is kept. (On the real papers
# of issue 17's sets, pages that read at 85 and more gained next to nothing.)
POOR_WORDS = 40
CLEAR_PAGE = 85
SURE_WORD = 60
TEXT_LAYER = "textlayer.pdf"
CLEAN_IMAGE = "clean"  # + .jpg or .png


@dataclass(frozen=True)
class PageJob:
    page_id: int
    source: Path
    kind: str
    index: int
    out_dir: Path  # derived files of this page
    tmp_root: Path  # private scratch space
    languages: str = ocr.DEFAULT_LANGUAGES
    timeout: float = ocr.DEFAULT_TIMEOUT
    tesseract: str = "tesseract"  # the executable, resolved by the parent
    # The user's outline of the page (reading order; image pixels, or points for a PDF
    # page), used when ``crop_by_user`` (None there: the whole image); else it is found.
    crop: Quad | None = None
    crop_by_user: bool = False


@dataclass(frozen=True)
class PageOutcome:
    page_id: int
    error: str | None = None
    text: str = ""
    words: list[list[object]] = field(default_factory=list)
    confidence: float | None = None
    rotation: int = 0
    skew: float = 0.0
    cleaned: bool = False
    crop: Quad | None = None  # the outline found (reading order, as ``PageJob.crop``)
    blank: bool = False
    slots: Slots = Slots()  # a form's places to fill in, empty and filled


def run_page_job(job: PageJob) -> PageOutcome:
    """Do all the work of one page. Runs in a worker process; never raises (a reading
    stuck past its time ends the process, having written ``_stuck_file``)."""
    workdir = Path(tempfile.mkdtemp(prefix=f"page-{job.page_id}-", dir=job.tmp_root))
    stuck = _stuck_file(job)
    stuck.unlink(missing_ok=True)  # one left by an earlier run speaks of that run
    ocr.mark_stuck_in(stuck)
    try:
        return _work(job, workdir)
    except AppError as exc:
        return PageOutcome(job.page_id, error=str(exc))
    except MemoryError:
        return PageOutcome(job.page_id, error="The page is too large to process in memory.")
    except Exception as exc:  # noqa: BLE001 - a worker must report, not die
        return PageOutcome(job.page_id, error=f"{type(exc).__name__}: {exc}")
    finally:
        ocr.mark_stuck_in(None)
        shutil.rmtree(workdir, ignore_errors=True)


def _stuck_file(job: PageJob) -> Path:
    return job.tmp_root / f"stuck-{job.page_id}"


def _start_worker() -> None:
    """Each worker process reads on Tesseract engines kept for its life, and keeps the
    memory it frees for its next picture."""
    ocr.keep_engine()
    keep_freed_memory()


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's ``mallopt`` parameters
HEAP_BLOCKS = 32 << 20  # the most glibc allows to take from the heap (64-bit)


def keep_freed_memory() -> None:
    """A page's pictures (a photo is 36 MB in colour, its straightened page 25 MB, and
    their copies) are made and dropped many times over. By default glibc hands each
    back to the system and the next is faulted in afresh, a page of memory at a time:
    measured on the 12 real photos of the bench, 140 000 page faults and a twentieth of
    the processor time. Here blocks up to ``HEAP_BLOCKS`` come from the heap and
    freed memory stays for the next picture: about 1 000 page faults, the worker's peak
    memory 395 MB instead of 374 MB; all of it goes when the run ends and its workers
    with it. Only with glibc (Linux); elsewhere the allocator is left as it is."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, HEAP_BLOCKS)
        libc.mallopt(_M_TRIM_THRESHOLD, 1 << 30)
    except (OSError, AttributeError):
        return  # not glibc (musl)


def _work(job: PageJob, workdir: Path) -> PageOutcome:
    """Find, straighten and light the page, decide which way up it reads, then read it
    once (see ``core.capture``), twice when it reads poorly (``_read_locally``). The page
    read is kept as the clean image whenever it is not the original as displayed, so the
    text layer always matches its picture."""
    image = render.page_image(job.source, job.kind, job.index, dpi=300)
    scale = _pixels_per_unit(job, image)
    crop = _scaled(job.crop, scale)
    ready = capture.prepare(image, crop=crop, by_user=job.crop_by_user,
                            scan=_declares_scan(job))
    page, result, rotation, applied = _read_once(job, image, ready, workdir)
    if ready.outline is not None and not job.crop_by_user:
        # The outline found may be no page: a card filling the photo, whose picture or
        # chip was taken for one (it reads next to nothing), or a band between a letter's
        # paragraphs, a certificate's panel, a screenshot's box (the rest of the print
        # lies outside it). Then the whole picture is read as it is, and kept when it
        # says more; much more where the outline read well (a receipt on a newspaper).
        # An outline of any size that reads next to nothing with print outside it is no
        # page either (the empty table of a prescription pad made on a computer, its
        # hospital's name and the patient's places above it), when the whole picture
        # reads FOUND_WORDS words surely: a sheet on a patterned cloth reads no words.
        words = _long_words(result)
        small = abs(area(ready.outline)) < FOUND_SHARE * image.width * image.height
        if (small and words < FOUND_WORDS) or ((small or words < FOUND_WORDS)
                                                and pagefind.ink_outside(image, ready.outline)):
            whole = capture.prepare(image, by_user=True)
            again = _read_once(job, image, whole, workdir / "whole")
            if _long_words(again[1]) > (words if words < FOUND_WORDS else WHOLE_MORE * words) \
                    and (small or _sure_words(again[1]) >= FOUND_WORDS):
                ready = whole
                page, result, rotation, applied = again
    if applied % 360 and rotation == applied and not job.crop_by_user \
            and (result.confidence or 0) < TURN_DOUBT:
        page, result, rotation, applied = _as_taken_unless_worse(job, ready, page, result,
                                                                 applied, workdir)
    skew = ready.skew
    if (rotation - applied) % 360 == 0:  # the page as read stands upright
        if ready.outline is None and not ready.skew and not job.crop_by_user:
            levelled = _read_levelled(job, ready, page, result, workdir / "level")
            if levelled is not None:
                page, result, skew = levelled
        result = _read_locally(job, ready, page, result, workdir / "local")
    cleaned = ready.straightened or applied % 360 != 0 or skew != ready.skew
    job.out_dir.mkdir(parents=True, exist_ok=True)
    if cleaned:
        # A photo's page: found on the photo, or the whole photo lit evenly (a scan
        # levelled or only turned keeps its own tones).
        _save_clean(job.out_dir, page, photo=ready.straightened and not ready.skew)
    else:
        for old in job.out_dir.glob(CLEAN_IMAGE + ".*"):
            old.unlink()
    atomic_copy(result.text_layer, job.out_dir / TEXT_LAYER)
    found = None
    if ready.outline is not None and not job.crop_by_user:
        found = _scaled(turned(ready.outline, rotation // 90), 1 / scale)
    boxes: list[list[object]] = [[w.x0, w.y0, w.x1, w.y1, w.confidence, w.text]
                                 for w in result.words]
    return PageOutcome(
        page_id=job.page_id,
        text=result.text,
        words=boxes,
        confidence=result.confidence,
        rotation=rotation % 360,
        skew=skew if skew else result.skew,
        cleaned=cleaned,
        crop=found,
        blank=looks_blank(page, result.text),
        slots=places(page, boxes, scale=_reading_scale(job, ready, page)),
    )


def _long_words(result: ocr.OcrResult) -> int:
    return sum(1 for w in result.words if sum(c.isalpha() for c in w.text) >= 3)


def _read_once(job: PageJob, image: Image.Image, ready: capture.Prepared,
               workdir: Path) -> tuple[Image.Image, ocr.OcrResult, int, int]:
    """Read the prepared page: once, upright or any way up. Returns the page read, the
    reading, the clockwise turn of the image as displayed that stands the page up, and
    the part of that turn already in the page read."""

    def read(picture: Image.Image, name: str, psm: str) -> ocr.OcrResult:
        return _read(job, ready, picture, workdir / name, psm)

    if not ready.sure:
        ready = _detect_way_up(job, ready, workdir)
    elif ready.check:
        ready = _check_way_up(job, ready, workdir)
    page = ready.image
    applied = ready.turn if ready.sure else 0  # clockwise turn already in ``page``
    psm = "3" if ready.sure else "1"
    if not ready.straightened and not applied and (job.kind, job.index) == ("image", 0) \
            and max(image.size) >= SMALL_SIDE \
            and images.tesseract_can_read(job.source) is not None:
        # The file as it is: Tesseract decodes it itself (no re-encoding on the way).
        result = ocr.ocr_file(job.source, workdir / "read", dpi=ocr.estimate_dpi(image),
                              psm=psm, languages=job.languages, timeout=job.timeout,
                              tesseract=job.tesseract)
    else:
        result = read(page, "read", psm)
    # When the reading is too poor to say, the page's lines still say which way they run
    # (when they are enough and sure of it: ``SIDEWAYS_LINES``, ``ACROSS_SURE``): a page
    # whose lines run up and down is not left so (which end is up stays a guess).
    sideways = ready.guess if ready.guess in (90, 270) and ready.lines >= SIDEWAYS_LINES \
        and ready.across >= ACROSS_SURE else 0
    rotation = ready.turn if ready.sure else ocr.trusted_turn(result, otherwise=sideways)
    if ready.sure and ocr.read_wrong_way(result, in_doubt=ready.certainty < IN_DOUBT):
        # The page's own lines misled us (all capitals, a form with little text): let
        # Tesseract find the way up, on the page as it came. Rare. Where it finds the
        # way up already taken, the doubt was the page's poor print, not its turn.
        unturned = capture.turn_image(page, -applied)
        again = read(unturned, "again", "1")
        if again.rotation != applied and ocr.score(again) > ocr.score(result):
            page, applied, result, rotation = unturned, 0, again, ocr.trusted_turn(again)
    rest = (rotation - applied) % 360
    if rest and (ready.straightened or applied):
        # A clean page is kept upright: turn it by what Tesseract found, read it so.
        page = capture.turn_image(page, rest)
        applied = rotation
        result = read(page, "upright", "3")
    return page, result, rotation, applied


def _read(job: PageJob, ready: capture.Prepared, picture: Image.Image, workdir: Path,
          psm: str, *, local: bool = False) -> ocr.OcrResult:
    """Read a picture of the page (grey; a photographed page at reading size, a small
    one enlarged), its word boxes on the picture's own pixels."""
    gray = _gray(picture)
    if ready.outline is not None or job.crop_by_user:
        gray = _for_reading(gray)
    gray, factor = _enlarged(gray)
    result = ocr.ocr_image(gray, workdir, psm=psm, languages=job.languages,
                           timeout=job.timeout, tesseract=job.tesseract,
                           compress=factor > 1, local=local)
    return _shrunk(result, factor)


def _poor(result: ocr.OcrResult, page: Image.Image) -> bool:
    """Whether a page with ink read into few words, unsurely (``POOR_WORDS``,
    ``CLEAR_PAGE``)."""
    return _long_words(result) < POOR_WORDS and (result.confidence or 0) < CLEAR_PAGE \
        and orient.ink_share(page) >= BLANK_INK


def _as_taken_unless_worse(job: PageJob, ready: capture.Prepared, page: Image.Image,
                           result: ocr.OcrResult, applied: int, workdir: Path,
                           ) -> tuple[Image.Image, ocr.OcrResult, int, int]:
    """A page that was turned (by ``applied`` clockwise degrees) to be read, read again as
    the picture shows it; kept so unless the turn read more words surely
    (``_sure_words``). Pictures of papers are taken upright far more often than not
    (143 of the 147 of the blind sets' photos that the way-up bench holds), so a turn
    is taken only when the reading speaks for it: one that reads nothing surely either
    way is no reason to show the page upside down. Only a turned page that read with
    the low confidence of nonsense (``TURN_DOUBT``) is read again: of the 338 pictures
    of blind sets 50a-59c, 13 were turned; 6 of them were upright (an exam certificate,
    a restaurant bill, four handwritten or foreign pages), and 4 of those (read at 36-44)
    now stay so; the 7 turned rightly keep their turn (two of them, sideways
    handwriting and an ID card's back, read at 38 and 40, are read again)."""
    as_taken = capture.turn_image(page, -applied)
    try:
        again = _read(job, ready, as_taken, workdir / "as-taken", "3")
    except AppError:  # out of time, or Tesseract failed: the turned reading stands
        return page, result, applied, applied
    if _sure_words(again) > _sure_words(result) or _sure_words(result) == 0:
        return as_taken, again, 0, 0
    return page, result, applied, applied


def _read_levelled(job: PageJob, ready: capture.Prepared, page: Image.Image,
                   result: ocr.OcrResult, workdir: Path,
                   ) -> tuple[Image.Image, ocr.OcrResult, float] | None:
    """A page that read poorly, levelled by the slope of its lines (``STEEP_FROM``) and
    read again: the levelled page, its reading and the clockwise degrees it was turned,
    when that reads more words surely; else None."""
    if not _poor(result, page):
        return None
    tilt = orient.steep_tilt(page)
    if abs(tilt) < STEEP_FROM:
        return None
    levelled = capture.level(page, tilt)
    try:
        again = _read(job, ready, levelled, workdir, "3")
    except AppError:  # out of time, or Tesseract failed: the first reading stands
        return None
    return (levelled, again, tilt) if _sure_words(again) > _sure_words(result) else None


def _read_locally(job: PageJob, ready: capture.Prepared, page: Image.Image,
                  result: ocr.OcrResult, workdir: Path) -> ocr.OcrResult:
    """A page that read poorly (fewer than ``POOR_WORDS`` words, less surely than
    ``CLEAR_PAGE``) but has ink is read once more with black and white decided locally
    (``ocr.run_tesseract``'s ``local``), and that reading is kept when it reads more
    words surely (``_sure_words``). Print on a pattern (an ID card), a dim photo, a
    faint form gain most; a short clear page (a receipt) is not read twice."""
    if not _poor(result, page):
        return result
    try:
        again = _read(job, ready, page, workdir, "3", local=True)
    except AppError:  # out of time, or Tesseract failed: the first reading stands
        return result
    return again if _sure_words(again) > _sure_words(result) else result


def _sure_words(result: ocr.OcrResult) -> int:
    """Words of three letters and more read with a confidence of ``SURE_WORD``."""
    return sum(1 for w in result.words
               if sum(c.isalpha() for c in w.text) >= 3 and w.confidence >= SURE_WORD)


def _check_way_up(job: PageJob, ready: capture.Prepared,
                  workdir: Path) -> capture.Prepared:
    """The page's lines said which way up it reads, but most of them are capitals
    (a receipt), and the few others can say it upside down: the way-up trial reads two
    small squares of its text as turned and turned over (one short Tesseract run), and
    the page is turned over only when that reads clearly better as words."""
    scores = ocr.turn_trial(orient.trial_squares(ready.image), workdir / "check",
                            turns=(0, 180), language=job.languages.split("+")[0],
                            timeout=job.timeout, tesseract=job.tesseract)
    if scores[180] - scores[0] >= TRIAL_SURE:
        return replace(ready, image=capture.turn_image(ready.image, 180),
                       turn=(ready.turn + 180) % 360, certainty=IN_DOUBT)
    return ready


def _detect_way_up(job: PageJob, ready: capture.Prepared,
                   workdir: Path) -> capture.Prepared:
    """The page's own lines left the way up unsure. First a trial: two small squares of
    its text read both ways along the direction its lines run (the turn they hint and
    its opposite), in one short Tesseract run (``ocr.turn_trial``; all four quarter turns
    cost half as much again, for nothing where the direction is sure); the turn that
    reads clearly best as words is taken. Where the direction too is unsure
    (``ACROSS_SURE``), all four are tried: a receipt photographed upright whose lines
    were taken to run up and down was turned sideways. Else Tesseract's orientation
    detection on a small copy whose text is the size it reads best: sure when it is sure
    on its own (``OSD_SURE``) or confirms the way the lines hint (``OSD_AGREES``);
    sideways handwriting can make it find nothing, so it looks once more at the copy
    turned as the lines hint. Else still unsure, and the reading (``--psm 1``) decides."""
    ways: tuple[int, ...] = (ready.guess, (ready.guess + 180) % 360)  # the lines run so
    if ready.across < ACROSS_SURE:  # unless that too is unsure
        ways += ((ready.guess + 90) % 360, (ready.guess + 270) % 360)
    scores = ocr.turn_trial(orient.trial_squares(ready.image), workdir / "trial",
                            turns=ways, language=job.languages.split("+")[0],
                            timeout=job.timeout, tesseract=job.tesseract)
    best, second = sorted(scores.values(), reverse=True)[:2]
    if best - second >= TRIAL_SURE:
        turn = max(scores, key=lambda turn: scores[turn])
        return replace(ready, image=capture.turn_image(ready.image, turn), turn=turn,
                       sure=True, certainty=IN_DOUBT)
    for start in dict.fromkeys((0, ready.guess)):
        hinted = capture.turn_image(ready.image, start)
        copy = orient.for_detection(hinted)
        # A scan's copy enlarged is clean print, kept small as a PNG; a photo's is noise
        # that hardly compresses (``ocr._picture_file``).
        more, confidence = ocr.detect_turn(
            copy, workdir / f"way{start}", timeout=job.timeout, tesseract=job.tesseract,
            compress=copy.width > hinted.width and not ready.straightened)
        turn = (start + more) % 360
        if confidence >= (OSD_AGREES if turn == ready.guess else OSD_SURE):
            return replace(ready, image=capture.turn_image(hinted, more), turn=turn,
                           sure=True, certainty=min(1.0, confidence / OSD_CERTAIN))
    return ready


def _for_reading(page: Image.Image) -> Image.Image:
    """A photographed page, straightened, as Tesseract reads it: at most ``READ_SIDE``
    pixels long (about 220 dpi on Letter paper). A phone's picture holds no finer detail
    than that, and the reading costs a fifth less (measured on the real photos of
    bench/bench_capture.py: the same words, same confidence). The text layer is laid
    over the kept 300-dpi page at its own size, so nothing else changes."""
    longest = max(page.size)
    if longest <= READ_SIDE:
        return page
    scale = READ_SIDE / longest
    small = page.resize((round(page.width * scale), round(page.height * scale)),
                        Image.Resampling.LANCZOS)
    dpi = page.info.get("dpi")
    if dpi:
        small.info["dpi"] = (dpi[0] * scale, dpi[1] * scale)
    return small


def _reading_scale(job: PageJob, ready: capture.Prepared, page: Image.Image) -> float:
    """How many times larger ``page`` is than the picture its words were read on: a
    photographed page is read smaller (``_for_reading``)."""
    if ready.outline is None and not job.crop_by_user:
        return 1.0
    return max(1.0, max(page.size) / READ_SIDE)


def _enlarged(page: Image.Image) -> tuple[Image.Image, int]:
    """A small picture enlarged for reading (see ``SMALL_SIDE``), and by how much (1: as
    it is). Its resolution grows with it, so the text layer keeps the page's frame."""
    longest = max(page.size)
    if longest >= SMALL_SIDE:
        return page, 1
    factor = min(MAX_ENLARGE, -(-ENLARGE_TO // longest))
    big = page.resize((page.width * factor, page.height * factor), Image.Resampling.LANCZOS)
    big.info["dpi"] = (ocr.estimate_dpi(page) * factor,) * 2
    return big, factor


def _shrunk(result: ocr.OcrResult, factor: int) -> ocr.OcrResult:
    """The reading of a picture enlarged ``factor`` times, its word boxes put back on the
    picture's own pixels."""
    if factor == 1:
        return result
    return replace(result, words=tuple(
        replace(w, x0=w.x0 // factor, y0=w.y0 // factor, x1=-(-w.x1 // factor),
                y1=-(-w.y1 // factor)) for w in result.words))


def looks_blank(page: Image.Image, text: str) -> bool:
    """A page with (almost) no ink and no text read: the blank back of a sheet."""
    return len(text.strip()) < 10 and orient.ink_share(page) < BLANK_INK


def _pixels_per_unit(job: PageJob, image: Image.Image) -> float:
    """Pixels of the drawn page per unit of its outline: 1 for an image (its outline is
    in its own pixels), the drawing's dpi / 72 for a PDF page (in points)."""
    if job.kind != "pdf":
        return 1.0
    dpi = image.info.get("dpi", (300, 300))
    return float(dpi[0]) / 72


def _scaled(quad: Quad | None, factor: float) -> Quad | None:
    if quad is None or factor == 1.0:
        return quad
    return as_quad([(x * factor, y * factor) for x, y in quad])


def _declares_scan(job: PageJob) -> bool:
    """An image file that states a scanner's resolution and names no camera, or a PDF
    page made on a computer (``render.made_on_a_computer``): either is a page edge to
    edge, never a photo of a sheet to find."""
    if job.kind == "pdf":
        return render.made_on_a_computer(job.source, job.index)
    if job.kind != "image":
        return False
    return images.declares_scan(job.source)


def _gray(image: Image.Image) -> Image.Image:
    gray = image if image.mode in ("L", "1") else image.convert("L")
    gray.info["dpi"] = image.info.get("dpi")
    return gray


def _save_clean(out_dir: Path, image: Image.Image, *, photo: bool) -> None:
    data = images.encode_for_pdf(image, photo=photo)
    suffix = ".jpg" if data[:3] == b"\xff\xd8\xff" else ".png"
    for old in out_dir.glob(CLEAN_IMAGE + ".*"):
        old.unlink()
    atomic_write_bytes(out_dir / (CLEAN_IMAGE + suffix), data)


def clean_image(out_dir: Path) -> Path | None:
    """The straightened image of a page, when processing made one."""
    return next(iter(sorted(out_dir.glob(CLEAN_IMAGE + ".*"))), None)


def worker_count() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores)


def run_jobs(
    jobs: Iterable[PageJob],
    on_outcome: Callable[[PageOutcome], None],
    *,
    workers: int | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    on_start: Callable[[PageJob], None] = lambda job: None,
) -> bool:
    """Run ``jobs`` in worker processes; call ``on_outcome`` in this thread as each ends.

    At most two jobs per worker are in flight, so a stop request takes effect quickly
    and the queue never holds more than a few pages. A worker that dies (MuPDF aborting
    on a hostile page, the system killing it) breaks the pool: a new one is started, and
    the pages that were in flight are run again one at a time, so that only a page that
    kills its worker on its own fails. A worker whose reading was stuck past its time
    was ended by its watchdog (``core.tessapi``): that page fails at once, as out of
    time. Returns False when stopped early.
    """
    queue = list(jobs)
    if not queue:
        return True
    count = min(workers or worker_count(), len(queue))
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    in_flight: dict[Future[PageOutcome], PageJob] = {}
    suspects: list[PageJob] = []  # in flight when a worker died: run alone
    alone = False  # the one job in flight is a suspect, alone

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=count, mp_context=context,
                                   initializer=_start_worker)

    pool = new_pool()

    def submit(job: PageJob) -> bool:
        try:
            in_flight[pool.submit(run_page_job, job)] = job
        except BrokenProcessPool:  # a worker died just now; its futures say which
            return False
        return True

    try:
        while queue or in_flight or suspects:
            if getattr(pool, "_broken", False) and not in_flight:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
            if not in_flight and suspects and not should_stop():
                alone = submit(suspects[0])
                if alone:
                    suspects.pop(0)
            while (not suspects and not alone and queue and len(in_flight) < 2 * count
                   and not should_stop()):
                on_start(queue[0])
                if not submit(queue[0]):
                    break
                queue.pop(0)
            if not in_flight:
                if not should_stop() and (suspects or queue):
                    continue  # the pool broke as work was handed to it: a new one
                break
            done, _pending = wait(in_flight, return_when=FIRST_COMPLETED, timeout=0.5)
            for future in done:
                job = in_flight.pop(future)
                if isinstance(future.exception(), BrokenProcessPool) and not alone \
                        and not _stuck_file(job).exists():
                    suspects.append(job)
                else:
                    on_outcome(_outcome(job, future))
            if not in_flight:
                alone = False
            if should_stop():
                for future in list(in_flight):
                    if future.cancel():
                        in_flight.pop(future)
    finally:
        for future in in_flight:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
    return not queue and not in_flight and not suspects


def _outcome(job: PageJob, future: Future[PageOutcome]) -> PageOutcome:
    try:
        return future.result()
    except BrokenProcessPool:
        stuck = _stuck_file(job)
        if stuck.exists():  # its reading ran out of time: the watchdog ended the worker
            stuck.unlink(missing_ok=True)
            return PageOutcome(job.page_id, error=str(ocr.timed_out(job.timeout)))
        return PageOutcome(job.page_id, error=_(
            "Reading this page stopped the program that reads pages; the file may be "
            "damaged. Scan or save the document again, then add the new file."))
    except Exception as exc:  # noqa: BLE001 - a worker must report, not die
        return PageOutcome(job.page_id, error=f"The page worker stopped unexpectedly ({exc}).")
