"""Draw a page of a stored file as an image: for OCR, thumbnails and the page viewer."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image

from desktop_app.core import images

# OCR at 300 dpi, but never more than this many pixels (a poster-sized page).
MAX_RENDER_PIXELS = 40_000_000
# A PDF page with a line or more of text of its own (MADE_TEXT_CHARS characters or more)
# was made on a computer (or already read by a scanner): it is a page edge to edge,
# never a photo of a sheet on a table — a certificate's picture is not cropped to its
# white panel. A scanning app's stamp ("Scanned by CamScanner", 19) on a phone photo
# of a sheet is not such a line.
MADE_TEXT_CHARS = 40


def page_image(
    path: Path, kind: str, index: int, *, dpi: int = 300, gray: bool = False
) -> Image.Image:
    """Page ``index`` of ``path`` as displayed, before any rotation the app applies."""
    if kind == "pdf":
        return _pdf_page(path, index, dpi, gray)
    frame = images.load_frame(path, index)
    if gray and frame.mode != "L":
        frame = frame.convert("L")
    return frame


def _pdf_page(path: Path, index: int, dpi: int, gray: bool) -> Image.Image:
    import pymupdf  # here, not at the top: a worker reading only photos never needs it

    with pymupdf.open(path, filetype="pdf") as doc:
        page = doc.load_page(index)
        scale = dpi / 72
        area = page.rect.width * page.rect.height * scale * scale
        if area > MAX_RENDER_PIXELS:
            scale *= math.sqrt(MAX_RENDER_PIXELS / area)
        colorspace = pymupdf.csGRAY if gray else pymupdf.csRGB
        pix = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), colorspace=colorspace,
                              alpha=False)
        mode = "L" if gray else "RGB"
        image = Image.frombytes(mode, (pix.width, pix.height), pix.samples)
        image.info["dpi"] = (scale * 72, scale * 72)
        return image


def made_on_a_computer(path: Path, index: int) -> bool:
    """Whether PDF page ``index`` of ``path`` has a line or more of text of its own."""
    import pymupdf

    with pymupdf.open(path, filetype="pdf") as doc:
        text = doc.load_page(index).get_text("text")
    return len("".join(text.split())) >= MADE_TEXT_CHARS


def thumbnail(path: Path, kind: str, index: int, size: int = 256) -> Image.Image:
    """A small picture of the page, at most ``size`` pixels on its longer side."""
    image = page_image(path, kind, index, dpi=36)
    image.thumbnail((size, size))
    return image.convert("RGB")
