"""Turn a case as stored into a ``PacketPlan``: what goes in the packet, in which order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop_app.core.assistant.knowledge import LANGUAGE_NAMES
from desktop_app.core.exhibits import Numbering, number_exhibits, shown_ids
from desktop_app.core.export.plan import (
    Certificate,
    CoverInfo,
    Exhibit,
    PacketPlan,
    PageSource,
    TabSection,
)
from desktop_app.core.models import Document, Page, Tab
from desktop_app.core.processing import TEXT_LAYER, clean_image
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import redaction
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import cases, documents, pages
from desktop_app.storage import record as record_store
from desktop_app.storage.record import Filing

if TYPE_CHECKING:
    from desktop_app.core.assistant.models import Translator
    from desktop_app.services.facade import Services

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


def build_plan(
    services: Services,
    case_id: int,
    *,
    bates_prefix: str | None = None,
    tabs: Sequence[str] | None = None,
    prepared_on: dt.date | None = None,
    chronology: bool = False,
    filed: Sequence[Filing] = (),
) -> PacketPlan:
    """The packet of case ``case_id``. A document marked as the translation of another is
    not an exhibit of its own: it follows its original under the same exhibit id, with
    the translator's certificate when the case has a translator. With ``filed`` (the
    case's filings), the packet continues their numbering (``core.exhibits``): only
    documents not filed yet, and those whose translation came after they were filed."""
    db = services.db
    case = cases.get(db, case_id)
    chosen = {cases.tab_by_key(db, case_id, key).key for key in tabs} if tabs else None
    docs = _packet_documents(services, case_id)
    pairs = assistant_store.translations_for_case(db, case_id)
    translator = assistant_store.get_translator(db, case_id)
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
            _("Wait until reading is finished (or run the process command), then export."),
        )
    shelf = [(tab, filed_docs) for tab, filed_docs in _exhibit_documents(services, case_id)
             if chosen is None or tab.key in chosen]
    if not any(filed_docs for _tab, filed_docs in shelf):
        raise InvalidInputError(
            _("There is nothing to export: no document is filed under a tab yet."),
            _("File each document under Residence, Employment, Medical or Community first."),
        )
    late = _translated_late(services, case_id, filed) if filed else {}
    numbering = _number(services, case_id, shelf, filed, late)
    if not numbering.tabs:
        raise InvalidInputError(
            _("Every document in this packet was filed before."),
            _("File the new documents under a tab, or export without “only documents not "
              "filed yet”."),
        )
    by_tab = {tab.key: (tab, filed_docs) for tab, filed_docs in shelf}
    sections: list[TabSection] = []
    for key, letter in numbering.tabs:
        tab, tab_docs = by_tab[key]
        chosen_docs = [d for d in tab_docs if d.id in numbering.ids]
        exhibits = _exhibits(services, numbering.ids, chosen_docs, pairs, by_id, translator,
                             late)
        sections.append(
            TabSection(letter, _(tab.title), _(TAB_DESCRIPTIONS.get(tab.key, "")), exhibits,
                       key=tab.key)
        )
    relief = case.relief.strip()
    return PacketPlan(
        cover=CoverInfo(
            applicant=case.name, a_number=case.a_number,
            date_of_birth=_long_date(case.date_of_birth),
            address=case.address, phone=case.phone, email=case.email,
            representative=case.representative, relief=relief[:1].upper() + relief[1:],
            key_factors=case.key_factors,
        ),
        tabs=tuple(sections),
        prepared_on=prepared_on or dt.date.today(),
        bates_prefix=bates_prefix or None,
        title=_("Request for {relief}").format(relief=_heading(relief)) if relief
        else _("Evidence Packet"),
        chronology=chronology,
    )


def _exhibit_documents(services: Services, case_id: int) -> list[tuple[Tab, list[Document]]]:
    """Each tab in packet order with the documents that are exhibits under it: filed
    there, not a translation (it goes with its original), with a page in the packet."""
    db = services.db
    docs = _packet_documents(services, case_id)
    pairs = assistant_store.translations_for_case(db, case_id)
    shown = {d.id for d in docs
             if d.id not in pairs and any(not p.excluded for p in pages.for_document(db, d.id))}
    return [(tab, [d for d in docs if d.category == tab.key and d.id in shown])
            for tab in cases.tabs(db, case_id)]


def _number(services: Services, case_id: int, shelf: Sequence[tuple[Tab, list[Document]]],
            filed: Sequence[Filing], late: dict[int, str]) -> Numbering:
    """The numbering of ``shelf`` (``core.exhibits``), continuing ``filed``'s."""
    again = {doc for doc in late if _translation_documents(services, case_id, doc)}
    return number_exhibits([(tab.key, [d.id for d in docs]) for tab, docs in shelf],
                           [ex for past in filed for ex in past.exhibits], again)


