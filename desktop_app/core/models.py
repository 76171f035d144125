"""The things the app works with, as plain immutable records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DocumentStatus = Literal["pending", "processing", "ready", "failed"]
PageStatus = Literal["pending", "processing", "done", "failed"]
ImportStatus = Literal["imported", "duplicate", "error"]
Point = tuple[float, float]
Quad = tuple[Point, Point, Point, Point]  # a page's corners: TL, TR, BR, BL as it reads

CASE_FIELDS = (
    "name",
    "a_number",
    "date_of_birth",
    "address",
    "phone",
    "email",
    "representative",
    "relief",
    "key_factors",
    "in_us_since",
)


@dataclass(frozen=True)
class Slots:
    """A form's places to fill in ("Name:") on a page or a document: how many are left
    empty, how many are filled (``core.form_slots``)."""

    empty: int = 0
    filled: int = 0


@dataclass(frozen=True)
class Case:
    id: int
    name: str
    a_number: str = ""
    date_of_birth: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    representative: str = ""
    relief: str = ""
    key_factors: str = ""
    created_at: str = ""
    updated_at: str = ""
    in_us_since: str = ""  # ISO date the applicant says they came to the US, or ""


@dataclass(frozen=True)
class Tab:
    id: int
    case_id: int
    key: str
    title: str
    builtin: bool
    position: int


@dataclass(frozen=True)
class Document:
    id: int
    case_id: int
    title: str
    source_name: str
    kind: Literal["pdf", "image"]
    sha256: str
    category: str | None  # the tab's key, or None while not yet filed
    position: int
    date: str | None
    language: str | None
    pages: int
    status: DocumentStatus
    ocr_confidence: float | None
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    id: int
    document_id: int
    source_index: int
    width: float
    height: float
    native_text: bool
    status: PageStatus
    error: str | None
    rotation: int  # total clockwise turn shown: detected + the user's
    rotation_auto: int
    rotation_user: int
    skew: float
    excluded: bool
    confidence: float | None
    text: str
    cleaned: bool = False  # processing made a straightened image of the page
    # The page's corners in its image (reading order; pixels of the image as displayed,
    # points for a PDF page), or None: the whole image is the page.
    crop: Quad | None = None
    crop_by_user: bool = False  # the user set ``crop`` (else processing found it)
    blank: bool = False  # processing found nothing on the page (a blank back side)


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    status: ImportStatus
    document_id: int | None = None
    pages: int = 0
    error: str | None = None
    error_code: str | None = None


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    page_id: int
    page: int  # 1-based page number within the document
    snippet: str
    document_title: str = ""


@dataclass(frozen=True)
class ProcessSummary:
    done: int = 0
    failed: int = 0
    failures: tuple[tuple[int, str], ...] = field(default_factory=tuple)  # (page id, reason)
