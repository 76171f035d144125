"""Two optional kinds of generated page: the chronology (every exhibit in date order,
after the index) and the translator's certificate (after each certified translation).

The chronology has a fixed row height, so its page count is known from the number of
exhibits before any page number is; each row then prints where its exhibit starts.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pymupdf

from desktop_app.core.export.numbering import PageMap
from desktop_app.core.export.plan import Certificate, PacketPlan
from desktop_app.core.export.typeset import (
    GREY,
    INK,
    LETTER,
    RULE,
    Canvas,
    Fonts,
    ellipsize,
    format_date,
    page_range,
    paragraphs,
    wrap,
)
from desktop_app.i18n import _

LEFT, RIGHT = 72.0, 540.0
BODY_TOP, BODY_BOTTOM = 156.0, 720.0
ROW_HEIGHT = 22.0
ROW_SIZE = 10.5
ROWS_PER_PAGE = int((BODY_BOTTOM - BODY_TOP) // ROW_HEIGHT)
COL_DATE, COL_EXHIBIT, COL_TITLE, COL_TAB = 72.0, 176.0, 226.0, 420.0


@dataclass(frozen=True)
class ChronologyEntry:
    date: dt.date | None
    tab: int
    exhibit: int


def chronology_entries(plan: PacketPlan) -> list[ChronologyEntry]:
    """Every exhibit, oldest first; undated exhibits last, in packet order."""
    entries = [
        ChronologyEntry(ex.date, t, e)
        for t, tab in enumerate(plan.tabs)
        for e, ex in enumerate(tab.exhibits)
    ]
    return sorted(entries, key=lambda x: (x.date is None, x.date or dt.date.min, x.tab, x.exhibit))


def chronology_page_count(plan: PacketPlan) -> int:
    if not plan.chronology:
        return 0
    return max(1, math.ceil(len(chronology_entries(plan)) / ROWS_PER_PAGE))


def _chronology_header(canvas: Canvas, fonts: Fonts, continued: bool) -> None:
    title = _("Chronology")
    if continued:
        title = _("{title} (continued)").format(title=title)
    canvas.text(LETTER.width / 2, 96, title, fonts.bold, 18, INK, "center")
    canvas.text(LETTER.width / 2, 114, _("The exhibits in date order"), fonts.italic, 10.5,
                GREY, "center")
    for x, label in ((COL_DATE, _("Date")), (COL_EXHIBIT, _("Exhibit")),
                     (COL_TITLE, _("Title")), (COL_TAB, _("Tab"))):
        canvas.text(x, 146, label.upper(), fonts.bold, 8, GREY)
    canvas.text(RIGHT - 4, 146, _("Pages").upper(), fonts.bold, 8, GREY, "right")
    canvas.rule(LEFT, RIGHT, BODY_TOP - 4, INK, 0.8)


def draw_chronology(
    doc: pymupdf.Document, plan: PacketPlan, fonts: Fonts, page_map: PageMap
) -> list[list[tuple[pymupdf.Rect, int]]]:
    """Append the chronology pages to ``doc``; returns, per page, each row's rectangle
    and the packet page it should link to."""
    entries = chronology_entries(plan)
    links: list[list[tuple[pymupdf.Rect, int]]] = []
    for number in range(chronology_page_count(plan)):
        page = doc.new_page(width=LETTER.width, height=LETTER.height)
        canvas = Canvas(page)
        _chronology_header(canvas, fonts, number > 0)
        rows = entries[number * ROWS_PER_PAGE:(number + 1) * ROWS_PER_PAGE]
        page_links = []
        for i, entry in enumerate(rows):
            top = BODY_TOP + i * ROW_HEIGHT
            base = top + 15
            tab = plan.tabs[entry.tab]
            exhibit = tab.exhibits[entry.exhibit]
            placed = page_map.exhibits[entry.tab][entry.exhibit]
            date = format_date(entry.date) if entry.date else _("undated")
            canvas.text(COL_DATE, base, date, fonts.regular if entry.date else fonts.italic,
                        ROW_SIZE, INK if entry.date else GREY)
            canvas.text(COL_EXHIBIT, base, exhibit.exhibit_id, fonts.bold, ROW_SIZE, INK)
            title = exhibit.title + (f" {exhibit.note}" if exhibit.note else "")
            canvas.text(COL_TITLE, base, ellipsize(title, fonts.regular, ROW_SIZE,
                                                   COL_TAB - COL_TITLE - 8),
                        fonts.regular, ROW_SIZE, INK)
            canvas.text(COL_TAB, base, ellipsize(f"{tab.letter}. {tab.title}", fonts.regular,
                                                 ROW_SIZE, 80), fonts.regular, ROW_SIZE, GREY)
            canvas.text(RIGHT - 4, base, page_range(placed.first_page, placed.last_page),
                        fonts.regular, ROW_SIZE, INK, "right")
            canvas.rule(LEFT, RIGHT, top + ROW_HEIGHT, RULE, 0.4)
            page_links.append((pymupdf.Rect(LEFT, top, RIGHT, top + ROW_HEIGHT),
                               placed.first_page))
        if not entries:
            canvas.text(COL_TITLE, BODY_TOP + 24, _("This packet has no exhibits yet."),
                        fonts.italic, ROW_SIZE, GREY)
        canvas.finish()
        links.append(page_links)
    return links


def draw_certificate(
    doc: pymupdf.Document, certificate: Certificate, exhibit_id: str, fonts: Fonts,
    original: tuple[int, int] | None = None, translation: tuple[int, int] | None = None,
) -> None:
    """Append one translator's certificate page to ``doc``; ``original`` and
    ``translation`` are the packet pages (first, last) it covers."""
    page = doc.new_page(width=LETTER.width, height=LETTER.height)
    canvas = Canvas(page)
    mid = LETTER.width / 2
    canvas.text(mid, 120, _("Certificate of Translation"), fonts.bold, 20, INK, "center")
    canvas.text(mid, 142, _("Exhibit {id}").format(id=exhibit_id), fonts.italic, 11, GREY,
                "center")
    canvas.rule(mid - 36, mid + 36, 154, INK, 1.0)
    body = _(
        "I, {name}, certify that I am competent to translate from {language} into English, "
        "and that the attached English translation of “{title}” (Exhibit {id}) is complete "
        "and accurate to the best of my knowledge and ability."
    ).format(name=certificate.translator, language=certificate.language,
             title=certificate.document_title, id=exhibit_id)
    texts = [body, *paragraphs(certificate.statement)]
    if original and translation:
        texts.append(_(
            "This certificate covers Exhibit {id}: the original in {language}, pages "
            "{original} of this packet, and its English translation, pages {translation}."
        ).format(id=exhibit_id, language=certificate.language,
                 original=page_range(*original), translation=page_range(*translation)))
    y = 200.0
    width = RIGHT - LEFT
    for text in texts:
        for line in wrap(text, fonts.regular, 12, width):
            canvas.text(LEFT, y, line, fonts.regular, 12, INK)
            y += 17
        y += 10
    y = max(y + 30, 440.0)
    signature_fields(canvas, fonts, y, certificate.translator, certificate.address,
                     certificate.phone)
    canvas.finish()


def signature_fields(canvas: Canvas, fonts: Fonts, y: float, name: str, address: str,
                     phone: str) -> float:
    """The signer's block of a certificate: lines to sign and date on, then the name,
    address and phone (a line to write on when one is not known); returns where it
    ends."""
    width = RIGHT - LEFT
    for label, value in ((_("Signature"), ""), (_("Date"), ""), (_("Name"), name),
                         (_("Address"), address), (_("Phone"), phone)):
        canvas.text(LEFT, y, label, fonts.bold, 10, GREY)
        lines = wrap(value, fonts.regular, 12, width - 90, 3) if value else []
        if not lines:
            canvas.rule(LEFT + 90, RIGHT - 120, y + 2, INK, 0.6)
        for line in lines:
            canvas.text(LEFT + 90, y, line, fonts.regular, 12, INK)
            y += 16
        y += 30 if not lines else 14
    return y
