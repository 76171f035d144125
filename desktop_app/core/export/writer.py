"""Write a packet's file or files: assemble the pages, link the index, add the bookmarks,
clear the metadata, save atomically.

One file when the destination has no size limit or the packet fits; otherwise parts
(``parts.py`` chooses the cut). Each part is assembled on its own from the same page
sequence, so page numbers and Bates numbers run on across the parts; the cover, the
index and the chronology are in Part 1, and the index names the part of every exhibit.

Sizes are estimated before writing and measured after: a part that came out larger than
the limit (an estimate off) makes the cut be chosen again with that part's pages
counted at what they really cost, and every part is written again. All parts are written
to temporary files first and take their names only when every one is within the limit.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from desktop_app.core.export.compose import Composer, place
from desktop_app.core.export.compress import Packed
from desktop_app.core.export.fonts import embed_standard_fonts, subset_fonts
from desktop_app.core.export.front import Front, draw_front
from desktop_app.core.export.numbering import PageMap
from desktop_app.core.export.pages import (
    ImageCache,
    SourceCache,
    SourceUnreadable,
    add_image_page,
    add_pdf_page,
)
from desktop_app.core.export.parts import FRONT, PageCost, Part, Placement, assign, placement
from desktop_app.core.export.pdfa import make_pdfa
from desktop_app.core.export.plan import (
    Exhibit,
    PacketPlan,
    PacketResult,
    PageSource,
    PartFile,
    Progress,
)
from desktop_app.core.export.profiles import Profile, part_name
from desktop_app.core.export.stamps import FONT_KEY, Stamper, embed_font
from desktop_app.core.export.statement_pages import statement_title
from desktop_app.core.export.typeset import Fonts
from desktop_app.core.files import (
    atomic_path,
    remove_stale_temps,
    sha256_file,
    storage_error,
)
from desktop_app.errors import ExportError
from desktop_app.i18n import _

# How the packet is saved. Garbage collection 1 drops every object nothing refers to
# (what privacy needs) and 2 renumbers the rest; 3 would also merge identical objects,
# which on a 500-page packet saved a few hundred bytes and cost 0.3-0.5 s (MuPDF compares
# objects pairwise). Object streams pack the small objects into compressed streams: a
# slightly smaller file, and a quarter of the write calls through Python.
SAVE_OPTIONS: dict[str, int] = {"garbage": 2, "deflate": 1, "use_objstms": 1}
MAX_ROUNDS = 6
PER_FILE = 60_000.0  # bytes a file costs beyond its pages: fonts, index structure
PAGE_OVERHEAD = 600.0  # a page's own objects and stamp
MARGIN = 0.97  # cut for this share of the limit: estimates are estimates


@dataclass(frozen=True)
class Step:
    """One page of the packet, in order: a generated page or a page of an exhibit."""

    number: int  # 1-based packet page number
    label: str  # for progress
    front: int | None = None  # page of the generated pages
    exhibit: Exhibit | None = None
    footer_id: str | None = None  # the exhibit id in the footer
    source: PageSource | None = None
    page_in_exhibit: int = 0


class _TooLarge(Exception):
    def __init__(self, sizes: dict[int, int]) -> None:
        super().__init__("a part is larger than the limit")
        self.sizes = sizes  # part number: bytes written


class PacketWriter:
    def __init__(self, plan: PacketPlan, out_path: Path, profile: Profile,
                 packed: dict[PageSource, Packed], report: Progress, pdfa: bool) -> None:
        self.plan, self.out_path, self.profile = plan, out_path, profile
        self.packed, self.report, self.pdfa = packed, report, pdfa
        self.fonts = Fonts()
        self.correction: dict[int, float] = {}  # page number: factor on its estimate
        self.missing_fonts: set[str] = set()

    def write(self) -> PacketResult:
        limit = self.profile.max_bytes
        current: Placement | None = None  # what the front pages were drawn for
        for _round in range(MAX_ROUNDS):
            with pymupdf.open() as front_doc:
                front = draw_front(front_doc, self.plan, self.fonts, current)
                steps = _steps(self.plan, front)
                if limit is None:
                    cut = [Part(1, 1, front.page_map.total)]
                else:
                    costs = self._costs(steps, front_doc, front)
                    cut = assign(costs, limit * MARGIN, PER_FILE)
                wanted = placement(self.plan, front.page_map, cut, self._names(len(cut)))
                if wanted != (current or placement(self.plan, front.page_map, [], [])):
                    current = wanted
                    continue
                try:
                    return self._write_parts(front_doc, front, steps, cut, wanted)
                except _TooLarge as exc:
                    self._learn(cut, exc.sizes, steps, front_doc, front)
        raise ExportError(
            _("The packet could not be cut into files of at most {mb} MB.").format(
                mb=f"{(limit or 0) / 1e6:g}"),
            _("Choose a larger size limit, or leave out large pages, then export again."),
        )

    # --- sizes ------------------------------------------------------------------------

    def _costs(self, steps: Sequence[Step], front_doc: pymupdf.Document,
               front: Front) -> list[PageCost]:
        front_page = _front_page_cost(front_doc)
        costs = []
        for step in steps:
            if step.source is None:
                cost = front_page
                block = FRONT if step.number <= front.page_map.front_pages else 0
            else:
                cost = self._page_cost(step.source)
                block = 0
            costs.append((step, cost * self.correction.get(step.number, 1.0), block))
        return _blocks(costs, front)

    def _page_cost(self, source: PageSource) -> float:
        layer = _size(source.text_layer) if source.text_layer else 0
        packed = self.packed.get(source)
        if packed is not None:
            return len(packed.data) + layer + PAGE_OVERHEAD
        if source.kind == "pdf":
            return _pdf_page_share(source.path) + layer + PAGE_OVERHEAD
        return _size(source.path) + layer + PAGE_OVERHEAD

    def _learn(self, cut: Sequence[Part], sizes: dict[int, int], steps: Sequence[Step],
               front_doc: pymupdf.Document, front: Front) -> None:
        """Count the pages of each part that came out too large at what they cost."""
        costs = {c.number: c.cost for c in self._costs(steps, front_doc, front)}
        for part in cut:
            written = sizes.get(part.number)
            if written is None:
                continue
            estimate = PER_FILE + sum(costs[n] for n in range(part.first, part.last + 1))
            factor = written / max(estimate, 1.0) * 1.05
            if factor > 1.0:
                for n in range(part.first, part.last + 1):
                    self.correction[n] = self.correction.get(n, 1.0) * factor

    # --- writing ----------------------------------------------------------------------

    def _names(self, count: int) -> list[str]:
        if count <= 1:
            return [self.out_path.name]
        return [part_name(self.profile, self.out_path.stem, self.out_path.suffix, n)
                for n in range(1, count + 1)]

    def _write_parts(self, front_doc: pymupdf.Document, front: Front, steps: Sequence[Step],
                     cut: Sequence[Part], where: Placement) -> PacketResult:
        folder = self.out_path.parent
        remove_stale_temps(folder)  # what an export killed mid-write left
        paths = [folder / name for name in self._names(len(cut))]
        total = front.page_map.total
        stamper = Stamper(total, self.plan.bates_prefix, self.plan.bates_start)
        files: list[PartFile] = []
        with contextlib.ExitStack() as stack:
            temps = [stack.enter_context(atomic_path(path)) for path in paths]
            sizes: dict[int, int] = {}
            for part, tmp in zip(cut, temps, strict=True):
                with pymupdf.open() as out:
                    self._assemble(out, front_doc, front, steps[part.first - 1:part.last],
                                   stamper)
                    if part.number == 1:
                        _link_rows(out, front, cut, [path.name for path in paths])
                    out.set_toc(_bookmarks(self.plan, front.page_map, part, len(cut),
                                           front.statement_marks))
                    self.missing_fonts.update(embed_standard_fonts(out))
                    if self.profile.compression is not None:  # where size counts
                        subset_fonts(out)
                    _clear_metadata(out)
                    if self.pdfa:
                        make_pdfa(out)
                    self.report(part.last, total, _("Saving the packet"))
                    _save(out, tmp, paths[part.number - 1])
                sizes[part.number] = tmp.stat().st_size
            limit = self.profile.max_bytes
            if limit is not None and any(size > limit for size in sizes.values()):
                raise _TooLarge({n: s for n, s in sizes.items() if s > limit})
            for part, tmp, path in zip(cut, temps, paths, strict=True):
                files.append(PartFile(path=path, bytes=sizes[part.number], pages=part.pages,
                                      first_page=part.first, sha256=_hash(tmp)))
        _remove_other_parts(self.out_path, self.profile, [p.name for p in paths])
        first = files[0]
        return PacketResult(path=first.path, page_count=total, sha256=first.sha256,
                            exhibits=front.page_map.all_exhibits(), files=tuple(files),
                            dividers=front.page_map.dividers,
                            missing_fonts=tuple(sorted(self.missing_fonts)))

    def _assemble(self, out: pymupdf.Document, front_doc: pymupdf.Document, front: Front,
                  steps: Sequence[Step], stamper: Stamper) -> None:
        composer = Composer(out, FONT_KEY, embed_font)
        sources = [s.source for s in steps if s.source is not None]
        cache = SourceCache(composer, sources)
        images = ImageCache(self.packed)
        total = front.page_map.total
        try:
            for step in steps:
                def footer(w: float, h: float, step: Step = step) -> bytes:
                    return stamper.footer(w, h, step.number, step.footer_id)

                if step.front is not None:
                    _show_front_page(composer, front_doc, step.front, footer)
                else:
                    assert step.source is not None and step.exhibit is not None
                    _exhibit_page(composer, cache, images, step, footer,
                                  self.packed.get(step.source))
                self.report(step.number, total, step.label)
        finally:
            cache.close()


def _blocks(costs: list[tuple[Step, float, int]], front: Front) -> list[PageCost]:
    """Number the blocks that must not be cut: the front; each exhibit (with the divider
    before it when it is its tab's first); a divider with nothing after it."""
    found: list[PageCost] = []
    block = 0
    previous_divider = False
    for step, cost, kind in costs:
        if kind == FRONT:
            found.append(PageCost(step.number, cost, FRONT, step.label))
            continue
        starts_exhibit = step.exhibit is not None and step.page_in_exhibit == 1 and \
            step.footer_id == step.exhibit.exhibit_id
        is_divider = step.front is not None and step.exhibit is None
        if is_divider or (starts_exhibit and not previous_divider):
            block += 1
        previous_divider = is_divider
        found.append(PageCost(step.number, cost, block, step.label))
    return found


def _steps(plan: PacketPlan, front: Front) -> list[Step]:
    """Every page of the packet in order."""
    page_map = front.page_map
    steps: list[Step] = []
    labels = ([_("Cover letter")] * page_map.letter_pages
              + [_("Cover")] * page_map.cover_pages
              + [_("Statement")] * page_map.statement_pages
              + [_("Index of Exhibits")] * page_map.index_pages
              + [_("Chronology")] * page_map.chronology_pages)
    for n, label in enumerate(labels):
        steps.append(Step(len(steps) + 1, label, front=n))
    next_certificate = len(labels) + len(plan.tabs)
    for t, tab in enumerate(plan.tabs):
        steps.append(Step(len(steps) + 1, _("Tab {letter}").format(letter=tab.letter),
                          front=len(labels) + t))
        for exhibit in tab.exhibits:
            for label_id, sources in ((exhibit.exhibit_id, exhibit.pages),
                                      (exhibit.translation_id, exhibit.translation)):
                for number, source in enumerate(sources, start=1):
                    steps.append(Step(
                        len(steps) + 1,
                        _("Exhibit {exhibit}, page {page}").format(exhibit=label_id,
                                                                   page=number),
                        exhibit=exhibit, footer_id=label_id, source=source,
                        page_in_exhibit=number))
            if exhibit.certificate is not None:
                steps.append(Step(len(steps) + 1, _("Certificate of Translation"),
                                  front=next_certificate, exhibit=exhibit,
                                  footer_id=exhibit.translation_id))
                next_certificate += 1
    for n in range(page_map.service_pages):
        steps.append(Step(len(steps) + 1, _("Certificate of Service"),
                          front=next_certificate + n))
    return steps


def _show_front_page(composer: Composer, front_doc: pymupdf.Document, number: int,
                     footer: object) -> None:
    """Page ``number`` of the generated pages, as it is, stamped."""
    form = composer.form(front_doc, number)
    width, height = form.size
    drawn = place(form.crop, pymupdf.Rect(0, 0, width, height), -form.rotation, True)
    assert callable(footer)
    composer.add_page(width, height, [(form.ref, drawn)], footer(width, height))


def _exhibit_page(composer: Composer, cache: SourceCache, images: ImageCache, step: Step,
                  footer: object, packed: Packed | None) -> None:
    source = step.source
    assert source is not None and step.exhibit is not None and callable(footer)
    try:
        if source.kind == "pdf":
            try:
                add_pdf_page(composer, cache, source, footer, packed)
            finally:
                cache.done_with(source.path)
        else:
            add_image_page(composer, images, source, footer)
    except SourceUnreadable as exc:
        raise ExportError(
            _("Exhibit {exhibit}, page {page} ({file}): {problem}.").format(
                exhibit=step.footer_id or step.exhibit.exhibit_id,
                page=step.page_in_exhibit,
                file=source.path.name,
                problem=str(exc).rstrip("."),
            ),
            _(
                "Check that the original is still in the case, or remove this page from the "
                "exhibit, then export again."
            ),
        ) from exc


def _link_rows(out: pymupdf.Document, front: Front, cut: Sequence[Part],
               names: Sequence[str]) -> None:
    """Every index and chronology row, and every citation of the letter and the statement,
    is a link to its page: in Part 1 itself, or into the part that holds it (a link to
    the file of that name beside this one, at its page — what a reader who keeps the
    parts together in one folder clicks through; the row also names the part)."""
    first = cut[0]
    for page_number, rows in front.links:
        page = out[page_number - 1]
        for rect, target in rows:
            if first.holds(target):
                page.insert_link({"kind": pymupdf.LINK_GOTO, "from": rect,
                                  "page": target - 1, "to": pymupdf.Point(0, 0), "zoom": 0})
                continue
            part = next((p for p in cut if p.holds(target)), None)
            if part is not None:  # the top of the page (a remote file's points are not
                # turned into PDF space: y counts from the bottom)
                page.insert_link({"kind": pymupdf.LINK_GOTOR, "from": rect,
                                  "file": names[part.number - 1], "page": target - part.first,
                                  "to": pymupdf.Point(0, page.rect.height), "zoom": 0})


def _bookmarks(plan: PacketPlan, page_map: PageMap, part: Part, parts: int,
               statement_marks: Sequence[tuple[str, int]] = ()) -> list[list[object]]:
    """The outline of one file: what starts in it, and what continues into it."""
    entries: list[tuple[int, str, int]] = []
    if page_map.letter_pages:
        entries.append((1, _("Cover letter"), 1))
    entries.append((1, _("Cover"), page_map.cover_first))
    if page_map.statement_pages and plan.written.statement is not None:
        entries.append((1, statement_title(plan.written.statement.applicant),
                        page_map.statement_first))
        entries += [(2, title, page) for title, page in statement_marks]
    entries.append((1, _("Index of Exhibits"), page_map.index_first))
    if page_map.chronology_pages:
        entries.append((1, _("Chronology"), page_map.chronology_first))
    for t, tab in enumerate(plan.tabs):
        entries.append((1, f"{tab.letter}. {tab.title}", page_map.dividers[t]))
        for exhibit, placed in zip(tab.exhibits, page_map.exhibits[t], strict=True):
            entries.append((2, f"{exhibit.exhibit_id} {exhibit.title}", placed.first_page))
            if exhibit.translation:
                entries.append((3, exhibit.translation_id,
                                placed.first_page + len(exhibit.pages)))
    if page_map.service_pages:
        entries.append((1, _("Certificate of Service"), page_map.service_first))
    toc: list[list[object]] = []
    if parts > 1 and part.number > 1:
        # what runs on from the part before: its tab, and its exhibit when it is cut
        before = [e for e in entries if e[2] < part.first]
        open_tab = next((e for e in reversed(before) if e[0] == 1), None)
        if open_tab is not None and not any(e[0] == 1 and e[2] == part.first for e in entries):
            toc.append([1, _("{title} (continued)").format(title=open_tab[1]), 1])
            cut = next((e for e in reversed(before) if e[0] == 2), None)
            if cut is not None and not any(e[0] >= 2 and e[2] == part.first for e in entries):
                toc.append([2, _("{title} (continued)").format(title=cut[1]), 1])
    for level, title, page in entries:
        if part.holds(page):
            if toc or level == 1:
                toc.append([level, title, page - part.first + 1])
            else:  # an exhibit first in a file continuing a tab: under a heading
                toc.append([1, title, page - part.first + 1])
    return toc


def _clear_metadata(out: pymupdf.Document) -> None:
    """No author, title, dates or software names; no XMP. (A new MuPDF document also carries
    an /Info dictionary inside its catalog, naming MuPDF: it goes too.)"""
    out.set_metadata({})
    out.del_xml_metadata()
    out.xref_set_key(out.pdf_catalog(), "Info", "null")


def _save(out: pymupdf.Document, tmp: Path, path: Path) -> None:
    """MuPDF's own file writer (the fast path) to ``tmp``; ``path`` is for messages."""
    try:
        out.save(str(tmp), **SAVE_OPTIONS)
    except (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase) as exc:
        if _disk_full(exc):
            raise storage_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)),
                                path) from exc
        raise ExportError(
            _("The packet could not be written ({error}).").format(error=exc),
            _(
                "Export again; if it fails again, export the tabs one at a time to "
                "find the page that causes it."
            ),
        ) from exc


