"""Make a scanned page's picture small without losing a word: decode it once, decide what
it is made of (``judge.py``), then encode each part the way that suits it.

* Text and lines (a letter, a form, a receipt; scanned or photographed) become black and
  white at 300 dpi, encoded losslessly as CCITT G4 (the fax code every PDF reader
  knows): a few tens of kilobytes a page.
* Coloured ink on such a page (a stamp, a signature in blue, a red heading) is cut the
  same way and painted in its colour: one more 1-bit layer per colour, a few kilobytes.
* What black and white would lose on a text page (a photograph or a portrait, a
  highlighter stroke, a shaded box, a coloured band) is kept in a picture behind the
  text: JPEG at about 150 dpi (200 with small print) where there is a photograph, about
  100 dpi for shades, with the text taken out of it (it is mostly blank paper, and
  blank paper costs nothing).
  This is the layered ("mixed raster content") way DjVu and good scanners compress.
* A page that is mostly a picture (a photograph, an ID card), or whose writing is too
  faint for black and white, stays one picture: JPEG at about 150 dpi (200 when the OCR
  found small print on it), in colour when it has colour, else grey.
* A grey scan coarser than ``Compression.low_res_dpi`` (a 72-dpi page) stays at its own
  resolution in four shades of grey, two bits a pixel, Flate: its letters are a few
  pixels wide, and black and white breaks or thickens them, JPEG blurs them. Without
  words on it (a small photograph), it is a JPEG at its own resolution.
* A JPEG is progressive when that is smaller (about 4 % on a photograph; not always on a
  mostly blank background); every PDF reader since PDF 1.3 shows them.
* Born-digital PDF pages (with text of their own) are not touched; ``pages.py`` places
  them as they are. The OCR text layer is placed over the new picture exactly as over
  the old one.

Every result is kept in the page's cache folder (``PageSource.cache``) under a name made
from the source file's identity and the settings, so exporting again costs nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pymupdf
from PIL import Image, ImageOps, TiffImagePlugin

from desktop_app.core import pdfs
from desktop_app.core.export.judge import Look, block_reduce, is_colourful, judge
from desktop_app.core.export.plan import PageSource
from desktop_app.core.export.profiles import Compression
from desktop_app.core.files import atomic_write_bytes
from desktop_app.core.images import load_frame

VERSION = "11"  # part of every cache key: bump when what this module makes changes

# The most pixels a page is drawn at for packing (about Legal paper at 300 dpi): a page
# printed larger (a poster-sized scan, a 30-inch PDF page) gets fewer dots per inch, so
# packing it takes at most a few hundred megabytes, whatever the file claims.
MAX_PIXELS = 12_000_000
SHADE_DPI = 100  # a background that only holds shades and bands
NEAR_ENOUGH = 0.97  # a picture this close to the size wanted is used as it is

LayerKind = Literal["jpeg", "g4", "grey2"]
Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Layer:
    """One picture of a packed page, drawn over the whole page in order: a JPEG, or the
    raw CCITT G4 strip of a 1-bit image - opaque black and white when ``paint`` is None,
    else a stencil whose ink is painted in ``paint``."""

    kind: LayerKind
    start: int  # where its bytes are in ``Packed.data``
    length: int
    width: int
    height: int
    grey: bool = True  # a JPEG's colour space: grey or RGB
    paint: Colour | None = None


@dataclass(frozen=True)
class Packed:
    """The new picture of one page: one layer (a JPEG, or a 1-bit image) or several."""

    data: bytes
    layers: tuple[Layer, ...]

    def blob(self, layer: Layer) -> bytes:
        return self.data[layer.start:layer.start + layer.length]

    @property
    def kind(self) -> Literal["jpeg", "g4", "grey2", "layered"]:
        return self.layers[0].kind if len(self.layers) == 1 else "layered"


def _key(source: PageSource, settings: Compression) -> str:
    stat = source.path.stat()
    words = _stat(source.text_layer)  # the OCR layer decides a picture's resolution
    data = json.dumps([VERSION, str(source.path), stat.st_size, stat.st_mtime_ns, stat.st_ino,
                       source.kind, source.index, asdict(settings), words])
    return hashlib.sha256(data.encode()).hexdigest()[:32]


def _stat(path: Path | None) -> list[int] | None:
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def cached(source: PageSource, settings: Compression) -> Packed | None:
    """What an earlier export made of ``source`` with ``settings``, if it is still there."""
    if source.cache is None:
        return None
    try:
        key = _key(source, settings)
        facts = json.loads((source.cache / f"{key}.json").read_text())
        data = (source.cache / f"{key}.bin").read_bytes()
        layers = tuple(_layer(entry, len(data)) for entry in facts["layers"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Packed(data, layers) if layers else None


def _layer(entry: dict[str, object], size: int) -> Layer:
    """A layer read back from the cache (a file of ours, but checked like any input)."""
    kind = entry["kind"]
    paint = entry.get("paint")
    numbers = [int(str(entry[k])) for k in ("start", "length", "width", "height")]
    if kind not in ("jpeg", "g4", "grey2") or min(numbers) < 0 or numbers[0] + numbers[1] > size \
            or not numbers[2] or not numbers[3]:
        raise ValueError("a damaged cache entry")
    colour = None
    if paint is not None:
        if not isinstance(paint, list) or len(paint) != 3:
            raise ValueError("a damaged cache entry")
        colour = (int(paint[0]) & 255, int(paint[1]) & 255, int(paint[2]) & 255)
    start, length, width, height = numbers
    known: LayerKind = "jpeg" if kind == "jpeg" else "grey2" if kind == "grey2" else "g4"
    return Layer(known, start, length, width, height, grey=bool(entry["grey"]),
                 paint=colour)


def pack(source: PageSource, settings: Compression, width_in: float,
         height_in: float) -> Packed:
    """The small picture of ``source`` (an image, or a scanned PDF page as displayed),
    shown ``width_in`` x ``height_in`` inches on the packet page; kept in the page's cache
    folder when it has one. Raises what reading the source raises."""
    maker = _Maker()
    dpi, quality = picture_settings(source, settings, max(width_in, height_in))
    native = native_dpi(source, width_in, height_in)
    if native is not None and native < settings.low_res_dpi:
        # too coarse to cut to black and white (strokes a pixel or two wide thicken or
        # break): kept at the resolution it has - in four greys when it is grey and has
        # writing (a page in colour is layered as any other: a JPEG of it at that size
        # blurs its letters more); a photograph with no words as a JPEG
        picture = _page(source, width_in, height_in, native)
        colour = picture.mode == "RGB" and is_colourful(picture)
        if not words_on(source):
            maker.jpeg(picture.convert("RGB" if colour else "L"), settings.jpeg_quality)
            return _done(source, settings, maker.packed())
        if not colour:
            maker.grey2(picture.convert("L"))
            return _done(source, settings, maker.packed())
    page = _page(source, width_in, height_in, settings.text_dpi)
    look = judge(page, page.width / width_in)
    if look.kind == "picture":  # drawn again at its own size: one resampling, not two
        del page
        picture = _page(source, width_in, height_in, dpi)
        maker.jpeg(_resized(picture, width_in, height_in, dpi,
                            "RGB" if look.colour else "L"), quality)
    else:
        _layered(maker, page, look, width_in, height_in, settings, dpi)
    return _done(source, settings, maker.packed())


def _done(source: PageSource, settings: Compression, packed: Packed) -> Packed:
    if source.cache is not None:
        _keep(source.cache, _key(source, settings), packed)
    return packed


def native_dpi(source: PageSource, width_in: float, height_in: float) -> float | None:
    """The dots per inch the source has on its packet page (``width_in`` x ``height_in``):
    an image's pixels, or a scanned PDF page's largest picture's; None when a PDF page
    has no picture or the file cannot tell. Turned or not, its longer side is the page's."""
    long_in = max(width_in, height_in, 1e-6)
    try:
        if source.kind != "pdf":
            with Image.open(source.path) as image:
                if source.index:
                    image.seek(source.index)
                return max(image.size) / long_in
        with pymupdf.open(source.path) as doc:
            page = doc[source.index]
            infos = page.get_image_info()
            page_long = max(page.rect.width, page.rect.height, 1.0)
    except (OSError, RuntimeError, ValueError, IndexError, EOFError):
        return None
    best = max(infos, default=None, key=lambda i: abs(pymupdf.Rect(i["bbox"]).get_area()))
    if best is None:
        return None
    box = pymupdf.Rect(best["bbox"])
    shown = max(box.width, box.height) / page_long * long_in  # inches on the packet page
    return max(int(best["width"]), int(best["height"])) / max(shown, 1e-6)


