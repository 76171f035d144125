"""Find the page in a photo: the four corners of the sheet of paper, or None.

The method, on a small copy of the photo (``WORK_SIDE`` pixels on its longer side):

1. Edges: the gradient of the brightness and of the colourfulness (white paper on a
   light wooden table differs more in colour than in brightness), thinned to one pixel.
2. Lines: a Hough transform in which each edge pixel votes only for lines across its
   own gradient, so text and wood grain add little; the strongest few dozen lines are
   kept, plus the four borders of the photo (for a page cut off by the frame).
3. Outlines: every two roughly parallel lines with two others across them make a
   quadrilateral. Each is scored by how much of its outline runs along a real edge with
   the paper on the same side of every edge, and by whether what lies just inside the
   outline looks like paper (light and plain) — so the sheet beats a table drawn on it,
   its text block, a shadow, or a dark laptop or folder it lies on.
4. Refinement: on a larger copy, each side is found again along its normal at many
   points and a line fitted through them, dropping the points where a finger or a
   shadow crosses the edge.

``find_page`` says None when the image is the page already (a scan, a screenshot, a
page photographed edge to edge) or when no outline is convincing: a page is never cut
into on a guess. NumPy and Pillow only (see the note of issue 11).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from desktop_app.core.capture import region
from desktop_app.core.capture.geometry import Quad, as_quad, iou, is_convex, whole

WORK_SIDE = 640  # pixels: the small copy the outline is found on
REFINE_SIDE = 1600  # pixels: the copy each side is placed on precisely
MAX_LINES = 56
MIN_AREA = 0.05  # share of the photo a page covers at least
MIN_COVER = 0.3  # share of each side that must run along an edge
NEARLY_WHOLE = 0.95  # IoU with the whole image above which there is nothing to cut
MIN_SCORE = 0.2  # below this, no outline is believed
TOP_OUTLINES = 3000  # the best outlines by their edges, checked for paper inside
SLACK = 3  # pixels of the small copy an edge may stray from its straight line
SHARE_REACH = 5  # half-side of the neighbourhood the paper map is averaged over
SURFACE_PAPER = 0.8  # share of a photo paper-like beyond which the surface is too (a desk)
AGREE = 0.85  # IoU from which the edges' outline and the paper map's are one
VAGUE = 0.3  # separation of paper (``region.contrast``) an outline of edges is doubted below
PLAINER = 0.15  # how much more plainly the paper map's outline must separate paper to win
STEPS = (2, 4, 7)  # pixels of the small copy either side of a line where its sides are compared


@dataclass(frozen=True)
class Found:
    """An outline and how sure the finder is of it (0..1)."""

    quad: Quad
    score: float


def find_page(image: Image.Image) -> Quad | None:
    """The page's outline in ``image`` pixels, clockwise from the corner nearest the
    image's top-left (the photo as it is, not yet the page as it reads), or None when
    the whole image is the page."""
    big, big_factor = _copy(image, REFINE_SIDE)
    if looks_scanned(big):
        return None
    found = find_outline(image, (big, big_factor))
    if found is None or found.score < MIN_SCORE:
        return None
    if iou(found.quad, whole(*image.size)) >= NEARLY_WHOLE:
        return None
    return found.quad


def looks_scanned(image: Image.Image) -> bool:
    """True when plain paper runs along all four borders of the image: a scan or a
    born-digital page (its margins), not a page lying on a table. Measured: every scan
    and digital page of the sample case and the shared corpus has paper all round (a
    few inked spots at most); the real phone photos have it on two sides at most (a
    receipt on a white table), a composite on a white desk below a keyboard on three."""
    small, _factor = _copy(image, WORK_SIDE)
    light, colour = _light_and_colour(small)
    bright = float(np.percentile(light[::3, ::3], 97))
    h, w = light.shape
    b = max(3, int(0.025 * min(h, w)))
    plain = (light > 0.85 * bright) & (colour < 30)
    strips = (plain[:b], plain[-b:], plain[:, :b], plain[:, -b:])
    return all(float(strip.mean()) > 0.6 for strip in strips)


def find_outline(image: Image.Image,
                 big: tuple[Image.Image, float] | None = None) -> Found | None:
    """The most convincing outline in ``image``, however weak (None: not even one).
    ``big``: ``image`` already scaled down for the refinement, and by how much."""
    big_copy, big_factor = big or _copy(image, REFINE_SIDE)
    small, factor = _copy(big_copy, WORK_SIDE)
    factor *= big_factor
    field = _Field.of(small)
    best = _best_quad(field, _lines(field), small)
    best = _weigh_paper(field, small, best)
    if best is None:
        return None
    quad, score = best
    # Twice: on the small copy, where a line of the Hough grid may be a degree off (a
    # few pixels at the corners), then on the larger copy, within a few pixels.
    quad = _refine(_Planes.of(small), quad, reach=6.0)
    refined = _refine(_Planes.of(big_copy), _scale(quad, big_factor / factor),
                      reach=max(4.0, 2.5 * big_factor / factor))
    return Found(_scale(refined, 1 / big_factor), score)


def _weigh_paper(field: _Field, small: Image.Image,
                 best: tuple[Quad, float] | None) -> tuple[Quad, float] | None:
    """``best``, the outline of the photo's straight edges, or the outline found on the
    map of where the photo is paper, when that one separates paper from the rest much
    more plainly and the edges' outline hardly does (``region``). On a patterned
    surface (wood's seams, cloth's stripes) the strongest edges may be the surface's;
    the paper map has only the paper's."""
    pixels = region.paper_pixels(field.light, field.colour, field.bright, region.roughness(
        np.asarray(small.convert("L"), dtype=np.float32)))
    mask = region.paper_mask(region.paper_share(pixels))
    if mask.mean() >= SURFACE_PAPER:
        return best  # the surface is paper-like too (a white desk): the edges decide
    plain = region.contrast(mask, best[0]) if best is not None else 0.0
    if abs(plain) >= VAGUE:
        return best  # the edges' outline plainly holds paper (or plainly not: no map)
    share = region.paper_share(pixels, SHARE_REACH)
    grey = Image.fromarray((share * 255).astype(np.uint8), "L")
    paper = _Field.of(Image.merge("RGB", (grey, grey, grey)))
    other = _best_quad(paper, _lines(paper), small)
    if other is None or best is None:
        return best or other
    if (iou(best[0], other[0]) < AGREE
            and region.contrast(mask, other[0]) > plain + PLAINER):
        return other
    return best


