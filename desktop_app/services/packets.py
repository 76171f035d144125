"""The packet: what goes in it and in which order (a ``PacketPlan``), the filing rules
checked before it is written, and writing it.

``Packets.plan`` turns the case as stored into a plan, numbered by ``core.exhibits``:
fresh, or continuing the numbering of the packets filed before. ``write`` turns a plan
into the PDF; it needs no database, so the window runs it in a worker process. An export
is plan, check, write and record (``Record.export``; the window does the same in steps).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.assistant.knowledge import LANGUAGE_NAMES, language_label
from desktop_app.core.assistant.models import Translator
from desktop_app.core.exhibits import (
    Numbering,
    exhibit_number,
    letter_order,
    number_exhibits,
    shown_ids,
)
from desktop_app.core.export.packet import build_packet
from desktop_app.core.export.packing import Estimate
from desktop_app.core.export.packing import estimate as estimate_size
from desktop_app.core.export.plan import (
    Certificate,
    CoverInfo,
    Exhibit,
    PacketPlan,
    PacketResult,
    PageSource,
    Progress,
    TabSection,
)
from desktop_app.core.export.profiles import AS_IS, Profile, get_profile
from desktop_app.core.export.typeset import format_date
from desktop_app.core.export.written import Written
from desktop_app.core.filing_rules import needs_translation
from desktop_app.core.models import Document, Tab
from desktop_app.errors import InvalidInputError, UntranslatedError
from desktop_app.i18n import _
from desktop_app.services.library import Library
from desktop_app.services.redaction import Redaction
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import cases, documents, pages
from desktop_app.storage import record as record_store
from desktop_app.storage.record import PURPOSES, FiledExhibit, Filing, Purpose

TAB_DESCRIPTIONS = {
    "residence": "Proof of residence in the United States: leases, rent receipts, utility "
    "bills, bank statements, tax records and school enrollment showing the home address.",
    "employment": "Proof of employment: employer letters, pay stubs, W-2 forms and tax "
    "returns, work authorization.",
    "medical": "Medical evidence: records, psychological assessments and proof of ongoing "
    "treatment or hardship of the applicant or a dependent.",
    "community": "Community ties: letters from community and religious leaders, volunteer "
    "records, children's school records and letters of support.",
}
PACKED_DIR = "packed"  # a page's smaller pictures for filing online (``core.export.compress``)


@dataclass(frozen=True)
class FilingOptions:
    """What the user chose for one export (picklable; the window passes it between lanes)."""

    purpose: str = "initial"
    note: str = ""  # for the record only; not printed in the packet
    continue_numbering: bool = False  # only documents not filed yet, numbering continued
    bates_prefix: str | None = None
    tabs: tuple[str, ...] | None = None
    chronology: bool = False
    prepared_on: dt.date | None = None
    profile: str | None = None  # where it is filed (``core.export.profiles``); None: as is
    max_mb: float | None = None  # the profile's size limit per file, when the user sets it
    pdfa: bool = False
    allow_untranslated: bool = False  # go on with exhibits not in English, untranslated

    def destination(self) -> Profile:
        return get_profile(self.profile, self.max_mb)


def check_purpose(purpose: str) -> Purpose:
    for known in PURPOSES:
        if purpose == known:
            return known
    raise InvalidInputError(
        _("“{purpose}” is not a purpose of a filing.").format(purpose=purpose),
        _("Use initial, rfe-response or supplement."),
    )


class Packets:
    def __init__(self, library: Library, redaction: Redaction) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db
        self.redaction = redaction
        # The written parts (statement, cover letter, signature, service) of a plan:
        # set by ``Services`` (``services.written``), which builds on this class.
        self.written_for: Callable[[int, PacketPlan], Written] | None = None

    # --- the plan -----------------------------------------------------------------------------

    def plan(self, case_id: int, options: FilingOptions | None = None) -> PacketPlan:
        """The packet an export with ``options`` writes. A document marked as the
        translation of another is not an exhibit of its own: it follows its original under
        the same exhibit id, with the translator's certificate when the case has a
        translator. Continuing the numbering (``core.exhibits``), only documents not filed
        yet go in (and those whose translation came after they were filed); the index and
        the cover say what was filed before, and Bates numbers go on after every page
        filed (never used twice for one case)."""
        options = options or FilingOptions()
        purpose = check_purpose(options.purpose)
        db = self.db
        case = cases.get(db, case_id)
        filed = record_store.filings(db, case_id) if options.continue_numbering else []
        if options.continue_numbering and not filed:
            raise InvalidInputError(
                _("Nothing has been filed for this case yet, so there is no numbering to "
                  "continue."),
                _("Export the first packet as an initial request."),
            )
        chosen = ({cases.tab_by_key(db, case_id, key).key for key in options.tabs}
                  if options.tabs else None)
        docs = self._packet_documents(case_id)
        pairs = assistant_store.translations_for_case(db, case_id)
        by_id = {d.id: d for d in docs}
        in_packet = {d.id for d in docs if d.category}
        in_packet |= {t for t, o in pairs.items() if o in in_packet}
        unfinished = [d for d in docs
                      if d.id in in_packet and d.status in ("pending", "processing")]
        if unfinished:
            raise InvalidInputError(
                _("{n} document(s) are still being read, e.g. “{title}”.").format(
                    n=len(unfinished), title=unfinished[0].title
                ),
                _("Wait until reading is finished (or run the process command), then "
                  "export."),
            )
        shelf = [(tab, tab_docs) for tab, tab_docs in self._exhibit_documents(case_id)
                 if chosen is None or tab.key in chosen]
        if not any(tab_docs for _tab, tab_docs in shelf):
            raise InvalidInputError(
                _("There is nothing to export: no document is filed under a tab yet."),
                _("File each document under Residence, Employment, Medical or Community "
                  "first."),
            )
        late = self._translated_late(case_id, filed) if filed else {}
        numbering = self._number(case_id, shelf, filed, late)
        if not numbering.tabs:
            raise InvalidInputError(
                _("Every document in this packet was filed before."),
                _("File the new documents under a tab, or export without “only documents "
                  "not filed yet”."),
            )
        translator = assistant_store.get_translator(db, case_id)
        by_tab = {tab.key: (tab, tab_docs) for tab, tab_docs in shelf}
        sections: list[TabSection] = []
        for key, letter in numbering.tabs:
            tab, tab_docs = by_tab[key]
            exhibits = self._exhibits(numbering.ids, [d for d in tab_docs
                                                      if d.id in numbering.ids],
                                      pairs, by_id, translator, late)
            sections.append(TabSection(letter, _(tab.title),
                                       _(TAB_DESCRIPTIONS.get(tab.key, "")), exhibits,
                                       key=tab.key))
        relief = case.relief.strip()
        plan = PacketPlan(
            cover=CoverInfo(
                applicant=case.name, a_number=case.a_number,
                date_of_birth=_long_date(case.date_of_birth),
                address=case.address, phone=case.phone, email=case.email,
                representative=case.representative, relief=relief[:1].upper() + relief[1:],
                key_factors=case.key_factors,
            ),
            tabs=tuple(sections),
            prepared_on=options.prepared_on or dt.date.today(),
            bates_prefix=options.bates_prefix or None,
            title=_("Request for {relief}").format(relief=_heading(relief)) if relief
            else _("Evidence Packet"),
            chronology=options.chronology,
        )
        if filed:
            plan = replace(plan, note=supplement_note(filed, purpose),
                           bates_start=1 + sum(past.page_count for past in filed))
        if self.written_for is not None:
            plan = replace(plan, written=self.written_for(case_id, plan))
        return plan

    def _packet_documents(self, case_id: int) -> list[Document]:
        """The case's documents that may go in the packet: correspondence (notices and
        letters received) only where the user chose to include it."""
        left_out = record_store.left_out_of_packet(self.db, case_id)
        return [d for d in documents.list_for_case(self.db, case_id) if d.id not in left_out]

    def exhibit_documents(self, case_id: int) -> list[tuple[Tab, list[Document]]]:
        """Each tab in packet order with its exhibits' documents (see below)."""
        return self._exhibit_documents(case_id)

    def _exhibit_documents(self, case_id: int) -> list[tuple[Tab, list[Document]]]:
        """Each tab in packet order with the documents that are exhibits under it: filed
        there, not a translation (it goes with its original), with a page in the packet."""
        db = self.db
        docs = self._packet_documents(case_id)
        pairs = assistant_store.translations_for_case(db, case_id)
        shown = {d.id for d in docs if d.id not in pairs
                 and any(not p.excluded for p in pages.for_document(db, d.id))}
        return [(tab, [d for d in docs if d.category == tab.key and d.id in shown])
                for tab in cases.tabs(db, case_id)]

    def _number(self, case_id: int, shelf: Sequence[tuple[Tab, list[Document]]],
                filed: Sequence[Filing], late: dict[int, str]) -> Numbering:
        """The numbering of ``shelf`` (``core.exhibits``), continuing ``filed``'s."""
        again = {doc for doc in late if self._translations(case_id, doc)}
        return number_exhibits([(tab.key, [d.id for d in docs]) for tab, docs in shelf],
                               [ex for past in filed for ex in past.exhibits], again)

    def _translations(self, case_id: int, original: int) -> list[int]:
        """The translations of ``original`` with a page in the packet."""
        db = self.db
        pairs = assistant_store.translations_for_case(db, case_id)
        docs = {d.id for d in self._packet_documents(case_id)}
        return [t for t, o in sorted(pairs.items()) if o == original and t in docs
                and any(not p.excluded for p in pages.for_document(db, t))]

    def _translated_late(self, case_id: int, filed: Sequence[Filing]) -> dict[int, str]:
        """{document id: the exhibit it was last filed as} for each filed document that
        has a translation now which none of the filings carried: paired after it was
        filed."""
        sent: set[int] = set()
        for past in filed:
            inputs = record_store.filing_inputs(self.db, past.id)
            for tab in inputs.get("plan", {}).get("tabs", []):
                for ex in tab.get("exhibits", []):
                    sent.update(int(t) for t in ex.get("translation_documents", []))
        last: dict[int, str] = {ex.document_id: ex.exhibit_id for past in filed
                                for ex in past.exhibits if ex.document_id is not None}
        pairs = assistant_store.translations_for_case(self.db, case_id)
        return {original: last[original] for translation, original in pairs.items()
                if original in last and translation not in sent}

    def exhibit_numbers(self, case_id: int) -> tuple[dict[str, str], dict[int, str]]:
        """({tab key: letter}, {document id: exhibit id}) as the window shows them: those
        of the packet an export writes now (continuing the record's numbering once
        something was filed, as the export does by default), else the ids documents were
        last filed under; a translation shows its original's (``core.exhibits``)."""
        filed = record_store.filings(self.db, case_id)
        late = self._translated_late(case_id, filed) if filed else {}
        shelf = self._exhibit_documents(case_id)
        numbering = self._number(case_id, shelf, filed, late)
        return shown_ids(numbering, [ex for past in filed for ex in past.exhibits],
                         assistant_store.translations_for_case(self.db, case_id),
                         {d.id for _tab, docs in shelf for d in docs})

    def _sources(self, doc: Document) -> tuple[PageSource, ...]:
        return tuple(
            replace(self.redaction.packet_source(page, self.library.shown_source(page)),
                    cache=self.store.derived_dir(page.id) / PACKED_DIR)
            for page in pages.for_document(self.db, doc.id)
            if not page.excluded
        )

    def _exhibits(
        self,
        ids: Mapping[int, str],
        docs: list[Document],
        pairs: dict[int, int],
        by_id: dict[int, Document],
        translator: Translator | None,
        late: dict[int, str],
    ) -> tuple[Exhibit, ...]:
        exhibits: list[Exhibit] = []
        for doc in docs:
            translated = [by_id[t] for t, o in sorted(pairs.items())
                          if o == doc.id and t in by_id]
            translation = tuple(s for t in translated for s in self._sources(t))
            certificate = None
            if translation and translator is not None:
                language = LANGUAGE_NAMES.get(doc.language or "", "")
                certificate = Certificate(
                    translator=translator.name, address=translator.address,
                    statement=translator.statement, phone=translator.phone,
                    language=_(language) if language and doc.language != "other"
                    else _("the original language"),
                    document_title=doc.title,
                )
            note = _("(with certified translation)") if translation else ""
            if translation and doc.id in late:
                note = _("(with certified translation; original filed as {exhibit})").format(
                    exhibit=late[doc.id])
            exhibits.append(Exhibit(
                exhibit_id=ids[doc.id], title=doc.title,
                date=dt.date.fromisoformat(doc.date) if doc.date else None,
                pages=self._sources(doc), note=note, translation=translation,
                certificate=certificate, document_id=doc.id,
            ))
        return tuple(exhibits)

    # --- the filing rules -----------------------------------------------------------------------

    def untranslated(self, case_id: int, plan: PacketPlan) -> list[tuple[str, str, str]]:
        """[(exhibit id, title, language)] of the plan's exhibits that need a translation
        and go without one."""
        pairs = assistant_store.translations_for_case(self.db, case_id)
        found: list[tuple[str, str, str]] = []
        for tab in plan.tabs:
            for exhibit in tab.exhibits:
                if exhibit.document_id is None or exhibit.translation:
                    continue
                doc = documents.get(self.db, exhibit.document_id)
                if needs_translation(doc, pairs):
                    found.append((exhibit.exhibit_id, exhibit.title,
                                  language_label(doc.language or "other")))
        return found

    def check_rules(self, case_id: int, plan: PacketPlan, *,
                    allow_untranslated: bool = False) -> None:
        """Raise ``UntranslatedError`` naming every exhibit that needs a translation,
        unless ``allow_untranslated``. The CLI refuses (exit 1) unless
        ``--allow-untranslated``; the window asks."""
        missing = self.untranslated(case_id, plan)
        if not missing or allow_untranslated:
            return
        names = "; ".join(_("{exhibit} “{title}” ({language})").format(
            exhibit=e, title=t, language=lang) for e, t, lang in missing)
        raise UntranslatedError(
            _("Not in English and without a translation: {exhibits}. A filing needs a "
              "complete English translation of each, with the translator's certificate "
              "(8 CFR 103.2(b)(3)).").format(exhibits=names),
            _("Add the translation and pair it with its document (Translation of…), or "
              "leave the exhibit out; to export anyway, use --allow-untranslated."),
            missing,
        )


