"""Which way up a page is, decided once, cheaply, before it is read.

The page (already straightened) is looked at small and black-and-white:

* Lines of text run along the rows or along the columns: the ink's profile across the
  lines swings between lines and gaps, the profile along them does not. A page of one
  line has no gaps between lines, only between letters: there the line's shape tells
  (long for its height, where a letter is not).
* Which way up: in English and Spanish, far more letters rise above the middle of a
  line (b d f h k l t, capitals, accents, the dots of i and j) than hang below it
  (g j p q y), in print and in handwriting alike. Upside down, the ink hangs below.

The answer carries a confidence; when it is low (handwriting, a receipt in capitals, a
form with little text), processing reads a few small squares of the page's text
(``trial_squares``) at each quarter turn, and the turn that reads as words decides;
failing that Tesseract's orientation detection, on a copy made by ``for_detection``, and
failing that the reading itself (``--psm 1``): a page is still read only once. When it
is high but most lines are capitals (``mostly_capitals``: a receipt, whose few lines
that vote may be a curled line's sagging end, asterisks, a logo), the squares are read
the way decided and turned over, and the page is turned over when that reads better.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

WORK_HEIGHT = 1400  # pixels: about 125 dpi for a Letter page
INK = 140  # grey level below which a pixel of an evenly lit page is ink
MAX_TILT = 6.0  # degrees of tilt looked for on a page that is not straightened
STEEP_TILT = 20.0  # degrees looked for on a page that read poorly (``steep_tilt``)
SURE = 0.5  # confidence from which the answer is used without asking Tesseract
MIXED_LINES = 0.3  # share of lines in mixed case below which a page is ``mostly_capitals``
DETECT_LINE = 40  # pixels: height of a line of text for Tesseract's orientation detection
DETECT_SIDE = 3000  # pixels: the longest side of the copy it looks at
TRIAL_LINE = 24  # pixels: height of a line of text in the way-up trial's squares
TRIAL_SIDE = 400  # pixels: the side of each square of text the way-up trial reads
TRIAL_SQUARES = 2  # squares of text it reads, each at the four turns
LONG_LINE = 3.0  # a band this many times as long as it is high is a line of text
SHORT_BAND = 2.0  # one at most this many times is a letter or a short word
TRIAL_MAX_INK = 0.3  # share of ink above which a square is a picture, not text


@dataclass(frozen=True)
class Orientation:
    turn: int  # clockwise degrees (0, 90, 180, 270) that make the page upright
    confidence: float  # 0..1
    lines: int  # text lines the answer rests on
    skew: float = 0.0  # further clockwise degrees that level its lines, once turned
    measured: int = 0  # text lines whose middle band was found, voting or not
    across: float = 0.0  # 0..1: how sure the lines run across ``turn`` (not up and down)

    @property
    def mostly_capitals(self) -> bool:
        """Most lines measured are capitals and figures only (a receipt): the answer
        rests on the few that are not, or on marks that look like letters rising or
        hanging (a curled line, asterisks, a logo), and may be upside down."""
        return self.lines < MIXED_LINES * self.measured


def orientation(page: Image.Image) -> Orientation:
    """How to turn ``page`` (evenly lit, grey or colour) so that it reads upright."""
    gray = _small(page)
    ink = _ink(gray)
    if ink.sum() < 200:
        return Orientation(0, 0.0, 0)
    sideways = _gaps(ink.T) > _gaps(ink)
    # One line of text leaves no gap between lines, only between its letters: the gaps
    # alone take its letters for lines running the other way. A line is long for its
    # height, a letter is not: where the two disagree, the shape says which way the
    # lines run, and that the direction is unsure (the way-up trial tries all turns).
    shape = _runs_along_rows(ink)
    disagree = shape is not None and shape == sideways
    sideways = not shape if disagree else sideways
    lines_run = np.rot90(ink, 1) if sideways else ink  # now the lines run along the rows
    tilt = _tilt(lines_run)
    if abs(tilt) >= 0.3:
        # Measure a tilted page levelled (the grey picture turned, then inked again).
        level = gray.rotate(-tilt, resample=Image.Resampling.BILINEAR, fillcolor=255)
        lines_run = _ink(level)
        lines_run = np.rot90(lines_run, 1) if sideways else lines_run
    between_rows, between_cols = _gaps(lines_run), _gaps(lines_run.T)
    up, lines, measured = _which_way_up(lines_run)
    # rot90 turned a sideways page a quarter counter-clockwise: when it reads upright so,
    # the page needs that same quarter turn (270 clockwise); upside down so, the
    # opposite one (90 clockwise).
    turn = (270 if up >= 0 else 90) if sideways else (0 if up >= 0 else 180)
    sure_direction = 0.0 if disagree else \
        min(1.0, max(0.0, (abs(between_rows - between_cols) - 0.05) / 0.15))
    # Printed pages measured 0.25 to 0.85 the right way up; capitals only (a receipt)
    # and tiny print come out near 0 either way, and are left to Tesseract.
    sure_up = min(1.0, max(0.0, (abs(up) - 0.2) / 0.3)) * min(1.0, lines / 8)
    # The tilt was measured with the lines along the rows, top up or down: upside down,
    # a clockwise tilt is still clockwise once the page is turned over.
    return Orientation(turn, round(min(sure_direction, sure_up), 3), lines, tilt, measured,
                       round(sure_direction, 3))


def steep_tilt(page: Image.Image) -> float:
    """Clockwise degrees, up to ``STEEP_TILT``, that level the lines of ``page`` (evenly
    lit, upright): a form photographed at a slant with no sheet's edge to find, whose
    lines slope more than ``orientation`` looks for. 0 when its lines run up and down or
    its ink is too little to tell."""
    ink = _ink(_small(page))
    if ink.sum() < 200 or _gaps(ink.T) > _gaps(ink):
        return 0.0
    return _tilt(ink, STEEP_TILT)


def line_height(page: Image.Image) -> float | None:
    """Median height, in ``page``'s pixels, of its lines of text (ink from top to
    bottom, ascenders and descenders included), along whichever side has more of them;
    None when too few lines are seen to tell."""
    return _line_height(_small(page), page.height)


def _line_height(gray: Image.Image, height: int) -> float | None:
    """``line_height`` measured on ``gray``, the page's small grey copy (``_small``),
    in the pixels of the page ``height`` pixels high."""
    ink = _ink(gray)
    best: list[int] = []
    for lines_run in (ink, ink.T):
        w = lines_run.shape[1]
        heights = [bottom - top
                   for s in range(3)
                   for top, bottom in _bands(lines_run[:, s * w // 3:(s + 1) * w // 3].sum(axis=1))
                   if bottom - top >= 3]
        if len(heights) > len(best):
            best = heights
    if len(best) < 3:
        return None
    return float(np.median(best)) * height / gray.height


def for_detection(page: Image.Image) -> Image.Image:
    """A grey copy of ``page`` whose lines of text are about ``DETECT_LINE`` pixels
    high, the size Tesseract's orientation detection reads best (small print in a photo
    is enlarged, large print shrunk), and at most ``DETECT_SIDE`` pixels long."""
    gray = page.convert("L") if page.mode != "L" else page
    height = line_height(gray)
    scale = min(4.0, DETECT_LINE / height) if height else 1.0
    scale = min(scale, DETECT_SIDE / max(gray.size))
    if abs(scale - 1.0) < 0.1:
        return gray
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    return gray.resize(size, Image.Resampling.BICUBIC if scale > 1 else Image.Resampling.BOX)


def trial_squares(page: Image.Image) -> list[Image.Image]:
    """A few small grey squares of ``page`` where its text is densest, apart from each
    other, each scaled so its lines are about ``TRIAL_LINE`` pixels high: for the
    way-up trial, which reads them at each quarter turn (the turn that reads as words is
    the way up). Found on a small copy and cut from the page, so only the squares are
    scaled. Squares inked too heavily (a photograph, a seal) are passed over; none when
    the page holds too little ink."""
    gray = page.convert("L") if page.mode != "L" else page
    small = _small(gray)
    height = _line_height(small, gray.height)
    scale = min(4.0, TRIAL_LINE / height) if height else 1.0
    f = small.height / gray.height  # small pixels per page pixel
    side = min(round(TRIAL_SIDE / scale * f), small.width, small.height)
    if side < 8:
        return []
    ink = np.asarray(small) < INK
    h, w = ink.shape
    step = max(2, side // 8)
    total = np.pad(ink.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    ys, xs = np.meshgrid(np.arange(0, h - side + 1, step), np.arange(0, w - side + 1, step),
                         indexing="ij")
    share = (total[ys + side, xs + side] - total[ys, xs + side] - total[ys + side, xs]
             + total[ys, xs]) / (side * side)
    share = np.where(share < TRIAL_MAX_INK, share, 0.0)
    squares = []
    for _ in range(TRIAL_SQUARES):
        best = np.unravel_index(int(np.argmax(share)), share.shape)
        if share[best] <= 0.005:
            break
        y, x = int(ys[best]), int(xs[best])
        box = (round(x / f), round(y / f), round((x + side) / f), round((y + side) / f))
        squares.append(gray.resize((TRIAL_SIDE, TRIAL_SIDE), Image.Resampling.BILINEAR,
                                   box=box))
        share[(np.abs(ys - y) < side) & (np.abs(xs - x) < side)] = 0.0
    return squares


def ink_share(page: Image.Image) -> float:
    """Share of an evenly lit page's pixels (its very edge left out) that are ink."""
    ink = _ink(_small(page))
    return float(ink.mean()) if ink.size else 0.0


