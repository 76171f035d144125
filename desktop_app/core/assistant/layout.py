"""The page's words put back on their printed lines, from the OCR word boxes.

Tesseract reads a form column by column: "Statement date:" and "Account holder:" first,
then, far below, "10/30/2023" and the holder's name. The date then loses the label that
says what it is. Grouping the word boxes by their height on the page and reading each
row left to right puts "Statement date: 10/30/2023" back on one line.

A boxed row of labels over a row of values ("Received Date  Priority Date  Notice Date"
over three dates; "Valid From  Card Expires" over two) loses which label is over which
value when read row by row. Each value cell that starts with a date is then given the label
cell whose x-range overlaps it most: "Notice Date: 08/03/2016".
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


def _text(cell: list[WordBox]) -> str:
    return " ".join(str(w[5]) for w in cell)


def _labelled_values(labels: list[WordBox], values: list[WordBox], gap: float) -> str | None:
    """The row of ``values`` with each date cell led by the label cell over it, or None when
    ``labels`` is not a row of date labels over a row with dates."""
    if any(c.isdigit() for w in labels for c in str(w[5])):
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
            parts.append(f"{_text(over)}: {text}")
            changed = True
        else:
            parts.append(text)
    return "   ".join(parts) if changed else None


def layout_text(words: Sequence[WordBox]) -> str:
    """The words of one page as printed rows, top to bottom, each left to right."""
    boxes = [w for w in words if len(w) >= 6 and str(w[5]).strip()]
    if not boxes:
        return ""
    height = statistics.median(float(w[3]) - float(w[1]) for w in boxes) or 1.0
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
    for i in range(1, len(rows)):
        paired = _labelled_values(rows[i - 1], rows[i], 1.5 * height)
        if paired is not None:
            lines[i] = paired
    return "\n".join(lines)