# --- writing (no database: runs in a worker process) ---------------------------------------------


def write(plan: PacketPlan, out_path: Path, progress: Progress | None = None, *,
          profile: Profile | None = None, pdfa: bool = False) -> PacketResult:
    """Write the packet of ``plan`` for ``profile``'s destination (None: one file,
    pictures as they are)."""
    return build_packet(plan, Path(out_path), progress, profile=profile or AS_IS, pdfa=pdfa)


def estimate(plan: PacketPlan, profile: Profile) -> Estimate:
    """The size the packet of ``plan`` is expected to have for ``profile``."""
    return estimate_size(plan, profile)


# --- what the packet prints (stays in English: see packaging/extract_messages.py) ----------------


def _long_date(value: str) -> str:
    """"1986-03-14" as "March 14, 1986"; anything else as the user wrote it."""
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        return value
    return f"{_(day.strftime('%B'))} {day.day}, {day.year}"


def _heading(relief: str) -> str:
    """A short relief in title case ("Deferred Action"); a long one as written."""
    if len(relief.split()) > 6:
        return relief
    small = {"a", "an", "and", "for", "in", "of", "or", "the", "to", "under"}
    words = relief.split()
    return " ".join(
        w if (i and w.lower() in small) or not w.islower() else w.capitalize()
        for i, w in enumerate(words)
    )


