"""Realistic sample evidence: scanned letters, receipts and phone photos, drawn with Pillow.

The samples form one believable (and entirely fictional) case: María Elena Hernández López of
1418 Cedar Avenue, Apt 3B, Houston, TX 77023, with papers for every evidence category, dated
2016 to 2024, in English and Spanish. They are shipped in ``desktop_app/assets/sample`` for
the demo (regenerate them with ``python resources/make_samples.py``), and tests use the
specs here to know each sample's true text, date, language and category.

The text is drawn with the Nimbus fonts built into PyMuPDF, because Pillow's own scalable
default font has no accented letters (it draws "María" with a box); no system font is needed.
Output is deterministic for a given Pillow and PyMuPDF: every random choice comes from a
generator seeded with the file name.
"""

from __future__ import annotations

import functools
import io
import math
import random
import re
import zlib
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import pymupdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from desktop_app.core.files import atomic_write_bytes
from desktop_app.core.sample_case import (
    LETTER,
    PHOTO,
    SAMPLE_DOCUMENTS,
    SampleDocument,
    Typeface,
)

__all__ = ["SAMPLE_DOCUMENTS", "SampleDocument", "write_sample_documents", "document_text"]

DPI = 300
JPEG_QUALITY = 80


_FLAGS = re.compile(r"^\[([a-z]+)\] ?(.*)$")
_FONT_NAMES = {
    ("sans", False): "helv",
    ("sans", True): "hebo",
    ("serif", False): "tiro",
    ("serif", True): "tibo",
    ("mono", False): "cour",
    ("mono", True): "cobo",
    ("hand", False): "heit",  # an upright pen's print, slanted; drawn letter by letter
    ("hand", True): "hebi",
}
_INK = (30, 30, 34)
_PEN = (28, 44, 118)
_PAPER = (247, 244, 236)
_SIZES = {"s": 34, "l": 52, "x": 68}
_BODY = 42
_HAND = 54  # handwriting is larger than print
_MARGIN = 230
_FIELD_STOP = 640  # where the value of a "Name:<tab>value" row starts
_COLUMN = 380  # distance between right-aligned number columns


def document_by_name(filename: str) -> SampleDocument:
    """The sample spec whose file is called ``filename``."""
    for spec in SAMPLE_DOCUMENTS:
        if spec.filename == filename:
            return spec
    raise KeyError(filename)


def _split(line: str) -> tuple[str, str]:
    match = _FLAGS.match(line)
    return (match.group(1), match.group(2)) if match else ("", line)


def page_texts(spec: SampleDocument) -> list[str]:
    """The true text of each page of ``spec``, one line per markup line."""
    texts = []
    for page in spec.pages:
        lines = []
        for line in page:
            if line in ("---", "@sign", ""):
                continue
            lines.append(" ".join(cell for cell in _split(line)[1].split("\t") if cell))
        texts.append("\n".join(lines))
    return texts


def document_text(spec: SampleDocument) -> str:
    """The true text of the whole sample, as a reader (or OCR) should find it."""
    return "\n\n".join(page_texts(spec))


# -- Drawing a clean page ---------------------------------------------------------------


