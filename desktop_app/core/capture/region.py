"""Where a photo is paper: a map the page finder also looks for the outline on.

On a patterned surface — checked or striped cloth, wood with its plank seams, a carpet —
straight edges are everywhere and the page's own edges are a few among many; but the
page is the one large area that is *paper*: light for where it is (the light falling
across a photo changes its level, so each pixel is compared with the lightest paper
near it), without colour, and plain at the scale of a few letters (print and
handwriting are thin; the dark half of a check or a stripe is not). The map of that
share, drawn on a small copy, has the page's edges and hardly any of the surface's: the
page finder looks for an outline on it too, and weighs the two outlines by how plainly
each separates paper from the rest (``contrast``; ``pagefind``).

On a white desk the desk is paper-like too: then no region stands out, and the edges
decide alone.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageFilter

from desktop_app.core.capture.geometry import Quad, as_quad

BLOCK = 16  # pixels of the small copy per cell of the local "lightest paper" grid
MIN_LIGHT = 0.55  # of the photo's lightest parts, below which nothing is paper
LIGHT_SHARE = 0.55  # of the lightest paper nearby, from which a pixel is light
MAX_CHROMA = 40.0  # colourfulness (x 1.5, as in ``edges.Field``) paper stays under
PLAIN_SHARE = 0.7  # share of paper pixels around a pixel of a paper region
MAX_ROUGH = 6.0  # grey levels of grain (``roughness``) paper stays under
WINDOW = 5  # half-side of that neighbourhood, in pixels of the small copy
SPECKLE = 5  # pixels: patches of paper narrower than this are not the page (a check)
HOLES = 7  # pixels: gaps in the page's paper narrower than this are closed (print)
PIECE = 0.1  # share of the largest region of paper a piece of the page has at least
MAX_PIECES = 16  # pieces of paper looked at, the broadest first
PIECE_CORE = 15  # pixels: the side of a square half of which a piece must cover


def roughness(raw: np.ndarray) -> np.ndarray:
    """How grainy the picture (grey levels, not blurred) is round each pixel: the mean
    difference from the local mean. Paper is smooth between its letters; a carpet's
    fibres, or wood's, are not."""
    return _box_mean(np.abs(raw - _box_mean(raw, 1)), 2)


