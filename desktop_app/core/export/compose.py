"""Packet pages built straight from PDF objects, one pass per page.

Every packet page is one small content stream that draws its pieces - a source page
copied as a Form XObject, an image, an invisible OCR text layer - each with its own
matrix, followed by the footer stamp; its resources name exactly those pieces and the
stamp's font, so no name can clash with anything a source brought along.

Why not PyMuPDF's ``show_pdf_page`` and ``insert_image``: on the 500-page bench they
took 1.3 ms a PDF page and 1.6 ms an image, most of it Python bookkeeping rather than
MuPDF - scanning the target page's resources for free names, wrapping its contents,
loading the source page, an MD5 of every image to spot duplicates. The MuPDF calls
underneath are the ones used here (``pdf_graft_mapped_object`` for the source page's
resources, ``pdf_new_xobject``, ``pdf_add_image``, ``pdf_add_page``): 0.5 ms a PDF page
and 0.7 ms an image, mostly MuPDF copying the image data. (``pymupdf.mupdf`` is
PyMuPDF's documented low-level interface; the graft maps are the ones ``insert_pdf``
and ``show_pdf_page`` keep in ``Document.Graftmaps``.)

Showing a source page this way also fixes what ``show_pdf_page`` got wrong: a page with
both a CropBox that does not start at 0 and a /Rotate came out shifted or cut.

What a source page brings into the packet is its resources (fonts, images) and its
drawing operators, nothing else: no annotations, links, form fields, page actions,
embedded files or document-level JavaScript, which all live outside those two. (What
was filled in on a form, its fields' values and what was typed or signed on it in a
PDF viewer, is part of the drawing of the copy the pages are taken from: see
``core.pdfs._baked``.)

Geometry: rectangles passed in here are in PDF coordinates (y up); ``pdf_rect`` turns a
rectangle on a packet page as PyMuPDF shows it (y down) into them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pymupdf
from pymupdf import mupdf

if TYPE_CHECKING:
    from desktop_app.core.export.compress import Layer

LETTER = pymupdf.Rect(0, 0, 612, 792)  # what MuPDF assumes for a page without a MediaBox
QUARTER_TURNS = {0: (1.0, 0.0), 90: (0.0, 1.0), 180: (-1.0, 0.0), 270: (0.0, -1.0)}


@dataclass(frozen=True)
class Form:
    """A source page copied into the packet as a Form XObject."""

    ref: mupdf.PdfObj
    crop: pymupdf.Rect  # its visible area in its own coordinates (PDF, y up)
    rotation: int  # its /Rotate, clockwise: 0, 90, 180 or 270

    @property
    def size(self) -> tuple[float, float]:
        """Width and height as displayed (after its /Rotate)."""
        w, h = self.crop.width, self.crop.height
        return (h, w) if self.rotation in (90, 270) else (w, h)


Piece = tuple[mupdf.PdfObj, pymupdf.Matrix]  # an XObject and where it is drawn


def pdf_rect(rect: pymupdf.Rect, page_height: float) -> pymupdf.Rect:
    """``rect`` on a packet page (y down, as PyMuPDF shows it) in PDF coordinates."""
    return pymupdf.Rect(rect.x0, page_height - rect.y1, rect.x1, page_height - rect.y0)


def place(
    source: pymupdf.Rect, target: pymupdf.Rect, turn: float, keep_proportion: bool
) -> pymupdf.Matrix:
    """The matrix that draws ``source`` turned ``turn`` degrees counter-clockwise about its
    centre and scaled into ``target``, centred (PDF coordinates both; what PyMuPDF's
    ``show_pdf_page`` computes, in plain arithmetic: it runs for every page)."""
    if turn % 90 == 0:  # exact, so that upright pages stay exactly upright
        cos, sin = QUARTER_TURNS[int(turn) % 360]
    else:
        cos, sin = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    cx, cy = (source.x0 + source.x1) / 2, (source.y0 + source.y1) / 2
    w, h = source.x1 - source.x0, source.y1 - source.y0
    fw = (target.x1 - target.x0) / (abs(cos) * w + abs(sin) * h)
    fh = (target.y1 - target.y0) / (abs(sin) * w + abs(cos) * h)
    if keep_proportion:
        fw = fh = min(fw, fh)
    # move the centre to the origin, turn, scale, move to the target's centre
    a, b, c, d = cos * fw, sin * fh, -sin * fw, cos * fh
    e = (target.x0 + target.x1) / 2 - (cx * a + cy * c)
    f = (target.y0 + target.y1) / 2 - (cx * b + cy * d)
    return pymupdf.Matrix(a, b, c, d, e, f)


def _number(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _visible_box(pageref: mupdf.PdfObj) -> pymupdf.Rect:
    """MediaBox cut to the CropBox, as MuPDF shows the page."""
    media = _rect(mupdf.pdf_dict_get_inheritable(pageref, mupdf.PDF_ENUM_NAME_MediaBox))
    if media.is_empty:
        media = pymupdf.Rect(LETTER)
    crop = _rect(mupdf.pdf_dict_get_inheritable(pageref, mupdf.PDF_ENUM_NAME_CropBox))
    if not crop.is_empty:
        inside = media & crop
        if not inside.is_empty:
            media = inside
    return media


def _rect(obj: mupdf.PdfObj) -> pymupdf.Rect:
    r = mupdf.pdf_to_rect(obj)  # normalised: x0 <= x1, y0 <= y1
    return pymupdf.Rect(r.x0, r.y0, r.x1, r.y1)


def _rotation(pageref: mupdf.PdfObj) -> int:
    rotate = mupdf.pdf_to_int(mupdf.pdf_dict_get_inheritable(pageref, mupdf.PDF_ENUM_NAME_Rotate))
    rotate %= 360
    return rotate if rotate % 90 == 0 else 0  # what MuPDF does with a stray angle


def _contents(pageref: mupdf.PdfObj) -> mupdf.FzBuffer:
    """The page's drawing operators, its content streams joined."""
    contents = mupdf.pdf_dict_get(pageref, mupdf.PDF_ENUM_NAME_Contents)
    if mupdf.pdf_is_array(contents):
        joined = mupdf.fz_new_buffer(1024)
        for i in range(mupdf.pdf_array_len(contents)):
            part = mupdf.pdf_array_get(contents, i)
            if mupdf.pdf_is_stream(part):
                mupdf.fz_append_byte(joined, 10)
                mupdf.fz_append_buffer(joined, mupdf.pdf_load_stream(part))
        return joined
    if mupdf.pdf_is_stream(contents):
        return mupdf.pdf_load_stream(contents)
    return mupdf.fz_new_buffer(0)


