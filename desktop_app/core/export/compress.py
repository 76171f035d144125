"""Make a scanned page's picture small without losing a word: decide what the page is, then
encode it the way that suits it.

* A page that is text and lines on paper (a letter, a form, a receipt; scanned or
  photographed) becomes black and white at 300 dpi, encoded losslessly as CCITT G4 (the
  fax code every PDF reader knows): a few tens of kilobytes a page. Uneven light on a
  phone photo is evened out first (each pixel is compared with the paper around it), so
  a shadow does not turn into a black blot.
* A page with a picture on it (a photograph, an ID card, a coloured chart) or with faint
  writing that black and white would lose stays a picture: JPEG at about 200 dpi, in
  colour when it has colour, else grey.
* Born-digital PDF pages (with text of their own) are not touched; ``pages.py`` places
  them as they are. The OCR text layer is placed over the new picture exactly as over
  the old one.

How a page is judged (``classify``): on a copy about 100 dpi wide, each pixel is divided
by the brightness of the paper around it (the page's "background", a blurred maximum).
Paper then reads ~1.0 and ink ~0.2-0.5. In square cells of about a third of an inch, a
cell full of in-between tones is a picture; a page with more than a few such cells, or
with clear colour, stays a picture. Thresholds were set on the public scans and phone
photos listed in ``bench/bench_compress.py``'s sources, and measured on others.

Every result is kept in the page's cache folder (``PageSource.cache``) under a name made
from the source file's identity and the settings, so exporting again costs nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pymupdf
from PIL import Image, ImageFilter, ImageOps, TiffImagePlugin

from desktop_app.core.export.plan import PageSource
from desktop_app.core.export.profiles import Compression
from desktop_app.core.files import atomic_write_bytes
from desktop_app.core.images import load_frame

VERSION = "2"  # part of every cache key: bump when what this module makes changes

Kind = Literal["g4", "jpeg"]

# --- judging a page ----------------------------------------------------------------------

ANALYSIS_DPI = 100
ANALYSIS_WIDTH = 850  # pixels across: ~100 dpi on a Letter page
CELL = 32  # pixels of the analysis copy: a third of an inch
PAPER = 0.86  # at or above: paper (relative to the local background)
INK = 0.55  # below: ink
MID_CELL = 0.30  # a cell with more in-between tones than this is a picture
PICTURE_CELLS = 0.16  # a page with more picture cells than this stays a picture
COLOUR_CHROMA = 60  # a pixel this far from grey (0-255) is coloured
COLOUR_SHARE = 0.02  # a page with this much coloured area stays in colour
FAINT_INK = 0.70  # the darkest ink of a page lighter than this is too faint for 1-bit
THRESHOLD = 0.72  # 1-bit: darker than this share of the paper around it is ink
DARKEST_PAPER = 0.5  # paper darker than this share of the page's paper is not paper


@dataclass(frozen=True)
class Judgement:
    bitonal: bool  # text and lines only: 1-bit loses nothing
    colour: bool  # has colour worth keeping


def _background(grey: np.ndarray, block: int) -> np.ndarray:
    """The brightness of the paper around each pixel: the brightest pixel of each
    ``block`` x ``block`` square (a third of an inch: the ink in it is gone), spread over
    the squares around it (about an inch and a half) and smoothed, then stretched back.
    Where that is darker than half the page's paper, there is no paper (a photograph, a
    black box of a redaction, a dark table): the page's own paper level stands in, so a
    large dark area stays dark."""
    h, w = grey.shape
    rows, cols = -(-h // block), -(-w // block)
    padded = np.pad(grey, ((0, rows * block - h), (0, cols * block - w)), mode="edge")
    brightest = padded.reshape(rows, block, cols, block).max(axis=(1, 3))
    small = Image.fromarray(brightest).filter(ImageFilter.MaxFilter(5))
    small = small.filter(ImageFilter.GaussianBlur(1.5))
    back = np.asarray(small.resize((w, h), Image.Resampling.BILINEAR), dtype=np.float32)
    paper = float(np.percentile(brightest, 90))
    return np.maximum(back, max(24.0, paper * DARKEST_PAPER))


def classify(image: Image.Image) -> Judgement:
    """What kind of page ``image`` is (any mode, any size)."""
    small = image.convert("RGB") if image.mode not in ("RGB", "L") else image
    if small.width > ANALYSIS_WIDTH:
        height = max(1, round(small.height * ANALYSIS_WIDTH / small.width))
        small = small.resize((ANALYSIS_WIDTH, height), Image.Resampling.BOX)
    colour = False
    if small.mode == "RGB":
        rgb = np.asarray(small, dtype=np.int16)
        chroma = rgb.max(axis=2) - rgb.min(axis=2)
        colour = float((chroma > COLOUR_CHROMA).mean()) > COLOUR_SHARE
        grey = np.asarray(small.convert("L"))
    else:
        grey = np.asarray(small)
    relative = grey.astype(np.float32) / _background(grey, CELL)
    h, w = relative.shape
    rows, cols = h // CELL, w // CELL
    picture = 0.0  # a picture smaller than a cell: judged by its colour and ink alone
    if rows and cols:
        cells = relative[: rows * CELL, : cols * CELL].reshape(rows, CELL, cols, CELL)
        mid = ((cells >= INK) & (cells < PAPER)).mean(axis=(1, 3))
        picture = float((mid > MID_CELL).mean())
    ink = relative[relative < PAPER]
    faint = ink.size > 0 and float(np.percentile(ink, 5)) > FAINT_INK
    return Judgement(bitonal=not colour and picture <= PICTURE_CELLS and not faint,
                     colour=colour)


# --- what a packed page is ---------------------------------------------------------------


@dataclass(frozen=True)
class Packed:
    """The new picture of one page: ``data`` is a JPEG, or the raw CCITT G4 strip of a
    1-bit image."""

    data: bytes
    kind: Kind
    width: int  # pixels of the new picture
    height: int
    grey: bool  # a JPEG's colour space: grey or RGB


def _key(source: PageSource, settings: Compression) -> str:
    stat = source.path.stat()
    data = json.dumps([VERSION, str(source.path), stat.st_size, stat.st_mtime_ns, stat.st_ino,
                       source.kind, source.index, asdict(settings)])
    return hashlib.sha256(data.encode()).hexdigest()[:32]


def cached(source: PageSource, settings: Compression) -> Packed | None:
    """What an earlier export made of ``source`` with ``settings``, if it is still there."""
    if source.cache is None:
        return None
    try:
        key = _key(source, settings)
        facts = json.loads((source.cache / f"{key}.json").read_text())
        return Packed(data=(source.cache / f"{key}.bin").read_bytes(), kind=facts["kind"],
                      width=int(facts["width"]), height=int(facts["height"]),
                      grey=bool(facts["grey"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pack(source: PageSource, settings: Compression, width_in: float,
         height_in: float) -> Packed:
    """The small picture of ``source`` (an image, or a scanned PDF page as displayed),
    shown ``width_in`` x ``height_in`` inches on the packet page; kept in the page's cache
    folder when it has one. Raises what reading the source raises."""
    judged = classify(_picture(source, width_in, height_in, ANALYSIS_DPI))
    if judged.bitonal:
        image = _picture(source, width_in, height_in, settings.text_dpi)
        data, size = _g4(image, width_in, height_in, settings.text_dpi)
        kind: Kind = "g4"
        grey = True
    else:
        image = _picture(source, width_in, height_in, settings.picture_dpi)
        data, size = _jpeg(image, width_in, height_in, settings, judged.colour)
        kind, grey = "jpeg", not judged.colour
    packed = Packed(data, kind, size[0], size[1], grey)
    if source.cache is not None:
        _keep(source.cache, _key(source, settings), packed)
    return packed


def _keep(folder: Path, key: str, packed: Packed) -> None:
    """Keep ``packed`` for the next export; what an older state of the page made goes."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.suffix in (".bin", ".json") and old.stem != key:
            old.unlink(missing_ok=True)
    atomic_write_bytes(folder / f"{key}.bin", packed.data)
    atomic_write_bytes(folder / f"{key}.json", json.dumps(
        {"kind": packed.kind, "width": packed.width, "height": packed.height,
         "grey": packed.grey}).encode())


