"""The index of exhibits: a table laid out row by row, so its page count and every row's
position are known before anything is drawn (the rows become links later).

A packet in parts has a heading row before the rows of each part ("Part 2 · file
NAME_Part2.pdf"), and an exhibit cut between two parts says so under its title.

The applicant's statement has a row before the tabs, and the certificate of service one
after them, so the index lists everything a reviewer is to read."""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from desktop_app.core.export.numbering import PageMap
from desktop_app.core.export.parts import SINGLE, Placement
from desktop_app.core.export.plan import PacketPlan
from desktop_app.core.export.statement_pages import statement_title
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
    wrap,
)
from desktop_app.i18n import _

LEFT, RIGHT = 72.0, 540.0
BODY_TOP, BODY_BOTTOM = 156.0, 720.0
PAD = 6.0  # space between columns

# Column left edges; the pages column is right-aligned on RIGHT.
COL_TAB, COL_EXHIBIT, COL_TITLE, COL_DATE, COL_PAGES = 72.0, 100.0, 150.0, 384.0, 480.0

BODY_SIZE, BODY_LEAD = 10.5, 13.5
NOTE_SIZE, NOTE_LEAD = 9.0, 12.0
TAB_SIZE, TAB_HEIGHT = 11.0, 26.0
ROW_PAD_TOP, ROW_PAD_BOTTOM = 5.0, 5.0
TITLE_MAX_LINES = 3


@dataclass(frozen=True)
class IndexRow:
    tab: int  # position of the tab in the plan
    exhibit: int | None  # position of the exhibit in its tab; None for the tab heading
    height: float
    title_lines: tuple[str, ...] = ()
    note_lines: tuple[str, ...] = ()
    date_lines: tuple[str, ...] = ()
    part: int = 0  # a part's heading row (1-based); 0 for tab and exhibit rows
    written: str = ""  # "statement" or "service": the row of a written part


@dataclass(frozen=True)
class PlacedRow:
    row: IndexRow
    top: float

    @property
    def rect(self) -> pymupdf.Rect:
        return pymupdf.Rect(LEFT, self.top, RIGHT, self.top + self.row.height)


def _split_note(parts: tuple[int, ...]) -> str:
    return _("Cut between Parts {first} and {last}").format(
        first=parts[0], last=parts[-1]) if len(parts) > 1 else ""


def _exhibit_row(plan: PacketPlan, fonts: Fonts, tab: int, exhibit: int,
                 where: Placement) -> IndexRow:
    """An exhibit's row: its title wrapped (at most three lines), note and date below."""
    ex = plan.tabs[tab].exhibits[exhibit]
    title_width = COL_DATE - COL_TITLE - PAD
    date_width = COL_PAGES - COL_DATE - PAD
    title = wrap(ex.title, fonts.regular, BODY_SIZE, title_width, TITLE_MAX_LINES) or [""]
    notes = [ex.note, _split_note(where.exhibits[tab][exhibit]) if where.files else ""]
    note = [line for text in notes if text
            for line in wrap(text, fonts.italic, NOTE_SIZE, title_width, 1)]
    date = wrap(format_date(ex.date), fonts.regular, BODY_SIZE, date_width, 2) if ex.date else []
    text_height = max(len(title) * BODY_LEAD + len(note) * NOTE_LEAD, len(date) * BODY_LEAD)
    height = ROW_PAD_TOP + text_height + ROW_PAD_BOTTOM
    return IndexRow(tab, exhibit, height, tuple(title), tuple(note), tuple(date))


def index_rows(plan: PacketPlan, fonts: Fonts, where: Placement = SINGLE) -> list[IndexRow]:
    rows: list[IndexRow] = []
    if plan.written.statement is not None:
        rows.append(IndexRow(-1, None, TAB_HEIGHT, written="statement"))
    part = 0
    for t, tab in enumerate(plan.tabs):
        if where.files and where.dividers[t] != part:
            part = where.dividers[t]
            rows.append(IndexRow(t, None, TAB_HEIGHT, part=part))
        rows.append(IndexRow(t, None, TAB_HEIGHT))
        for e in range(len(tab.exhibits)):
            if where.files and where.exhibits[t][e][0] != part:
                part = where.exhibits[t][e][0]
                rows.append(IndexRow(t, None, TAB_HEIGHT, part=part))
            rows.append(_exhibit_row(plan, fonts, t, e, where))
    if plan.written.service is not None:
        rows.append(IndexRow(-1, None, TAB_HEIGHT, written="service"))
    return rows


NOTE_MAX_LINES = 4


