"""Phone photos with exactly known page corners, made for the tests: a real document
page pasted with a random perspective onto a real photo of a table (wood, a dark or a
light desk, a blue one, a keyboard), with a cast shadow, uneven light, a finger over an
edge now and then, camera blur, grain and JPEG.

The pages are the sample case's documents drawn clean (letters, receipts, forms); the
backgrounds are real photos in ``tests/data/backgrounds`` (see ``data/photos/SOURCES.md``).
Everything comes from a random generator seeded by the photo's number, so a photo is
the same on every run.
"""

from __future__ import annotations

import functools
import io
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from desktop_app.core.capture.geometry import Quad, as_quad, homography, is_convex

DATA = Path(__file__).resolve().parent / "data"
PHOTOS = DATA / "photos"
BACKGROUNDS = DATA / "backgrounds"


@dataclass(frozen=True)
class RealPhoto:
    path: Path
    corners: Quad
    held_out: bool


def real_photos() -> list[RealPhoto]:
    """The real phone photos with their hand-annotated corners."""
    truth = json.loads((PHOTOS / "truth.json").read_text(encoding="utf-8"))["photos"]
    return [RealPhoto(PHOTOS / name, as_quad(entry["corners"]), bool(entry["held_out"]))
            for name, entry in sorted(truth.items())]


@functools.cache
def _pages() -> tuple[Image.Image, ...]:
    from desktop_app.core import samples

    found = []
    for spec in samples.SAMPLE_DOCUMENTS:
        for page in samples.render_clean_pages(spec)[:1]:
            page.thumbnail((1100, 1100), Image.Resampling.LANCZOS)
            found.append(page.convert("RGB"))
    return tuple(found)


def background_names() -> list[str]:
    return sorted(p.name for p in BACKGROUNDS.glob("*.jpg"))


def _background(name: str, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """The background photo filling ``size``: a whole photo scaled to cover it; a strip
    of table repeated (mirrored, so its grain runs on), then cut to size at a random
    place."""
    with Image.open(BACKGROUNDS / name) as im:
        photo = im.convert("RGB")
    if rng.random() < 0.5:
        photo = photo.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    cover = max(size[0] / photo.width, size[1] / photo.height)
    if photo.width * photo.height >= 0.4 * size[0] * size[1]:
        scale = cover * rng.uniform(1.0, 1.2)
    else:
        scale = max(1.0, 0.6 * cover)
    photo = photo.resize((round(photo.width * scale), round(photo.height * scale)))
    tiled = Image.new("RGB", (max(size[0], photo.width) * 2, max(size[1], photo.height) * 2))
    flips = (photo, photo.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    for row, y in enumerate(range(0, tiled.height, photo.height)):
        for col, x in enumerate(range(0, tiled.width, photo.width)):
            tile = flips[col % 2]
            tiled.paste(tile.transpose(Image.Transpose.FLIP_TOP_BOTTOM) if row % 2 else tile,
                        (x, y))
    x0 = rng.randint(0, tiled.width - size[0])
    y0 = rng.randint(0, tiled.height - size[1])
    return tiled.crop((x0, y0, x0 + size[0], y0 + size[1]))


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


def _light(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Light falling off from one side, and a soft dark patch (the phone's shadow)."""
    cols, rows = 8, 10
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    sx, sy, sr = rng.uniform(0, cols), rng.uniform(0, rows), rng.uniform(1.5, 3.5)
    depth = rng.uniform(0, 70)
    values = []
    for r in range(rows):
        for c in range(cols):
            fall = 30 * (gx * (c / cols - 0.5) + gy * (r / rows - 0.5))
            shadow = depth * math.exp(-((c - sx) ** 2 + (r - sy) ** 2) / (2 * sr * sr))
            values.append(max(0, min(255, int(235 + fall - shadow))))
    field = Image.new("L", (cols, rows))
    field.putdata(values)
    return field.resize(size, Image.Resampling.BICUBIC).convert("RGB")


def _finger(draw: ImageDraw.ImageDraw, quad: Quad, rng: random.Random) -> None:
    """A finger (a rounded, skin-coloured capsule) laid over one edge of the page."""
    side = rng.randrange(4)
    (x0, y0), (x1, y1) = quad[side], quad[(side + 1) % 4]
    t = rng.uniform(0.2, 0.8)
    px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
    length = math.hypot(x1 - x0, y1 - y0)
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length  # pointing into the page
    width = rng.uniform(0.045, 0.07) * length * 2
    reach = rng.uniform(0.6, 1.4) * width
    skin = (rng.randint(170, 230), rng.randint(120, 170), rng.randint(95, 140))
    steps = 12
    for k in range(steps + 1):  # a row of discs from outside the page to inside
        f = k / steps
        cx = px + nx * (f * reach * 2 - reach * 1.2)
        cy = py + ny * (f * reach * 2 - reach * 1.2)
        r = width / 2
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=skin)


def composite(number: int, background: str | None = None, *,
              upright: bool = False) -> tuple[Image.Image, Quad]:
    """Photo ``number`` (any int; the same number makes the same photo) and its page's
    true corners, in its own pixels, in the order top-left, top-right, bottom-right,
    bottom-left of the page image pasted — which half the time lies turned a quarter
    (a landscape shot of a portrait page), unless ``upright``."""
    rng = random.Random(number)
    pages = _pages()
    page = pages[rng.randrange(len(pages))]
    if rng.random() < 0.5 and not upright:
        page = page.transpose(Image.Transpose.ROTATE_90)
    size = (1200, 1600) if rng.random() < 0.6 else (1600, 1200)
    names = background_names()
    frame = _background(background or names[rng.randrange(len(names))], size, rng)
    white = rng.randint(236, 252)
    paper = ImageChops.multiply(page, Image.new("RGB", page.size,
                                                (white, white, white - rng.randint(0, 12))))
    quad = _corners(paper, size, rng)
    # Map each photo pixel back onto the page (Pillow's PERSPECTIVE wants that way).
    h = homography(list(quad), [(0, 0), (paper.width, 0), (paper.width, paper.height),
                                (0, paper.height)])
    coeffs = tuple(float(v) for v in (h / h[2, 2]).flatten()[:8])
    warped = paper.transform(size, Image.Transform.PERSPECTIVE, coeffs,
                             resample=Image.Resampling.BICUBIC)
    mask = Image.new("L", paper.size, 255).transform(
        size, Image.Transform.PERSPECTIVE, coeffs, resample=Image.Resampling.BILINEAR)
    shadow = mask.filter(ImageFilter.GaussianBlur(rng.uniform(6, 18))).point(
        lambda v: v * 2 // 5)
    offset = (rng.randint(-12, 16), rng.randint(-8, 22))
    frame.paste((20, 16, 12), offset, shadow)
    frame.paste(warped, (0, 0), mask)
    if rng.random() < 0.45:
        _finger(ImageDraw.Draw(frame), quad, rng)
    frame = ImageChops.multiply(frame, _light(size, rng))
    frame = frame.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.3)))
    # Sensor grain: a few grey levels either way.
    grain = Image.effect_noise(size, rng.uniform(3, 9)).point(lambda v: 215 + v // 6)
    frame = Image.blend(frame, ImageChops.multiply(frame, grain.convert("RGB")), 0.3)
    out = io.BytesIO()
    frame.save(out, "JPEG", quality=85)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB"), quad
