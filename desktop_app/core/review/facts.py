"""Facts about a page's picture that the review needs: a small perceptual hash, how much
ink it has, how dark it is, and how finely it was scanned.

They cost a few milliseconds a page (a small render), so the services cache them by page
id; the review itself only reads numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

LETTER_AREA_IN = (7.5, 10.0)  # where an image is placed on a letter page (about)
SAMPLE_DPI = 36
INK_LEVEL = 160  # a pixel darker than this counts as ink


@dataclass(frozen=True)
class PageMeasure:
    dhash: int
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
    return PageMeasure(dhash=dhash(small), ink=ink_share(small), mean=mean_level(small),
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
        if im.format == "JPEG":
            im.draft("L", (max(1, im.width // 8), max(1, im.height // 8)))
        upright = ImageOps.exif_transpose(im) or im
        small = upright.convert("L")
        small.thumbnail((400, 400))
    return small, image_dpi if image_dpi and image_dpi > 1 else None


def dhash(image: Image.Image) -> int:
    """64-bit difference hash: is each of 8 x 8 cells brighter than its right neighbour."""
    cells = image.convert("L").resize((9, 8), Image.Resampling.BILINEAR)
    px = cells.tobytes()  # one byte a pixel, row by row
    bits = 0
    for row in range(8):
        for col in range(8):
            bits = (bits << 1) | int(px[row * 9 + col] > px[row * 9 + col + 1])
    return bits


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


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