@functools.cache
def _font(face: Typeface, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    buffer = pymupdf.Font(_FONT_NAMES[(face, bold)]).buffer
    return ImageFont.truetype(io.BytesIO(buffer), size)


class _PageWriter:
    """Lays out markup lines top to bottom on a white page."""

    def __init__(self, spec: SampleDocument, rng: random.Random) -> None:
        self.spec = spec
        self.rng = rng
        self.image = Image.new("RGB", spec.size, "white")
        self.draw = ImageDraw.Draw(self.image)
        self.left = _MARGIN
        self.right = spec.size[0] - _MARGIN
        self.y = 190 if spec.size == LETTER else 120
        # Handwriting goes on a layer of its own, made to wobble before it is inked in.
        self.pen = Image.new("L", spec.size, 0) if spec.typeface == "hand" else None
        self.pen_draw = ImageDraw.Draw(self.pen) if self.pen is not None else None
        if spec.typeface == "hand":
            self._notebook()

    def finish(self) -> Image.Image:
        if self.pen is None:
            return self.image
        w, h = self.spec.size
        cols, rows, rng = 6, 8, self.rng
        # A gently bent grid (shared corners: the writing bends, it does not tear).
        bend = [[(rng.uniform(-6, 6), rng.uniform(-6, 6)) for _c in range(cols + 1)]
                for _r in range(rows + 1)]

        def at(r: int, c: int) -> tuple[float, float]:
            return c * w / cols + bend[r][c][0], r * h / rows + bend[r][c][1]

        mesh = []
        for r in range(rows):
            for c in range(cols):
                box = (c * w // cols, r * h // rows, (c + 1) * w // cols, (r + 1) * h // rows)
                corners = (at(r, c), at(r + 1, c), at(r + 1, c + 1), at(r, c + 1))
                mesh.append((box, tuple(v for point in corners for v in point)))
        ink = self.pen.transform(self.spec.size, Image.Transform.MESH, mesh,
                                 resample=Image.Resampling.BILINEAR)
        ink = ink.filter(ImageFilter.GaussianBlur(0.8))
        self.image.paste(_PEN, (0, 0), ink)
        return self.image
    def _notebook(self) -> None:
        """Lined notebook paper: pale blue rules under every line of writing, a red
        margin."""
        step = int(_HAND * 1.36)
        for y in range(self.y + _HAND + 8, self.spec.size[1] - 60, step):
            self.draw.line((0, y, self.spec.size[0], y), fill=(178, 200, 232), width=3)
        self.draw.line((self.left - 40, 0, self.left - 40, self.spec.size[1]),
                       fill=(232, 150, 150), width=3)

    def write(self, line: str) -> None:
        if line == "":
            self.y += int(_BODY * 0.8)
        elif line == "---":
            self.y += 12  # clear of the descenders above
            self.draw.line((self.left, self.y, self.right, self.y), fill=_INK, width=4)
            self.y += 32
        elif line == "@sign":
            self._signature()
        else:
            flags, text = _split(line)
            size = next((_SIZES[f] for f in flags if f in _SIZES),
                        _HAND if self.spec.typeface == "hand" else _BODY)
            font = _font(self.spec.typeface, "b" in flags, size)
            colour = self.spec.accent if "a" in flags and self.spec.accent else _INK
            if "\t" in text:
                self._row(text.split("\t"), font, colour)
            else:
                align = "c" if "c" in flags else "r" if "r" in flags else "l"
                for part in self._wrap(text, font):
                    self._text(part, font, colour, align)
                if align == "l" and len(text) > 90:
                    self.y += size // 3  # a little air after a paragraph

    def _wrap(self, text: str, font: ImageFont.FreeTypeFont) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            trial = f"{current} {word}".strip()
            if current and font.getlength(trial) > self.right - self.left:
                lines.append(current)
                current = word
            else:
                current = trial
        return [*lines, current]

    def _text(
        self, text: str, font: ImageFont.FreeTypeFont, colour: tuple[int, int, int], align: str
    ) -> None:
        width = font.getlength(text)
        x = {"l": self.left, "c": (self.left + self.right - width) / 2, "r": self.right - width}
        if self.spec.typeface == "hand":
            self._handwrite(text, font, x[align])
        else:
            self.draw.text((x[align], self.y), text, font=font, fill=colour)
        self.y += int(font.size * 1.36)

    def _handwrite(self, text: str, font: ImageFont.FreeTypeFont, x: float) -> None:
        """Letter by letter in blue ballpoint: each a little off the line, a little bigger
        or smaller, the line drifting as a hand's does."""
        rng = self.rng
        drift = rng.uniform(-0.012, 0.012)  # the line climbs or sinks across the page
        start = x
        for char in text:
            size = max(10, round(font.size * rng.uniform(0.9, 1.08)))
            face = _font(self.spec.typeface, False, size)
            y = self.y + (x - start) * drift + rng.uniform(-3, 3)
            assert self.pen_draw is not None
            self.pen_draw.text((x, y), char, font=face, fill=255, stroke_width=1, stroke_fill=255)
            x += face.getlength(char) * rng.uniform(0.96, 1.06) + rng.uniform(0, 2)

    def _row(
        self, cells: list[str], font: ImageFont.FreeTypeFont, colour: tuple[int, int, int]
    ) -> None:
        self.draw.text((self.left, self.y), cells[0], font=font, fill=colour)
        if len(cells) == 2 and cells[0].endswith(":"):
            x = self.left + max(_FIELD_STOP, font.getlength(cells[0]) + 40)
            self.draw.text((x, self.y), cells[1], font=font, fill=colour)
        else:
            for i, cell in enumerate(reversed(cells[1:])):
                x = self.right - i * _COLUMN - font.getlength(cell)
                self.draw.text((x, self.y), cell, font=font, fill=colour)
        self.y += int(font.size * 1.36)

    def _signature(self) -> None:
        """A hurried, slanted pen signature: up and down strokes joined by a smooth curve."""
        rng, base = self.rng, self.y + 125
        x = self.left + rng.uniform(40, 90)
        knots = [(self.left + 30.0, base - rng.uniform(0, 40)), (x, base - rng.uniform(90, 135))]
        for i in range(rng.randint(9, 13)):
            x += rng.uniform(26, 48)
            tall = rng.random() < 0.25
            height = rng.uniform(80, 110) if tall else rng.uniform(30, 55)
            knots.append((x, base - (height if i % 2 == 0 else rng.uniform(-4, 6))))
        knots.append((x + 90, base - 30))
        knots.append((self.left + 20, base + 12))  # the flourish back under the name
        points = [(px + (base - py) * 0.35, py) for px, py in _spline(knots)]
        if self.pen_draw is not None:
            self.pen_draw.line(points, fill=255, width=5, joint="curve")
        else:
            self.draw.line(points, fill=_PEN, width=5, joint="curve")
        self.y += 175


def _spline(knots: list[tuple[float, float]], steps: int = 12) -> list[tuple[float, float]]:
    """A Catmull-Rom curve through ``knots``."""
    padded = [knots[0], *knots, knots[-1]]
    points = []
    for i in range(1, len(padded) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = padded[i - 1 : i + 3]
        for step in range(steps):
            t = step / steps
            t2, t3 = t * t, t * t * t
            points.append(
                (
                    0.5
                    * (
                        2 * x1
                        + (x2 - x0) * t
                        + (2 * x0 - 5 * x1 + 4 * x2 - x3) * t2
                        + (3 * x1 - x0 - 3 * x2 + x3) * t3
                    ),
                    0.5
                    * (
                        2 * y1
                        + (y2 - y0) * t
                        + (2 * y0 - 5 * y1 + 4 * y2 - y3) * t2
                        + (3 * y1 - y0 - 3 * y2 + y3) * t3
                    ),
                )
            )
    return [*points, knots[-1]]


def render_clean_pages(spec: SampleDocument) -> list[Image.Image]:
    """The pages of ``spec`` as crisp RGB images, before any scanner or camera touches them."""
    rng = _rng(spec, "pen")
    pages = []
    for lines in spec.pages:
        writer = _PageWriter(spec, rng)
        for line in lines:
            writer.write(line)
        pages.append(writer.finish())
    return pages


# -- Scanner and camera ------------------------------------------------------------------


def _rng(spec: SampleDocument, purpose: str) -> random.Random:
    return random.Random(zlib.crc32(f"{spec.filename}/{purpose}".encode()))


def _field(size: tuple[int, int], rng: random.Random, low: int, high: int) -> Image.Image:
    """A smooth, uneven grey field (paper tone, light falloff) between ``low`` and ``high``."""
    small = Image.new("L", (4, 5))
    small.putdata([rng.randint(low, high) for _ in range(20)])
    return small.resize(size, Image.Resampling.BICUBIC).convert("RGB")


def _noise(image: Image.Image, rng: random.Random, amount: int) -> Image.Image:
    """Sensor grain: ``amount`` grey levels either way, in 2x2 clumps."""
    w, h = (image.width + 1) // 2, (image.height + 1) // 2
    grain = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    grain = grain.point(lambda v: v * 2 * amount // 255).resize(image.size, Image.Resampling.BOX)
    return ImageChops.add(image, Image.merge("RGB", (grain,) * 3), 1.0, -amount)


def _on_paper(page: Image.Image, rng: random.Random) -> Image.Image:
    tinted = ImageChops.multiply(page, Image.new("RGB", page.size, _PAPER))
    return ImageChops.multiply(tinted, _field(page.size, rng, 240, 255))


def as_scan(page: Image.Image, rng: random.Random, *, grain: int = 2) -> Image.Image:
    """A flatbed scan: off-white paper, a slight tilt, a little softness and grain."""
    image = _on_paper(page, rng)
    angle = rng.uniform(0.25, 0.8) * rng.choice((-1, 1))
    image = image.rotate(angle, Image.Resampling.BICUBIC, fillcolor=(252, 252, 250))
    image = image.filter(ImageFilter.GaussianBlur(0.7))
    return _noise(image, rng, grain) if grain else image


def _table(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A wooden table top seen from above."""
    table = Image.new("RGB", size, (128, 92, 62))
    grain = Image.new("L", (size[0] // 8, size[1] // 8), 0)
    draw = ImageDraw.Draw(grain)
    for _ in range(160):
        y = rng.uniform(0, grain.height)
        draw.line((0, y, grain.width, y + rng.uniform(-12, 12)), fill=rng.randint(10, 45), width=1)
    grain = grain.resize(size, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3))
    table = ImageChops.subtract(table, Image.merge("RGB", (grain,) * 3))
    return ImageChops.multiply(table, _field(size, rng, 200, 255))


def _light(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Window light from one corner, and the soft shadow of the phone and hand."""
    cols, rows = 6, 8
    corner = rng.choice((0, 1))
    shade_x, shade_y = rng.uniform(2, 4), rng.uniform(5, 7)
    values = []
    for r in range(rows):
        for c in range(cols):
            falloff = (abs(c - corner * (cols - 1)) / cols + r / rows) * 38
            shadow = 60 * math.exp(-((c - shade_x) ** 2 / 3 + (r - shade_y) ** 2 / 2.5))
            values.append(int(255 - falloff - shadow))
    small = Image.new("L", (cols, rows))
    small.putdata(values)
    return small.resize(size, Image.Resampling.BICUBIC).convert("RGB")


def as_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the page lying on a table: tilted, unevenly lit, a little soft."""
    frame = _table(PHOTO, rng)
    paper = _on_paper(page, rng)
    scale = 0.9 * min(PHOTO[0] / paper.width, PHOTO[1] / paper.height)  # fills 90 % of the frame
    paper = paper.resize(
        (round(paper.width * scale), round(paper.height * scale)), Image.Resampling.LANCZOS
    )
    angle = rng.uniform(1.2, 2.8) * rng.choice((-1, 1))
    mask = Image.new("L", paper.size, 255).rotate(angle, Image.Resampling.BICUBIC, expand=True)
    paper = paper.rotate(angle, Image.Resampling.BICUBIC, expand=True)
    x = (PHOTO[0] - paper.width) // 2 + rng.randint(-40, 40)
    y = (PHOTO[1] - paper.height) // 2 + rng.randint(-50, 50)
    shadow = mask.filter(ImageFilter.GaussianBlur(22)).point(lambda v: v * 2 // 3)
    frame.paste((40, 30, 22), (x + 16, y + 22), shadow)
    frame.paste(paper, (x, y), mask)
    frame = ImageChops.multiply(frame, _light(PHOTO, rng))
    frame = frame.filter(ImageFilter.GaussianBlur(1.1))
    return _noise(frame, rng, 5)


def render_pages(spec: SampleDocument) -> list[Image.Image]:
    """The pages of ``spec`` as they come out of the scanner or the phone."""
    pages = []
    for index, clean in enumerate(render_clean_pages(spec)):
        rng = _rng(spec, f"page{index}")
        if spec.capture == "scan":
            image = as_scan(clean, rng, grain=0 if spec.suffix in (".png", ".tif") else 2)
            if spec.suffix == ".tif":  # a black-and-white office scan
                image = image.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
            elif spec.accent is None:
                image = image.convert("L")
        else:
            image = as_photo(clean, rng)
            if spec.capture == "photo-sideways":
                image = image.transpose(Image.Transpose.ROTATE_90)
            elif spec.capture == "photo-upside-down":  # held the wrong way up
                image = image.transpose(Image.Transpose.ROTATE_180)
        pages.append(image)
    return pages


# -- Files -------------------------------------------------------------------------------


def _jpeg(image: Image.Image, dpi: int | None) -> bytes:
    out = io.BytesIO()
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, **extra)
    return out.getvalue()


def encode_sample(spec: SampleDocument) -> bytes:
    """The bytes of the sample file for ``spec``."""
    pages = render_pages(spec)
    out = io.BytesIO()
    if spec.suffix == ".pdf":
        doc = pymupdf.open()
        for image in pages:
            page = doc.new_page(width=image.width * 72 / DPI, height=image.height * 72 / DPI)
            page.insert_image(page.rect, stream=_jpeg(image, DPI))
        doc.set_metadata({"creator": "Scan to PDF", "producer": "Scan to PDF"})
        return bytes(doc.tobytes(garbage=3, deflate=True, no_new_id=True))
    if spec.suffix == ".tif":
        pages[0].save(
            out,
            "TIFF",
            save_all=True,
            append_images=pages[1:],
            compression="group4",
            dpi=(DPI, DPI),
        )
    elif spec.suffix == ".png":
        pages[0].save(out, "PNG", dpi=(DPI, DPI), compress_level=9)
    else:  # a phone writes no useful resolution; a scanner writes its own
        return _jpeg(pages[0], DPI if spec.capture == "scan" else None)
    return out.getvalue()


def write_sample_documents(folder: Path, documents: Iterable[SampleDocument] = ()) -> list[Path]:
    """Write the sample files (all of them unless ``documents`` names some) into ``folder``."""
    chosen: Sequence[SampleDocument] = tuple(documents) or SAMPLE_DOCUMENTS
    paths = []
    for spec in chosen:
        path = folder / spec.filename
        atomic_write_bytes(path, encode_sample(spec), mode=0o644)
        paths.append(path)
    return paths


def bundled_sample_paths() -> list[Path]:
    """The shipped sample files, in ``SAMPLE_DOCUMENTS`` order (installed as plain files)."""
    folder = Path(str(resources.files("desktop_app") / "assets" / "sample"))
    paths = [folder / spec.filename for spec in SAMPLE_DOCUMENTS]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"sample files missing from {folder}: {', '.join(missing)}")
    return paths
