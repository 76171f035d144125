"""Surfaces a page is photographed on, drawn procedurally (NumPy and Pillow, no photo):
wood grain (light and dark), carpet, patterned cloth (gingham checks, flowers, stripes),
a dark table, a white desk, and a desk with clutter on it (a keyboard, a pen, a phone).

Every surface comes from a ``random.Random``, so one seed draws one surface on every
run. They are made to be hard where real ones are hard for a page finder: the plank
seams and grain of wood and the lines of checked cloth are long straight edges; carpet
is a fibrous noise with no quiet place; a white desk differs from white paper by a few
grey levels; a keyboard is a grid of little rectangles.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

Size = tuple[int, int]
Colour = tuple[int, int, int]


def smooth(size: Size, cells: tuple[int, int], rng: random.Random) -> np.ndarray:
    """Smooth random field in 0..1 of ``size`` (w, h): a ``cells`` grid of random
    values, interpolated."""
    grid = np.array([[rng.random() for _ in range(cells[0])] for _ in range(cells[1])],
                    dtype=np.float32)
    field = Image.fromarray(grid, "F").resize(size, Image.Resampling.BICUBIC)
    return np.clip(np.asarray(field), 0.0, 1.0)


def _noise(size: Size, rng: random.Random, sigma: float) -> np.ndarray:
    gen = np.random.default_rng(rng.getrandbits(32))
    return gen.normal(0.0, sigma, (size[1], size[0])).astype(np.float32)


def _to_image(rgb: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def _tint(shade: np.ndarray, colour: Colour) -> np.ndarray:
    """A grey-level field (1.0: the colour itself) as RGB of ``colour``."""
    return shade[..., None] * np.array(colour, dtype=np.float32)[None, None, :]


def _turned(size: Size, rng: random.Random, draw: Callable[[Size], Image.Image]
            ) -> Image.Image:
    """``draw`` a larger surface and turn it by a random angle: grain, planks and
    stripes run any way across the photo, not only along its sides."""
    side = int(math.hypot(*size)) + 4
    big = draw((side, side))
    angle = rng.uniform(0, 180)
    big = big.rotate(angle, Image.Resampling.BILINEAR)
    x0, y0 = (side - size[0]) // 2, (side - size[1]) // 2
    return big.crop((x0, y0, x0 + size[0], y0 + size[1]))


# --- wood ----------------------------------------------------------------------------------


def wood(size: Size, rng: random.Random, *, dark: bool = False) -> Image.Image:
    """Planks of wood: grain that waves along each plank, fine streaks, knots of darker
    rings now and then, and dark seams between the planks."""
    if dark:
        base = (rng.randint(70, 105), rng.randint(42, 62), rng.randint(25, 40))
    else:
        base = (rng.randint(185, 215), rng.randint(140, 170), rng.randint(90, 120))

    def draw(s: Size) -> Image.Image:
        w, h = s
        plank = rng.randint(140, 380)
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        warp = smooth(s, (6, 10), rng) * rng.uniform(20, 60)
        period = rng.uniform(9, 22)
        grain = 0.5 + 0.5 * np.sin(2 * math.pi * (ys + warp) / period
                                   + 3 * smooth(s, (3, 24), rng))
        streaks = np.asarray(Image.fromarray(
            _noise((max(1, w // 60), h), rng, 1.0)).resize(s, Image.Resampling.BILINEAR))
        shade = 1.0 - 0.10 * grain ** 3 + 0.035 * streaks
        # Each plank a little lighter or darker than the next.
        index = (ys // plank).astype(np.int64)
        tones = np.array([rng.uniform(0.88, 1.08) for _ in range(h // plank + 2)],
                         dtype=np.float32)
        shade = shade * tones[index]
        for _ in range(rng.randint(0, 3)):  # a knot
            kx, ky = rng.uniform(0, w), rng.uniform(0, h)
            r = np.hypot((xs - kx) / 3.0, ys - ky)
            shade *= 1 - 0.12 * np.exp(-r / 25) * (0.5 + 0.5 * np.sin(r / 3))
        seam = (ys % plank) < rng.choice((2, 3))
        shade = np.where(seam, shade * rng.uniform(0.35, 0.6), shade)
        # Plank ends: a seam across each plank at its own place.
        for p in range(h // plank + 1):
            x_end = rng.uniform(0, w)
            band = (index == p) & (np.abs(xs - x_end) < 1.5)
            shade = np.where(band, shade * 0.5, shade)
        return _to_image(_tint(shade, base))

    return _turned(size, rng, draw)


# --- carpet --------------------------------------------------------------------------------


def carpet(size: Size, rng: random.Random) -> Image.Image:
    """A carpet: fibres of many shades (noise, spread so it looks fibrous), tufts, and a
    slow mottle where the pile lies one way or the other."""
    base = rng.choice(((120, 110, 100), (80, 90, 110), (150, 135, 110), (95, 100, 80),
                       (140, 140, 140), (110, 60, 60)))
    w, h = size
    fibres = _noise(size, rng, 40.0)
    grey = Image.fromarray(np.clip(128 + fibres, 0, 255).astype(np.uint8), "L")
    grey = grey.effect_spread(3).filter(ImageFilter.GaussianBlur(0.6))
    # Tufts a few millimetres across: the grain a carpet shows even from afar.
    tufts = np.asarray(Image.fromarray(_noise((w // 5, h // 5), rng, 1.0)).effect_spread(1)
                       .resize(size, Image.Resampling.BICUBIC))
    shade = (0.8 + 0.45 * (np.asarray(grey, dtype=np.float32) / 255 - 0.5)
             + rng.uniform(0.1, 0.16) * tufts + 0.12 * (smooth(size, (5, 6), rng) - 0.5))
    rgb = _tint(shade, base)
    # Fibres of another colour here and there.
    flecks = np.asarray(Image.fromarray(_noise(size, rng, 1.0)).effect_spread(2)) > 2.2
    rgb[flecks] = np.array([rng.randint(60, 220) for _ in range(3)], dtype=np.float32)
    return _to_image(rgb).filter(ImageFilter.GaussianBlur(0.5))


# --- cloth ---------------------------------------------------------------------------------


def _cloth_warp(image: Image.Image, rng: random.Random) -> Image.Image:
    """Cloth does not lie flat: its pattern bends gently (a mesh of shifted cells)."""
    w, h = image.size
    cols, rows = 6, 8
    amount = rng.uniform(4, 14)
    shift = [[(rng.uniform(-amount, amount), rng.uniform(-amount, amount))
              for _c in range(cols + 1)] for _r in range(rows + 1)]

    def at(r: int, c: int) -> tuple[float, float]:
        return c * w / cols + shift[r][c][0], r * h / rows + shift[r][c][1]

    mesh = []
    for r in range(rows):
        for c in range(cols):
            box = (c * w // cols, r * h // rows, (c + 1) * w // cols, (r + 1) * h // rows)
            quad = (at(r, c), at(r + 1, c), at(r + 1, c + 1), at(r, c + 1))
            mesh.append((box, tuple(v for p in quad for v in p)))
    return image.transform(image.size, Image.Transform.MESH, mesh,
                           resample=Image.Resampling.BILINEAR)


def _weave(rgb: np.ndarray, size: Size, rng: random.Random) -> Image.Image:
    """Threads and folds: a fine noise and soft shading over a drawn pattern."""
    folds = 0.9 + 0.2 * smooth(size, (4, 5), rng)
    rgb = rgb * folds[..., None] + _noise(size, rng, 6.0)[..., None]
    return _to_image(rgb)


def checks(size: Size, rng: random.Random) -> Image.Image:
    """Gingham: bands of a colour across and down on white; where they cross, the full
    colour. Long straight lines everywhere — what a page's edges also are."""
    colour = np.array(rng.choice(((200, 40, 40), (40, 70, 160), (30, 120, 60), (20, 20, 20),
                                  (230, 170, 40))), dtype=np.float32)
    white = np.array((240, 238, 232), dtype=np.float32)
    period = rng.randint(24, 90)

    def draw(s: Size) -> Image.Image:
        w, h = s
        xs = (np.arange(w)[None, :] % period) < period // 2
        ys = (np.arange(h)[:, None] % period) < period // 2
        amount = (xs.astype(np.float32) + ys.astype(np.float32)) / 2
        rgb = white + amount[..., None] * (colour - white)
        return _cloth_warp(_weave(rgb, s, rng), rng)

    return _turned(size, rng, draw)


