"""The pages the packet makes itself, drawn into a scratch document: cover, index,
chronology, a divider per tab, the translators' certificates.

The index's page count does not depend on the page numbers it prints, so it is laid out
first; the cover prints the page total, so it is drawn until its own page count is
stable; then every page is numbered (``numbering.py``). Fonts are subset at the end, so
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
from desktop_app.core.export.numbering import PageMap, number_pages
from desktop_app.core.export.parts import SINGLE, Placement
from desktop_app.core.export.plan import PacketPlan
from desktop_app.core.export.typeset import Fonts

MAX_LAYOUT_ROUNDS = 5

Links = list[tuple[int, list[tuple[pymupdf.Rect, int]]]]  # (page, [(row, target page)])


@dataclass(frozen=True)
class Front:
    page_map: PageMap
    links: Links  # every index and chronology row, and the page it points to


def draw_front(doc: pymupdf.Document, plan: PacketPlan, fonts: Fonts,
               where: Placement | None = None) -> Front:
    """Cover, index, chronology, dividers and translators' certificates, in that order,
    into ``doc``; ``where`` says which part holds what when the packet is in parts."""
    where = where or SINGLE
    index_pages = layout_index(plan, fonts, where)
    chronology_pages = chronology_page_count(plan)
    cover_pages = 1
    for _round in range(MAX_LAYOUT_ROUNDS):
        page_map = number_pages(plan, cover_pages, len(index_pages), chronology_pages)
        drawn = draw_cover(doc, plan, fonts, page_map, where.count)
        if drawn == cover_pages:
            break
        doc.delete_pages(0, doc.page_count - 1)
        cover_pages = drawn
    else:  # never seen: the cover's length would have to flip with the page total
        page_map = number_pages(plan, doc.page_count, len(index_pages), chronology_pages)
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
    doc.subset_fonts()
    links: Links = [(page_map.index_first + n, rows) for n, rows in enumerate(index_links)]
    links += [(page_map.chronology_first + n, rows) for n, rows in enumerate(chronology_links)]
    return Front(page_map, links)
