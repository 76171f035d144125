"""Plane geometry for page outlines: quadrilaterals, homographies, their overlap.

A ``Quad`` is four corners ``((x, y), ...)`` in the order top-left, top-right,
bottom-right, bottom-left of the page *as it reads*, in pixels of the image they were
found in. Pillow does the projective warp (``Image.transform`` with
``Image.Transform.PERSPECTIVE``); NumPy solves the eight coefficients it needs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from desktop_app.core.models import Point, Quad
from desktop_app.i18n import _

__all__ = ["Point", "Quad"]


def as_quad(points: Sequence[Sequence[float]]) -> Quad:
    """Four ``(x, y)`` pairs as a ``Quad`` of floats (raises ``ValueError`` otherwise)."""
    if len(points) != 4 or any(len(p) != 2 for p in points):
        raise ValueError("a page outline has four corners of two numbers each")
    pts = [(float(p[0]), float(p[1])) for p in points]
    if not all(math.isfinite(v) for p in pts for v in p):
        raise ValueError("a corner is not a finite number")
    return (pts[0], pts[1], pts[2], pts[3])


def whole(width: float, height: float) -> Quad:
    """The outline of the whole image."""
    return ((0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height)))


def scaled(quad: Quad, factor: float) -> Quad:
    return as_quad([(x * factor, y * factor) for x, y in quad])


def area(points: Sequence[Point]) -> float:
    """Signed area (shoelace): positive for clockwise corners in image coordinates."""
    total = 0.0
    for (x0, y0), (x1, y1) in zip(points, [*points[1:], points[0]], strict=True):
        total += x0 * y1 - x1 * y0
    return total / 2


def is_convex(quad: Quad) -> bool:
    """True when the corners go round clockwise (as seen on screen) without crossing."""
    signs = []
    for i in range(4):
        (x0, y0), (x1, y1), (x2, y2) = quad[i], quad[(i + 1) % 4], quad[(i + 2) % 4]
        signs.append((x1 - x0) * (y2 - y1) - (y1 - y0) * (x2 - x1))
    return all(s > 0 for s in signs)


def ordered(points: Sequence[Point]) -> Quad:
    """Four corners sorted clockwise from the one nearest the image's top-left."""
    cx = sum(p[0] for p in points) / 4
    cy = sum(p[1] for p in points) / 4
    around = sorted(points, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    start = min(range(4), key=lambda i: around[i][0] + around[i][1])
    return as_quad(around[start:] + around[:start])


def turned(quad: Quad, quarter_turns: int) -> Quad:
    """The same outline with its corners renamed for a page turned ``quarter_turns``
    times 90 degrees clockwise: what was the left edge becomes the top."""
    k = quarter_turns % 4
    return as_quad(list(quad[-k:] + quad[:-k]) if k else list(quad))


def _clip(subject: list[Point], a: Point, b: Point) -> list[Point]:
    """Sutherland-Hodgman: the part of ``subject`` on the inner side of edge a->b."""

    def inside(p: Point) -> bool:
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0

    def cross(p: Point, q: Point) -> Point:
        x1, y1, x2, y2 = p[0], p[1], q[0], q[1]
        x3, y3, x4, y4 = a[0], a[1], b[0], b[1]
        den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
        if den == 0:
            return q
        t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den
        return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))

    out: list[Point] = []
    for i, current in enumerate(subject):
        previous = subject[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(cross(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(cross(previous, current))
    return out


def iou(a: Quad, b: Quad) -> float:
    """Jaccard index of two convex outlines (area of overlap / area of union), the
    measure of the SmartDoc 2015 page-outline challenge."""
    pa, pb = list(ordered(a)), list(ordered(b))
    overlap = pa
    for i in range(4):
        overlap = _clip(overlap, pb[i], pb[(i + 1) % 4])
        if not overlap:
            return 0.0
    inter = abs(area(overlap))
    union = abs(area(pa)) + abs(area(pb)) - inter
    return inter / union if union > 0 else 0.0


def homography(src: Sequence[Point], dst: Sequence[Point]) -> np.ndarray:
    """The 3x3 projective map taking the four ``src`` points to the four ``dst`` points."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    h = np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))
    return np.append(h, 1.0).reshape(3, 3)


def apply(h: np.ndarray, points: Sequence[Point]) -> list[Point]:
    out = []
    for x, y in points:
        u, v, w = h @ np.array([x, y, 1.0])
        out.append((float(u / w), float(v / w)))
    return out


def perspective_coeffs(quad: Quad, width: int, height: int) -> tuple[float, ...]:
    """Pillow's PERSPECTIVE coefficients for a ``width`` x ``height`` picture of the
    page outlined by ``quad``: they map each output pixel back into the source."""
    corners = whole(width, height)
    h = homography(corners, quad)
    return tuple(float(v) for v in (h / h[2, 2]).flatten()[:8])


def side_frame(p: tuple[float, float], q: tuple[float, float],
               centre: tuple[float, float]) -> tuple[float, float, float, float, float]:
    """The side from ``p`` to ``q``: its length, its direction and its normal pointing
    into the page (towards ``centre``)."""
    length = math.hypot(q[0] - p[0], q[1] - p[1])
    if length == 0:
        return 0.0, 0.0, 0.0, 0.0, 0.0
    ux, uy = (q[0] - p[0]) / length, (q[1] - p[1]) / length
    nx, ny = -uy, ux
    if (centre[0] - p[0]) * nx + (centre[1] - p[1]) * ny < 0:
        nx, ny = -nx, -ny
    return length, ux, uy, nx, ny


def line_through(p: Point, q: Point) -> np.ndarray:
    return np.cross([p[0], p[1], 1.0], [q[0], q[1], 1.0])


def meet(l1: np.ndarray, l2: np.ndarray) -> Point | None:
    """Where two lines (homogeneous ``a x + b y + c = 0``) cross; None when parallel."""
    x, y, w = np.cross(l1, l2)
    if abs(w) < 1e-9:
        return None
    return (float(x / w), float(y / w))


def check_outline(points: Sequence[Sequence[float]], width: float, height: float) -> Quad:
    """``points`` as a page outline inside a ``width`` x ``height`` image, or ValueError
    saying what is wrong: four corners, inside the image (a little beyond its edge is
    allowed: a page cut off by the photo's frame), going round without crossing, and
    enclosing a real part of the image."""
    try:
        quad = as_quad(points)
    except ValueError as exc:
        raise ValueError(_("an outline has four corners, each two numbers")) from exc
    slack = 0.1 * max(width, height)
    if any(x < -slack or y < -slack or x > width + slack or y > height + slack
           for x, y in quad):
        raise ValueError(_("a corner lies outside the picture"))
    if not is_convex(quad):
        raise ValueError(_("the corners must go round the page (top-left, top-right, "
                           "bottom-right, bottom-left) without crossing"))
    if abs(area(quad)) < 0.01 * width * height:
        raise ValueError(_("the outline is too small"))
    return quad
