"""Decide what a file is and whether it can be imported, page by page.

Nothing here writes anything: ``inspect_file`` either returns a ``FileReport`` (what to
store, how many pages, which have their own text) or raises an ``ImportFileError``
that names the file, says what is wrong and what to do.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import images, pdfs
from desktop_app.core.controls import for_pdf
from desktop_app.core.files import FileTooLarge, NotRegularFile, sha256_regular
from desktop_app.core.formats import IMAGE_KINDS, SUPPORTED_EXTENSIONS, sniff_file
from desktop_app.core.models import Slots
from desktop_app.errors import EmptyFileError, ImportFileError, TooLargeError, UnsupportedFileError
from desktop_app.i18n import _

MAX_FILE_BYTES = 2 * 1024**3  # 2 GiB


@dataclass(frozen=True)
class PageReport:
    index: int
    width: float
    height: float
    text: str  # the page's own text ('' for scans)
    slots: Slots = Slots()  # with text of its own: a form's places to fill in


@dataclass(frozen=True)
class FileReport:
    path: Path
    kind: str  # "pdf" or "image"
    pages: tuple[PageReport, ...]
    working: bytes | None = None  # a copy to work from (``pdfs.PdfInfo.working``)
    empty_fields: int = 0  # a form left blank (``pdfs.PdfInfo.empty_fields``)


def fingerprint(path: Path) -> str:
    """The SHA-256 of the file at ``path`` (to recognise a file added before), read only
    when it is a regular file no larger than ``MAX_FILE_BYTES``: a FIFO, a device or a
    socket is refused before anything is opened (see ``core.files.open_regular``)."""
    try:
        return sha256_regular(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> ImportFileError:
    if isinstance(exc, NotRegularFile):
        return UnsupportedFileError(
            path, _("this is not a regular file (it is a pipe, a device or a socket), so it "
                    "cannot be added."),
            _("Add the document itself: a PDF or a picture saved as a file."))
    if isinstance(exc, FileTooLarge):
        return TooLargeError(
            path, _("the file is larger than 2 GB."),
            _("Save it at a lower resolution or split it, then add it."),
        )
    return ImportFileError(
        path, _("the file cannot be opened ({error}).").format(error=exc.strerror or exc),
        _("Check that the file still exists and that you may read it."),
    )


def inspect_file(path: Path, password: str | None = None) -> FileReport:
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):
            raise NotRegularFile(str(path))
        if found.st_size > MAX_FILE_BYTES:
            raise FileTooLarge(str(path))
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if found.st_size == 0:
        raise EmptyFileError(
            path, _("the file is empty (0 bytes)."),
            _("Copy, download or scan the document again."),
        )
    try:
        kind = sniff_file(path)
    except OSError as exc:
        raise ImportFileError(path, _("the file cannot be read ({error}).").format(
            error=exc.strerror)) from exc
    if kind == "pdf":
        info = pdfs.inspect_pdf(path, password)
        pages = tuple(PageReport(p.index, p.width, p.height, p.text, p.slots)
                      for p in info.pages)
        return FileReport(path, "pdf", pages, info.working, info.empty_fields)
    if kind in IMAGE_KINDS:
        image_info = images.inspect(path)
        pages = tuple(
            PageReport(i, image_info.width, image_info.height, "")
            for i in range(image_info.frames)
        )
        return FileReport(path, "image", pages)
    raise UnsupportedFileError(
        path,
        _("this kind of file cannot be added."),
        _("Add PDFs or pictures (JPEG, PNG, TIFF, HEIC, WebP, BMP, GIF). "
          "For Word or other documents, save or print them as PDF first."),
    )


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the supported files inside folders (recursively, sorted).

    A file named directly is always tried (and refused with a reason if unsupported);
    inside folders only files with a known extension are taken, hidden files skipped.
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if not name.startswith(".") and candidate.suffix.lower() in (
                        SUPPORTED_EXTENSIONS
                    ):
                        yield candidate
        else:
            yield path


def title_from_name(path: Path) -> str:
    """"IMG_2041-lease" → "IMG 2041 lease" (control characters in the name left out)."""
    stem = for_pdf(path.stem).replace("_", " ").replace("-", " ").strip()
    stem = " ".join(stem.split())
    return (stem[:1].upper() + stem[1:]) if stem else " ".join(for_pdf(path.name).split())
