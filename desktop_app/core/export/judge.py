"""What a scanned page is made of, decided on its pixels: which parts are text and lines
(they go in as 1-bit at 300 dpi, crisp and small), which ink is coloured (a stamp, a
signature in blue, a red heading: painted in its colour), and what else is on the paper
that black and white would lose (a photograph, an ID card's portrait, a highlighter
stroke, a coloured band: kept in a picture behind the text). A page that is mostly a
picture, or whose writing is too faint for black and white, stays one picture.

All measures are relative to the paper around each pixel (``paper_level``), so uneven
light and tinted paper do not count as content. Thresholds were set on the public scans
and phone photos of ``bench/bench_compress.py``'s tuning sets and measured on held-out
ones (see that bench).

How the 1-bit layer is cut (``Look.ink``): a pixel is ink when it is darker than
``THRESHOLD`` of the paper around it. "The paper around it" is the brightest of a small
neighbourhood (a morphological closing about a twentieth of an inch wide: text strokes
vanish in it, a highlighter band or a grey box does not), except where that is darker
than half the paper further around (a black box, a bold stroke, a dark photo: that stays
ink). So text on a highlighter stroke or in a shaded field is cut against the shade, and
the shade itself goes to the background picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from PIL import Image, ImageFilter

ANALYSIS_DPI = 100  # the page is judged on a copy about this fine
CELL = 32  # pixels of the analysis copy: a third of an inch
PAPER = 0.86  # at or above: paper (relative to the paper around)
LOST = 0.16  # a cell whose 1-bit copy is this far off (0-1, mean) is a picture,
LOST_ON_SHADE = 0.06  # unless it is this close to the page seen against its shades
RIM_LOST = 0.08  # a cell around a picture this far off is part of the picture
RIM_DIRTY = 0.1  # a picture whose rim has more such cells grows, at most RIM_STEPS times
RIM_STEPS = 2
PICTURE_PAGE = 0.15  # a page with more picture cells than this is one picture,
PICTURE_CONFIRMED = 0.05  # and one with more than this and many in-between tones:
MID_CELL = 0.30  # a cell with more in-between tones than this
MID_PAGE = 0.16  # on more than this share of the page
INK = 0.55  # (in-between: from this share of the paper up to PAPER)
FAINT_INK = 0.70  # the darkest ink of a page lighter than this is too faint for 1-bit
THRESHOLD = 0.72  # 1-bit: darker than this share of the paper around it is ink,
LIGHT_MARKS = 0.5  # or, on a page where fewer of its marks than this are that dark
LIGHT_THRESHOLD = 0.80  # (pencil, a grey phone photo of a page), than this
DARKEST_PAPER = 0.5  # paper darker than this share of the page's paper is not paper
CLOSE = 5  # pixels of the analysis copy: the closing that finds a shade under text
SHADE = 0.5  # a shade lighter than this share of the paper is paper for the text on it
TINT = 0.10  # paper this much darker than the page's paper is content (a shade, a band)
SHADE_ERODE = 4  # a shade is at least 2 x this + 1 pixels (about a tenth of an inch) wide
TINT_SHARE = 0.003  # a page with this much tinted or coloured paper keeps a background
CHROMA = 60  # 0-255: a pixel this far from grey is coloured
COLOUR_SHARE = 0.02  # a picture page with this much coloured area is kept in colour
COLOURED_PAPER = 0.001  # a background with this much coloured paper is kept in colour
INK_CHROMA = 50  # coloured ink: at least this far from grey (0-255; ballpoint blue ~55-85)
INK_COLOUR = 60  # and a colour of ink, as a whole, at least this far
INK_CORE = 0.6  # ink for colour: darker than this share of the paper
SATURATION = 0.3  # coloured ink: chroma (0-1) at least this share of its darkness
MIX = 4  # pixels of the colour copy mixed to tell coloured ink from a coloured fringe
COLOUR_DPI = 150  # coloured ink is found on a copy about this fine
GROUP_PIXELS = 120  # pixels of that copy (~0.005 sq in) a colour of ink needs to count
MAX_GROUPS = 4
PURE = 0.3  # a colour of ink is at least this share of the ink around it
HUES = 12  # hue bins of coloured ink
HINT_PIXELS = 20  # fewer pixels of the analysis copy that could be coloured ink: none

Kind = Literal["picture", "text"]


@dataclass
class Look:
    """The judgement of one page (arrays at the page's own resolution)."""

    kind: Kind
    colour: bool = False  # the picture (whole page or background) is in colour
    ink: np.ndarray | None = None  # bool: the 1-bit layer
    inks: list[tuple[tuple[int, int, int], np.ndarray]] = field(default_factory=list)
    # ^ coloured ink: (its colour, where) - each a part of ``ink``
    background: Literal["none", "shade", "picture"] = "none"
    picture: np.ndarray | None = None  # bool, analysis cells: parts kept as a picture
    keep: np.ndarray | None = None  # bool, analysis copy: what the background shows


def paper_level(grey: np.ndarray, block: int) -> np.ndarray:
    """The brightness of the paper around each pixel: the brightest pixel of each
    ``block`` x ``block`` square (a third of an inch: the ink in it is gone), spread over
    the squares around it (about an inch and a half) and smoothed, then stretched back.
    Where that is darker than half the page's paper, there is no paper (a photograph, a
    black box of a redaction, a dark table): the page's own paper level stands in, so a
    large dark area stays dark."""
    h, w = grey.shape
    brightest = _reduce_max(grey, block)
    small = Image.fromarray(brightest).filter(ImageFilter.MaxFilter(5))
    small = small.filter(ImageFilter.GaussianBlur(1.5))
    back = np.asarray(small.resize((w, h), Image.Resampling.BILINEAR), dtype=np.float32)
    paper = float(np.percentile(brightest, 90))
    return np.maximum(back, max(24.0, paper * DARKEST_PAPER))


def judge(page: Image.Image, dpi: float) -> Look:
    """What ``page`` (mode "L" or "RGB", about ``dpi`` on the packet page) is made of."""
    grey_image = page.convert("L") if page.mode != "L" else page
    factor = max(1, round(dpi / ANALYSIS_DPI))
    small = grey_image.reduce(factor) if factor > 1 else grey_image
    grey = np.asarray(small)
    coarse = paper_level(grey, CELL)
    relative = np.minimum(grey.astype(np.float32) / coarse, 1.0)
    coloured, areas, inky = _coloured_areas(page, factor, relative)
    picture_colour = float(coloured.mean()) > COLOUR_SHARE
    ink_tones = relative[relative < PAPER]
    if ink_tones.size and float(np.percentile(ink_tones, 5)) > FAINT_INK:
        return Look("picture", colour=picture_colour)
    fine = _closing(_reduce_max(np.asarray(grey_image), factor), CLOSE)[:grey.shape[0],
                                                                       :grey.shape[1]]
    shade = np.where(fine >= coarse * SHADE, fine, coarse)
    full = np.asarray(grey_image)
    light = ink_tones.size and float((ink_tones < THRESHOLD).mean()) < LIGHT_MARKS
    threshold = LIGHT_THRESHOLD if light else THRESHOLD
    limit = np.clip(shade * threshold, 0, 255).astype(np.uint8)  # darker than this: ink
    ink = full < _stretch(limit, full.shape, factor)
    on_shade = np.minimum(grey.astype(np.float32) / np.maximum(shade, 1.0), 1.0)
    lost, lost_on_shade = _lost(ink, relative, on_shade, factor)
    cells = (lost > LOST) & (lost_on_shade > LOST_ON_SHADE)
    share = float(cells.mean()) if cells.size else 0.0
    if share > PICTURE_PAGE or (share > PICTURE_CONFIRMED and _mid_share(relative) > MID_PAGE):
        return Look("picture", colour=picture_colour)
    picture = _region(cells, (lost > RIM_LOST) & (lost_on_shade > LOST_ON_SHADE)) \
        if cells.any() else None
    if picture is not None:
        ink &= ~_stretch(picture, full.shape, CELL * factor)
    # a shade is wider than a stroke: what ``SHADE_ERODE`` erosions take away was the rim
    # of a letter the closing did not quite fill (kept, it would print a grey halo around
    # the text; on a page of bold type the halos alone were a background)
    tinted = (1 - shade / coarse) > TINT
    for _step in range(SHADE_ERODE):
        tinted = _erode(tinted)
    shaded = _dilate(_dilate(tinted, 2) | areas, 2)
    look = Look("text", ink=ink, picture=picture)
    if page.mode == "RGB" and inky >= HINT_PIXELS:  # else there is no coloured ink to find
        look.inks = _coloured_ink(page, dpi, ink)
    if picture is not None:
        look.background = "picture"
    elif float(shaded.mean()) > TINT_SHARE:
        look.background = "shade"
    if look.background != "none":
        keep = shaded
        if picture is not None:
            keep = keep | _stretch(picture, keep.shape, CELL)
        look.keep = keep
    look.colour = float(areas.mean()) > COLOURED_PAPER or (
        picture is not None and page.mode == "RGB" and _colourful(page, picture, factor))
    return look


def is_colourful(page: Image.Image) -> bool:
    """Whether an RGB picture has enough colour to be kept in colour."""
    small = page.reduce(max(1, min(page.size) // 400))
    return float((chroma(np.asarray(small, dtype=np.int16)) > CHROMA).mean()) > COLOUR_SHARE


def _mid_share(relative: np.ndarray) -> float:
    """The share of cells full of in-between tones (``MID_CELL``)."""
    h, w = relative.shape
    rows, cols = h // CELL, w // CELL
    if not rows or not cols:
        return 0.0
    cells = relative[: rows * CELL, : cols * CELL].reshape(rows, CELL, cols, CELL)
    mid = ((cells >= INK) & (cells < PAPER)).mean(axis=(1, 3))
    return float((mid > MID_CELL).mean())


def _lost(ink: np.ndarray, relative: np.ndarray, on_shade: np.ndarray,
          factor: int) -> tuple[np.ndarray, np.ndarray]:
    """Per cell: how far the 1-bit layer, seen at the analysis resolution, is from the
    page (0-1, mean), and from the page seen against its shades. A photograph or a shaded
    drawing is far from both; text is close to both, however blurred (a blurred stroke and
    its sharp 1-bit copy hold the same amount of ink); a flat shade under text (a
    highlighter stroke, a tinted row) is close to the second, and the background keeps
    the shade."""
    h, w = relative.shape
    rows, cols = h // CELL, w // CELL
    if not rows or not cols:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=np.float32)
    paper = _reduce_mean(~ink, factor)[:h, :w]

    def off(against: np.ndarray) -> np.ndarray:
        gap = np.abs(paper - against)[: rows * CELL, : cols * CELL]
        return block_reduce(gap, CELL, "sum") / CELL ** 2

    return off(relative), off(on_shade)


def _region(cells: np.ndarray, dirty: np.ndarray) -> np.ndarray | None:
    """The cells kept as a picture: ``cells`` grown until what surrounds them is clean
    paper and text (then the picture has an edge the eye accepts); None when it never is
    within ``RIM_STEPS`` (a picture whose edge would show as blocks: it stays in the
    1-bit layer, as a page with too little picture to keep it as one)."""
    region = cells
    for _step in range(RIM_STEPS):
        grown = _grow(region)
        rim = grown & ~region
        if not rim.any() or float(dirty[rim].mean()) <= RIM_DIRTY:
            return grown
        region = grown
    return None


def _grow(cells: np.ndarray) -> np.ndarray:
    """``cells`` and the cells around them (a picture's rim is a picture too)."""
    grown = cells.copy()
    grown[1:, :] |= cells[:-1, :]
    grown[:-1, :] |= cells[1:, :]
    wide = grown.copy()
    wide[:, 1:] |= grown[:, :-1]
    wide[:, :-1] |= grown[:, 1:]
    return wide


def _coloured_areas(page: Image.Image, factor: int, relative: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray, int]:
    """Coloured pixels of the analysis copy, coloured areas (a band, a logo's fill, a
    photo): coloured pixels whose neighbours are coloured too (the coloured fringe a
    camera or a scanner leaves along black text is one pixel wide and goes), and how
    many pixels could be coloured ink (loosely: half its colour, a little lighter)."""
    if page.mode != "RGB":
        none = np.zeros(relative.shape, dtype=bool)
        return none, none, 0
    small = page.reduce(factor) if factor > 1 else page
    rgb = np.asarray(small, dtype=np.int16)[: relative.shape[0], : relative.shape[1]]
    far = chroma(rgb)
    inky = int(((far > INK_CHROMA // 2) & (relative < INK_CORE + 0.2)).sum())
    coloured = far > CHROMA
    return coloured, _erode(coloured), inky


def _colourful(page: Image.Image, picture: np.ndarray, factor: int) -> bool:
    """Whether the parts kept as a picture have colour."""
    small = page.reduce(factor * CELL)
    rgb = np.asarray(small, dtype=np.int16)[: picture.shape[0], : picture.shape[1]]
    far = chroma(rgb)
    return bool((far[picture] > CHROMA // 2).mean() > COLOUR_SHARE) if picture.any() \
        else False


def _coloured_ink(page: Image.Image, dpi: float, ink: np.ndarray
                  ) -> list[tuple[tuple[int, int, int], np.ndarray]]:
    """The coloured inks of a text page, each with its colour and its part of ``ink``.
    Found on a copy about ``COLOUR_DPI`` fine: ink pixels (darker than ``INK_CORE`` of the
    paper) far from grey, kept where they form 2 x 2 blocks and where the ink still has
    its colour on a copy half as fine (the red and blue fringes a scanner, a camera or a
    screen's font smoothing leaves along black strokes mix back to black there), grouped
    by hue; a group smaller than ``GROUP_PIXELS`` is not a colour."""
    factor = max(1, round(dpi / COLOUR_DPI))
    small = page.reduce(factor) if factor > 1 else page
    rgb = np.asarray(small, dtype=np.int16)
    grey = np.asarray(small.convert("L"))
    relative = grey.astype(np.float32) / paper_level(grey, max(8, round(dpi / factor / 3)))
    far = chroma(rgb)
    inked = _reduce_max(ink.astype(np.uint8), factor)[: rgb.shape[0], : rgb.shape[1]] > 0
    candidate = (relative < INK_CORE) & (far > INK_CHROMA) & _keeps_colour(rgb, relative)
    candidate &= inked  # not the colours of a photograph kept behind the text
    core = candidate.copy()
    core[:-1, :] &= candidate[1:, :]
    core[:, :-1] &= core[:, 1:].copy()
    if int(core.sum()) < GROUP_PIXELS:
        return []
    hue = _hue_bins(rgb)
    counts = np.bincount(hue[core], minlength=HUES)
    kept = [int(b) for b in np.argsort(counts)[::-1][:MAX_GROUPS] if counts[b] >= GROUP_PIXELS]
    found = []
    for b in kept:
        seed = core & (hue == b)
        near = _dilate(seed, 2) & (relative < PAPER) & (far > INK_CHROMA // 2)
        near = _dilate(near, 1)
        colour = tuple(int(v) for v in np.median(rgb[seed], axis=0))
        if max(colour) - min(colour) < INK_COLOUR:  # a tint of black ink, not a colour
            continue
        around = _dilate(seed, 3) & (relative < INK_CORE)
        if seed.sum() < PURE * around.sum():  # patches of a tint among black ink
            continue
        where = _stretch(near, ink.shape, factor) & ink
        if where.any():
            found.append(((colour[0], colour[1], colour[2]), where))
    return found


def _keeps_colour(rgb: np.ndarray, relative: np.ndarray) -> np.ndarray:
    """Where the ink, seen ``MIX`` times as coarse, is still as colourful for its darkness
    as ``SATURATION`` says (per pixel of the finer copy). Mixing ink with paper keeps that
    ratio; mixing a red fringe with the blue one on the other side of a stroke does not."""
    h, w = relative.shape
    rows, cols = -(-h // MIX), -(-w // MIX)
    pad = ((0, rows * MIX - h), (0, cols * MIX - w))
    blocks = block_reduce(np.pad(rgb, (*pad, (0, 0)), mode="edge"), MIX, "sum") / MIX ** 2
    far = chroma(blocks)
    light = block_reduce(np.pad(relative, pad, mode="edge"), MIX, "sum") / MIX ** 2
    dark = 1 - light
    keeps = (far / 255) > SATURATION * np.maximum(dark, 0.15)
    return _stretch(keeps, (h, w), MIX)


def chroma(rgb: np.ndarray) -> np.ndarray:
    """How far each pixel of an RGB array is from grey: its largest channel minus its
    smallest (elementwise: numpy's max over a last axis of 3 is many times slower)."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)


def _hue_bins(rgb: np.ndarray) -> np.ndarray:
    r, g, b = (rgb[..., i].astype(np.float32) for i in range(3))
    hue = np.degrees(np.arctan2(np.sqrt(3) * (g - b), 2 * r - g - b)) % 360
    return (hue * HUES / 360).astype(np.intp) % HUES


# --- array helpers ---------------------------------------------------------------------


def block_reduce(a: np.ndarray, block: int, how: Literal["max", "sum"]) -> np.ndarray:
    """The maximum or the sum of each ``block`` x ``block`` square of ``a`` (2-D, or 3-D
    with channels); squares at the edges are filled out with the last row and column
    (max) or with zeros (sum). Done as ``block`` strided steps each way, many times
    quicker than numpy's reduction over the axes of a reshaped array."""
    h, w = a.shape[0], a.shape[1]
    rows, cols = -(-h // block), -(-w // block)
    pad = [(0, rows * block - h), (0, cols * block - w)] + [(0, 0)] * (a.ndim - 2)
    if how == "max":
        padded = np.pad(a, pad, mode="edge")
        out = padded[0::block].copy()
        for i in range(1, block):
            np.maximum(out, padded[i::block], out=out)
        acc = out[:, 0::block].copy()
        for i in range(1, block):
            np.maximum(acc, out[:, i::block], out=acc)
        return acc
    padded = np.pad(a, pad, mode="constant")
    kind = np.float32 if padded.dtype.kind == "f" else np.int32
    total = padded[0::block].astype(kind)
    for i in range(1, block):
        np.add(total, padded[i::block], out=total)
    summed = total[:, 0::block].copy()
    for i in range(1, block):
        np.add(summed, total[:, i::block], out=summed)
    return summed


def _reduce_max(grey: np.ndarray, block: int) -> np.ndarray:
    return block_reduce(grey, block, "max")


def _reduce_mean(mask: np.ndarray, block: int) -> np.ndarray:
    """The share of ``mask`` in each ``block`` x ``block`` square."""
    return block_reduce(mask.astype(np.uint8), block, "sum").astype(np.float32) / block ** 2


def _shifted(a: np.ndarray, size: int, pick: np.ufunc) -> np.ndarray:
    """``pick`` (maximum or minimum) over a ``size`` x ``size`` square around each pixel
    (the edge repeated beyond the border)."""
    r = size // 2
    h, w = a.shape
    out = a
    for axis in (0, 1):
        padded = np.pad(out, ((r, r), (0, 0)) if axis == 0 else ((0, 0), (r, r)),
                        mode="edge")
        out = padded[:h, :w].copy() if axis == 0 else padded[:, :w].copy()
        for d in range(1, 2 * r + 1):
            pick(out, padded[d:d + h, :] if axis == 0 else padded[:, d:d + w], out=out)
    return out


def _closing(grey: np.ndarray, size: int) -> np.ndarray:
    return _shifted(_shifted(grey, size, np.maximum), size, np.minimum).astype(np.float32)


def _erode(mask: np.ndarray) -> np.ndarray:
    return _shifted(mask.astype(np.uint8), 3, np.minimum).astype(bool)


def _dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    return _shifted(mask.astype(np.uint8), 2 * radius + 1, np.maximum).astype(bool)


def _stretch(a: np.ndarray, shape: tuple[int, ...], factor: int) -> np.ndarray:
    """``a`` repeated ``factor`` times each way, cut or filled out to ``shape``."""
    h, w = shape[0], shape[1]
    big = np.repeat(np.repeat(a, factor, axis=0), factor, axis=1)[:h, :w]
    if big.shape != (h, w):
        big = np.pad(big, ((0, h - big.shape[0]), (0, w - big.shape[1])), mode="edge")
    return big