def stripes(size: Size, rng: random.Random) -> Image.Image:
    """Striped cloth: bands of three or four colours, of several widths."""
    palette = [np.array([rng.randint(20, 240) for _ in range(3)], dtype=np.float32)
               for _ in range(rng.randint(3, 4))]

    def draw(s: Size) -> Image.Image:
        w, h = s
        rgb = np.zeros((h, w, 3), dtype=np.float32)
        y = 0
        while y < h:
            band = rng.randint(8, 70)
            rgb[y:y + band] = rng.choice(palette)
            y += band
        return _cloth_warp(_weave(rgb, s, rng), rng)

    return _turned(size, rng, draw)


def flowers(size: Size, rng: random.Random) -> Image.Image:
    """A flowered cloth: petals round a centre, leaves, on a coloured ground."""
    ground = tuple(rng.randint(30, 230) for _ in range(3))
    pad = 40  # the cloth's bends pull the pattern in from beyond the frame
    w, h = size[0] + 2 * pad, size[1] + 2 * pad
    image = Image.new("RGB", (w, h), ground)  # type: ignore[arg-type]
    draw = ImageDraw.Draw(image)
    petals = [tuple(rng.randint(0, 255) for _ in range(3)) for _ in range(3)]
    count = int(w * h / rng.uniform(9000, 20000))
    for _ in range(count):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(10, 34)
        colour = rng.choice(petals)
        n = rng.randint(5, 7)
        turn = rng.uniform(0, math.pi)
        for k in range(n):
            a = turn + 2 * math.pi * k / n
            px, py = cx + r * math.cos(a), cy + r * math.sin(a)
            draw.ellipse((px - r * 0.55, py - r * 0.55, px + r * 0.55, py + r * 0.55),
                         fill=colour)  # type: ignore[arg-type]
        draw.ellipse((cx - r * 0.35, cy - r * 0.35, cx + r * 0.35, cy + r * 0.35),
                     fill=(240, 200, 40))
        a = rng.uniform(0, 2 * math.pi)  # a leaf
        lx, ly = cx + 1.6 * r * math.cos(a), cy + 1.6 * r * math.sin(a)
        draw.ellipse((lx - r * 0.5, ly - r * 0.25, lx + r * 0.5, ly + r * 0.25),
                     fill=(50, 110, 50))
    rgb = np.asarray(image, dtype=np.float32)
    cloth = _cloth_warp(_weave(rgb, (w, h), rng), rng)
    return cloth.crop((pad, pad, pad + size[0], pad + size[1]))


