"""Phone photos with exactly known page corners, made at test time: a drawn paper
(``tests/papers.py``) laid with a random perspective on a drawn surface
(``tests/surfaces.py``: wood, carpet, cloth, a dark table, a white desk, a cluttered
desk), lit from one side with a cast shadow, sometimes a finger over an edge, then
blurred a little, given grain and saved as JPEG. Everything comes from a random
generator seeded by the photo's number, so a number makes the same photo on every run,
and the surfaces take turns: photos ``n`` and ``n + len(SURFACE_NAMES)`` lie on the
same kind.

Real phone photos are not kept in the repository (they come from other projects): the
hand-annotated corners of a set of them are in ``bench/data/real_photos_truth.json``,
naming each file by name and SHA-256; ``real_photos(folder)`` pairs them with the files
of a folder that holds them (``EVIDENCE_PACKET_REAL_PHOTOS``).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from desktop_app.core.capture.geometry import Quad, as_quad, homography, is_convex
from tests import papers, surfaces

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "bench" / "data" / "real_photos_truth.json"
REAL_PHOTOS_ENV = "EVIDENCE_PACKET_REAL_PHOTOS"
SURFACE_NAMES = tuple(surfaces.SURFACES)


@dataclass(frozen=True)
class RealPhoto:
    path: Path
    corners: Quad
    held_out: bool


def real_photos_folder() -> Path | None:
    """The folder ``EVIDENCE_PACKET_REAL_PHOTOS`` names, when it names one."""
    value = os.environ.get(REAL_PHOTOS_ENV, "")
    return Path(value) if value and Path(value).is_dir() else None


def real_photos(folder: Path) -> list[RealPhoto]:
    """The annotated real photos found in ``folder`` (by name; a file whose SHA-256 is
    not the one annotated is an error: its corners would be wrong)."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))["photos"]
    found = []
    for name, entry in sorted(truth.items()):
        path = folder / name
        if not path.is_file():
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != entry["sha256"]:
            raise ValueError(f"{path} is not the photo annotated (SHA-256 {digest})")
        found.append(RealPhoto(path, as_quad(entry["corners"]), bool(entry["held_out"])))
    return found


# --- composites -------------------------------------------------------------------------


def _corners(page: Image.Image, size: tuple[int, int], rng: random.Random) -> Quad:
    """Where the page's corners land: somewhere inside the photo, turned, seen at a slant."""
    w, h = size
    for _ in range(200):
        fill = rng.uniform(0.45, 0.85)
        scale = fill * min(w / page.width, h / page.height)
        pw, ph = page.width * scale, page.height * scale
        angle = math.radians(rng.uniform(-35, 35))
        cx = w / 2 + rng.uniform(-0.12, 0.12) * w
        cy = h / 2 + rng.uniform(-0.12, 0.12) * h
        pts = []
        for dx, dy in ((-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2),
                       (-pw / 2, ph / 2)):
            x = cx + dx * math.cos(angle) - dy * math.sin(angle)
            y = cy + dx * math.sin(angle) + dy * math.cos(angle)
            # Foreshortening: each corner moved by up to 7 % of the page's size.
            pts.append((x + rng.uniform(-0.07, 0.07) * pw, y + rng.uniform(-0.07, 0.07) * ph))
        quad = as_quad(pts)
        margin = 0.02 * min(w, h)
        if is_convex(quad) and all(margin < x < w - margin and margin < y < h - margin
                                   for x, y in quad):
            return quad
    raise RuntimeError("no placement found")


def _light(size: tuple[int, int], rng: random.Random, direction: float, strength: float
           ) -> np.ndarray:
    """Light falling off away from a window on one side (``direction``, radians: where
    the light comes from), with a soft uneven patch; a multiplier per pixel."""
    w, h = size
    xs = (np.arange(w, dtype=np.float32)[None, :] - w / 2) / max(w, h)
    ys = (np.arange(h, dtype=np.float32)[:, None] - h / 2) / max(w, h)
    toward = xs * math.cos(direction) + ys * math.sin(direction)  # -0.5..0.5
    field = 1.0 - strength * (0.5 - toward)
    field = field * (0.94 + 0.06 * surfaces.smooth(size, (4, 5), rng))
    return np.clip(field, 0.2, 1.05)


def _shade(frame: Image.Image, rng: random.Random, quad: Quad) -> Image.Image:
    """A soft cast shadow (the phone or the hand holding it) reaching over the page."""
    w, h = frame.size
    mask = Image.new("L", frame.size, 0)
    draw = ImageDraw.Draw(mask)
    cx = sum(p[0] for p in quad) / 4
    cy = sum(p[1] for p in quad) / 4
    side = rng.randrange(4)
    edge = [(rng.uniform(0, w), -50), (w + 50, rng.uniform(0, h)), (rng.uniform(0, w), h + 50),
            (-50, rng.uniform(0, h))][side]
    reach = rng.uniform(0.3, 0.7)
    tip = (edge[0] + (cx - edge[0]) * reach * 2, edge[1] + (cy - edge[1]) * reach * 2)
    r = rng.uniform(0.08, 0.2) * min(w, h)
    draw.line((edge, tip), fill=255, width=int(2 * r))
    draw.ellipse((tip[0] - r, tip[1] - r, tip[0] + r, tip[1] + r), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(rng.uniform(10, 35)))
    depth = rng.uniform(0.2, 0.45)
    dark = np.asarray(mask, dtype=np.float32) / 255 * depth
    px = np.asarray(frame, dtype=np.float32) * (1 - dark[..., None])
    return Image.fromarray(px.astype(np.uint8), "RGB")