def open_pdf(data: bytes) -> mupdf.PdfDocument:
    """The PDF in ``data``, opened by MuPDF alone: for a small file used once (an OCR text
    layer), setting up a PyMuPDF ``Document`` (metadata, page list) cost three times what
    copying its page did. Raises MuPDF's errors for a file that is not a PDF."""
    shown = pymupdf.TOOLS.mupdf_display_errors()
    pymupdf.TOOLS.mupdf_display_errors(False)  # as ``pymupdf.open`` does: the caller reports
    try:
        stream = mupdf.fz_open_buffer(mupdf.fz_new_buffer_from_copied_data(data))
        return mupdf.pdf_open_document_with_stream(stream)
    finally:
        pymupdf.TOOLS.mupdf_display_errors(shown)


class Composer:
    """Adds pages to ``out``, the packet being built; holds its one stamp font."""

    def __init__(self, out: pymupdf.Document, font_key: str,
                 make_font: Callable[[pymupdf.Document], int]) -> None:
        self.out = out
        self.pdf = mupdf.PdfDocument(out.this)
        self.font_key = font_key
        self._make_font = make_font
        self._font: mupdf.PdfObj | None = None
        self._forms: dict[tuple[int, int], Form] = {}
        self.page_count = out.page_count

    def _stamp_font(self) -> mupdf.PdfObj:
        if self._font is None:
            self._font = mupdf.pdf_new_indirect(self.pdf, self._make_font(self.out), 0)
        return self._font

    def form(self, src: pymupdf.Document, index: int) -> Form:
        """Page ``index`` of ``src`` as a Form XObject in the packet (made once per page
        while ``src`` is open; its fonts and images copied once per ``src``)."""
        key = (src._graft_id, index)
        made = self._forms.get(key)
        if made is not None:
            return made
        graft = self.out.Graftmaps.get(src._graft_id)
        if graft is None:
            graft = self.out.Graftmaps[src._graft_id] = pymupdf.Graftmap(self.out)
        made = self._forms[key] = self._copy_page(mupdf.PdfDocument(src.this), index, graft.this)
        return made

    def copy_page(self, src: mupdf.PdfDocument, index: int) -> Form:
        """Page ``index`` of ``src`` (opened with ``open_pdf``) as a Form XObject, for a
        document used once: an OCR text layer."""
        return self._copy_page(src, index, mupdf.pdf_new_graft_map(self.pdf))

    def _copy_page(self, src: mupdf.PdfDocument, index: int, graft: mupdf.PdfGraftMap) -> Form:
        pageref = mupdf.pdf_lookup_page_obj(src, index)
        crop = _visible_box(pageref)
        resources = mupdf.pdf_dict_get_inheritable(pageref, mupdf.PDF_ENUM_NAME_Resources)
        if resources.m_internal:
            resources = mupdf.pdf_graft_mapped_object(graft, resources)
        bbox = mupdf.fz_make_rect(crop.x0, crop.y0, crop.x1, crop.y1)
        ref = mupdf.pdf_new_xobject(
            self.pdf, bbox, mupdf.FzMatrix(), resources, _contents(pageref)
        )
        return Form(ref, crop, _rotation(pageref))

    def page_box(self, src: pymupdf.Document, index: int) -> Form:
        """The visible box and /Rotate of page ``index`` of ``src``, copying nothing (for
        a page drawn from another picture of it)."""
        pageref = mupdf.pdf_lookup_page_obj(mupdf.PdfDocument(src.this), index)
        return Form(mupdf.PdfObj(), _visible_box(pageref), _rotation(pageref))

    def forget(self, src: pymupdf.Document) -> None:
        """``src`` is about to close: drop what was kept to reuse its pages."""
        gone = src._graft_id
        for key in [k for k in self._forms if k[0] == gone]:
            del self._forms[key]

    def image(self, data: bytes) -> mupdf.PdfObj:
        """An image XObject of ``data`` (a JPEG goes in byte for byte)."""
        image = mupdf.fz_new_image_from_buffer(mupdf.fz_new_buffer_from_copied_data(data))
        return mupdf.pdf_add_image(self.pdf, image)

    def g4_image(self, data: bytes, width: int, height: int, *, stencil: bool = False
                 ) -> mupdf.PdfObj:
        """A 1-bit image XObject of CCITT G4 ``data`` as Pillow writes it, stored as it is:
        black and white, or (``stencil``) an image mask whose ink is painted in the
        colour set when it is drawn and whose paper lets what is under it show."""
        kind = "/ImageMask true" if stencil else "/ColorSpace/DeviceGray"
        head = (f"<</Type/XObject/Subtype/Image/Width {width}/Height {height}"
                f"{kind}/BitsPerComponent 1/Filter/CCITTFaxDecode"
                f"/DecodeParms<</K -1/Columns {width}/Rows {height}/BlackIs1 true>>>>")
        return self._stored_image(head, data)

    def _stored_image(self, head: str, data: bytes) -> mupdf.PdfObj:
        """A new image object with dictionary ``head`` and the already compressed
        stream ``data``, written as it is (no re-encoding)."""
        xref = self.out.get_new_xref()
        self.out.update_object(xref, head)
        ref = mupdf.pdf_new_indirect(self.pdf, xref, 0)
        mupdf.pdf_update_stream(self.pdf, ref, mupdf.fz_new_buffer_from_copied_data(data), 1)
        return ref

    def grey_image(self, data: bytes, width: int, height: int, bits: int) -> mupdf.PdfObj:
        """A grey image XObject of ``bits`` a pixel whose rows ``data`` holds Flate
        compressed, stored as it is."""
        head = (f"<</Type/XObject/Subtype/Image/Width {width}/Height {height}"
                f"/ColorSpace/DeviceGray/BitsPerComponent {bits}"
                f"/Filter/FlateDecode>>")
        return self._stored_image(head, data)

    def layer(self, data: bytes, layer: Layer, *, stencil: bool = False) -> mupdf.PdfObj:
        """The image XObject of one layer of a packed page (``compress.Layer``)."""
        if layer.kind == "g4":
            return self.g4_image(data, layer.width, layer.height, stencil=stencil)
        if layer.kind == "grey2":
            return self.grey_image(data, layer.width, layer.height, 2)
        return self.image(data)

    def layers(self, layers: Sequence[tuple[bytes, Layer]]) -> mupdf.PdfObj:
        """A Form XObject over the unit square drawing a packed page's layers in order,
        each 1-bit layer that has a colour to paint as a stencil in that colour."""
        resources = mupdf.pdf_new_dict(self.pdf, 1)
        xobjects = mupdf.pdf_dict_put_dict(resources, mupdf.PDF_ENUM_NAME_XObject,
                                           len(layers))
        ops = []
        for n, (data, layer) in enumerate(layers):
            stencil = layer.kind == "g4" and layer.paint is not None
            mupdf.pdf_dict_puts(xobjects, f"L{n}", self.layer(data, layer, stencil=stencil))
            paint = ""
            if stencil and layer.paint is not None:
                paint = " ".join(_number(c / 255) for c in layer.paint) + " rg "
            ops.append(f"q {paint}/L{n} Do Q\n")
        content = mupdf.fz_new_buffer_from_copied_data("".join(ops).encode("ascii"))
        return mupdf.pdf_new_xobject(self.pdf, mupdf.fz_make_rect(0, 0, 1, 1),
                                     mupdf.FzMatrix(), resources, content)

    def add_page(
        self, width: float, height: float, pieces: Sequence[Piece], footer: bytes
    ) -> int:
        """Append a ``width`` x ``height`` page drawing ``pieces`` in order, then ``footer``
        (content set in the stamp font); returns its 1-based page number."""
        resources = mupdf.pdf_new_dict(self.pdf, 2)
        ops = []
        if pieces:
            xobjects = mupdf.pdf_dict_put_dict(resources, mupdf.PDF_ENUM_NAME_XObject, len(pieces))
            for n, (ref, m) in enumerate(pieces):
                name = f"EP{n}"
                mupdf.pdf_dict_puts(xobjects, name, ref)
                numbers = " ".join(_number(v) for v in (m.a, m.b, m.c, m.d, m.e, m.f))
                ops.append(f"q {numbers} cm /{name} Do Q\n")
        if footer:
            fonts = mupdf.pdf_dict_put_dict(resources, mupdf.PDF_ENUM_NAME_Font, 1)
            mupdf.pdf_dict_puts(fonts, self.font_key, self._stamp_font())
        content = "".join(ops).encode("ascii") + footer
        mediabox = mupdf.fz_make_rect(0, 0, width, height)
        page = mupdf.pdf_add_page(
            self.pdf, mediabox, 0, resources, mupdf.fz_new_buffer_from_copied_data(content)
        )
        mupdf.pdf_insert_page(self.pdf, -1, page)
        self.page_count += 1
        return self.page_count

