"""The footer stamp on every packet page: "Page n of N" in the centre, the exhibit id on
the left of exhibit pages, and the Bates number (e.g. ``DA-000123``) on the right.

Stamps sit in the footer band that exhibit pages keep free of content, so they never
cover evidence and need no white backing. They are set in Nimbus Sans (the Helvetica
that ships inside MuPDF), embedded in every file (portals and PDF/A ask for every font
embedded; ~25 KB a file), with the WinAnsi encoding: it covers the Latin letters of
English and Spanish.

A stamp is a few operators at the end of the page's one content stream (see
``compose.py``), set in one font object shared by the whole packet: PyMuPDF's
``insert_text`` would re-measure and re-register the font on every page. The page's
resources are made fresh for it, so the font's name cannot clash with a source's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pymupdf

from desktop_app.core.export.cff import win_ansi_font
from desktop_app.i18n import _

FOOTER_BAND = 28.8  # 0.4 in kept free of content at the foot of every exhibit page
SIZE = 9.0
MIN_SIZE = 6.0
COLOR = "0.2 0.2 0.22 rg"
SIDE_MARGIN = 36.0
FONT_KEY = "EPStamp"  # the font's name in page resources


def font_widths(font: pymupdf.Font) -> list[int]:
    """The widths (1/1000 em) of codes 32 to 255 in the WinAnsi encoding."""
    widths = []
    for code in range(32, 256):
        char = bytes([code]).decode("cp1252", errors="replace")
        widths.append(0 if char == "\ufffd" else round(font.text_length(char, 1) * 1000))
    return widths


def embed_font(doc: pymupdf.Document) -> int:
    """Add the stamp font to ``doc`` (the font file, its descriptor, its widths); returns
    the xref of the font object."""
    font = pymupdf.Font("helv")
    widths = font_widths(font)
    program, glyphs = win_ansi_font("helv")
    data = doc.get_new_xref()
    doc.update_object(data, "<</Subtype/Type1C>>")
    doc.update_stream(data, program)
    descriptor = doc.get_new_xref()
    doc.update_object(descriptor, (
        "<</Type/FontDescriptor/FontName/Helvetica/Flags 32/FontBBox[-166 -225 1000 931]"
        "/ItalicAngle 0/Ascent 718/Descent -207/CapHeight 718/StemV 88"
        f"/CharSet({''.join('/' + g for g in glyphs)})/FontFile3 {data} 0 R>>"))
    xref = doc.get_new_xref()
    doc.update_object(xref, (
        "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding"
        f"/FirstChar 32/LastChar 255/Widths[{' '.join(map(str, widths))}]"
        f"/FontDescriptor {descriptor} 0 R>>"))
    return xref


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
    """The footer stamps of one packet of ``total`` pages."""

    def __init__(self, total: int, bates_prefix: str | None, bates_start: int = 1) -> None:
        self.total = total
        self.bates_prefix = bates_prefix
        self.bates_start = bates_start

    def footer(
        self, width: float, height: float, number: int, exhibit_id: str | None = None
    ) -> bytes:
        """The content of the stamp for packet page ``number`` (1-based), ``width`` x
        ``height``; it sets its text in the font named ``FONT_KEY``."""
        centre = _("Page {n} of {total}").format(n=number, total=self.total)
        left = _("Exhibit {id}").format(id=exhibit_id) if exhibit_id else ""
        right = (bates_number(self.bates_prefix, self.bates_start + number - 1)
                 if self.bates_prefix else "")
        return _content(footer_lines(width, height, left, centre, right), height)
