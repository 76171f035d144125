"""The evidence assistant's services, for the CLI and the window: suggest, accept, learn,
pair translations, the translator's details and the chronology.

Plain functions over a ``Services`` object (the facade is shared with the window's
work in progress, so the assistant lives beside it rather than inside it). The window
calls ``suggest_ready_documents`` after each processing run, like the CLI's ``process``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.assistant import AUTO_ACCEPT, CATEGORIES, Model, suggest_for_text, train
from desktop_app.core.assistant.evaluation import EvaluatedFile
from desktop_app.core.assistant.knowledge import LANGUAGE_NAMES
from desktop_app.core.assistant.language import detect_language
from desktop_app.core.assistant.learn import word_counts
from desktop_app.core.assistant.models import ChronologyRow, DocumentSuggestion, Translator
from desktop_app.core.assistant.suggest import UNSURE_DATE, Suggestion
from desktop_app.core.assistant.text import words
from desktop_app.core.dates import doubt
from desktop_app.core.export.plan import PacketResult, Progress
from desktop_app.core.importer import title_from_name
from desktop_app.core.models import Document
from desktop_app.core.review.text import labelled_names, same_person
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services.facade import Services
from desktop_app.storage import assistant as store
from desktop_app.storage import documents

AUTO_ACCEPT_SETTING = "assistant_auto_accept"
LANGUAGE_SURE = 0.8  # a language at least this sure counts towards the case's main language


# --- settings -------------------------------------------------------------------------------


def auto_accept_enabled(services: Services) -> bool:
    return services.store.get_setting(AUTO_ACCEPT_SETTING, "0") == "1"


def set_auto_accept(services: Services, enabled: bool) -> None:
    """Let suggestions the assistant is very sure of (>= 95 %) file themselves."""
    services.store.set_setting(AUTO_ACCEPT_SETTING, "1" if enabled else "0")


# --- suggesting -----------------------------------------------------------------------------


def learned_model(services: Services) -> Model:
    """The built-in knowledge plus what the user confirmed in this data folder."""
    return train(store.examples(services.db))


def case_language(services: Services, case_id: int, texts: Sequence[str] = ()) -> str:
    """The language most of the case's documents are in (English when none tells), given
    as a guess to papers too short to tell their own. ``texts``: documents about to be
    suggested for, counted too."""
    counts: Counter[str] = Counter()
    for doc, found in suggestions(services, case_id):
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


def _applicant_birth(services: Services, case_id: int, text: str) -> dt.date | None:
    """The applicant's date of birth, when the document is about the applicant (a paper
    made out to someone else, a child's school record, may well be older)."""
    case = services.get_case(case_id)
    try:
        birth = dt.date.fromisoformat(case.date_of_birth) if case.date_of_birth else None
    except ValueError:
        return None
    names = labelled_names(text)
    if birth is None or (names and not any(same_person(n, case.name) for n in names)):
        return None
    return birth


def suggest(
    services: Services, document_id: int, *, model: Model | None = None,
    today: dt.date | None = None, language: str | None = None,
) -> DocumentSuggestion:
    """Work out (again) the suggestion for one document and store it. It is only a
    suggestion: nothing is filed unless auto-accept is on and the assistant is sure.
    ``language``: the case's main language (``case_language``), worked out when not given."""
    doc = services.get_document(document_id)
    text = store.document_text(services.db, document_id)
    layout = store.document_layout(services.db, document_id)
    found = suggest_for_text(
        text, model or learned_model(services), today, layout,
        pages=store.document_words(services.db, document_id),
        birth=_applicant_birth(services, doc.case_id, text),
        fallback_language=language or case_language(services, doc.case_id))
    store.save_suggestion(services.db, document_id, found)
    if doc.language is None and found.language_sure:
        documents.update(services.db, document_id, language=found.language)
    if (auto_accept_enabled(services) and found.category is not None
            and found.confidence >= AUTO_ACCEPT and doc.category is None):
        _apply(services, doc, _checked(services, doc, found), found.category, overwrite=False)
        store.mark_accepted(services.db, document_id)
    stored = store.get_suggestion(services.db, document_id)
    assert stored is not None
    return stored


def suggest_ready_documents(
    services: Services, case_id: int | None = None
) -> list[DocumentSuggestion]:
    """Suggest for every document (of one case, or all) whose pages are all read and
    that has no suggestion yet. Call it after ``Services.process``."""
    ids = store.documents_to_suggest(services.db, case_id)
    if not ids:
        return []
    model = learned_model(services)
    by_case: dict[int, list[int]] = {}
    for document_id in ids:
        by_case.setdefault(services.get_document(document_id).case_id, []).append(document_id)
    made: list[DocumentSuggestion] = []
    for doc_case, members in by_case.items():
        language = case_language(services, doc_case,
                                 [store.document_text(services.db, i) for i in members])
        made += [suggest(services, i, model=model, language=language) for i in members]
    return made


