"""Handwriting and printed forms for the blind sets: ``tests.sets.blind_forms`` draws with it.

No script font is installed, so a writer (``Hand``) is a DejaVu face written glyph by glyph:
each letter turned, scaled, leaned and lifted off the baseline on its own, now and then in a
second face, sometimes joined to the next by a stroke; the line wobbles (a smooth displacement
field), the ballpoint skips and presses unevenly, and the whole line leans and tilts. It OCRs
about as badly as real handwriting, which is the point: on a form the printed labels are the cue.

``Form`` lays out printed labels in boxes, on lines or under lines, with the values written by
hand (or typed), from a small text spec (see ``render_spec``).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.sets.blind_set import (
    FONT_DIR,
    LAST_HISP,
    MONTHS,
    Canvas,
    Person,
    fmt_date,
    month_end,
)

Rgb = tuple[int, int, int]

COLORS: list[Rgb] = [(20, 60, 120), (120, 25, 35), (15, 95, 70), (90, 40, 120), (30, 30, 30),
                     (180, 90, 10), (0, 110, 140), (40, 90, 40)]


# ------------------------------------------------------------------ handwriting

HAND_FONTS = [
    "DejaVuSans-Oblique.ttf",
    "DejaVuSansCondensed-Oblique.ttf",
    "DejaVuSerif-Italic.ttf",
    "DejaVuSerifCondensed-Italic.ttf",
    "DejaVuSans-ExtraLight.ttf",
    "DejaVuSansCondensed.ttf",
    "DejaVuSansMono-Oblique.ttf",
]

INKS: list[Rgb] = [(25, 40, 130), (20, 20, 28), (35, 35, 90), (15, 55, 150), (60, 30, 30)]


@dataclass
class Hand:
    """One writer: a font, a slant, how unsteady, which pen."""

    font: str
    alt: str  # a second letter shape, used now and then
    mix: float
    slant: float  # shear, positive leans right
    rot: float  # per-glyph rotation sd, degrees
    scale: float  # per-glyph size sd, fraction
    base: float  # per-glyph baseline sd, fraction of size
    track: float  # spacing factor
    ink: Rgb
    caps: bool
    pen: int  # extra stroke width, px
    connect: float  # probability of a joining stroke between lowercase letters
    wobble: float  # displacement amplitude, fraction of size
    skip: float  # share of the stroke the ballpoint skips
    size: float  # this writer's size factor


def make_hand(rng: random.Random, caps: bool | None = None) -> Hand:
    font = rng.choice(HAND_FONTS)
    return Hand(
        font=font,
        alt=rng.choice(HAND_FONTS[:5]),
        mix=rng.choice([0.0, 0.1, 0.25]),
        slant=rng.uniform(-0.05, 0.32) * (0.4 if "Oblique" in font or "Italic" in font else 1),
        rot=rng.uniform(2.0, 6.5),
        scale=rng.uniform(0.04, 0.12),
        base=rng.uniform(0.03, 0.09),
        track=rng.uniform(0.9, 1.06),
        ink=rng.choice(INKS),
        caps=rng.random() < 0.45 if caps is None else caps,
        pen=rng.choice([0, 1, 1, 2]) if "ExtraLight" in font else rng.choice([0, 0, 1]),
        connect=rng.choice([0.0, 0.0, 0.5, 0.85]),
        wobble=rng.uniform(0.03, 0.07),
        skip=rng.uniform(0.0, 0.12),
        size=rng.uniform(0.9, 1.2),
    )

_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _hfont(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, max(6, px))
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(str(FONT_DIR / name), key[1])
    return _FONT_CACHE[key]


def _smooth_noise(nrng: np.random.Generator, h: int, w: int, cell: int) -> np.ndarray:
    small = nrng.normal(0, 1, (h // cell + 2, w // cell + 2)).astype(np.float32)
    img = Image.fromarray(small, mode="F").resize((w, h), Image.BICUBIC)
    return np.asarray(img)


def hand_layer(s: str, px: int, hand: Hand, rng: random.Random) -> tuple[Image.Image, int]:
    """The ink of ``s`` as an L image and its baseline row, written glyph by glyph."""
    if hand.caps:
        s = s.upper()
    px = max(8, int(px * hand.size))
    pad = px
    width = int(sum(_hfont(hand.font, px).getlength(ch) for ch in s) * hand.track * 1.25)
    W, H = width + 3 * pad, int(px * 2.6)
    base_y = int(px * 1.7)
    layer = Image.new("L", (W, H), 0)
    draw = ImageDraw.Draw(layer)
    x = float(pad)
    drift_a, drift_f = rng.uniform(0, px * 0.08), rng.uniform(0.01, 0.04)
    prev_end: tuple[float, float] | None = None
    prev = " "
    for i, ch in enumerate(s):
        if ch == " ":
            x += _hfont(hand.font, px).getlength(" ") * rng.uniform(1.3, 2.0) * hand.track
            prev, prev_end = ch, None
            continue
        name = hand.alt if rng.random() < hand.mix else hand.font
        f = _hfont(name, int(px * (1 + rng.gauss(0, hand.scale))))
        x0, t, r, b = f.getbbox(ch, anchor="ls")
        tw, th = r - x0 + 2 * pad, b - t + 2 * pad
        tile = Image.new("L", (tw, th), 0)
        ImageDraw.Draw(tile).text(
            (pad - x0, pad - t), ch, font=f, fill=255, anchor="ls", stroke_width=hand.pen // 2,
            stroke_fill=255,
        )
        if hand.pen % 2:
            tile = tile.filter(ImageFilter.MaxFilter(3))
        sh = rng.gauss(0, 0.12)  # each letter leans its own way, a little
        tile = tile.transform(tile.size, Image.AFFINE, (1 + rng.gauss(0, 0.07), sh, -sh * th * 0.6,
                                                        0, 1, 0), Image.BICUBIC)
        tile = tile.rotate(rng.gauss(0, hand.rot), resample=Image.BICUBIC,
                           center=(pad - x0, pad - t))
        dy = rng.gauss(0, hand.base) * px + drift_a * math.sin(i * drift_f * 6)
        ox, oy = int(x) + x0 - pad, int(base_y + dy) + t - pad
        layer.paste(255, (ox, oy), tile)
        if (prev_end and ch.islower() and prev.islower() and rng.random() < hand.connect):
            sx, sy = prev_end
            ex, ey = x + (r - x0) * 0.15 + x0, base_y + dy - px * rng.uniform(0.3, 0.45)
            mx, my = (sx + ex) / 2, max(sy, ey) + px * 0.08
            draw.line([(sx, sy), (mx, my), (ex, ey)], fill=230, width=max(1, px // 14 + hand.pen),
                      joint="curve")
        adv = f.getlength(ch) * hand.track + rng.gauss(0, px * 0.025)
        prev_end = (x + r - px * 0.05, base_y + dy - px * 0.03)
        prev = ch
        x += max(adv, px * 0.2)
    arr = np.asarray(layer).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    # a wobbly pen: displace by a smooth random field
    amp = hand.wobble * px
    yy, xx = np.mgrid[0:H, 0:W]
    dx = _smooth_noise(nrng, H, W, max(6, int(px * 0.6))) * amp
    dy2 = _smooth_noise(nrng, H, W, max(6, int(px * 0.6))) * amp
    sy = np.clip((yy + dy2).astype(int), 0, H - 1)
    sx = np.clip((xx + dx).astype(int), 0, W - 1)
    arr = arr[sy, sx]
    # ballpoint skips and uneven pressure
    press = 0.78 + 0.22 * np.tanh(_smooth_noise(nrng, H, W, max(3, px // 5)))
    gaps = _smooth_noise(nrng, H, W, max(2, px // 8)) < -2.2 + hand.skip * 10
    arr = arr * press * np.where(gaps, 0.25, 1.0)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).crop((0, 0, int(x) + pad, H))
    if abs(hand.slant) > 0.01:  # lean: the top of the line moves right
        w2 = out.width + int(abs(hand.slant) * H)
        off = -hand.slant * H if hand.slant > 0 else 0
        out = out.transform((w2, H), Image.AFFINE, (1, hand.slant, off, 0, 1, 0), Image.BICUBIC)
    return out.filter(ImageFilter.GaussianBlur(0.45)), base_y


def write(c: Canvas, x: float, base: float, s: str, hand: Hand, size: float = 12,
          tilt: float | None = None) -> float:
    """Write ``s`` by hand with its baseline at ``base`` (points); returns the width written."""
    if not s:
        return 0.0
    rng = c.rng
    layer, by = hand_layer(s, int(size * c.k), hand, rng)
    angle = rng.gauss(0, 0.8) if tilt is None else tilt
    pad = max(8, int(int(size * c.k) * hand.size))  # the layer's left margin, as hand_layer has it
    if abs(angle) > 0.05:
        w0, h0 = layer.size
        layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
        by += (layer.height - h0) // 2
        pad += (layer.width - w0) // 2
    c.img.paste(Image.new("RGB", layer.size, hand.ink), (c.p(x) - pad, c.p(base) - by), layer)
    return (layer.width - 2 * pad) / c.k


def write_para(c: Canvas, x: float, y: float, text: str, hand: Hand, width: float,
               size: float = 13, lead: float = 1.9) -> float:
    """A handwritten paragraph wrapped to ``width``; returns the next baseline."""
    f = _hfont(hand.font, int(size * hand.size * 10))
    per_pt = hand.track * 1.08 / 10
    lines: list[str] = []
    cur = ""
    for w in text.split():
        trial = f"{cur} {w}".strip()
        if f.getlength(trial.upper() if hand.caps else trial) * per_pt > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    lines.append(cur)
    tilt = c.rng.gauss(0, 0.7)
    for ln in lines:
        write(c, x + c.rng.uniform(-3, 6), y, ln, hand, size, tilt + c.rng.gauss(0, 0.4))
        y += size * lead * hand.size
    return y


def tick(c: Canvas, x: float, y: float, size: float, hand: Hand) -> None:
    """A hand-drawn check mark or cross over the box at (x, y)."""
    j = [c.rng.uniform(-0.15, 0.15) * size for _ in range(6)]
    wd = max(2, c.p(0.8 + hand.pen * 0.3))
    if c.rng.random() < 0.5:
        pts = [(x + 0.1 * size + j[0], y + 0.5 * size + j[1]), (x + 0.45 * size + j[2], y + size),
               (x + 1.3 * size + j[3], y - 0.35 * size + j[4])]
        c.draw.line([(c.p(a), c.p(b)) for a, b in pts], fill=hand.ink, width=wd, joint="curve")
    else:
        for a, b in (((x + j[0], y + j[1]), (x + size + j[2], y + size)),
                     ((x + size + j[3], y + j[4]), (x + j[5], y + size * 1.1))):
            c.draw.line([(c.p(a[0]), c.p(a[1])), (c.p(b[0]), c.p(b[1]))], fill=hand.ink, width=wd)


def scribble(c: Canvas, x: float, y: float, hand: Hand, w: float = 110) -> None:
    """A signature: a loop-and-zigzag stroke in the writer's ink."""
    rng = c.rng
    loops = rng.randint(3, 7)
    a, b = w / loops * rng.uniform(0.2, 0.35), rng.uniform(5, 10)
    first = rng.uniform(1.4, 2.2)  # the first letter stands taller
    pts = []
    n = 30 * loops
    for i in range(n):
        t = i / (n - 1)
        ph = 2 * math.pi * loops * t
        big = first if t < 1 / loops else 1.0 - 0.4 * t
        pts.append((c.p(x + t * w - a * math.sin(ph) * big),
                    c.p(y - b * big * (0.5 - 0.5 * math.cos(ph)) + 3 * math.sin(t * 5))))
    if rng.random() < 0.6:  # an underline flourish
        pts += [(c.p(x + w * 1.02), c.p(y + 2)), (c.p(x + w * 0.2), c.p(y + 5))]
    c.draw.line(pts, fill=hand.ink, width=max(2, c.p(0.8 + hand.pen * 0.3)), joint="curve")


