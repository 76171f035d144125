"""Redact everywhere: take what a case's redactions cover out of everything the app keeps,
not only out of the packet.

A redaction normally changes the packet only: the stored original, the pages' text, the
search index, the OCR text layers and the assistant's notes keep the words, and so does
a case archive. When the user chooses "everywhere", for each document where an area or
a pattern covers something:

- its stored copy is replaced by the document as the packet shows it (redacted pages,
  the other pages as they were; straightened scans as straightened), and the original
  is removed from the data folder unless another case uses the same file;
- each page's text, word boxes and OCR text layer lose the redacted words; the search
  index follows, and is merged so that nothing of the old entries is left in it;
- the assistant's suggestion and what it learned from the document, and the document's
  title, lose them too;
- straightened images, thumbnails and earlier redacted or cleaned copies of its pages
  are removed (they are made again from the new copy);
- the database is rewritten without the freed space (``secure_delete``, the write-ahead
  log checkpointed).

What it does not change: packets already filed keep what they showed (their kept copies
are the record of what was sent, and building one again needs the original), and a file
another case also holds is kept for that case. The areas and patterns stay on, so a page
read again later is still redacted in the packet. It cannot be undone.

Crash safety: the new copies are written (content-addressed) and the pages' text layers
replaced by their redacted versions first (both fit the old and the new state); then one
transaction changes the rows and journals the files to remove; the files go after it
(``storage.removals.finish`` finishes the job after a crash).
"""

from __future__ import annotations

import json
import re
import shutil
import string
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core import redacted_copy, redaction
from desktop_app.core.assistant.text import words as assistant_words
from desktop_app.core.export.plan import PageSource
from desktop_app.core.models import Document, Page
from desktop_app.core.processing import CLEAN_IMAGE, TEXT_LAYER
from desktop_app.core.redaction import REDACTED_DIR, SCRUBBED_DIR
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services.library import Library
from desktop_app.storage import cases, documents, pages, removals
from desktop_app.storage import record as record_store
from desktop_app.storage import redaction as store
from desktop_app.storage.db import transaction

Progress = Callable[[int, int, str], None]
ShownBy = Callable[[Page, PageSource], PageSource]  # ``Redaction.packet_source``


@dataclass(frozen=True)
class Everywhere:
    """What redacting everywhere did."""

    documents: int  # documents whose stored copy was replaced by its redacted copy
    pages: int  # pages that had something taken out
    words: int  # words taken out of the stored text
    kept_for_other_cases: int  # originals another case also holds: kept for it
    filings_before: int  # packets filed before: kept as they were sent


@dataclass
class _Replaced:
    document: Document
    sha256: str
    size: int
    kind: str
    changes: list[store.PageChange]
    removed: set[str]
    redacted_pages: int


def redact_everywhere(library: Library, packet_source: ShownBy, case_id: int,
                      progress: Progress | None = None) -> Everywhere:
    """Take what the case's areas and patterns cover out of everything the app keeps
    (see the module's note), each page as ``packet_source`` shows it in the packet.
    Raises before anything changes if a page cannot be made."""
    db = library.db
    cases.get(db, case_id)
    removals.finish(library.store)
    docs = documents.list_for_case(db, case_id)
    if any(p.status == "processing" for d in docs for p in pages.for_document(db, d.id)):
        raise InvalidInputError(
            _("Pages of this case are being read right now."),
            _("Wait until the reading is done, then try again."))
    work = Path(tempfile.mkdtemp(prefix="everywhere-", dir=library.store.tmp))
    try:
        replaced = []
        for number, doc in enumerate(docs):
            if progress:
                progress(number, len(docs), doc.title)
            found = _replace_document(library, packet_source, doc, work)
            if found is not None:
                replaced.append(found)
        if progress:
            progress(len(docs), len(docs), "")
        if not replaced:
            return Everywhere(0, 0, 0, 0, 0)
        was = store.secure_delete(db, True)
        try:
            with transaction(db):
                gone: list[str] = []
                for item in replaced:
                    gone += store.replace_document(db, item.document.id, item.sha256,
                                                   item.size, item.kind, item.changes)
                    scrub = _scrubber(item.removed)
                    store.scrub_document_text(db, item.document.id, scrub)
                dropped = store.drop_unused_originals(db, gone)
                blobs = library.store.originals
                removal = [blobs.relpath(sha) for sha in dropped]
                removal += _stale_page_files(library, replaced)
                removals.journal(db, removal)
            removals.finish(library.store)
            store.purge_removed_text(db)
        finally:
            store.secure_delete(db, was)
        filed = len(record_store.filings(db, case_id))
        return Everywhere(len(replaced), sum(r.redacted_pages for r in replaced),
                          sum(len(r.removed) for r in replaced),
                          len(set(gone) - set(dropped)), filed)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _replace_document(library: Library, packet_source: ShownBy, doc: Document,
                      work: Path) -> _Replaced | None:
    """The document's redacted copy, stored (content-addressed), and what its pages
    become; None when nothing on it is redacted."""
    page_list = pages.for_document(library.db, doc.id)
    made: list[PageSource] = []
    redacted = 0
    for page in page_list:
        shown = packet_source(page, library.shown_source(page))
        page_made = redaction.materialize(shown)
        if shown.redaction is not None and page_made.path.parent == shown.redaction.folder:
            redacted += 1
        made.append(page_made)
    if not redacted:
        return None
    out = work / f"document-{doc.id}"
    if doc.kind == "pdf":
        sizes = [_upright_size(p) for p in page_list]
        copied = redacted_copy.pdf_of_pages(made, out.with_suffix(".pdf"), sizes)
        written = out.with_suffix(".pdf")
    else:
        written, copied = redacted_copy.image_of_pages(made, out)
    sha, size = library.store.originals.put_file(written)
    changes, removed = [], set()
    for page, source, facts in zip(page_list, made, copied, strict=True):
        old_text, old_words = store.page_text(library.db, page.id)
        if page.native_text:
            text = facts.text
        elif source.text_layer is not None:
            library.store.vault.keep(f"derived/{page.id}/{TEXT_LAYER}", source.text_layer)
            text = redacted_copy.layer_text(source.text_layer)
        else:
            text = old_text
        removed |= _removed_tokens(old_text, text)
        changes.append(store.PageChange(
            page.id, facts.width, facts.height,
            rotation_auto=(source.rotation - page.rotation_user) % 360, text=text,
            words=_kept_words(old_words, text)))
    return _Replaced(doc, sha, size, doc.kind, changes, removed, redacted)