def _small(page: Image.Image) -> Image.Image:
    gray = page.convert("L") if page.mode != "L" else page
    scale = min(1.0, WORK_HEIGHT / max(gray.size))
    if scale < 1.0:
        gray = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))),
                           Image.Resampling.BOX)
    return gray


def _ink(gray: Image.Image) -> np.ndarray:
    a = np.asarray(gray)
    h, w = a.shape
    m = max(2, int(0.03 * min(h, w)))  # the page's very edge: shadows, table, punch holes
    ink = np.zeros(a.shape, dtype=bool)
    ink[m:h - m, m:w - m] = a[m:h - m, m:w - m] < INK
    return ink


def _tilt(ink: np.ndarray, most: float = MAX_TILT) -> float:
    """Clockwise degrees that level the lines of ``ink`` (running along its rows): the
    angle at which the ink, projected across the lines, falls into the sharpest rows.
    Within ``most`` degrees; 0 when there is too little ink to tell."""
    ys, xs = np.nonzero(ink)
    if xs.size < 500:
        return 0.0
    if xs.size > 60000:
        pick = np.random.default_rng(0).choice(xs.size, 60000, replace=False)
        xs, ys = xs[pick], ys[pick]
    xs = xs.astype(np.float64) - ink.shape[1] / 2
    ys = ys.astype(np.float64)

    def sharpness(degrees: float) -> float:
        a = np.radians(degrees)
        # Height of each ink pixel once the page is turned ``degrees`` clockwise.
        rows = np.rint(ys * np.cos(a) + xs * np.sin(a)).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float((counts.astype(np.float64) ** 2).sum())

    best = max(np.arange(-most, most + 0.01, 0.5), key=sharpness)
    fine = max(np.arange(best - 0.5, best + 0.51, 0.1), key=sharpness)
    return round(float(fine), 2)


