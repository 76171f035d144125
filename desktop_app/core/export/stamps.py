"""The footer stamp on every packet page: "Page n of N" in the centre, the exhibit id on
the left of exhibit pages, and the Bates number (e.g. ``DA-000123``) on the right.

Stamps sit in the footer band that exhibit pages keep free of content, so they never
cover evidence and need no white backing. They are set in Helvetica, one of the PDF base
fonts: not embedded, and it covers the Latin letters of English and Spanish.

A stamp is written as a small content stream of its own, with one shared font object for
the whole packet: a quarter of a millisecond a page, where PyMuPDF's ``insert_text``
re-measures and re-registers the font on every call. It goes on each new page before
anything else, into the page's still empty resources, so no names can clash (and
``insert_text`` would skip registering Helvetica on a page whose placed source PDF
already uses a font of that name).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pymupdf

from desktop_app.i18n import _

FOOTER_BAND = 28.8  # 0.4 in kept free of content at the foot of every exhibit page
SIZE = 9.0
MIN_SIZE = 6.0
COLOR = "0.2 0.2 0.22 rg"
SIDE_MARGIN = 36.0
FONT_KEY = "EPStamp"  # the font's name in page resources
FONT_OBJECT = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"


def bates_number(prefix: str, number: int) -> str:
    return f"{prefix}{number:06d}"


@cache
def _advance(char: str) -> float:
    """Width of ``char`` in Helvetica at 1 pt (characters outside WinAnsi print as '?')."""
    if char.encode("cp1252", errors="replace") == b"?":
        char = "?"
    return float(pymupdf.get_text_length(char, fontname="helv", fontsize=1))


def text_width(text: str, size: float) -> float:
    return size * sum(_advance(c) for c in text)


@dataclass(frozen=True)
class Line:
    x: float
    baseline: float
    text: str
    size: float


def _fits_one_line(left: str, centre: str, right: str, size: float, usable: float) -> bool:
    """The centre text stays centred, so each side must fit in half the line."""
    half = usable / 2 - text_width(centre, size) / 2 - 6
    return text_width(left, size) <= half and text_width(right, size) <= half


def _fit_size(text: str, width: float) -> float:
    natural = text_width(text, SIZE)
    return SIZE if natural <= width or natural == 0 else max(4.0, SIZE * width / natural)


def footer_lines(width: float, height: float, left: str, centre: str, right: str) -> list[Line]:
    """Where the three footer texts go on a ``width`` x ``height`` page."""
    margin = min(SIDE_MARGIN, width * 0.06)
    usable = width - 2 * margin
    size = SIZE
    while size > MIN_SIZE and not _fits_one_line(left, centre, right, size, usable):
        size -= 0.5
    if _fits_one_line(left, centre, right, size, usable):
        baseline = centre_baseline = height - (FOOTER_BAND - size) / 2 - 2
    else:  # a very narrow page (a receipt): the centre on one line, the sides below
        size = min(
            _fit_size(centre, usable),
            _fit_size(left, usable / 2 - 4),
            _fit_size(right, usable / 2 - 4),
        )
        centre_baseline = height - FOOTER_BAND + size + 2
        baseline = centre_baseline + size * 1.45
    lines = [Line((width - text_width(centre, size)) / 2, centre_baseline, centre, size)]
    if left:
        lines.append(Line(margin, baseline, left, size))
    if right:
        lines.append(Line(width - margin - text_width(right, size), baseline, right, size))
    return lines


def _pdf_string(text: str) -> str:
    raw = text.encode("cp1252", errors="replace")
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return "(" + escaped.decode("latin-1") + ")"


def _content(lines: list[Line], height: float) -> bytes:
    ops = ["q", COLOR, "BT"]
    for line in lines:
        ops.append(f"/{FONT_KEY} {line.size:g} Tf")
        ops.append(f"1 0 0 1 {line.x:.2f} {height - line.baseline:.2f} Tm")
        ops.append(f"{_pdf_string(line.text)} Tj")
    ops += ["ET", "Q"]
    return "\n".join(ops).encode("latin-1")


class Stamper:
    """Stamps the pages of one packet; holds the packet's one Helvetica font object."""

    def __init__(self, doc: pymupdf.Document, total: int, bates_prefix: str | None) -> None:
        self.doc = doc
        self.total = total
        self.bates_prefix = bates_prefix
        self._font_xref = 0

    def _font(self) -> int:
        if not self._font_xref:
            self._font_xref = self.doc.get_new_xref()
            self.doc.update_object(self._font_xref, FONT_OBJECT)
        return self._font_xref

    def stamp(self, page: pymupdf.Page, number: int, exhibit_id: str | None = None) -> None:
        """Stamp a new, still empty ``page``: packet page ``number`` (1-based)."""
        centre = _("Page {n} of {total}").format(n=number, total=self.total)
        left = _("Exhibit {id}").format(id=exhibit_id) if exhibit_id else ""
        right = bates_number(self.bates_prefix, number) if self.bates_prefix else ""
        rect = page.rect
        lines = footer_lines(rect.width, rect.height, left, centre, right)
        kind, value = self.doc.xref_get_key(page.xref, "Resources")
        resources = int(value.split()[0]) if kind == "xref" else 0
        if not resources or self.doc.xref_object(resources, compressed=True) != "<<>>":
            raise ValueError("stamps go on new, empty pages")
        self.doc.update_object(resources, f"<</Font<</{FONT_KEY} {self._font()} 0 R>>>>")
        # The one-call way to add a content stream (what PyMuPDF's own Shape.commit uses).
        pymupdf.TOOLS._insert_contents(page, _content(lines, rect.height), True)
