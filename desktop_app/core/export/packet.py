"""Build the packet PDF: cover, index of exhibits, then each tab's divider and exhibits.

The steps:

1. Lay out the index (its page count is independent of the page numbers it prints), then
   the cover (its contents summary prints the total, so it is drawn until its own page
   count is stable), and number every page (``numbering.py``).
2. Draw the generated pages into a scratch document and subset its fonts, so names in
   any script cost a few kilobytes.
3. Assemble the packet page by page (``compose.py`` builds each page in one pass):
   generated pages are shown from the scratch document, exhibit pages placed by
   ``pages.py``; every page is stamped as it is made and reported to ``progress``.
4. Link the index rows, add the bookmarks, clear the metadata, and write the file
   atomically (temp file, fsync, rename): a failure leaves any older packet untouched.

Speed (``bench/bench_export.py``, 500 pages): the target is at most 1.5x the time raw
PyMuPDF takes to insert the same pages and save them the same way.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from pathlib import Path

import pymupdf

from desktop_app.core import redact
from desktop_app.core.controls import for_pdf_fields
from desktop_app.core.export.compose import Composer, place
from desktop_app.core.export.cover import draw_cover
from desktop_app.core.export.divider import draw_divider
from desktop_app.core.export.extras import (
    chronology_page_count,
    draw_certificate,
    draw_chronology,
)
from desktop_app.core.export.index import PlacedRow, draw_index, layout_index
from desktop_app.core.export.numbering import PageMap, number_pages
from desktop_app.core.export.pages import (
    Footer,
    ImageCache,
    SourceCache,
    SourceUnreadable,
    add_image_page,
    add_pdf_page,
)
from desktop_app.core.export.plan import Exhibit, PacketPlan, PacketResult, PageSource, Progress
from desktop_app.core.export.stamps import FONT_KEY, FONT_OBJECT, Stamper
from desktop_app.core.export.typeset import Fonts
from desktop_app.core.files import atomic_path, remove_stale_temps, sha256_file, storage_error
from desktop_app.errors import ExportError
from desktop_app.i18n import _

MAX_LAYOUT_ROUNDS = 5
# How the packet is saved. Garbage collection 1 drops every object nothing refers to
# (what privacy needs) and 2 renumbers the rest; 3 would also merge identical objects,
# which on a 500-page packet saved a few hundred bytes and cost 0.3-0.5 s (MuPDF compares
# objects pairwise). Object streams pack the small objects into compressed streams: a
# slightly smaller file, and a quarter of the write calls through Python.
SAVE_OPTIONS: dict[str, int] = {"garbage": 2, "deflate": 1, "use_objstms": 1}


def build_packet(
    plan: PacketPlan, out_path: Path, progress: Progress | None = None
) -> PacketResult:
    """Write the packet described by ``plan`` to ``out_path`` and describe what was written.

    Raises ``ExportError`` for a plan that cannot be exported or a source that cannot be
    read (the message names the exhibit and page), ``StorageError`` when the file cannot
    be written. Either way nothing is left at ``out_path`` but what was there before.
    """
    _check_plan(plan)
    plan = for_pdf_fields(plan, keep=(PageSource,))  # names from elsewhere: no controls
    plan = redact.prepare(plan)
    report = progress or _no_progress
    fonts = Fonts()
    with pymupdf.open() as front, pymupdf.open() as out:
        page_map, index_pages, chronology_links = _draw_front(front, plan, fonts)
        _assemble(out, front, plan, page_map, report)
        _link_index(out, index_pages, page_map)
        _link_chronology(out, chronology_links, page_map)
        out.set_toc(_bookmarks(plan, page_map))
        _clear_metadata(out)
        report(page_map.total, page_map.total, _("Saving the packet"))
        digest = _save(out, out_path)
    return PacketResult(
        path=out_path,
        page_count=page_map.total,
        sha256=digest,
        exhibits=page_map.all_exhibits(),
    )


def _clear_metadata(out: pymupdf.Document) -> None:
    """No author, title, dates or software names; no XMP. (A new MuPDF document also carries
    an /Info dictionary inside its catalog, naming MuPDF: it goes too.)"""
    out.set_metadata({})
    out.del_xml_metadata()
    out.xref_set_key(out.pdf_catalog(), "Info", "null")


def _no_progress(done: int, total: int, label: str) -> None:
    """Used when the caller does not follow progress."""


def _check_plan(plan: PacketPlan) -> None:
    for tab in plan.tabs:
        for exhibit in tab.exhibits:
            if not exhibit.pages:
                raise ExportError(
                    _("Exhibit {exhibit} has no pages.").format(exhibit=exhibit.exhibit_id),
                    _("Add its pages or remove the exhibit, then export again."),
                )
            for number, source in enumerate(exhibit.pages, start=1):
                if source.rotation % 90:
                    raise ExportError(
                        _(
                            "Exhibit {exhibit}, page {page}: a page can only be turned by a "
                            "quarter turn (90, 180 or 270 degrees), not {angle}."
                        ).format(exhibit=exhibit.exhibit_id, page=number, angle=source.rotation),
                        _("Turn the page again, then export again."),
                    )


def _draw_front(
    front: pymupdf.Document, plan: PacketPlan, fonts: Fonts
) -> tuple[PageMap, list[list[PlacedRow]], list[list[tuple[pymupdf.Rect, int]]]]:
    """Cover, index, chronology, dividers and translators' certificates, in that order,
    into ``front``; fonts subset."""
    index_pages = layout_index(plan, fonts)
    chronology_pages = chronology_page_count(plan)
    cover_pages = 1
    for _round in range(MAX_LAYOUT_ROUNDS):
        page_map = number_pages(plan, cover_pages, len(index_pages), chronology_pages)
        drawn = draw_cover(front, plan, fonts, page_map)
        if drawn == cover_pages:
            break
        front.delete_pages(0, front.page_count - 1)
        cover_pages = drawn
    else:  # never seen: the cover's length would have to flip with the page total
        page_map = number_pages(plan, front.page_count, len(index_pages), chronology_pages)
    draw_index(front, plan, fonts, index_pages, page_map)
    chronology_links = draw_chronology(front, plan, fonts, page_map)
    for tab, placed in zip(plan.tabs, page_map.exhibits, strict=True):
        draw_divider(front, tab, placed, fonts)
    for tab in plan.tabs:
        for exhibit in tab.exhibits:
            if exhibit.certificate is not None:
                draw_certificate(front, exhibit.certificate, exhibit.exhibit_id, fonts)
    front.subset_fonts()
    return page_map, index_pages, chronology_links


def _assemble(
    out: pymupdf.Document,
    front: pymupdf.Document,
    plan: PacketPlan,
    page_map: PageMap,
    report: Progress,
) -> None:
    total = page_map.total
    stamper = Stamper(total, plan.bates_prefix, plan.bates_start)
    composer = Composer(out, FONT_KEY, FONT_OBJECT)
    front_labels = (
        [_("Cover")] * page_map.cover_pages
        + [_("Index of Exhibits")] * page_map.index_pages
        + [_("Chronology")] * page_map.chronology_pages
    )
    for number, label in enumerate(front_labels):
        _show_front_page(composer, front, number, stamper)
        report(composer.page_count, total, label)
    first_divider = len(front_labels)
    next_certificate = first_divider + len(plan.tabs)
    cache = SourceCache(composer, (s for tab in plan.tabs for ex in tab.exhibits
                                   for s in (*ex.pages, *ex.translation)))
    images = ImageCache()
    try:
        for t, tab in enumerate(plan.tabs):
            _show_front_page(composer, front, first_divider + t, stamper)
            report(composer.page_count, total, _("Tab {letter}").format(letter=tab.letter))
            for exhibit in tab.exhibits:
                parts = ((exhibit.exhibit_id, exhibit.pages),
                         (exhibit.translation_id, exhibit.translation))
                for label_id, sources in parts:
                    for number, source in enumerate(sources, start=1):

                        def footer(w: float, h: float, exhibit_id: str = label_id) -> bytes:
                            return stamper.footer(w, h, composer.page_count + 1, exhibit_id)

                        _exhibit_page(composer, cache, images, exhibit, number, source, footer,
                                      label_id)
                        report(
                            composer.page_count,
                            total,
                            _("Exhibit {exhibit}, page {page}").format(
                                exhibit=label_id, page=number
                            ),
                        )
                if exhibit.certificate is not None:
                    _show_front_page(composer, front, next_certificate, stamper,
                                     exhibit.translation_id)
                    next_certificate += 1
                    report(composer.page_count, total, _("Certificate of Translation"))
    finally:
        cache.close()


def _show_front_page(
    composer: Composer,
    front: pymupdf.Document,
    number: int,
    stamper: Stamper,
    exhibit_id: str | None = None,
) -> None:
    """Page ``number`` of the generated pages, as it is, stamped."""
    form = composer.form(front, number)
    width, height = form.size
    drawn = place(form.crop, pymupdf.Rect(0, 0, width, height), -form.rotation, True)
    footer = stamper.footer(width, height, composer.page_count + 1, exhibit_id)
    composer.add_page(width, height, [(form.ref, drawn)], footer)


def _exhibit_page(
    composer: Composer,
    cache: SourceCache,
    images: ImageCache,
    exhibit: Exhibit,
    number: int,
    source: PageSource,
    footer: Footer,
    label_id: str = "",
) -> None:
    try:
        if source.kind == "pdf":
            try:
                add_pdf_page(composer, cache, source, footer)
            finally:
                cache.done_with(source.path)
        else:
            add_image_page(composer, images, source, footer)
    except SourceUnreadable as exc:
        raise ExportError(
            _("Exhibit {exhibit}, page {page} ({file}): {problem}.").format(
                exhibit=label_id or exhibit.exhibit_id,
                page=number,
                file=source.path.name,
                problem=str(exc).rstrip("."),
            ),
            _(
                "Check that the original is still in the case, or remove this page from the "
                "exhibit, then export again."
            ),
        ) from exc


def _link_index(
    out: pymupdf.Document, index_pages: list[list[PlacedRow]], page_map: PageMap
) -> None:
    """Every index row is a link: tab rows to their divider, exhibit rows to page one."""
    for number, rows in enumerate(index_pages):
        page = out[page_map.cover_pages + number]
        for placed in rows:
            row = placed.row
            if row.exhibit is None:
                target = page_map.dividers[row.tab]
            else:
                target = page_map.exhibits[row.tab][row.exhibit].first_page
            page.insert_link(
                {
                    "kind": pymupdf.LINK_GOTO,
                    "from": placed.rect,
                    "page": target - 1,
                    "to": pymupdf.Point(0, 0),
                    "zoom": 0,
                }
            )


def _link_chronology(
    out: pymupdf.Document, links: list[list[tuple[pymupdf.Rect, int]]], page_map: PageMap
) -> None:
    """Every chronology row is a link to its exhibit's first page."""
    for number, rows in enumerate(links):
        page = out[page_map.chronology_first - 1 + number]
        for rect, target in rows:
            page.insert_link({"kind": pymupdf.LINK_GOTO, "from": rect, "page": target - 1,
                              "to": pymupdf.Point(0, 0), "zoom": 0})