def _ranges(exhibits: Iterable[FiledExhibit]) -> list[str]:
    """"A-1 to A-4", "B-1", "C-1 to C-2, C-4" — what was filed, tab by tab."""
    numbers: dict[str, set[int]] = {}
    for ex in exhibits:
        numbers.setdefault(ex.tab_letter, set()).add(exhibit_number(ex.exhibit_id))
    found: list[str] = []
    for letter in sorted(numbers, key=letter_order):
        runs: list[list[int]] = []
        for n in sorted(numbers[letter]):
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            found.append(f"{letter}-{run[0]}" if len(run) == 1 else
                         _("{first} to {last}").format(first=f"{letter}-{run[0]}",
                                                       last=f"{letter}-{run[-1]}"))
    return found


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def supplement_note(filed: Sequence[Filing], purpose: str) -> str:
    """"Supplement to the packet filed on March 2, 2026; exhibits A-1 to A-4 were filed
    then." (or the response to a request for evidence, or several packets)."""
    days = sorted({f.filed_on for f in filed})
    dates = _join([format_date(dt.date.fromisoformat(d)) for d in days])
    if purpose == "rfe-response":
        head = (_("Response to the request for evidence, adding to the packet filed on "
                  "{dates}") if len(days) == 1 else
                _("Response to the request for evidence, adding to the packets filed on "
                  "{dates}")).format(dates=dates)
    elif purpose == "supplement":
        head = (_("Supplement to the packet filed on {dates}") if len(days) == 1 else
                _("Supplement to the packets filed on {dates}")).format(dates=dates)
    else:
        head = (_("Continues the packet filed on {dates}") if len(days) == 1 else
                _("Continues the packets filed on {dates}")).format(dates=dates)
    exhibits = [ex for f in filed for ex in f.exhibits]
    ranges = _join(_ranges(exhibits))
    tail = (_("exhibit {ranges} was filed then.") if len(exhibits) == 1 else
            _("exhibits {ranges} were filed then.")).format(ranges=ranges)
    return f"{head}; {tail}"
