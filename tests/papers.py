"""Paper documents drawn for the tests: the sample case's letters, forms and notes
(letterheads in colour, hand-printed notes), with a rubber stamp or a ruled table added
now and then, shop receipts, and pages of handwriting-like pen strokes.

``paper(rng)`` returns one page (RGB, about 1100 pixels on its longer side, white
paper); every choice comes from ``rng``.
"""

from __future__ import annotations

import functools
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

KINDS = ("sample", "sample", "form", "receipt", "handwriting")


@functools.cache
def _samples() -> tuple[Image.Image, ...]:
    from desktop_app.core import samples

    found = []
    for spec in samples.SAMPLE_DOCUMENTS:
        page = samples.render_clean_pages(spec)[0]
        page.thumbnail((1100, 1100), Image.Resampling.LANCZOS)
        found.append(page.convert("RGB"))
    return tuple(found)


@functools.cache
def _font(size: int, mono: bool = False) -> ImageFont.FreeTypeFont:
    import io

    import pymupdf

    return ImageFont.truetype(io.BytesIO(pymupdf.Font("cour" if mono else "helv").buffer), size)


def paper(rng: random.Random) -> Image.Image:
    kind = rng.choice(KINDS)
    if kind == "receipt":
        return receipt(rng)
    if kind == "handwriting":
        return handwriting(rng)
    if kind == "form":
        page = Image.new("RGB", (850, 1100), "white")
        _table(page, rng, top=rng.randint(120, 300), rows=rng.randint(8, 16))
        _lines_of_text(page, rng, 60, 110, 3)
    else:
        page = rng.choice(_samples()).copy()
    if rng.random() < 0.4:
        _stamp(page, rng)
    if kind == "sample" and rng.random() < 0.25:
        _table(page, rng, top=int(page.height * rng.uniform(0.55, 0.7)), rows=5)
    return page


def _lines_of_text(page: Image.Image, rng: random.Random, top: int, left: int,
                   count: int) -> None:
    draw = ImageDraw.Draw(page)
    font = _font(rng.randint(16, 22))
    words = ("Name", "Date", "Account", "Address", "Payment", "Total", "Nombre", "Fecha",
             "Houston", "Notice", "Balance", "Period", "Amount", "Reference")
    for k in range(count):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 8)))
        draw.text((left, top + k * 30), text, font=font, fill=(25, 25, 30))


