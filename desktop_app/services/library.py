"""The library: the data folder's cases, tabs, documents and pages — create, import,
read, file under tabs, order, search, remove. Every feature's manager is built over it
(and the ``Store``); ``Services`` is the library with the features on top.

Plain synchronous methods. Slow ones (``import_files``, ``process``) take progress
callbacks and a stop flag so a GUI worker can run them.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import ocr, processing
from desktop_app.core.dates import parse_user_date
from desktop_app.core.export.plan import PageSource
from desktop_app.core.importer import expand_paths, fingerprint, inspect_file, title_from_name
from desktop_app.core.models import (
    Case,
    Document,
    ImportOutcome,
    Page,
    ProcessSummary,
    SearchHit,
    Tab,
)
from desktop_app.core.processing import CLEAN_IMAGE, TEXT_LAYER
from desktop_app.errors import (
    AppError,
    ImportFileError,
    InvalidInputError,
    NotFoundError,
    StorageError,
)
from desktop_app.i18n import _
from desktop_app.storage import cases, documents, not_added, pages, removals, rows
from desktop_app.storage import record as record_store
from desktop_app.storage.documents import NewPage
from desktop_app.storage.store import Store

ImportProgress = Callable[[int, int, str], None]  # (files done, files total, current file)
PageProgress = Callable[[int, int], None]  # (pages done, pages total)
LANGUAGES_SETTING = "ocr_languages"


class Library:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    def close(self) -> None:
        self.store.close()

    # --- cases ------------------------------------------------------------------------------

    def create_case(self, **fields: str) -> Case:
        return cases.create(self.db, fields)

    def update_case(self, case_id: int, **fields: str) -> Case:
        return cases.update(self.db, case_id, fields)

    def get_case(self, case_id: int) -> Case:
        return cases.get(self.db, case_id)

    def list_cases(self) -> list[Case]:
        return cases.list_all(self.db)

    # --- deleting a case ----------------------------------------------------------------------

    def case_contents(self, case_id: int) -> CaseContents:
        """What deleting the case removes, for the confirmation."""
        db = self.db
        name = rows.case_name(db, case_id)
        if name is None:
            raise NotFoundError(_("There is no case {id}.").format(id=case_id),
                                _("List the cases to see their numbers."))
        tables = rows.schema(db)
        owned = rows.case_rows(db, tables, case_id)
        docs, page_count = rows.case_counts(db, case_id)
        own_files = 0
        for row in rows.fetch(db, tables["originals"], owned.shared.get("originals", set())):
            own_files += rows.cases_using(db, str(row["sha256"])) <= 1
        own_files += len(self._kept_copies(owned))
        return CaseContents(case_id, name, docs, page_count, own_files)

    def originals_of_case(self, case_id: int) -> list[str]:
        """SHA-256 names of the originals the case's documents use."""
        db = self.db
        tables = rows.schema(db)
        owned = rows.case_rows(db, tables, case_id)
        return [str(r["sha256"]) for r in
                rows.fetch(db, tables["originals"], owned.shared.get("originals", set()))]

    def _kept_copies(self, owned: rows.CaseRows) -> list[str]:
        """The kept packet copies of the case's filings, found from the filings' ids (never
        from a path a row names)."""
        found = record_store.kept_copies(self.db, sorted(owned.owned.get("filings", set())))
        return [f for f in found if (self.store.root / f).is_file()]

    def delete_case(self, case_id: int) -> CaseContents:
        """Remove the case: every row that belongs to it (found from the schema's foreign
        keys), the originals no other case uses, its pages' derived files and thumbnails,
        and its filings' kept copies. Only files the case's own rows reference by id or by
        SHA-256 go, never a file some text in them names. Crash-safe: the rows go in one
        transaction that journals the files, the files after it (``storage.removals``)."""
        removals.finish(self.store)
        contents = self.case_contents(case_id)
        db = self.db
        tables = rows.schema(db)
        owned = rows.case_rows(db, tables, case_id)
        files = self._kept_copies(owned)
        blobs = self.store.originals

        def journal(gone: list[tuple[str, rows.Row]]) -> None:
            removal = files + [f"derived/{pid}" for pid in sorted(owned.owned.get("pages",
                                                                                  set()))]
            removal += [blobs.relpath(str(r["sha256"])) for t, r in gone if t == "originals"]
            removals.journal(db, removal)

        try:
            rows.delete_rows(db, tables, owned, journal)
        except OSError as exc:
            raise StorageError(_("The case could not be deleted: {error}").format(error=exc),
                               _("Nothing was removed. Check the data folder, then try "
                                 "again.")) from exc
        removals.finish(self.store)
        return contents

    # --- tabs and order -----------------------------------------------------------------------

    def list_tabs(self, case_id: int) -> list[Tab]:
        cases.get(self.db, case_id)
        return cases.tabs(self.db, case_id)

    def add_tab(self, case_id: int, title: str) -> Tab:
        cases.get(self.db, case_id)
        return cases.add_tab(self.db, case_id, title)

    def order_tabs(self, case_id: int, keys: Sequence[str]) -> list[Tab]:
        cases.get(self.db, case_id)
        return cases.order_tabs(self.db, case_id, [k for k in keys if k.strip()])

    def tag(self, case_id: int, document_id: int, category: str | None) -> Document:
        """File a document under a tab (``None`` or "none": take it out of every tab)."""
        documents.get(self.db, document_id, case_id)
        tab_id = None
        if category and category.strip().lower() not in ("none", "unfiled"):
            tab_id = cases.tab_by_key(self.db, case_id, category).id
        documents.set_tab(self.db, document_id, tab_id)
        return documents.get(self.db, document_id)

    def move(self, case_id: int, document_id: int, position: int) -> Document:
        """Move a document to ``position`` (1 = first) within its tab."""
        documents.get(self.db, document_id, case_id)
        if position < 1:
            raise InvalidInputError(_("A position starts at 1."))
        documents.move(self.db, document_id, position - 1)
        return documents.get(self.db, document_id)

    def order_documents(self, case_id: int, category: str | None, ids: Sequence[int]) -> None:
        tab_id = cases.tab_by_key(self.db, case_id, category).id if category else None
        documents.order_in_tab(self.db, case_id, tab_id, list(ids))

    def sort_tab_by_date(self, case_id: int, category: str) -> None:
        tab = cases.tab_by_key(self.db, case_id, category)
        docs = [d for d in self.list_documents(case_id) if d.category == tab.key]
        docs.sort(key=lambda d: (d.date is None, d.date or "", d.position))
        documents.order_in_tab(self.db, case_id, tab.id, [d.id for d in docs])

    def rename(self, case_id: int, document_id: int, title: str) -> Document:
        documents.get(self.db, document_id, case_id)
        if not title.strip():
            raise InvalidInputError(_("An exhibit needs a title."))
        documents.update(self.db, document_id, title=title.strip())
        return documents.get(self.db, document_id)

    def set_date(self, case_id: int, document_id: int, date: str | None) -> Document:
        documents.get(self.db, document_id, case_id)
        documents.update(self.db, document_id, doc_date=parse_user_date(date))
        return documents.get(self.db, document_id)

    # --- documents and pages --------------------------------------------------------------------

    def list_documents(self, case_id: int) -> list[Document]:
        cases.get(self.db, case_id)
        return documents.list_for_case(self.db, case_id)

    def get_document(self, document_id: int) -> Document:
        return documents.get(self.db, document_id)

    def get_document_in_case(self, case_id: int, document_id: int) -> Document:
        return documents.get(self.db, document_id, case_id)

    def get_page_in_case(self, case_id: int, page_id: int) -> Page:
        if pages.case_of(self.db, page_id) != case_id:
            raise NotFoundError(_("There is no page {id} in this case.").format(id=page_id))
        return pages.get(self.db, page_id)

    def list_pages(self, document_id: int) -> list[Page]:
        documents.get(self.db, document_id)
        return pages.for_document(self.db, document_id)

    def rotate_page(self, page_id: int, degrees: int) -> Page:
        pages.get(self.db, page_id)
        return pages.rotate(self.db, page_id, degrees)

    def exclude_page(self, page_id: int, excluded: bool = True) -> Page:
        pages.get(self.db, page_id)
        return pages.set_excluded(self.db, page_id, excluded)

    def page_source(self, page_id: int) -> tuple[Path, str, int]:
        """The stored file, its kind and the page index to draw page ``page_id`` from."""
        page = pages.get(self.db, page_id)
        doc = documents.get(self.db, page.document_id)
        sha = documents.working_file(self.db, doc.id)
        return self.store.originals.path(sha), doc.kind, page.source_index

    def remove_document(self, case_id: int, document_id: int) -> None:
        """Take a document out of the case, deleting its stored files where no other
        document (in any case) still uses them."""
        documents.get(self.db, document_id, case_id)
        page_ids, orphans = documents.remove(self.db, document_id)
        for page_id in page_ids:
            self.store.remove_derived(page_id)
        for sha in orphans:
            self.store.originals.remove(sha)

    def requeue_unread(self) -> list[rows.ReadPage]:
        """Send back to be read every page read earlier whose text layer or straightened
        image is gone (a restore that could not put them back); return those pages."""
        missing = []
        for page in rows.read_pages(self.db):
            folder = self.store.derived_dir(page.page_id)
            has_clean = any(folder.glob(CLEAN_IMAGE + ".*"))
            if not (folder / TEXT_LAYER).is_file() or (page.cleaned and not has_clean):
                missing.append(page)
        if missing:
            rows.requeue_pages(self.db, [p.page_id for p in missing])
        return missing

    def retry_failed(self, document_id: int) -> int:
        documents.get(self.db, document_id)
        return pages.retry_failed(self.db, document_id)

    # --- import -----------------------------------------------------------------------------------

    def import_files(
        self,
        case_id: int,
        paths: Iterable[Path],
        *,
        password: str | None = None,
        progress: ImportProgress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> list[ImportOutcome]:
        """Import files and folders; one outcome per file, errors included, never raises
        for a bad file (a missing case or an unusable data folder still raise)."""
        cases.get(self.db, case_id)
        files = list(expand_paths(Path(p) for p in paths))
        outcomes: list[ImportOutcome] = []
        for number, path in enumerate(files):
            if should_stop():
                break
            if progress:
                progress(number, len(files), path.name)
            outcomes.append(self._import_one(case_id, path, password))
        if progress:
            progress(len(outcomes), len(files), "")
        not_added.remember(self.db, case_id, outcomes)  # still said after a restart
        return outcomes

    def not_added(self, case_id: int) -> list[ImportOutcome]:
        """The case's files that could not be added, until added or dismissed."""
        return not_added.for_case(self.db, case_id)

    def forget_not_added(self, case_id: int, path: str) -> None:
        not_added.forget(self.db, case_id, path)

    def _import_one(self, case_id: int, path: Path, password: str | None) -> ImportOutcome:
        shown = str(path)
        try:  # only a regular file is read (a FIFO or /dev/zero would never end)
            existing = documents.find_by_sha(self.db, case_id, fingerprint(path))
        except ImportFileError as exc:
            return ImportOutcome(shown, "error", error=str(exc), error_code=exc.code)
        if existing is not None:
            count = len(pages.for_document(self.db, existing))
            return ImportOutcome(shown, "duplicate", document_id=existing, pages=count)
        try:
            report = inspect_file(path, password)
        except ImportFileError as exc:
            return ImportOutcome(shown, "error", error=str(exc), error_code=exc.code)
        sha, size = self.store.originals.put_file(path)
        working = self.store.originals.put_bytes(report.working) if report.working else None
        document_id = documents.add(
            self.db,
            case_id=case_id,
            sha256=sha,
            size=size,
            working_sha256=working,
            source_name=path.name,
            kind=report.kind,
            title=title_from_name(path),
            empty_fields=report.empty_fields,
            pages=[
                NewPage(p.index, p.width, p.height, native_text=bool(p.text), text=p.text,
                        slots=p.slots)
                for p in report.pages
            ],
        )
        return ImportOutcome(shown, "imported", document_id=document_id, pages=len(report.pages))

    # --- processing ---------------------------------------------------------------------------

    @property
    def ocr_languages(self) -> str:
        return self.store.get_setting(LANGUAGES_SETTING, ocr.DEFAULT_LANGUAGES)

    def set_ocr_languages(self, languages: str) -> None:
        ocr.check_languages(languages)
        self.store.set_setting(LANGUAGES_SETTING, languages)

    def pending_pages(self, case_id: int | None = None) -> int:
        """Pages still to read, counting those a crashed run left half-done."""
        return pages.unread_count(self.db, case_id)

    def process(
        self,
        case_id: int | None = None,
        *,
        progress: PageProgress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        workers: int | None = None,
        timeout: float = ocr.DEFAULT_TIMEOUT,
    ) -> ProcessSummary:
        """Do all pending page work (of one case, or of all). Safe to call again after a
        crash or a stop: unfinished pages go back to the queue."""
        if case_id is not None:
            cases.get(self.db, case_id)
        languages = self.ocr_languages
        ocr.check_languages(languages)
        with self._processing_lock():
            pages.requeue_interrupted(self.db)
            queue = pages.pending(self.db, case_id)
            done = failed = 0
            failures: list[tuple[int, str]] = []
            sources: dict[int, Path] = {}
            for item in queue:
                try:  # in a protected folder, unsealed here: a damaged file fails its page
                    sources[item.page_id] = self.store.originals.path(item.sha256)
                except AppError as exc:
                    pages.save_failure(self.db, item.page_id, str(exc))
                    failures.append((item.page_id, str(exc)))
                    failed += 1
            crops = {item.page_id: pages.crop_job(self.db, item.page_id) for item in queue}
            jobs = [
                processing.PageJob(
                    page_id=item.page_id,
                    source=sources[item.page_id],
                    kind=item.kind,
                    index=item.source_index,
                    out_dir=self.store.derived_output(item.page_id),
                    tmp_root=self.store.tmp,
                    languages=languages,
                    timeout=timeout,
                    tesseract=ocr.tesseract_cmd(),
                    crop=crops[item.page_id][0],
                    crop_by_user=crops[item.page_id][1],
                )
                for item in queue if item.page_id in sources
            ]
            total = len(queue)
            if progress:
                progress(failed, total)

            def started(job: processing.PageJob) -> None:
                pages.mark_processing(self.db, [job.page_id])

            def finished(outcome: processing.PageOutcome) -> None:
                nonlocal done, failed
                if not outcome.error:
                    try:
                        self.store.keep_derived(outcome.page_id,
                                                self.store.derived_output(outcome.page_id,
                                                                          fresh=False))
                    except AppError as exc:  # a full disk while sealing
                        outcome = processing.PageOutcome(outcome.page_id, error=str(exc))
                self.store.drop_output(outcome.page_id)
                if outcome.error:
                    pages.save_failure(self.db, outcome.page_id, outcome.error)
                    failures.append((outcome.page_id, outcome.error))
                    failed += 1
                else:
                    pages.save_ocr(
                        self.db, outcome.page_id, text=outcome.text, words=outcome.words,
                        confidence=outcome.confidence, rotation=outcome.rotation,
                        skew=outcome.skew, cleaned=outcome.cleaned, languages=languages,
                        crop=outcome.crop, blank=outcome.blank, slots=outcome.slots,
                    )
                    done += 1
                if progress:
                    progress(done + failed, total)

            try:
                processing.run_jobs(jobs, finished, workers=workers, should_stop=should_stop,
                                    on_start=started)
            finally:
                pages.requeue_interrupted(self.db)
        return ProcessSummary(done=done, failed=failed, failures=tuple(failures))

    @contextlib.contextmanager
    def _processing_lock(self) -> Iterator[None]:
        """One processor per data folder: a second one (another window, a CLI run) waits
        its turn instead of taking pages the first is working on."""
        lock_path = self.store.root / "processing.lock"
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    # --- search and export ----------------------------------------------------------------------

    def search(self, case_id: int, query: str, limit: int = 50) -> list[SearchHit]:
        cases.get(self.db, case_id)
        return pages.search(self.db, case_id, query, limit)

    def first_pages(self, case_id: int) -> dict[int, Page]:
        """Each document's cover picture: its first page still in the packet (or its first
        page when every page is excluded), by document id."""
        found: dict[int, Page] = {}
        for doc in self.list_documents(case_id):
            doc_pages = pages.for_document(self.db, doc.id)
            if doc_pages:
                found[doc.id] = next((p for p in doc_pages if not p.excluded), doc_pages[0])
        return found

    def shown_source(self, page: Page) -> PageSource:
        """The file page ``page`` is shown from in the packet, before redaction: its
        straightened image with its text layer once processing made them, else its
        original (with the text layer, if any). The one place that knows which."""
        derived = self.store.derived_dir(page.id)
        layer = derived / TEXT_LAYER
        text_layer = layer if (not page.native_text and page.status == "done"
                               and layer.is_file()) else None
        clean = processing.clean_image(derived) if page.cleaned else None
        if clean is not None and text_layer is not None:
            return PageSource(clean, "image", 0, rotation=page.rotation_user % 360,
                              text_layer=text_layer)
        doc = documents.get(self.db, page.document_id)
        original = self.store.originals.path(documents.working_file(self.db, doc.id))
        return PageSource(original, doc.kind, page.source_index, rotation=page.rotation,
                          text_layer=text_layer)


@dataclass(frozen=True)
class CaseContents:
    """What deleting a case removes, for the confirmation."""

    case_id: int
    name: str
    documents: int
    pages: int
    files: int  # originals only this case uses, plus kept files (filings)
