"""Exhibit pages: each source page placed upright and straight on a packet page, with its
invisible OCR text laid exactly over it.

Geometry, in one place:

* A PDF page keeps its true size, as displayed (its MediaBox cut to its CropBox, turned
  by its own /Rotate) and then turned by the plan's ``rotation``; its content is scaled
  down just enough to clear the footer band.
* An image goes on a Letter page (landscape when the turned image is wider than tall)
  inside 0.5 in margins, never larger than its own physical size when its dpi is known.
* ``rotation`` and ``skew`` are clockwise; ``compose.place`` turns counter-clockwise
  (PDF coordinates, y up), hence the minus signs below.
* The OCR text layer (``PageSource.text_layer``) was made from the page as displayed
  before ``rotation``/``skew``, so it is stretched onto exactly the rectangle the content
  fills and turned by the same angle.

Images go in without needless re-encoding: a plain JPEG's own bytes are embedded as they
are; anything else is decoded with ``core.images.load_frame`` and encoded once.

Each packet page is built in one pass by ``compose.Composer``: the source page (a Form
XObject) or the image, the text layer over it, and the footer stamp.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image
from pillow_heif import register_heif_opener
from pymupdf import mupdf

from desktop_app.core import pdfs
from desktop_app.core.export.compose import Composer, Piece, open_pdf, pdf_rect, place
from desktop_app.core.export.compress import Packed
from desktop_app.core.export.plan import PageSource
from desktop_app.core.export.stamps import FOOTER_BAND
from desktop_app.core.images import encode_for_pdf, load_frame, plain_jpeg
from desktop_app.errors import AppError, ImportFileError
from desktop_app.i18n import _

LETTER_W, LETTER_H = 612.0, 792.0
IMAGE_MARGIN = 36.0
IMAGE_BOTTOM = FOOTER_BAND + 18.0

# What PyMuPDF raises for a missing, damaged or truncated file.
PDF_ERRORS = (RuntimeError, ValueError, OSError, IndexError, pymupdf.mupdf.FzErrorBase)

# The footer stamp's content for a page of this width and height (see ``stamps.py``).
Footer = Callable[[float, float], bytes]


class SourceUnreadable(Exception):
    """A source file (or its text layer) cannot be used; ``packet.py`` names the exhibit.

    The message says what is wrong with the file, in a phrase ("the file is damaged...").
    """


def _damaged(exc: BaseException) -> SourceUnreadable:
    if isinstance(exc, OSError) and exc.strerror:
        detail = exc.strerror  # without the full path of the file
    else:
        detail = str(exc) or type(exc).__name__
    return SourceUnreadable(_("the file cannot be read ({error})").format(error=detail))


class SourceCache:
    """Source PDFs opened once per build and released after their last page is placed.

    Pages shown from one open document share one graft map, so fonts and images they
    share are copied into the packet once.
    """

    def __init__(self, composer: Composer, sources: Iterable[PageSource]) -> None:
        self.composer = composer
        self._open: dict[Path, pymupdf.Document] = {}
        self._uses: dict[Path, int] = {}
        for source in sources:
            if source.kind == "pdf":
                self._uses[source.path] = self._uses.get(source.path, 0) + 1

    def pdf(self, path: Path) -> pymupdf.Document:
        doc = self._open.get(path)
        if doc is None:
            doc = self._open[path] = _open_pdf(path)
        return doc

    def done_with(self, path: Path) -> None:
        """One page of ``path`` is placed; close it after its last one."""
        left = self._uses.get(path, 0) - 1
        self._uses[path] = left
        if left <= 0 and path in self._open:
            release(self.composer, self._open.pop(path))

    def close(self) -> None:
        for doc in self._open.values():
            release(self.composer, doc)
        self._open.clear()


def _require(path: Path) -> None:
    if not path.is_file():
        raise SourceUnreadable(_("the file is missing"))


def _open_pdf(path: Path, stream: bytes | None = None) -> pymupdf.Document:
    _require(path)
    try:
        doc = pymupdf.open(stream=stream, filetype="pdf") if stream else pymupdf.open(path)
    except PDF_ERRORS as exc:
        raise _damaged(exc) from exc
    if not doc.is_pdf:
        doc.close()
        raise SourceUnreadable(_("the file is not a PDF"))
    if doc.needs_pass:
        doc.close()
        raise SourceUnreadable(_("the PDF is locked with a password"))
    # A form filled in, added before the app made it part of its pages on adding it.
    baked = pdfs.with_fill_ins(doc)
    if baked is not None:
        doc.close()
        return baked
    return doc


def release(composer: Composer, src: pymupdf.Document) -> None:
    """Close ``src`` and drop the packet's graft map for it (it keeps the file open)."""
    composer.out.Graftmaps.pop(src._graft_id, None)
    composer.forget(src)
    src.close()


