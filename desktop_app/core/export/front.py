"""The pages the packet makes itself, drawn into a scratch document: cover letter, cover,
statement, index, chronology, a divider per tab, the translators' certificates, the
certificate of service.

The index's page count does not depend on the page numbers it prints, so it is laid out
first; the cover prints the page total and the letter and the statement print page
numbers, so they are drawn until their page counts are stable; then every page is
numbered (``numbering.py``). Fonts are subset at the end, so
names in any script cost a few kilobytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from desktop_app.core.export.cover import draw_cover
from desktop_app.core.export.divider import draw_divider
from desktop_app.core.export.extras import (
    chronology_page_count,
    draw_certificate,
    draw_chronology,
)
from desktop_app.core.export.index import draw_index, layout_index
from desktop_app.core.export.letter import cite_label, draw_letter, draw_service
from desktop_app.core.export.numbering import PageMap, number_pages
from desktop_app.core.export.parts import SINGLE, Placement
from desktop_app.core.export.plan import PacketPlan
from desktop_app.core.export.prose import PageLinks
from desktop_app.core.export.statement_pages import draw_statement
from desktop_app.core.export.typeset import Fonts
from desktop_app.core.export.written import Signature

MAX_LAYOUT_ROUNDS = 5

Links = list[tuple[int, list[tuple[pymupdf.Rect, int]]]]  # (page, [(row, target page)])


@dataclass(frozen=True)
class Front:
    page_map: PageMap
    links: Links  # every index and chronology row, and the page it points to


def draw_front(doc: pymupdf.Document, plan: PacketPlan, fonts: Fonts,
               where: Placement | None = None) -> Front:
    """Cover letter, cover, statement, index, chronology, dividers, translators'
    certificates and certificate of service, in that order, into ``doc``; ``where`` says
    which part holds what when the packet is in parts."""
    where = where or SINGLE
    index_pages = layout_index(plan, fonts, where)
    chronology_pages = chronology_page_count(plan)
    service_pages = _service_pages(plan, fonts)
    counts = (0, 1, 0)  # cover letter, cover, statement: drawn until their lengths hold
    for _round in range(MAX_LAYOUT_ROUNDS):
        page_map = number_pages(plan, counts[1], len(index_pages), chronology_pages,
                                letter_pages=counts[0], statement_pages=counts[2],
                                service_pages=service_pages)
        drawn, head_links = _draw_head(doc, plan, fonts, page_map, where)
        if drawn == counts:
            break
        doc.delete_pages(0, doc.page_count - 1)
        counts = drawn
    else:  # never seen: a length would have to flip with the page numbers it prints
        page_map = number_pages(plan, drawn[1], len(index_pages), chronology_pages,
                                letter_pages=drawn[0], statement_pages=drawn[2],
                                service_pages=service_pages)
    index_links = draw_index(doc, plan, fonts, index_pages, page_map, where)
    chronology_links = draw_chronology(doc, plan, fonts, page_map)
    for tab, placed in zip(plan.tabs, page_map.exhibits, strict=True):
        draw_divider(doc, tab, placed, fonts)
    for tab, placed_tab in zip(plan.tabs, page_map.exhibits, strict=True):
        for exhibit, where_ex in zip(tab.exhibits, placed_tab, strict=True):
            if exhibit.certificate is not None:
                split = where_ex.first_page + len(exhibit.pages)
                draw_certificate(doc, exhibit.certificate, exhibit.exhibit_id, fonts,
                                 (where_ex.first_page, split - 1),
                                 (split, split + len(exhibit.translation) - 1))
    _draw_service(doc, plan, fonts, page_map.total)
    doc.subset_fonts()
    links: Links = [(n + 1, rows) for n, rows in enumerate(head_links) if rows]
    links += [(page_map.index_first + n, rows) for n, rows in enumerate(index_links)]
    links += [(page_map.chronology_first + n, rows) for n, rows in enumerate(chronology_links)]
    return Front(page_map, links)


def _signature(plan: PacketPlan) -> Signature:
    return plan.written.signature or Signature(plan.cover.applicant, "self", plan.prepared_on)


def _draw_head(doc: pymupdf.Document, plan: PacketPlan, fonts: Fonts, page_map: PageMap,
               where: Placement) -> tuple[tuple[int, int, int], list[PageLinks]]:
    """The pages before the index: cover letter, cover, statement. Returns their page
    counts and each page's links (citations)."""
    written = plan.written
    links: list[PageLinks] = []
    letter_pages = 0
    if written.letter is not None:
        links += draw_letter(doc, written.letter, _signature(plan), plan.cover, fonts,
                             lambda c: cite_label(c, page_map, packet_pages=False), page_map)
        letter_pages = len(links)
    cover_pages = draw_cover(doc, plan, fonts, page_map, where.count)
    links += [[] for _ in range(cover_pages)]
    statement_pages = 0
    if written.statement is not None:
        drawn = draw_statement(doc, written.statement, _signature(plan), fonts,
                               lambda c: cite_label(c, page_map, packet_pages=True),
                               plan.cover.a_number)
        links += drawn
        statement_pages = len(drawn)
    return (letter_pages, cover_pages, statement_pages), links


def _draw_service(doc: pymupdf.Document, plan: PacketPlan, fonts: Fonts, total: int) -> int:
    service = plan.written.service
    if service is None:
        return 0
    return draw_service(doc, service, _signature(plan), plan.cover, plan.title, fonts, total)


def _service_pages(plan: PacketPlan, fonts: Fonts) -> int:
    with pymupdf.open() as scratch:
        return _draw_service(scratch, plan, fonts, 99_999)
