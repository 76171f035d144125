"""The written parts of the packet an export writes (``core.export.written``): the
statement, cover letter, signature and certificate of service of the case, with every
citation resolved against the plan itself — the exhibit the document is in *this*
packet, the page it is within that exhibit — so what the packet prints is what it holds.

A citation the packet cannot point at stops the export (``CitationError`` naming the
section and the document): a document left out of the packet, deleted, or a page left
out. In a packet continuing the numbering of those filed before, a document filed then
is cited by the exhibit id it was filed under, with the date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.assistant.knowledge import LANGUAGE_NAMES
from desktop_app.core.export.plan import Certificate, PacketPlan
from desktop_app.core.export.written import (
    Cited,
    Interpretation,
    Letter,
    Paragraph,
    ServiceInfo,
    Signature,
    StatementPages,
    Written,
    WrittenSection,
)
from desktop_app.core.statement import (
    SECTION_KEYS,
    SECTION_TITLES,
    SPANISH_TITLES,
    Citation,
    runs,
)
from desktop_app.errors import CitationError, InvalidInputError
from desktop_app.i18n import _
from desktop_app.services.statements import Statement, Statements
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import cases, documents, pages
from desktop_app.storage import record as record_store
from desktop_app.storage import statements as statement_store


@dataclass(frozen=True)
class _Where:
    exhibit_id: str
    base: int  # the document's first page, counted from the exhibit's first page
    shown: tuple[int, ...]  # the document's pages in the packet (their source index)
    every: tuple[int, ...]  # all its pages (source index), as citations count them
    translation: bool


class PlanCitations:
    """Resolves citations of one case against one plan."""

    def __init__(self, statements: Statements, case_id: int, plan: PacketPlan) -> None:
        self.db = statements.db
        self.case_id = case_id
        self.titles = {d.id: d.title for d in documents.list_for_case(self.db, case_id)}
        self.where: dict[int, _Where] = {}
        pairs = assistant_store.translations_for_case(self.db, case_id)
        for tab in plan.tabs:
            for exhibit in tab.exhibits:
                if exhibit.document_id is None:
                    continue
                base = self._place(exhibit.document_id, exhibit.exhibit_id, 0, False)
                if not exhibit.translation:
                    continue
                for t, o in sorted(pairs.items()):
                    if o == exhibit.document_id and t in self.titles:
                        base = self._place(t, exhibit.exhibit_id, base, True)
        self.filed: dict[int, tuple[str, str]] = {}
        if plan.note:  # continuing the numbering: what was filed before
            for filing in record_store.filings(self.db, case_id):
                for ex in filing.exhibits:
                    if ex.document_id is not None:
                        self.filed[ex.document_id] = (ex.exhibit_id, filing.filed_on)

    def _place(self, doc_id: int, exhibit_id: str, base: int, translation: bool) -> int:
        stored = pages.for_document(self.db, doc_id)
        shown = tuple(p.source_index for p in stored if not p.excluded)
        self.where[doc_id] = _Where(exhibit_id, base, shown,
                                    tuple(p.source_index for p in stored), translation)
        return base + len(shown)

    def cited(self, citation: Citation, section: str) -> Cited:
        where = self.where.get(citation.document_id)
        if where is None:
            return self._not_here(citation, section)
        if citation.page is None:
            return Cited(where.exhibit_id, where.base, len(where.shown), None,
                         where.translation)
        index = citation.page - 1
        if index >= len(where.every) or where.every[index] not in where.shown:
            raise CitationError(
                _("{where} cites page {page} of “{title}”, which is not in the packet.")
                .format(where=self._section_name(section), page=citation.page,
                        title=self.titles[citation.document_id]),
                _("Cite another page (or the whole document), or put the page back in the "
                  "packet, then export again."),
                section=section, document_id=citation.document_id)
        shown = where.shown.index(where.every[index])
        return Cited(where.exhibit_id, where.base + shown, 1, shown + 1, where.translation)

    def _not_here(self, citation: Citation, section: str) -> Cited:
        doc_id = citation.document_id
        if doc_id in self.filed:
            exhibit_id, filed_on = self.filed[doc_id]
            return Cited(exhibit_id, 0, 1, citation.page, False, filed_on)
        if doc_id not in self.titles:
            message = _("{where} cites a document that is no longer in the case.")
        else:
            message = _("{where} cites “{title}”, which is left out of this packet.")
        raise CitationError(
            message.format(where=self._section_name(section),
                           title=self.titles.get(doc_id, "")),
            _("Put the document in the packet (file it under a tab, and include its tab in "
              "the export), or take the citation out, then export again."),
            section=section, document_id=doc_id)

    @staticmethod
    def _section_name(section: str) -> str:
        if not section:
            return _("The cover letter")
        return _("The statement's section “{title}”").format(
            title=_(SECTION_TITLES.get(section, section)))

    def paragraphs(self, text: str, section: str) -> tuple[Paragraph, ...]:
        found: list[Paragraph] = []
        for para in text.split("\n"):
            if not para.strip():
                continue
            found.append(tuple(r if isinstance(r, str) else self.cited(r, section)
                               for r in runs(para.strip())))
        return tuple(found)


def written_for_plan(statements: Statements, case_id: int, plan: PacketPlan) -> Written:
    """The case's written parts for ``plan`` (nothing when the case has none)."""
    db = statements.db
    statement = statements.get(case_id)
    letter = statements.cover_letter(case_id)
    service = statements.service(case_id)
    signed_before = statement_store.signature_row(db, case_id) is not None
    wanted = bool(statement.filled()) or letter.enabled or service.method != "none"
    if not (wanted or signed_before):
        return Written()
    signing = statements.signing(case_id)
    case = cases.get(db, case_id)
    signature = Signature(
        name=signing.name or case.name, role=signing.role,
        date=dt.date.fromisoformat(signing.signed_on) if signing.signed_on
        else plan.prepared_on,
        details=signing.representative_details if signing.role == "representative" else "",
        applicant=case.name)
    resolver = PlanCitations(statements, case_id, plan)
    pages_of_statement = _statement(resolver, statement, case.name) if statement.filled() \
        else None
    written_letter = None
    if letter.enabled:
        written_letter = Letter(
            recipient=letter.recipient, office=letter.office,
            office_address=letter.office_address, applicant=case.name,
            a_number=case.a_number,
            hearing_date=dt.date.fromisoformat(letter.hearing_date) if letter.hearing_date
            else None,
            relief=letter.relief, favourable=resolver.paragraphs(letter.favourable, ""),
            unfavourable=resolver.paragraphs(letter.unfavourable, ""),
            statement=pages_of_statement is not None)
    served = None
    if service.method != "none":
        served = ServiceInfo(service.method, service.served_on,
                             dt.date.fromisoformat(service.date) if service.date
                             else plan.prepared_on)
    return Written(signature, pages_of_statement, written_letter, served)