def _fingers(draw: ImageDraw.ImageDraw, quad: Quad, rng: random.Random) -> None:
    """A finger or two (rounded, skin-coloured capsules) laid over one edge of the page,
    as when the page is held flat for the photo."""
    side = rng.randrange(4)
    (x0, y0), (x1, y1) = quad[side], quad[(side + 1) % 4]
    length = math.hypot(x1 - x0, y1 - y0)
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length  # pointing into the page
    width = rng.uniform(0.09, 0.14) * length
    skin = (rng.randint(150, 235), rng.randint(105, 175), rng.randint(80, 145))
    t = rng.uniform(0.2, 0.75)
    for _finger in range(rng.choice((1, 1, 2))):
        px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        reach = rng.uniform(0.6, 1.4) * width
        steps = 12
        for k in range(steps + 1):  # a row of discs from outside the page to inside
            f = k / steps
            cx = px + nx * (f * reach * 2 - reach * 1.2)
            cy = py + ny * (f * reach * 2 - reach * 1.2)
            r = width / 2
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=skin)
        t += 1.05 * width / length


def composite(number: int, surface: str | None = None, *, upright: bool = False,
              background: Image.Image | None = None) -> tuple[Image.Image, Quad]:
    """Photo ``number`` (any int; the same number makes the same photo) and its page's
    true corners, in its own pixels, in the order top-left, top-right, bottom-right,
    bottom-left of the page image pasted — which half the time lies turned a quarter
    (a landscape shot of a portrait page), unless ``upright``. ``surface``: one of
    ``SURFACE_NAMES`` (default: the number's turn); ``background``: a photo of a surface
    to lay the page on instead (cut to the photo's size)."""
    rng = random.Random(number)
    name = surface or SURFACE_NAMES[number % len(SURFACE_NAMES)]
    page = papers.paper(rng)
    if rng.random() < 0.5 and not upright:
        page = page.transpose(Image.Transpose.ROTATE_90)
    size = (1200, 1600) if rng.random() < 0.6 else (1600, 1200)
    if background is not None:
        name = "photo"
        frame = ImageOps.fit(background.convert("RGB"), size, Image.Resampling.LANCZOS)
    else:
        frame = surfaces.SURFACES[name](size, rng)
    desk = float(np.median(np.asarray(frame.convert("L"))[::7, ::7]))
    # Paper on a white desk: whiter than the desk by a few grey levels only.
    white = (min(253, round(desk + rng.uniform(3, 14))) if desk > 190
             else rng.randint(232, 252))
    paper = ImageChops.multiply(page, Image.new("RGB", page.size,
                                                (white, white, white - rng.randint(0, 10))))
    quad = _corners(paper, size, rng)
    # Map each photo pixel back onto the page (Pillow's PERSPECTIVE wants that way).
    h = homography(list(quad), [(0, 0), (paper.width, 0), (paper.width, paper.height),
                                (0, paper.height)])
    coeffs = tuple(float(v) for v in (h / h[2, 2]).flatten()[:8])
    mask = Image.new("L", paper.size, 255).transform(
        size, Image.Transform.PERSPECTIVE, coeffs, resample=Image.Resampling.BILINEAR)
    if name == "clutter":
        frame = surfaces.with_clutter(frame, mask, rng)
    warped = paper.transform(size, Image.Transform.PERSPECTIVE, coeffs,
                             resample=Image.Resampling.BICUBIC)
    direction = rng.uniform(0, 2 * math.pi)  # where the light comes from
    # The page's own shadow falls away from the light: a thin dark rim on that side.
    away = rng.uniform(2, 12)
    offset = (round(-away * math.cos(direction)), round(-away * math.sin(direction)))
    blur = rng.uniform(3, 14)
    depth = rng.uniform(0.2, 0.5)
    shadow = mask.filter(ImageFilter.GaussianBlur(blur)).point(lambda v: int(v * depth))
    frame.paste((15, 12, 10), offset, shadow)
    frame.paste(warped, (0, 0), mask)
    if rng.random() < 0.35:
        _fingers(ImageDraw.Draw(frame), quad, rng)
    strength = rng.uniform(0.25, 0.5) if desk > 190 else rng.uniform(0.05, 0.4)
    lit = np.asarray(frame, dtype=np.float32) * _light(size, rng, direction, strength)[..., None]
    frame = Image.fromarray(np.clip(lit, 0, 255).astype(np.uint8), "RGB")
    if rng.random() < 0.35:
        frame = _shade(frame, rng, quad)
    frame = frame.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.2)))
    grain = np.random.default_rng(number).normal(0, rng.uniform(1.5, 4.5), (size[1], size[0], 1))
    frame = Image.fromarray(np.clip(np.asarray(frame, dtype=np.float32) + grain, 0, 255)
                            .astype(np.uint8), "RGB")
    out = io.BytesIO()
    frame.save(out, "JPEG", quality=rng.randint(72, 92))
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB"), quad