def picture_settings(source: PageSource, settings: Compression, long_side_in: float
                     ) -> tuple[int, int]:
    """The resolution and the JPEG quality of the page's photographic part, from the
    words the OCR read on the page (its text layer, drawn over the whole page:
    ``long_side_in`` inches on its longer side): ``small_text_dpi`` when they include
    small ones (a tenth of them lower than ``small_text_pt``), else ``picture_dpi``;
    ``words_quality`` when there are words, else ``jpeg_quality``. With no text layer to
    tell, the finer settings."""
    fine = settings.small_text_dpi, settings.words_quality
    if source.text_layer is None:
        return fine
    try:
        with pymupdf.open(source.text_layer) as doc:
            rect = doc[0].rect
            boxes = [w[:4] for w in doc[0].get_text("words") if len(w[4]) >= 3]
    except (OSError, RuntimeError, ValueError, IndexError):
        return fine
    if not boxes:  # nothing written on it: a photograph
        return settings.picture_dpi, settings.jpeg_quality
    points = long_side_in * 72 / max(rect.width, rect.height, 1.0)
    # a word's box is a line of text; its short side is the line's height (upright or not)
    heights = [min(x1 - x0, y1 - y0) * points for x0, y0, x1, y1 in boxes]
    small = float(np.percentile(heights, 10)) < settings.small_text_pt
    return (settings.small_text_dpi if small else settings.picture_dpi), settings.words_quality


