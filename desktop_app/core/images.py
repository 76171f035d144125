"""Open image files safely, one frame at a time, upright as the camera meant them.

Every image is opened through here so that import, OCR and export see the same pixels:
EXIF orientation applied, huge images refused before decoding, truncated data caught.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop_app.errors import AppError, DamagedFileError, TooLargeError, damaged
from desktop_app.i18n import _

# 100 megapixels: a 48 MP phone photo passes, a decompression bomb does not.
MAX_PIXELS = 100_000_000
MAX_FRAMES = 2000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        _heif_registered = True


@dataclass(frozen=True)
class ImageInfo:
    frames: int
    width: int  # of the first frame, upright
    height: int
    dpi: float | None


def _too_large(path: Path) -> TooLargeError:
    return TooLargeError(
        path,
        _("the image is too large to open safely (over {mp} megapixels).").format(
            mp=MAX_PIXELS // 1_000_000
        ),
        _("Save it again at a lower resolution (300 dpi is plenty), then add it."),
    )


def _open(path: Path) -> Image.Image:
    _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large(path) from exc
    except UnidentifiedImageError as exc:
        raise damaged(path, _("not a readable image")) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise damaged(path, str(exc)) from exc


def _check_size(path: Path, im: Image.Image) -> None:
    w, h = im.size
    if w <= 0 or h <= 0:
        raise damaged(path, _("the image has no pixels"))
    if w * h > MAX_PIXELS:
        raise _too_large(path)


def _dpi(im: Image.Image) -> float | None:
    dpi = im.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None
    return value if value and 50 <= value <= 2400 else None


def _frame_count(im: Image.Image) -> int:
    """Pages to import: every page of a TIFF; only the first frame of an animation."""
    if im.format in ("TIFF", "MPO") or im.format not in ("GIF", "WEBP", "PNG"):
        return max(1, int(getattr(im, "n_frames", 1)))
    return 1


def inspect(path: Path) -> ImageInfo:
    """Check that every importable frame of ``path`` decodes; refuse bombs and damage."""
    im = _open(path)
    with im:
        try:
            frames = _frame_count(im)
        except (Image.DecompressionBombError, MemoryError) as exc:
            raise _too_large(path) from exc
        except Exception as exc:  # noqa: BLE001 - Pillow's plugins raise many kinds
            # (SyntaxError "unknown pixel mode", TypeError "Missing dimensions" found by
            # bench/fuzz_import.py): each means a page of the file cannot be read.
            raise damaged(path, _("the pages of the image cannot be read")) from exc
        if frames > MAX_FRAMES:
            raise _too_large(path)
        first: tuple[int, int] = (0, 0)
        dpi = _dpi(im)
        for index in range(frames):
            try:
                frame = _load_frame(path, im, index, by_mupdf=False)
            except DamagedFileError:
                if not _old_jpeg(im):
                    raise
                # Only MuPDF reads it (``decoded_by_mupdf``): its pages are decoded in
                # the PDF checker's helper process, where a hostile file costs the
                # helper, not the app.
                from desktop_app.core.pdfs import check_pictures

                if check_pictures(path) != frames:
                    raise
                if index == 0:
                    first = im.size  # Pillow gives a TIFF's size upright, from its header
                break
            if index == 0:
                first = frame.size
            frame.close()
    return ImageInfo(frames=frames, width=first[0], height=first[1], dpi=dpi)


def _load_frame(path: Path, im: Image.Image, index: int, *, own: bool = False,
                by_mupdf: bool = True) -> Image.Image:
    """Frame ``index`` of ``im``, decoded and upright. ``own``: the caller hands ``im``
    over (it is not used again), so a frame decoded into memory of its own is returned
    itself, turned in place when it needs turning, not copied (a copy of a phone photo
    is tens of megabytes); one mapped from the file is still copied, so that the file is
    not held open by the picture. ``by_mupdf``: a page only MuPDF decodes is decoded
    so, here (see ``decoded_by_mupdf``)."""
    orientation = 1  # read before decoding: Pillow drops the tag on the way
    try:
        if index:
            im.seek(index)
        _check_size(path, im)
        if by_mupdf and _old_jpeg(im):
            orientation = _orientation(im)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im.load()
            if own and not im.readonly:
                ImageOps.exif_transpose(im, in_place=True)
                return im
            upright = ImageOps.exif_transpose(im)
        return upright if upright is not None else im.copy()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError) as exc:
        raise _too_large(path) from exc
    except EOFError as exc:
        raise damaged(path, _("page {n} is missing").format(n=index + 1)) from exc
    except (OSError, ValueError, SyntaxError, struct.error, TypeError, KeyError,
            IndexError, ZeroDivisionError) as exc:
        frame = decoded_by_mupdf(path, index, orientation) \
            if by_mupdf and _old_jpeg(im) else None
        if frame is None:
            raise damaged(path, _describe(exc, index)) from exc
        return frame


# A document scanner's TIFF may hold its pages in the "old-style" JPEG compression (TIFF's
# first, withdrawn way of storing JPEG), as a Kodak i4600 production scanner saves them:
# Pillow and Tesseract's Leptonica refuse it ("old style jpeg format is not supported"),
# and such a page was refused as damaged. MuPDF decodes it; its pixels are used instead.
OLD_JPEG_TAG, OLD_JPEG = 259, 6  # TIFF's Compression tag, and its "old-style" JPEG
_TURNS = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
          4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
          6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
          8: Image.Transpose.ROTATE_90}


def _old_jpeg(im: Image.Image) -> bool:
    """Whether ``im`` is a TIFF in the old-style JPEG compression (read from its header)."""
    return im.format == "TIFF" and getattr(im, "tag_v2", {}).get(OLD_JPEG_TAG) == OLD_JPEG


def _orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1))
    except Exception:  # noqa: BLE001 - a tag that cannot be read is no turn
        return 1


def decoded_by_mupdf(path: Path, index: int, orientation: int = 1) -> Image.Image | None:
    """Frame ``index`` of a TIFF as MuPDF decodes it (``core.pdfs.picture_page``), upright
    per ``orientation`` (the TIFF's own tag); ``None`` when MuPDF cannot read it either.
    Its size was checked from the header before (``_check_size``)."""
    from desktop_app.core.pdfs import picture_page

    frame = picture_page(path, index)
    turn = _TURNS.get(orientation)
    return frame.transpose(turn) if frame is not None and turn is not None else frame


def _describe(exc: Exception, index: int) -> str:
    """Pillow's reason in words a person can use."""
    text = str(exc).lower()
    if "truncated" in text or "premature end" in text:
        return _("the image is incomplete; the file may have been cut short")
    if "seek" in text or index > 0:
        return _("page {n} of the image cannot be read").format(n=index + 1)
    return _("the picture data cannot be decoded")


# A picture with a transparent margin (a photo pasted on a transparent canvas, a cut-out
# screenshot) is flattened on white; the box of what is not transparent is kept in its
# ``info`` under OPAQUE_BOX, since a white margin made from nothing is no page's margin.
OPAQUE_BOX = "opaque_box"
OPAQUE = 8  # alpha (0-255) above which a pixel shows
SHOWS = 0.95  # share of the picture from which its transparent edge is left as it is


def load_frame(path: Path, index: int = 0, *, max_side: int = 0) -> Image.Image:
    """Frame ``index`` of ``path``, decoded and turned upright per its EXIF orientation.
    ``max_side``: only a picture about that size is needed (a JPEG is then decoded at a
    reduced scale, several times quicker); it may still come out larger."""
    im = _open(path)
    with im:
        if max_side and im.format == "JPEG" and not index:
            im.draft(im.mode, (max_side, max_side))
        frame = _load_frame(path, im, index, own=True)
    if frame.mode not in ("RGB", "L", "1"):
        background = "white"
        if frame.mode in ("RGBA", "LA", "PA") or (
            frame.mode == "P" and "transparency" in frame.info
        ):
            rgba = frame.convert("RGBA")
            flat = Image.new("RGB", rgba.size, background)
            alpha = rgba.getchannel("A")
            flat.paste(rgba, mask=alpha)
            box = alpha.point(lambda a: 255 if a > OPAQUE else 0).getbbox()
            if box and (box[2] - box[0]) * (box[3] - box[1]) < SHOWS * rgba.width * rgba.height:
                flat.info[OPAQUE_BOX] = box
            return flat
        return frame.convert("RGB")
    return frame


@dataclass(frozen=True)
class JpegFacts:
    width: int
    height: int
    dpi: float | None


def plain_jpeg(path: Path) -> JpegFacts | None:
    """Size and dpi of ``path`` when its own JPEG bytes can go into a PDF as they are
    (upright, RGB or grey); ``None`` otherwise. Reads the header only."""
    im = _open(path)
    with im:
        if im.format != "JPEG" or im.mode not in ("RGB", "L"):
            return None
        if im.getexif().get(0x0112, 1) not in (0, 1):
            return None
        return JpegFacts(im.width, im.height, _dpi(im))


def tesseract_can_read(path: Path) -> Image.Image | None:
    """The image, opened lazily (header only), when Tesseract can read the file exactly
    as the app would show it: one frame, upright, no transparency or CMYK. Then the file
    goes to Tesseract as it is, with no decoding and re-encoding on the way."""
    im = _open(path)
    with im:
        if im.format not in ("PNG", "JPEG", "TIFF", "BMP"):
            return None
        if getattr(im, "n_frames", 1) != 1 or im.mode not in ("1", "L", "RGB"):
            return None
        if im.getexif().get(0x0112, 1) not in (0, 1):
            return None
        if _old_jpeg(im):
            return None  # Leptonica refuses it (see ``decoded_by_mupdf``)
        _check_size(path, im)
        return im


_CAMERA_TAGS = (0x010F, 0x0110)  # EXIF Make, Model: what a phone or camera writes


def declares_scan(path: Path) -> bool:
    """True when an image file states a scanner's resolution (150 dpi or more) and names
    no camera: a scan, to be left whole. Reads the header only; False when unsure."""
    try:
        im = _open(path)
    except AppError:
        return False
    with im:
        dpi = _dpi(im)
        if dpi is None or dpi < 150:
            # Said before the EXIF is read: a PNG's EXIF may follow its pixels, and
            # Pillow decodes the whole picture to find it.
            return False
        try:
            exif = im.getexif()
        except Exception:  # noqa: BLE001 - a damaged EXIF block says nothing either way
            return False
        return not any(exif.get(t) for t in _CAMERA_TAGS)


def is_plain_jpeg(path: Path) -> bool:
    """True when the file's own JPEG bytes can go into a PDF as they are (upright, no CMYK)."""
    return plain_jpeg(path) is not None


def encode_for_pdf(frame: Image.Image, *, photo: bool = False) -> bytes:
    """Bytes to embed in a PDF: JPEG for photos, PNG for bilevel or grey scans.
    ``photo``: the frame is a photo's page, straightened and lit evenly, JPEG however
    bilevel it looks (its paper is lit to pure white, so a receipt's few lines pass for
    a bilevel scan; as PNG its page weighed three times more and took 20 times longer)."""
    buf = io.BytesIO()
    if frame.mode == "1":
        frame.save(buf, format="PNG", optimize=False)
    elif frame.mode == "L" and not photo and _looks_bilevel(frame):
        frame.save(buf, format="PNG", compress_level=6)
    else:
        # An RGB or grey frame as it is (``convert`` to its own mode would copy it).
        (frame if frame.mode in ("RGB", "L") else frame.convert("RGB")).save(
            buf, format="JPEG", quality=85, optimize=True
        )
    return buf.getvalue()


def _looks_bilevel(frame: Image.Image) -> bool:
    hist = frame.histogram()
    dark, light = sum(hist[:32]), sum(hist[224:])
    return dark + light >= 0.98 * sum(hist)
