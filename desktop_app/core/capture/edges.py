"""Edges and the straight lines through them, on the small copy the page finder works on.

Edges: the gradient of the brightness and of the colourfulness (white paper on a light
wooden table differs more in colour than in brightness), thinned to one pixel. Lines: a
Hough transform in which each edge pixel votes only for lines across its own gradient,
so text and wood grain add little; the strongest few dozen lines are kept, a few from
every direction first, plus the four borders of the photo (for a page cut off by the
frame). On a plain surface a second vote, by sharp edges standing alone, adds the faint
sides of white paper on a white desk. See ``pagefind``.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

MAX_LINES = 56
MIN_STEP = 3.0  # grey levels: the smallest step across a line that counts as an edge
SMOOTH = 20.0  # ``Field.step_level`` of a plain surface (a desk, not cloth or carpet)
LONE_LINES = 12  # lines added by the vote of sharp, lone edges
QUOTA_FLOOR = 0.1  # share of the strongest line's votes a line needs to be kept for its direction
ORIENT_REACH = 2  # pixels round an edge pixel its direction is taken from
CROWD_REACH = 4  # pixels round an edge pixel where other edges are counted
LONE, CROWDED = 0.2, 0.4  # share of edge pixels round a lone edge, and round print
SOFT_BLUR = 4.0  # pixels: the blur an edge's sharpness is measured against
SOFT_RATIO, SHARP_RATIO = 1.2, 2.0  # gradient before / after that blur: soft, sharp

def light_and_colour(rgb: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    r, g, b = (np.asarray(band) for band in rgb.split())
    # Per-band maximum and minimum: far quicker than reducing along a last axis of three,
    # and in bytes quicker than in floating point (the same values).
    colour = (np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)).astype(
        np.float32)
    light = 0.299 * r.astype(np.float32) + 0.587 * g.astype(np.float32) \
        + 0.114 * b.astype(np.float32)
    return light, colour


@dataclass
class Field:
    """Gradients of a small copy, the thinned edge pixels, and what is light there."""

    gx: np.ndarray
    gy: np.ndarray
    mag: np.ndarray
    edges: np.ndarray  # bool, thinned
    noise: float  # typical gradient of texture and text
    light: np.ndarray
    colour: np.ndarray
    rgb: np.ndarray
    step_level: float  # a step across a line at least this large is an edge
    bright: float  # the light level of the photo's lightest parts
    sharp: np.ndarray  # 0..1: how sharp the edge is (a paper's edge, not a soft shadow's)

    @functools.cached_property
    def orientation(self) -> np.ndarray:
        """Degrees 0..180 per pixel: the direction across the edge (``_orientation``)."""
        return _orientation(self)

    @property
    def plain(self) -> bool:
        """A plain surface (a desk, not cloth or carpet), where a cast shadow's soft edge
        may stand out more than the paper's own."""
        return self.step_level <= SMOOTH

    @property
    def height(self) -> int:
        return int(self.mag.shape[0])

    @property
    def width(self) -> int:
        return int(self.mag.shape[1])

    @classmethod
    def of(cls, rgb: Image.Image, *, soft_edges: bool = False) -> Field:
        """The field of ``rgb``; ``soft_edges``: a map whose edges are all soft by
        making (the paper map), where softness says nothing about shadows."""
        soft = rgb.filter(ImageFilter.GaussianBlur(1.6))
        light, colour = light_and_colour(soft)
        lx, ly = _sobel(light)
        cx, cy = _sobel(colour * 1.5)
        use_colour = (cx * cx + cy * cy) > (lx * lx + ly * ly)
        gx = np.where(use_colour, cx, lx)
        gy = np.where(use_colour, cy, ly)
        mag = np.hypot(gx, gy)
        noise = float(np.percentile(mag[::3, ::3], 60)) + 0.5
        edges = _thin(gx, gy, mag) & (mag > max(1.5, 1.5 * noise))
        colour = colour * 1.5
        texture = max(float(np.median(np.abs(light[::3, 8:] - light[::3, :-8]))),
                      float(np.median(np.abs(colour[::3, 8:] - colour[::3, :-8]))))
        return cls(gx, gy, mag, edges, noise, light, colour,
                   np.asarray(soft, dtype=np.float32), max(MIN_STEP, 3.0 * texture),
                   float(np.percentile(light[::3, ::3], 97)),
                   _sharpness(rgb, mag) if not soft_edges and 3.0 * texture <= SMOOTH
                   else np.ones_like(mag))


