"""Running text on generated pages — the statement, the cover letter, the certificates —
with citations that are links, and the signature block.

A paragraph is a sequence of runs: plain text, and citations (``written.Cited``) that a
``Resolve`` function turns into their label and the packet page they point at once the
pages are numbered. Words are measured and wrapped by hand (``typeset.py``), so each
citation's place on the page is known and becomes a link rectangle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pymupdf

from desktop_app.core.export.typeset import (
    GREY,
    INK,
    LETTER,
    RULE,
    Canvas,
    Color,
    Fonts,
    ellipsize,
    format_date,
    paragraphs,
    text_width,
    wrap,
)
from desktop_app.core.export.written import Cited, Paragraph, Signature
from desktop_app.i18n import _

LEFT, RIGHT, TOP, BOTTOM = 72.0, 540.0, 72.0, 720.0
LINK: Color = (0.06, 0.2, 0.52)  # citations: a dark blue that prints as near black

# Inside a citation's label, a line breaks only between "Exhibit B-2,", "p. 3" and
# "[packet page 27]": the spaces after these words do not break.
_KEEP = re.compile(r"(?<=\bExhibit) |(?<=\bp\.) |(?<=\[packet) |(?<=\bpage) |(?<=\bpages) ")

Resolve = Callable[[Cited], tuple[str, int | None]]  # (label, packet page or None)
PageLinks = list[tuple[pymupdf.Rect, int]]


@dataclass(frozen=True)
class _Piece:
    text: str
    target: int | None  # packet page
    cited: bool


def _words(runs: Paragraph, resolve: Resolve) -> list[list[_Piece]]:
    """The paragraph's words, each made of pieces (a citation's label is several words,
    and "2019" + "." may join a citation without a space)."""
    pieces: list[_Piece] = []
    for run in runs:
        if isinstance(run, str):
            pieces.append(_Piece(" ".join(run.split("\n")), None, False))
        else:
            label, target = resolve(run)
            pieces.append(_Piece(_KEEP.sub("\u00a0", label), target, True))
    words: list[list[_Piece]] = [[]]
    for piece in pieces:
        parts = piece.text.split(" ")
        for n, part in enumerate(parts):
            if n and words[-1]:
                words.append([])
            if part:
                words[-1].append(_Piece(part, piece.target, piece.cited))
    return [w for w in words if w]


class Prose:
    """A cursor moving down generated pages of running text."""

    def __init__(self, doc: pymupdf.Document, fonts: Fonts, running_head: str = "",
                 size: float = 11.5, lead: float | None = None) -> None:
        self.doc, self.fonts, self.size = doc, fonts, size
        self.lead = lead or round(size * 1.45, 1)
        self.running_head = running_head
        self.links: list[PageLinks] = []
        self.canvas = self._new_canvas()
        self.y = TOP

    @property
    def pages(self) -> int:
        return len(self.links)

    def _new_canvas(self) -> Canvas:
        self.links.append([])
        return Canvas(self.doc.new_page(width=LETTER.width, height=LETTER.height),
                      ordered=True)

    def new_page(self) -> None:
        self.canvas.finish()
        self.canvas = self._new_canvas()
        self.y = TOP
        if self.running_head:
            head = ellipsize(_("{title} (continued)").format(title=self.running_head),
                             self.fonts.italic, 9.5, RIGHT - LEFT)
            self.canvas.text(LETTER.width / 2, TOP - 24, head, self.fonts.italic, 9.5, GREY,
                             "center")

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM and self.y > TOP:
            self.new_page()

    def space(self, height: float) -> None:
        self.y += height

    def title(self, text: str, subtitle: str = "") -> None:
        mid = LETTER.width / 2
        for line in wrap(text, self.fonts.bold, 18, RIGHT - LEFT, 2):
            self.canvas.text(mid, self.y + 22, line, self.fonts.bold, 18, INK, "center")
            self.y += 24
        if subtitle:
            for line in wrap(subtitle, self.fonts.italic, 11, RIGHT - LEFT, 2):
                self.canvas.text(mid, self.y + 16, line, self.fonts.italic, 11, GREY,
                                 "center")
                self.y += 15
        self.canvas.rule(mid - 36, mid + 36, self.y + 14, INK, 1.0)
        self.y += 34

    def heading(self, text: str) -> None:
        """A section heading, kept with at least two lines of what follows."""
        self.y += 6
        self.need(22 + 2 * self.lead)
        for line in wrap(text, self.fonts.bold, 12, RIGHT - LEFT, 2):
            self.canvas.text(LEFT, self.y + 12, line, self.fonts.bold, 12, INK)
            self.y += 16
        self.y += 6

    def text(self, text: str, font: pymupdf.Font | None = None, gap: float = 6,
             x: float = LEFT, color: Color = INK) -> None:
        """Plain paragraphs (line breaks start new ones)."""
        font = font or self.fonts.regular
        for para in paragraphs(text):
            for line in wrap(para, font, self.size, RIGHT - x):
                self.need(self.lead)
                self.canvas.text(x, self.y + self.size, line, font, self.size, color)
                self.y += self.lead
            self.y += gap

    def paragraph(self, runs: Paragraph, resolve: Resolve, gap: float = 7,
                  x: float = LEFT, bullet: str = "") -> None:
        """One paragraph of text and citations; each citation with a page is a link."""
        font, size = self.fonts.regular, self.size
        space = text_width(" ", font, size)
        lines: list[list[list[_Piece]]] = [[]]
        width = 0.0
        for word in _words(runs, resolve):
            w = sum(text_width(p.text, font, size) for p in word)
            if lines[-1] and width + space + w > RIGHT - x:
                lines.append([])
                width = 0.0
            width += (space if lines[-1] else 0.0) + w
            lines[-1].append(word)
        for n, line in enumerate(lines):
            if not line:
                continue
            self.need(self.lead)
            if bullet and n == 0:
                self.canvas.text(x - 12, self.y + size, bullet, font, size, INK)
            self._line(line, x, space)
            self.y += self.lead
        self.y += gap

    def _line(self, line: Sequence[list[_Piece]], x: float, space: float) -> None:
        """One line: its text written in as few pieces as its colours allow (a write per
        word made a statement page cost ~30 ms), each citation's place kept as a link."""
        font, size = self.fonts.regular, self.size
        baseline = self.y + size
        runs: list[list[object]] = []  # [text, cited]
        rects: list[tuple[pymupdf.Rect, int]] = []
        cursor = x

        def add(text: str, cited: bool) -> None:
            if runs and runs[-1][1] == cited:
                runs[-1][0] = f"{runs[-1][0]}{text}"
            else:
                runs.append([text, cited])

        for n, word in enumerate(line):
            if n:
                add(" ", bool(runs[-1][1]))
                cursor += space
            for piece in word:
                w = text_width(piece.text, font, size)
                if piece.target is not None:
                    rect = pymupdf.Rect(cursor, baseline - size * 0.85, cursor + w,
                                        baseline + size * 0.3)
                    if rects and rects[-1][1] == piece.target and \
                            rects[-1][0].x1 + space + 0.5 >= rect.x0:
                        rects[-1] = (rects[-1][0] | rect, piece.target)
                    else:
                        rects.append((rect, piece.target))
                add(piece.text, piece.cited)
                cursor += w
        for text, cited in runs:
            x += self.canvas.text(x, baseline, str(text), font, size, LINK if cited else INK)
        self.links[-1].extend(rects)

    def signature(self, signature: Signature, *, declaration: str = "", who: str = "",
                  date_text: str = "", labels: tuple[str, str] | None = None,
                  then: float = 0.0) -> None:
        """The signature block: an optional declaration above it, a line to sign on,
        the name under it, and who signs (the applicant, or their representative)."""
        details = paragraphs(signature.details)[:4]
        block = 28 + 26 + 15 + 13 * (1 + len(details)) + 4
        above = 0.0
        if declaration:
            above = len(wrap(declaration, self.fonts.regular, self.size, RIGHT - LEFT)) * \
                self.lead + 10
        self.y += 10
        self.need(above + block + then)  # ``then``: what must follow on the same page
        if declaration:
            self.text(declaration, gap=10)
        y = self.y + 28
        self.canvas.rule(LEFT, LEFT + 230, y, INK, 0.6)
        self.canvas.text(LEFT + 260, y - 3, date_text or format_date(signature.date),
                         self.fonts.regular, self.size, INK)
        self.canvas.rule(LEFT + 256, LEFT + 400, y, INK, 0.6)
        signed, dated = labels or (_("Signature"), _("Date"))
        self.canvas.text(LEFT, y + 11, signed, self.fonts.italic, 8.5, GREY)
        self.canvas.text(LEFT + 260, y + 11, dated, self.fonts.italic, 8.5, GREY)
        y += 26
        self.canvas.text(LEFT, y, signature.name, self.fonts.bold, self.size, INK)
        y += 15
        role = who or role_line(signature)
        for line in wrap(role, self.fonts.regular, 10, RIGHT - LEFT, 2):
            self.canvas.text(LEFT, y, line, self.fonts.regular, 10, GREY)
            y += 13
        for line in details:
            self.canvas.text(LEFT, y, ellipsize(line, self.fonts.regular, 10, RIGHT - LEFT),
                             self.fonts.regular, 10, GREY)
            y += 13
        self.y = y + 4

    def rule(self) -> None:
        self.canvas.rule(LEFT, RIGHT, self.y, RULE, 0.5)
        self.y += 10

    def finish(self) -> int:
        self.canvas.finish()
        return self.pages


def role_line(signature: Signature) -> str:
    if signature.role == "representative":
        if signature.applicant:
            return _("Representative of {applicant}").format(applicant=signature.applicant)
        return _("Representative")
    return _("Applicant, self-represented")
