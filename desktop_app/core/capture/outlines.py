"""Quadrilaterals from the candidate lines, scored: which outline is the page's.

Every two roughly parallel lines with two others across them make a quadrilateral. Each
is scored by how much of its outline runs along a real edge (a *step*, not a drawn line)
with the paper on the same side of every edge, and by whether what lies just inside the
outline looks like paper (light and plain) and bears writing — so the sheet beats a
table drawn on it, its text block, a shadow, or a dark laptop or folder it lies on.
See ``pagefind``.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

from desktop_app.core.capture.edges import Field
from desktop_app.core.capture.geometry import Quad, as_quad, is_convex

MIN_AREA = 0.05  # share of the photo a page covers at least
MIN_COVER = 0.3  # share of each side that must run along an edge
TOP_OUTLINES = 3000  # the best outlines by their edges, checked for paper inside
SLACK = 3  # pixels of the small copy an edge may stray from its straight line
CRISP = 0.3  # sharpness (``Field.sharp``) an edge needs to count as a side's
STEPS = (2, 4, 7)  # pixels of the small copy either side of a line where its sides are compared

def _profiles(field: Field, lines: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each line, cumulative counts of samples (one a pixel, along the line) where the
    picture steps up across the line (brighter, or less colourful, towards the line's
    normal) and where it steps down; and where sample 0 lies along the line.

    A step compares the picture a few pixels either side of the line, so a thin ruled
    line, a table's border or a margin line drawn on the paper (the same paper on both
    sides) is no evidence, while the paper's own edge is."""
    w, h = field.width, field.height
    span = int(math.hypot(w, h)) + 2
    ts = np.arange(-span, span + 1, dtype=np.float64)
    n = len(lines)
    rises = np.zeros((n, len(ts) + 1))
    falls = np.zeros((n, len(ts) + 1))
    planes = (field.light.ravel(), field.colour.ravel())
    for i, (theta, rho, border) in enumerate(lines):
        if border:
            continue  # the photo's border: no evidence, none needed
        c, s = math.cos(theta), math.sin(theta)
        xs = rho * c - ts * s
        ys = rho * s + ts * c
        ok = (xs >= 0) & (xs <= w - 1) & (ys >= 0) & (ys <= h - 1)
        if not ok.any():
            continue
        first = int(np.argmax(ok))
        last = len(ok) - int(np.argmax(ok[::-1]))
        # Every point across the line at once: one row per point, one column per offset.
        offsets = np.arange(-REACH, REACH + 1)
        xi = np.clip(np.rint(xs[first:last, None] + offsets * c), 0, w - 1).astype(np.intp)
        yi = np.clip(np.rint(ys[first:last, None] + offsets * s), 0, h - 1).astype(np.intp)
        across = yi * w + xi
        step = np.zeros(len(ts), dtype=np.float32)
        step[first:last] = _step(planes, across)
        if field.plain:  # on a plain surface a cast shadow's edge stands out
            step[first:last] *= _crisp(field, across) >= CRISP
        rises[i, 1:] = np.cumsum(step > field.step_level)
        falls[i, 1:] = np.cumsum(step < -field.step_level)
    return rises, falls, ts


REACH = SLACK + max(STEPS)  # pixels either side of a line its steps are measured within
NEAR = slice(REACH - SLACK, REACH + SLACK + 1)  # of those, the ones within the slack


def _crisp(field: Field, across: np.ndarray) -> np.ndarray:
    """How sharp the sharpest edge within ``SLACK`` pixels of the line is, at each point
    (``across``: the pixels across the line, one row a point): a cast shadow's soft edge
    is no evidence of a side."""
    return np.asarray(field.sharp.ravel()[across[:, NEAR]].max(axis=1))


