"""Straighten a photographed page: a true perspective warp to a rectangle at about 300
dpi for its real size, then even lighting.

Size: a rectangle seen in perspective keeps its proportions in the geometry of its four
corners; with the camera's focal length unknown but its centre at the photo's centre,
Zhang and He ("Whiteboard scanning and image enhancement", 2007) recover the true
width-to-height ratio from the corners alone. A ratio within a few per cent of Letter,
A4 or Legal is taken as that paper, whose size in inches then gives the dpi; anything
else (a receipt, a card) keeps its own ratio and no stated size. The page is never
drawn at more pixels than the photo had for it (upsampling adds nothing to read, and
costs reading time), nor at more than ``MAX_DPI``.

Light: the paper's own colour is estimated on a coarse grid (the lightest tenth of each
cell, where the paper shows between the ink), cells that hold no paper (a photograph,
a black bar) take their neighbours' value, and the page is divided by that smooth
field: shadows and the yellow of lamplight go, ink keeps its colour. A page with no
colour worth keeping (no stamp, letterhead, photo or coloured ink) is made grey.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from desktop_app.core.capture.geometry import Quad, as_quad, perspective_coeffs

MAX_DPI = 300
# Paper sizes, width x height in inches, portrait.
PAPERS = {"letter": (8.5, 11.0), "a4": (8.27, 11.69), "legal": (8.5, 14.0)}
SNAP = 0.035  # a measured ratio this close (relative) to a paper's is that paper


@dataclass(frozen=True)
class Size:
    width: int  # pixels of the straightened page
    height: int
    dpi: float | None  # None: the paper's real size is unknown
    paper: str | None  # "letter", "a4", "legal" or None


def _length(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def true_ratio(quad: Quad, image_size: tuple[int, int]) -> float:
    """Width / height of the rectangle that ``quad`` shows in perspective (Zhang-He);
    the ratio of the mean side lengths where the formula has no answer (a page seen
    straight from above, where both agree)."""
    (x1, y1), (x2, y2), (x4, y4), (x3, y3) = quad  # Zhang-He number the corners TL TR BL BR
    sides = (_length(quad[0], quad[1]) + _length(quad[3], quad[2])) / 2
    upright = (_length(quad[0], quad[3]) + _length(quad[1], quad[2])) / 2
    simple = sides / max(upright, 1e-6)
    u0, v0 = image_size[0] / 2, image_size[1] / 2
    m1, m2 = np.array([x1, y1, 1.0]), np.array([x2, y2, 1.0])
    m3, m4 = np.array([x3, y3, 1.0]), np.array([x4, y4, 1.0])
    try:
        k2 = np.dot(np.cross(m1, m4), m3) / np.dot(np.cross(m2, m4), m3)
        k3 = np.dot(np.cross(m1, m4), m2) / np.dot(np.cross(m3, m4), m2)
    except (ZeroDivisionError, FloatingPointError):
        return simple
    n2 = k2 * m2 - m1
    n3 = k3 * m3 - m1
    if abs(n2[2]) < 1e-6 or abs(n3[2]) < 1e-6:
        return simple  # seen straight on: no vanishing point, the sides tell the ratio
    f2 = -((n2[0] * n3[0] - (n2[0] * n3[2] + n2[2] * n3[0]) * u0 + n2[2] * n3[2] * u0 * u0)
           + (n2[1] * n3[1] - (n2[1] * n3[2] + n2[2] * n3[1]) * v0
              + n2[2] * n3[2] * v0 * v0)) / (n2[2] * n3[2])
    if not math.isfinite(f2) or f2 <= 0:
        return simple
    f = math.sqrt(f2)
    inv = np.array([[1 / f, 0, -u0 / f], [0, 1 / f, -v0 / f], [0, 0, 1.0]])
    a2, a3 = inv @ n2, inv @ n3
    ratio = math.sqrt(float(a2 @ a2) / float(a3 @ a3))
    if not math.isfinite(ratio) or not 0.2 < ratio / simple < 5:
        return simple
    return ratio


def page_size(quad: Quad, image_size: tuple[int, int]) -> Size:
    """The size to draw the page of ``quad`` at (see the module's note)."""
    ratio = true_ratio(quad, image_size)  # width / height
    # Pixels the photo has across and down the page, at its widest.
    across = max(_length(quad[0], quad[1]), _length(quad[3], quad[2]))
    down = max(_length(quad[0], quad[3]), _length(quad[1], quad[2]))
    paper = None
    for name, (w_in, h_in) in PAPERS.items():
        for pw, ph in ((w_in, h_in), (h_in, w_in)):  # portrait or landscape
            if abs(ratio / (pw / ph) - 1) <= SNAP:
                paper, ratio, inches = name, pw / ph, (pw, ph)
                break
        if paper:
            break
    # As many pixels as the photo had in its denser direction, no more.
    height = max(down, across / ratio)
    width = height * ratio
    dpi = None
    if paper is not None:
        dpi = min(float(MAX_DPI), height / inches[1])
        width, height = inches[0] * dpi, inches[1] * dpi
    else:
        longest = max(width, height)
        cap = MAX_DPI * 14.0  # no page of this app is longer than legal paper
        if longest > cap:
            width, height = width * cap / longest, height * cap / longest
    return Size(max(1, round(width)), max(1, round(height)), dpi, paper)


INSET = 0.003  # of the page's size: its very edge (shadow, a sliver of table) is left out


def warp(image: Image.Image, quad: Quad, size: Size) -> Image.Image:
    """The page of ``quad`` drawn upright as a ``size`` rectangle (its top-left corner is
    ``quad[0]``), less a hair's breadth at its edges."""
    cx = sum(p[0] for p in quad) / 4
    cy = sum(p[1] for p in quad) / 4
    quad = as_quad([(x + INSET * 2 * (cx - x), y + INSET * 2 * (cy - y)) for x, y in quad])
    coeffs = perspective_coeffs(quad, size.width, size.height)
    rgb = image if image.mode in ("RGB", "L") else image.convert("RGB")
    page = rgb.transform((size.width, size.height), Image.Transform.PERSPECTIVE, coeffs,
                         resample=Image.Resampling.BILINEAR, fillcolor="white")
    if size.dpi:
        page.info["dpi"] = (size.dpi, size.dpi)
    return page


# --- light ---------------------------------------------------------------------------------

GRID = 40  # cells across the longer side of the page for the paper's colour


def even_light(page: Image.Image, colour: bool | None = None) -> Image.Image:
    """``page`` with the paper made evenly white (see the module's note), in colour when
    ``colour`` (None: when the page has colour worth keeping), else grey; the dpi it
    states is kept. Grey pages are lit in one band, not three."""
    dpi = page.info.get("dpi")
    if colour is None:
        colour = has_colour(flatten(_half(in_mode(page, "RGB"))))
    result = flatten(in_mode(page, "RGB" if colour else "L"))
    if dpi:
        result.info["dpi"] = dpi
    return result


def in_mode(image: Image.Image, mode: str) -> Image.Image:
    """``image`` in ``mode``: itself when it is in it already (Pillow's ``convert``
    copies it then: a photo's 36 MB), else converted."""
    return image if image.mode == mode else image.convert(mode)


def _half(image: Image.Image) -> Image.Image:
    return image.reduce(2) if min(image.size) >= 64 else image


def _levels() -> np.ndarray:
    """The cleaned level of a pixel at ``paper * 256 + px`` (paper: the paper's level
    there): divided by the paper, then a touch of contrast at the dark end (grey photo
    ink becomes black text again), ``(px * 255 / paper - 20) * 255 / 235``. Both levels
    are bytes, so a table of 256 x 256 answers every pixel of a page with one look-up,
    instead of several passes over it in floating point (the same bytes, in a fifth of
    the time)."""
    gain = np.maximum(np.arange(256, dtype=np.float32), 1.0)[:, None]
    np.divide(255.0 * 255.0 / 235.0, gain, out=gain)
    px = np.arange(256, dtype=np.float32)[None, :] * gain
    px -= 20.0 * 255.0 / 235.0
    np.clip(px, 0, 255, out=px)
    return px.astype(np.uint8).ravel()


_LEVELS = _levels()
BAND = 32  # rows of a page flattened at a time


def flatten(page: Image.Image) -> Image.Image:
    """``page`` (L or RGB) divided by its paper's colour: the paper white, ink as dark as
    it is against it."""
    paper = _paper_field(page)
    pixels = np.asarray(page)
    out = np.empty_like(pixels)
    # A band of rows at a time: its look-up indexes stay in the processor's cache (the
    # same bytes as the whole page at once, in half the time).
    for top in range(0, pixels.shape[0], BAND):
        index = np.left_shift(paper[top:top + BAND], 8, dtype=np.uint16)
        index |= pixels[top:top + BAND]
        np.take(_LEVELS, index, out=out[top:top + BAND])
    return Image.fromarray(out, page.mode)


def _paper_field(page: Image.Image) -> np.ndarray:
    """The paper's colour at every pixel of ``page`` (L or RGB), as a smooth field of
    bytes of the same shape as its pixels."""
    w, h = page.size
    bands = len(page.getbands())
    cell = max(4, math.ceil(max(w, h) / GRID))
    gw, gh = max(1, w // cell), max(1, h // cell)
    # Work on a copy a quarter the size: cells of that many pixels are plenty.
    step = 4 if cell >= 16 else 1
    small = page.resize((max(1, w // step), max(1, h // step)), Image.Resampling.BOX)
    sc = cell // step
    px = np.asarray(small, dtype=np.float32).reshape(small.height, small.width, bands)
    px = px[: gh * sc, : gw * sc]
    if px.shape[0] < sc or px.shape[1] < sc:
        pixels = np.asarray(page)
        top = pixels.reshape(h, w, bands).max(axis=(0, 1))
        return np.broadcast_to(top, (h, w, bands)).reshape(pixels.shape)
    blocks = px.reshape(gh, sc, gw, sc, bands).transpose(0, 2, 1, 3, 4).reshape(
        gh, gw, -1, bands)
    light = (blocks @ np.array([0.299, 0.587, 0.114], dtype=np.float32) if bands == 3
             else blocks[..., 0])
    level = np.percentile(light, 90, axis=2)
    chosen = light >= level[..., None]
    colour = (blocks * chosen[..., None]).sum(axis=2) / np.maximum(chosen.sum(axis=2), 1)[
        ..., None]
    grid = np.clip(_fill_gaps(colour, level), 0, 255).astype(np.uint8)
    field = Image.fromarray(grid if bands == 3 else grid[..., 0], page.mode)
    field = field.filter(ImageFilter.BoxBlur(1)).resize((w, h), Image.Resampling.BILINEAR)
    return np.asarray(field)


def _fill_gaps(colour: np.ndarray, level: np.ndarray) -> np.ndarray:
    """Cells much darker than their neighbourhood hold no paper (a photograph, a black
    bar): they take the neighbourhood's value instead."""
    gh, gw = level.shape
    k = 3
    padded = np.pad(level, k, mode="edge")
    windows = np.stack([padded[dy:dy + gh, dx:dx + gw]
                        for dy in range(2 * k + 1) for dx in range(2 * k + 1)])
    around = np.percentile(windows, 75, axis=0)
    dark = level < 0.55 * around  # a shadow dims paper gently; a photo or a bar is dark
    if not dark.any():
        return colour
    out = colour.copy()
    pc = np.pad(colour, ((k, k), (k, k), (0, 0)), mode="edge")
    pd = np.pad(dark, k, mode="constant", constant_values=True)
    total = np.zeros_like(colour)
    count = np.zeros((gh, gw, 1), dtype=np.float32)
    for dy in range(2 * k + 1):
        for dx in range(2 * k + 1):
            ok = ~pd[dy:dy + gh, dx:dx + gw]
            total += pc[dy:dy + gh, dx:dx + gw] * ok[..., None]
            count += ok[..., None]
    filled = total / np.maximum(count, 1)
    out[dark] = np.where(count[dark] > 0, filled[dark], colour[dark])
    return out


def has_colour(page: Image.Image) -> bool:
    """True when something on the page (evenly lit, about 150 dpi) is plainly coloured:
    a stamp, a letterhead, a photograph, coloured ink — more than the coloured fringes
    a phone camera puts round black letters (a pixel wide: a 2 x 2 erosion takes them)."""
    if page.mode != "RGB":
        return False
    r, g, b = (np.asarray(band, dtype=np.int16) for band in page.split())
    chroma = np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)
    kept = np.minimum(np.minimum(chroma[:-1, :-1], chroma[1:, :-1]),
                      np.minimum(chroma[:-1, 1:], chroma[1:, 1:]))
    # A signature in blue ink covers a few ten-thousandths of a letter page.
    return float((kept > 45).mean()) > 0.0002