def _bookmarks(plan: PacketPlan, page_map: PageMap) -> list[list[object]]:
    toc: list[list[object]] = [
        [1, _("Cover"), 1],
        [1, _("Index of Exhibits"), page_map.index_first],
    ]
    if page_map.chronology_pages:
        toc.append([1, _("Chronology"), page_map.chronology_first])
    for t, tab in enumerate(plan.tabs):
        toc.append([1, f"{tab.letter}. {tab.title}", page_map.dividers[t]])
        for exhibit, placed in zip(tab.exhibits, page_map.exhibits[t], strict=True):
            toc.append([2, f"{exhibit.exhibit_id} {exhibit.title}", placed.first_page])
            if exhibit.translation:
                toc.append([3, exhibit.translation_id, placed.first_page + len(exhibit.pages)])
    return toc


def _save(out: pymupdf.Document, out_path: Path) -> str:
    """Write the packet atomically (MuPDF's own file writer, the fast path); return its
    SHA-256, read back from the finished temp file before it takes the packet's name."""
    remove_stale_temps(out_path.parent)  # what an export killed mid-write left
    with atomic_path(out_path) as tmp:
        try:
            out.save(str(tmp), **SAVE_OPTIONS)
        except (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase) as exc:
            if _disk_full(exc):
                raise storage_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)),
                                    out_path) from exc
            raise ExportError(
                _("The packet could not be written ({error}).").format(error=exc),
                _(
                    "Export again; if it fails again, export the tabs one at a time to "
                    "find the page that causes it."
                ),
            ) from exc
        return _hash_while_flushing(tmp)


def _hash_while_flushing(path: Path) -> str:
    """SHA-256 of the finished file, read while a second thread flushes it to the disk:
    both wait on the system rather than on Python, so the two overlap (0.1 s each for a
    130 MB packet), and ``atomic_path``'s own fsync then finds nothing left to write (it
    still reports any failure). No handle stays open across the rename."""
    fd = os.open(path, os.O_RDONLY)
    try:
        flusher = threading.Thread(target=_flush, args=(fd,), name="packet-fsync")
        flusher.start()
        try:
            return sha256_file(path)
        finally:
            flusher.join()
    finally:
        os.close(fd)


def _flush(fd: int) -> None:
    with contextlib.suppress(OSError):  # atomic_path's fsync raises it
        os.fsync(fd)


def _disk_full(exc: Exception) -> bool:
    """MuPDF reports a full disk as a generic error carrying the system's words."""
    text = str(exc).lower()
    return os.strerror(errno.ENOSPC).lower() in text or "no space" in text