def suggestions(
    services: Services, case_id: int
) -> list[tuple[Document, DocumentSuggestion | None]]:
    """Every document of the case with its suggestion (None while its pages are read)."""
    found = store.suggestions_for_case(services.db, case_id)
    return [(doc, found.get(doc.id)) for doc in services.list_documents(case_id)]


def get_suggestion(services: Services, case_id: int, document_id: int) -> DocumentSuggestion:
    services.get_document_in_case(case_id, document_id)
    found = store.get_suggestion(services.db, document_id)
    if found is None:
        return suggest(services, document_id)
    return found


# --- accepting and learning ----------------------------------------------------------------


def _checked(services: Services, doc: Document, found: Suggestion) -> Suggestion:
    """``found`` with its date marked unsure if it is before the applicant's date of birth
    as the case gives it now (the case may have changed since the suggestion)."""
    if found.date is None or not found.date_sure:
        return found
    text = store.document_text(services.db, doc.id)
    birth = _applicant_birth(services, doc.case_id, text)
    if doubt(dt.date.fromisoformat(found.date), dt.date.today(), birth) is None:
        return found
    return dataclasses.replace(found, date_confidence=min(found.date_confidence, UNSURE_DATE))


def _apply(services: Services, doc: Document, found: Suggestion, category: str,
           *, overwrite: bool) -> Document:
    """File the document and give it the suggested title, and the suggested date when the
    assistant is sure of it (a date to check is left for the user)."""
    case_id = doc.case_id
    services.tag(case_id, doc.id, None if category == "none" else category)
    if found.sure_date and (overwrite or not doc.date):
        services.set_date(case_id, doc.id, found.sure_date)
    if found.title and (overwrite or doc.title == title_from_name(Path(doc.source_name))):
        services.rename(case_id, doc.id, found.title)
    return services.get_document(doc.id)


def accept(
    services: Services,
    case_id: int,
    document_id: int,
    *,
    category: str | None = None,
    all_fields: bool = False,
) -> Document:
    """Confirm the suggestion (or correct its category with ``category``): file the
    document, and give it the suggested date and title where the user has not set them
    (``all_fields``: even where they have). Counts as a confirmation for learning."""
    doc = services.get_document_in_case(case_id, document_id)
    found = get_suggestion(services, case_id, document_id).suggestion
    chosen = (category or found.category or "").strip().lower()
    if not chosen:
        raise InvalidInputError(
            _("The assistant is not sure what document {id} is.").format(id=document_id),
            _("Say which tab it belongs under with --category (residence, employment, "
              "medical, community or none)."),
        )
    doc = _apply(services, doc, _checked(services, doc, found), chosen, overwrite=all_fields)
    store.mark_accepted(services.db, document_id)
    learn(services, case_id, document_id)
    return doc


def learn(services: Services, case_id: int, document_id: int) -> None:
    """Remember the document as the user filed it (after a tag or an accept), so later
    suggestions in this data folder follow the user's choices. Filing it where the
    assistant suggested counts as accepting the suggestion."""
    doc = services.get_document_in_case(case_id, document_id)
    category = doc.category or "none"
    if category not in CATEGORIES:
        return  # a tab of the user's own: nothing the categories can learn from
    found = store.get_suggestion(services.db, document_id)
    if found is not None and found.suggestion.category == doc.category:
        store.mark_accepted(services.db, document_id)
    text = store.document_text(services.db, document_id)
    if not text.strip():
        return
    store.add_example(services.db, document_id, category,
                      found.suggestion.document_type if found else "", word_counts(text))


def forget(services: Services, case_id: int, document_id: int) -> None:
    """Undo ``learn``: the user took the document out of its tab again (or undid the
    filing), so it no longer teaches anything."""
    services.get_document_in_case(case_id, document_id)
    store.remove_example(services.db, document_id)


def set_language(services: Services, case_id: int, document_id: int,
                 language: str | None) -> Document:
    """Say by hand which language a document is in (``None``: let the assistant tell)."""
    doc = services.get_document_in_case(case_id, document_id)
    if language is not None and language not in LANGUAGE_NAMES:
        raise InvalidInputError(
            _("Unknown language “{code}”.").format(code=language),
            _("Use one of: {codes}.").format(codes=", ".join(LANGUAGE_NAMES)))
    if language is None:
        found = store.get_suggestion(services.db, document_id)
        language = found.suggestion.language if found else None
    documents.update(services.db, doc.id, language=language)
    return services.get_document(doc.id)


