"""The cover sheet: who, what relief is sought, the key factors in brief, what the packet
holds and when it was prepared.

Long key factors never overflow: the body type shrinks one step, and if that is not
enough the text continues on a second cover page under a "(continued)" heading.
"""

from __future__ import annotations

import pymupdf

from desktop_app.core.export.numbering import PageMap
from desktop_app.core.export.plan import CoverInfo, PacketPlan
from desktop_app.core.export.prose import role_line
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
    truncated,
    wrap,
)
from desktop_app.i18n import _

LEFT, RIGHT, TOP, BOTTOM = 72.0, 540.0, 72.0, 720.0
VALUE_X = 196.0
COUNT_X = VALUE_X + 150  # the exhibit counts in the contents list
FIELD_MAX_LINES = 6  # a field is a summary line or two, not a letter
BODY_SIZES = (11.5, 10.5)  # tried in turn: the first that keeps the cover on one page


class Flow:
    """A cursor moving down the cover pages, starting a new page when one is full."""

    def __init__(self, doc: pymupdf.Document, plan: PacketPlan, fonts: Fonts, size: float):
        self.doc, self.plan, self.fonts, self.size = doc, plan, fonts, size
        self.lead = round(size * 1.38, 1)
        self.section = ""
        self.pages = 0
        self.canvas = self._new_canvas()
        self.y = TOP

    def _new_canvas(self) -> Canvas:
        self.pages += 1
        return Canvas(self.doc.new_page(width=LETTER.width, height=LETTER.height))

    def new_page(self) -> None:
        self.canvas.finish()
        self.canvas = self._new_canvas()
        running_head = ellipsize(self.plan.title, self.fonts.italic, 9.5, RIGHT - LEFT)
        self.canvas.text(
            LETTER.width / 2, TOP - 24, running_head, self.fonts.italic, 9.5, GREY, "center"
        )
        self.y = TOP
        if self.section:
            self._heading_text(_("{title} (continued)").format(title=self.section))

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM and self.y > TOP:
            self.new_page()

    def line(self, x: float, text: str, font: pymupdf.Font) -> None:
        self.need(self.lead)
        self.canvas.text(x, self.y + self.size, text, font, self.size, INK)
        self.y += self.lead

    def _heading_text(self, text: str) -> None:
        self.canvas.text(LEFT, self.y + 10, text.upper(), self.fonts.bold, 10, INK)
        self.canvas.rule(LEFT, RIGHT, self.y + 15, RULE, 0.5)
        self.y += 24

    def heading(self, text: str) -> None:
        """A section heading, kept together with at least two lines of its text."""
        self.y += 10
        self.need(24 + 2 * self.lead)
        self.section = text
        self._heading_text(text)

    def paragraph(self, text: str, font: pymupdf.Font | None = None, gap: float = 4) -> None:
        font = font or self.fonts.regular
        for line in wrap(text, font, self.size, RIGHT - LEFT):
            self.line(LEFT, line, font)
        self.y += gap

    def finish(self) -> int:
        self.canvas.finish()
        return self.pages


def _fields(cover: CoverInfo) -> list[tuple[str, str]]:
    rows = [
        (_("Applicant"), cover.applicant),
        (_("A-Number"), cover.a_number),
        (_("Date of birth"), cover.date_of_birth),
        (_("Address"), cover.address),
        (_("Phone"), cover.phone),
        (_("E-mail"), cover.email),
        (_("Representative"), cover.representative),
    ]
    return [(label, value.strip()) for label, value in rows if value.strip()]


def _title_block(flow: Flow) -> None:
    plan, fonts, mid = flow.plan, flow.fonts, LETTER.width / 2
    y = TOP + 26
    for line in wrap(plan.title, fonts.bold, 24, RIGHT - LEFT, 2):
        flow.canvas.text(mid, y, line, fonts.bold, 24, INK, "center")
        y += 30
    if plan.cover.applicant.strip():
        on_behalf = _("Submitted on behalf of {applicant}").format(
            applicant=plan.cover.applicant.strip()
        )
        for line in wrap(on_behalf, fonts.italic, 13.5, RIGHT - LEFT, 2):
            flow.canvas.text(mid, y, line, fonts.italic, 13.5, INK, "center")
            y += 18
    prepared = _("Date prepared: {date}").format(date=format_date(plan.prepared_on))
    flow.canvas.text(mid, y + 2, prepared, fonts.regular, 10.5, GREY, "center")
    flow.canvas.rule(LEFT, RIGHT, y + 20, INK, 1.4)
    flow.canvas.rule(LEFT, RIGHT, y + 23, INK, 0.4)
    flow.y = y + 40


def _field_table(flow: Flow) -> None:
    fonts, size = flow.fonts, flow.size
    width = RIGHT - VALUE_X
    for label, value in _fields(flow.plan.cover):
        lines = [ln for p in paragraphs(value) for ln in wrap(p, fonts.regular, size, width)]
        if len(lines) > FIELD_MAX_LINES:
            cut = truncated(lines[FIELD_MAX_LINES - 1], fonts.regular, size, width)
            lines = [*lines[: FIELD_MAX_LINES - 1], cut]
        height = len(lines) * flow.lead + 8
        flow.need(height)
        top = flow.y
        flow.canvas.text(LEFT, top + size, label.upper(), fonts.bold, 8.5, GREY)
        for line in lines:
            flow.canvas.text(VALUE_X, flow.y + size, line, fonts.regular, size, INK)
            flow.y += flow.lead
        flow.canvas.rule(LEFT, RIGHT, top + height - 3, RULE, 0.4)
        flow.y = top + height


