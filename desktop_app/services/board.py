"""The board: what it shows of a case (a ``BoardSnapshot``: tabs, documents in packet
order, exhibit ids, suggestions, translations, correspondence) and arranging documents
on it (filing under tabs, ordering, keeping correspondence aside).

The window reads snapshots on its ``db`` lane and shows them; it never decides what goes
where. A layout names groups by key: a tab's key, ``UNFILED`` ("not yet filed") or
``CORRESPONDENCE`` (notices and letters received, kept out of the packet).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from desktop_app.core.assistant.models import DocumentSuggestion
from desktop_app.core.filing_rules import needs_translation
from desktop_app.core.models import Case, Document, ImportOutcome, Page, Tab
from desktop_app.services.assistant import Assistant
from desktop_app.services.library import Library
from desktop_app.services.packets import Packets
from desktop_app.services.pictures import PageRender, Pictures
from desktop_app.services.record import Record

UNFILED = ""  # the key of the "Not yet filed" group
CORRESPONDENCE = "@correspondence"  # notices and letters received, kept out of the packet
Layout = dict[str, list[int]]  # group key -> document ids in order


def is_tab(key: str) -> bool:
    """Whether a board group is a tab of the packet (not "Not yet filed" or the
    correspondence kept aside)."""
    return key not in (UNFILED, CORRESPONDENCE)


@dataclass(frozen=True)
class BoardSnapshot:
    case: Case
    tabs: tuple[Tab, ...]
    documents: tuple[Document, ...]
    covers: dict[int, Page]  # document id -> the page its thumbnail shows
    specs: dict[int, PageRender]  # document id -> how to draw that page
    suggestions: dict[int, DocumentSuggestion] = field(default_factory=dict)
    translations: dict[int, int] = field(default_factory=dict)  # translation -> original
    kept_aside: frozenset[int] = frozenset()  # correspondence left out of the packet
    not_added: tuple[ImportOutcome, ...] = ()  # files that could not be added
    # As the packet numbers them (``core.exhibits``, through ``Packets.exhibit_numbers``):
    letters: dict[str, str] = field(default_factory=dict)  # tab key -> "A"
    exhibits: dict[int, str] = field(default_factory=dict)  # document id -> "A-1"

    @functools.cached_property
    def by_id(self) -> dict[int, Document]:
        return {d.id: d for d in self.documents}

    def suggestion(self, document_id: int) -> DocumentSuggestion | None:
        """The assistant's suggestion while the user has not filed the document."""
        found = self.suggestions.get(document_id)
        doc = self.by_id.get(document_id)
        if (found is None or doc is None or doc.category is not None or found.accepted
                or document_id in self.kept_aside):
            return None
        return found

    def needs_translation(self, doc: Document) -> bool:
        return needs_translation(doc, self.translations)


class Board:
    def __init__(self, library: Library, pictures: Pictures, packets: Packets,
                 assistant: Assistant, record: Record) -> None:
        self.library = library
        self.pictures = pictures
        self.packets = packets
        self.assistant = assistant
        self.record = record

    def snapshot(self, case_id: int) -> BoardSnapshot:
        """Everything the board shows of case ``case_id``."""
        case = self.library.get_case(case_id)
        covers = self.library.first_pages(case_id)
        found = self.assistant.suggestions(case_id)
        letters, exhibits = self.packets.exhibit_numbers(case_id)
        return BoardSnapshot(
            case=case,
            tabs=tuple(self.library.list_tabs(case_id)),
            documents=tuple(doc for doc, _s in found),
            covers=covers,
            specs={doc_id: self.pictures.spec(page.id) for doc_id, page in covers.items()},
            suggestions={doc.id: s for doc, s in found if s is not None},
            translations=self.assistant.translations(case_id),
            kept_aside=self._kept_aside(case_id),
            not_added=tuple(self.library.not_added(case_id)),
            letters=letters,
            exhibits=exhibits,
        )

    def _kept_aside(self, case_id: int) -> frozenset[int]:
        return frozenset(doc.id for doc, included in self.record.correspondence(case_id)
                         if not included)

    def arrange(self, case_id: int, layout: Layout) -> None:
        """Put documents in the groups and the order ``layout`` says (a drag, a move up
        or down, "File under", an undo). Filing a document teaches the assistant, taking
        it out again unteaches it; a document put with the correspondence leaves its tab
        and the packet. Documents that arrived meanwhile (an import) keep their place
        after the ones named."""
        library, record, assistant = self.library, self.record, self.assistant
        aside = self._kept_aside(case_id)
        current = {d.id: CORRESPONDENCE if d.id in aside else d.category or UNFILED
                   for d in library.list_documents(case_id)}
        for key, ids in layout.items():
            for doc_id in ids:
                if doc_id not in current or current[doc_id] == key:
                    continue
                if key == CORRESPONDENCE:  # kept with the case, out of the packet
                    library.tag(case_id, doc_id, None)
                    record.mark_correspondence(case_id, doc_id, True)
                    assistant.forget(case_id, doc_id)
                    continue
                if current[doc_id] == CORRESPONDENCE:
                    record.mark_correspondence(case_id, doc_id, False)
                library.tag(case_id, doc_id, key or None)
                if key:
                    assistant.learn(case_id, doc_id)
                else:
                    assistant.forget(case_id, doc_id)
        docs = library.list_documents(case_id)
        aside = self._kept_aside(case_id)
        for key, ids in layout.items():
            if key == CORRESPONDENCE:
                continue
            now = [d.id for d in docs if (d.category or UNFILED) == key and d.id not in aside]
            order = [i for i in ids if i in now] + [i for i in now if i not in ids]
            library.order_documents(case_id, key or None, order)
