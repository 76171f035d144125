"""Page work — render, read, turn upright, straighten — run in parallel worker processes.

Each page is one ``PageJob``: a small picklable snapshot (paths and settings, never a
database handle). Workers render and OCR the page and write derived files; results come
back to the parent, which alone writes to the database (OCRmyPDF's pattern). Processes,
not threads: PyMuPDF holds the GIL while it renders (FINDINGS), and one Tesseract per core
is the fastest arrangement measured.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from desktop_app.core import images, ocr, render
from desktop_app.core.files import atomic_copy, atomic_write_bytes
from desktop_app.errors import AppError
from desktop_app.i18n import _

# Straighten pages skewed by at least this much (degrees); below it Tesseract copes.
STRAIGHTEN_FROM = 1.0
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


def run_page_job(job: PageJob) -> PageOutcome:
    """Do all the work of one page. Runs in a worker process; never raises."""
    workdir = Path(tempfile.mkdtemp(prefix=f"page-{job.page_id}-", dir=job.tmp_root))
    try:
        return _work(job, workdir)
    except AppError as exc:
        return PageOutcome(job.page_id, error=str(exc))
    except MemoryError:
        return PageOutcome(job.page_id, error="The page is too large to process in memory.")
    except Exception as exc:  # noqa: BLE001 - a worker must report, not die
        return PageOutcome(job.page_id, error=f"{type(exc).__name__}: {exc}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _work(job: PageJob, workdir: Path) -> PageOutcome:
    image: Image.Image | None = None
    as_is = images.tesseract_can_read(job.source) if (job.kind, job.index) == ("image", 0) \
        else None
    if as_is is not None:
        result = ocr.ocr_file(job.source, workdir / "first", dpi=ocr.estimate_dpi(as_is),
                              languages=job.languages, timeout=job.timeout,
                              tesseract=job.tesseract)
    else:
        image = render.page_image(job.source, job.kind, job.index, dpi=300)
        result = ocr.ocr_image(_gray(image), workdir / "first", languages=job.languages,
                               timeout=job.timeout, tesseract=job.tesseract)
    cleaned = False
    detected_skew = result.skew
    rotation = result.rotation  # as detected on the original; the clean image is upright
    if abs(result.skew) >= STRAIGHTEN_FROM:
        if image is None:
            image = render.page_image(job.source, job.kind, job.index)
        # Turn upright and straighten in one go (PIL turns counter-clockwise).
        straight = image.rotate(-(result.rotation + result.skew),
                                resample=Image.Resampling.BICUBIC, expand=True,
                                fillcolor="white")
        second = ocr.ocr_image(_gray(straight), workdir / "second", languages=job.languages,
                               timeout=job.timeout, tesseract=job.tesseract)
        if ocr.score(second) >= ocr.score(result):
            result, cleaned = second, True
            _save_clean(job.out_dir, straight)
    if not cleaned:
        for old in job.out_dir.glob(CLEAN_IMAGE + ".*"):
            old.unlink()
    job.out_dir.mkdir(parents=True, exist_ok=True)
    atomic_copy(result.text_layer, job.out_dir / TEXT_LAYER)
    return PageOutcome(
        page_id=job.page_id,
        text=result.text,
        words=[[w.x0, w.y0, w.x1, w.y1, w.confidence, w.text] for w in result.words],
        confidence=result.confidence,
        rotation=rotation,
        skew=detected_skew,
        cleaned=cleaned,
    )


def _gray(image: Image.Image) -> Image.Image:
    gray = image if image.mode in ("L", "1") else image.convert("L")
    gray.info["dpi"] = image.info.get("dpi")
    return gray


def _save_clean(out_dir: Path, image: Image.Image) -> None:
    data = images.encode_for_pdf(image)
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
    kills its worker on its own fails. Returns False when stopped early.
    """
    queue = list(jobs)
    if not queue:
        return True
    count = min(workers or worker_count(), len(queue))
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    in_flight: dict[Future[PageOutcome], PageJob] = {}
    suspects: list[PageJob] = []  # in flight when a worker died: run alone
    alone = False  # the one job in flight is a suspect, alone
    pool = ProcessPoolExecutor(max_workers=count, mp_context=context)

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
                pool = ProcessPoolExecutor(max_workers=count, mp_context=context)
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
                if isinstance(future.exception(), BrokenProcessPool) and not alone:
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
        return PageOutcome(job.page_id, error=_(
            "Reading this page stopped the program that reads pages; the file may be "
            "damaged. Scan or save the document again, then add the new file."))
    except Exception as exc:  # noqa: BLE001 - a worker must report, not die
        return PageOutcome(job.page_id, error=f"The page worker stopped unexpectedly ({exc}).")
