"""The divider page in front of each tab: "Tab A", its title, what it proves, and the
exhibits that follow, so a reviewer leafing through paper knows where they are."""

from __future__ import annotations

import pymupdf

from desktop_app.core.export.plan import ExhibitPages, TabSection
from desktop_app.core.export.typeset import (
    GREY,
    INK,
    LETTER,
    RULE,
    Canvas,
    Fonts,
    ellipsize,
    page_range,
    wrap,
)
from desktop_app.i18n import _

LEFT, RIGHT = 108.0, 504.0
LIST_BOTTOM = 712.0
ROW_SIZE, ROW_LEAD = 11.0, 20.0
COL_TITLE = LEFT + 50


def _draw_heading(canvas: Canvas, tab: TabSection, fonts: Fonts) -> float:
    """Tab letter, title and description; returns the y below them."""
    mid = LETTER.width / 2
    canvas.text(
        mid, 236, _("Tab {letter}").format(letter=tab.letter), fonts.bold, 44, INK, "center"
    )
    canvas.rule(mid - 36, mid + 36, 258, INK, 1.2)
    y = 300.0
    for line in wrap(tab.title, fonts.regular, 26, RIGHT - LEFT, 2):
        canvas.text(mid, y, line, fonts.regular, 26, INK, "center")
        y += 32
    y += 2
    for line in wrap(tab.description, fonts.italic, 12, RIGHT - LEFT, 3):
        canvas.text(mid, y, line, fonts.italic, 12, GREY, "center")
        y += 16
    return y + 30


def _draw_list(
    canvas: Canvas, tab: TabSection, pages: tuple[ExhibitPages, ...], fonts: Fonts, top: float
) -> None:
    canvas.text(LEFT, top, _("Exhibits in this tab").upper(), fonts.bold, 8, GREY)
    canvas.text(RIGHT, top, _("Pages").upper(), fonts.bold, 8, GREY, "right")
    canvas.rule(LEFT, RIGHT, top + 6, INK, 0.6)
    y = top + 6 + ROW_LEAD
    if not tab.exhibits:
        canvas.text(LEFT, y, _("No exhibits in this tab."), fonts.italic, ROW_SIZE, GREY)
        return
    room = int((LIST_BOTTOM - y) // ROW_LEAD) + 1
    shown = len(tab.exhibits) if len(tab.exhibits) <= room else room - 1
    title_width = RIGHT - COL_TITLE - 44
    for exhibit, placed in list(zip(tab.exhibits, pages, strict=True))[:shown]:
        canvas.text(LEFT, y, exhibit.exhibit_id, fonts.bold, ROW_SIZE, INK)
        title = ellipsize(exhibit.title, fonts.regular, ROW_SIZE, title_width)
        canvas.text(COL_TITLE, y, title, fonts.regular, ROW_SIZE, INK)
        canvas.text(
            RIGHT,
            y,
            page_range(placed.first_page, placed.last_page),
            fonts.regular,
            ROW_SIZE,
            INK,
            "right",
        )
        canvas.rule(LEFT, RIGHT, y + 7, RULE, 0.3)
        y += ROW_LEAD
    if shown < len(tab.exhibits):
        more = _("\u2026 and {n} more (see the Index of Exhibits)").format(
            n=len(tab.exhibits) - shown
        )
        canvas.text(LEFT, y, more, fonts.italic, ROW_SIZE, GREY)


def draw_divider(
    doc: pymupdf.Document, tab: TabSection, pages: tuple[ExhibitPages, ...], fonts: Fonts
) -> None:
    """Append the divider page of ``tab`` to ``doc``."""
    page = doc.new_page(width=LETTER.width, height=LETTER.height)
    canvas = Canvas(page)
    top = _draw_heading(canvas, tab, fonts)
    _draw_list(canvas, tab, pages, fonts, top)
    canvas.finish()
