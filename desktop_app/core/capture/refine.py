"""Placing each side of a rough outline precisely: on a larger copy, the step across
each side is found along its normal at many points and a line fitted through them,
dropping the points where a finger or a shadow crosses the edge; and pushing a side out
to a thin dark rim beyond it (``reach_rims``). See ``pagefind``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image

from desktop_app.core.capture.edges import light_and_colour
from desktop_app.core.capture.geometry import Quad, as_quad, is_convex, side_frame


@dataclass
class Planes:
    light: np.ndarray
    colour: np.ndarray

    @classmethod
    def of(cls, rgb: Image.Image) -> Planes:
        light, colour = light_and_colour(rgb)  # BOX-reduced already: smooth enough
        return cls(light, colour * 1.5)


def _sample(plane: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Bilinear samples of ``plane`` at (xs, ys), clamped to its edges."""
    h, w = plane.shape
    xs = np.clip(xs, 0, w - 1.001)
    ys = np.clip(ys, 0, h - 1.001)
    x0, y0 = np.floor(xs).astype(np.intp), np.floor(ys).astype(np.intp)
    fx, fy = xs - x0, ys - y0
    top = plane[y0, x0] * (1 - fx) + plane[y0, x0 + 1] * fx
    bottom = plane[y0 + 1, x0] * (1 - fx) + plane[y0 + 1, x0 + 1] * fx
    return top * (1 - fy) + bottom * fy


def refine(planes: Planes, quad: Quad, reach: float) -> Quad:
    """Place each side of ``quad`` precisely; keep a rough side where too few points agree."""
    cx = sum(p[0] for p in quad) / 4
    cy = sum(p[1] for p in quad) / 4
    lines = [_refine_side(planes, quad[k], quad[(k + 1) % 4], (cx, cy), reach)
             for k in range(4)]
    refined = _meet(lines)
    if refined is None:
        return quad
    moved = max(math.hypot(a[0] - b[0], a[1] - b[1]) for a, b in zip(refined, quad,
                                                                     strict=True))
    if not is_convex(refined) or moved > 3 * reach:
        return quad
    return refined