def _sharpness(rgb: Image.Image, mag: np.ndarray) -> np.ndarray:
    """0..1 per pixel: how much the gradient weakens when the picture is blurred more.
    A sharp step (a paper's edge) spreads out and weakens; a soft ramp (the edge of a
    cast shadow, light falling off across a desk) hardly changes."""
    light, colour = light_and_colour(rgb.filter(ImageFilter.GaussianBlur(SOFT_BLUR)))
    lx, ly = _sobel(light)
    cx, cy = _sobel(colour * 1.5)
    coarse = np.maximum(np.hypot(lx, ly), np.hypot(cx, cy))
    ratio = mag / np.maximum(coarse, 0.25)
    return np.clip((ratio - SOFT_RATIO) / (SHARP_RATIO - SOFT_RATIO), 0.0, 1.0)


def _sobel(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    p = np.pad(a, 1, mode="edge")
    gx = ((p[:-2, 2:] + 2 * p[1:-1, 2:] + p[2:, 2:])
          - (p[:-2, :-2] + 2 * p[1:-1, :-2] + p[2:, :-2])) / 8
    gy = ((p[2:, :-2] + 2 * p[2:, 1:-1] + p[2:, 2:])
          - (p[:-2, :-2] + 2 * p[:-2, 1:-1] + p[:-2, 2:])) / 8
    return gx, gy


def _thin(gx: np.ndarray, gy: np.ndarray, mag: np.ndarray) -> np.ndarray:
    """Non-maximum suppression: keep a pixel only where its gradient peaks across the edge."""
    angle = (np.degrees(np.arctan2(gy, gx)) + 180.0) % 180.0
    sector = (((angle + 22.5) // 45).astype(np.int8)) % 4
    p = np.pad(mag, 1)
    c = p[1:-1, 1:-1]
    pairs = (
        (p[1:-1, :-2], p[1:-1, 2:]),  # gradient along x: left and right
        (p[:-2, :-2], p[2:, 2:]),  # along the diagonal
        (p[:-2, 1:-1], p[2:, 1:-1]),  # along y
        (p[:-2, 2:], p[2:, :-2]),  # along the other diagonal
    )
    keep = np.zeros(mag.shape, dtype=bool)
    for s, (a, b) in enumerate(pairs):
        keep |= (sector == s) & (c >= a) & (c >= b)
    return keep


def strongest_lines(field: Field, count: int = MAX_LINES) -> np.ndarray:
    """Rows of (theta, rho, border): lines x cos(theta) + y sin(theta) = rho, strongest
    first, then the photo's four borders. Angles in steps of half a degree: a side a
    degree off is three pixels off at the ends of a page on the small copy.

    Two votes: every edge pixel by its strength, and then only sharp, lone edges (a
    page's side runs between plain paper and the surface, while print crowds edges
    together and a cast shadow's edge is soft) along their neighbours' direction. The
    second adds the few faint sides the first misses: white paper on a white desk."""
    ys, xs = np.nonzero(field.edges)
    found: list[tuple[float, float, float]] = []
    if xs.size:
        diag = int(math.hypot(field.width, field.height)) + 2
        angle = np.degrees(np.arctan2(field.gy[ys, xs], field.gx[ys, xs])) % 180.0
        strong = _hough((ys, xs), np.sqrt(field.mag[ys, xs]), angle, diag)
        chosen = _pick(strong, diag, count, 0.0, np.zeros(strong.shape, dtype=bool))
        blocked = np.zeros(strong.shape, dtype=bool)
        for th, r in chosen:
            _take(blocked, th, r, diag)
        if field.plain:
            crowd = _box(field.edges.astype(np.float32), CROWD_REACH)[ys, xs]
            alone = np.clip((CROWDED - crowd) / (CROWDED - LONE), 0.2, 1.0)
            lone = _hough((ys, xs), np.sqrt(field.mag[ys, xs]) * field.sharp[ys, xs] * alone,
                          field.orientation[ys, xs], diag)
            chosen += _pick(lone, diag, LONE_LINES, QUOTA_FLOOR, blocked)
        found = [(math.radians(th / 2), float(r - diag), 0.0) for th, r in chosen]
    w, h = field.width - 1, field.height - 1
    found += [(math.pi / 2, 0.0, 1.0), (0.0, float(w), 1.0), (math.pi / 2, float(h), 1.0),
              (0.0, 0.0, 1.0)]
    return np.array(found, dtype=np.float64)


_COS = np.cos(np.radians(np.arange(360) / 2))  # of each half degree of the grid
_SIN = np.sin(np.radians(np.arange(360) / 2))


def _hough(points: tuple[np.ndarray, np.ndarray], weight: np.ndarray, angle: np.ndarray,
           diag: int) -> np.ndarray:
    """Votes (half-degree, pixel): each point votes for the lines within three degrees
    of across its own ``angle`` (degrees 0..180), by its ``weight``."""
    ys, xs = points
    bins, n_rho = 2 * 180, 2 * diag + 1
    base = np.rint(angle * 2).astype(np.int64)
    # Each point's thirteen votes counted in one pass (one count per direction, each
    # the size of the whole grid, took four times as long).
    th = (base[None, :] + np.arange(-6, 7)[:, None]) % bins
    rho = np.rint(xs * _COS[th] + ys * _SIN[th]).astype(np.int64) + diag
    shares = 1.0 - np.abs(np.arange(-6, 7)) / 10
    acc = np.bincount((th * n_rho + rho).ravel(), weights=(shares[:, None] * weight).ravel(),
                      minlength=bins * n_rho)
    grid = acc.reshape(bins, n_rho)
    return (grid + np.roll(grid, 1, 0) + np.roll(grid, -1, 0)) / 3


def _pick(grid: np.ndarray, diag: int, count: int, floor: float,
          blocked: np.ndarray) -> list[tuple[int, int]]:
    """The ``count`` strongest distinct lines of ``grid`` not too near a line of
    ``blocked`` (cells marked by ``_take``), but a few from every direction first: a
    keyboard or a tiled floor must not crowd out a faint page edge at its own angle.
    Only a line with at least ``floor`` of the strongest line's votes is kept for its
    direction."""
    n_rho = grid.shape[1]
    taken = blocked.copy()
    # The 3,000 strongest cells, strongest first (ties by position). Partitioned as
    # negated votes: most cells hold none, and NumPy's selection of the largest few
    # among that many equal values took 0.1 s a grid, the smallest few 0.004 s.
    votes = -grid.ravel()
    top = min(3000, votes.size)
    order = np.argpartition(votes, top - 1)[:top]
    order = order[np.lexsort((order, votes[order]))]
    distinct: list[tuple[int, int]] = []
    rows, cols = np.divmod(order, n_rho)
    for th, r, vote in zip(rows.tolist(), cols.tolist(), (-votes[order]).tolist(),
                           strict=True):
        if vote <= 0:
            break
        if taken[th, r]:
            continue
        distinct.append((th, r))
        _take(taken, th, r, diag)
    if not distinct:
        return []
    least = floor * grid[distinct[0]]
    per_way: dict[int, int] = {}
    chosen: list[tuple[int, int]] = []
    for th, r in distinct:
        way = th // 20  # ten-degree sectors
        if per_way.get(way, 0) < 3 and grid[th, r] >= least:
            per_way[way] = per_way.get(way, 0) + 1
            chosen.append((th, r))
    chosen += [line for line in distinct if line not in chosen][: max(0, count - len(chosen))]
    return chosen[:count]


def _orientation(field: Field) -> np.ndarray:
    """Degrees 0..180 per pixel: the direction across the edge, from the gradients of
    a few pixels round it (the structure tensor). On a faint edge the single pixel's
    gradient is swayed by grain; its neighbours along the edge agree."""
    gx, gy = field.gx, field.gy
    jxx, jyy, jxy = (_box(a, ORIENT_REACH) for a in (gx * gx, gy * gy, gx * gy))
    return (np.degrees(0.5 * np.arctan2(2 * jxy, jxx - jyy)) + 180.0) % 180.0


def _box(a: np.ndarray, r: int) -> np.ndarray:
    """The mean of ``a`` over the (2r + 1)-pixel square round each pixel."""
    p = np.pad(a, r, mode="edge")
    c = np.cumsum(np.cumsum(p, axis=0), axis=1)
    c = np.pad(c, ((1, 0), (1, 0)))
    n = 2 * r + 1
    return (c[n:, n:] - c[:-n, n:] - c[n:, :-n] + c[:-n, :-n]) / (n * n)


def _take(taken: np.ndarray, th: int, r: int, diag: int) -> None:
    """Mark the grid cells of lines too alike line (th, r) to keep both: within three
    half-degrees and four pixels, and the same line seen from the other side."""
    bins, n_rho = taken.shape
    if 6 <= th < bins - 6:  # no angle past 0 or 180 degrees: one block
        taken[th - 6:th + 7, max(0, r - 3):min(n_rho, r + 4)] = True
        return
    for dt in range(-6, 7):
        t = th + dt
        rr = r
        if t < 0 or t >= bins:  # past 0 or 180 degrees: the normal flips, rho changes sign
            t %= bins
            rr = 2 * diag - r
        taken[t, max(0, rr - 3):min(n_rho, rr + 4)] = True