def _upright_size(page: Page) -> tuple[float, float]:
    """The page's size as shown once its detected turn is applied."""
    if page.rotation_auto % 180:
        return page.height, page.width
    return page.width, page.height


_EDGE = string.punctuation + "«»“”‘’"


def _tokens(text: str) -> Counter[str]:
    return Counter(t for t in (w.strip(_EDGE) for w in text.split()) if t)


def _removed_tokens(old: str, new: str) -> set[str]:
    return set(_tokens(old) - _tokens(new))


def _kept_words(words: list[list[Any]] | None, text: str) -> list[list[Any]] | None:
    """The OCR word boxes whose words the new text still has (each once per use)."""
    if words is None:
        return None
    left = _tokens(text)
    kept = []
    for word in words:
        token = str(word[-1]).strip(_EDGE) if word else ""
        if not token:
            kept.append(word)
        elif left[token] > 0:
            left[token] -= 1
            kept.append(word)
    return kept


def _scrubber(removed: set[str]) -> Callable[[str], str]:
    """Takes the removed words out of a text value (JSON values walked; a word on its
    own, or a key, is dropped; one inside other text is blacked out)."""
    forms = {w.lower() for w in removed}
    for word in removed:
        forms.update(assistant_words(word))
    forms = {f for f in forms if f}
    if not forms:
        return lambda value: value
    inside = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)),
                        re.IGNORECASE)

    def text(value: str) -> str:
        return inside.sub("█", value)

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return None if value.strip(_EDGE).lower() in forms else text(value)
        if isinstance(value, list):
            return [w for w in (walk(v) for v in value) if w is not None]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()
                    if str(k).strip(_EDGE).lower() not in forms}
        return value

    def scrub(value: str) -> str:
        try:
            parsed = json.loads(value)
        except ValueError:
            return text(value)
        if not isinstance(parsed, list | dict):
            return text(value)
        return json.dumps(walk(parsed), ensure_ascii=False)

    return scrub


def _stale_page_files(library: Library, replaced: list[_Replaced]) -> list[str]:
    """Files of the replaced documents' pages made from the old copy: straightened
    images, thumbnails, earlier redacted and metadata-free copies."""
    found: list[str] = []
    root = library.store.root
    for item in replaced:
        for change in item.changes:
            folder = f"derived/{change.page_id}"
            found += [f"{folder}/{REDACTED_DIR}", f"{folder}/{SCRUBBED_DIR}"]
            rest = root / folder
            if rest.is_dir():
                found += [f"{folder}/{p.name}" for p in rest.iterdir()
                          if p.name.startswith((CLEAN_IMAGE + ".", "thumb-"))]
            found += [f"{folder}/{p.name}" for p in library.store.vault.view.joinpath(
                folder).glob("thumb-*")] if library.store.protected else []
    return sorted(set(found))


__all__ = ["Everywhere", "redact_everywhere"]
