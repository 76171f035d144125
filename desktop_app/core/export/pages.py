"""Exhibit pages: each source page placed upright and straight on a packet page, with its
invisible OCR text laid exactly over it.

Geometry, in one place:

* A PDF page keeps its true size, as displayed after its own /Rotate and then the
  plan's ``rotation``; its content is scaled down just enough to clear the footer band.
* An image goes on a Letter page (landscape when the turned image is wider than tall)
  inside 0.5 in margins, never larger than its own physical size when its dpi is known.
* ``rotation`` and ``skew`` are clockwise; PyMuPDF's ``rotate`` arguments are
  counter-clockwise, hence the minus signs below.
* The OCR text layer (``PageSource.text_layer``) was made from the page as displayed
  before ``rotation``/``skew``, so it is stretched onto exactly the rectangle the content
  fills and turned by the same angle.

Images go in without needless re-encoding: a plain JPEG's own bytes are embedded as they
are; anything else is decoded with ``core.images.load_frame`` and encoded once.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pymupdf

from desktop_app.core.export.plan import PageSource
from desktop_app.core.export.stamps import FOOTER_BAND
from desktop_app.core.images import encode_for_pdf, load_frame, plain_jpeg
from desktop_app.errors import AppError, ImportFileError
from desktop_app.i18n import _

LETTER_W, LETTER_H = 612.0, 792.0
IMAGE_MARGIN = 36.0
IMAGE_BOTTOM = FOOTER_BAND + 18.0
DEFAULT_PT_PER_PX = 72 / 300  # scratch-page scale for images without a dpi

# What PyMuPDF raises for a missing, damaged or truncated file.
PDF_ERRORS = (RuntimeError, ValueError, OSError, IndexError, pymupdf.mupdf.FzErrorBase)

# Called on each new page before its content goes in: the footer stamp is written into
# the page's still empty resources (see ``stamps.py``).
Stamp = Callable[[pymupdf.Page], None]


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

    def __init__(self, out: pymupdf.Document, sources: Iterable[PageSource]) -> None:
        self.out = out
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
            release(self.out, self._open.pop(path))

    def close(self) -> None:
        for doc in self._open.values():
            release(self.out, doc)
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
    return doc


def release(out: pymupdf.Document, src: pymupdf.Document) -> None:
    """Close ``src`` and drop the packet's graft map for it (it keeps the file open)."""
    out.Graftmaps.pop(src._graft_id, None)
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


def _overlay_text(
    page: pymupdf.Page, target: pymupdf.Rect, layer: Path, angle: float, exact: bool
) -> None:
    """Lay the invisible OCR text of ``layer`` over ``target``, turned clockwise by ``angle``."""
    try:
        doc = _open_pdf(layer, layer.read_bytes())
    except (OSError, SourceUnreadable) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SourceUnreadable(
            _("the searchable text made for it by OCR cannot be read ({error})").format(
                error=detail
            )
        ) from exc
    try:
        if doc.page_count < 1:
            raise SourceUnreadable(_("the searchable text made for it by OCR is empty"))
        turn = -(doc[0].rotation + angle)
        page.show_pdf_page(target, doc, 0, rotate=turn, keep_proportion=not exact)
    finally:
        release(page.parent, doc)


def add_pdf_page(
    out: pymupdf.Document, cache: SourceCache, source: PageSource, stamp: Stamp
) -> pymupdf.Page:
    rotation = _quarter_turn(source.rotation)
    doc = cache.pdf(source.path)
    if not 0 <= source.index < doc.page_count:
        raise SourceUnreadable(_("page {n} is missing from the file").format(n=source.index + 1))
    try:
        src_page = doc[source.index]
        width, height = src_page.rect.width, src_page.rect.height
        if width < 1 or height < 1:
            raise SourceUnreadable(_("the page has no size"))
        if rotation in (90, 270):
            width, height = height, width
        page = out.new_page(width=width, height=height)
        stamp(page)
        angle = rotation + source.skew
        box = rotated_box(src_page.rect.width, src_page.rect.height, angle)
        area = pymupdf.Rect(0, 0, width, height - FOOTER_BAND)
        target = fit(area, box[0], box[1], 1.0)
        page.show_pdf_page(target, doc, source.index, rotate=-(src_page.rotation + angle))
    except PDF_ERRORS as exc:
        raise _damaged(exc) from exc
    if source.text_layer is not None:
        _overlay_text(page, target, source.text_layer, angle, exact=False)
    return page


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


def add_image_page(out: pymupdf.Document, source: PageSource, stamp: Stamp) -> pymupdf.Page:
    rotation = _quarter_turn(source.rotation)
    data, px_w, px_h, dpi = _image_data(source)
    angle = rotation + source.skew
    box_w, box_h = rotated_box(px_w, px_h, angle)
    width, height = (LETTER_H, LETTER_W) if box_w > box_h else (LETTER_W, LETTER_H)
    page = out.new_page(width=width, height=height)
    stamp(page)
    area = pymupdf.Rect(IMAGE_MARGIN, IMAGE_MARGIN, width - IMAGE_MARGIN, height - IMAGE_BOTTOM)
    target = fit(area, box_w, box_h, 72 / dpi if dpi else math.inf)
    try:
        if source.skew:
            _show_image_turned(page, target, data, px_w, px_h, angle, source.text_layer)
            return page
        page.insert_image(target, stream=data, rotate=-rotation % 360, keep_proportion=False)
    except PDF_ERRORS as exc:
        raise _damaged(exc) from exc
    if source.text_layer is not None:
        _overlay_text(page, target, source.text_layer, rotation, exact=True)
    return page


def _show_image_turned(
    page: pymupdf.Page,
    target: pymupdf.Rect,
    data: bytes,
    px_w: int,
    px_h: int,
    angle: float,
    text_layer: Path | None,
) -> None:
    """Any angle: image and text on a scratch page, then that page shown turned."""
    scratch = pymupdf.open()
    try:
        canvas = scratch.new_page(width=px_w * DEFAULT_PT_PER_PX, height=px_h * DEFAULT_PT_PER_PX)
        canvas.insert_image(canvas.rect, stream=data, keep_proportion=False)
        if text_layer is not None:
            _overlay_text(canvas, canvas.rect, text_layer, 0, exact=True)
        page.show_pdf_page(target, scratch, 0, rotate=-angle)
    finally:
        release(page.parent, scratch)
