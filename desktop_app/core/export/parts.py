"""Which pages of a packet go in which file, when the destination limits a file's size.

The packet is cut between exhibits: the cover, the index (and the chronology) always open
Part 1, a tab's divider stays with its first exhibit, and an exhibit goes whole into the
part where it fits. An exhibit larger than a whole part starts a part of its own and is
cut between its pages; the index says which parts hold it.

Sizes are estimated per page before anything is written (``PageCost``); the writer
measures each part it wrote and, when one came out larger than the limit, calls
``assign`` again with that part's estimates corrected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.export.numbering import PageMap
from desktop_app.core.export.plan import PacketPlan
from desktop_app.errors import ExportError
from desktop_app.i18n import _

FRONT = -1  # the block of the cover, index and chronology


@dataclass(frozen=True)
class PageCost:
    """One packet page as far as cutting goes."""

    number: int  # 1-based packet page number
    cost: float  # estimated bytes it adds to a file
    block: int  # pages with the same block go in one part when they fit together
    label: str  # "Exhibit B-2, page 3", for messages


@dataclass(frozen=True)
class Part:
    number: int  # 1-based
    first: int  # packet page numbers, inclusive
    last: int

    @property
    def pages(self) -> int:
        return self.last - self.first + 1

    def holds(self, page: int) -> bool:
        return self.first <= page <= self.last


def assign(pages: Sequence[PageCost], limit: float, per_file: float) -> list[Part]:
    """Cut ``pages`` (in order) into parts of at most ``limit`` bytes, each file costing
    ``per_file`` bytes more than its pages (fonts, structure)."""
    room = limit - per_file
    blocks: list[list[PageCost]] = []
    for page in pages:
        if blocks and blocks[-1][-1].block == page.block:
            blocks[-1].append(page)
        else:
            blocks.append([page])
    cuts: list[int] = []  # first page number of every part after the first
    used = 0.0
    for block in blocks:
        size = sum(p.cost for p in block)
        if used + size <= room or block[0].block == FRONT:  # the front is never cut
            used += size
            continue
        if used > 0:
            cuts.append(block[0].number)
            used = 0.0
        if size <= room:
            used = size
            continue
        for page in block:  # larger than a part: cut between its pages
            if page.cost > room:
                raise ExportError(
                    _("{page} is {size} MB alone, more than a file may hold ({limit} MB).")
                    .format(page=page.label, size=f"{page.cost / 1e6:.1f}",
                            limit=f"{limit / 1e6:g}"),
                    _("Choose a destination that accepts larger files, or raise the size "
                      "limit, or leave the page out (or scan it again at a lower "
                      "resolution)."),
                )
            if used + page.cost > room and used > 0:
                cuts.append(page.number)
                used = 0.0
            used += page.cost
    last = pages[-1].number if pages else 0
    starts = [pages[0].number if pages else 1, *cuts]
    ends = [c - 1 for c in cuts] + [last]
    return [Part(n, first, end) for n, (first, end) in enumerate(zip(starts, ends, strict=True),
                                                                  start=1)]


def parts_of(first: int, last: int, parts: Sequence[Part]) -> tuple[int, ...]:
    """The numbers of the parts that hold pages ``first`` to ``last``."""
    return tuple(p.number for p in parts if p.first <= last and first <= p.last)


@dataclass(frozen=True)
class Placement:
    """Where the parts of a packet put its tabs and exhibits, as the index and cover
    print it. ``SINGLE`` for a packet in one file."""

    files: tuple[str, ...] = ()  # the file name of each part
    dividers: tuple[int, ...] = ()  # the part of each tab's divider
    exhibits: tuple[tuple[tuple[int, ...], ...], ...] = ()  # per tab, per exhibit: parts

    @property
    def count(self) -> int:
        return max(1, len(self.files))


SINGLE = Placement()


def placement(plan: PacketPlan, page_map: PageMap, cut: Sequence[Part],
              names: Sequence[str]) -> Placement:
    if len(cut) <= 1:
        return SINGLE
    return Placement(
        files=tuple(names),
        dividers=tuple(parts_of(d, d, cut)[0] for d in page_map.dividers),
        exhibits=tuple(tuple(parts_of(p.first_page, p.last_page, cut) for p in tab)
                       for tab in page_map.exhibits),
    )