def words_on(source: PageSource) -> bool:
    """Whether the OCR read words on the page (True when there is no text layer to
    tell)."""
    if source.text_layer is None:
        return True
    try:
        with pymupdf.open(source.text_layer) as doc:
            return any(len(w[4]) >= 3 for w in doc[0].get_text("words"))
    except (OSError, RuntimeError, ValueError, IndexError):
        return True


class _Maker:
    """Collects the layers of one page."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.layers: list[Layer] = []
        self.size = 0

    def _add(self, data: bytes, kind: LayerKind, size: tuple[int, int], grey: bool,
             paint: Colour | None) -> None:
        self.layers.append(Layer(kind, self.size, len(data), size[0], size[1], grey, paint))
        self.parts.append(data)
        self.size += len(data)

    def jpeg(self, image: Image.Image, quality: int) -> None:
        made = []
        for progressive in (True, False):  # progressive is smaller, but not always
            buf = io.BytesIO()
            image.save(buf, format="JPEG", quality=quality, optimize=True,
                       progressive=progressive)
            made.append(buf.getvalue())
        self._add(min(made, key=len), "jpeg", image.size, image.mode == "L", None)

    def grey2(self, image: Image.Image) -> None:
        """Four shades of grey, two bits a pixel, compressed losslessly (Flate): at a
        coarse resolution a letter is a few pixels wide and its soft edge is what makes
        it readable - JPEG's blocks blur it, black and white breaks or thickens it."""
        self._add(_grey2_stream(image), "grey2", image.size, True, None)

    def g4(self, ink: np.ndarray, paint: Colour | None) -> None:
        bits = Image.fromarray(~ink)  # mode "1": white (paper) is 1
        self._add(_g4_strip(bits), "g4", bits.size, True, paint)

    def packed(self) -> Packed:
        return Packed(b"".join(self.parts), tuple(self.layers))


