"""A document put together again from the pages a packet shows of it (redacted where the
user asked), to stand in for its stored original when the user chooses to take the
redacted words out of everything the app keeps (``services.redaction_everywhere``).

Each page comes in the frame its ``PageSource`` is in (before ``rotation``): a PDF page
as it is (its own /Rotate kept), a picture upright as shown. So every page's OCR text
layer, made in that same frame, still fits it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image

from desktop_app.core import images
from desktop_app.core.export.plan import PageSource


@dataclass(frozen=True)
class CopiedPage:
    width: float  # points as displayed (a PDF), or pixels upright (a picture)
    height: float
    text: str  # the page's own text, once redacted ('' for a picture)


def pdf_of_pages(sources: Sequence[PageSource], out: Path,
                 sizes: Sequence[tuple[float, float]]) -> list[CopiedPage]:
    """Write one PDF with a page for each source. A picture becomes a page as wide as
    ``sizes`` gives (the page it replaces, upright), as tall as the picture's shape."""
    copied: list[CopiedPage] = []
    with pymupdf.open() as doc:
        for source, (width, _height) in zip(sources, sizes, strict=True):
            if source.kind == "pdf":
                with pymupdf.open(source.path) as src:
                    doc.insert_pdf(src, from_page=source.index, to_page=source.index)
            else:
                frame = images.load_frame(source.path, source.index)
                tall = width * frame.height / max(1, frame.width)
                page = doc.new_page(width=width, height=tall)
                page.insert_image(page.rect, stream=images.encode_for_pdf(frame))
            page = doc[-1]
            copied.append(CopiedPage(page.rect.width, page.rect.height, page.get_text()))
        doc.set_metadata({})
        doc.del_xml_metadata()
        doc.save(out, garbage=3, deflate=True)
    return copied


def image_of_pages(sources: Sequence[PageSource], out_stem: Path) -> tuple[Path,
                                                                           list[CopiedPage]]:
    """Write the pictures as one file: the page's own file when there is one page (as it
    was made: PNG or JPEG), else a multi-page TIFF. Returns its path."""
    frames = [images.load_frame(s.path, s.index) for s in sources]
    copied = [CopiedPage(float(f.width), float(f.height), "") for f in frames]
    if len(frames) == 1:
        suffix = Path(sources[0].path).suffix.lower() or ".png"
        if sources[0].index == 0 and suffix in (".png", ".jpg", ".jpeg") and not _turned(
                sources[0].path):
            out = out_stem.with_suffix(suffix)
            out.write_bytes(Path(sources[0].path).read_bytes())
            return out, copied
    out = out_stem.with_suffix(".tiff")
    first, *rest = [f if f.mode in ("1", "L", "RGB") else f.convert("RGB") for f in frames]
    first.save(out, format="TIFF", save_all=True, append_images=rest,
               compression="tiff_lzw")
    return out, copied


def _turned(path: Path) -> bool:
    """Whether the file carries an EXIF turn (then it is written again, upright)."""
    with Image.open(path) as im:
        return im.getexif().get(0x0112, 1) not in (0, 1)


def layer_text(layer: Path) -> str:
    """The words an OCR text layer carries."""
    with pymupdf.open(layer) as doc:
        return "".join(page.get_text() for page in doc)
