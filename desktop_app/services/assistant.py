"""The evidence assistant: suggest, accept, learn, pair translations, the translator's
details and the chronology. ``suggest_ready_documents`` runs after each processing run
(``Services.read_pages``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.assistant import AUTO_ACCEPT, CATEGORIES, Model, suggest_for_text, train
from desktop_app.core.assistant.knowledge import LANGUAGE_NAMES
from desktop_app.core.assistant.language import detect_language
from desktop_app.core.assistant.learn import word_counts
from desktop_app.core.assistant.models import ChronologyRow, DocumentSuggestion, Translator
from desktop_app.core.assistant.suggest import UNSURE_DATE, Suggestion
from desktop_app.core.dates import doubt
from desktop_app.core.filing_rules import needs_translation
from desktop_app.core.importer import title_from_name
from desktop_app.core.models import Document, Slots
from desktop_app.core.review.text import labelled_names, same_person
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services.library import Library
from desktop_app.services.packets import Packets
from desktop_app.storage import assistant as store
from desktop_app.storage import documents

AUTO_ACCEPT_SETTING = "assistant_auto_accept"
LANGUAGE_SURE = 0.8  # a language at least this sure counts towards the case's main language


# --- settings -------------------------------------------------------------------------------


class Assistant:
    def __init__(self, library: Library, packets: Packets) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db
        self.packets = packets

    def auto_accept_enabled(self) -> bool:
        return self.store.get_setting(AUTO_ACCEPT_SETTING, "0") == "1"


    def set_auto_accept(self, enabled: bool) -> None:
        """Let suggestions the assistant is very sure of (>= 95 %) file themselves."""
        self.store.set_setting(AUTO_ACCEPT_SETTING, "1" if enabled else "0")


    def learned_model(self) -> Model:
        """The built-in knowledge plus what the user confirmed in this data folder."""
        return train(store.examples(self.db))


    def case_language(self, case_id: int, texts: Sequence[str] = ()) -> str:
        """The language most of the case's documents are in (English when none tells), given
        as a guess to papers too short to tell their own. ``texts``: documents about to be
        suggested for, counted too."""
        counts: Counter[str] = Counter()
        for doc, found in self.suggestions(case_id):
            if doc.language in LANGUAGE_NAMES and doc.language != "other":
                counts[doc.language] += 1
            elif found is not None and found.suggestion.language_sure:
                counts[found.suggestion.language or ""] += 1
        for text in texts:
            guess = detect_language(text)
            if guess.language is not None and guess.confidence >= LANGUAGE_SURE:
                counts[guess.language] += 1
        counts.pop("other", None)
        counts.pop("", None)
        return counts.most_common(1)[0][0] if counts else "en"


    def _applicant_birth(self, case_id: int, text: str) -> dt.date | None:
        """The applicant's date of birth, when the document is about the applicant (a paper
        made out to someone else, a child's school record, may well be older)."""
        case = self.library.get_case(case_id)
        try:
            birth = dt.date.fromisoformat(case.date_of_birth) if case.date_of_birth else None
        except ValueError:
            return None
        names = labelled_names(text)
        if birth is None or (names and not any(same_person(n, case.name) for n in names)):
            return None
        return birth


    def suggest(self, document_id: int, *, model: Model | None = None,
        today: dt.date | None = None, language: str | None = None,
    ) -> DocumentSuggestion:
        """Work out (again) the suggestion for one document and store it. It is only a
        suggestion: nothing is filed unless auto-accept is on and the assistant is sure.
        ``language``: the case's main language (``case_language``), worked out when not given."""
        doc = self.library.get_document(document_id)
        text = store.document_text(self.db, document_id)
        layout = store.document_layout(self.db, document_id)
        pages = store.page_slots(self.db, document_id)  # the places to fill in, page by page
        found = suggest_for_text(
            text, model or self.learned_model(), today, layout,
            pages=store.document_words(self.db, document_id),
            birth=self._applicant_birth(doc.case_id, text),
            fallback_language=language or self.case_language(doc.case_id),
            empty_fields=store.empty_fields(self.db, document_id),
            places=Slots(sum(p.empty for p in pages), sum(p.filled for p in pages)),
            page_places=pages)
        store.save_suggestion(self.db, document_id, found)
        if doc.language is None and found.language_sure:
            documents.update(self.db, document_id, language=found.language)
        if (self.auto_accept_enabled() and found.category is not None
                and found.confidence >= AUTO_ACCEPT and doc.category is None):
            self._apply(doc, self._checked(doc, found), found.category, overwrite=False)
            store.mark_accepted(self.db, document_id)
        stored = store.get_suggestion(self.db, document_id)
        assert stored is not None
        return stored


    def suggest_ready_documents(self, case_id: int | None = None
    ) -> list[DocumentSuggestion]:
        """Suggest for every document (of one case, or all) whose pages are all read and
        that has no suggestion yet. Call it after ``Services.process``."""
        ids = store.documents_to_suggest(self.db, case_id)
        if not ids:
            return []
        model = self.learned_model()
        by_case: dict[int, list[int]] = {}
        for document_id in ids:
            case_id_of = self.library.get_document(document_id).case_id
            by_case.setdefault(case_id_of, []).append(document_id)
        made: list[DocumentSuggestion] = []
        for doc_case, members in by_case.items():
            language = self.case_language(doc_case,
                                     [store.document_text(self.db, i) for i in members])
            made += [self.suggest(i, model=model, language=language) for i in members]
        return made


    def suggestions(self, case_id: int
    ) -> list[tuple[Document, DocumentSuggestion | None]]:
        """Every document of the case with its suggestion (None while its pages are read)."""
        found = store.suggestions_for_case(self.db, case_id)
        return [(doc, found.get(doc.id)) for doc in self.library.list_documents(case_id)]


    def get_suggestion(self, case_id: int, document_id: int) -> DocumentSuggestion:
        self.library.get_document_in_case(case_id, document_id)
        found = store.get_suggestion(self.db, document_id)
        if found is None:
            return self.suggest(document_id)
        return found


    def _checked(self, doc: Document, found: Suggestion) -> Suggestion:
        """``found`` with its date marked unsure if it is before the applicant's date of birth
        as the case gives it now (the case may have changed since the suggestion)."""
        if found.date is None or not found.date_sure:
            return found
        text = store.document_text(self.db, doc.id)
        birth = self._applicant_birth(doc.case_id, text)
        if doubt(dt.date.fromisoformat(found.date), dt.date.today(), birth) is None:
            return found
        return dataclasses.replace(found, date_confidence=min(found.date_confidence, UNSURE_DATE))


    def _apply(self, doc: Document, found: Suggestion, category: str,
               *, overwrite: bool) -> Document:
        """File the document and give it the suggested title, and the suggested date when the
        assistant is sure of it (a date to check is left for the user)."""
        case_id = doc.case_id
        self.library.tag(case_id, doc.id, None if category == "none" else category)
        if found.sure_date and (overwrite or not doc.date):
            self.library.set_date(case_id, doc.id, found.sure_date)
        if found.title and (overwrite or doc.title == title_from_name(Path(doc.source_name))):
            self.library.rename(case_id, doc.id, found.title)
        return self.library.get_document(doc.id)


    def accept(self, case_id: int,
        document_id: int,
        *,
        category: str | None = None,
        all_fields: bool = False,
    ) -> Document:
        """Confirm the suggestion (or correct its category with ``category``): file the
        document, and give it the suggested date and title where the user has not set them
        (``all_fields``: even where they have). Counts as a confirmation for learning."""
        doc = self.library.get_document_in_case(case_id, document_id)
        found = self.get_suggestion(case_id, document_id).suggestion
        chosen = (category or found.category or "").strip().lower()
        if not chosen:
            raise InvalidInputError(
                _("The assistant is not sure what document {id} is.").format(id=document_id),
                _("Say which tab it belongs under with --category (residence, employment, "
                  "medical, community or none)."),
            )
        doc = self._apply(doc, self._checked(doc, found), chosen, overwrite=all_fields)
        store.mark_accepted(self.db, document_id)
        self.learn(case_id, document_id)
        return doc


    def learn(self, case_id: int, document_id: int) -> None:
        """Remember the document as the user filed it (after a tag or an accept), so later
        suggestions in this data folder follow the user's choices. Filing it where the
        assistant suggested counts as accepting the suggestion."""
        doc = self.library.get_document_in_case(case_id, document_id)
        category = doc.category or "none"
        if category not in CATEGORIES:
            return  # a tab of the user's own: nothing the categories can learn from
        found = store.get_suggestion(self.db, document_id)
        if found is not None and found.suggestion.category == doc.category:
            store.mark_accepted(self.db, document_id)
        text = store.document_text(self.db, document_id)
        if not text.strip():
            return
        store.add_example(self.db, document_id, category,
                          found.suggestion.document_type if found else "", word_counts(text))


    def forget(self, case_id: int, document_id: int) -> None:
        """Undo ``learn``: the user took the document out of its tab again (or undid the
        filing), so it no longer teaches anything."""
        self.library.get_document_in_case(case_id, document_id)
        store.remove_example(self.db, document_id)


    def set_language(self, case_id: int, document_id: int,
                     language: str | None) -> Document:
        """Say by hand which language a document is in (``None``: let the assistant tell)."""
        doc = self.library.get_document_in_case(case_id, document_id)
        if language is not None and language not in LANGUAGE_NAMES:
            raise InvalidInputError(
                _("Unknown language “{code}”.").format(code=language),
                _("Use one of: {codes}.").format(codes=", ".join(LANGUAGE_NAMES)))
        if language is None:
            found = store.get_suggestion(self.db, document_id)
            language = found.suggestion.language if found else None
        documents.update(self.db, doc.id, language=language)
        return self.library.get_document(doc.id)


    def pair_translation(self, case_id: int, translation_id: int,
                         original_id: int) -> None:
        """Mark ``translation_id`` as the English translation of ``original_id``: in the
        packet it follows its original under the same exhibit id."""
        self.library.get_document_in_case(case_id, translation_id)
        self.library.get_document_in_case(case_id, original_id)
        pairs = store.translations_for_case(self.db, case_id)
        if translation_id == original_id:
            raise InvalidInputError(_("A document cannot be its own translation."))
        if original_id in pairs:
            raise InvalidInputError(
                _("Document {id} is itself a translation.").format(id=original_id),
                _("Pair the translation with the original document instead."),
            )
        if translation_id in pairs.values():
            raise InvalidInputError(
                _("Document {id} has a translation of its own, so it cannot be one.").format(
                    id=translation_id))
        store.set_translation(self.db, translation_id, original_id, case_id)


    def clear_translation(self, case_id: int, translation_id: int) -> None:
        self.library.get_document_in_case(case_id, translation_id)
        store.clear_translation(self.db, translation_id, case_id)


    def translations(self, case_id: int) -> dict[int, int]:
        """{translation document id: original document id}."""
        return store.translations_for_case(self.db, case_id)


    def set_translator(self, case_id: int, *, name: str, address: str = "",
                       statement: str = "", phone: str = "") -> Translator:
        self.library.get_case(case_id)
        if not name.strip():
            raise InvalidInputError(_("The translator's certificate needs the translator's name."))
        translator = Translator(name.strip(), address.strip(), statement.strip(), phone.strip())
        store.set_translator(self.db, case_id, translator)
        return translator


    def default_statement(self, case_id: int) -> str:
        """The statement of competence a new translator starts from, for the case's main
        language. Printed on the certificate in the packet, so in English whatever the
        interface language."""
        code = self.case_language(case_id)
        if code in ("en", "other") or code not in LANGUAGE_NAMES:
            code = "es"  # the applicants' most usual language
        return certificate_statement(LANGUAGE_NAMES[code])


    def get_translator(self, case_id: int) -> Translator | None:
        self.library.get_case(case_id)
        return store.get_translator(self.db, case_id)


    def missing_translations(self, case_id: int) -> list[Document]:
        """Filed documents not in English that have no translation paired with them."""
        pairs = self.translations(case_id)
        return [d for d in self.library.list_documents(case_id)
                if d.category and needs_translation(d, pairs)]


    def chronology(self, case_id: int) -> list[ChronologyRow]:
        """Every document in date order (undated last) with its tab and exhibit id."""
        _letters, ids = self.packets.exhibit_numbers(case_id)
        tabs = {t.key: t.title for t in self.library.list_tabs(case_id)}
        pairs = self.translations(case_id)
        rows = [
            ChronologyRow(
                document_id=d.id, date=d.date, title=d.title, category=d.category,
                tab_title=_(tabs[d.category]) if d.category in tabs else _("not filed"),
                exhibit_id=ids.get(d.id), translation_of=pairs.get(d.id),
            )
            for d in self.library.list_documents(case_id)
        ]
        return sorted(rows, key=lambda r: (r.date is None, r.date or "", r.exhibit_id is None,
                                           r.exhibit_id or "", r.document_id))


# --- suggesting -----------------------------------------------------------------------------


# --- accepting and learning ----------------------------------------------------------------


# --- translations ---------------------------------------------------------------------------


# --- chronology -------------------------------------------------------------------


def certificate_statement(language: str) -> str:
    """"I am competent to translate from Spanish into English, ..." (packet text)."""
    return _("I am competent to translate from {language} into English, and the "
             "translation is complete and accurate to the best of my knowledge.").format(
                 language=language)