def _layered(maker: _Maker, page: Image.Image, look: Look, width_in: float,
             height_in: float, settings: Compression, dpi: int) -> None:
    """A text page: its background picture when it has one, then its ink, black first,
    then each colour."""
    assert look.ink is not None
    black = look.ink.copy()
    for _colour, where in look.inks:
        black &= ~where
    if look.background != "none":
        if look.background != "picture":
            dpi = SHADE_DPI
        maker.jpeg(_background(page, look, width_in, height_in, dpi),
                   settings.jpeg_quality)
        maker.g4(black, (0, 0, 0))
    else:  # on white paper: black and white as it is, coloured ink over it
        maker.g4(black, None)
    for colour, where in look.inks:
        maker.g4(where, colour)


def _background(page: Image.Image, look: Look, width_in: float, height_in: float,
                dpi: int) -> Image.Image:
    """What is behind the text, at ``dpi``: the page with its ink taken out (each ink
    pixel, and the pixel around it, takes the colour of the paper near it), the paper
    made white, and everything but the parts kept (``Look.keep``) blank paper."""
    assert look.ink is not None
    mode = "RGB" if look.colour and page.mode == "RGB" else "L"
    pixels = np.asarray(page.convert(mode) if page.mode != mode else page)
    holes = _grow(look.ink)
    factor = max(1, round(page.width / width_in / SHADE_DPI))
    near = _paper_colour(pixels, ~holes, factor)
    filled = pixels.copy()
    filled[holes] = np.repeat(np.repeat(near, factor, axis=0), factor, axis=1)[
        : pixels.shape[0], : pixels.shape[1]][holes]
    paper = np.percentile(near.reshape(-1, near.shape[-1]) if near.ndim == 3
                          else near.reshape(-1), 90, axis=0)
    scale = 255.0 / np.maximum(np.asarray(paper, dtype=np.float32), 1.0)
    small = _resized(Image.fromarray(filled), width_in, height_in, dpi, mode)
    light = np.clip(np.asarray(small, dtype=np.float32) * scale, 0, 255).astype(np.uint8)
    if look.keep is not None:  # paper everywhere else
        keep = look.keep
        rows = np.minimum(np.arange(light.shape[0]) * keep.shape[0] // light.shape[0],
                          keep.shape[0] - 1)
        cols = np.minimum(np.arange(light.shape[1]) * keep.shape[1] // light.shape[1],
                          keep.shape[1] - 1)
        light[~keep[np.ix_(rows, cols)]] = 255
    return Image.fromarray(light)


def _grow(ink: np.ndarray) -> np.ndarray:
    """``ink`` and the pixels next to it (the soft edge of a stroke)."""
    grown = ink.copy()
    grown[1:, :] |= ink[:-1, :]
    grown[:-1, :] |= ink[1:, :]
    wide = grown.copy()
    wide[:, 1:] |= grown[:, :-1]
    wide[:, :-1] |= grown[:, 1:]
    return wide


def _paper_colour(pixels: np.ndarray, paper: np.ndarray, factor: int) -> np.ndarray:
    """The mean colour of the paper pixels in each ``factor`` x ``factor`` square (uint8);
    a square with no paper takes the page's paper colour."""
    count = block_reduce(paper.astype(np.uint8), factor, "sum")
    kept = np.where(paper[..., None], pixels, 0) if pixels.ndim == 3 else \
        np.where(paper, pixels, 0)
    sums = block_reduce(kept.astype(np.uint8), factor, "sum")
    mean = sums / np.maximum(count, 1)[..., None] if pixels.ndim == 3 else \
        sums / np.maximum(count, 1)
    empty = count == 0
    if empty.all():
        return np.full(mean.shape, 255, dtype=np.uint8)
    if empty.any():
        mean[empty] = np.percentile(mean[~empty], 90, axis=0)
    return np.clip(mean, 0, 255).astype(np.uint8)


