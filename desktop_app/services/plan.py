"""Turn a case as stored into a ``PacketPlan``: what goes in the packet, in which order."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop_app.core.assistant.knowledge import LANGUAGE_NAMES
from desktop_app.core.export.plan import (
    Certificate,
    CoverInfo,
    Exhibit,
    PacketPlan,
    PageSource,
    TabSection,
)
from desktop_app.core.models import Document, Page
from desktop_app.core.processing import TEXT_LAYER, clean_image
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import redaction
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import cases, documents, pages
from desktop_app.storage import record as record_store

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
) -> PacketPlan:
    """The packet of case ``case_id``. A document marked as the translation of another is
    not an exhibit of its own: it follows its original under the same exhibit id, with
    the translator's certificate when the case has a translator."""
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
    sections: list[TabSection] = []
    for tab in cases.tabs(db, case_id):
        if chosen is not None and tab.key not in chosen:
            continue
        letter = _letter(len(sections))
        filed = [d for d in docs if d.category == tab.key and d.id not in pairs]
        exhibits = _exhibits(services, letter, filed, pairs, by_id, translator)
        if exhibits:
            sections.append(
                TabSection(letter, _(tab.title), _(TAB_DESCRIPTIONS.get(tab.key, "")), exhibits,
                           key=tab.key)
            )
    if not sections:
        raise InvalidInputError(
            _("There is nothing to export: no document is filed under a tab yet."),
            _("File each document under Residence, Employment, Medical or Community first."),
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


def _letter(number: int) -> str:
    letters = string.ascii_uppercase
    return letters[number] if number < 26 else letters[number // 26 - 1] + letters[number % 26]


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
    letter: str,
    docs: list[Document],
    pairs: dict[int, int],
    by_id: dict[int, Document],
    translator: Translator | None,
) -> tuple[Exhibit, ...]:
    exhibits: list[Exhibit] = []
    for doc in docs:
        sources = _sources(services, doc)
        if not sources:
            continue
        exhibit_id = f"{letter}-{len(exhibits) + 1}"
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
        exhibits.append(
            Exhibit(
                exhibit_id=exhibit_id,
                title=doc.title,
                date=dt.date.fromisoformat(doc.date) if doc.date else None,
                pages=sources,
                note=_("(with certified translation)") if translation else "",
                translation=translation,
                certificate=certificate,
                document_id=doc.id,
            )
        )
    return tuple(exhibits)


def exhibit_ids(services: Services, case_id: int) -> dict[int, str]:
    """{document id: exhibit id} as ``build_plan`` would number the case now (translations
    carry their original's id with " (translation)")."""
    db = services.db
    docs = _packet_documents(services, case_id)
    pairs = assistant_store.translations_for_case(db, case_id)
    found: dict[int, str] = {}
    letters = 0
    for tab in cases.tabs(db, case_id):
        count = 0
        letter = _letter(letters)
        for doc in docs:
            if doc.category != tab.key or doc.id in pairs:
                continue
            if not any(not p.excluded for p in pages.for_document(db, doc.id)):
                continue
            count += 1
            found[doc.id] = f"{letter}-{count}"
        if count:
            letters += 1
    for translation, original in pairs.items():
        if original in found:
            found[translation] = f"{found[original]} (translation)"
    return found


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