# --- translations ---------------------------------------------------------------------------


def pair_translation(services: Services, case_id: int, translation_id: int,
                     original_id: int) -> None:
    """Mark ``translation_id`` as the English translation of ``original_id``: in the
    packet it follows its original under the same exhibit id."""
    services.get_document_in_case(case_id, translation_id)
    services.get_document_in_case(case_id, original_id)
    pairs = store.translations_for_case(services.db, case_id)
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
    store.set_translation(services.db, translation_id, original_id, case_id)


def clear_translation(services: Services, case_id: int, translation_id: int) -> None:
    services.get_document_in_case(case_id, translation_id)
    store.clear_translation(services.db, translation_id, case_id)


def translations(services: Services, case_id: int) -> dict[int, int]:
    """{translation document id: original document id}."""
    return store.translations_for_case(services.db, case_id)


def set_translator(services: Services, case_id: int, *, name: str, address: str = "",
                   statement: str = "", phone: str = "") -> Translator:
    services.get_case(case_id)
    if not name.strip():
        raise InvalidInputError(_("The translator's certificate needs the translator's name."))
    translator = Translator(name.strip(), address.strip(), statement.strip(), phone.strip())
    store.set_translator(services.db, case_id, translator)
    return translator


def get_translator(services: Services, case_id: int) -> Translator | None:
    services.get_case(case_id)
    return store.get_translator(services.db, case_id)


def missing_translations(services: Services, case_id: int) -> list[Document]:
    """Filed documents not in English that have no translation paired with them."""
    from desktop_app.core.filing_rules import needs_translation

    pairs = translations(services, case_id)
    return [d for d in services.list_documents(case_id)
            if d.category and needs_translation(d, pairs)]


# --- chronology and export -------------------------------------------------------------------


def chronology(services: Services, case_id: int) -> list[ChronologyRow]:
    """Every document in date order (undated last) with its tab and exhibit id."""
    from desktop_app.services.plan import exhibit_numbers

    _letters, ids = exhibit_numbers(services, case_id)
    tabs = {t.key: t.title for t in services.list_tabs(case_id)}
    pairs = translations(services, case_id)
    rows = [
        ChronologyRow(
            document_id=d.id, date=d.date, title=d.title, category=d.category,
            tab_title=_(tabs[d.category]) if d.category in tabs else _("not filed"),
            exhibit_id=ids.get(d.id), translation_of=pairs.get(d.id),
        )
        for d in services.list_documents(case_id)
    ]
    return sorted(rows, key=lambda r: (r.date is None, r.date or "", r.exhibit_id is None,
                                       r.exhibit_id or "", r.document_id))


def export(
    services: Services,
    case_id: int,
    out_path: Path,
    *,
    bates_prefix: str | None = None,
    tabs: Sequence[str] | None = None,
    chronology: bool = False,
    progress: Progress | None = None,
) -> PacketResult:
    """``Services.export`` with the chronology page when asked for."""
    from desktop_app.core.export.packet import build_packet
    from desktop_app.services.plan import build_plan

    plan = build_plan(services, case_id, bates_prefix=bates_prefix, tabs=tabs,
                      chronology=chronology)
    return build_packet(plan, Path(out_path), progress)


# --- measuring ---------------------------------------------------------------------------------


def evaluate(paths: Sequence[Path], *, workers: int | None = None) -> list[EvaluatedFile]:
    """Run the assistant over files, as a user would meet it: import into a throw-away
    data folder, read every page, suggest. One result per file, in ``paths`` order; the
    folder is deleted afterwards."""
    import tempfile

    from desktop_app.core.importer import expand_paths

    files = list(expand_paths(Path(p) for p in paths))
    results: list[EvaluatedFile] = []
    with tempfile.TemporaryDirectory(prefix="evidence-evaluate-") as tmp:
        services = Services.open(Path(tmp) / "data")
        try:
            case = services.create_case(name="Evaluation")
            outcomes = services.import_files(case.id, files)
            services.process(case.id, workers=workers)
            suggest_ready_documents(services, case.id)
            found = store.suggestions_for_case(services.db, case.id)
            for outcome in outcomes:
                item = found.get(outcome.document_id or -1)
                if outcome.status == "error" or item is None:
                    results.append(EvaluatedFile(outcome.path, None, 0.0, None, None, None,
                                                 outcome.error or _("no text could be read")))
                    continue
                s = item.suggestion
                results.append(EvaluatedFile(
                    outcome.path, s.category, s.confidence, s.document_type, s.sure_date,
                    s.language, date_to_check=None if s.date_sure else s.date,
                    language_sure=s.language_sure,
                    words=len(words(store.document_text(services.db, item.document_id)))))
        finally:
            services.close()
    return results