# --- tables and desks ----------------------------------------------------------------------


def dark_table(size: Size, rng: random.Random) -> Image.Image:
    """A dark table top (black laminate, dark stained wood): near black, faint grain, a
    broad soft reflection of the window."""
    base = rng.randint(22, 48)
    tint = (base + rng.randint(-4, 6), base, base + rng.randint(-6, 4))
    shade = 1.0 + 0.06 * (smooth(size, (3, 40), rng) - 0.5)
    shade = shade + rng.uniform(0.3, 1.2) * smooth(size, (3, 3), rng) ** 3
    rgb = _tint(shade, tint) + _noise(size, rng, 2.5)[..., None]
    return _to_image(rgb)


def white_desk(size: Size, rng: random.Random) -> Image.Image:
    """A white or light grey desk or counter: almost the paper's own colour (the
    light falling across it, from one side, is added with the rest of the lighting)."""
    level = rng.randint(208, 236)
    tint = (level + rng.randint(-3, 3), level + rng.randint(-2, 2), level + rng.randint(-4, 5))
    shade = 1.0 + 0.03 * (smooth(size, (4, 4), rng) - 0.5)
    rgb = _tint(shade, tint) + _noise(size, rng, 1.5)[..., None]
    return _to_image(rgb)


def keyboard(rng: random.Random, scale: float) -> Image.Image:
    """A keyboard seen from above (RGBA): rows of keys in a frame, dark or light."""
    dark = rng.random() < 0.6
    frame, key, letter = (((35, 35, 38), (58, 58, 62), (200, 200, 200)) if dark
                          else ((205, 205, 210), (242, 242, 244), (70, 70, 70)))
    pitch = round(38 * scale)
    cols, rows = 15, 5
    w, h = cols * pitch + pitch // 2, rows * pitch + pitch // 2
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=pitch // 3, fill=(*frame, 255))
    gap = max(2, pitch // 8)
    for r in range(rows):
        x = pitch // 4 + (r % 3) * pitch // 4
        while x + pitch <= w - pitch // 4:
            span = pitch * (rng.choice((1, 1, 1, 1, 2)) if r == rows - 1 else 1)
            span = min(span, w - pitch // 4 - x)
            y = pitch // 4 + r * pitch
            draw.rounded_rectangle((x + gap, y + gap, x + span - gap, y + pitch - gap),
                                   radius=gap, fill=(*key, 255))
            draw.point((x + pitch // 2, y + pitch // 2), fill=(*letter, 255))
            x += span
    return image


def pen(rng: random.Random, scale: float) -> Image.Image:
    length, width = round(rng.uniform(260, 340) * scale), max(4, round(12 * scale))
    body = rng.choice(((20, 40, 140), (20, 20, 20), (200, 30, 30), (230, 230, 230)))
    image = Image.new("RGBA", (length, width), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, length - 1, width - 1), radius=width // 2,
                           fill=(*body, 255))
    draw.polygon(((length - 1, width // 2), (length - width * 2, 0),
                  (length - width * 2, width - 1)), fill=(190, 190, 190, 255))
    draw.line((width, width // 3, length * 0.7, width // 3), fill=(255, 255, 255, 90))
    return image


def phone(rng: random.Random, scale: float) -> Image.Image:
    w, h = round(150 * scale), round(300 * scale)
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=w // 7, fill=(18, 18, 22, 255))
    m = max(3, w // 18)
    draw.rounded_rectangle((m, m * 3, w - 1 - m, h - 1 - m * 3), radius=w // 12,
                           fill=(28, 34, 52, 255))
    return image


def with_clutter(surface: Image.Image, page_box: Image.Image, rng: random.Random
                 ) -> Image.Image:
    """``surface`` with a keyboard, a pen and a phone laid on it where the page (the
    mask ``page_box``, white where the page lies) is not — next to it, often touching."""
    out = surface.copy()
    scale = min(surface.size) / 1200
    near = page_box.filter(ImageFilter.MaxFilter(9))
    things = [keyboard(rng, scale * rng.uniform(1.2, 1.8)), pen(rng, scale),
              phone(rng, scale)]
    for thing in things:
        thing = thing.rotate(rng.uniform(-30, 30) + rng.choice((0, 90)), expand=True,
                             resample=Image.Resampling.BICUBIC)
        for _ in range(60):
            x = rng.randint(-thing.width // 2, out.width - thing.width // 2)
            y = rng.randint(-thing.height // 2, out.height - thing.height // 2)
            box = (x, y, x + thing.width, y + thing.height)
            covered = Image.new("L", out.size, 0)
            covered.paste(thing.getchannel("A"), (x, y))
            overlap = np.asarray(covered).astype(bool) & np.asarray(near).astype(bool)
            if not overlap.any() and box[2] > 0 and box[3] > 0:
                shadow = thing.getchannel("A").filter(ImageFilter.GaussianBlur(6))
                out.paste((0, 0, 0), (x + 6, y + 8), shadow.point(lambda v: v // 3))
                out.paste(thing, (x, y), thing)
                break
    return out


SURFACES: dict[str, Callable[[Size, random.Random], Image.Image]] = {
    "wood-light": wood,
    "wood-dark": lambda size, rng: wood(size, rng, dark=True),
    "carpet": carpet,
    "checks": checks,
    "flowers": flowers,
    "stripes": stripes,
    "dark-table": dark_table,
    "white-desk": white_desk,
    "clutter": lambda size, rng: rng.choice((white_desk, dark_table, wood))(size, rng),
}