def _statement(resolver: PlanCitations, statement: Statement,
               applicant: str) -> StatementPages:
    keys = statement.filled()
    spanish = statement.language == "es"
    if spanish:
        missing = [k for k in keys if not statement.english.get(k, "").strip()]
        if missing:
            raise InvalidInputError(
                _("The statement is written in Spanish, and its section “{title}” has no "
                  "English translation.").format(title=_(SECTION_TITLES[missing[0]])),
                _("Add the English translation of every filled section (Case ▸ Statement), "
                  "then export again."))
    titles = SPANISH_TITLES if spanish else SECTION_TITLES
    sections = tuple(WrittenSection(titles[k], resolver.paragraphs(statement.sections[k], k))
                     for k in SECTION_KEYS if k in keys)
    english = tuple(WrittenSection(SECTION_TITLES[k],
                                   resolver.paragraphs(statement.english[k], k))
                    for k in SECTION_KEYS if k in keys) if spanish else ()
    language = LANGUAGE_NAMES.get("es", "Spanish")
    certificate = None
    if spanish:
        certificate = Certificate(
            translator=statement.translator, address=statement.translator_address,
            statement="", language=language, document_title="",
            phone=statement.translator_phone)
    interpretation = None
    if not statement.reads_english:
        interpretation = Interpretation(statement.translator, statement.translator_address,
                                        statement.translator_phone, language)
    return StatementPages(applicant=applicant, sections=sections,
                          language=language if spanish else "English", english=english,
                          certificate=certificate, interpretation=interpretation)