def rotated_box(width: float, height: float, angle: float) -> tuple[float, float]:
    """Size of the box around a ``width`` x ``height`` rectangle turned by ``angle`` degrees."""
    rad = math.radians(angle % 360)
    cos, sin = abs(math.cos(rad)), abs(math.sin(rad))
    return width * cos + height * sin, width * sin + height * cos


def fit(area: pymupdf.Rect, width: float, height: float, max_scale: float) -> pymupdf.Rect:
    """The largest ``width`` x ``height`` box in ``area`` (centred across, at its top)."""
    scale = min(area.width / width, area.height / height, max_scale)
    w, h = width * scale, height * scale
    x0 = area.x0 + (area.width - w) / 2
    return pymupdf.Rect(x0, area.y0, x0 + w, area.y0 + h)


def _quarter_turn(rotation: int) -> int:
    if rotation % 90:
        raise SourceUnreadable(_("the page rotation must be a multiple of 90 degrees"))
    return rotation % 360


def _text_layer(
    composer: Composer, layer: Path, target: pymupdf.Rect, turn: float, exact: bool
) -> Piece:
    """The invisible OCR text of ``layer`` drawn over ``target`` (PDF coordinates), turned
    ``turn`` degrees counter-clockwise: stretched to fill it when ``exact``."""
    doc = _open_layer(layer)
    if mupdf.pdf_count_pages(doc) < 1:
        raise SourceUnreadable(_("the searchable text made for it by OCR is empty"))
    try:
        form = composer.copy_page(doc, 0)
    except PDF_ERRORS as exc:
        raise _layer_unreadable(str(_damaged(exc))) from exc
    return form.ref, place(form.crop, target, turn - form.rotation, not exact)


def _open_layer(layer: Path) -> mupdf.PdfDocument:
    try:
        doc = open_pdf(layer.read_bytes())
    except OSError as exc:
        raise _layer_unreadable(exc.strerror or str(exc)) from exc
    except PDF_ERRORS as exc:
        raise _layer_unreadable(str(_damaged(exc))) from exc
    if mupdf.pdf_needs_password(doc):
        raise _layer_unreadable(_("the PDF is locked with a password"))
    return doc


def _layer_unreadable(problem: str) -> SourceUnreadable:
    return SourceUnreadable(
        _("the searchable text made for it by OCR cannot be read ({error})").format(
            error=problem
        )
    )


def pdf_scale(shown_w: float, shown_h: float, rotation: int, skew: float) -> float:
    """How much a PDF page shown ``shown_w`` x ``shown_h`` is scaled on its packet page
    (at most 1: it only shrinks to clear the footer band)."""
    turn = _quarter_turn(rotation)
    width, height = (shown_h, shown_w) if turn in (90, 270) else (shown_w, shown_h)
    box_w, box_h = rotated_box(shown_w, shown_h, turn + skew)
    return min(width / box_w, (height - FOOTER_BAND) / box_h, 1.0)


