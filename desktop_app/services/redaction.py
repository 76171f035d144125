"""Redaction: areas to black out on a page, patterns to black out across a case, a
preview of what the patterns cover, the hook that makes the packet use truly redacted
pages (``packet_source``, called by ``Packets.plan``), and redacting everywhere
(``services.redaction_everywhere``).

Frames, in one place. The user draws on the page *as shown* (``turn_box`` of the page
upright by the user's own turn). Areas are stored upright but before the user's turn, so
turning the page later keeps them on the same words. Redaction happens in the frame of
the page's source as displayed before ``PageSource.rotation`` (the frame its OCR text
layer is in): the clean image, which is upright already, or the original, which still
needs the detected turn.

A redacted page is made once and kept under the page's derived folder, named by a hash
of the areas and of the files it was made from; other versions there are removed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core import images, redaction
from desktop_app.core.export.plan import PageSource
from desktop_app.core.export.plan import Redaction as PageRedaction
from desktop_app.core.files import atomic_write_bytes
from desktop_app.core.models import Page
from desktop_app.core.redaction import REDACTED_DIR, SCRUBBED_DIR, Box, Pattern, PatternHit
from desktop_app.errors import AppError, ExportError, InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import redaction_everywhere
from desktop_app.services.library import Library
from desktop_app.storage import cases, documents, pages
from desktop_app.storage import redaction as store


@dataclass(frozen=True)
class Area:
    """An area to black out, in fractions of its page as shown now (after its turns)."""

    id: int
    page_id: int
    document_id: int
    document_title: str
    page_number: int
    box: Box


@dataclass(frozen=True)
class Hit:
    """What a pattern covers on one page, in fractions of the page as shown now."""

    page_id: int
    document_id: int
    document_title: str
    page_number: int
    box: Box
    kind: str
    text: str


# --- areas ---------------------------------------------------------------------------------


class Redaction:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db

    def _shown(self, stored: store.StoredArea, page: Page | None = None) -> Area:
        page = page or pages.get(self.db, stored.page_id)
        return Area(stored.id, stored.page_id, stored.document_id, stored.document_title,
                    stored.page_number, redaction.turn_box(stored.rect, page.rotation_user))


    def add_area(self, page_id: int, box: Box, case_id: int | None = None) -> Area:
        """Black out ``box`` (left, top, right, bottom in fractions of the page as shown).
        With ``case_id``, the page must belong to that case."""
        page = pages.get(self.db, page_id)
        if case_id is not None and pages.case_of(self.db, page_id) != case_id:
            raise InvalidInputError(
                _("Page {id} is not in case {case}.").format(id=page_id, case=case_id),
                _("The pages command lists a document's pages and their ids."))
        upright = redaction.unturn_box(redaction.clamp_box(box), page.rotation_user)
        return self._shown(store.add_area(self.db, page_id, upright), page)


    def remove_area(self, case_id: int, area_id: int) -> Area:
        """Take area ``area_id`` of case ``case_id`` away; returns it (for undo)."""
        self._check_case(case_id, area_id)
        area = self._shown(store.get_area(self.db, area_id))
        store.remove_area(self.db, area_id)
        return area


    def restore_area(self, area: Area) -> Area:
        """Put back an area ``remove_area`` took away, under its old number."""
        page = pages.get(self.db, area.page_id)
        upright = redaction.unturn_box(area.box, page.rotation_user)
        stored = store.StoredArea(area.id, area.page_id, upright, area.document_id,
                                  area.document_title, area.page_number)
        return self._shown(store.restore_area(self.db, stored), page)


    def _check_case(self, case_id: int, area_id: int) -> None:
        if store.case_of_area(self.db, area_id) != case_id:
            raise InvalidInputError(
                _("Redaction area {id} belongs to another case.").format(id=area_id),
                _("List this case's redactions to see their numbers."),
            )


    def list_areas(self, case_id: int) -> list[Area]:
        cases.get(self.db, case_id)
        found = store.areas_for_case(self.db, case_id)
        turns = {a.page_id: pages.get(self.db, a.page_id) for a in found}
        return [self._shown(a, turns[a.page_id]) for a in found]


    def page_areas(self, page_id: int) -> list[Area]:
        page = pages.get(self.db, page_id)
        return [self._shown(a, page) for a in store.areas_for_page(self.db, page_id)]


    def set_pattern(self, case_id: int, pattern: Pattern, on: bool = True) -> None:
        cases.get(self.db, case_id)
        redaction.compile_pattern(pattern)
        store.set_pattern(self.db, case_id, pattern.kind, pattern.value, on)


    def list_patterns(self, case_id: int) -> list[Pattern]:
        cases.get(self.db, case_id)
        return [Pattern(p.kind, p.value) for p in store.patterns(self.db, case_id)]


    def _keep_dates(self, case_id: int) -> list[str]:
        """The applicant's own date of birth: the "dob" pattern is for other people's."""
        own = cases.get(self.db, case_id).date_of_birth.strip()
        return [own] if own else []


    def _page_hits(self, page: Page, patterns: Sequence[Pattern],
                   keep: Sequence[str]) -> tuple[PageSource, list[PatternHit]]:
        source = self.library.shown_source(page)
        if not patterns or page.status != "done":
            return source, []
        try:
            texts = redaction.page_words(source)
        except (RuntimeError, ValueError, OSError) as exc:
            raise self._unreadable(page, exc) from exc
        return source, redaction.find_hits(texts, patterns, keep)


    def preview(self, case_id: int, page_id: int | None = None) -> list[Hit]:
        """What the case's patterns would black out, page by page (or on ``page_id`` only),
        so the user can check before exporting. Pages left out of the packet are skipped."""
        patterns = self.list_patterns(case_id)
        if not patterns:
            return []
        keep = self._keep_dates(case_id)
        if page_id is not None:
            if pages.case_of(self.db, page_id) != case_id:
                raise InvalidInputError(_("Page {id} is not in this case.").format(id=page_id))
            chosen = [pages.get(self.db, page_id)]
        else:
            chosen = [p for d in documents.list_for_case(self.db, case_id)
                      for p in pages.for_document(self.db, d.id) if not p.excluded]
        found: list[Hit] = []
        titles: dict[int, str] = {}
        for page in chosen:
            source, hits = self._page_hits(page, patterns, keep)
            if not hits:
                continue
            if page.document_id not in titles:
                titles[page.document_id] = documents.get(self.db, page.document_id).title
            turn = source.rotation
            found += [Hit(page.id, page.document_id, titles[page.document_id],
                          page.source_index + 1, redaction.turn_box(h.box, turn), h.kind, h.text)
                      for h in hits]
        return found


    def case_of_page(self, page_id: int) -> int:
        return pages.case_of(self.db, page_id)


    def page_overlay(self, page_id: int) -> tuple[list[Area], list[Hit]]:
        """What the viewer draws on page ``page_id`` in redact mode: the user's areas, and
        what the case's patterns would cover there."""
        case_id = pages.case_of(self.db, page_id)
        return self.page_areas(page_id), self.preview(case_id, page_id)


    def covered_words(self, page_id: int,
                      overlay: tuple[list[Area], list[Hit]] | None = None) -> list[str]:
        """The words of page ``page_id`` that its areas or the case's patterns black out, for
        the viewer to hide them in the page's text too (``overlay``: ``page_overlay``'s)."""
        areas, hits = overlay or self.page_overlay(page_id)
        found = [w for h in hits for w in h.text.split()]
        if not areas:
            return found
        page = pages.get(self.db, page_id)
        if page.status != "done":
            return found
        source = self.library.shown_source(page)
        try:
            texts = redaction.page_words(source)
        except (RuntimeError, ValueError, OSError) as exc:
            raise self._unreadable(page, exc) from exc
        boxes = [a.box for a in areas]
        for words in texts:
            for word in words:
                x0, y0, x1, y1 = redaction.turn_box(word.box, source.rotation)
                cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes):
                    found.append(word.text)
        return found


    def everywhere(self, case_id: int,
                   progress: redaction_everywhere.Progress | None = None,
                   ) -> redaction_everywhere.Everywhere:
        """Take what the case's areas and patterns cover out of everything the app keeps
        (``services.redaction_everywhere``). It cannot be undone."""
        return redaction_everywhere.redact_everywhere(self.library, self.packet_source,
                                                      case_id, progress)


    def packet_source(self, page: Page, source: PageSource) -> PageSource:
        """The page the packet should show for ``page`` instead of ``source``: a truly
        redacted copy when areas or the case's patterns cover part of it, a copy without
        metadata for a photo or PDF carrying some, else ``source`` itself.

        What was made is named by a hash of the source files, the areas and the patterns
        (not of what the patterns found), so a page already done costs no text search."""
        case_id = pages.case_of(self.db, page.id)
        patterns = self.list_patterns(case_id) if page.status == "done" else []
        # Stored areas are upright; the source's frame still needs its remaining turn.
        rest = (source.rotation - page.rotation_user) % 360
        areas = [redaction.unturn_box(a.rect, rest) for a in store.areas_for_page(self.db, page.id)]
        if not areas and not patterns:
            return self._scrubbed(page, source)
        keep = self._keep_dates(case_id)
        folder = self.store.derived_dir(page.id) / REDACTED_DIR
        key = _key(source, areas, [[p.kind, p.value] for p in patterns], keep)
        if (folder / f"{key}.none").is_file():  # the patterns found nothing here
            return self._scrubbed(page, source)
        # Made (or found from an earlier export) when the packet is written
        # (``redaction.prepare``), in the export's process: a preview of the plan, on the
        # window's lane, stays quick, and the filing record keeps what was removed.
        title = documents.get(self.db, page.document_id).title
        return replace(self._scrubbed(page, source), redaction=PageRedaction(
            boxes=tuple(areas), patterns=tuple((p.kind, p.value) for p in patterns),
            keep_dates=tuple(keep), folder=folder, key=key,
            label=_("Page {n} of “{title}”").format(n=page.source_index + 1, title=title)))


    def _unreadable(self, page: Page, exc: BaseException) -> ExportError:
        title = documents.get(self.db, page.document_id).title
        return ExportError(
            _("Page {n} of “{title}” could not be redacted ({error}).").format(
                n=page.source_index + 1, title=title, error=exc),
            _("Check that the file is still readable (Verify), or leave the page out."),
        )


    def _scrubbed_pdf(self, page: Page, source: PageSource) -> PageSource:
        """A PDF whose pages' images or objects carry metadata (XMP, a photo's EXIF with its
        GPS position and owner's name) is shown from a copy without it. One copy per
        document, kept with its first page's derived files (removed with the case)."""
        key = _file_key(source.path)
        if key not in _LEFTOVERS:
            try:
                _LEFTOVERS[key] = redaction.pdf_has_leftovers(source.path)
            except (RuntimeError, ValueError, OSError):
                return source  # the export names the unreadable file
        if not _LEFTOVERS[key]:
            return source
        first = pages.for_document(self.db, page.document_id)[0].id
        folder = self.store.derived_dir(first) / SCRUBBED_DIR
        target = folder / f"{key}.pdf"
        if not target.is_file():
            redaction.clear_folder(folder)
            try:
                redaction.scrubbed_copy(source.path, target)
            except (RuntimeError, ValueError, OSError) as exc:
                raise self._unreadable(page, exc) from exc
        return PageSource(target, "pdf", source.index, rotation=source.rotation,
                          skew=source.skew, text_layer=source.text_layer)


    def _scrubbed(self, page: Page, source: PageSource) -> PageSource:
        """A photo placed in the packet byte for byte loses its EXIF/XMP first (camera, GPS
        position, owner's name). Only JPEGs the export embeds as they are need this."""
        if source.kind == "pdf":
            return self._scrubbed_pdf(page, source)
        if source.index != 0:
            return source
        try:
            if (images.plain_jpeg(source.path) is None
                    or not redaction.jpeg_has_metadata(source.path)):
                return source
        except (AppError, OSError):
            return source  # the export names the unreadable file
        folder = self.store.derived_dir(page.id) / SCRUBBED_DIR
        target = folder / f"{_key(source, [])}.jpg"
        if not target.is_file():
            redaction.clear_folder(folder)
            atomic_write_bytes(target, redaction.jpeg_without_metadata(source.path.read_bytes()))
        return PageSource(target, "image", 0, rotation=source.rotation, skew=source.skew,
                          text_layer=source.text_layer)


    def scrubbed_again(self, page_id: int) -> Path | None:
        """Make again the metadata-free copy an earlier export placed for page ``page_id``
        (for building a filing again once that copy is gone: a protected folder keeps such
        copies only while the app runs). None when the page is gone."""
        try:
            page = pages.get(self.db, page_id)
        except AppError:
            return None
        doc = documents.get(self.db, page.document_id)
        original = self.store.originals.path(documents.working_file(self.db, doc.id))
        made = self._scrubbed(page, PageSource(original, doc.kind, page.source_index))
        return made.path


# --- patterns --------------------------------------------------------------------------------


def parse_pattern(text: str) -> Pattern:
    """"ssn", "account", "account-near", "dob" or "regex:EXPRESSION" as a checked pattern."""
    kind, _sep, value = text.strip().partition(":")
    kind = kind.strip().lower()
    pattern = Pattern(kind, value if kind == "regex" else "")
    redaction.compile_pattern(pattern)  # raises InvalidInputError with what to do
    return pattern


# --- the packet --------------------------------------------------------------------------------


def _identity(path: Path | None) -> list[object]:
    if path is None:
        return []
    stat = path.stat()
    return [str(path), stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _key(source: PageSource, boxes: Sequence[Box], *more: object) -> str:
    data = json.dumps([redaction.VERSION, _identity(source.path), source.kind, source.index,
                       _identity(source.text_layer),
                       sorted([round(v, 6) for v in box] for box in boxes), *more])
    return hashlib.sha256(data.encode()).hexdigest()[:32]


_LEFTOVERS: dict[str, bool] = {}  # file identity -> the PDF carries metadata to scrub


def _file_key(path: Path) -> str:
    data = json.dumps([redaction.VERSION, _identity(path)])
    return hashlib.sha256(data.encode()).hexdigest()[:32]






