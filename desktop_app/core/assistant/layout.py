"""The page's words put back on their printed lines, from the OCR word boxes.

Tesseract reads a form column by column: "Statement date:" and "Account holder:" first,
then, far below, "10/30/2023" and the holder's name. The date then loses the label that
says what it is. Grouping the word boxes by their height on the page and reading each
row left to right puts "Statement date: 10/30/2023" back on one line.

A boxed row of labels over a row of values ("Received Date  Priority Date  Notice Date"
over three dates; "Valid From  Card Expires" over two) loses which label is over which
value when read row by row. Each value cell that starts with a date is then given the label
cell whose x-range overlaps it most: "Notice Date: 08/03/2016". The labels may be printed over
several lines ("Date of / Birth / (mm/dd/yy)" heading a table's column), over several rows
of values (a household table: one row a person), or under the value (a card's "Date of
Birth" printed under its box).

The word boxes also tell what is printed large near the top of the first page (a form's
title, ``heading``) and which words OCR read with confidence (``confident_text``:
handwriting it could not read is left out).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from typing import Any

# [x0, y0, x1, y1, confidence, text], as processing stores them.
WordBox = Sequence[Any]


# A cell that starts with a date: "08/03/2016", "3 August 2016", "Aug. 3, 2016".
_DATE_START = re.compile(
    r"^[0-9oOlI|]{1,4}[/.\-][0-9oOlI|]{1,2}|^\d{1,2}\s*\D|^[A-Za-z]{3,}\.?\s+\d")
_LABEL_WORD = re.compile(
    r"date|fecha|data|from|issued|expires|until|thru|valid|service|visit|encounter|dos|"
    r"follow|appointment|return|notice|received|priority|period|signed|born|birth|cita|"
    r"consulta|desde|vence|ending|beginning|start|end", re.IGNORECASE)


def _cells(row: list[WordBox], gap: float) -> list[list[WordBox]]:
    """A row's words grouped into cells: a gap wider than ``gap`` starts a new cell."""
    cells: list[list[WordBox]] = []
    for box in sorted(row, key=lambda w: float(w[0])):
        if cells and float(box[0]) - float(cells[-1][-1][2]) <= gap:
            cells[-1].append(box)
        else:
            cells.append([box])
    return cells


# A format hint in a label: "(mm/dd/yyyy)", "MM/DD/YY".
_FORMAT_HINT = re.compile(r"\(?\b[mdyaj]{1,4}(?:[/\-.][mdyaj]{1,4}){1,2}\b\)?", re.IGNORECASE)
HEADING_SIZE = 1.4  # a heading's letters are this much taller than the page's median
HEADING_TOP = 0.4  # ... and it stands in this top share of the page
LABEL_ROWS = 3  # a table's header may take this many lines, and head this many rows


def _text(cell: list[WordBox]) -> str:
    return " ".join(str(w[5]) for w in cell)


def _reading_order(cell: list[WordBox], gap: float) -> list[WordBox]:
    """A cell's words line by line (a label printed over several lines), each left to
    right: a word more than a third of ``gap`` below the line's top starts a new line."""
    lines: list[list[WordBox]] = []
    for word in sorted(cell, key=lambda w: float(w[1])):
        if lines and float(word[1]) - float(lines[-1][0][1]) <= gap / 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [w for line in lines for w in sorted(line, key=lambda w: float(w[0]))]


def _has_digits(row: list[WordBox]) -> bool:
    return any(c.isdigit() for w in row for c in str(w[5]))


def _labelled_values(labels: list[WordBox], values: list[WordBox], gap: float) -> str | None:
    """The row of ``values`` with each date cell led by the label cell over it, or None when
    ``labels`` is not a row of date labels over a row with dates."""
    if _has_digits(labels):
        return None
    label_cells = [c for c in _cells(labels, gap) if _LABEL_WORD.search(_text(c))]
    if not label_cells:
        return None
    parts, changed = [], False
    for cell in _cells(values, gap):
        text = _text(cell)
        x0, x1 = float(cell[0][0]), float(cell[-1][2])

        def overlap(label: list[WordBox], x0: float = x0, x1: float = x1) -> float:
            return min(x1, float(label[-1][2])) - max(x0, float(label[0][0]))

        over = max(label_cells, key=overlap)
        if _DATE_START.match(text) and any(ch.isdigit() for ch in text) and overlap(over) > 0:
            label = " ".join(_FORMAT_HINT.sub(" ", _text(_reading_order(over, gap))).split())
            parts.append(f"{label}: {text}")
            changed = True
        else:
            parts.append(text)
    return "   ".join(parts) if changed else None


