"""Where every part of the packet lands, as 1-based packet page numbers.

The order is fixed: the cover letter (when there is one), the cover, the applicant's
statement (with its translation and certificates), the index, the chronology, then for
each tab its divider and its exhibits' pages, and last the certificate of service. The
index and the statement print the exhibits' page numbers, so the page counts of what
comes before the exhibits are found first (see ``front.py``) and everything is numbered
here.
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
    letter_pages: int = 0  # the cover letter, before the cover
    statement_pages: int = 0  # after the cover
    service_pages: int = 0  # the certificate of service, last

    @property
    def cover_first(self) -> int:
        return self.letter_pages + 1

    @property
    def statement_first(self) -> int:
        return self.letter_pages + self.cover_pages + 1

    @property
    def index_first(self) -> int:
        return self.statement_first + self.statement_pages

    @property
    def chronology_first(self) -> int:
        return self.index_first + self.index_pages

    @property
    def front_pages(self) -> int:
        """Every page before the first divider."""
        return self.chronology_first - 1 + self.chronology_pages

    @property
    def service_first(self) -> int:
        return self.total - self.service_pages + 1

    def all_exhibits(self) -> tuple[ExhibitPages, ...]:
        return tuple(pages for tab in self.exhibits for pages in tab)


def count_content_pages(plan: PacketPlan) -> int:
    """Dividers plus exhibit pages: everything after the index (and the chronology) but
    the certificate of service."""
    return sum(1 + sum(ex.page_count for ex in tab.exhibits) for tab in plan.tabs)


def number_pages(
    plan: PacketPlan, cover_pages: int, index_pages: int, chronology_pages: int = 0, *,
    letter_pages: int = 0, statement_pages: int = 0, service_pages: int = 0,
) -> PageMap:
    page = letter_pages + cover_pages + statement_pages + index_pages + chronology_pages
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
    page += service_pages
    return PageMap(
        cover_pages=cover_pages,
        index_pages=index_pages,
        dividers=tuple(dividers),
        exhibits=tuple(exhibits),
        total=page,
        chronology_pages=chronology_pages,
        letter_pages=letter_pages,
        statement_pages=statement_pages,
        service_pages=service_pages,
    )
