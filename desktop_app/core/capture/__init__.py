"""Phone photos into clean, upright pages: find the page, straighten it, light it
evenly, and tell which way up it reads — before it is read, so it is read once.

``prepare`` is the one entry point (processing calls it in its worker processes):

* ``pagefind`` finds the sheet's four corners in a photo, or says the image is the page
  already (a scan, a screenshot, a born-digital page);
* ``straighten`` warps the sheet to a rectangle at about 300 dpi for its real size and
  divides out the shading;
* ``orient`` tells which way up the page reads.

Outlines handed in and out are in pixels of the image as displayed (EXIF applied),
corners in the order top-left, top-right, bottom-right, bottom-left of the page *as it
reads*; None means the whole image is the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image

from desktop_app.core import images
from desktop_app.core.capture import orient, pagefind, straighten
from desktop_app.core.capture.geometry import Quad, as_quad, turned, whole

__all__ = ["Prepared", "Quad", "level", "prepare", "reading_turn", "turn_image"]

STRAIGHTEN_FROM = 1.0  # degrees of tilt from which a scan is levelled (Tesseract copes below)

_TRANSPOSE = {
    90: Image.Transpose.ROTATE_270,  # PIL's ROTATE_n turns counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class Prepared:
    """A page ready to be read."""

    image: Image.Image  # what to read: turned by ``turn`` when ``sure``, else not turned
    outline: Quad | None  # the corners found, in the image's own order (None: whole)
    turn: int  # clockwise degrees turning the *image as displayed* upright
    sure: bool  # the turn is known; False: the reader must find it
    straightened: bool  # cropped, lit or levelled: ``image`` is more than the image, turned
    skew: float = 0.0  # clockwise degrees the page was levelled by (a tilted scan)
    certainty: float = 1.0  # how sure the way up is (0..1; ``orient.SURE`` and up: sure)
    guess: int = 0  # when not ``sure``: the turn the page's lines hint at (clockwise)
    check: bool = False  # sure, but from a page mostly in capitals: the reader checks it
    lines: int = 0  # text lines the way up was measured on (none: ``guess`` is noise)
    # when not ``sure``: how sure the lines run across ``guess``, as read, and not up and
    # down (0..1; ``orient.Orientation.across``)
    across: float = 0.0


def turn_image(image: Image.Image, degrees: int) -> Image.Image:
    """``image`` turned ``degrees`` clockwise (a multiple of 90), losslessly."""
    degrees %= 360
    if not degrees:
        return image
    out = image.transpose(_TRANSPOSE[degrees])
    if "dpi" in image.info:
        out.info["dpi"] = image.info["dpi"]
    return out


def reading_turn(quad: Quad) -> int:
    """The clockwise quarter turn (0, 90, 180, 270) that stands up a page whose
    reading-order corners are ``quad``: the direction its top edge runs in the image."""
    (x0, y0), (x1, y1) = quad[0], quad[1]
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))  # 0: the top runs left to right
    return (-round(angle / 90) * 90) % 360


def prepare(image: Image.Image, *, crop: Quad | None = None, by_user: bool = False,
            scan: bool = False) -> Prepared:
    """Get ``image`` (a page as displayed) ready to be read.

    ``by_user``: ``crop`` is the user's outline (None: the whole image), used as given;
    otherwise the page is looked for, unless ``scan`` says the file is a scan (a
    scanner's resolution and no camera) and so is left whole."""
    if by_user:
        if crop is None or _is_whole(crop, image.size):
            return _whole(image, photo=False)
        # The user's corners say which way up the page reads: drawn in their order, the
        # page comes out upright.
        turn = reading_turn(crop)
        return Prepared(_straighten(image, crop), turned(crop, -turn // 90), turn, True, True)
    found = None if scan else _find(image)
    if found is None:
        photo = not scan and not pagefind.looks_scanned(image)
        return _whole(image, photo=photo)
    page = _straighten(image, found)
    way = orient.orientation(page)
    if way.confidence < orient.SURE:
        return Prepared(page, found, 0, False, True, guess=way.turn, lines=way.measured,
                        across=way.across)
    return Prepared(turn_image(page, way.turn), found, way.turn, True, True,
                    certainty=way.confidence, check=way.mostly_capitals)


def _find(image: Image.Image) -> Quad | None:
    """The page's outline (``pagefind.find_page``), looked for only in the part of the
    picture that is not transparent (``images.OPAQUE_BOX``): that part is the page when
    no sheet is found in it."""
    box = image.info.get(images.OPAQUE_BOX)
    if not box:
        return pagefind.find_page(image)
    left, top, right, bottom = box
    inner = pagefind.find_page(image.crop(box))
    if inner is None:
        return as_quad([(left, top), (right, top), (right, bottom), (left, bottom)])
    return as_quad([(x + left, y + top) for x, y in inner])


def level(image: Image.Image, skew: float) -> Image.Image:
    """``image`` turned ``skew`` degrees clockwise, the corners filled with paper."""
    fill = 255 if image.mode == "L" else (255, 255, 255)
    out = image.rotate(-skew, resample=Image.Resampling.BICUBIC, expand=True,
                       fillcolor=fill)
    if "dpi" in image.info:
        out.info["dpi"] = image.info["dpi"]
    return out


def _straighten(image: Image.Image, quad: Quad) -> Image.Image:
    """The page of ``quad`` warped and lit evenly: in colour only where a half-size trial
    shows colour worth keeping (a grey page is warped and lit in one band, not three)."""
    size = straighten.page_size(quad, image.size)
    half = image.reduce(2) if min(image.size) >= 64 else image
    f = half.width / image.width
    trial = straighten.warp(half, as_quad([(x * f, y * f) for x, y in quad]),
                            straighten.Size(max(1, round(size.width * f)),
                                            max(1, round(size.height * f)), None, None))
    colour = straighten.has_colour(straighten.flatten(straighten.in_mode(trial, "RGB")))
    source = straighten.in_mode(image, "RGB" if colour else "L")
    return straighten.even_light(straighten.warp(source, quad, size), colour=colour)


def _whole(image: Image.Image, *, photo: bool) -> Prepared:
    """The whole image is the page: a photo is evenly lit, a scan kept as it is."""
    page = straighten.even_light(straighten.in_mode(image, "RGB")) if photo else image
    way = orient.orientation(page)
    if way.confidence < orient.SURE:
        return Prepared(page, None, 0, False, photo, guess=way.turn, lines=way.measured,
                        across=way.across)
    if abs(way.skew) >= STRAIGHTEN_FROM:
        # A tilted scan is levelled once here, rather than read, levelled and read again.
        page = level(turn_image(page, way.turn), way.skew)
        return Prepared(page, None, way.turn, True, True, way.skew, way.confidence,
                        check=way.mostly_capitals)
    return Prepared(turn_image(page, way.turn), None, way.turn, True, photo,
                    certainty=way.confidence, check=way.mostly_capitals)


def _is_whole(quad: Quad, size: tuple[int, int]) -> bool:
    from desktop_app.core.capture.geometry import iou

    return iou(as_quad(quad), whole(*size)) >= 0.995