def _picture(source: PageSource, width_in: float, height_in: float, dpi: int) -> Image.Image:
    """The page's pixels, at about ``dpi`` on the packet page or more (never upscaled)."""
    if source.kind == "pdf":
        with pymupdf.open(source.path) as doc:
            page = doc[source.index]
            zoom = min(dpi * width_in / max(page.rect.width, 1),
                       dpi * height_in / max(page.rect.height, 1))
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False,
                                  colorspace=pymupdf.csRGB)
            return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    wanted = (math.ceil(width_in * dpi), math.ceil(height_in * dpi))
    image = _load_reduced(source.path, source.index, wanted)
    if image.mode == "1":
        image = image.convert("L")
    if image.width > 2 * wanted[0] and image.height > 2 * wanted[1]:
        image = image.reduce(min(image.width // wanted[0], image.height // wanted[1]))
    return image


def _load_reduced(path: Path, index: int, wanted: tuple[int, int]) -> Image.Image:
    """Frame ``index`` of ``path`` upright; a large JPEG is decoded at a reduced scale
    (JPEG's own DCT scaling) when that still gives ``wanted`` pixels or more."""
    if index == 0:
        with Image.open(path) as probe:
            if probe.format == "JPEG" and probe.mode in ("RGB", "L"):
                full = probe.size
                turned = probe.getexif().get(0x0112, 1) in (5, 6, 7, 8)
                probe.draft(probe.mode, wanted[::-1] if turned else wanted)
                if probe.size != full:
                    probe.load()
                    upright = ImageOps.exif_transpose(probe)
                    return upright if upright is not None else probe.copy()
    return load_frame(path, index)


def _target(image: Image.Image, width_in: float, height_in: float,
            dpi: int) -> tuple[int, int]:
    """The pixel size for ``dpi`` on the page, never larger than the image is."""
    scale = min(1.0, dpi * width_in / image.width, dpi * height_in / image.height)
    return max(1, round(image.width * scale)), max(1, round(image.height * scale))


def _g4(image: Image.Image, width_in: float, height_in: float,
        dpi: int) -> tuple[bytes, tuple[int, int]]:
    grey = image.convert("L") if image.mode != "L" else image
    size = _target(grey, width_in, height_in, dpi)
    if size != grey.size:
        grey = grey.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    pixels = np.asarray(grey)
    block = max(8, round(size[0] / max(width_in, 0.1) / 3))  # a third of an inch
    ink = pixels.astype(np.float32) < _background(pixels, block) * THRESHOLD
    bits = Image.fromarray(~ink)  # mode "1": white is 1
    return _g4_strip(bits), bits.size


def _g4_strip(bits: Image.Image) -> bytes:
    """The CCITT G4 data of a 1-bit image, as one strip (what a PDF image stream holds)."""
    buf = io.BytesIO()
    saved = TiffImagePlugin.STRIP_SIZE
    TiffImagePlugin.STRIP_SIZE = 1 << 30  # one strip for the whole image
    try:
        bits.save(buf, format="TIFF", compression="group4")
    finally:
        TiffImagePlugin.STRIP_SIZE = saved
    buf.seek(0)
    with Image.open(buf) as tiff:
        assert isinstance(tiff, TiffImagePlugin.TiffImageFile)
        offsets = tiff.tag_v2[273]
        counts = tiff.tag_v2[279]
        if len(offsets) != 1:
            raise ValueError("the 1-bit picture was written in more than one strip")
        data = buf.getvalue()
        return data[offsets[0]:offsets[0] + counts[0]]


def _jpeg(image: Image.Image, width_in: float, height_in: float, settings: Compression,
          colour: bool) -> tuple[bytes, tuple[int, int]]:
    picture = image.convert("RGB" if colour else "L")
    size = _target(picture, width_in, height_in, settings.picture_dpi)
    if size != picture.size:
        picture = picture.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)
    buf = io.BytesIO()
    picture.save(buf, format="JPEG", quality=settings.jpeg_quality, optimize=True)
    return buf.getvalue(), picture.size