def _scale(quad: Quad, factor: float) -> Quad:
    return as_quad([(x * factor, y * factor) for x, y in quad])


def _copy(image: Image.Image, side: int) -> tuple[Image.Image, float]:
    """``image`` as RGB at most ``side`` pixels long, and the factor it was scaled by."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    factor = min(1.0, side / max(rgb.size))
    if factor < 1.0:
        size = (max(1, round(rgb.width * factor)), max(1, round(rgb.height * factor)))
        whole_steps = int(1 / factor)
        if whole_steps >= 2:  # averaging whole blocks first is much quicker
            rgb = rgb.reduce(whole_steps)
        rgb = rgb.resize(size, Image.Resampling.BOX)
        factor = size[0] / image.width
    return rgb, factor


# --- edges --------------------------------------------------------------------------------


def _light_and_colour(rgb: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    r, g, b = (np.asarray(band, dtype=np.float32) for band in rgb.split())
    light = 0.299 * r + 0.587 * g + 0.114 * b
    # Per-band maximum and minimum: far quicker than reducing along a last axis of three.
    colour = np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)
    return light, colour


@dataclass
class _Field:
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
    def of(cls, rgb: Image.Image) -> _Field:
        soft = rgb.filter(ImageFilter.GaussianBlur(1.6))
        light, colour = _light_and_colour(soft)
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
                   np.asarray(soft, dtype=np.float32), max(6.0, 3.0 * texture),
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


# --- lines -------------------------------------------------------------------------------


def _lines(field: _Field, count: int = MAX_LINES) -> np.ndarray:
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


# --- outlines ----------------------------------------------------------------------------


def _profiles(field: _Field, lines: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
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
        step = np.zeros(len(ts), dtype=np.float32)
        step[first:last] = _step(field, xs[first:last], ys[first:last], c, s)
        rises[i, 1:] = np.cumsum(step > field.step_level)
        falls[i, 1:] = np.cumsum(step < -field.step_level)
    return rises, falls, ts


def _step(field: _Field, xs: np.ndarray, ys: np.ndarray, c: float, s: float) -> np.ndarray:
    """How much lighter (or plainer) the picture is towards (c, s) than the other way, at
    each point: the smallest such step seen at several distances from the line, and 0
    where they disagree — so a drawn line (a ridge, not a step) counts for nothing. The
    edge may lie a little off the line (a sheet is rarely quite flat): the strongest step
    within ``SLACK`` pixels of it counts."""
    w, h = field.width, field.height
    reach = SLACK + max(STEPS)
    offsets = np.arange(-reach, reach + 1)
    # Every point across the line at once: one row per point, one column per offset.
    xi = np.clip(np.rint(xs[:, None] + offsets[None, :] * c), 0, w - 1).astype(np.intp)
    yi = np.clip(np.rint(ys[:, None] + offsets[None, :] * s), 0, h - 1).astype(np.intp)
    flat = yi * w + xi
    best = np.zeros(len(xs), dtype=np.float32)
    for plane, sign in ((field.light, 1.0), (field.colour, -1.0)):  # paper: the plainer
        across = plane.ravel()[flat] * sign
        for shift in range(-SLACK, SLACK + 1):
            centre = reach + shift
            low = high = None
            for d in STEPS:
                one = across[:, centre + d] - across[:, centre - d]
                low = one if low is None else np.minimum(low, one)
                high = one if high is None else np.maximum(high, one)
            assert low is not None and high is not None
            step = np.where(low > 0, low, np.where(high < 0, high, 0.0))
            best = np.where(np.abs(step) > np.abs(best), step, best)
    return best


def _candidates(lines: np.ndarray, field: _Field) -> np.ndarray:
    """Index rows (a, b, c, d): lines a and c roughly parallel, b and d across them."""
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
    p, q = np.triu_indices(len(i), 1)
    a, c, b, d = i[p], j[p], i[q], j[q]
    mean_a = theta[a]
    ok = gap[a, b] > math.radians(50)
    ok &= (a != b) & (a != d) & (c != b) & (c != d)
    ok &= (border[a] + border[b] + border[c] + border[d]) <= 2
    del mean_a
    return np.stack([a[ok], b[ok], c[ok], d[ok]], axis=1)


def _crossings(lines: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    c, s, r = np.cos(lines[:, 0]), np.sin(lines[:, 0]), lines[:, 1]
    det = c[:, None] * s[None, :] - s[:, None] * c[None, :]
    safe = np.where(np.abs(det) < 1e-9, 1.0, det)
    x = (r[:, None] * s[None, :] - s[:, None] * r[None, :]) / safe
    y = (c[:, None] * r[None, :] - r[:, None] * c[None, :]) / safe
    return x, y, np.abs(det) >= 1e-9


def _best_quad(field: _Field, lines: np.ndarray,
               small: Image.Image) -> tuple[Quad, float] | None:
    combos = _candidates(lines, field)
    if not len(combos):
        return None
    rises, falls, ts = _profiles(field, lines)
    xs, ys, crosses = _crossings(lines)
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
    # Per side: its length, the share of it where paper is brighter inside, and darker.
    sides = []
    for side in range(4):
        line = combos[:, side]
        # The side on ``line`` runs between the corners before and after it.
        p, q = (side - 1) % 4, side
        cs, sn = np.cos(theta[line]), np.sin(theta[line])
        t_p = -cx[:, p] * sn + cy[:, p] * cs
        t_q = -cx[:, q] * sn + cy[:, q] * cs
        lo = np.clip(np.rint(np.minimum(t_p, t_q) - ts[0]), 0, len(ts)).astype(np.intp)
        hi = np.clip(np.rint(np.maximum(t_p, t_q) - ts[0]), 0, len(ts)).astype(np.intp)
        length = np.maximum(hi - lo, 1)
        up = (rises[line, hi] - rises[line, lo]) / length
        down = (falls[line, hi] - falls[line, lo]) / length
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
              * _looks_like_a_page(field, cx[top], cy[top]))
    best = int(np.argmax(scores))
    pick = _nested(field, top, best, scores, firm, cx, cy)
    quad = as_quad(list(zip(cx[pick], cy[pick], strict=True)))
    if not is_convex(quad):
        quad = as_quad([quad[0], quad[3], quad[2], quad[1]])
    score = float(scores[np.nonzero(top == pick)[0][0]])
    return _from_top_left(quad), float(min(1.0, 2.5 * score))


def _looks_like_a_page(field: _Field, cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
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


def _busy(field: _Field) -> np.ndarray:
    """Where the picture has detail (an edge within a few pixels): print, handwriting."""
    e = field.edges
    out = e.copy()
    for d in (1, 2, 3):
        out[d:] |= e[:-d]
        out[:-d] |= e[d:]
        out[:, d:] |= e[:, :-d]
        out[:, :-d] |= e[:, d:]
    return out


def _nested(field: _Field, top: np.ndarray, best: int, scores: np.ndarray,
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


def _ring_is_plain(field: _Field, outer: tuple[np.ndarray, np.ndarray],
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


def _paper_inside(field: _Field, cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
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
        rgb = np.median(field.rgb[yi, xi], axis=1)  # (n, 3)
        tints.append(rgb / np.maximum(1.0, rgb.sum(axis=1, keepdims=True)))
    middle = np.median(np.stack(tints), axis=0)
    sides = np.stack([share * np.exp(-np.linalg.norm(tint - middle, axis=1) / 0.04)
                      for share, tint in zip(shares, tints, strict=True)])
    return 0.5 * sides.mean(axis=0) + 0.5 * sides.min(axis=0)


def _from_top_left(quad: Quad) -> Quad:
    """The same corners, clockwise on screen, starting from the one nearest the top-left."""
    pts = list(quad)
    if _signed_area(pts) < 0:
        pts = [pts[0], pts[3], pts[2], pts[1]]
    start = min(range(4), key=lambda i: pts[i][0] + pts[i][1])
    return as_quad(pts[start:] + pts[:start])


def _signed_area(pts: list[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1],
                                                                strict=True)) / 2


# --- refinement ---------------------------------------------------------------------------


@dataclass
class _Planes:
    light: np.ndarray
    colour: np.ndarray

    @classmethod
    def of(cls, rgb: Image.Image) -> _Planes:
        light, colour = _light_and_colour(rgb)  # BOX-reduced already: smooth enough
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


def _refine(planes: _Planes, quad: Quad, reach: float) -> Quad:
    """Place each side of ``quad`` precisely; keep a rough side where too few points agree."""
    cx = sum(p[0] for p in quad) / 4
    cy = sum(p[1] for p in quad) / 4
    lines = [_refine_side(planes, quad[k], quad[(k + 1) % 4], (cx, cy), reach)
             for k in range(4)]
    corners = []
    for k in range(4):
        x, y, z = np.cross(lines[k - 1], lines[k])
        if abs(z) < 1e-9:
            return quad
        corners.append((float(x / z), float(y / z)))
    refined = as_quad(corners)
    moved = max(math.hypot(a[0] - b[0], a[1] - b[1]) for a, b in zip(refined, quad,
                                                                     strict=True))
    if not is_convex(refined) or moved > 3 * reach:
        return quad
    return refined


def _refine_side(planes: _Planes, p: tuple[float, float], q: tuple[float, float],
                 centre: tuple[float, float], reach: float) -> np.ndarray:
    rough = np.cross([p[0], p[1], 1.0], [q[0], q[1], 1.0])
    length = math.hypot(q[0] - p[0], q[1] - p[1])
    if length < 10:
        return rough
    ux, uy = (q[0] - p[0]) / length, (q[1] - p[1]) / length
    nx, ny = -uy, ux
    if (centre[0] - p[0]) * nx + (centre[1] - p[1]) * ny < 0:
        nx, ny = -nx, -ny  # the normal points into the page
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