def add_pdf_page(
    composer: Composer, cache: SourceCache, source: PageSource, footer: Footer,
    packed: Packed | None = None,
) -> None:
    """Page ``source.index`` of a source PDF at its true size, turned as planned; drawn
    from ``packed`` (its smaller picture) when there is one."""
    rotation = _quarter_turn(source.rotation)
    doc = cache.pdf(source.path)
    if not 0 <= source.index < doc.page_count:
        raise SourceUnreadable(_("page {n} is missing from the file").format(n=source.index + 1))
    try:
        form = composer.page_box(doc, source.index) if packed else composer.form(doc,
                                                                                source.index)
    except PDF_ERRORS as exc:
        raise _damaged(exc) from exc
    shown_w, shown_h = form.size
    if shown_w < 1 or shown_h < 1:
        raise SourceUnreadable(_("the page has no size"))
    width, height = (shown_h, shown_w) if rotation in (90, 270) else (shown_w, shown_h)
    angle = rotation + source.skew
    area = pymupdf.Rect(0, 0, width, height - FOOTER_BAND)
    target = pdf_rect(fit(area, *rotated_box(shown_w, shown_h, angle), 1.0), height)
    if packed is not None:
        shown = pymupdf.Rect(0, 0, shown_w, shown_h)
        pieces = [(_packed_image(composer, packed),
                   pymupdf.Matrix(shown_w, shown_h) * place(shown, target, -angle, True))]
    else:
        pieces = [(form.ref, place(form.crop, target, -(form.rotation + angle), True))]
    if source.text_layer is not None:
        pieces.append(_text_layer(composer, source.text_layer, target, -angle, exact=False))
    composer.add_page(width, height, pieces, footer(width, height))


def _packed_image(composer: Composer, packed: Packed) -> mupdf.PdfObj:
    """The XObject that draws ``packed`` over the unit square: its one image, or a form
    drawing its layers in order."""
    try:
        if len(packed.layers) == 1:
            return composer.layer(packed.blob(packed.layers[0]), packed.layers[0])
        return composer.layers([(packed.blob(layer), layer) for layer in packed.layers])
    except PDF_ERRORS as exc:
        raise _damaged(exc) from exc


def image_facts(source: PageSource) -> tuple[int, int, float | None]:
    """The upright pixel size of an image page and its dpi if the file states one, read
    from its header where it can be (a JPEG, a single-frame image)."""
    _require(source.path)
    try:
        facts = plain_jpeg(source.path) if source.index == 0 else None
        if facts is not None:
            return facts.width, facts.height, facts.dpi
        if source.index == 0:
            return _header_facts(source.path)
        with load_frame(source.path, source.index) as frame:
            return frame.width, frame.height, _dpi(frame.info)
    except ImportFileError as exc:
        raise SourceUnreadable(exc.message.removeprefix(f"{exc.path.name}: ")) from exc
    except AppError as exc:
        raise SourceUnreadable(exc.message) from exc
    except OSError as exc:
        raise _damaged(exc) from exc


def _image_data(source: PageSource) -> tuple[bytes, int, int, float | None]:
    """The bytes to embed, the upright pixel size, and the dpi if the file states one."""
    _require(source.path)
    try:
        facts = plain_jpeg(source.path) if source.index == 0 else None
        if facts is not None:
            return source.path.read_bytes(), facts.width, facts.height, facts.dpi
        frame = load_frame(source.path, source.index)
        with frame:
            return encode_for_pdf(frame), frame.width, frame.height, _dpi(frame.info)
    except ImportFileError as exc:  # its message starts with the file name: leave it out
        raise SourceUnreadable(exc.message.removeprefix(f"{exc.path.name}: ")) from exc
    except AppError as exc:
        raise SourceUnreadable(exc.message) from exc
    except OSError as exc:
        raise _damaged(exc) from exc


