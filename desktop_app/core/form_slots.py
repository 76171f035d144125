"""The places a form asks to fill in ("Name:", "Fecha:") and whether anything is in them.

A form left blank proves nothing, whatever its printed words say it is for: a blank
prescription pad prints a doctor's name, a blank pay receipt its columns of pay. The same
form filled in, by hand or typed, is evidence. Its words alone cannot tell the two apart,
as OCR reads no handwriting, and reads a typed value in a column of its own, away from its
label. The page's picture can. After a label that ends in a colon, a form filled in has a
word, or ink where the hand wrote, before the next label, or a value on the row below; a
blank one has white paper, or the printed line to write on. A line typed as underscores
right after a word ("Email_______") makes that word a label as a colon does.

Forms printed in boxes carry no colon: a box's label ("Name", "Fecha de nacimiento")
stands apart on its row, and the value goes beside it or under it. Such a label is known
by its words (``FIELDS``, what forms ask in English, Spanish, French and Portuguese), and
its place is filled when there is anything beside it, or under it down to the box's
bottom (the first ruling across): the next box's print taken for a value is a blank
form missed, never a filled one taken for blank.

Choices to tick ("Excellent [ ] Good [ ] Poor [ ]", "[ ] Yes [ ] No") are printed, not
written: while none of a row's boxes is ticked (a mark typed in it, ink drawn in it) and
the row holds nothing but its choices (OCR reads a box a pen crossed as a word, "DX"),
the row is guidance, and the label it answers is empty; a ticked box is a value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from desktop_app.core.models import Slots

# How far to the right of a label its space to write in is looked at for ink, in the
# label's heights (a value written after "Name:" begins well within it).
REACH = 14.0
ROOM = 1.5  # a space narrower than this many heights is no place to write
LINE = 0.35  # a pixel row of a space this dark along its width is a line to write on
BORDER = 0.6  # a pixel column this dark down the space is a box's side
INK = 0.35  # ink worth this share of a square of the label's height is something written
SPREAD = 0.7  # ...spread along the row this many heights (a box's side, slanted, is not)
LABEL_SURE = 50  # OCR's confidence in a label's word (a poor scan's "ERG:" is none)
BELOW = 1.5  # a value under its label starts within this many heights below it
BOX_BELOW = 3.0  # ...under a box's label, within this many (a box is a few lines high)
RULED = 0.8  # a pixel row darker than the paper along this share of a box is its bottom
PAPER_STEP = 35  # grey levels below the page's paper that are no paper
CLOSE = 1.0  # label heights: a line ruled this close under a box's label closes its cell
TICK = 0.08  # ink over this share of a tick box's inside (its sides left out) is a mark
FILLER = frozenset("_-.|:;,'\"`~()[]{}<>/\\=+*#—–…·•")
# What a form's box asks for, lower case (a trailing "*" or "." is left out when read).
FIELDS = frozenset("""
name|full name|first name|last name|middle name|surname|given name|family name|
date of birth|birth date|birthdate|dob|age|sex|gender|nationality|citizenship|
address|home address|street address|mailing address|city|state|zip|zip code|postal code|
country|county|phone|telephone|phone number|telephone number|home phone|cell phone|mobile|
email|e-mail|email address|e-mail address|occupation|employer|social security number|
marital status|emergency contact|relationship|
nombre|nombres|apellido|apellidos|nombre y apellido|nombres y apellidos|nombre completo|
fecha de nacimiento|edad|sexo|género|genero|nacionalidad|domicilio|dirección|direccion|
ciudad|localidad|provincia|municipio|código postal|codigo postal|país|pais|teléfono|
telefono|celular|correo|correo electrónico|correo electronico|ocupación|ocupacion|
profesión|profesion|estado civil|dni|rut|curp|rfc|
nom|prénom|prenom|nom de famille|date de naissance|adresse|ville|code postal|téléphone|
courriel|nationalité|profession|situation familiale|
nome|nome completo|data de nascimento|endereço|endereco|cidade|telefone|profissão|
""".replace("\n", "").split("|")) - {""}
FIELD_WORDS = 4  # the most words a box's label of ``FIELDS`` has


# Tick boxes, as a word processor types them or OCR reads them: empty or with a mark in.
_BOX, _TICKED = "\u2610", "\u2612"
# (Brackets round: "(   )" is where a phone number's area code goes.)
_EMPTY_BOX = re.compile(r"^(?:\[\s*\]|[\u2610\u25a1\u25a2\u25fb\u274f\u2751\u2b1c])$")
_MARKS = "x\u2713\u2714\u221a\u2717\u2718/"
_TICKED_BOX = re.compile(rf"(?i)^(?:\[\s*[{_MARKS}]\s*\]|[\u2612\u2611\u22a0])$")
_MARK = re.compile(rf"(?i)^[{_MARKS}]$")


@dataclass(frozen=True)
class _Word:
    x0: float
    y0: float
    x1: float
    y1: float
    label: bool  # ends a label: "Name:"
    labelish: bool  # a label or a word of one ("Patient" of "Patient Name:"), or a hint
    hint: bool  # printed guidance on what to write: "(DD/MM/YYYY)", "Yes/No"
    boxed: bool  # a label with no colon: a box's, known by its words ("Name"), or "Temp."
    text: str
    row: int
    place: int  # its place on its row, left to right


def _is_label(text: str) -> bool:
    return (text.endswith((":", "\uff1a")) and sum(c.isalpha() for c in text) >= 2
            and not text.lower().startswith(("http", "www")))


# A date's format ("DD/MM/YYYY", or read in pieces), the choices to tick ("Yes/No",
# "M/F"), the caption of a place to sign: printed, not filled in.
_HINT = re.compile(r"(?i)^(?:(?:dd|mm|aa|yy|yyyy|aaaa)(?:[/.-]|$))+$|^(?:(?:yes|no|si|sí|"
                   r"male|female|m|f)(?:/|$)){2,}|^/")
_CAPTION = re.compile(r"(?i)^(?:signature|firma|seal|sello|stamp)$")
_CHOICE = re.compile(r"(?i)^(?:yes|no|si|sí|male|female|m|f)/?$")
_ITEM = re.compile(r"(?i)^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?$")


def _hints(row: list[tuple[float, float, float, float, str]]) -> list[bool]:
    """Which words of a row (left to right) are a form's printed guidance: words in
    brackets, a date's format, the choices to tick, and the item's number that starts
    the row ("3", "b)")."""
    found, inside, caption = [], False, False
    for place, (x0, y0, _x1, y1, text) in enumerate(row):
        if place == 0 and _ITEM.match(text) and len(row) > 1:
            found.append(True)
            continue
        # the words run on from a caption ("Signature of Member") are the caption's
        caption = caption and x0 - row[place - 1][2] <= max(8.0, y1 - y0)
        if caption:
            found.append(True)
            continue
        caption = bool(_CAPTION.match(text))
        inside = inside or text.startswith(("(", "["))
        choice = bool(_CHOICE.match(text)) and (
            text.endswith("/") or (place + 1 < len(row) and row[place + 1][4].startswith("/")))
        found.append(inside or choice or caption or text == _BOX or bool(_HINT.match(text)))
        if inside and (")" in text or "]" in text):
            inside = False
    options = _options(row)
    if options and all(found[place] or place in options or _is_label(text)
                       for place, (*_box, text) in enumerate(row)):
        for place in options:
            found[place] = True
    return found


def _options(row: list[tuple[float, float, float, float, str]]) -> set[int]:
    """The choices printed beside the row's tick boxes (the word run on into each box,
    before it or after it), or none when a box is ticked."""
    if any(text == _TICKED for *_box, text in row):
        return set()
    found = set()
    for place, (*_box, text) in enumerate(row):
        if text == _BOX:
            if place and _joined(row, place - 1):
                found.add(place - 1)
            if place + 1 < len(row) and _joined(row, place):
                found.add(place + 1)
    return {place for place in found if not _is_label(row[place][4]) and row[place][4] != _BOX}


def _is_filler(text: str) -> bool:
    return all(c in FILLER for c in text)


_LINE = "__"  # a line to write on typed as underscores ("Name______"), as a word
_UNDERSCORES = re.compile(r"(_{2,}|(?<=\w)_$|^_(?=\w))")


def _pieces(x0: float, x1: float, text: str) -> list[tuple[float, float, str]]:
    """A word split where a line to write on is typed into it as underscores
    ("Name_____", "____Phone_"): its words and its lines (``_LINE``), each placed along
    the word by its letters."""
    if "_" not in text:
        return [(x0, x1, text)]
    width = (x1 - x0) / len(text)
    found, at = [], 0
    for part in _UNDERSCORES.split(text):
        if part:
            found.append((x0 + at * width, x0 + (at + len(part)) * width,
                          _LINE if set(part) == {"_"} else part))
        at += len(part)
    return found


def _rows(words: Sequence[Sequence[object]], scale: float,
          ticked: Callable[[float, float, float, float], bool] | None = None
          ) -> list[list[_Word]]:
    """The words on their printed rows, left to right, each marked as a label's or not.
    ``ticked``: whether there is a mark in a tick box (its box on the picture); without
    it, only a mark typed in a box is one."""
    boxes: list[tuple[float, float, float, float, str]] = []
    for w in words:
        if len(w) < 6:
            continue
        text = str(w[5]).strip()
        try:
            x0, y0, x1, y1 = (float(v) * scale for v in w[:4])  # type: ignore[arg-type]
            sure = float(w[4]) >= LABEL_SURE  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if not (text and x1 > x0 and y1 > y0):
            continue
        for px0, px1, piece in _pieces(x0, x1, text):
            if piece == _LINE and not sure:
                continue  # read too unsurely to make a label of what it follows
            if piece in _COLONS or piece == _LINE or _boxish(piece) or not _is_filler(piece):
                if not sure and _is_label(piece):  # read too unsurely to be a label
                    piece = piece.rstrip(":\uff1a")
                boxes.append((px0, y0, px1, y1, piece))
    boxes.sort(key=lambda b: (b[1] + b[3]) / 2)
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for box in boxes:
        if rows and rows[-1][0][1] <= (box[1] + box[3]) / 2 <= rows[-1][0][3]:
            rows[-1].append(box)
        else:
            rows.append([box])
    found = []
    # (a row that was a lone colon is no row)
    for r, row in enumerate(row for row in (_colons_joined(_ticks(row, ticked))
                                            for row in rows) if row):
        hints = _hints(row)
        boxed = [a or b for a, b in zip(_box_labels(row, hints), _abbreviations(row, hints),
                                        strict=True)]
        labelish = [False] * len(row)
        for i in range(len(row) - 1, -1, -1):
            x0, y0, x1, y1, text = row[i]
            labelish[i] = (_is_label(text) or hints[i] or boxed[i]
                           or (_joined(row, i) and labelish[i + 1]
                               and row[i + 1][4] not in (_BOX, _TICKED)))
        found.append([_Word(x0, y0, x1, y1, _is_label(text) or boxed[i], labelish[i],
                            hints[i], boxed[i], text, r, i)
                      for i, (x0, y0, x1, y1, text) in enumerate(row)])
    return found


def _boxish(text: str) -> bool:
    """Whether the word may be a tick box or a part of one: a bracket, a mark."""
    return set(text) <= set("[] ") or bool(_TICKED_BOX.match(text) or _MARK.match(text))


def _ticks(row: list[tuple[float, float, float, float, str]],
           ticked: Callable[[float, float, float, float], bool] | None
           ) -> list[tuple[float, float, float, float, str]]:
    """The row left to right, each tick box in it one word: ``_TICKED`` when a mark is
    typed in it ("[X]", "☒") or ``ticked`` finds one drawn in it, else ``_BOX``. Filler
    that makes no box is left out."""
    row = sorted(row)
    found: list[tuple[float, float, float, float, str]] = []
    i = 0
    while i < len(row):
        x0, y0, x1, y1, text = row[i]
        near = max(8.0, y1 - y0) * 2
        box, mark, used = bool(_EMPTY_BOX.match(text)), bool(_TICKED_BOX.match(text)), 1
        if text == "[" and i + 1 < len(row) and row[i + 1][0] - x1 <= near:
            if row[i + 1][4] == "]":
                x1, used, box = row[i + 1][2], 2, True
            elif i + 2 < len(row) and _MARK.match(row[i + 1][4]) \
                    and row[i + 2][4] == "]" and row[i + 2][0] - row[i + 1][2] <= near:
                x1, used, mark = row[i + 2][2], 3, True
        if mark:
            found.append((x0, y0, x1, y1, _TICKED))
        elif box:
            marked = ticked is not None and ticked(x0, y0, x1, y1)
            found.append((x0, y0, x1, y1, _TICKED if marked else _BOX))
        elif text in _COLONS or text == _LINE or not _is_filler(text):
            found.append(row[i])
        i += used
    return found


def _joined(row: list[tuple[float, float, float, float, str]], i: int) -> bool:
    """Whether word ``i`` of the row runs on into the next (one phrase, not two)."""
    x1, y0, y1 = row[i][2], row[i][1], row[i][3]
    return i + 1 < len(row) and row[i + 1][0] - x1 <= max(8.0, y1 - y0)


def _box_labels(row: list[tuple[float, float, float, float, str]],
                hints: list[bool]) -> list[bool]:
    """Which words of the row end a box's label with no colon: a phrase of ``FIELDS``
    standing apart, nothing run on into it before or after ("Nombre y Apellido", alone
    in its box), and no guidance printed after it (that is a label's with a colon)."""
    ends = [False] * len(row)
    for start in range(len(row)):
        if start and _joined(row, start - 1):
            continue
        for end in range(start, min(len(row), start + FIELD_WORDS)):
            if end > start and not _joined(row, end - 1):
                break
            phrase = " ".join(w[4] for w in row[start:end + 1]).lower().rstrip("*.")
            if phrase in FIELDS and not _joined(row, end) and not any(hints[start:end + 1]):
                ends[end] = True
                break
    return ends


_COLONS = (":", "\uff1a")
# A label shortened with its period ("Temp.", "Peso.", "Talla." of a doctor's pad).
_ABBREVIATION = re.compile(r"^[A-Z\u00C0-\u00DD][a-z\u00DF-\u00FF]{2,4}\.$")


def _abbreviations(row: list[tuple[float, float, float, float, str]],
                   hints: list[bool]) -> list[bool]:
    """Which words of the row are a label shortened with its period, standing apart
    (the last word of a sentence is not, nor "Dept. of Health")."""
    return [bool(_ABBREVIATION.match(text)) and not hints[i]
            and not (i and _joined(row, i - 1)) and not _joined(row, i)
            for i, (*_box, text) in enumerate(row)]


def _colons_joined(row: list[tuple[float, float, float, float, str]]
                   ) -> list[tuple[float, float, float, float, str]]:
    """The row left to right, a colon set apart from its label ("Patient Name :", as
    French and Spanish print it) joined to it, and a line to write on typed right after
    a word ("Email_____") taken for its colon."""
    joined: list[tuple[float, float, float, float, str]] = []
    for box in sorted(row):
        x0, _y0, x1, _y1, text = box
        if text == _LINE:
            if joined and x0 - joined[-1][2] <= max(8.0, joined[-1][3] - joined[-1][1]) \
                    and _is_label(joined[-1][4] + ":") and not _is_label(joined[-1][4]):
                px0, py0, px1, py1, ptext = joined[-1]
                joined[-1] = (px0, py0, px1, py1, ptext + ":")
            continue
        if text in _COLONS:
            if joined and x0 - joined[-1][2] <= max(8.0, joined[-1][3] - joined[-1][1]):
                px0, py0, _px1, py1, ptext = joined[-1]
                joined[-1] = (px0, py0, x1, py1, ptext + ":")
            continue
        joined.append(box)
    return joined


def form_slots(picture: Image.Image | Callable[[], Image.Image],
               words: Sequence[Sequence[object]], *, scale: float = 1.0,
               size: tuple[int, int] | None = None,
               explain: list[tuple[str, str]] | None = None) -> Slots:
    """The labels on the page and whether something is written after each: on its row
    before the next label, or on the row just below (a value typed under "LANDLORD:").
    ``picture``: the page, or what draws it when it is first needed (then ``size`` is its
    width and height in pixels). ``words``: its words, [x0, y0, x1, y1, confidence,
    text], on pixels ``scale`` times smaller than the picture's. ``explain``: filled with
    each label and what was found after it."""
    said = explain if explain is not None else []
    rows = _rows(words, scale)
    if not any(w.label for row in rows for w in row):
        return Slots()
    ink = _Ink(picture)
    if any(w.text == _BOX for row in rows for w in row):
        rows = _rows(words, scale, ink.ticked)  # a mark drawn in a box by hand
    width, height = size or ink.size()
    empty = filled = 0
    for row in rows:
        for word in (w for w in row if w.label):
            h = max(8.0, word.y1 - word.y0)
            start = word.x1
            after = row[word.place + 1] if word.place + 1 < len(row) else None
            while after is not None and after.hint:  # what to write goes after the hint
                start = after.x1
                after = row[after.place + 1] if after.place + 1 < len(row) else None
            if after is not None and not after.labelish:
                filled += 1  # a value typed or read on its row, however far along
                said.append((word.text, f"value {after.text}"))
                continue
            left = int(start + 0.3 * h)
            right = int(min(after.x0 - 0.3 * h if after else width - 1,
                            start + REACH * h, width - 1))
            room = right - left >= ROOM * h
            written = room and ink.written(left, right, max(0, int(word.y0 - 0.3 * h)),
                                           min(height, int(word.y1 + 0.3 * h)), h)
            below = not written and after is None and not word.boxed \
                and _value_below(rows, word, h)
            found = None
            if word.boxed and not written:
                right = int(min(after.x0 if after else width - 1, word.x0 + REACH * h,
                                width - 1))
                found = _in_box_under(rows, word, h, ink, right, height)
            if written or below or found:
                filled += 1
                said.append((word.text, found or ("written" if written else "value below")))
            elif room or after is None:
                empty += 1
                said.append((word.text, "empty"))
    return Slots(empty, filled)


def places(picture: Image.Image | Callable[[], Image.Image],
           words: Sequence[Sequence[object]], *, scale: float = 1.0,
           size: tuple[int, int] | None = None) -> Slots:
    """``form_slots``, or nothing known when the page defeats it: its places are a hint
    to the assistant, never worth a page's reading or a file's import."""
    try:
        return form_slots(picture, words, scale=scale, size=size)
    except Exception:  # noqa: BLE001 - a hint lost, the page kept
        return Slots()


class _Ink:
    """The page in grey, drawn when first looked at (a page whose labels all have their
    values typed beside them is never drawn), and what is dark on it."""

    def __init__(self, picture: Image.Image | Callable[[], Image.Image]) -> None:
        self._picture = picture
        self._gray: np.ndarray | None = None
        self._dark = 0.0
        self._paper = 255.0

    def size(self) -> tuple[int, int]:
        if isinstance(self._picture, Image.Image):
            return self._picture.size
        gray = self._drawn()
        return gray.shape[1], gray.shape[0]

    def _drawn(self) -> np.ndarray:
        if self._gray is None:
            image = self._picture if isinstance(self._picture, Image.Image) \
                else self._picture()
            self._gray = np.asarray(image if image.mode == "L" else image.convert("L"),
                                    dtype=np.uint8)
            self._paper = float(np.median(self._gray[::8, ::8]))
            self._dark = min(150.0, self._paper * 0.65)
        return self._gray

    def ruling(self, left: int, right: int, top: int, bottom: int) -> tuple[int, int] | None:
        """The first line ruled across the space from ``top`` down to ``bottom`` (a box's
        side): its first pixel row and the row after it. A ruling drawn thin may come
        out grey: anything darker than the paper along the row counts."""
        pixels = self._drawn()[top:bottom, left:right]
        if pixels.size == 0:
            return None
        ruled = (pixels < self._paper - PAPER_STEP).mean(axis=1) > RULED
        if not ruled.any():
            return None
        first = int(np.argmax(ruled))
        after = first + int(np.argmin(ruled[first:])) if not ruled[first:].all() \
            else len(ruled)
        return top + first, top + after

    def ticked(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Whether there is a mark in the tick box: ink inside it, its sides (a pixel
        row or column dark along most of it) left out."""
        w, h = x1 - x0, y1 - y0
        ink = self._drawn()[int(y0 + 0.15 * h):int(y1 - 0.15 * h),
                            int(x0 + 0.15 * w):int(x1 - 0.15 * w)] < self._dark
        if ink.size == 0:
            return False
        ink[ink.mean(axis=1) > BORDER, :] = False
        ink[:, ink.mean(axis=0) > BORDER] = False
        return bool(ink.mean() >= TICK)

    def written(self, left: int, right: int, top: int, bottom: int, h: float,
                printed: Sequence[_Word] = ()) -> bool:
        """Whether the space holds writing: ink that is no line to write on, nor a box's
        side, nor a word of ``printed``, spread along the row."""
        ink = self._drawn()[top:bottom, left:right] < self._dark
        if ink.size == 0:
            return False
        for w in printed:
            ink[max(0, int(w.y0) - top):max(0, int(w.y1) + 1 - top),
                max(0, int(w.x0) - left):max(0, int(w.x1) + 1 - left)] = False
        ink[ink.mean(axis=1) > LINE, :] = False
        ink[:, ink.mean(axis=0) > BORDER] = False
        return bool(int(ink.sum()) >= INK * h * h
                    and int(ink.any(axis=0).sum()) >= SPREAD * h)


def _in_box_under(rows: list[list[_Word]], word: _Word, h: float, ink: _Ink, right: int,
                  height: int) -> str | None:
    """What is under a box's label in its box, from the label's left to ``right``:
    "value below" (a word that is no label), "written" (ink, other than the labels
    printed there), or None. The box ends at the first line ruled across under the
    label; a line just under it (``CLOSE``) closes the label's own cell, a table's head,
    and the value is looked for in the cell below."""
    left = int(word.x0)
    top = min(height, int(word.y1 + 0.2 * h))
    ruling = ink.ruling(left, right, top, min(height, int(word.y1 + BOX_BELOW * h)))
    if ruling is not None and ruling[0] < word.y1 + CLOSE * h:
        top = ruling[1]
        ruling = ink.ruling(left, right, top, min(height, int(top + BOX_BELOW * h)))
    end = ruling[0] if ruling is not None else min(height, int(top + BOX_BELOW * h))
    inside = [w for row in rows[word.row + 1:] for w in row
              if top <= (w.y0 + w.y1) / 2 < end and w.x1 > left and w.x0 < right]
    if any(not w.labelish for w in inside):
        return "value below"
    if ink.written(left, right, top, end, h, printed=inside):
        return "written"
    return None


def _value_below(rows: list[list[_Word]], word: _Word, h: float) -> bool:
    """Whether the row just below a label that ends its row starts, under the label (the
    words run on into it: "Médico tratante:"), with something that is no other label.
    What stands apart before it on its row is another column's."""
    row = rows[word.row]
    first = word.place
    while first and row[first - 1].x1 >= row[first].x0 - max(8.0, row[first].y1 - row[first].y0):
        first -= 1
    start = row[first].x0
    for row in rows[word.row + 1:word.row + 3]:
        if row[0].y0 > word.y1 + BELOW * h:
            break
        under = [w for w in row if w.x1 >= start - h and w.x0 <= word.x1 + REACH * h]
        if under:
            return not under[0].labelish
    return False