def _gaps(ink: np.ndarray, strips: int = 4) -> float:
    """Share of empty rows between the first and last inked row, in each of a few
    side-by-side strips (the columns of a page need not line up), weighted by ink. Lines
    of text leave a gap below each line; across the lines there is hardly any."""
    h, w = ink.shape
    total = weight = 0.0
    for s in range(strips):
        part = ink[:, s * w // strips:(s + 1) * w // strips]
        rows = part.sum(axis=1)
        inked = np.nonzero(rows)[0]
        if inked.size < 10:
            continue
        span = rows[inked[0]:inked[-1] + 1]
        empty = float((span <= max(1, 0.005 * part.shape[1])).mean())
        mass = float(rows.sum())
        total += empty * mass
        weight += mass
    return total / weight if weight else 0.0


def _runs_along_rows(ink: np.ndarray) -> bool | None:
    """Whether the ink's bands are lines running along the rows (True) or along the
    columns (False), by their shape: a line of text is at least ``LONG_LINE`` times as
    long as it is high, a letter or a short word at most ``SHORT_BAND`` times. None when
    the shape does not tell (a page of many lines makes no bands across them)."""
    along, across = _band_length(ink), _band_length(ink.T)
    if along is not None and along >= LONG_LINE and (across is None or across <= SHORT_BAND):
        return True
    if across is not None and across >= LONG_LINE and (along is None or along <= SHORT_BAND):
        return False
    return None


def _band_length(ink: np.ndarray, strips: int = 3) -> float | None:
    """The typical length of the ink's bands along the rows for their height (the
    ink-weighted median), counting bands of a text line's height; None without one.
    Side-by-side strips are looked at apart: a logo or a stamp beside a line does not
    hide it in one tall band."""
    w = ink.shape[1]
    shapes, weights = [], []
    for s in range(strips):
        part = ink[:, s * w // strips:(s + 1) * w // strips]
        profile = part.sum(axis=1)
        for top, bottom in _bands(profile):
            height = bottom - top
            if not 6 <= height <= 80:
                continue
            inked = np.nonzero(part[top:bottom].any(axis=0))[0]
            shapes.append((inked[-1] - inked[0] + 1) / height)
            weights.append(float(profile[top:bottom].sum()))
    if not shapes:
        return None
    order = np.argsort(shapes)
    mass = np.cumsum(np.asarray(weights)[order])
    return float(np.asarray(shapes)[order][np.searchsorted(mass, mass[-1] / 2)])


def _bands(profile: np.ndarray) -> list[tuple[int, int]]:
    """Runs of rows holding ink, separated by (nearly) empty rows: the text lines."""
    level = 0.02 * float(profile.max()) if profile.size else 0.0
    full = profile > max(level, 1.0)
    bands = []
    start = None
    for i, on in enumerate(full):
        if on and start is None:
            start = i
        elif not on and start is not None:
            bands.append((start, i))
            start = None
    if start is not None:
        bands.append((start, len(full)))
    return bands


def _which_way_up(ink: np.ndarray) -> tuple[float, int, int]:
    """(-1..+1, lines, measured): > 0 when the lines (running along the rows) read
    upright, < 0 when upside down — the ink above the middle band of each line against
    the ink below it; how many lines the answer rests on, and how many lines had a
    middle band (those in capitals only included, which do not vote)."""
    h, w = ink.shape
    rise = fall = 0.0
    lines = measured = 0
    strips = 3  # columns of a page are read apart: their lines need not line up
    for s in range(strips):
        profile = ink[:, s * w // strips:(s + 1) * w // strips].sum(axis=1)
        for top, bottom in _bands(profile):
            height = bottom - top
            if not 6 <= height <= 80:
                continue
            band = profile[top:bottom].astype(np.float64)
            if band.sum() < 3 * height:
                continue
            core = np.nonzero(band >= 0.5 * band.max())[0]
            c0, c1 = int(core[0]), int(core[-1]) + 1
            if c1 - c0 < 3:
                continue
            if max(c0, height - c1) > 0.8 * (c1 - c0):
                continue  # two lines run together, or a line and a rule: no middle band
            above, below = float(band[:c0].sum()), float(band[c1:].sum())
            measured += 1
            if c1 - c0 > 0.75 * height or max(above, below) < 0.05 * float(band[c0:c1].sum()):
                # Capitals and figures only (a receipt): the line is nearly all middle
                # band, and what hangs below it (commas, brackets) would vote wrong.
                continue
            rise += above
            fall += below
            lines += 1
    if lines == 0 or rise + fall <= 0:
        return 0.0, 0, measured
    return (rise - fall) / (rise + fall), lines, measured
