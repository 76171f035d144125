"""``Services``: the one facade the window and the command line call, bound to one data
folder.

It is the ``Library`` (cases, tabs, documents, pages: ``services.create_case``,
``services.import_files``, ``services.process`` ...) with every feature built on it, the
way Anki's ``Collection`` builds its managers::

    services.pictures    page pictures and thumbnails           (services/pictures.py)
    services.packets     the packet: plan, numbering, rules     (services/packets.py)
    services.record      filings, deadlines, correspondence     (services/record.py)
    services.redaction   areas, patterns, redacting everywhere  (services/redaction.py)
    services.assistant   suggestions, translations, chronology  (services/assistant.py)
    services.statements  statement, cover letter, signing, service (services/statements.py)
    services.review      the case review                        (services/review.py)
    services.outlines    a page's outline in its photo          (services/outline.py)
    services.archive     case archives                          (services/archive.py)
    services.check       checking the data folder               (services/check.py)
    services.board       what the window's board shows          (services/board.py)

Each feature works over the ``Store`` and the library, and is handed the features it
needs; none of them imports this module. What spans features (reading pages and letting
the assistant suggest) is a method here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from desktop_app.core.assistant.models import DocumentSuggestion
from desktop_app.core.models import ProcessSummary
from desktop_app.paths import default_data_dir
from desktop_app.services.archive import Archives
from desktop_app.services.assistant import Assistant
from desktop_app.services.board import Board
from desktop_app.services.check import FolderCheck
from desktop_app.services.library import Library, PageProgress
from desktop_app.services.outline import Outlines
from desktop_app.services.packets import Packets
from desktop_app.services.pictures import Pictures
from desktop_app.services.record import Record
from desktop_app.services.redaction import Redaction
from desktop_app.services.review import Review
from desktop_app.services.statements import Statements
from desktop_app.services.written import written_for_plan
from desktop_app.storage import removals
from desktop_app.storage.store import Store

SUGGEST_EVERY = 1.5  # seconds between the assistant's passes while pages are being read


class Services(Library):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.pictures = Pictures(self)
        self.redaction = Redaction(self)
        self.packets = Packets(self, self.redaction)
        self.record = Record(self, self.packets, self.redaction)
        self.assistant = Assistant(self, self.packets)
        self.statements = Statements(self, self.packets)
        self.packets.written_for = partial(written_for_plan, self.statements)
        self.review = Review(self)
        self.outlines = Outlines(self, self.pictures)
        self.archive = Archives(self)
        self.check = FolderCheck(self)
        self.board = Board(self, self.pictures, self.packets, self.assistant, self.record)

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Services:
        store = Store(data_dir or default_data_dir())
        try:
            removals.finish(store)  # a case deletion cut short by a crash
        except BaseException:
            store.close()
            raise
        return cls(store)

    def read_pages(
        self,
        case_id: int | None = None,
        *,
        progress: PageProgress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        workers: int | None = None,
    ) -> tuple[ProcessSummary, list[DocumentSuggestion]]:
        """Read every page still waiting (of one case, or of all) until none is left, and
        let the assistant suggest for each document once its pages are all read: as
        reading goes on (not only at the end of a long batch), and at the end (also for
        documents that needed no reading, PDFs with text of their own)."""
        done = failed = 0
        failures: list[tuple[int, str]] = []
        made: list[DocumentSuggestion] = []
        last = time.monotonic()

        def reading(pages_done: int, total: int) -> None:
            nonlocal last
            if progress:
                progress(pages_done, total)
            if time.monotonic() - last > SUGGEST_EVERY:
                made.extend(self.assistant.suggest_ready_documents(case_id))
                last = time.monotonic()

        while not should_stop() and self.pending_pages(case_id):
            summary = self.process(case_id, progress=reading, should_stop=should_stop,
                                   workers=workers)
            done, failed = done + summary.done, failed + summary.failed
            failures += summary.failures
        made.extend(self.assistant.suggest_ready_documents(case_id))
        return ProcessSummary(done=done, failed=failed, failures=tuple(failures)), made
