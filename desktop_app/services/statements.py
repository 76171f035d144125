"""The written parts of a request, for the window and the command line: the applicant's
statement (``core.statement``), the cover letter, and who signs and how the packet is
served. Each is optional and remembered per case.

What comes in is checked here: known section keys and languages, lengths, control
characters dropped, and citations only of the case's own documents. A citation names
the document (``[[doc:12]]``); ``label``/``labeler`` say what it is *now* ("Exhibit B-2,
p. 3"), with the exhibit ids the window shows (``Packets.exhibit_numbers``). The packet
resolves them again against the plan it writes (``services.written``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from desktop_app.core.dates import parse_user_date
from desktop_app.core.models import Document
from desktop_app.core.statement import (
    LANGUAGES,
    MAX_ADDRESS_CHARS,
    MAX_FIELD_CHARS,
    MAX_SECTION_CHARS,
    SECTION_KEYS,
    SECTION_TITLES,
    Citation,
    cited_documents,
    clean,
    find_citations,
)
from desktop_app.errors import CitationError, InvalidInputError
from desktop_app.i18n import _
from desktop_app.services.letter_draft import draft_favourable
from desktop_app.services.library import Library
from desktop_app.services.packets import Packets
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import cases, documents, pages
from desktop_app.storage import statements as store

RECIPIENTS = ("opla", "field_office", "court")
ROLES = ("self", "representative")
SERVICE_METHODS = ("none", "ecas", "mail", "hand")


@dataclass(frozen=True)
class Statement:
    case_id: int
    language: str = "en"
    sections: Mapping[str, str] = field(default_factory=dict)
    english: Mapping[str, str] = field(default_factory=dict)
    reads_english: bool = True
    translator: str = ""
    translator_address: str = ""
    translator_phone: str = ""

    def filled(self) -> list[str]:
        """The keys of the sections with text, in order."""
        return [k for k in SECTION_KEYS if self.sections.get(k, "").strip()]


@dataclass(frozen=True)
class Citable:
    document_id: int
    title: str
    pages: int
    exhibit_id: str | None  # in the packet as it stands now; None: left out of it


@dataclass(frozen=True)
class CoverLetter:
    enabled: bool = False
    recipient: str = "opla"
    office: str = ""
    office_address: str = ""
    hearing_date: str = ""  # "" or an ISO date
    favourable: str = ""
    unfavourable: str = ""
    relief: str = ""


@dataclass(frozen=True)
class Signing:
    name: str = ""
    role: str = "self"
    signed_on: str = ""  # "" : the export date
    representative_details: str = ""


@dataclass(frozen=True)
class Service:
    method: str = "none"
    served_on: str = ""
    date: str = ""  # "": the export date


def _text(value: str, limit: int, what: str) -> str:
    text = clean(value)
    if len(text) > limit:
        raise InvalidInputError(
            _("{what} is too long ({n} characters; at most {limit}).").format(
                what=what, n=len(text), limit=limit),
            _("Shorten it, then save again."))
    return text


def _line(value: str, limit: int, what: str) -> str:
    """One line: line breaks become spaces."""
    return " ".join(_text(value, limit, what).split())


def _date(value: str) -> str:
    """A date the user typed, as an ISO date ("" when none); it may be in the future (a
    hearing, a letter dated ahead)."""
    return parse_user_date(value, today=dt.date.max) or ""


class Statements:
    def __init__(self, library: Library, packets: Packets) -> None:
        self.library = library
        self.db = library.db
        self.packets = packets

    # --- the statement ---------------------------------------------------------------------

    def get(self, case_id: int) -> Statement:
        cases.get(self.db, case_id)
        row = store.statement(self.db, case_id)
        texts, english = row.texts or {}, row.english or {}
        translator = (row.translator, row.translator_address, row.translator_phone)
        if not row.stored or not any(translator):
            known = assistant_store.get_translator(self.db, case_id)
            if known is not None and not any(translator):
                translator = (known.name, known.address, known.phone)
        return Statement(
            case_id=case_id, language=row.language,
            sections={k: texts.get(k, "") for k in SECTION_KEYS},
            english={k: english.get(k, "") for k in SECTION_KEYS},
            reads_english=row.reads_english, translator=translator[0],
            translator_address=translator[1], translator_phone=translator[2])

    def save(self, statement: Statement) -> None:
        case_id = statement.case_id
        cases.get(self.db, case_id)
        checked = self.checked(statement)
        self._check_citations(case_id, {**checked.sections,
                                        **{f"{k} (English)": v
                                           for k, v in checked.english.items()}},
                              kept=self.cited(case_id))
        store.save_statement(self.db, case_id, store.StatementRow(
            language=checked.language, reads_english=checked.reads_english,
            translator=checked.translator, translator_address=checked.translator_address,
            translator_phone=checked.translator_phone, texts=dict(checked.sections),
            english=dict(checked.english) if checked.language != "en" else {},
            stored=True))

    def checked(self, statement: Statement) -> Statement:
        """``statement`` as it would be stored (raises on what cannot be)."""
        unknown = sorted((set(statement.sections) | set(statement.english))
                         - set(SECTION_KEYS))
        if unknown:
            raise InvalidInputError(
                _("The statement has no section “{key}”.").format(key=unknown[0]),
                _("Use the sections: {keys}.").format(keys=", ".join(SECTION_KEYS)))
        if statement.language not in LANGUAGES:
            raise InvalidInputError(
                _("A statement can be written in English (en) or Spanish (es), not "
                  "“{language}”.").format(language=statement.language),
                _("Choose en or es."))
        titled = {k: _(SECTION_TITLES[k]) for k in SECTION_KEYS}
        return replace(
            statement,
            sections={k: _text(statement.sections.get(k, ""), MAX_SECTION_CHARS,
                               titled[k]) for k in SECTION_KEYS},
            english={k: _text(statement.english.get(k, ""), MAX_SECTION_CHARS,
                              titled[k]) for k in SECTION_KEYS},
            translator=_line(statement.translator, MAX_FIELD_CHARS, _("The name")),
            translator_address=_text(statement.translator_address, MAX_ADDRESS_CHARS,
                                     _("The address")),
            translator_phone=_line(statement.translator_phone, MAX_FIELD_CHARS,
                                   _("The phone number")),
            reads_english=bool(statement.reads_english))

    def _check_citations(self, case_id: int, texts: Mapping[str, str],
                         kept: set[int] | None = None) -> None:
        """Every document cited is one of this case's. A citation of a document gone
        since it was cited (``kept``: those already stored) may stay — the export says
        so; a new one must name a document of the case (a mistyped number is caught)."""
        own = {d.id for d in documents.list_for_case(self.db, case_id)}
        kept = kept or set()
        for key, text in texts.items():
            for _s, _e, citation in find_citations(text):
                if citation.document_id in own:
                    continue
                section = key.removesuffix(" (English)")
                where = _("The statement's section “{title}”").format(
                    title=_(SECTION_TITLES.get(section, section))) if section else \
                    _("The cover letter")
                other = self._case_of(citation.document_id)
                if other is not None:
                    raise CitationError(
                        _("{where} cites document {id}, which belongs to another case.")
                        .format(where=where, id=citation.document_id),
                        _("Cite only this case's documents."),
                        section=section, document_id=citation.document_id)
                if citation.document_id not in kept:
                    raise CitationError(
                        _("{where} cites document {id}, which is not in this case.")
                        .format(where=where, id=citation.document_id),
                        _("List the case's documents and their numbers with: docs --case "
                          "{case}").format(case=case_id),
                        section=section, document_id=citation.document_id)

    def _case_of(self, document_id: int) -> int | None:
        try:
            return documents.get(self.db, document_id).case_id
        except Exception:  # noqa: BLE001 - NotFoundError: no such document (deleted)
            return None

    # --- what can be cited, and how a citation reads now ----------------------------------

    def citable(self, case_id: int) -> list[Citable]:
        """The case's documents in packet order (with their exhibit ids), then those left
        out of the packet."""
        cases.get(self.db, case_id)
        ids = self._exhibit_ids(case_id)
        docs = documents.list_for_case(self.db, case_id)
        by_id = {d.id: d for d in docs}
        order = [doc_id for doc_id in ids if doc_id in by_id]
        found = [Citable(d, by_id[d].title, by_id[d].pages, ids[d]) for d in order]
        found += [Citable(d.id, d.title, d.pages, None) for d in docs if d.id not in ids]
        return found

    def _exhibit_ids(self, case_id: int) -> dict[int, str]:
        """{document id: exhibit id} of the documents in the packet as it stands, in
        packet order; a translation carries "<id> (translation)"."""
        _letters, shown = self.packets.exhibit_numbers(case_id)
        shelf = [d.id for _tab, docs in self.packets.exhibit_documents(case_id)
                 for d in docs]
        pairs = assistant_store.translations_for_case(self.db, case_id)
        found: dict[int, str] = {}
        for doc_id in shelf:
            found[doc_id] = shown[doc_id]
            for t, o in sorted(pairs.items()):
                if o == doc_id and t in shown:
                    found[t] = _("{exhibit} (translation)").format(exhibit=shown[doc_id])
        return found

    def label(self, case_id: int, citation: Citation) -> str:
        return self.labeler(case_id)(citation)

    def labeler(self, case_id: int) -> Callable[[Citation], str]:
        """A function giving each citation its label, with the exhibit ids computed once."""
        ids = self._exhibit_ids(case_id)
        docs = {d.id: d for d in documents.list_for_case(self.db, case_id)}
        shown_pages: dict[int, list[int]] = {}

        def page_in_exhibit(doc_id: int, page: int) -> int | None:
            if doc_id not in shown_pages:
                stored = pages.for_document(self.db, doc_id)
                shown_pages[doc_id] = [p.source_index for p in stored if not p.excluded]
                shown_pages[-doc_id] = [p.source_index for p in stored]
            every = shown_pages[-doc_id]
            if page > len(every) or every[page - 1] not in shown_pages[doc_id]:
                return None
            return shown_pages[doc_id].index(every[page - 1]) + 1

        def label(citation: Citation) -> str:
            doc: Document | None = docs.get(citation.document_id)
            if doc is None:
                return _("(a document no longer in the case)")
            exhibit = ids.get(doc.id)
            if exhibit is None:
                return _("“{title}” (not in the packet)").format(title=doc.title)
            # Own msgids ({id}, not the packet's {exhibit}): the packet's stay English, these
            # are shown in the window's language.
            if citation.page is None:
                return _("Exhibit {id}").format(id=exhibit)
            shown = page_in_exhibit(doc.id, citation.page)
            if shown is None:
                return _("Exhibit {exhibit}, p. {page} (a page left out of the packet)").format(
                    exhibit=exhibit, page=citation.page)
            return _("Exhibit {id}, p. {page}").format(id=exhibit, page=shown)

        return label

    # --- the cover letter --------------------------------------------------------------------

    def cover_letter(self, case_id: int) -> CoverLetter:
        """The letter as saved; what was never written over (relief, both sides) is
        drawn from the case as it is now."""
        draft = self.draft_cover_letter(case_id)
        saved = store.cover_letter(self.db, case_id)
        if saved is None:
            return draft
        return CoverLetter(
            enabled=bool(saved["enabled"]), recipient=str(saved["recipient"]),
            office=str(saved["office"]), office_address=str(saved["office_address"]),
            hearing_date=str(saved["hearing_date"]),
            favourable=str(saved["favourable"]) or draft.favourable,
            unfavourable=str(saved["unfavourable"]) or draft.unfavourable,
            relief=str(saved["relief"]) or draft.relief)

    def save_cover_letter(self, case_id: int, letter: CoverLetter) -> None:
        """Keep ``letter``. A part left as the draft has it is kept as "draw it from the
        case", so it follows the case (exhibit ranges after a reorder) until edited."""
        cases.get(self.db, case_id)
        if letter.recipient not in RECIPIENTS:
            raise InvalidInputError(
                _("“{recipient}” is not a recipient of a cover letter.").format(
                    recipient=letter.recipient),
                _("Use opla, field_office or court."))
        draft = self.draft_cover_letter(case_id)
        texts = {
            "favourable": _text(letter.favourable, MAX_SECTION_CHARS, _("Favorable factors")),
            "unfavourable": _text(letter.unfavourable, MAX_SECTION_CHARS,
                                  _("Unfavorable factors")),
            "relief": _text(letter.relief, MAX_ADDRESS_CHARS, _("The relief sought")),
        }
        for key in texts:
            if texts[key] == clean(getattr(draft, key)):
                texts[key] = ""
        saved = store.cover_letter(self.db, case_id) or {}
        self._check_citations(case_id, {"": texts["favourable"] + texts["unfavourable"]},
                              kept=cited_documents([str(saved.get("favourable", "")),
                                                    str(saved.get("unfavourable", "")),
                                                    *self.get(case_id).sections.values()]))
        store.save_cover_letter(self.db, case_id, {
            "enabled": bool(letter.enabled), "recipient": letter.recipient,
            "office": _line(letter.office, MAX_FIELD_CHARS, _("The office")),
            "office_address": _text(letter.office_address, MAX_ADDRESS_CHARS,
                                    _("The address")),
            "hearing_date": _date(letter.hearing_date), **texts})

    def draft_cover_letter(self, case_id: int) -> CoverLetter:
        """A fresh draft from the case: its relief, the favourable factors (what each tab
        shows, with its exhibits, and the statement's filled sections) and the
        unfavourable ones (the statement's section, citations kept)."""
        case = cases.get(self.db, case_id)
        saved = store.cover_letter(self.db, case_id) or {}
        statement = self.get(case_id)
        return CoverLetter(
            enabled=bool(saved.get("enabled", False)),
            recipient=str(saved.get("recipient", "opla")),
            office=str(saved.get("office", "")),
            office_address=str(saved.get("office_address", "")),
            hearing_date=str(saved.get("hearing_date", "")),
            favourable=draft_favourable(self.packets, case, statement.filled()),
            unfavourable=statement.english.get("unfavourable", "")
            if statement.language != "en" else statement.sections.get("unfavourable", ""),
            relief=case.relief.strip())

    # --- signing and service -----------------------------------------------------------------

    def signing(self, case_id: int) -> Signing:
        case = cases.get(self.db, case_id)
        row = store.signature_row(self.db, case_id)
        if row is None:  # nothing set yet: the case's representative signs, if it has one
            if case.representative.strip():
                return Signing(name=case.representative.strip(), role="representative")
            return Signing(name=case.name)
        return Signing(row["name"] or case.name, row["role"], row["signed_on"],
                       row["representative_details"])

    def save_signing(self, case_id: int, signing: Signing) -> None:
        cases.get(self.db, case_id)
        if signing.role not in ROLES:
            raise InvalidInputError(
                _("“{role}” is not a role of the person signing.").format(role=signing.role),
                _("Use self (the applicant signs) or representative."))
        store.save_signature_fields(self.db, case_id, {
            "name": _line(signing.name, MAX_FIELD_CHARS, _("The name")),
            "role": signing.role, "signed_on": _date(signing.signed_on),
            "representative_details": _text(signing.representative_details,
                                            MAX_ADDRESS_CHARS, _("The details")),
        })

    def service(self, case_id: int) -> Service:
        cases.get(self.db, case_id)
        row = store.signature_row(self.db, case_id)
        if row is None:
            return Service()
        return Service(row["service_method"], row["served_on"], row["service_date"])

    def save_service(self, case_id: int, service: Service) -> None:
        cases.get(self.db, case_id)
        if service.method not in SERVICE_METHODS:
            raise InvalidInputError(
                _("“{method}” is not a way of serving the packet.").format(
                    method=service.method),
                _("Use none, ecas, mail or hand."))
        served_on = _text(service.served_on, MAX_ADDRESS_CHARS, _("The office served"))
        if service.method in ("mail", "hand") and not served_on:
            raise InvalidInputError(
                _("Say which office was served, with its address."),
                _("Give the office served (e.g. “ICE OPLA Chicago, 525 W. Van Buren St., "
                  "Chicago, IL 60607”)."))
        store.save_signature_fields(self.db, case_id, {
            "service_method": service.method, "served_on": served_on,
            "service_date": _date(service.date)})

    def cited(self, case_id: int) -> set[int]:
        """The ids of every document the statement cites (in either language)."""
        statement = self.get(case_id)
        return cited_documents([*statement.sections.values(), *statement.english.values()])