def _boxes(words: Sequence[WordBox]) -> list[WordBox]:
    return [w for w in words if len(w) >= 6 and str(w[5]).strip()]


def _height(boxes: Sequence[WordBox]) -> float:
    return statistics.median(float(w[3]) - float(w[1]) for w in boxes) or 1.0


def _middle(row: list[WordBox]) -> float:
    return sum((float(w[1]) + float(w[3])) / 2 for w in row) / len(row)


def _label_block(rows: list[list[WordBox]], i: int, height: float) -> list[WordBox] | None:
    """The label lines heading row ``i``: the lines without digits just above it (or above
    the rows of values over it that belong to the same table), as many as are set as
    closely as the lines of one label (at most ``LABEL_ROWS``)."""
    j = i - 1
    while j >= 0 and i - j <= LABEL_ROWS and _has_digits(rows[j]):
        j -= 1  # a row of the same table, higher up
    if j < 0 or _has_digits(rows[j]):
        return None
    block = list(rows[j])
    for k in range(j - 1, max(-1, j - LABEL_ROWS), -1):
        if _has_digits(rows[k]) or _middle(rows[k + 1]) - _middle(rows[k]) > 1.8 * height:
            break
        block = rows[k] + block
    return block


def layout_text(words: Sequence[WordBox]) -> str:
    """The words of one page as printed rows, top to bottom, each left to right."""
    boxes = _boxes(words)
    if not boxes:
        return ""
    height = _height(boxes)
    boxes.sort(key=lambda w: (float(w[1]) + float(w[3])) / 2)
    rows: list[list[WordBox]] = []
    centre = None
    for box in boxes:
        middle = (float(box[1]) + float(box[3])) / 2
        if centre is None or abs(middle - centre) > 0.6 * height:
            rows.append([])
            centre = middle
        rows[-1].append(box)
        row = rows[-1]
        centre = sum((float(w[1]) + float(w[3])) / 2 for w in row) / len(row)
    lines = [" ".join(str(w[5]) for w in sorted(row, key=lambda w: float(w[0])))
             for row in rows]
    for i in range(len(rows)):
        if not _has_digits(rows[i]):
            continue
        above = _label_block(rows, i, height)
        paired = _labelled_values(above, rows[i], 1.5 * height) if above else None
        if paired is None and i + 1 < len(rows):  # a caption under its box
            paired = _labelled_values(rows[i + 1], rows[i], 1.5 * height)
        if paired is not None:
            lines[i] = paired
    return "\n".join(lines)


def heading(words: Sequence[WordBox]) -> str:
    """What is printed large near the top of a page (a form's or a letterhead's title)."""
    boxes = [w for w in _boxes(words) if float(w[4]) >= 70
             and sum(c.isalpha() for c in str(w[5])) >= 2 and not any(
                 c.isdigit() for c in str(w[5]))]
    if len(boxes) < 5:
        return ""
    height = _height(boxes)
    top = min(float(w[1]) for w in boxes)
    bottom = max(float(w[3]) for w in boxes)
    limit = top + HEADING_TOP * (bottom - top)
    big = [w for w in boxes
           if float(w[3]) - float(w[1]) >= HEADING_SIZE * height and float(w[1]) <= limit]
    big.sort(key=lambda w: (round(float(w[1]) / height), float(w[0])))
    return " ".join(str(w[5]) for w in big)


def confident_text(words: Sequence[WordBox], confidence: float) -> str:
    """The words OCR read at least ``confidence`` sure of (0-100), in reading order."""
    return " ".join(str(w[5]) for w in _boxes(words) if float(w[4]) >= confidence)