def _step(planes: tuple[np.ndarray, np.ndarray], across: np.ndarray) -> np.ndarray:
    """How much lighter (or plainer) the picture is across the line, at each point (one
    row of ``across`` a point: its pixels from ``REACH`` behind the line to ``REACH``
    ahead, as indexes into the flattened ``planes``, the light and the colour): the
    smallest such step seen at several distances from the line, and 0 where they
    disagree — so a drawn line (a ridge, not a step) counts for nothing. The edge may
    lie a little off the line (a sheet is rarely quite flat): the strongest step within
    ``SLACK`` pixels of it counts (of equals, the light's, then the furthest behind)."""
    steps = []
    for plane, sign in zip(planes, (1.0, -1.0), strict=True):  # paper: the plainer
        values = plane[across] * sign
        low = high = None
        for d in STEPS:  # one column per place within the slack
            one = (values[:, NEAR.start + d:NEAR.stop + d]
                   - values[:, NEAR.start - d:NEAR.stop - d])
            low = one if low is None else np.minimum(low, one)
            high = one if high is None else np.maximum(high, one)
        assert low is not None and high is not None
        steps.append(np.where(low > 0, low, np.where(high < 0, high, 0.0)))
    every = np.concatenate(steps, axis=1)  # the light's first
    strongest = np.argmax(np.abs(every), axis=1)  # the first of equals
    return every[np.arange(len(every)), strongest]


