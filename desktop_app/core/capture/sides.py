"""A second look for each side of an outline: lines near it, edged faintly.

The lines the page finder starts from are the photo's strongest few dozen. On a white
desk the page's sides are faint (a few grey levels between paper and desk) and a phone,
a keyboard or a printed table outvotes them: the best outline then takes the edge of
the print, a shadow's or the photo's border for the missing side. Looked for again
near each side of that outline — in directions up to ``WINDOW`` degrees from it,
between the page's middle and twice as far out, by edge pixels of any strength along a
line (not by their contrast) with the paper brighter on the page's side — the faint
side is among a few lines, and the outlines' own score (``outlines``) chooses. See
``pagefind``.
"""

from __future__ import annotations

import math

import numpy as np

from desktop_app.core.capture.edges import Field
from desktop_app.core.capture.geometry import Quad, side_frame

WINDOW = 20.0  # degrees either side of a side's direction a line near it may turn
PER_SIDE = 4  # lines kept near each side
MIN_SHARE = 0.03  # of a side's length: the edge a line near it needs at least
OUT_REACH = 2.0  # how far out a line is looked for, per distance from side to middle
ON_LINE = 2.0  # pixels: edge pixels this near a line kept vote for no other
FULL_VOTE = 4.0  # times the photo's noise: an edge pixel's gradient that votes fully
AGREE = 3.0  # degrees: how far an edge pixel's direction may be from a line's


def side_lines(quad: Quad) -> np.ndarray:
    """Rows (theta, rho, 0) of the lines along the sides of ``quad`` (as
    ``edges.strongest_lines`` gives lines: x cos(theta) + y sin(theta) = rho)."""
    rows = []
    for k in range(4):
        (x0, y0), (x1, y1) = quad[k], quad[(k + 1) % 4]
        theta = math.atan2(x1 - x0, -(y1 - y0)) % math.pi
        rows.append((theta, x0 * math.cos(theta) + y0 * math.sin(theta), 0.0))
    return np.array(rows, dtype=np.float64)


def nearby_lines(field: Field, quad: Quad) -> np.ndarray:
    """Rows (theta, rho, 0): up to ``PER_SIDE`` lines near each side of ``quad`` (not
    the side itself), the best edged first. An edge pixel votes by how clearly it is an
    edge (fully from ``FULL_VOTE`` times the noise), so a long faint side outvotes a
    short strong one; each line kept takes its own pixels out of the vote."""
    ys, xs = np.nonzero(field.edges)
    if not xs.size:
        return np.zeros((0, 3))
    points = (xs.astype(np.float64), ys.astype(np.float64))
    weight = (np.minimum(1.0, field.mag[ys, xs] / (FULL_VOTE * field.noise))
              * field.sharp[ys, xs])
    direction = field.orientation[ys, xs]
    cx = sum(p[0] for p in quad) / 4
    cy = sum(p[1] for p in quad) / 4
    found: list[tuple[float, float, float]] = []
    for k in range(4):
        found += _near_side(field, points, weight, direction, quad[k], quad[(k + 1) % 4],
                            (cx, cy))
    return np.array(found, dtype=np.float64).reshape(-1, 3)


def _near_side(field: Field, points: tuple[np.ndarray, np.ndarray], weight: np.ndarray,
               direction: np.ndarray, p: tuple[float, float], q: tuple[float, float],
               centre: tuple[float, float]) -> list[tuple[float, float, float]]:
    xf, yf = points
    length, ux, uy, nx, ny = side_frame(p, q, centre)  # the normal points into the page
    if length < 10:
        return []
    depth = abs((centre[0] - p[0]) * nx + (centre[1] - p[1]) * ny)
    along = (xf - p[0]) * ux + (yf - p[1]) * uy
    across = (xf - p[0]) * nx + (yf - p[1]) * ny
    theta0 = math.degrees(math.atan2(ny, nx)) % 180.0
    turn = np.abs((direction - theta0 + 90.0) % 180.0 - 90.0)
    idx = np.flatnonzero((along > -0.15 * length) & (along < 1.15 * length)
                         & (across > -OUT_REACH * depth) & (across < depth)
                         & (turn <= WINDOW + AGREE))
    # The paper brighter on the page's side: two pixels in above two pixels out.
    h, w = field.light.shape
    ins = field.light[np.clip(np.rint(yf[idx] + 2 * ny), 0, h - 1).astype(np.intp),
                      np.clip(np.rint(xf[idx] + 2 * nx), 0, w - 1).astype(np.intp)]
    outs = field.light[np.clip(np.rint(yf[idx] - 2 * ny), 0, h - 1).astype(np.intp),
                       np.clip(np.rint(xf[idx] - 2 * nx), 0, w - 1).astype(np.intp)]
    idx = idx[ins > outs]
    if idx.size < 10:
        return []
    px, py, votes, ways = xf[idx], yf[idx], weight[idx], direction[idx]
    # A Hough grid over the window: a row per half degree, a column per pixel of offset.
    thetas = theta0 + np.arange(-WINDOW, WINDOW + 0.25, 0.5)
    rads = np.radians(thetas)
    bases = np.rint(p[0] * np.cos(rads) + p[1] * np.sin(rads)).astype(np.int64)
    span = int((OUT_REACH + 1) * depth + length) + 10
    cols = 2 * span + 1
    cells = (np.rint(px[:, None] * np.cos(rads)[None, :] + py[:, None] * np.sin(rads)[None, :])
             .astype(np.int64) - bases[None, :] + span)
    cells = np.clip(cells, 0, 2 * span) + np.arange(len(thetas))[None, :] * cols
    agree = np.abs((ways[:, None] - thetas[None, :] + 90.0) % 180.0 - 90.0) <= AGREE
    each = np.broadcast_to(votes[:, None], agree.shape)
    own = int(np.argmin(np.abs(thetas - theta0)))
    alive = np.ones(idx.size, dtype=bool)
    found = []
    for _line in range(PER_SIDE):
        use = agree & alive[:, None]
        grid = np.bincount(cells[use], weights=each[use],
                           minlength=len(thetas) * cols).reshape(len(thetas), cols)
        grid = grid + np.roll(grid, 1, 1) + np.roll(grid, -1, 1)  # a pixel either way
        grid[max(0, own - 3):own + 4, span - 3:span + 4] = -1.0  # the side itself
        row, col = np.unravel_index(int(np.argmax(grid)), grid.shape)
        if grid[row, col] < MIN_SHARE * length:
            break
        theta, rho = float(rads[row]), float(col - span + bases[row])
        alive &= np.abs(px * math.cos(theta) + py * math.sin(theta) - rho) > ON_LINE
        if theta < 0:  # the same line with theta in 0..pi
            theta, rho = theta + math.pi, -rho
        elif theta >= math.pi:
            theta, rho = theta - math.pi, -rho
        found.append((theta, rho, 0.0))
    return found
