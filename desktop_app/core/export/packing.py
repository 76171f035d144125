"""Make the smaller pictures of a packet's scanned pages before it is assembled
(``compress.py`` does one page), in parallel worker processes when there are many.

Which pages: every image page, and every PDF page that was read by OCR (it had no text
of its own: a scan). Born-digital PDF pages are left as they are. A page whose picture
would not get smaller (a JPEG already small, a scan already in a 1-bit code) keeps its
own. A page whose file cannot be read is left to the normal path, which says which
exhibit and page it is.

Packing is the slow part of an export (~0.1-0.4 s a page, most of it decoding the
original), so results are kept in each page's cache folder and reused: exporting again,
or for another destination with the same settings, costs nothing.
"""

from __future__ import annotations

import math
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from desktop_app.core.export.compress import Packed, cached, pack
from desktop_app.core.export.pages import image_facts, image_scale, pdf_scale
from desktop_app.core.export.plan import PacketPlan, PageSource
from desktop_app.core.export.profiles import Compression, Profile
from desktop_app.core.images import plain_jpeg
from desktop_app.core.processing import worker_count
from desktop_app.i18n import _

POOL_FROM = 6  # fewer pages than this are packed in this process (a worker costs ~0.5 s)
Report = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PackJob:
    source: PageSource
    width_in: float  # the picture's size on the packet page
    height_in: float
    original_bytes: int | None  # what its own picture costs, when known


def packable(source: PageSource) -> bool:
    return source.kind == "image" or source.text_layer is not None


def _job(source: PageSource) -> PackJob | None:
    """What packing ``source`` takes; None when its file cannot be read (the normal
    path will say so)."""
    try:
        if source.kind == "image":
            width, height, dpi = image_facts(source)
            scale = image_scale(width, height, dpi, source.rotation, source.skew)
            facts = plain_jpeg(source.path) if source.index == 0 else None
            original = source.path.stat().st_size if facts is not None else None
            return PackJob(source, width * scale / 72, height * scale / 72, original)
        with pymupdf.open(source.path) as doc:
            page = doc[source.index]
            shown = page.rect
            scale = pdf_scale(shown.width, shown.height, source.rotation, source.skew)
            used = sum(len(doc.xref_stream_raw(img[0]) or b"") for img in page.get_images())
            return PackJob(source, shown.width * scale / 72, shown.height * scale / 72,
                           used or None)
    except Exception:  # noqa: BLE001 - any unreadable file: the normal path reports it
        return None


def _run(job: PackJob, settings: Compression) -> Packed | None:
    """Pack one page (in a worker process); None when its own picture is as small, or
    when it cannot be read."""
    try:
        packed = pack(job.source, settings, job.width_in, job.height_in)
    except Exception:  # noqa: BLE001 - the normal path reports an unreadable page
        return None
    return _worth_it(job, packed)


def _worth_it(job: PackJob, packed: Packed) -> Packed | None:
    if job.original_bytes is not None and len(packed.data) >= job.original_bytes:
        return None
    return packed


def pack_plan(plan: PacketPlan, settings: Compression, report: Report | None = None,
              workers: int | None = None) -> dict[PageSource, Packed]:
    """{source: its smaller picture} for every page of ``plan`` that gets one."""
    sources = list(dict.fromkeys(
        s for tab in plan.tabs for ex in tab.exhibits for s in (*ex.pages, *ex.translation)
        if packable(s)))
    found: dict[PageSource, Packed] = {}
    todo: list[PackJob] = []
    for source in sources:
        job = _job(source)
        if job is None:
            continue
        hit = cached(source, settings)
        if hit is not None:
            kept = _worth_it(job, hit)
            if kept is not None:
                found[source] = kept
        else:
            todo.append(job)
    label = _("Making the scanned pages smaller")
    if report and todo:
        report(0, len(todo), label)
    count = min(workers or worker_count(), len(todo))
    done = 0
    if count > 1 and len(todo) >= POOL_FROM and not multiprocessing.current_process().daemon:
        context = multiprocessing.get_context("spawn")
        try:
            with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
                futures = {pool.submit(_run, job, settings): job for job in todo}
                for future in as_completed(futures):
                    packed = future.result()
                    job = futures[future]
                    if packed is not None:
                        found[job.source] = packed
                    todo.remove(job)
                    done += 1
                    if report:
                        report(done, done + len(todo), label)
        except BrokenProcessPool:  # a worker died (memory?): the rest here, one by one
            pass
    for job in list(todo):
        packed = _run(job, settings)
        if packed is not None:
            found[job.source] = packed
        done += 1
        if report:
            report(done, done + len(todo) - 1, label)
        todo.remove(job)
    return found


# --- what the packet will weigh ----------------------------------------------------------

GUESS_SCAN = 45_000  # a scanned page not made smaller yet, once it is (measured: bench)
GUESS_FRONT = 15_000  # a generated page (cover, index, divider)
GUESS_FILE = 40_000  # fonts and structure a file carries


@dataclass(frozen=True)
class Estimate:
    bytes: int
    parts: int  # files, when the destination limits their size
    exact: bool  # every scanned page's smaller picture was already made


def estimate(plan: PacketPlan, profile: Profile) -> Estimate:
    """The size the packet is expected to have for ``profile``, without making
    anything: the pictures already made (kept from an earlier export) count at their
    size, the others at a measured typical size, born-digital pages at their share of
    their file."""
    exact = True
    total = GUESS_FILE
    page_counts: dict[Path, int] = {}
    for tab in plan.tabs:
        total += GUESS_FRONT  # its divider
        for ex in tab.exhibits:
            total += GUESS_FRONT if ex.certificate else 0
            for source in (*ex.pages, *ex.translation):
                total += _file_size(source.text_layer)
                own = _share(source, page_counts)
                if profile.compression and packable(source):
                    hit = cached(source, profile.compression)
                    if hit is None:
                        exact = False
                    total += min(own, len(hit.data) if hit else GUESS_SCAN)
                else:
                    total += own
    total += 2 * GUESS_FRONT  # cover, index
    written = plan.written  # cover letter, statement (with translation, certificates), service
    total += GUESS_FRONT * sum((written.letter is not None, written.service is not None,
                                2 * (written.statement is not None)))
    limit = profile.max_bytes
    parts = 1 if not limit else max(1, math.ceil(total / (limit * 0.95 - GUESS_FILE)))
    return Estimate(int(total + (parts - 1) * GUESS_FILE), parts, exact)


def _file_size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0


def _share(source: PageSource, page_counts: dict[Path, int]) -> int:
    size = _file_size(source.path)
    if source.kind != "pdf":
        return size
    count = page_counts.get(source.path)
    if count is None:
        try:
            with pymupdf.open(source.path) as doc:
                count = doc.page_count
        except Exception:  # noqa: BLE001 - an unreadable file is reported on export
            count = 1
        page_counts[source.path] = count
    return size // max(1, count)