def _dpi(info: Mapping[Any, object]) -> float | None:
    dpi = info.get("dpi")
    try:
        value = float(dpi[0]) if isinstance(dpi, tuple) and dpi else None
    except (TypeError, ValueError):
        return None
    return value if value and 50 <= value <= 2400 else None


def _header_facts(path: Path) -> tuple[int, int, float | None]:
    """Size (turned as its EXIF orientation says) and dpi from the file's header alone."""
    register_heif_opener()
    with Image.open(path) as im:
        width, height = im.size
        if im.getexif().get(0x0112, 1) in (5, 6, 7, 8):
            width, height = height, width
        return width, height, _dpi(im.info)


def _image_page_area(box_w: float, box_h: float) -> tuple[float, float, pymupdf.Rect]:
    """The Letter page (landscape for a wide picture) and the area a picture fills."""
    width, height = (LETTER_H, LETTER_W) if box_w > box_h else (LETTER_W, LETTER_H)
    area = pymupdf.Rect(IMAGE_MARGIN, IMAGE_MARGIN, width - IMAGE_MARGIN, height - IMAGE_BOTTOM)
    return width, height, area


def image_scale(width: int, height: int, dpi: float | None, rotation: int,
                skew: float) -> float:
    """Points per pixel of an image page of ``width`` x ``height`` upright pixels."""
    box_w, box_h = rotated_box(width, height, _quarter_turn(rotation) + skew)
    _w, _h, area = _image_page_area(box_w, box_h)
    return min(area.width / box_w, area.height / box_h, 72 / dpi if dpi else math.inf)


def add_image_page(
    composer: Composer, images: ImageCache, source: PageSource, footer: Footer
) -> None:
    """An image on a Letter page (landscape when it is wider than tall once turned),
    inside the margins, no larger than its own physical size."""
    rotation = _quarter_turn(source.rotation)
    image = images.get(composer, source)
    angle = rotation + source.skew
    box_w, box_h = rotated_box(image.width, image.height, angle)
    width, height, area = _image_page_area(box_w, box_h)
    target = pdf_rect(fit(area, box_w, box_h, 72 / image.dpi if image.dpi else math.inf), height)
    # The image in its own pixel space, turned and scaled onto the page: stretched to fill
    # ``target`` exactly on a quarter turn, kept in proportion at any other angle.
    pixels = pymupdf.Rect(0, 0, image.width, image.height)
    onto_page = place(pixels, target, -angle, keep_proportion=bool(source.skew))
    pieces = [(image.ref, pymupdf.Matrix(image.width, image.height) * onto_page)]
    if source.text_layer is not None:
        text, inside = _text_layer(composer, source.text_layer, pixels, 0, exact=True)
        pieces.append((text, inside * onto_page))
    composer.add_page(width, height, pieces, footer(width, height))


@dataclass(frozen=True)
class PlacedImage:
    ref: mupdf.PdfObj
    width: int  # upright pixels of the page's own picture (its geometry on the page)
    height: int
    dpi: float | None


class ImageCache:
    """Each image frame is embedded once, however often the plan shows it; from its
    smaller picture (``packed``) when it has one."""

    def __init__(self, packed: Mapping[PageSource, Packed] | None = None) -> None:
        self._made: dict[tuple[Path, int], PlacedImage] = {}
        self._packed = packed or {}

    def get(self, composer: Composer, source: PageSource) -> PlacedImage:
        key = (source.path, source.index)
        image = self._made.get(key)
        if image is None:
            packed = self._packed.get(source)
            if packed is not None:
                width, height, dpi = image_facts(source)
                ref = _packed_image(composer, packed)
            else:
                data, width, height, dpi = _image_data(source)
                try:
                    ref = composer.image(data)
                except PDF_ERRORS as exc:
                    raise _damaged(exc) from exc
            image = self._made[key] = PlacedImage(ref, width, height, dpi)
        return image