def hand_width(s: str, hand: Hand, size: float) -> float:
    """About how many points ``s`` takes written by ``hand`` at ``size``."""
    f = _hfont(hand.font, 100)
    return f.getlength(s.upper() if hand.caps else s) * size * hand.size / 100 * hand.track * 1.1


# --------------------------------------------------------- pages, dates, people


def new_canvas(rng: random.Random, dpi: int, paper: Rgb, w_in: float = 8.5,
               h_in: float = 11.0) -> Canvas:
    c = Canvas(dpi, rng, paper)
    if (w_in, h_in) != (8.5, 11.0):
        c.img = Image.new("RGB", (int(w_in * dpi), int(h_in * dpi)), paper)
        c.draw = ImageDraw.Draw(c.img)
        c.left, c.right, c.y = 14, w_in * 72 - 14, 14
    return c


def center(c: Canvas, y: float, s: str, size: float, bold: bool = False, family: str = "sans",
           fill: Rgb = (20, 20, 20)) -> None:
    c.text(c.img.width / c.k / 2, y, s, size, bold, family, fill, anchor="ma")


def hdate(d: dt.date, lang: str, rng: random.Random) -> str:
    """A date as someone writes it by hand (never day/month-ambiguous outside English)."""
    if lang == "en":
        return rng.choice([f"{d.month}/{d.day}/{d.year % 100:02d}",
                           f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
                           f"{d.month}-{d.day}-{d.year}",
                           f"{MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year}"])
    m = MONTHS[lang][d.month - 1]
    opts = [f"{d.day} {m} {d.year}", f"{d.day} de {m} {d.year}" if lang in ("es", "pt") else
            f"{d.day} {m} {d.year}"]
    if lang in ("es", "pt"):
        opts.append(f"{d.day}-{m[:3]}-{d.year}")
    if d.day > 12:
        opts += [f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"]
    return rng.choice(opts)


def rev_date(d: dt.date, rng: random.Random) -> str:
    r = d - dt.timedelta(days=rng.randint(200, 3000))
    return rng.choice([f"Rev. {r.month:02d}/{r.year}", f"(Rev. {r.month}-{r.year % 100:02d})",
                       f"Rev {r.year}-{r.month:02d}", f"Revised {r.month}/{r.year}"])


def approval(d: dt.date, rng: random.Random) -> str:
    e = month_end(dt.date(d.year + rng.randint(1, 3), rng.randint(1, 12), 1))
    return rng.choice([f"Approval No. {rng.randint(10, 99)}-{rng.randint(1000, 9999)}  Exp. "
                       f"{e.month:02d}/{e.day}/{e.year}",
                       f"Control No. {rng.randint(100, 999)}-{rng.randint(10, 99)} exp. {e}"])


def phone(rng: random.Random) -> str:
    return f"({rng.randint(201, 989)}) 555-{rng.randint(100, 199):04d}"


def split_name(name: str) -> tuple[str, str]:
    w = name.split()
    k = 2 if len(w) >= 4 or (len(w) == 3 and w[1] in LAST_HISP) else 1
    return " ".join(w[:-k]), " ".join(w[-k:])


def base_vals(rng: random.Random, lang: str, p: Person, d: dt.date) -> dict[str, str]:
    first, last = split_name(p.name)
    user = (first[0] + last.split()[0]).lower()
    for a, b in zip("áéíóúñèç", "aeiounec", strict=True):
        user = user.replace(a, b)
    user = "".join(ch for ch in user if ch.isalnum())
    return {
        "name": p.name, "first": first, "last": last, "dob": hdate(p.dob, lang, rng),
        "addr": p.line1, "csz": p.line2, "city": p.city, "state": p.state, "zip": p.zip,
        "phone": phone(rng),
        "email": f"{user}{rng.randint(1, 99)}@" + rng.choice(["example.com", "example.net"]),
        "ssn": rng.choice(["XXX-XX-", "***-**-", "xxx-xx-"]) + f"{rng.randint(1000, 9999)}",
        "years": rng.choice(["2", "3", "4 yrs", "5", "6 years", "1 1/2", "8"]),
        "date": hdate(d, lang, rng),
    }


# -------------------------------------------------------------- the form engine


class Form:
    """Printed labels in cells; values written by hand (or, now and then, typed)."""

    def __init__(self, c: Canvas, hand: Hand, typed: bool = False) -> None:
        rng = c.rng
        self.c, self.hand, self.typed = c, hand, typed
        self.style = rng.choice(["box", "box", "line", "under"])
        self.ls = rng.choice([6.5, 7.0, 7.5, 8.0])
        self.vs = rng.uniform(10.5, 12.5)
        self.color = rng.choice(COLORS)
        self.bar = rng.choice(["fill", "rule", "shade"])

    def value(self, x: float, base: float, s: str, maxw: float) -> None:
        c = self.c
        if not s:
            return
        maxw = max(maxw, 30.0)  # a label that fills its cell: the value runs on past it
        if self.typed:
            size = min(10.0, 10.0 * maxw / max(1.0, c.width(s, 10, family="mono")))
            c.text(x, base - size * 0.8, s, size, family="mono")
        else:
            size = min(self.vs, self.vs * maxw / max(1.0, hand_width(s, self.hand, self.vs)))
            write(c, x, base, s, self.hand, max(7.0, size))

    def row(self, cells: list[tuple[str, str, float]]) -> None:
        c, ls = self.c, self.ls
        total = c.right - c.left
        tw = sum(w for _, _, w in cells)
        h = ls + self.vs * 1.75
        x, y = c.left, c.y
        for label, val, w in cells:
            cw = total * w / tw
            style = self.style
            if style == "line" and c.width(label + ":", ls + 1) > cw * 0.55:
                style = "under"  # a long label goes under its line rather than eat it
            if style == "box":
                c.rect(x, y, cw, h, outline=(70, 70, 70), width=0.6)
                c.text(x + 2.5, y + 1.5, label, ls, fill=(40, 40, 40))
                self.value(x + 5, y + h - 4.5, val, cw - 9)
            elif style == "line":
                lw = c.width(label + ":", ls + 1) + 4
                c.text(x, y + h - 4 - (ls + 1) * 0.8, label + ":", ls + 1)
                c.draw.line([(c.p(x + lw), c.p(y + h - 2.5)), (c.p(x + cw - 6), c.p(y + h - 2.5))],
                            fill=(60, 60, 60), width=max(1, c.p(0.5)))
                self.value(x + lw + 3, y + h - 4.5, val, cw - lw - 10)
            else:
                ly = y + h - 1
                c.draw.line([(c.p(x), c.p(ly)), (c.p(x + cw - 8), c.p(ly))],
                            fill=(60, 60, 60), width=max(1, c.p(0.5)))
                c.text(x, ly + 1.5, label, ls - 0.5, fill=(50, 50, 50))
                self.value(x + 3, ly - 2.5, val, cw - 12)
            x += cw
        c.y += h + (1 if self.style == "box" else ls + 1)

    def section(self, title: str) -> None:
        c = self.c
        c.y += 5
        if self.bar == "fill":
            c.rect(c.left, c.y, c.right - c.left, 13, outline=None, fill=self.color)
            c.text(c.left + 4, c.y + 2, title, 8.5, True, fill=(255, 255, 255))
        elif self.bar == "shade":
            c.rect(c.left, c.y, c.right - c.left, 13, outline=(80, 80, 80), fill=(218, 218, 218),
                   width=0.5)
            c.text(c.left + 4, c.y + 2, title, 8.5, True)
        else:
            c.text(c.left, c.y + 1, title, 9, True, fill=self.color)
            c.draw.line([(c.p(c.left), c.p(c.y + 13)), (c.p(c.right), c.p(c.y + 13))],
                        fill=self.color, width=max(1, c.p(1)))
        c.y += 17

    def checks(self, q: str, opts: list[str], chosen: str) -> None:
        c = self.c
        sel = {int(k) for k in chosen.split(",") if k.strip().isdigit()}
        size = self.ls + 1
        c.text(c.left, c.y + 2, q, size)
        x = c.left + c.width(q, size) + 10
        for i, o in enumerate(opts):
            if x + c.width(o, size) + 16 > c.right:
                x, c.y = c.left + 20, c.y + size * 1.9
            c.rect(x, c.y + 1.5, size, size, outline=(40, 40, 40), width=0.6)
            if i in sel:
                tick(c, x, c.y + 1.5, size, self.hand)
            c.text(x + size + 3, c.y + 2, o, size)
            x += size + c.width(o, size) + 14
        c.y += size * 2.1

    def note(self, text: str) -> None:
        self.c.y += 2
        self.c.para(text, self.ls + 0.5, gap=1.3)

    def sign(self, sig: str, date_label: str, date: str, extra: tuple[str, str] | None = None
             ) -> None:
        c = self.c
        c.y += 16
        y = c.y + 20
        w = c.right - c.left
        cols = [(sig, 0.0, 0.5), (date_label, 0.55, 0.2)] if not extra else [
            (sig, 0.0, 0.4), (extra[0], 0.43, 0.33), (date_label, 0.79, 0.21)]
        for label, x0, cw in cols:
            x = c.left + w * x0
            c.draw.line([(c.p(x), c.p(y)), (c.p(x + w * cw - 6), c.p(y))], fill=(40, 40, 40),
                        width=max(1, c.p(0.6)))
            c.text(x, y + 2, label, self.ls)
        scribble(c, c.left + 8, y - 5, self.hand, min(140, w * 0.3))
        if extra:
            self.value(c.left + w * 0.43 + 3, y - 3, extra[1], w * 0.33 - 10)
        self.value(c.left + w * (0.79 if extra else 0.55) + 3, y - 3, date, w * 0.2 - 8)
        c.y = y + 18

    def fine(self, left: str, right: str = "") -> None:
        c = self.c
        yb = c.img.height / c.k - 26
        c.text(c.left, yb, left, 6.5, fill=(60, 60, 60))
        if right:
            c.text(c.right, yb, right, 6.5, fill=(60, 60, 60), anchor="ra")


def render_spec(f: Form, spec: str, v: dict[str, str]) -> None:
    """Lay out a form from a small text spec.

    ``#Title`` a section; ``?Question@key|opt|opt`` tick boxes (``v[key]`` = chosen indexes);
    ``=text`` printed fine text (``{key}`` filled from ``v``); otherwise cells
    ``Label@key width|Label@key width``.
    """
    for raw in spec.strip().splitlines():
        ln = raw.strip()
        if ln.startswith("#"):
            f.section(ln[1:])
        elif ln.startswith("?"):
            head, *opts = ln[1:].split("|")
            q, key = head.rsplit("@", 1)
            f.checks(q, opts, v.get(key, ""))
        elif ln.startswith("="):
            f.note(ln[1:].format(**v))
        else:
            cells = []
            for cell in ln.split("|"):
                label, rest = cell.rsplit("@", 1)
                key, w = rest.split()
                cells.append((label, v.get(key, ""), float(w)))
            f.row(cells)


def form_head(c: Canvas, org: str, sub: list[str], title: str, formno: str, color: Rgb) -> None:
    rng = c.rng
    style = rng.choice(["letterhead", "titlebar", "plain"])
    c.text(c.right, 14, formno, 7, fill=(70, 70, 70), anchor="ra")
    if style == "letterhead":
        c.letterhead(org, sub, color)
        center(c, c.y, title, rng.choice([14, 15, 16]), True)
        c.y += 26
    elif style == "titlebar":
        c.text(c.left, c.y, org, 10, True, fill=color)
        for i, s in enumerate(sub[:2]):
            c.text(c.left, c.y + 13 + i * 9, s, 7.5)
        c.y += 36
        c.rect(c.left, c.y, c.right - c.left, 24, outline=None, fill=color)
        c.text(c.left + 8, c.y + 5, title, 13, True, fill=(255, 255, 255))
        c.y += 32
    else:
        c.text(c.right, c.y, org, 9, True, fill=color, anchor="ra")
        if sub:
            c.text(c.right, c.y + 12, sub[0], 7, anchor="ra")
        c.text(c.left, c.y + 22, title, min(16, 16 * (c.right - c.left) / c.width(title, 16, True)),
               True)
        c.y += 48
        c.hr(1.5, (30, 30, 30))


def hand_table(c: Canvas, headers: list[str], rows: list[list[str]], widths: list[float],
               hands: list[Hand], head: float = 7.5, rh: float = 22, size: float = 11) -> None:
    """A printed grid; each row written by ``hands[i % len(hands)]``; blank rows stay blank."""
    total = c.right - c.left
    ws = [w / sum(widths) * total for w in widths]
    c.rect(c.left, c.y, total, head * 2.2, outline=(60, 60, 60), fill=(225, 225, 225), width=0.6)
    x = c.left
    for h, w in zip(headers, ws, strict=True):
        c.text(x + 3, c.y + head * 0.55, h, head, True)
        x += w
    c.y += head * 2.2
    for i, row in enumerate(rows):
        x = c.left
        for v, w in zip(row, ws, strict=True):
            c.rect(x, c.y, w, rh, outline=(90, 90, 90), width=0.5)
            if v:
                hd = hands[i % len(hands)]
                sz = min(size, size * (w - 8) / max(1.0, hand_width(v, hd, size)))
                write(c, x + 4, c.y + rh - 5, v, hd, max(7.0, sz))
            x += w
        c.y += rh
    c.y += 8


# ---------------------------------------------- printed letters and ruled paper


def addr_block(c: Canvas, p: Person, x: float | None = None, size: float = 9.5) -> None:
    family = c.rng.choice(["sans", "mono"])
    for s in (p.name.upper(), p.line1.upper(), p.line2.upper()):
        c.text(c.left + 20 if x is None else x, c.y, s, size, family=family)
        c.y += size * 1.35
    c.y += 10


def d2(d: dt.date, lang: str, rng: random.Random) -> str:
    return fmt_date(d, lang, rng, None if lang != "en" else rng.choice(["us", "short_mon"]))


def ruled(c: Canvas, rng: random.Random) -> float:
    """Notebook, legal pad or plain paper; returns the line spacing (0 for plain)."""
    kind = rng.choice(["notebook", "legal", "plain"])
    if kind == "plain":
        return 0.0
    if kind == "legal":
        c.img.paste((252, 246, 180), (0, 0, c.img.width, c.img.height))
    sp = rng.choice([20.0, 22.0, 24.0])
    y = 72.0
    while y < c.img.height / c.k - 20:
        c.draw.line([(0, c.p(y)), (c.img.width, c.p(y))], fill=(150, 175, 215),
                    width=max(1, c.p(0.5)))
        y += sp
    c.draw.line([(c.p(64), 0), (c.p(64), c.img.height)], fill=(225, 120, 120),
                width=max(1, c.p(0.8)))
    return sp