def _contents(flow: Flow, page_map: PageMap, parts: int) -> None:
    plan, fonts = flow.plan, flow.fonts
    exhibits = sum(len(tab.exhibits) for tab in plan.tabs)
    flow.heading(_("Contents"))
    exhibit_text = (_("1 exhibit") if exhibits == 1 else _("{n} exhibits")).format(n=exhibits)
    tab_text = (_("1 tab") if len(plan.tabs) == 1 else _("{n} tabs")).format(n=len(plan.tabs))
    page_text = (_("1 page") if page_map.total == 1 else _("{n} pages")).format(n=page_map.total)
    flow.paragraph(
        _(
            "This packet holds {exhibits} in {tabs}, {pages} in total, with an index of "
            "exhibits on page {index}."
        ).format(exhibits=exhibit_text, tabs=tab_text, pages=page_text, index=page_map.index_first)
        + (" " + _("It is filed in {n} parts, numbered on from one to the next; the index "
                   "says which part holds each exhibit.").format(n=parts) if parts > 1 else "")
        + _written_pages(plan, page_map),
        gap=2,
    )
    for t, tab in enumerate(plan.tabs):
        placed = page_map.exhibits[t]
        last = placed[-1].last_page if placed else page_map.dividers[t]
        label = ellipsize(
            f"{tab.letter}.  {tab.title}", fonts.regular, flow.size, COUNT_X - LEFT - 24
        )
        count = (_("1 exhibit") if len(placed) == 1 else _("{n} exhibits")).format(n=len(placed))
        flow.need(flow.lead)
        base = flow.y + flow.size
        flow.canvas.text(LEFT + 12, base, label, fonts.regular, flow.size, INK)
        flow.canvas.text(COUNT_X, base, count, fonts.regular, flow.size, GREY)
        pages = _("pages {range}").format(range=page_range(page_map.dividers[t], last))
        flow.canvas.text(RIGHT, base, pages, fonts.regular, flow.size, GREY, "right")
        flow.y += flow.lead


def _written_pages(plan: PacketPlan, page_map: PageMap) -> str:
    """Where the statement and the certificate of service are, for the contents."""
    text = ""
    if page_map.statement_pages:
        first = page_map.statement_first
        text += " " + _("The applicant's statement is on {pages}.").format(
            pages=(_("page {n}").format(n=first) if page_map.statement_pages == 1 else
                   _("pages {range}").format(range=page_range(
                       first, first + page_map.statement_pages - 1))))
    if page_map.service_pages:
        text += " " + _("The certificate of service is on page {n}.").format(
            n=page_map.service_first)
    return text


def _draw(
    doc: pymupdf.Document, plan: PacketPlan, fonts: Fonts, page_map: PageMap, size: float,
    parts: int = 1,
) -> int:
    flow = Flow(doc, plan, fonts, size)
    _title_block(flow)
    if plan.note.strip():
        flow.paragraph(plan.note.strip(), fonts.italic, gap=10)
    _field_table(flow)
    if plan.cover.relief.strip():
        flow.heading(_("Relief sought"))
        for text in paragraphs(plan.cover.relief):
            flow.paragraph(text)
    _contents(flow, page_map, parts)
    if plan.cover.key_factors.strip():
        flow.heading(_("Key factors"))
        for text in paragraphs(plan.cover.key_factors):
            flow.paragraph(text, gap=6)
    _signature(flow)
    return flow.finish()


def _signature(flow: Flow) -> None:
    """Who submits the packet, with a line to sign on (when the case has signing
    details, or any written part)."""
    signature = flow.plan.written.signature
    if signature is None:
        return
    fonts = flow.fonts
    details = paragraphs(signature.details)[:4]
    flow.heading(_("Submitted by"))
    flow.need(66 + 13 * len(details))
    y = flow.y + 28
    flow.canvas.rule(LEFT, LEFT + 230, y, INK, 0.6)
    flow.canvas.text(LEFT + 260, y - 3, format_date(signature.date), fonts.regular, flow.size,
                     INK)
    flow.canvas.rule(LEFT + 256, LEFT + 400, y, INK, 0.6)
    flow.canvas.text(LEFT, y + 11, _("Signature"), fonts.italic, 8.5, GREY)
    flow.canvas.text(LEFT + 260, y + 11, _("Date"), fonts.italic, 8.5, GREY)
    y += 28
    flow.canvas.text(LEFT, y, signature.name, fonts.bold, flow.size, INK)
    for line in [role_line(signature), *details]:
        y += 13
        flow.canvas.text(LEFT, y, ellipsize(line, fonts.regular, 10, RIGHT - LEFT),
                         fonts.regular, 10, GREY)
    flow.y = y + 8


def draw_cover(doc: pymupdf.Document, plan: PacketPlan, fonts: Fonts, page_map: PageMap,
               parts: int = 1) -> int:
    """Append the cover page(s) to ``doc``; returns how many were needed. ``parts``: the
    number of files the packet is filed in."""
    first = doc.page_count
    for size in BODY_SIZES[:-1]:
        if _draw(doc, plan, fonts, page_map, size, parts) == 1:
            return 1
        doc.delete_pages(first, doc.page_count - 1)
    return _draw(doc, plan, fonts, page_map, BODY_SIZES[-1], parts)