def _refine_side(planes: Planes, p: tuple[float, float], q: tuple[float, float],
                 centre: tuple[float, float], reach: float) -> np.ndarray:
    rough = np.cross([p[0], p[1], 1.0], [q[0], q[1], 1.0])
    length, ux, uy, nx, ny = side_frame(p, q, centre)
    if length < 10:
        return rough
    h, w = planes.light.shape
    count = max(16, min(90, int(length / 6)))
    ts = np.linspace(0.05, 0.95, count) * length
    offs = np.arange(-reach, reach + 0.25, 0.5)
    bx = p[0] + ts[:, None] * ux + offs[None, :] * nx
    by = p[1] + ts[:, None] * uy + offs[None, :] * ny
    inside = (bx >= 0) & (bx <= w - 1) & (by >= 0) & (by <= h - 1)
    weight = np.exp(-((offs / (0.6 * reach)) ** 2))
    best = None
    for plane in (planes.light, planes.colour):
        values = _sample(plane, bx, by)
        step = np.zeros_like(values)
        step[:, 1:-1] = values[:, 2:] - values[:, :-2]  # rises inward: > 0
        step = np.where(inside, step, 0.0)
        for sign in (1.0, -1.0):
            signed = step * sign
            total = float(np.sum(np.max(signed * weight, axis=1)))
            if best is None or total > best[0]:
                best = (total, signed)
    assert best is not None
    signed = best[1]
    rows = np.arange(count)
    # The rough side is within a pixel or two of the edge: choose the step nearest it (a
    # printed frame a little further in must not pull the side), then place it exactly
    # on the unweighted step, without the pull of the weighting.
    peak = np.argmax(signed * weight, axis=1)
    for _ in range(2):
        lo = np.clip(peak - 1, 0, len(offs) - 1)
        hi = np.clip(peak + 1, 0, len(offs) - 1)
        here = signed[rows, peak]
        peak = np.where(signed[rows, lo] > here, lo,
                        np.where(signed[rows, hi] > here, hi, peak))
    strength = signed[rows, peak]
    level = max(2.0, 0.3 * float(np.median(strength)))
    good = (strength > level) & (peak > 0) & (peak < len(offs) - 1)
    if good.sum() < max(6, count // 4):
        return rough
    lo, hi = np.clip(peak - 1, 0, len(offs) - 1), np.clip(peak + 1, 0, len(offs) - 1)
    y0, y1, y2 = signed[rows, lo], strength, signed[rows, hi]
    den = y0 - 2 * y1 + y2
    shift = np.where(np.abs(den) > 1e-6, 0.5 * (y0 - y2) / np.where(den == 0, 1.0, den), 0.0)
    dist = offs[peak] + 0.5 * np.clip(shift, -1.0, 1.0)
    t, dist = ts[good], dist[good]
    for _round in range(4):  # a robust straight fit: drop points off the line (fingers)
        if len(t) < 6:
            return rough
        slope, at0 = np.polyfit(t, dist, 1)
        resid = np.abs(dist - (at0 + slope * t))
        limit = max(0.75, 3.0 * 1.4826 * float(np.median(resid)))
        keep = resid <= limit
        if keep.all():
            break
        t, dist = t[keep], dist[keep]
    slope, at0 = np.polyfit(t, dist, 1)
    start = (p[0] + at0 * nx, p[1] + at0 * ny)
    end = (p[0] + length * ux + (at0 + slope * length) * nx,
           p[1] + length * uy + (at0 + slope * length) * ny)
    return np.cross([start[0], start[1], 1.0], [end[0], end[1], 1.0])


RIM_SIDE = 4  # pixels either side of a rim its darkness is measured against
RIM_DEPTH = 3.0  # grey levels: how much darker than either side a rim runs, typically
RIM_SHARE = 0.8  # share of a side's points where the rim must be seen
RIM_TILT = 0.12  # how far a rim may turn from the side found, per unit of its length
RIM_AVERAGE = 8  # samples along a side averaged into one point
PAPER_REACH = 30  # pixels inside the side found where the paper's own level is taken
SAME_PAPER = 6.0  # grey levels: what lies inside a rim is as light as the page's paper
RIM_GAP = 8  # pixels: a rim nearer the side found is that side's own edge


def reach_rims(planes: Planes, quad: Quad, reach: float) -> Quad:
    """``quad`` with each side pushed outward (up to ``reach`` pixels) to a thin dark rim,
    where one runs straight along most of the side with paper as light as the page's
    inside it: the lit side of white paper on a white desk, whose only sign is its rim,
    when the finder took the edge of the print for it."""
    cx = sum(p[0] for p in quad) / 4
    cy = sum(p[1] for p in quad) / 4
    lines = []
    for k in range(4):
        p, q = quad[k], quad[(k + 1) % 4]
        lines.append(_rim_side(planes.light, p, q, (cx, cy), reach))
    pushed = _meet(lines)
    return pushed if pushed is not None and is_convex(pushed) else quad


def _meet(lines: list[np.ndarray]) -> Quad | None:
    """The quadrilateral whose corners are where each side's line meets the one before it
    (lines in homogeneous form); None when two neighbours run parallel."""
    corners = []
    for k in range(4):
        x, y, z = np.cross(lines[k - 1], lines[k])
        if abs(z) < 1e-9:
            return None
        corners.append((float(x / z), float(y / z)))
    return as_quad(corners)


def _rim_side(light: np.ndarray, p: tuple[float, float], q: tuple[float, float],
              centre: tuple[float, float], reach: float) -> np.ndarray:
    rough = np.cross([p[0], p[1], 1.0], [q[0], q[1], 1.0])
    length, ux, uy, nx, ny = side_frame(p, q, centre)
    if length < 40:
        return rough
    nx, ny = -nx, -ny  # the normal points out of the page
    h, w = light.shape
    count = max(16, min(60, int(length / 10)))
    ts = np.linspace(0.1, 0.9, count * RIM_AVERAGE) * length
    offs = np.arange(-float(PAPER_REACH), reach + RIM_SIDE + 1)
    bx = p[0] + ts[:, None] * ux + offs[None, :] * nx
    by = p[1] + ts[:, None] * uy + offs[None, :] * ny
    if bx.min() < 0 or by.min() < 0 or bx.max() > w - 1 or by.max() > h - 1:
        return rough  # the band leaves the photo: no room for a rim beyond
    # Each point averages a short stretch along the side: a camera's noise is as deep
    # as the rim.
    values = _sample(light, bx, by).reshape(count, RIM_AVERAGE, -1).mean(axis=1)
    ts = ts.reshape(count, RIM_AVERAGE).mean(axis=1)
    found = _best_rim(values, round(RIM_TILT * length))
    if found is None:
        return rough
    da, db = offs[found[0]], offs[found[1]]
    start = (p[0] + ts[0] * ux + da * nx, p[1] + ts[0] * uy + da * ny)
    end = (p[0] + ts[-1] * ux + db * nx, p[1] + ts[-1] * uy + db * ny)
    return np.cross([start[0], start[1], 1.0], [end[0], end[1], 1.0])


def _best_rim(values: np.ndarray, tilt: int) -> tuple[int, int] | None:
    """The darkest straight rim in ``values`` (one profile a row, from ``PAPER_REACH``
    pixels inside the side outward, a pixel a column), as its columns in the first row
    and the last; None when none is seen along most of the side."""
    s = RIM_SIDE
    valley = np.zeros_like(values)
    side = 0.5 * (values[:, 1:] + values[:, :-1])  # side[:, j]: between j and j + 1
    valley[:, s + 1:-s - 1] = (np.minimum(side[:, :-2 * s - 1], side[:, 2 * s + 1:])
                               - values[:, s + 1:-s - 1])
    # Inside a rim lies the page's paper (a margin): as light as the paper just inside
    # the side found (between its print), not a wooden table between the page and one
    # of the table's seams.
    paper = float(np.percentile(values[:, :PAPER_REACH - 1], 90))
    first, last = PAPER_REACH + RIM_GAP, values.shape[1] - s - 2
    if last <= first:
        return None
    # Coarsely first (every other start and turn), then every line round the best.
    starts, turns = np.meshgrid(np.arange(first, last + 1, 2), np.arange(-tilt, tilt + 1, 2),
                                indexing="ij")
    coarse = _rim_lines(valley, values, paper, starts.ravel(),
                        np.clip(starts.ravel() + turns.ravel(), first, last), RIM_SHARE / 2)
    if coarse is None:
        return None
    ca, cb = coarse
    near = np.arange(-2, 3)
    a = np.clip(np.repeat(ca + near, len(near)), first, last)
    b = np.clip(np.tile(cb + near, len(near)), first, last)
    return _rim_lines(valley, values, paper, a, b, RIM_SHARE)


def _rim_lines(valley: np.ndarray, values: np.ndarray, paper: float, a: np.ndarray,
               b: np.ndarray, share: float) -> tuple[int, int] | None:
    """The darkest of the lines from column ``a`` in the first row to ``b`` in the last
    along which a rim is seen at ``share`` of the points at least, with the page's paper
    inside it."""
    count = values.shape[0]
    at = np.rint(a[:, None] + (b - a)[:, None] * np.linspace(0.0, 1.0, count)[None, :])
    at = at.astype(np.intp)
    rows = np.arange(count)[None, :]
    seen = valley[rows, at]
    # Most lines fail the plain count of points on a rim: the medians only for the rest.
    likely = np.flatnonzero(np.count_nonzero(seen > RIM_DEPTH / 2, axis=1) >= share * count)
    if likely.size == 0:
        return None
    within = np.median(values[rows, at[likely] - RIM_SIDE - 1], axis=1)
    score = np.median(seen[likely], axis=1)
    good = (np.abs(within - paper) <= SAME_PAPER) & (score >= RIM_DEPTH * share / RIM_SHARE)
    if not good.any():
        return None
    pick = likely[int(np.argmax(np.where(good, score, -np.inf)))]
    return int(a[pick]), int(b[pick])
