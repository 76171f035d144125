"""Edges and the straight lines through them, on the small copy the page finder works on.

Edges: the gradient of the brightness and of the colourfulness (white paper on a light
wooden table differs more in colour than in brightness), thinned to one pixel. Lines: a
Hough transform in which each edge pixel votes only for lines across its own gradient,
so text and wood grain add little; the strongest few dozen lines are kept, a few from
every direction first, plus the four borders of the photo (for a page cut off by the
frame). See ``pagefind``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

MAX_LINES = 56
MIN_STEP = 3.0  # grey levels: the smallest step across a line that counts as an edge

def light_and_colour(rgb: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    r, g, b = (np.asarray(band, dtype=np.float32) for band in rgb.split())
    light = 0.299 * r + 0.587 * g + 0.114 * b
    # Per-band maximum and minimum: far quicker than reducing along a last axis of three.
    colour = np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)
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

    @property
    def height(self) -> int:
        return int(self.mag.shape[0])

    @property
    def width(self) -> int:
        return int(self.mag.shape[1])

    @classmethod
    def of(cls, rgb: Image.Image) -> Field:
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
                   float(np.percentile(light[::3, ::3], 97)))


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
    degree off is three pixels off at the ends of a page on the small copy."""
    ys, xs = np.nonzero(field.edges)
    found: list[tuple[float, float, float]] = []
    bins = 2 * 180
    if xs.size:
        weight = np.sqrt(field.mag[ys, xs])
        angle = np.degrees(np.arctan2(field.gy[ys, xs], field.gx[ys, xs])) % 180.0
        diag = int(math.hypot(field.width, field.height)) + 2
        n_rho = 2 * diag + 1
        acc = np.zeros(bins * n_rho, dtype=np.float64)
        base = np.rint(angle * 2).astype(np.int64)
        for d in range(-6, 7):
            th = (base + d) % bins
            rad = np.radians(th / 2)
            rho = np.rint(xs * np.cos(rad) + ys * np.sin(rad)).astype(np.int64) + diag
            acc += np.bincount(th * n_rho + rho, weights=weight * (1.0 - abs(d) / 10),
                               minlength=acc.size)
        grid = acc.reshape(bins, n_rho)
        grid = (grid + np.roll(grid, 1, 0) + np.roll(grid, -1, 0)) / 3
        order = np.argpartition(grid, -3000, axis=None)[-3000:]
        order = order[np.argsort(grid.flat[order])[::-1]]
        distinct: list[tuple[int, int]] = []
        taken = np.zeros(grid.shape, dtype=bool)  # too near a line already chosen
        for flat in order:
            th, r = divmod(int(flat), n_rho)
            if grid[th, r] <= 0:
                break
            if taken[th, r]:
                continue
            distinct.append((th, r))
            _take(taken, th, r, diag)
        # The strongest lines, but a few from every direction first: a keyboard or a
        # tiled floor must not crowd out a faint page edge at its own angle.
        per_way: dict[int, int] = {}
        chosen: list[tuple[int, int]] = []
        for th, r in distinct:
            way = th // 20  # ten-degree sectors
            if per_way.get(way, 0) < 3:
                per_way[way] = per_way.get(way, 0) + 1
                chosen.append((th, r))
        chosen += [line for line in distinct if line not in chosen][: max(0, count - len(chosen))]
        found = [(math.radians(th / 2), float(r - diag), 0.0) for th, r in chosen[:count]]
    w, h = field.width - 1, field.height - 1
    found += [(math.pi / 2, 0.0, 1.0), (0.0, float(w), 1.0), (math.pi / 2, float(h), 1.0),
              (0.0, 0.0, 1.0)]
    return np.array(found, dtype=np.float64)


def _take(taken: np.ndarray, th: int, r: int, diag: int) -> None:
    """Mark the grid cells of lines too alike line (th, r) to keep both: within three
    half-degrees and four pixels, and the same line seen from the other side."""
    bins, n_rho = taken.shape
    for dt in range(-6, 7):
        t = th + dt
        rr = r
        if t < 0 or t >= bins:  # past 0 or 180 degrees: the normal flips, rho changes sign
            t %= bins
            rr = 2 * diag - r
        taken[t, max(0, rr - 3):min(n_rho, rr + 4)] = True

