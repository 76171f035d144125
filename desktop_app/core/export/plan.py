"""What the packet contains, as plain immutable data.

The service layer reads the case from storage and builds a ``PacketPlan``; the export
code turns it into a PDF. Nothing here touches the database, so export can run in a
worker process (plans are picklable).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop_app.core.export.written import Written


@dataclass(frozen=True)
class PageSource:
    """One page of an exhibit and how to show it.

    ``path`` is the stored original (or the decrypted working copy of an encrypted PDF).
    For ``kind == "pdf"`` ``index`` is the page number (0-based); for ``"image"`` it is the
    frame of a multi-page image (TIFF); images are opened with ``core.images.load_frame``,
    which applies EXIF orientation.

    ``rotation`` (0/90/180/270, clockwise) turns the page as displayed (PDF pages: after
    their own /Rotate; images: after EXIF) upright. ``skew`` is a small clockwise angle in
    degrees that straightens it further (0.0 when not needed).

    ``text_layer`` is a one-page PDF of invisible OCR text made by Tesseract from the
    page as displayed before ``rotation`` and ``skew`` (the same frame the OCR image was
    rendered in), or ``None`` when the page has real text of its own.
    """

    path: Path
    kind: Literal["pdf", "image"]
    index: int
    rotation: int = 0
    skew: float = 0.0
    text_layer: Path | None = None
    redaction: Redaction | None = None  # what to take out before the page is placed
    # A folder where the export may keep what it makes of this page (its smaller picture,
    # ``compress.py``) for the next export; None: made again each time.
    cache: Path | None = None


@dataclass(frozen=True)
class Redaction:
    """Areas of a page to remove for good when the packet is written (``core.redaction``
    makes the redacted page, in the process that writes the packet, and keeps it in
    ``folder`` under ``key`` for the next export)."""

    boxes: tuple[tuple[float, float, float, float], ...]  # fractions, the source's frame
    patterns: tuple[tuple[str, str], ...]  # (kind, value) to look for in the page's words
    keep_dates: tuple[str, ...]  # dates the "dob" pattern must leave (the applicant's)
    folder: Path
    key: str
    label: str  # "page 2 of “Bank letter”", for messages


@dataclass(frozen=True)
class Certificate:
    """The translator's certificate that follows a translation (8 CFR 103.2(b)(3)): the
    translation is complete and accurate, and the translator is competent to translate
    from ``language`` into English."""

    translator: str
    address: str
    statement: str  # of competence, in the translator's words
    language: str  # "Spanish"
    document_title: str  # the original's title
    phone: str = ""  # the translator's (EOIR Practice Manual 3.3(a))


@dataclass(frozen=True)
class Exhibit:
    exhibit_id: str  # "A-1"
    title: str
    date: dt.date | None
    pages: tuple[PageSource, ...]
    note: str = ""  # e.g. "with certified translation"
    # Its English translation, filed right after it under the same exhibit id, and the
    # translator's certificate (a generated page after the translation).
    translation: tuple[PageSource, ...] = ()
    certificate: Certificate | None = None
    # The case's document it shows (None for an exhibit made up outside a case): lets the
    # record say which documents a filed packet held.
    document_id: int | None = None

    @property
    def page_count(self) -> int:
        """Every page the exhibit takes in the packet: original, translation, certificate."""
        return len(self.pages) + len(self.translation) + (1 if self.certificate else 0)

    @property
    def translation_id(self) -> str:
        """The id its translation's pages carry: "B-3 (translation)"."""
        return f"{self.exhibit_id} (translation)"


@dataclass(frozen=True)
class TabSection:
    letter: str  # "A"
    title: str  # "Residence"
    description: str  # one line under the title on the divider page
    exhibits: tuple[Exhibit, ...]
    key: str = ""  # the case's tab key ("residence"); "" outside a case


@dataclass(frozen=True)
class CoverInfo:
    applicant: str
    a_number: str = ""
    date_of_birth: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    representative: str = ""
    relief: str = ""
    key_factors: str = ""


@dataclass(frozen=True)
class PacketPlan:
    cover: CoverInfo
    tabs: tuple[TabSection, ...]
    prepared_on: dt.date
    bates_prefix: str | None = None  # "DA-" gives DA-000001 ... on every page
    bates_start: int = 1  # the first Bates number (a supplement goes on from the last filed)
    title: str = "Evidence Packet"
    chronology: bool = False  # a page listing the exhibits in date order, after the index
    # A line or two printed under the title of the cover and the index, e.g. "Supplement
    # to the packet filed on March 2, 2026; exhibits A-1 to A-4 were filed then."
    note: str = ""
    # The statement, cover letter, signature and certificate of service (``written.py``).
    written: Written = field(default_factory=Written)


@dataclass(frozen=True)
class ExhibitPages:
    exhibit_id: str
    first_page: int  # 1-based page numbers in the packet
    last_page: int


@dataclass(frozen=True)
class PartFile:
    """One file written: the packet, or one of its parts."""

    path: Path
    bytes: int
    pages: int
    first_page: int  # its first page's number in the packet
    sha256: str


@dataclass(frozen=True)
class PacketResult:
    path: Path  # the packet, or its Part 1
    page_count: int  # in all its files
    sha256: str  # of ``path``
    exhibits: tuple[ExhibitPages, ...] = field(default_factory=tuple)
    files: tuple[PartFile, ...] = field(default_factory=tuple)  # every file, in order
    dividers: tuple[int, ...] = ()  # the page number of each tab's divider
    missing_fonts: tuple[str, ...] = ()  # fonts of source pages that could not be embedded

    @property
    def total_bytes(self) -> int:
        return sum(f.bytes for f in self.files)


# progress(done, total, label) is called as the packet is assembled.
Progress = Callable[[int, int, str], None]