class _Stretches:
    """Where each line crosses every other (the sample of ``_profiles`` along the first)
    and how many samples step up and down across it up to there: the edge along the
    stretch of a line between any two others, from a few look-ups."""

    def __init__(self, lines: np.ndarray, xs: np.ndarray, ys: np.ndarray,
                 profiles: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
        rises, falls, ts = profiles
        sn, cs = np.sin(lines[:, 0])[:, None], np.cos(lines[:, 0])[:, None]
        # [line, other]: where ``other`` crosses ``line`` (``xs``, ``ys`` are symmetric
        # where two lines cross).
        self.at = np.clip(np.rint(-xs * sn + ys * cs - ts[0]), 0, len(ts)).astype(np.intp)
        self.rises = np.take_along_axis(rises, self.at, axis=1)
        self.falls = np.take_along_axis(falls, self.at, axis=1)
        self.border = lines[:, 2] > 0

    def between(self, line: np.ndarray, p: np.ndarray,
                q: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The length of ``line`` between lines ``p`` and ``q`` (in samples, at least
        1) and the shares of it where the picture steps up and down across it."""
        length = np.maximum(np.abs(self.at[line, q] - self.at[line, p]), 1)
        up = np.abs(self.rises[line, q] - self.rises[line, p]) / length
        down = np.abs(self.falls[line, q] - self.falls[line, p]) / length
        return length, up, down

    def strong(self, p: np.ndarray, q: np.ndarray) -> np.ndarray:
        """[line, pair]: whether the line between the pair's lines ``p`` and ``q`` may be
        a side: a border of the photo, or edged one way or the other along
        ``MIN_COVER`` of it at least (any less, and every outline with that side is
        weak)."""
        every = np.arange(len(self.at))[:, None]
        _length, up, down = self.between(every, p[None, :], q[None, :])
        return self.border[:, None] | (np.maximum(up, down) >= MIN_COVER)


def _candidates(lines: np.ndarray, field: Field, stretches: _Stretches) -> np.ndarray:
    """Index rows (a, b, c, d): lines a and c roughly parallel, b and d across them,
    each of the four with enough edge along it between the two across it to be a side
    (``_Stretches.strong``; the others could only score -1)."""
    n = len(lines)
    theta, rho, border = lines[:, 0], lines[:, 1], lines[:, 2]
    gap = np.abs(theta[:, None] - theta[None, :]) % math.pi
    gap = np.minimum(gap, math.pi - gap)
    cx, cy = field.width / 2, field.height / 2
    off = cx * np.cos(theta) + cy * np.sin(theta) - rho  # signed distance of the centre
    same_way = np.cos(theta[:, None] - theta[None, :]) >= 0
    apart = np.where(same_way, np.abs(off[:, None] - off[None, :]),
                     np.abs(off[:, None] + off[None, :]))
    i, j = np.triu_indices(n, 1)
    ok = (gap[i, j] < math.radians(40)) & (apart[i, j] > 0.15 * min(field.width, field.height))
    i, j = i[ok], j[ok]
    # Pair p (a, c) with each later pair q (b, d): a matrix over the pairs.
    sides = stretches.strong(i, j)  # [line, pair]
    both = sides[i] & sides[j]  # [p, q]: both lines of p are sides between q's
    p, q = np.nonzero(np.triu(both & both.T, 1))
    a, c, b, d = i[p], j[p], i[q], j[q]
    ok = gap[a, b] > math.radians(50)
    ok &= (a != b) & (a != d) & (c != b) & (c != d)
    ok &= (border[a] + border[b] + border[c] + border[d]) <= 2
    return np.stack([a[ok], b[ok], c[ok], d[ok]], axis=1)


def _crossings(lines: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    c, s, r = np.cos(lines[:, 0]), np.sin(lines[:, 0]), lines[:, 1]
    det = c[:, None] * s[None, :] - s[:, None] * c[None, :]
    safe = np.where(np.abs(det) < 1e-9, 1.0, det)
    x = (r[:, None] * s[None, :] - s[:, None] * r[None, :]) / safe
    y = (c[:, None] * r[None, :] - r[:, None] * c[None, :]) / safe
    return x, y, np.abs(det) >= 1e-9


def best_quad(field: Field, lines: np.ndarray,
               small: Image.Image) -> tuple[Quad, float] | None:
    """The best outline the ``lines`` make and how sure it is (0..1), or None."""
    found = best_quad_raw(field, lines, small)
    if found is None:
        return None
    return found[0], certainty(found[1])


def certainty(raw: float) -> float:
    """How sure the finder is of an outline (0..1) with the raw score ``raw`` (of
    ``best_quad_raw``, which compares outlines beyond where certainty is full)."""
    return float(min(1.0, 2.5 * raw))


def best_quad_raw(field: Field, lines: np.ndarray,
                  small: Image.Image) -> tuple[Quad, float] | None:
    """The best outline the ``lines`` make and its raw score (comparable between two
    sets of lines; ``certainty`` turns it into 0..1), or None."""
    xs, ys, crosses = _crossings(lines)
    stretches = _Stretches(lines, xs, ys, _profiles(field, lines))
    combos = _candidates(lines, field, stretches)
    if not len(combos):
        return None
    a, b, c, d = combos.T
    # Corners in order round the outline: a∩b, b∩c, c∩d, d∩a.
    cx = np.stack([xs[a, b], xs[b, c], xs[c, d], xs[d, a]], axis=1)
    cy = np.stack([ys[a, b], ys[b, c], ys[c, d], ys[d, a]], axis=1)
    valid = crosses[a, b] & crosses[b, c] & crosses[c, d] & crosses[d, a]
    w, h = field.width, field.height
    margin = 0.1 * max(w, h)
    valid &= np.all((cx > -margin) & (cx < w - 1 + margin) & (cy > -margin)
                    & (cy < h - 1 + margin), axis=1)
    # Convex, and going round one way: the cross products of consecutive sides agree.
    ex = np.roll(cx, -1, axis=1) - cx
    ey = np.roll(cy, -1, axis=1) - cy
    turn = ex * np.roll(ey, -1, axis=1) - ey * np.roll(ex, -1, axis=1)
    valid &= np.all(turn > 0, axis=1) | np.all(turn < 0, axis=1)
    size = 0.5 * np.abs(np.sum(cx * np.roll(cy, -1, axis=1) - np.roll(cx, -1, axis=1) * cy,
                               axis=1))
    valid &= size >= MIN_AREA * w * h
    if not valid.any():
        return None
    combos, cx, cy = combos[valid], cx[valid], cy[valid]
    mx, my = cx.mean(axis=1), cy.mean(axis=1)
    theta, rho, border = lines[:, 0], lines[:, 1], lines[:, 2]
    cos, sin = np.cos(theta), np.sin(theta)
    # Per side: its length, the share of it where paper is brighter inside, and darker.
    sides = []
    for side in range(4):
        line = combos[:, side]
        # The side on ``line`` runs between the lines before and after it.
        length, up, down = stretches.between(line, combos[:, side - 1],
                                             combos[:, (side + 1) % 4])
        cs, sn = cos[line], sin[line]
        inward = (mx * cs + my * sn - rho[line]) > 0
        sides.append((length, np.where(inward, up, down), np.where(inward, down, up),
                      border[line] > 0))
    evidence = np.zeros((len(combos), 2))  # paper brighter inside / darker inside
    for k in (0, 1):
        # A side or two may show the paper the other way round (coloured paper on a
        # white wall, a shadow along one edge); three or four doing so is another object.
        flipped = sum(((darker if k == 0 else brighter) > (brighter if k == 0 else darker))
                      & ~is_border for _length, brighter, darker, is_border in sides)
        credit = np.where(flipped <= 2, 0.75, 0.4)
        weak = np.zeros(len(combos), dtype=bool)
        for length, brighter, darker, is_border in sides:
            own, other = (brighter, darker) if k == 0 else (darker, brighter)
            cover = np.maximum(own, credit * other)
            # Edge found counts for the outline, edge missing against it: a side drawn
            # across the table, beyond the page, costs more than it brings.
            evidence[:, k] += np.where(is_border, 0.0, length * (1.3 * cover - 0.3))
            weak |= ~is_border & (cover < MIN_COVER)
        evidence[:, k] = np.where(weak, -1.0, evidence[:, k])
    evidence[:, 1] *= 0.85  # paper darker than what it lies on: possible, but rare
    # The weakest side's share of edge with the paper brighter inside (borders aside).
    firm = np.min(np.stack([np.where(b, 1.0, brighter) for _l, brighter, _d, b in sides]),
                  axis=0)
    best_of = evidence.max(axis=1)
    if best_of.max() <= 0:
        return None
    perimeter = 2 * (w + h)
    top = np.argsort(best_of)[::-1][:TOP_OUTLINES]
    top = top[best_of[top] > 0]
    scores = (best_of[top] / perimeter * (0.1 + 0.9 * _paper_inside(field, cx[top], cy[top]))
              * _looks_like_a_page(field, cx[top], cy[top]) * _shaped_like_a_page(cx[top], cy[top]))
    best = int(np.argmax(scores))
    pick = _nested(field, top, best, scores, firm, cx, cy)
    quad = as_quad(list(zip(cx[pick], cy[pick], strict=True)))
    if not is_convex(quad):
        quad = as_quad([quad[0], quad[3], quad[2], quad[1]])
    score = float(scores[np.nonzero(top == pick)[0][0]])
    return from_top_left(quad), score


# A sheet photographed from above, even steeply, shows opposite sides of similar length:
# at most 1.49 times as long in every annotated real photo and composite. An outline whose
# opposite sides differ more than SHAPE_RATIO times took a side from something else (a
# cloth's diagonal, the print's edge); it counts less, down to SHAPE_FLOOR.
SHAPE_RATIO = 1.6
SHAPE_FLOOR = 0.5
SHAPE_FALL = 1.5  # how far beyond SHAPE_RATIO the factor reaches SHAPE_FLOOR


def _shaped_like_a_page(cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
    """1 for outlines whose opposite sides are of similar length, less for others."""
    lengths = np.hypot(np.roll(cx, -1, axis=1) - cx, np.roll(cy, -1, axis=1) - cy)
    a = np.maximum(lengths[:, 0], lengths[:, 2]) / np.maximum(
        np.minimum(lengths[:, 0], lengths[:, 2]), 1e-6)
    b = np.maximum(lengths[:, 1], lengths[:, 3]) / np.maximum(
        np.minimum(lengths[:, 1], lengths[:, 3]), 1e-6)
    over = np.maximum(a, b) - SHAPE_RATIO
    return np.clip(1.0 - (1.0 - SHAPE_FLOOR) * over / SHAPE_FALL, SHAPE_FLOOR, 1.0)


def _looks_like_a_page(field: Field, cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
    """What is photographed is in the middle of the photo and has writing on it: an
    outline round the photo's centre, with edges (print, handwriting) inside, beats a
    bare wall or table top beside it. Mild factors, for when the edges alone cannot tell."""
    mx, my = field.width / 2, field.height / 2
    signs = [(np.roll(cx, -1, axis=1)[:, k] - cx[:, k]) * (my - cy[:, k])
             - (np.roll(cy, -1, axis=1)[:, k] - cy[:, k]) * (mx - cx[:, k]) for k in range(4)]
    stacked = np.stack(signs)
    centred = np.all(stacked > 0, axis=0) | np.all(stacked < 0, axis=0)
    # Edge pixels inside: sampled on a grid between the centre of the outline and its
    # corners (the inner part of the page, away from its own edges).
    ox, oy = cx.mean(axis=1, keepdims=True), cy.mean(axis=1, keepdims=True)
    t = np.linspace(0.1, 0.8, 8)
    xs = (ox[:, :, None] + (cx[:, :, None] - ox[:, :, None]) * t).reshape(len(cx), -1)
    ys = (oy[:, :, None] + (cy[:, :, None] - oy[:, :, None]) * t).reshape(len(cy), -1)
    mids = [(np.roll(cx, -1, axis=1) + cx) / 2, (np.roll(cy, -1, axis=1) + cy) / 2]
    xs = np.concatenate([xs, (ox[:, :, None] + (mids[0] - ox)[:, :, None] * t).reshape(
        len(cx), -1)], axis=1)
    ys = np.concatenate([ys, (oy[:, :, None] + (mids[1] - oy)[:, :, None] * t).reshape(
        len(cy), -1)], axis=1)
    xi = np.clip(np.rint(xs), 0, field.width - 1).astype(np.intp)
    yi = np.clip(np.rint(ys), 0, field.height - 1).astype(np.intp)
    busy = _busy(field)[yi, xi].mean(axis=1)
    return np.where(centred, 1.0, 0.75) * (0.6 + 0.4 * np.minimum(1.0, busy / 0.15))


def _busy(field: Field) -> np.ndarray:
    """Where the picture has detail (an edge within a few pixels): print, handwriting."""
    e = field.edges
    out = e.copy()
    for d in (1, 2, 3):
        out[d:] |= e[:-d]
        out[:-d] |= e[d:]
        out[:, d:] |= e[:, :-d]
        out[:, :-d] |= e[:, d:]
    return out


def _nested(field: Field, top: np.ndarray, best: int, scores: np.ndarray,
            firm: np.ndarray, cx: np.ndarray, cy: np.ndarray) -> int:
    """The outline to keep: the best one, or a sheet lying wholly inside it on a plain
    surface (a page on a white desk mat, a clipboard or a tray whose own straight edges
    outline more than the page). The inner sheet must be edged all round, paper
    brighter inside, and the ring between the two outlines plain: no print, so the
    inner outline is not a box printed on the page."""
    outer = int(top[best])
    ox, oy = cx[outer], cy[outer]
    outer_area = _areas(ox[None, :], oy[None, :])[0]
    inside = np.ones(len(top), dtype=bool)
    for k in range(4):  # each corner on the inner side of every side of the outer
        x0, y0 = ox[k], oy[k]
        x1, y1 = ox[(k + 1) % 4], oy[(k + 1) % 4]
        sign = np.sign((x1 - x0) * (oy[(k + 2) % 4] - y0) - (y1 - y0) * (ox[(k + 2) % 4] - x0))
        for c in range(4):
            side = (x1 - x0) * (cy[top, c] - y0) - (y1 - y0) * (cx[top, c] - x0)
            inside &= side * sign > 4.0 * math.hypot(x1 - x0, y1 - y0)  # 4 px in
    areas = _areas(cx[top], cy[top])
    ok = (inside & (firm[top] >= 0.6) & (areas >= 0.12 * outer_area)
          & (scores >= 0.25 * scores[best]))
    if not ok.any():
        return outer
    inner = int(top[np.nonzero(ok)[0][np.argmax(areas[ok])]])
    if _ring_is_plain(field, (ox, oy), (cx[inner], cy[inner])):
        return inner
    return outer


def _areas(cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
    return 0.5 * np.abs(np.sum(cx * np.roll(cy, -1, axis=1) - np.roll(cx, -1, axis=1) * cy,
                               axis=1))


def _ring_is_plain(field: Field, outer: tuple[np.ndarray, np.ndarray],
                   inner: tuple[np.ndarray, np.ndarray]) -> bool:
    """True when the ring between two nested outlines holds (almost) no edges: a bare
    surface, not the printed margin of a page."""
    h, w = field.height, field.width
    ys, xs = np.mgrid[0:h:2, 0:w:2]
    pts_x, pts_y = xs.ravel().astype(np.float64), ys.ravel().astype(np.float64)

    def within(quad: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        qx, qy = quad
        signs = [(qx[(k + 1) % 4] - qx[k]) * (pts_y - qy[k])
                 - (qy[(k + 1) % 4] - qy[k]) * (pts_x - qx[k]) for k in range(4)]
        return np.all(np.stack(signs) > 0, axis=0) | np.all(np.stack(signs) < 0, axis=0)

    ring = within(outer) & ~within(inner)
    if ring.sum() < 50:
        return False
    edges = field.edges[pts_y[ring].astype(np.intp), pts_x[ring].astype(np.intp)]
    return float(edges.mean()) < 0.03


def _paper_inside(field: Field, cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
    """For outlines with corners (cx, cy) (one row each): how much a thin band just
    inside looks like one sheet of paper — not dark, and of the same hue all round
    (shadows change its lightness, not its hue). The mean of the four sides and the
    worst of them: a side lying across the table, or a dark laptop or folder around the
    page, gives itself away."""
    mx = cx.mean(axis=1, keepdims=True)
    my = cy.mean(axis=1, keepdims=True)
    t = np.linspace(0.1, 0.9, 12)
    shares = []
    tints = []
    for k in range(4):
        x0, y0 = cx[:, k:k + 1], cy[:, k:k + 1]
        x1, y1 = cx[:, (k + 1) % 4:(k + 1) % 4 + 1], cy[:, (k + 1) % 4:(k + 1) % 4 + 1]
        px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        xs = np.concatenate([px + inset * (mx - px) for inset in (0.03, 0.06)], axis=1)
        ys = np.concatenate([py + inset * (my - py) for inset in (0.03, 0.06)], axis=1)
        xi = np.clip(np.rint(xs), 0, field.width - 1).astype(np.intp)
        yi = np.clip(np.rint(ys), 0, field.height - 1).astype(np.intp)
        shares.append((field.light[yi, xi] > 0.35 * field.bright).mean(axis=1))
        # The median colour (sorting rows this short is three times quicker than
        # ``np.median``'s partition; the same values).
        n = xs.shape[1]
        rgb = np.sort(field.rgb[yi, xi], axis=1)[:, (n - 1) // 2:n // 2 + 1].mean(axis=1)
        tints.append(rgb / np.maximum(1.0, rgb.sum(axis=1, keepdims=True)))
    middle = np.median(np.stack(tints), axis=0)
    sides = np.stack([share * np.exp(-np.linalg.norm(tint - middle, axis=1) / 0.04)
                      for share, tint in zip(shares, tints, strict=True)])
    return 0.5 * sides.mean(axis=0) + 0.5 * sides.min(axis=0)


def from_top_left(quad: Quad) -> Quad:
    """The same corners, clockwise on screen, starting from the one nearest the top-left."""
    pts = list(quad)
    if _signed_area(pts) < 0:
        pts = [pts[0], pts[3], pts[2], pts[1]]
    start = min(range(4), key=lambda i: pts[i][0] + pts[i][1])
    return as_quad(pts[start:] + pts[:start])


def _signed_area(pts: list[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1],
                                                                strict=True)) / 2