def _keep(folder: Path, key: str, packed: Packed) -> None:
    """Keep ``packed`` for the next export; what an older state of the page made goes."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.suffix in (".bin", ".json") and old.stem != key:
            old.unlink(missing_ok=True)
    atomic_write_bytes(folder / f"{key}.bin", packed.data)
    layers = [{"kind": layer.kind, "start": layer.start, "length": layer.length,
               "width": layer.width, "height": layer.height, "grey": layer.grey,
               "paint": list(layer.paint) if layer.paint else None}
              for layer in packed.layers]
    atomic_write_bytes(folder / f"{key}.json", json.dumps({"layers": layers}).encode())


# --- the page's pixels -------------------------------------------------------------------


def _page(source: PageSource, width_in: float, height_in: float, dpi: float) -> Image.Image:
    """The page's pixels ("L" or "RGB") at ``dpi`` on the packet page, or fewer when the
    source has fewer (never upscaled) or when that would be more than ``MAX_PIXELS``."""
    dpi = min(dpi, _capped_dpi(width_in, height_in))
    image = _picture(source, width_in, height_in, dpi)
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    return _resized(image, width_in, height_in, dpi, image.mode)


def _capped_dpi(width_in: float, height_in: float) -> int:
    return max(1, math.floor(math.sqrt(MAX_PIXELS / max(width_in * height_in, 1e-6))))


def _picture(source: PageSource, width_in: float, height_in: float, dpi: float) -> Image.Image:
    """The page's pixels, at about ``dpi`` on the packet page or more (never upscaled)."""
    if source.kind == "pdf":
        # As the packet shows a PDF's page uncompressed: its own drawing, with what was
        # filled in on it (``pdfs.as_filled_in``), no notes or highlights.
        with pymupdf.open(source.path) as opened, pdfs.as_filled_in(opened) as doc:
            page = doc[source.index]
            zoom = min(dpi * width_in / max(page.rect.width, 1),
                       dpi * height_in / max(page.rect.height, 1))
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False,
                                  colorspace=pymupdf.csRGB, annots=False)
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


def _resized(image: Image.Image, width_in: float, height_in: float, dpi: float,
             mode: str) -> Image.Image:
    """``image`` in ``mode`` at ``dpi`` on its packet page, never larger than it is."""
    if image.mode != mode:
        image = image.convert(mode)
    scale = min(1.0, dpi * width_in / image.width, dpi * height_in / image.height)
    size = max(1, round(image.width * scale)), max(1, round(image.height * scale))
    if scale > NEAR_ENOUGH:  # a few dots per inch more are not worth a resampling
        return image
    return image.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)


def _grey2_stream(image: Image.Image) -> bytes:
    """The Flate-compressed rows of ``image`` (mode "L") at two bits a pixel: shades 0,
    85, 170 and 255, the paper made white first (each pixel divided by the page's paper
    level)."""
    grey = np.asarray(image, dtype=np.float32)
    paper = float(np.percentile(grey, 95)) if grey.size else 255.0
    levels = np.clip(np.rint(grey * (3.0 / max(paper, 1.0))), 0, 3).astype(np.uint8)
    levels = np.pad(levels, ((0, 0), (0, -levels.shape[1] % 4)))  # rows end on a byte
    quads = levels.reshape(levels.shape[0], -1, 4)
    packed = (quads[..., 0] << 6) | (quads[..., 1] << 4) | (quads[..., 2] << 2) | quads[..., 3]
    return zlib.compress(packed.astype(np.uint8).tobytes(), 9)


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