def note_lines(plan: PacketPlan, fonts: Fonts) -> list[str]:
    """The plan's note (a supplement says what was filed before), wrapped for the top of
    the first index page; none when the plan has no note."""
    if not plan.note.strip():
        return []
    return wrap(plan.note.strip(), fonts.italic, BODY_SIZE, RIGHT - LEFT, NOTE_MAX_LINES)


def _note_height(plan: PacketPlan, fonts: Fonts) -> float:
    lines = note_lines(plan, fonts)
    return len(lines) * BODY_LEAD + 2 * ROW_PAD_TOP if lines else 0.0


def layout_index(plan: PacketPlan, fonts: Fonts,
                 where: Placement = SINGLE) -> list[list[PlacedRow]]:
    """Rows placed on pages; a heading (of a part or a tab) never sits alone at the foot
    of a page. The plan's note, when it has one, takes the top of the first page."""
    pages: list[list[PlacedRow]] = [[]]
    y = BODY_TOP + _note_height(plan, fonts)
    rows = index_rows(plan, fonts, where)
    for i, row in enumerate(rows):
        needed = row.height
        following = i + 1
        while following < len(rows) and rows[following - 1].exhibit is None and \
                not rows[following - 1].written:
            needed += rows[following].height
            following += 1
        if y + needed > BODY_BOTTOM and pages[-1]:
            pages.append([])
            y = BODY_TOP
        pages[-1].append(PlacedRow(row, y))
        y += row.height
    return pages


def _caption(plan: PacketPlan) -> str:
    parts = [plan.cover.applicant.strip(), plan.cover.a_number.strip()]
    return " \u00b7 ".join(p for p in parts if p)


def _draw_header(canvas: Canvas, plan: PacketPlan, fonts: Fonts, continued: bool) -> None:
    title = _("Index of Exhibits")
    if continued:
        title = _("{title} (continued)").format(title=title)
    mid = LETTER.width / 2
    canvas.text(mid, 96, title, fonts.bold, 18, INK, "center")
    caption = _caption(plan)
    if caption:
        canvas.text(
            mid,
            114,
            ellipsize(caption, fonts.italic, 10.5, RIGHT - LEFT),
            fonts.italic,
            10.5,
            GREY,
            "center",
        )
    baseline = 146.0
    for x, label in (
        (COL_TAB, _("Tab")),
        (COL_EXHIBIT, _("Exhibit")),
        (COL_TITLE, _("Title")),
        (COL_DATE, _("Date")),
    ):
        canvas.text(x, baseline, label.upper(), fonts.bold, 8, GREY)
    canvas.text(RIGHT - 4, baseline, _("Pages").upper(), fonts.bold, 8, GREY, "right")
    canvas.rule(LEFT, RIGHT, BODY_TOP - 4, INK, 0.8)


def _draw_note(canvas: Canvas, plan: PacketPlan, fonts: Fonts) -> None:
    y = BODY_TOP + ROW_PAD_TOP + BODY_SIZE
    for line in note_lines(plan, fonts):
        canvas.text(LEFT, y, line, fonts.italic, BODY_SIZE, INK)
        y += BODY_LEAD


def _draw_tab_row(
    canvas: Canvas, plan: PacketPlan, fonts: Fonts, placed: PlacedRow, page_map: PageMap
) -> None:
    tab = plan.tabs[placed.row.tab]
    band = pymupdf.Rect(LEFT, placed.top + 5, RIGHT, placed.top + TAB_HEIGHT - 1)
    canvas.band(band)
    baseline = band.y1 - 6
    label = f"{tab.letter}.  {tab.title}"
    width = COL_PAGES - COL_TAB - PAD
    canvas.text(
        COL_TAB + 4,
        baseline,
        ellipsize(label, fonts.bold, TAB_SIZE, width),
        fonts.bold,
        TAB_SIZE,
        INK,
    )
    divider = page_map.dividers[placed.row.tab]
    canvas.text(RIGHT - 4, baseline, str(divider), fonts.bold, TAB_SIZE, INK, "right")


def written_pages(page_map: PageMap, written: str) -> tuple[int, int]:
    """The first and last packet page of a written part ("statement", "service")."""
    if written == "statement":
        first = page_map.statement_first
        return first, first + page_map.statement_pages - 1
    return page_map.service_first, page_map.total


