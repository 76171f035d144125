"""The applicant's statement: its sections, and citations of the case's documents.

A statement is a few plain-language sections (``SECTIONS``), each optional. Text cites a
document with a stable reference, ``[[doc:12]]`` (the whole document) or ``[[doc:12 p.3]]``
(its third page, counted as the document's pages are stored, 1-based). The reference
names the document, never its exhibit id, so reordering exhibits or moving one to
another tab never breaks it: every time the statement is shown or exported, each
citation is resolved to the exhibit id (and packet page) the document has *then*.

Pure: no Qt, no SQL. Titles and prompts are English here (the packet prints the English
titles); the window shows them through ``desktop_app.i18n._`` (they are extracted for
translation by ``packaging/extract_messages.py``: the values of ``SECTION_TITLES`` and
``SECTION_PROMPTS``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desktop_app.core.controls import for_pdf
from desktop_app.i18n import _

SECTION_TITLES = {
    "residence": "Residence in the United States",
    "family": "Family ties",
    "work": "Work and support",
    "community": "Community ties",
    "hardship": "Health and hardship",
    "compliance": "Compliance with past obligations",
    "unfavourable": "Unfavorable factors and explanation",
}
SECTION_PROMPTS = {
    "residence": "How long have you lived in the United States, and where? Name the "
    "documents that show it.",
    "family": "Who is your family here? Name your spouse and children (say which are US "
    "citizens or permanent residents) and anyone who depends on you.",
    "work": "Where have you worked, and for how long? How do you support yourself and your "
    "family? Mention the taxes you have filed.",
    "community": "What do you do in your community (church, school, volunteering)? Who "
    "knows you and wrote a letter for you?",
    "hardship": "What would happen to you or your family if you had to leave? Mention "
    "illness and treatment, a child's needs, or danger in your home country.",
    "compliance": "Have you kept every appointment, check-in and court date, and filed "
    "your taxes? Say so, and name the proof.",
    "unfavourable": "Is there anything a reviewer may hold against you (an arrest, a missed "
    "appointment, a past order)? Say what happened and what has changed since. Leaving it "
    "out does not make it go away.",
}
# The headings of a statement written in Spanish, in the packet (its own words, in the
# language it is written in; the English translation that follows has the English ones).
SPANISH_TITLES = {
    "residence": "Residencia en los Estados Unidos",
    "family": "Lazos familiares",
    "work": "Trabajo y sustento",
    "community": "Lazos con la comunidad",
    "hardship": "Salud y dificultades",
    "compliance": "Cumplimiento de obligaciones anteriores",
    "unfavourable": "Factores desfavorables y su explicación",
}
LANGUAGES = ("en", "es")
MAX_SECTION_CHARS = 20_000  # a section is a few paragraphs, not a book
MAX_FIELD_CHARS = 300  # a name, a phone number
MAX_ADDRESS_CHARS = 1_000


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # English (printed in the packet); shown through ``_()``
    prompt: str  # English; shown through ``_()``


SECTIONS: tuple[Section, ...] = tuple(
    Section(key, title, SECTION_PROMPTS[key]) for key, title in SECTION_TITLES.items())
SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTIONS)


@dataclass(frozen=True)
class Citation:
    document_id: int
    page: int | None = None  # 1-based within the document as stored; None: all of it


_CITATION = re.compile(r"\[\[doc:([1-9][0-9]{0,11})(?: p\.([1-9][0-9]{0,5}))?\]\]")


def cite(document_id: int, page: int | None = None) -> str:
    """The stored form: ``[[doc:12]]`` or ``[[doc:12 p.3]]``."""
    if page is None:
        return f"[[doc:{int(document_id)}]]"
    return f"[[doc:{int(document_id)} p.{int(page)}]]"


def find_citations(text: str) -> list[tuple[int, int, Citation]]:
    """(start, end, citation) of every well-formed citation in ``text``, in order.
    Anything else that looks like one (``[[doc:x]]``, ``[[doc:3 p.0]]``) is plain text."""
    found = []
    for match in _CITATION.finditer(text):
        page = int(match.group(2)) if match.group(2) else None
        found.append((match.start(), match.end(), Citation(int(match.group(1)), page)))
    return found


def resolve(text: str, label: Callable[[Citation], str]) -> str:
    """``text`` with each citation replaced by ``label(citation)``."""
    return _CITATION.sub(lambda m: label(Citation(
        int(m.group(1)), int(m.group(2)) if m.group(2) else None)), text)


def runs(text: str) -> list[str | Citation]:
    """``text`` cut into plain pieces and citations, in order (empty pieces left out)."""
    pieces: list[str | Citation] = []
    at = 0
    for start, end, citation in find_citations(text):
        if start > at:
            pieces.append(text[at:start])
        pieces.append(citation)
        at = end
    if at < len(text):
        pieces.append(text[at:])
    return pieces


def renumber(text: str, documents: Mapping[int, int]) -> str:
    """``text`` with each citation of document ``old`` citing ``documents[old]`` (a case
    restored from an archive: its documents have new ids); a citation of a document not
    in ``documents`` becomes plain words, so it can never point at another document."""

    def moved(match: re.Match[str]) -> str:
        old = int(match.group(1))
        if old not in documents:
            return "[" + _("a document no longer in the case") + "]"
        page = int(match.group(2)) if match.group(2) else None
        return cite(int(documents[old]), page)

    return _CITATION.sub(moved, text)


def cited_documents(texts: Mapping[str, str] | list[str]) -> set[int]:
    """The ids of every document cited in ``texts`` (a mapping's values, or a list)."""
    values = texts.values() if isinstance(texts, Mapping) else texts
    return {c.document_id for text in values for _s, _e, c in find_citations(text)}


def clean(text: str) -> str:
    """Text as stored: line breaks kept (as ``\\n``), other control characters dropped,
    trailing spaces of each line and blank lines at either end trimmed."""
    lines = [line.rstrip() for line in for_pdf(text).split("\n")]
    return "\n".join(lines).strip("\n").strip()


# --- the plain-text file the command line reads ------------------------------------------

_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t]*#*[ \t]*$")


