"""The plain records the review works on and the findings it returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from desktop_app.core.models import Case

Severity = Literal["problem", "warning", "tip"]
SEVERITIES: tuple[Severity, ...] = ("problem", "warning", "tip")

# Built-in currency windows (months): where a reviewer expects recent evidence.
DEFAULT_MEDICAL_MONTHS = 12
DEFAULT_PAY_STUB_MONTHS = 6


@dataclass(frozen=True)
class Finding:
    """One weakness of the case, with what to do about it.

    ``key`` is stable across runs (the code and the ids it is about), so a dismissal
    survives re-running the review."""

    code: str
    severity: Severity
    message: str
    key: str
    document_id: int | None = None
    page_id: int | None = None
    related: tuple[int, ...] = ()
    dismissed: bool = False
    dismissed_reason: str = ""


@dataclass(frozen=True)
class PageFacts:
    """What the review knows of one page. Sizes are inches as printed in the packet."""

    id: int
    number: int  # 1-based, within its document
    native_text: bool
    status: str
    excluded: bool
    confidence: float | None
    text: str
    printed: tuple[float, float] | None = None  # (width, height) in inches
    pixel_dpi: float | None = None  # resolution of the picture as printed; None: no picture
    look: tuple[int, ...] | None = None  # the page's look as shown (``facts.look_hashes``)
    ink: float | None = None  # share of dark pixels, 0..1
    mean: float | None = None  # mean brightness, 0 (black) .. 255 (white)


@dataclass(frozen=True)
class DocumentFacts:
    id: int
    title: str
    category: str | None  # the tab's key, or None while not filed
    date: str | None  # ISO
    language: str | None
    document_type: str | None = None  # the assistant's type, e.g. "pay_stub"
    translation_of: int | None = None  # this document translates that one
    translated: bool = False  # a translation is paired to this document
    pages: tuple[PageFacts, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class TabFacts:
    key: str
    title: str
    builtin: bool


@dataclass(frozen=True)
class ReviewSettings:
    medical_months: int = DEFAULT_MEDICAL_MONTHS
    pay_stub_months: int = DEFAULT_PAY_STUB_MONTHS


@dataclass(frozen=True)
class StatementFacts:
    """The applicant's statement: (key, text, English translation) per section, in order,
    its language, and the documents in the packet as it stands (exhibits, with the
    translations that go with them)."""

    language: str
    sections: tuple[tuple[str, str, str], ...]
    in_packet: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ReviewInput:
    case: Case
    tabs: tuple[TabFacts, ...]
    documents: tuple[DocumentFacts, ...]
    today: dt.date
    settings: ReviewSettings = field(default_factory=ReviewSettings)
    statement: StatementFacts | None = None
