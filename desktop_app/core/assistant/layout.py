"""The page's words put back on their printed lines, from the OCR word boxes.

Tesseract reads a form column by column: "Statement date:" and "Account holder:" first,
then, far below, "10/30/2023" and the holder's name. The date then loses the label that
says what it is. Grouping the word boxes by their height on the page and reading each
row left to right puts "Statement date: 10/30/2023" back on one line.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

# [x0, y0, x1, y1, confidence, text], as processing stores them.
WordBox = Sequence[Any]


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
    return "\n".join(
        " ".join(str(w[5]) for w in sorted(row, key=lambda w: float(w[0]))) for row in rows
    )