class StatementFileError(ValueError):
    """The text of a statement file is not in the expected form (the message says why,
    in English; the caller translates the parts it knows)."""

    def __init__(self, kind: str, line: int, detail: str = "") -> None:
        super().__init__(f"{kind} at line {line}: {detail}")
        self.kind = kind  # "text-before-heading" | "unknown-section" | "repeated-section"
        self.line = line
        self.detail = detail


def section_for_heading(heading: str) -> str | None:
    """The section key a ``## heading`` names: its key, its English title or its Spanish
    title (any case, accents as written)."""
    wanted = " ".join(heading.split()).casefold()
    for key in SECTION_KEYS:
        names = (key, SECTION_TITLES[key], SPANISH_TITLES[key])
        if wanted in {n.casefold() for n in names}:
            return key
    aliases = {"unfavorable": "unfavourable", "residencia": "residence",
               "familia": "family", "trabajo": "work", "comunidad": "community",
               "salud": "hardship", "cumplimiento": "compliance",
               "desfavorable": "unfavourable", "desfavorables": "unfavourable"}
    return aliases.get(wanted)


def parse_sections(text: str) -> dict[str, str]:
    """{section key: text} of a statement file: ``## Residence`` (a key, an English or a
    Spanish title) starts a section, which runs to the next heading. Blank lines and
    lines starting with ``#`` but not ``## `` (comments) before the first heading are
    allowed; any other text before it is refused, as is a heading naming no section or
    one section twice."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n")
                                  .split("\n"), start=1):
        heading = _HEADING.match(line)
        if heading:
            key = section_for_heading(heading.group(1))
            if key is None:
                raise StatementFileError("unknown-section", number, heading.group(1))
            if key in found:
                raise StatementFileError("repeated-section", number, heading.group(1))
            found[key] = []
            current = key
        elif current is None:
            if line.strip() and not (line.startswith("#") and not line.startswith("##")):
                raise StatementFileError("text-before-heading", number, line.strip()[:60])
        else:
            found[current].append(line)
    return {key: clean("\n".join(lines)) for key, lines in found.items()}


def format_sections(sections: Mapping[str, str]) -> str:
    """The file form of ``sections`` (what ``parse_sections`` reads back), every
    section with its English title, empty ones included."""
    blocks = [f"## {SECTION_TITLES[key]}\n\n{sections.get(key, '').strip()}\n"
              for key in SECTION_KEYS]
    return "\n".join(blocks)
