"""Small typesetting helpers for the pages the packet generates itself.

Cover, index and divider pages are laid out by hand (fixed fonts, measured words) rather
than with HTML: the index must know exactly where each row lands, to count its pages
before the exhibits are numbered and to put a link on every row.

Text is written with ``pymupdf.TextWriter`` and embedded fonts (Nimbus Roman, a Times
clone that ships inside MuPDF). MuPDF falls back to its Noto and CJK fonts for letters
Times lacks (e.g. Vietnamese or Chinese names); ``Document.subset_fonts()`` on the
scratch document keeps that cheap.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field
from typing import Literal

import pymupdf
from pymupdf import mupdf

from desktop_app.i18n import _

Color = tuple[float, float, float]
Align = Literal["left", "center", "right"]

INK: Color = (0.12, 0.12, 0.14)
GREY: Color = (0.38, 0.38, 0.40)
RULE: Color = (0.72, 0.72, 0.74)
BAND: Color = (0.93, 0.93, 0.94)

LETTER = pymupdf.Rect(0, 0, 612, 792)
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class Fonts:
    """The three faces used on generated pages."""

    regular: pymupdf.Font = field(default_factory=lambda: pymupdf.Font("tiro"))
    bold: pymupdf.Font = field(default_factory=lambda: pymupdf.Font("tibo"))
    italic: pymupdf.Font = field(default_factory=lambda: pymupdf.Font("tiit"))


_advances: dict[tuple[str, str], float] = {}
MAX_REMEMBERED = 50_000


_names: dict[int, tuple[weakref.ref[pymupdf.Font], str]] = {}


def _font_name(font: pymupdf.Font) -> str:
    """``font.name``, remembered per font object (asking MuPDF costs ~1 µs a word)."""
    known = _names.get(id(font))
    if known is None or known[0]() is not font:
        if len(_names) > 64:
            _names.clear()
        known = _names[id(font)] = (weakref.ref(font), font.name)
    return known[1]


def _advance(font: pymupdf.Font, word: str) -> float:
    """Width of ``word`` at 1 pt, remembered: MuPDF's measuring is slow, words repeat."""
    key = (_font_name(font), word)
    width = _advances.get(key)
    if width is None:
        if len(_advances) >= MAX_REMEMBERED:
            _advances.clear()
        width = _advances[key] = float(font.text_length(word, fontsize=1))
    return width


def text_width(text: str, font: pymupdf.Font, size: float) -> float:
    """Advance widths add up (MuPDF applies no kerning), so measure word by word."""
    words = text.split(" ")
    return size * (
        sum(_advance(font, w) for w in words if w) + (len(words) - 1) * _advance(font, " ")
    )


def _split_long_word(word: str, font: pymupdf.Font, size: float, width: float) -> list[str]:
    """Break a word wider than ``width`` into pieces that fit (a long e-mail, a URL)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def truncated(text: str, font: pymupdf.Font, size: float, width: float) -> str:
    """``text`` marked as cut short: it ends in an ellipsis, shortened to fit ``width``."""
    cut = text.rstrip()
    while cut and text_width(cut + ELLIPSIS, font, size) > width:
        cut = cut[:-1].rstrip()
    return cut.rstrip(" ,;:") + ELLIPSIS


def ellipsize(text: str, font: pymupdf.Font, size: float, width: float) -> str:
    """``text`` as it is if it fits in ``width``, else shortened with an ellipsis."""
    if text_width(text, font, size) <= width:
        return text
    return truncated(text, font, size, width)


def wrap(
    text: str, font: pymupdf.Font, size: float, width: float, max_lines: int | None = None
) -> list[str]:
    """Greedy word wrap of one paragraph; the last kept line ends in an ellipsis if cut."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _split_long_word(word, font, size, width)
        lines.extend(pieces[:-1])
        current = pieces[-1] if pieces else ""
    if current:
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = truncated(kept[-1] + " " + lines[max_lines], font, size, width)
        return kept
    return lines


def paragraphs(text: str) -> list[str]:
    """Split user text into paragraphs: blank lines or single line breaks both count."""
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]


class Canvas:
    """Draw text, rules and bands on one page; text is written last, on top."""

    def __init__(self, page: pymupdf.Page, ordered: bool = False) -> None:
        """``ordered``: text is extracted (copied, read aloud) in the order it was written,
        whatever its colour — running text with coloured citations; otherwise text of one
        colour goes together (fewer text objects, for tables)."""
        self.page = page
        self.ordered = ordered
        self._writers: dict[Color, pymupdf.TextWriter] = {}
        self._ordered: list[tuple[Color, pymupdf.TextWriter]] = []
        self._shape = page.new_shape()

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        font: pymupdf.Font,
        size: float,
        color: Color = INK,
        align: Align = "left",
    ) -> float:
        """Write ``text`` with its baseline at ``baseline``; ``x`` is its left, centre or right."""
        width = text_width(text, font, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        if self.ordered:
            if not self._ordered or self._ordered[-1][0] != color:
                self._ordered.append((color, pymupdf.TextWriter(self.page.rect)))
            writer = self._ordered[-1][1]
        else:
            if color not in self._writers:
                self._writers[color] = pymupdf.TextWriter(self.page.rect)
            writer = self._writers[color]
        _append(writer, x, baseline, text, font, size)
        return width

    def rule(self, x0: float, x1: float, y: float, color: Color = RULE, width: float = 0.5) -> None:
        self._shape.draw_line((x0, y), (x1, y))
        self._shape.finish(color=color, width=width)

    def band(self, rect: pymupdf.Rect, color: Color = BAND) -> None:
        self._shape.draw_rect(rect)
        self._shape.finish(color=None, fill=color, width=0)

    def finish(self) -> None:
        self._shape.commit()
        for color, writer in [*self._writers.items(), *self._ordered]:
            writer.write_text(self.page, color=color)
        self._writers.clear()
        self._ordered.clear()


_NO_LANGUAGE = mupdf.fz_text_language_from_string(None)


def _append(
    writer: pymupdf.TextWriter, x: float, baseline: float, text: str, font: pymupdf.Font,
    size: float,
) -> None:
    """What ``TextWriter.append`` does for these fonts (left to right, no small caps, not
    monospaced), minus its bookkeeping: it measures the bounds of *all* the text written
    so far on every call, which made a full index page cost 0.4 ms a line. The same MuPDF
    call (with its fallback fonts for letters Times lacks) sets the text."""
    at = pymupdf.Point(x, baseline) * writer.ictm
    matrix = mupdf.fz_make_matrix(size, 0, 0, size, at.x, at.y)
    mupdf.fz_show_string(writer.this, font.this, matrix, text, 0, 0, 0, _NO_LANGUAGE)


def month_names() -> tuple[str, ...]:
    return (
        _("January"),
        _("February"),
        _("March"),
        _("April"),
        _("May"),
        _("June"),
        _("July"),
        _("August"),
        _("September"),
        _("October"),
        _("November"),
        _("December"),
    )


def format_date(day: dt.date) -> str:
    """``May 12, 2023`` (or the translation's own order, e.g. ``12 de mayo de 2023``)."""
    return _("{month} {day}, {year}").format(
        month=month_names()[day.month - 1], day=day.day, year=day.year
    )


def page_range(first: int, last: int) -> str:
    """``12`` or ``12–14`` (en dash)."""
    return str(first) if first == last else f"{first}\u2013{last}"
