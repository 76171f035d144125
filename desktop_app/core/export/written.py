"""The written parts of a packet as plain data: the cover letter (first), the signature
block (on the cover, the statement and the letter), the applicant's statement (after the
cover) with its translation and certificates, and the certificate of service (last).

Citations are already resolved to exhibits of the plan (``Cited``): the export turns
each into "Exhibit B-2, p. 3 [packet page 27]" and a link once the pages are numbered.
Everything here is picklable and turns into JSON and back (``written_json``), so the
record keeps a filed packet's statement as it was filed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # plan.py holds a ``Written``; this module needs no part of it to run
    from desktop_app.core.export.plan import Certificate


@dataclass(frozen=True)
class Cited:
    """A citation resolved against the plan: pages of exhibit ``exhibit_id``."""

    exhibit_id: str
    offset: int = 0  # its first page, counted from the exhibit's first page (0-based)
    span: int = 1  # how many pages it covers
    page: int | None = None  # "p. 3": the page within the exhibit as filed; None: all
    translation: bool = False  # pages of the exhibit's English translation
    filed_on: str = ""  # not in this packet: the ISO date it was filed before


Run = str | Cited
Paragraph = tuple[Run, ...]


@dataclass(frozen=True)
class WrittenSection:
    title: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Signature:
    name: str
    role: str  # "self" | "representative"
    date: dt.date
    details: str = ""  # the representative's EOIR ID / bar number and address
    applicant: str = ""  # for whom a representative signs


@dataclass(frozen=True)
class Interpretation:
    """Someone read the statement to the applicant in their language."""

    interpreter: str
    address: str
    phone: str
    language: str  # "Spanish"


@dataclass(frozen=True)
class StatementPages:
    applicant: str
    sections: tuple[WrittenSection, ...]  # as written
    language: str = "English"  # the language it is written in
    english: tuple[WrittenSection, ...] = ()  # its English translation, when not English
    certificate: Certificate | None = None  # the translator's, when translated
    interpretation: Interpretation | None = None


@dataclass(frozen=True)
class Letter:
    recipient: str  # "opla" | "field_office" | "court"
    office: str
    office_address: str
    applicant: str
    a_number: str
    hearing_date: dt.date | None
    relief: str
    favourable: tuple[Paragraph, ...]
    unfavourable: tuple[Paragraph, ...]
    statement: bool  # the packet holds the applicant's statement


@dataclass(frozen=True)
class ServiceInfo:
    method: str  # "ecas" | "mail" | "hand"
    served_on: str  # the office served, with its address
    date: dt.date


@dataclass(frozen=True)
class Written:
    signature: Signature | None = None
    statement: StatementPages | None = None
    letter: Letter | None = None
    service: ServiceInfo | None = None

    def __bool__(self) -> bool:
        return any((self.signature, self.statement, self.letter, self.service))
