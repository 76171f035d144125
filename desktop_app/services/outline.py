"""The page's outline in its photo: what processing found, what the user set, and the
photo itself for the editor ("Adjust page edges") — for the window and the command line.

Outlines are in pixels of the image as displayed (EXIF applied; points for a PDF
page), corners in the order top-left, top-right, bottom-right, bottom-left of the page
as it reads. Setting one sends the page back to be read (straightened anew, read once
more); the original file never changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.capture.geometry import Quad, check_outline, iou, whole
from desktop_app.core.models import Page
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services.library import Library
from desktop_app.services.pictures import PageRender, Pictures
from desktop_app.storage import pages


@dataclass(frozen=True)
class Outline:
    """What the editor needs: the page, the outline in use (None: the whole image), the
    one processing found, and how to draw the original picture."""

    page: Page
    crop: Quad | None
    found: Quad | None
    by_user: bool
    width: float  # of the image as displayed (points for a PDF page)
    height: float
    original: PageRender


class Outlines:
    def __init__(self, library: Library, pictures: Pictures) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db
        self.pictures = pictures

    def get(self, page_id: int) -> Outline:
        page = pages.get(self.db, page_id)
        found = pages.found_crop(self.db, page_id)
        return Outline(page, page.crop, found, page.crop_by_user, page.width, page.height,
                       self.pictures.spec(page_id, original=True))

    def set_crop(self, page_id: int, corners: Sequence[Sequence[float]] | None,
                 ) -> Page:
        """Use ``corners`` as the page's outline (None: the whole image); the page is read
        again. Refused, with what to do, when the corners cannot be an outline."""
        page = pages.get(self.db, page_id)
        _check_pictured(page)
        quad: Quad | None = None
        if corners is not None:
            try:
                quad = check_outline(corners, page.width, page.height)
            except ValueError as exc:
                raise InvalidInputError(
                    _("These corners cannot outline the page: {why}.").format(why=exc),
                    _("Give four corners inside the picture, in the order top-left, "
                      "top-right, bottom-right, bottom-left of the page as it reads."),
                ) from exc
            if iou(quad, whole(page.width, page.height)) >= 0.995:
                quad = None  # the whole picture
        return pages.set_crop(self.db, page_id, quad, by_user=True)


    def reset_crop(self, page_id: int) -> Page:
        """Forget the user's outline: processing finds the page again (and reads it)."""
        page = pages.get(self.db, page_id)
        _check_pictured(page)
        return pages.set_crop(self.db, page_id, None, by_user=False)


def picture_dpi(found: Outline, max_side: int) -> int:
    """The dpi at which ``found.original`` (the picture as its file holds it: EXIF
    applied, not turned, nothing cut) comes out about ``max_side`` pixels long when it is
    a PDF page (an image is drawn at its own size). A picture worker draws it with
    ``pictures.draw_page(found.original, dpi=..., max_side=max_side)``: never on the
    database lane, where decoding a 12-megapixel photo would hold up the edits."""
    return max(24, min(300, round(max_side * 72 / max(found.width, found.height, 1.0))))


def _check_pictured(page: Page) -> None:
    if page.native_text:
        raise InvalidInputError(
            _("Page {id} is a page of a digital PDF: it has no photo to outline.").format(
                id=page.id),
            _("Outlines are for photos and scans of paper."),
        )