def _draw_written_row(canvas: Canvas, plan: PacketPlan, fonts: Fonts, placed: PlacedRow,
                      page_map: PageMap) -> None:
    """The statement's row (before the tabs) or the certificate of service's (after)."""
    statement = plan.written.statement
    if placed.row.written == "statement" and statement is not None:
        label = statement_title(statement.applicant)
    else:
        label = _("Certificate of Service")
    band = pymupdf.Rect(LEFT, placed.top + 5, RIGHT, placed.top + TAB_HEIGHT - 1)
    canvas.band(band)
    baseline = band.y1 - 6
    canvas.text(COL_TAB + 4, baseline, ellipsize(label, fonts.bold, TAB_SIZE,
                                                 COL_PAGES - COL_TAB - PAD),
                fonts.bold, TAB_SIZE, INK)
    pages = page_range(*written_pages(page_map, placed.row.written))
    canvas.text(RIGHT - 4, baseline, pages, fonts.bold, TAB_SIZE, INK, "right")


def _draw_part_row(canvas: Canvas, fonts: Fonts, placed: PlacedRow, where: Placement) -> None:
    part = placed.row.part
    baseline = placed.top + TAB_HEIGHT - 6
    text = _("Part {n} of {count}").format(n=part, count=where.count)
    canvas.text(LEFT, baseline, text.upper(), fonts.bold, 9, INK)
    name = where.files[part - 1]
    label = _("this file: {name}").format(name=name) if part == 1 else _("in the file {name}") \
        .format(name=name)
    width = RIGHT - LEFT - 90
    canvas.text(RIGHT, baseline, ellipsize(label, fonts.italic, 9, width), fonts.italic, 9,
                GREY, "right")
    canvas.rule(LEFT, RIGHT, placed.top + TAB_HEIGHT - 1, INK, 0.6)


def _draw_exhibit_row(
    canvas: Canvas, plan: PacketPlan, fonts: Fonts, placed: PlacedRow, page_map: PageMap
) -> None:
    row = placed.row
    assert row.exhibit is not None
    exhibit = plan.tabs[row.tab].exhibits[row.exhibit]
    pages = page_map.exhibits[row.tab][row.exhibit]
    baseline = placed.top + ROW_PAD_TOP + BODY_SIZE
    canvas.text(COL_EXHIBIT, baseline, exhibit.exhibit_id, fonts.bold, BODY_SIZE, INK)
    canvas.text(
        RIGHT - 4,
        baseline,
        page_range(pages.first_page, pages.last_page),
        fonts.regular,
        BODY_SIZE,
        INK,
        "right",
    )
    y = baseline
    for line in row.title_lines:
        canvas.text(COL_TITLE, y, line, fonts.regular, BODY_SIZE, INK)
        y += BODY_LEAD
    y += NOTE_SIZE - BODY_SIZE
    for line in row.note_lines:
        canvas.text(COL_TITLE, y, line, fonts.italic, NOTE_SIZE, GREY)
        y += NOTE_LEAD
    y = baseline
    for line in row.date_lines:
        canvas.text(COL_DATE, y, line, fonts.regular, BODY_SIZE, INK)
        y += BODY_LEAD
    canvas.rule(LEFT, RIGHT, placed.top + row.height, RULE, 0.4)


def draw_index(
    doc: pymupdf.Document,
    plan: PacketPlan,
    fonts: Fonts,
    pages: list[list[PlacedRow]],
    page_map: PageMap,
    where: Placement = SINGLE,
) -> list[list[tuple[pymupdf.Rect, int]]]:
    """Append the index pages to ``doc``; returns, per page, each row's rectangle and
    the packet page it points to (a tab's divider, an exhibit's first page)."""
    links: list[list[tuple[pymupdf.Rect, int]]] = []
    for number, rows in enumerate(pages):
        page = doc.new_page(width=LETTER.width, height=LETTER.height)
        canvas = Canvas(page)
        _draw_header(canvas, plan, fonts, continued=number > 0)
        if number == 0:
            _draw_note(canvas, plan, fonts)
        if not rows:
            canvas.text(
                COL_TITLE,
                BODY_TOP + 24,
                _("This packet has no exhibits yet."),
                fonts.italic,
                BODY_SIZE,
                GREY,
            )
        page_links: list[tuple[pymupdf.Rect, int]] = []
        for placed in rows:
            row = placed.row
            if row.written:
                _draw_written_row(canvas, plan, fonts, placed, page_map)
                page_links.append((placed.rect, written_pages(page_map, row.written)[0]))
            elif row.part:
                _draw_part_row(canvas, fonts, placed, where)
            elif row.exhibit is None:
                _draw_tab_row(canvas, plan, fonts, placed, page_map)
                page_links.append((placed.rect, page_map.dividers[row.tab]))
            else:
                _draw_exhibit_row(canvas, plan, fonts, placed, page_map)
                page_links.append((placed.rect,
                                   page_map.exhibits[row.tab][row.exhibit].first_page))
        canvas.finish()
        links.append(page_links)
    return links