def _table(page: Image.Image, rng: random.Random, *, top: int, rows: int) -> None:
    """A ruled table: a header row, thin rules, figures in columns."""
    draw = ImageDraw.Draw(page)
    w = page.width
    left, right = int(0.09 * w), int(0.91 * w)
    row_h = rng.randint(26, 38)
    cols = rng.randint(3, 5)
    font = _font(max(12, row_h // 2))
    bottom = min(page.height - 40, top + rows * row_h)
    draw.rectangle((left, top, right, top + row_h), fill=(215, 220, 230))
    for r in range(rows + 1):
        y = top + r * row_h
        if y > bottom:
            break
        draw.line((left, y, right, y), fill=(60, 60, 60), width=1 + (r in (0, 1)))
    for c in range(cols + 1):
        x = left + (right - left) * c // cols
        draw.line((x, top, x, bottom), fill=(60, 60, 60), width=1)
    for r in range(1, rows):
        y = top + r * row_h + row_h // 4
        if y + row_h > bottom:
            break
        for c in range(cols):
            x = left + (right - left) * c // cols + 6
            value = f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}" if c else \
                f"Item {rng.randint(1, 99)}"
            draw.text((x, y), value, font=font, fill=(20, 20, 20))


def _stamp(page: Image.Image, rng: random.Random) -> None:
    """A rubber stamp in red, blue or violet ink: a double ring, a word, a date, slanted."""
    colour = rng.choice(((190, 30, 40), (40, 60, 170), (120, 40, 140)))
    r = rng.randint(70, 110)
    stamp = Image.new("L", (2 * r + 8, 2 * r + 8), 0)
    draw = ImageDraw.Draw(stamp)
    draw.ellipse((4, 4, 2 * r + 4, 2 * r + 4), outline=230, width=5)
    draw.ellipse((16, 16, 2 * r - 8, 2 * r - 8), outline=230, width=2)
    font = _font(r // 3)
    word = rng.choice(("PAID", "RECEIVED", "RECIBIDO", "COPY", "VOID"))
    draw.text((r + 4, r - 6), word, font=font, fill=230, anchor="mm")
    draw.text((r + 4, r + r // 3), f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2023",
              font=_font(r // 5), fill=230, anchor="mm")
    stamp = stamp.rotate(rng.uniform(-30, 30), resample=Image.Resampling.BICUBIC)
    # Patchy ink: a stamp never prints evenly. Seeded from what was drawn already
    # (Pillow's own noise is not seeded: the same paper would differ from run to run).
    noise = np.random.default_rng(r * 101 + len(word)).normal(128, 60, stamp.size[::-1])
    patchy = Image.fromarray(np.where(noise > 90, 255, 140).astype(np.uint8), "L")
    stamp = Image.composite(stamp, Image.new("L", stamp.size, 0), patchy)
    x = rng.randint(0, max(0, page.width - stamp.width))
    y = rng.randint(page.height // 3, max(page.height // 3, page.height - stamp.height))
    page.paste(colour, (x, y), stamp)


def receipt(rng: random.Random) -> Image.Image:
    """A shop receipt: long and narrow, thermal-grey type in a typewriter face, dashed
    rules, a total and a bar code."""
    width = rng.randint(330, 430)
    height = rng.randint(900, 1150)
    page = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    font = _font(rng.randint(15, 19), mono=True)
    ink = (rng.randint(40, 80),) * 3
    y = 30
    shop = rng.choice(("SUPERMERCADO LA ESTRELLA", "FOOD MART #112", "FARMACIA CENTRAL"))
    draw.text((width // 2, y), shop, font=_font(20, mono=True), fill=ink, anchor="ma")
    y += 60
    for _ in range(rng.randint(10, 24)):
        if y > height - 220:
            break
        item = rng.choice(("MILK 1GAL", "BREAD", "RICE 5LB", "EGGS DZ", "TORTILLAS",
                           "BEANS", "SOAP", "APPLES"))
        price = f"{rng.randint(1, 19)}.{rng.randint(0, 99):02d}"
        draw.text((18, y), item, font=font, fill=ink)
        draw.text((width - 18, y), price, font=font, fill=ink, anchor="ra")
        y += int(font.size * 1.5)
    for x in range(18, width - 18, 12):
        draw.line((x, y + 6, x + 6, y + 6), fill=ink, width=2)
    draw.text((18, y + 20), "TOTAL", font=_font(20, mono=True), fill=ink)
    draw.text((width - 18, y + 20), f"{rng.randint(20, 160)}.{rng.randint(0, 99):02d}",
              font=_font(20, mono=True), fill=ink, anchor="ra")
    x, top = 40, min(height - 110, y + 80)
    while x < width - 40:
        bar = rng.choice((2, 2, 3, 5))
        draw.rectangle((x, top, x + bar - 1, top + 60), fill=(20, 20, 20))
        x += bar + rng.choice((2, 3, 4))
    return page


def handwriting(rng: random.Random) -> Image.Image:
    """A page of handwriting-like strokes: words of loops and strokes along each line, in
    ballpoint blue or black, on lined or plain paper."""
    page = Image.new("RGB", (850, 1100), "white")
    draw = ImageDraw.Draw(page)
    lined = rng.random() < 0.6
    step = rng.randint(34, 46)
    if lined:
        for y in range(110, 1080, step):
            draw.line((0, y, 850, y), fill=(175, 198, 230), width=2)
        draw.line((95, 0, 95, 1100), fill=(230, 150, 150), width=2)
    ink = rng.choice(((30, 45, 120), (25, 25, 30)))
    height = step * rng.uniform(0.35, 0.5)
    slant = rng.uniform(0.1, 0.35)
    for line, base in enumerate(range(110 - 6, 1000, step)):
        if line > 2 and rng.random() < 0.08:
            continue  # an empty line
        x = 110.0 + rng.uniform(0, 30)
        end = rng.uniform(560, 780) if rng.random() < 0.85 else rng.uniform(250, 500)
        drift = rng.uniform(-0.02, 0.02)
        while x < end:
            points = []
            letters = rng.randint(2, 8)
            for k in range(letters * 6 + 1):
                t = k / 6
                tall = rng.random() < 0.12 and k % 6 == 1
                deep = rng.random() < 0.06 and k % 6 == 4
                amp = height * (2.2 if tall else 1.0)
                y = base + (x - 110) * drift - amp * (0.5 + 0.5 * math.sin(t * 2 * math.pi))
                if deep:
                    y += height * 1.4
                px = x + t * height * 0.9 + (base - y) * slant
                points.append((px, y))
            draw.line(points, fill=ink, width=rng.choice((2, 3)), joint="curve")
            x += letters * height * 0.9 + rng.uniform(12, 24)
    return page


FORM_WORDS = ("Community", "Health", "Clinic", "patient", "intake", "form", "please",
              "print", "clearly", "name", "date", "address", "phone", "signature", "visit",
              "reason")


def filled_in_by_hand(rng: random.Random) -> tuple[Image.Image, str]:
    """A form filled in by hand, at about 200 dpi, and its printed text: three printed
    lines at the top (words of ``FORM_WORDS``), the rest handwriting-like strokes. The
    strokes mislead the page's own line test and read as nonsense; the printed lines say
    which way up it is."""
    page = handwriting(rng).resize((1700, 2200), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1700, 380), fill="white")
    printed = []
    for row in range(3):
        words = " ".join(rng.choice(FORM_WORDS) for _ in range(8)).capitalize()
        draw.text((200, 80 + 60 * row), words, fill=(20, 20, 20), font=_font(40))
        printed.append(words)
    return page, "\n".join(printed)