def paper_pixels(light: np.ndarray, colour: np.ndarray, bright: float,
                 rough: np.ndarray) -> np.ndarray:
    """The pixels of the picture (its ``light`` and ``colour`` planes, and its
    ``roughness``) that may be paper: light for where they are, colourless, smooth."""
    h, w = light.shape
    gh, gw = -(-h // BLOCK), -(-w // BLOCK)
    padded = np.pad(light, ((0, gh * BLOCK - h), (0, gw * BLOCK - w)), mode="edge")
    blocks = padded.reshape(gh, BLOCK, gw, BLOCK).max(axis=(1, 3))
    around = np.pad(blocks, 1, mode="edge")
    lightest = np.max(np.stack([around[dy:dy + gh, dx:dx + gw]
                                for dy in range(3) for dx in range(3)]), axis=0)
    reference = np.asarray(Image.fromarray(lightest.astype(np.float32), "F").resize(
        (w, h), Image.Resampling.BILINEAR))
    return ((light > LIGHT_SHARE * reference) & (light > MIN_LIGHT * bright)
            & (colour < MAX_CHROMA) & (rough < MAX_ROUGH))


def paper_share(pixels: np.ndarray, reach: int = WINDOW) -> np.ndarray:
    """The share of paper pixels (``paper_pixels``) within ``reach`` of each pixel."""
    return _box_mean(pixels.astype(np.float32), reach)


def paper_mask(share: np.ndarray) -> np.ndarray:
    """Where the picture is paper over most of a small neighbourhood."""
    return share > PLAIN_SHARE


def _box_mean(a: np.ndarray, r: int) -> np.ndarray:
    """Mean of ``a`` over the (2r+1)-square round each pixel (edges repeated)."""
    c = np.pad(a, ((r + 1, r), (r + 1, r)), mode="edge").cumsum(0).cumsum(1)
    n = 2 * r + 1
    return (c[n:, n:] - c[:-n, n:] - c[n:, :-n] + c[:-n, :-n]) / (n * n)


def contrast(mask: np.ndarray, quad: Quad) -> float:
    """How plainly ``quad`` separates paper from what is not: the share of paper in a
    thin band just inside each side less the share just outside it, the mean over the
    sides (bands beyond the photo's edge count as neither)."""
    h, w = mask.shape
    cx = sum(p[0] for p in quad) / 4
    cy = sum(p[1] for p in quad) / 4
    t = np.linspace(0.08, 0.92, 24)
    total = 0.0
    for k in range(4):
        (x0, y0), (x1, y1) = quad[k], quad[(k + 1) % 4]
        px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        shares = []
        for insets in ((0.03, 0.06), (-0.03, -0.06)):
            xs = np.concatenate([px + f * (cx - px) for f in insets])
            ys = np.concatenate([py + f * (cy - py) for f in insets])
            ok = (xs >= 0) & (xs <= w - 1) & (ys >= 0) & (ys <= h - 1)
            if not ok.any():
                shares.append(0.0)
                continue
            shares.append(float(mask[ys[ok].round().astype(np.intp),
                                     xs[ok].round().astype(np.intp)].mean()))
        total += shares[0] - shares[1]
    return total / 4


def outline(mask: np.ndarray) -> Quad | None:
    """The outline of the region of paper in ``mask`` (``paper_mask``): specks of paper
    (the white checks of gingham) dropped, gaps in it (print) closed, its larger
    pieces together (a receipt's barcode may cut it in two) with the holes in them
    filled; its corners are the points farthest along the diagonals of the smallest
    rectangle round it. Rough (a pixel or two off): ``pagefind`` refines it. None when
    there is no paper."""
    picture = Image.fromarray((mask * 255).astype(np.uint8), "L")
    picture = picture.filter(ImageFilter.MinFilter(SPECKLE)).filter(
        ImageFilter.MaxFilter(SPECKLE))
    picture = picture.filter(ImageFilter.MaxFilter(HOLES)).filter(ImageFilter.MinFilter(HOLES))
    left = np.asarray(picture) > 127
    # Pieces are flooded from the inside of the broadest first; narrow leftovers (no
    # square of PIECE_CORE pixels at least half paper) are never looked at.
    core = _box_mean(left.astype(np.float32), PIECE_CORE // 2)
    pieces: list[np.ndarray] = []
    while len(pieces) < MAX_PIECES:
        seed = int(np.argmax(np.where(left, core, 0.0)))
        y, x = divmod(seed, left.shape[1])
        if not left[y, x] or core[y, x] < 0.5:
            break
        start = np.zeros(left.shape, dtype=bool)
        start[y, x] = True
        piece = _flood(left, start)
        pieces.append(piece)
        left &= ~piece
    if not pieces:
        return None
    largest = max(int(p.sum()) for p in pieces)
    paper = np.zeros(mask.shape, dtype=bool)
    for piece in pieces:
        if piece.sum() >= PIECE * largest:
            paper |= piece
    # Holes: whatever the surround (flooded from outside the picture) does not reach.
    outside = np.pad(~paper, 1, constant_values=True)
    start = np.zeros(outside.shape, dtype=bool)
    start[0, 0] = True
    paper = ~_flood(outside, start)[1:-1, 1:-1]
    return _corners(paper)


def _flood(within: np.ndarray, start: np.ndarray) -> np.ndarray:
    """The pixels of ``within`` joined to ``start`` (side by side, not corner to corner):
    whole runs along the rows and then the columns, until nothing more is reached. The
    same as a flood fill, without a Python step per pixel."""
    reached = start & within
    while True:
        grown = _runs(_runs(reached, within).T, within.T).T
        if np.array_equal(grown, reached):
            return reached
        reached = grown


def _runs(reached: np.ndarray, within: np.ndarray) -> np.ndarray:
    """Every run of ``within`` along a row that holds a pixel of ``reached``."""
    flat = np.ascontiguousarray(within).ravel()
    begins = flat.copy()
    begins[1:] &= ~flat[:-1]
    begins[:: within.shape[1]] = flat[:: within.shape[1]]  # a run never crosses a row's end
    run = np.cumsum(begins)
    hit = np.zeros(int(run[-1]) + 1, dtype=bool)
    hit[run[flat & np.ascontiguousarray(reached).ravel()]] = True
    return (flat & hit[run]).reshape(within.shape)


def _corners(paper: np.ndarray) -> Quad:
    ys, xs = np.nonzero(paper)
    pts = np.stack([xs, ys], axis=1).astype(np.float64)
    smallest = None
    for angle in np.radians(np.arange(0.0, 90.0, 1.0)):
        u = pts @ np.array([math.cos(angle), math.sin(angle)])
        v = pts @ np.array([-math.sin(angle), math.cos(angle)])
        area = float(np.ptp(u) * np.ptp(v))
        if smallest is None or area < smallest[0]:
            smallest = (area, u, v)
    assert smallest is not None
    _area, u, v = smallest
    u = (u - u.mean()) / max(1.0, float(np.ptp(u)))
    v = (v - v.mean()) / max(1.0, float(np.ptp(v)))
    corners = [pts[int(np.argmax(su * u + sv * v))] for su, sv in
               ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    return as_quad([(float(x), float(y)) for x, y in corners])
