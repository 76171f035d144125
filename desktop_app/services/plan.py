"""Turn a case as stored into a ``PacketPlan``: what goes in the packet, in which order."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.core.export.plan import CoverInfo, Exhibit, PacketPlan, PageSource, TabSection
from desktop_app.core.models import Document, Page
from desktop_app.core.processing import TEXT_LAYER, clean_image
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.storage import cases, documents, pages

if TYPE_CHECKING:
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
) -> PacketPlan:
    db = services.db
    case = cases.get(db, case_id)
    chosen = {cases.tab_by_key(db, case_id, key).key for key in tabs} if tabs else None
    docs = documents.list_for_case(db, case_id)
    unfinished = [d for d in docs if d.category and d.status in ("pending", "processing")]
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
        exhibits = _exhibits(services, letter, [d for d in docs if d.category == tab.key])
        if exhibits:
            sections.append(
                TabSection(letter, _(tab.title), _(TAB_DESCRIPTIONS.get(tab.key, "")), exhibits)
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
    )


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


def _exhibits(services: Services, letter: str, docs: list[Document]) -> tuple[Exhibit, ...]:
    exhibits: list[Exhibit] = []
    for doc in docs:
        sources = tuple(
            _source(services, doc, page)
            for page in pages.for_document(services.db, doc.id)
            if not page.excluded
        )
        if not sources:
            continue
        exhibits.append(
            Exhibit(
                exhibit_id=f"{letter}-{len(exhibits) + 1}",
                title=doc.title,
                date=dt.date.fromisoformat(doc.date) if doc.date else None,
                pages=sources,
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
