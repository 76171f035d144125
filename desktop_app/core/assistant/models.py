"""Plain records the assistant's services hand to the CLI and the window."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.assistant.suggest import Suggestion


@dataclass(frozen=True)
class Translator:
    """Who translated the case's foreign-language documents, for the certificate that
    8 CFR 103.2(b)(3) asks for."""

    name: str
    address: str = ""
    statement: str = ""  # of competence, e.g. "I am fluent in Spanish and English."
    phone: str = ""  # the EOIR Practice Manual (3.3) asks for it on the certificate


@dataclass(frozen=True)
class DocumentSuggestion:
    """A document's stored suggestion and whether the user has accepted it."""

    document_id: int
    suggestion: Suggestion
    accepted: bool


@dataclass(frozen=True)
class ChronologyRow:
    """One document in date order, as the chronology page and the window show it."""

    document_id: int
    date: str | None  # ISO; None for undated documents (listed last)
    title: str
    category: str | None  # the tab's key; None while not filed
    tab_title: str
    exhibit_id: str | None  # "B-3" in the packet as it would be exported now
    translation_of: int | None = None  # set on a translation row