def _hash(path: Path) -> str:
    try:
        return sha256_file(path)
    except OSError as exc:
        raise storage_error(exc, path) from exc


def _disk_full(exc: Exception) -> bool:
    """MuPDF reports a full disk as a generic error carrying the system's words."""
    text = str(exc).lower()
    return os.strerror(errno.ENOSPC).lower() in text or "no space" in text


def _front_page_cost(front_doc: pymupdf.Document) -> float:
    """What a generated page costs: the scratch document's size per page (its fonts
    counted in full: an estimate on the safe side)."""
    data = front_doc.tobytes(garbage=1, deflate=True)
    return len(data) / max(1, front_doc.page_count) + PAGE_OVERHEAD


def _size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0


def _pdf_page_share(path: Path) -> float:
    try:
        with pymupdf.open(path) as doc:
            return _size(path) / max(1, doc.page_count)
    except Exception:  # noqa: BLE001 - an unreadable file is reported when placed
        return float(_size(path))


def _remove_other_parts(out_path: Path, profile: Profile, written: Sequence[str]) -> None:
    """Parts left in the folder by an earlier export under the same name (or the single
    file, when parts were written now, and the other way round) are removed, so the
    folder holds one packet under that name and nobody uploads a stale part."""
    pattern = re.compile(re.escape(part_name(profile, out_path.stem, out_path.suffix, 999))
                         .replace("999", r"\d+"))
    for entry in _siblings(out_path.parent):
        if entry.name in written:
            continue
        if pattern.fullmatch(entry.name) or (entry.name == out_path.name and len(written) > 1):
            with contextlib.suppress(OSError):
                entry.unlink()


def _siblings(folder: Path) -> Iterator[Path]:
    with contextlib.suppress(OSError):
        yield from (e for e in folder.iterdir() if e.is_file())
