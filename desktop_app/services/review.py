"""The case review: review a case, dismiss and restore findings, set the currency windows.

The facts
about each page's picture (a small hash, ink, darkness, resolution) are measured once and
cached by page id, so a review after the first reads only numbers and text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging

from desktop_app.core import processing
from desktop_app.core.assistant.language import detect_language
from desktop_app.core.review import (
    DocumentFacts,
    Finding,
    PageFacts,
    ReviewInput,
    ReviewSettings,
    StatementFacts,
    TabFacts,
    run_review,
)
from desktop_app.core.review.facts import (
    PageMeasure,
    look_from_hex,
    look_to_hex,
    measure_page,
    printed_size,
)
from desktop_app.core.statement import SECTION_KEYS
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.i18n import _
from desktop_app.services.library import Library
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import cases, pages
from desktop_app.storage import record as record_store
from desktop_app.storage import review as store
from desktop_app.storage import statements as statement_store

log = logging.getLogger(__name__)
MAX_WINDOW_MONTHS = 120


class Review:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db

    def measure_pages(self, case_id: int) -> int:
        """Measure (and cache) the pages of the case not yet measured as they are shown now.
        Pages still waiting to be read are left for later (processing may still turn them).
        Returns how many pages were measured."""
        measured = []
        for page in self._unmeasured(case_id):
            try:
                m = self._measure(page)
            except Exception as exc:  # noqa: BLE001 - a damaged page is reported elsewhere
                log.warning("cannot measure page %s: %s", page.id, exc)
                measured.append(store.MeasuredPage(page.id, page.rotation))
                continue
            measured.append(store.MeasuredPage(page.id, page.rotation, look_to_hex(m.look), m.ink,
                                               m.mean, m.pixel_dpi, m.image_dpi))
        store.save_facts(self.db, measured)
        return len(measured)


    def _measure(self, page: store.ReviewPage) -> PageMeasure:
        """The page's picture as the packet shows it. A photographed page whose outline
        was found (or drawn by the user) has its ink and darkness measured on its
        straightened image — the table around the sheet is not the page — turned only
        by the user's turn (it is kept upright).

        Two facts stay the original's: its resolution, because the review sizes a page
        by the original's pixels (``pages.width``) at the dpi the original declares (the
        straightened image declares none of its own); and its look, because the
        duplicate rule was measured on originals' looks (on the straightened pages a
        small phone picture and its smaller JPEG copy no longer matched, measured with
        ``tests/services/test_review_duplicates.py``)."""
        original = measure_page(self.store.originals.path(page.sha256), page.kind,
                                page.source_index, page.rotation)
        shown = pages.get(self.db, page.id)
        straightened = (processing.clean_image(self.store.derived_dir(page.id))
                        if shown.cleaned and shown.crop is not None else None)
        if straightened is None:
            return original
        measured = measure_page(straightened, "image", 0, shown.rotation_user)
        return dataclasses.replace(original, ink=measured.ink, mean=measured.mean)

    def _unmeasured(self, case_id: int) -> list[store.ReviewPage]:
        return [p for p in store.case_pages(self.db, case_id)
                if not p.measured and p.status in ("done", "failed")]


    def unmeasured(self, case_id: int) -> int:
        """How many pages ``measure_pages`` would measure now (the window measures them in a
        background lane and reviews again)."""
        return len(self._unmeasured(case_id))


    def gather(self, case_id: int, today: dt.date | None = None) -> ReviewInput:
        """Everything the review looks at, as plain data (reads only; see ``measure_pages``)."""
        case = cases.get(self.db, case_id)
        tabs = tuple(TabFacts(t.key, t.title, t.builtin) for t in cases.tabs(self.db, case_id))
        translations = assistant_store.translations_for_case(self.db, case_id)
        translated = set(translations.values())
        types = store.document_types(self.db, case_id)
        by_document: dict[int, list[PageFacts]] = {}
        for p in store.case_pages(self.db, case_id):
            # An image's declared dpi is known once measured; until then its size is not.
            image_dpi = p.image_dpi if p.measured else None
            printed, fit_dpi = printed_size(p.kind, p.width, p.height, image_dpi)
            known = p.kind == "pdf" or p.measured
            by_document.setdefault(p.document_id, []).append(PageFacts(
                id=p.id, number=p.source_index + 1, native_text=p.native_text, status=p.status,
                excluded=p.excluded, confidence=p.confidence, text=p.text,
                printed=printed if known else None,
                pixel_dpi=p.pixel_dpi if p.kind == "pdf" else (fit_dpi if known else None),
                look=look_from_hex(p.look) if p.measured else None,
                ink=p.ink if p.measured else None, mean=p.mean if p.measured else None,
            ))
        documents = tuple(
            DocumentFacts(
                id=d.id, title=d.title, category=d.category, date=d.date,
                language=d.language or _language("\n\n".join(
                    p.text for p in by_document.get(d.id, ()))),
                document_type=types.get(d.id), translation_of=translations.get(d.id),
                translated=d.id in translated, pages=tuple(by_document.get(d.id, ())),
            )
            for d in self.library.list_documents(case_id)
        )
        return ReviewInput(case=case, tabs=tabs, documents=documents,
                           today=today or dt.date.today(),
                           settings=store.settings(self.db, case_id),
                           statement=self._statement(case_id, documents))

    def _statement(self, case_id: int, documents: tuple[DocumentFacts, ...]) -> StatementFacts:
        """The statement's texts, and which documents the packet holds as it stands: filed
        under a tab, not correspondence left out, with a page in it (and the
        translations that go with those)."""
        row = statement_store.statement(self.db, case_id)
        texts, english = row.texts or {}, row.english or {}
        left_out = record_store.left_out_of_packet(self.db, case_id)
        shown = {d.id for d in documents if d.category and d.translation_of is None
                 and d.id not in left_out and any(not p.excluded for p in d.pages)}
        shown |= {d.id for d in documents if d.translation_of in shown}
        return StatementFacts(row.language, tuple(
            (key, texts.get(key, ""), english.get(key, "")) for key in SECTION_KEYS),
            frozenset(shown))


    def findings(self, case_id: int, *, include_dismissed: bool = False,
        today: dt.date | None = None, measure: bool = True,
    ) -> list[Finding]:
        """The case's findings, problems first. Dismissed findings are left out, or with
        ``include_dismissed`` kept and marked (``dismissed``, ``dismissed_reason``)."""
        if measure:
            self.measure_pages(case_id)
        found = run_review(self.gather(case_id, today))
        dismissed = store.dismissals(self.db, case_id)
        marked = [dataclasses.replace(f, dismissed=True, dismissed_reason=dismissed[f.key])
                  if f.key in dismissed else f for f in found]
        return marked if include_dismissed else [f for f in marked if not f.dismissed]


    def dismiss(self, case_id: int, key: str, reason: str) -> Finding:
        """Set a finding aside, with the reason; it stays dismissed when the review runs
        again (until restored)."""
        if not reason.strip():
            raise InvalidInputError(_("Say why this finding does not apply."),
                                    _("The reason is kept with the case for whoever reviews "
                                      "it next."))
        finding = self._finding(case_id, key)
        store.dismiss(self.db, case_id, key, reason.strip())
        return dataclasses.replace(finding, dismissed=True, dismissed_reason=reason.strip())


    def restore(self, case_id: int, key: str) -> None:
        """Show a dismissed finding again."""
        cases.get(self.db, case_id)
        if not store.restore(self.db, case_id, key):
            raise NotFoundError(_("No finding “{key}” is dismissed in this case.").format(key=key),
                                _("List the dismissed findings with: review --case {id} --all")
                                .format(id=case_id))


    def _finding(self, case_id: int, key: str) -> Finding:
        for finding in self.findings(case_id, include_dismissed=True):
            if finding.key == key:
                return finding
        raise NotFoundError(_("The review of this case has no finding “{key}”.").format(key=key),
                            _("Run the review to see the keys of its findings."))


    def change_stamp(self) -> tuple[int, int]:
        """Equal stamps: nothing in the data folder changed in between (so a review would
        find what it found before)."""
        return store.change_stamp(self.db)


    def windows(self, case_id: int) -> ReviewSettings:
        cases.get(self.db, case_id)
        return store.settings(self.db, case_id)


    def set_windows(self, case_id: int, *, medical_months: int | None = None,
        pay_stub_months: int | None = None,
    ) -> ReviewSettings:
        """How recent the newest medical record and pay stub must be (months), for this case."""
        current = self.windows(case_id)
        changed = ReviewSettings(
            medical_months=current.medical_months if medical_months is None else medical_months,
            pay_stub_months=current.pay_stub_months if pay_stub_months is None
            else pay_stub_months,
        )
        for months in (changed.medical_months, changed.pay_stub_months):
            if not 1 <= months <= MAX_WINDOW_MONTHS:
                raise InvalidInputError(
                    _("{n} months is not a window the review can use.").format(n=months),
                    _("Give a number of months from 1 to {most}.").format(most=MAX_WINDOW_MONTHS))
        store.set_settings(self.db, case_id, changed)
        return changed


    def problems(self, case_id: int) -> list[Finding]:
        """The review's open problems (not warnings or tips, not dismissed): what the export
        dialog lists before a packet is written."""
        return [f for f in self.findings(case_id, measure=False) if f.severity == "problem"]


@functools.lru_cache(maxsize=512)
def _language(text: str) -> str | None:
    """The language of a document the assistant has not looked at yet (its pages are
    read but no suggestion was made, e.g. a text PDF never processed): only a clear
    answer among the applicants' usual languages counts, so OCR debris is never taken
    for a foreign language."""
    if not text.strip():
        return None
    guess = detect_language(text)
    if guess.language in ("es", "fr", "pt", "ht") and guess.confidence >= 0.95:
        return guess.language
    return None
















