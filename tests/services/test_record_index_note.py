"""The plan's note (what a supplement adds to) sits at the top of the first index page and
never under a row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.export.index import BODY_BOTTOM, BODY_TOP, layout_index, note_lines
from desktop_app.core.export.plan import CoverInfo, Exhibit, PacketPlan, PageSource, TabSection
from desktop_app.core.export.typeset import Fonts


def _plan(note: str) -> PacketPlan:
    source = PageSource(Path("unused.pdf"), "pdf", 0)
    exhibits = tuple(Exhibit(f"A-{n}", f"Rent receipt number {n}", dt.date(2020, 1, 1),
                             (source,)) for n in range(1, 61))
    return PacketPlan(CoverInfo("Rosa Díaz"), (TabSection("A", "Residence", "", exhibits),),
                      dt.date(2026, 3, 2), note=note)


def test_the_note_pushes_the_first_page_down_and_nothing_else() -> None:
    fonts = Fonts()
    plain = layout_index(_plan(""), fonts)
    note = "Supplement to the packet filed on March 2, 2026; exhibits A-1 to A-4 were " \
           "filed then. " * 3
    noted = layout_index(_plan(note), fonts)
    lines = note_lines(_plan(note), fonts)
    assert 2 <= len(lines) <= 4 and note_lines(_plan(""), fonts) == []
    assert plain[0][0].top == BODY_TOP
    assert noted[0][0].top > BODY_TOP + len(lines) * 10
    assert noted[1][0].top == BODY_TOP
    for page in noted:
        assert all(p.top + p.row.height <= BODY_BOTTOM for p in page)
    assert sum(map(len, noted)) == sum(map(len, plain)) == 61
    assert len(noted[0]) < len(plain[0])
