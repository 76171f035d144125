"""Facts about a page's picture that the review needs: its look (a perceptual hash), how
much ink it has, how dark it is, and how finely it was scanned.

They cost a few milliseconds a page (a small render), so the services cache them by page
id; the review itself only reads numbers.

The look is a difference hash at 16 x 16 (256 bits: is each cell brighter than its right
neighbour) of the printed part of the page (the box around its ink, so margins and the
table a photo was taken on count little), taken nine times: of the whole box and of the box
with 4 % trimmed off the left or the right, and off the top or the bottom. Two copies of one
paper compare as the closest of their 81 pairs, so a copy that is smaller, more compressed
or cut a little differently (a rescan, a second photo once straightened, an export) still
matches. Measured on real and generated pay stubs and letters: a 90 % copy at JPEG quality 55
differs in 1-5 bits of 256, a copy cut by 3-4 % in 7-15; pages with other text differ in 60
or more. Papers printed from one template (two bank statements of one bank) can look as
close as a copy, so the review decides those by their words (``compare``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageOps

LETTER_AREA_IN = (7.5, 10.0)  # where an image is placed on a letter page (about)
SAMPLE_DPI = 36
SAMPLE_PX = 400  # the page is measured drawn this small (its longer side)
INK_LEVEL = 160  # a pixel darker than this counts as ink
LOOK_SIDE = 16  # the look hash has LOOK_SIDE x LOOK_SIDE bits
TRIM = 0.04  # the share of a side the look's variants trim off
INK_STEP = 28  # a pixel this much darker than its surroundings is part of the print
LOOK_HEX = 9 * LOOK_SIDE * LOOK_SIDE // 4  # the stored look: nine hashes in hex


@dataclass(frozen=True)
class PageMeasure:
    look: tuple[int, ...]  # see ``look_hashes``
    ink: float
    mean: float
    pixel_dpi: float | None  # of the largest picture on a PDF page; None: no picture
    image_dpi: float | None  # the dpi an image file declares; None: none or a PDF


def measure_page(path: Path, kind: str, index: int, rotation: int) -> PageMeasure:
    """Measure page ``index`` of ``path`` as shown (turned by ``rotation`` clockwise)."""
    if kind == "pdf":
        small, pixel_dpi = _pdf_sample(path, index)
        image_dpi = None
    else:
        small, image_dpi = _image_sample(path, index)
        pixel_dpi = None
    if rotation % 360:
        small = small.rotate(-rotation, expand=True)
    return PageMeasure(look=look_hashes(small), ink=ink_share(small), mean=mean_level(small),
                       pixel_dpi=pixel_dpi, image_dpi=image_dpi)


def _pdf_sample(path: Path, index: int) -> tuple[Image.Image, float | None]:
    import pymupdf

    with pymupdf.open(path, filetype="pdf") as doc:
        page = doc.load_page(index)
        pixel_dpi = None
        pictures = [(int(i[2]), int(i[3])) for i in page.get_images(full=True)]
        if pictures:
            w, h = max(pictures, key=lambda s: s[0] * s[1])
            longest_in = max(page.rect.width, page.rect.height) / 72
            if longest_in > 0:
                pixel_dpi = max(w, h) / longest_in
        scale = SAMPLE_DPI / 72
        pix = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), colorspace=pymupdf.csGRAY,
                              alpha=False)
        return Image.frombytes("L", (pix.width, pix.height), pix.samples), pixel_dpi


def _image_sample(path: Path, index: int) -> tuple[Image.Image, float | None]:
    with Image.open(path) as im:
        if index:
            im.seek(index)
        declared = im.info.get("dpi")
        try:
            image_dpi = float(declared[0]) if declared else None
        except (TypeError, ValueError, IndexError):
            image_dpi = None
        if im.format == "JPEG":  # decode at the smallest scale still SAMPLE_PX wide
            im.draft("L", (SAMPLE_PX, SAMPLE_PX))
        upright = ImageOps.exif_transpose(im) or im
        small = upright.convert("L")
        small.thumbnail((SAMPLE_PX, SAMPLE_PX))
    return small, image_dpi if image_dpi and image_dpi > 1 else None


def dhash(image: Image.Image, side: int = LOOK_SIDE) -> int:
    """Difference hash of ``side`` x ``side`` bits: is each cell brighter than its right
    neighbour."""
    cells = image.convert("L").resize((side + 1, side), Image.Resampling.BILINEAR)
    px = cells.tobytes()  # one byte a pixel, row by row
    bits = 0
    for row in range(side):
        for col in range(side):
            bits = (bits << 1) | int(px[row * (side + 1) + col] > px[row * (side + 1) + col + 1])
    return bits


def print_box(image: Image.Image) -> tuple[int, int, int, int]:
    """The box around what is printed on the page: the rows and columns where a fair share
    of pixels are darker than their surroundings (text, lines, not an even background)."""
    gray = ImageOps.autocontrast(image.convert("L"))
    darker = ImageChops.subtract(gray.filter(ImageFilter.GaussianBlur(6)), gray)
    ink = darker.point(lambda v: 255 if v > INK_STEP else 0)
    rows = list(ink.resize((1, ink.height), Image.Resampling.BOX).tobytes())
    columns = list(ink.resize((ink.width, 1), Image.Resampling.BOX).tobytes())

    def span(values: list[int]) -> tuple[int, int]:
        floor = max(1, 0.08 * max(values, default=0))
        inked = [i for i, v in enumerate(values) if v >= floor]
        return (inked[0], inked[-1] + 1) if inked else (0, len(values))

    (top, bottom), (left, right) = span(rows), span(columns)
    if right - left < 8 or bottom - top < 8:  # next to nothing printed: the whole page
        return (0, 0, image.width, image.height)
    return (left, top, right, bottom)


def look_hashes(image: Image.Image) -> tuple[int, ...]:
    """The page's look: the hash of its printed part (``print_box``) and of eight trims of
    it (``TRIM`` off the left or the right, and off the top or the bottom)."""
    image = image.convert("L").crop(print_box(image))
    width, height = image.size
    found = []
    for left, right in ((0.0, 0.0), (TRIM, 0.0), (0.0, TRIM)):
        for top, bottom in ((0.0, 0.0), (TRIM, 0.0), (0.0, TRIM)):
            box = (round(width * left), round(height * top), round(width * (1 - right)),
                   round(height * (1 - bottom)))
            found.append(dhash(image.crop(box)))
    return tuple(found)


def look_to_hex(look: tuple[int, ...]) -> str:
    return "".join(f"{h:0{LOOK_SIDE * LOOK_SIDE // 4}x}" for h in look)


def look_from_hex(text: str | None) -> tuple[int, ...] | None:
    """The look stored by ``look_to_hex``; None for anything else (a hash of an older
    kind, which is measured again)."""
    if not text or len(text) != LOOK_HEX:
        return None
    step = LOOK_SIDE * LOOK_SIDE // 4
    try:
        return tuple(int(text[i:i + step], 16) for i in range(0, LOOK_HEX, step))
    except ValueError:
        return None


def look_distance(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """How many of the 256 bits differ between the closest trims of two pages."""
    return min((x ^ y).bit_count() for x in a for y in b)



def ink_share(image: Image.Image) -> float:
    histogram = image.convert("L").histogram()
    total = sum(histogram)
    return sum(histogram[:INK_LEVEL]) / total if total else 0.0


def mean_level(image: Image.Image) -> float:
    histogram = image.convert("L").histogram()
    total = sum(histogram)
    return sum(level * n for level, n in enumerate(histogram)) / total if total else 255.0


def printed_size(
    kind: str, width: float, height: float, image_dpi: float | None
) -> tuple[tuple[float, float], float | None]:
    """The page's size in inches once printed in the packet, and the resolution of an
    image file at that size.

    PDF pages keep their own size (``width``/``height`` in points). An image
    (``width``/``height`` in pixels) is placed on a letter page at its declared size, or
    shrunk to fit; without a declared dpi it fills the page (the exporter's rule)."""
    if kind == "pdf":
        return (width / 72, height / 72), None
    if width <= 0 or height <= 0:
        return (0.0, 0.0), None
    box_w, box_h = LETTER_AREA_IN if height >= width else LETTER_AREA_IN[::-1]
    inch_per_px = min(box_w / width, box_h / height)
    if image_dpi:
        inch_per_px = min(inch_per_px, 1 / image_dpi)
    return (width * inch_per_px, height * inch_per_px), 1 / inch_per_px
