"""Page pictures: a page as the packet shows it (upright, straightened) and its cached
thumbnail, drawn one way only.

``Pictures.spec`` says how to draw a page (a picklable ``PageRender``: the file, the page
in it, the turn); ``draw_page`` and ``draw_thumbnail`` draw it without the database, so
the window runs them in worker processes (PyMuPDF holds the GIL, and a second process
must not open the store, which empties its tmp folder). ``page_image`` and ``thumbnail``
are the same two, for a page id.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from desktop_app.core import processing, render
from desktop_app.core.files import atomic_write_bytes
from desktop_app.core.models import Page
from desktop_app.services.library import Library
from desktop_app.storage import pages


@dataclass(frozen=True)
class PageRender:
    """How to draw one page: the file, the page in it and the turn to apply (picklable)."""

    page_id: int
    source: Path
    kind: str
    index: int
    rotation: int  # clockwise degrees applied after drawing
    clean: bool  # ``source`` is the straightened 300-dpi image processing made
    thumb_path: Path  # where the cached thumbnail of this state of the page lives
    thumb_size: int = 256


class Pictures:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db

    def spec(self, page_id: int, thumb_size: int = 256, *,
             original: bool = False) -> PageRender:
        """How to draw page ``page_id`` as the packet shows it. ``original``: the picture
        as the file has it (EXIF applied, not turned, not straightened), for outlining
        the page on it."""
        page = pages.get(self.db, page_id)
        derived = self.store.derived_dir(page_id)
        if original:
            path, kind, index = self.library.page_source(page_id)
            return PageRender(page_id, path, kind, index, 0, False,
                              derived / "original-thumb.png", thumb_size)
        clean = processing.clean_image(derived) if page.cleaned else None
        thumb = derived / thumb_name(page, thumb_size)
        if clean is not None:
            return PageRender(page_id, clean, "image", 0, page.rotation_user, True, thumb,
                              thumb_size)
        path, kind, index = self.library.page_source(page_id)
        return PageRender(page_id, path, kind, index, page.rotation, False, thumb, thumb_size)

    def page_image(self, page_id: int, *, dpi: int = 150) -> Image.Image:
        """The page as the packet will show it: upright, straightened, at ``dpi``."""
        return draw_page(self.spec(page_id), dpi=dpi)

    def thumbnail(self, page_id: int, size: int = 256) -> Path:
        """A PNG of the page, upright, at most ``size`` pixels high or wide; cached."""
        return draw_thumbnail(self.spec(page_id, size))


def thumb_name(page: Page, size: int) -> str:
    """The cached thumbnail's name for the page as it is shown now: a new turn or a new
    outline (its corners) makes a new name, so an old picture is never shown."""
    outline = zlib.crc32(repr((page.crop, page.crop_by_user)).encode()) if page.cleaned else 0
    return f"thumb-{size}-{page.rotation}-{int(page.cleaned)}-{outline:08x}.png"


def draw_page(spec: PageRender, *, dpi: int = 150, max_side: int = 0) -> Image.Image:
    """Page ``spec`` upright at ``dpi``, shrunk to at most ``max_side`` pixels on its
    longer side when that is given. Needs no database."""
    if spec.clean:
        image = render.page_image(spec.source, "image", 0)
        scale = dpi / 300
        image = image.resize((max(1, int(image.width * scale)),
                              max(1, int(image.height * scale))))
    else:
        image = render.page_image(spec.source, spec.kind, spec.index, dpi=dpi)
    if spec.rotation:
        image = image.rotate(-spec.rotation, expand=True)
    if max_side and max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return image


def draw_thumbnail(spec: PageRender) -> Path:
    """The cached thumbnail of ``spec``, drawn when missing. Needs no database."""
    if not spec.thumb_path.is_file():
        size = spec.thumb_size
        image = draw_page(spec, dpi=max(24, size // 5))
        image.thumbnail((size, size))
        buf = io.BytesIO()
        image.convert("RGB").save(buf, format="PNG")
        for old in spec.thumb_path.parent.glob("thumb-*.png"):
            old.unlink(missing_ok=True)
        atomic_write_bytes(spec.thumb_path, buf.getvalue())
    return spec.thumb_path
