"""Open PDFs defensively: passwords, damage, truncation and absurd sizes become errors.

A PDF cut short often opens without complaint and renders its lost pages blank
(FINDINGS: "Hostile input"). MuPDF does report what it could not load as warnings,
so every page is loaded with the warning log watched; a page whose content or
images could not be found is damage the user must hear about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from desktop_app.errors import (
    EmptyFileError,
    PasswordRequiredError,
    TooLargeError,
    WrongPasswordError,
    damaged,
)
from desktop_app.i18n import _

MAX_PAGES = 3000
# Fewer characters than this and a page is treated as a scan that needs OCR.
NATIVE_TEXT_MIN_CHARS = 40
_DAMAGE = re.compile(
    r"cannot load content stream|object is not a stream|cannot find object|"
    r"object out of range|non-page object|cannot load object|unexpected end|"
    r"invalid (?:reference|xref)|cannot (?:read|decode|load) image|image.*truncated",
    re.IGNORECASE,
)

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


@dataclass(frozen=True)
class PdfPage:
    index: int
    width: float  # points, as displayed (after the page's own /Rotate)
    height: float
    text: str  # the page's own text, '' when it is a scan


@dataclass(frozen=True)
class PdfInfo:
    pages: tuple[PdfPage, ...]
    decrypted: bytes | None  # a decrypted copy to work from, when a password was needed


def _warnings() -> str:
    return str(pymupdf.TOOLS.mupdf_warnings(reset=True))


def open_pdf(path: Path, password: str | None = None) -> tuple[pymupdf.Document, bool]:
    """Open ``path`` for reading, unlocking it with ``password`` where needed.

    Returns the document and whether it was locked by a password. Never read
    ``needs_pass`` after ``authenticate``: in PyMuPDF 1.28 that breaks decryption
    ("aes padding out of range") and copies come out empty.
    """
    _warnings()
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except pymupdf.EmptyFileError as exc:
        raise EmptyFileError(
            path, _("the file is empty."), _("Copy or download the file again.")
        ) from exc
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise damaged(path, _("not a readable PDF")) from exc
    locked = bool(doc.needs_pass)
    if locked:
        if not password:
            doc.close()
            raise PasswordRequiredError(
                path,
                _("the PDF is protected by a password."),
                _("Enter the document's password to add it."),
            )
        if doc.authenticate(password) == 0:
            doc.close()
            raise WrongPasswordError(
                path,
                _("the password is not correct for this PDF."),
                _("Check the password (it is case-sensitive) and try again."),
            )
    return doc, locked


def inspect_pdf(path: Path, password: str | None = None) -> PdfInfo:
    """Check every page of ``path`` and return what import needs to know of it."""
    doc, locked = open_pdf(path, password)
    try:
        if doc.page_count == 0:
            raise damaged(path, _("it has no pages"))
        if doc.page_count > MAX_PAGES:
            raise TooLargeError(
                path,
                _("the PDF has {n} pages; the most one file may have is {max}.").format(
                    n=doc.page_count, max=MAX_PAGES
                ),
                _("Split it into smaller files, then add them."),
            )
        suspect = doc.is_repaired
        pages = tuple(_inspect_page(path, doc, index, suspect) for index in range(doc.page_count))
        decrypted = None
        if locked:
            decrypted = doc.tobytes(encryption=pymupdf.mupdf.PDF_ENCRYPT_NONE, garbage=1)
        return PdfInfo(pages=pages, decrypted=decrypted)
    finally:
        doc.close()


def _inspect_page(path: Path, doc: pymupdf.Document, index: int, suspect: bool) -> PdfPage:
    try:
        page = doc.load_page(index)
        rect = page.rect
        text = page.get_text("text", sort=True).strip()
        if suspect or _DAMAGE.search(_warnings()):
            # Drawing the page makes MuPDF load everything the page uses.
            page.get_pixmap(dpi=12, alpha=False)
        problems = _warnings()
    except (RuntimeError, ValueError) as exc:
        raise damaged(path, _("page {n} cannot be read").format(n=index + 1)) from exc
    if _DAMAGE.search(problems):
        raise damaged(
            path,
            _("page {n} is incomplete; the file may have been cut short").format(n=index + 1),
        )
    if rect.is_empty or rect.width < 1 or rect.height < 1:
        raise damaged(path, _("page {n} has no size").format(n=index + 1))
    usable = text if len(re.sub(r"\s", "", text)) >= NATIVE_TEXT_MIN_CHARS else ""
    return PdfPage(index=index, width=rect.width, height=rect.height, text=usable)