def _translation_documents(services: Services, case_id: int, original: int) -> list[int]:
    """The translations of ``original`` with a page in the packet."""
    db = services.db
    pairs = assistant_store.translations_for_case(db, case_id)
    docs = {d.id for d in _packet_documents(services, case_id)}
    return [t for t, o in sorted(pairs.items()) if o == original and t in docs
            and any(not p.excluded for p in pages.for_document(db, t))]


def exhibit_numbers(services: Services, case_id: int) -> tuple[dict[str, str], dict[int, str]]:
    """({tab key: letter}, {document id: exhibit id}) as the window shows them: those of
    the packet an export writes now (continuing the record's numbering once something
    was filed, as the export does by default), else the ids documents were last filed
    under; a translation shows its original's id (``core.exhibits.shown_ids``)."""
    filed = record_store.filings(services.db, case_id)
    late = _translated_late(services, case_id, filed) if filed else {}
    shelf = _exhibit_documents(services, case_id)
    numbering = _number(services, case_id, shelf, filed, late)
    return shown_ids(numbering, [ex for past in filed for ex in past.exhibits],
                     assistant_store.translations_for_case(services.db, case_id),
                     {d.id for _tab, docs in shelf for d in docs})


def _translated_late(services: Services, case_id: int,
                     filed: Sequence[Filing]) -> dict[int, str]:
    """{document id: the exhibit it was last filed as} for each filed document that has a
    translation now which none of the filings carried: paired after it was filed."""
    sent: set[int] = set()
    for past in filed:
        inputs = record_store.filing_inputs(services.db, past.id)
        for tab in inputs.get("plan", {}).get("tabs", []):
            for ex in tab.get("exhibits", []):
                sent.update(int(t) for t in ex.get("translation_documents", []))
    last: dict[int, str] = {ex.document_id: ex.exhibit_id for past in filed
                            for ex in past.exhibits if ex.document_id is not None}
    pairs = assistant_store.translations_for_case(services.db, case_id)
    return {original: last[original] for translation, original in pairs.items()
            if original in last and translation not in sent}


def _packet_documents(services: Services, case_id: int) -> list[Document]:
    """The case's documents that may go in the packet: correspondence (notices and letters
    received) only where the user chose to include it."""
    left_out = record_store.left_out_of_packet(services.db, case_id)
    return [d for d in documents.list_for_case(services.db, case_id) if d.id not in left_out]


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


PACKED_DIR = "packed"  # a page's smaller pictures for filing online (``core.export.compress``)


def _sources(services: Services, doc: Document) -> tuple[PageSource, ...]:
    return tuple(
        replace(redaction.packet_source(services, page, _source(services, doc, page)),
                cache=services.store.derived_dir(page.id) / PACKED_DIR)
        for page in pages.for_document(services.db, doc.id)
        if not page.excluded
    )


def _exhibits(
    services: Services,
    ids: Mapping[int, str],
    docs: list[Document],
    pairs: dict[int, int],
    by_id: dict[int, Document],
    translator: Translator | None,
    late: dict[int, str],
) -> tuple[Exhibit, ...]:
    exhibits: list[Exhibit] = []
    for doc in docs:
        sources = _sources(services, doc)
        translated = [by_id[t] for t, o in sorted(pairs.items()) if o == doc.id and t in by_id]
        translation = tuple(s for t in translated for s in _sources(services, t))
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
        exhibits.append(
            Exhibit(
                exhibit_id=ids[doc.id],
                title=doc.title,
                date=dt.date.fromisoformat(doc.date) if doc.date else None,
                pages=sources,
                note=note,
                translation=translation,
                certificate=certificate,
                document_id=doc.id,
            )
        )
    return tuple(exhibits)


def _source(services: Services, doc: Document, page: Page) -> PageSource:
    derived = services.store.derived_dir(page.id)
    layer = derived / TEXT_LAYER
    text_layer = layer if (not page.native_text and page.status == "done"
                           and layer.is_file()) else None
    clean = clean_image(derived) if page.cleaned else None
    if clean is not None and text_layer is not None:
        return PageSource(clean, "image", 0, rotation=page.rotation_user % 360,
                          text_layer=text_layer)
    original = services.store.originals.path(documents.working_file(services.db, doc.id))
    return PageSource(original, doc.kind, page.source_index, rotation=page.rotation,
                      text_layer=text_layer)
