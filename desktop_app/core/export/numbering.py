"""Where every part of the packet lands, as 1-based packet page numbers.

The order is fixed: cover, index, then for each tab its divider and its exhibits' pages.
The index prints the exhibits' page numbers, so the cover and index page counts are
found first (see ``packet.py``) and everything after them is numbered here.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.export.plan import ExhibitPages, PacketPlan


@dataclass(frozen=True)
class PageMap:
    cover_pages: int
    index_pages: int
    dividers: tuple[int, ...]  # the divider page of each tab, in plan order
    exhibits: tuple[tuple[ExhibitPages, ...], ...]  # per tab, per exhibit
    total: int
    chronology_pages: int = 0  # right after the index

    @property
    def chronology_first(self) -> int:
        return self.cover_pages + self.index_pages + 1

    @property
    def index_first(self) -> int:
        return self.cover_pages + 1

    def all_exhibits(self) -> tuple[ExhibitPages, ...]:
        return tuple(pages for tab in self.exhibits for pages in tab)


def count_content_pages(plan: PacketPlan) -> int:
    """Dividers plus exhibit pages: everything after the index."""
    return sum(1 + sum(ex.page_count for ex in tab.exhibits) for tab in plan.tabs)


def number_pages(
    plan: PacketPlan, cover_pages: int, index_pages: int, chronology_pages: int = 0
) -> PageMap:
    page = cover_pages + index_pages + chronology_pages
    dividers: list[int] = []
    exhibits: list[tuple[ExhibitPages, ...]] = []
    for tab in plan.tabs:
        page += 1
        dividers.append(page)
        placed: list[ExhibitPages] = []
        for exhibit in tab.exhibits:
            first = page + 1
            page += exhibit.page_count
            placed.append(ExhibitPages(exhibit.exhibit_id, first, page))
        exhibits.append(tuple(placed))
    return PageMap(
        cover_pages=cover_pages,
        index_pages=index_pages,
        dividers=tuple(dividers),
        exhibits=tuple(exhibits),
        total=page,
        chronology_pages=chronology_pages,
    )
