"""Open PDFs defensively: passwords, damage, truncation and absurd sizes become errors.

A PDF cut short often opens without complaint and renders its lost pages blank
(seen on truncated real-world files). MuPDF does report what it could not load as warnings,
so every page is loaded with the warning log watched; a page whose content or
images could not be found is damage the user must hear about.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import re
import resource
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image
from pymupdf import mupdf

from desktop_app import errors
from desktop_app.core.assistant.learn import common_model
from desktop_app.core.assistant.text import words
from desktop_app.core.form_slots import places
from desktop_app.core.models import Slots
from desktop_app.errors import (
    AppError,
    EmptyFileError,
    ImportFileError,
    PasswordRequiredError,
    TooLargeError,
    WrongPasswordError,
    damaged,
)
from desktop_app.i18n import _

MAX_PAGES = 3000
# Time bounds of the check. A page (or opening the file) that takes longer than
# PAGE_SECONDS is hostile (a normal page takes 5-40 ms here; MuPDF looped for minutes on
# a damaged JBIG2 scan). A whole file gets INSPECT_SECONDS, or FILE_SECONDS_PER_PAGE a
# page when it has more (1,000 pages of text take about 14 s here, on a busy machine).
PAGE_SECONDS = 20.0
INSPECT_SECONDS = 120.0
FILE_SECONDS_PER_PAGE = 0.25
INSPECT_MEMORY = 2 * 1024**3  # the helper process's address space
# Fewer characters than this and a page is treated as a scan that needs OCR.
NATIVE_TEXT_MIN_CHARS = 40
# Characters no reader can read: a font with no map to letters gives its text as
# private-use code points (a symbol font's U+F020-U+F0FF: a real lab report printed all
# its words so) or as replacement characters. A page whose text is mostly these is read by
# OCR, like a scan.
_UNREADABLE = frozenset({"Co", "Cn", "Cs", "Cc"})
# A page with a line or two of text of its own (fewer than SHORT_TEXT_CHARS letters in
# words: a diploma's name, its date and a long checksum) that shows
# much more holds its words elsewhere: drawn as outlines (DRAWN_SHAPES path segments or
# more: a real DataCamp certificate has 51 characters of text and 3,652 segments in 16
# paths that spell "Statement of Accomplishment") or in a picture behind the text that
# covers at least PICTURE_SHARE of the page (a volunteer certificate's template, with
# the name and the year typed over it). Such a page is read by OCR, its own line with
# the rest. So is one whose picture is a page's photo or scan printed smaller, in pixels
# enough to hold a page's words (PAGE_PICTURE_PIXELS) and on PRINTED_SHARE of the page or
# more: a photo opened in a web browser and printed to PDF, whose own text is the
# browser's header and footer (the time, the picture's name and its address). A real
# rent receipt of set 41b (1609 x 2348 pixels on a quarter of a Letter page) was left
# with "12/30/21, 2:49 PM ... blob:https://..." for its words.
SHORT_TEXT_CHARS = 120
DRAWN_SHAPES = 50
PICTURE_SHARE = 0.5
PAGE_PICTURE_PIXELS = 1_000_000
PRINTED_SHARE = 0.15
# A page whose text runs its words together ("ABCCompany 1234MainStreet PayStubDetail"):
# a PDF whose fonts say each word is as wide as the gap after it, so no space is found
# between them (a real pay stub's), or a poor text layer laid over a scan. Where at least
# GLUED_SHARE of its words of GLUED_LETTERS letters or more join a lower-case letter to a
# capital, and at least GLUED_WORDS do, the page is read by OCR, which sees the spaces.
# Ordinary text rarely does (iPhone, McDonald, LinkedIn).
GLUED_LETTERS = 6
GLUED_SHARE = 0.25
GLUED_WORDS = 5
_CAMEL = re.compile(r"[a-z][A-Z]")
# A page whose text is letters of no language ("PbWB BEGPQ PKIGEFQP JUGRRWB"): a PDF whose
# font maps its glyphs to other letters, so the page shows words but its text layer holds
# none (a Brazilian pay receipt of fresh set 57b). At least GARBLED_WORDS words of three
# letters or more, fewer than GARBLED_SHARE of them words that papers print (the word
# counts the assistant ships, ``learn.common_model``): the page is read by OCR. Over the
# 517 text-layer pages of 24 sets of real papers, that page had none of its 99 such
# words; every other page with 30 or more had at least 9 % (an Indonesian letter), and a
# page in another script has no such words at all.
GARBLED_WORDS = 30
GARBLED_SHARE = 0.05
_DAMAGE = re.compile(
    r"cannot load content stream|object is not a stream|cannot find object|"
    r"object out of range|non-page object|cannot load object|unexpected end|"
    r"invalid (?:reference|xref)|cannot (?:read|decode|load) image|image.*truncated",
    re.IGNORECASE,
)

# Compressed data that fails its check: drawing such a page has crashed MuPDF itself
# (a double free, found by bench/fuzz_import.py), so the page is refused unseen.
_CORRUPT = re.compile(r"zlib error|incorrect data check|invalid (?:stored|code|distance)",
                      re.IGNORECASE)

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


@dataclass(frozen=True)
class PdfPage:
    index: int
    width: float  # points, as displayed (after the page's own /Rotate)
    height: float
    text: str  # the page's own text, '' when it is a scan
    slots: Slots = Slots()  # on a page of text of its own, a form's places to fill in


@dataclass(frozen=True)
class PdfInfo:
    pages: tuple[PdfPage, ...]
    # A copy to work from (None: the file itself): decrypted when a password was needed,
    # with what was filled in on it made part of its pages (``_baked``).
    working: bytes | None
    # Fields to fill in on a form left blank (none filled in, nothing typed or drawn on
    # it); 0 when anything was filled in or it has none.
    empty_fields: int = 0


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
    except (pymupdf.FileDataError, RuntimeError, ValueError,
            mupdf.FzErrorBase) as exc:
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


def check_pictures(path: Path, timeout: float = PAGE_SECONDS) -> int:
    """Decode every page of an image file that only MuPDF reads (``core.images``: a TIFF
    in the old-style JPEG compression) in the helper process, as ``inspect_pdf`` checks a
    PDF: a hostile file that makes MuPDF fail or hang costs the helper, not the app.
    Returns the count of pages; a page MuPDF cannot decode is refused as damage."""
    return _INSPECTOR.pictures(path, timeout)


def _pictures_here(path: Path, _password: str | None = None,
                   progress: Callable[[int], None] = lambda n: None) -> int:
    with pymupdf.open(path) as doc:
        count = doc.page_count
    progress(count)
    for index in range(count):
        if picture_page(path, index) is None:
            raise damaged(path, _("page {n} of the image cannot be read").format(n=index + 1))
        progress(-1)
    return count


# What MuPDF says of every page in TIFF's old-style JPEG; anything else it says (a strip
# cut short, a read error) means a page it drew only in part, which is refused, not
# imported grey. MuPDF says a warning it repeats once, then "... repeated 4 times...":
# its pending repeats are flushed before a page is read, so that the page's own
# warnings are said again, and the count line is no warning of the page's.
_OLD_JPEG_NOTE = "deprecated JPEG in TIFF compression"
_REPEATED = re.compile(r"\.\.\. repeated \d+ times")


def picture_page(path: Path, index: int) -> Image.Image | None:
    """Page ``index`` of an image file as MuPDF decodes it, pixel for pixel, grey or RGB
    as it is stored (not turned by its orientation tag); ``None`` when MuPDF cannot
    decode it whole."""
    try:
        mupdf.fz_flush_warnings()
        pymupdf.TOOLS.reset_mupdf_warnings()
        with pymupdf.open(path) as doc:
            if not 0 <= index < doc.page_count:
                return None
            page = doc[index]
            (info,) = page.get_image_info()  # the page is its picture: drawn pixel for pixel
            grey = info["colorspace"] == 1
            pix = page.get_pixmap(
                matrix=pymupdf.Matrix(info["width"] / page.rect.width,
                                      info["height"] / page.rect.height),
                colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB, alpha=False)
        mupdf.fz_flush_warnings()
        said = [line for line in pymupdf.TOOLS.mupdf_warnings().splitlines()
                if line.strip() and _OLD_JPEG_NOTE not in line and not _REPEATED.search(line)]
        if said:  # "premature end of data": a page cut short, drawn grey where it ends
            return None
        return Image.frombytes("L" if grey else "RGB", (pix.width, pix.height), pix.samples)
    except Exception:  # noqa: BLE001 - MuPDF raises its own kinds for what it cannot read
        return None


def inspect_pdf(path: Path, password: str | None = None,
                timeout: float = PAGE_SECONDS) -> PdfInfo:
    """Check every page of ``path`` and return what import needs to know of it.

    The check runs in a helper process with a memory limit and time limits (``timeout``
    for opening the file and for each page; see ``PAGE_SECONDS``): MuPDF looped for
    minutes on one hostile file and freed memory twice (aborting the whole process) on
    others (bench/fuzz_import.py). Such a file is refused; the app goes on."""
    return _INSPECTOR.inspect(path, password, timeout)


def _inspect_here(path: Path, password: str | None = None,
                  progress: Callable[[int], None] = lambda n: None) -> PdfInfo:
    """``progress(n)``: the file has n pages (once), then after each page, -1."""
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
        progress(doc.page_count)
        found = []
        for index in range(doc.page_count):
            found.append(_inspect_page(path, doc, index))
            progress(-1)
        pages = tuple(found)
        working = None
        fields, filled, shown = _form(doc)
        baked = _baked(doc) if shown else None
        if baked is not None:
            with baked:
                pages = tuple(replace(page, text=(text := _usable_text(baked[page.index])),
                                      slots=_slots(baked[page.index]) if text else Slots())
                              for page in pages)
                working = baked.tobytes(garbage=1)
        elif locked:
            working = doc.tobytes(encryption=mupdf.PDF_ENCRYPT_NONE, garbage=1)
        return PdfInfo(pages=pages, working=working, empty_fields=0 if filled else fields)
    finally:
        doc.close()


def _inspect_page(path: Path, doc: pymupdf.Document, index: int) -> PdfPage:
    try:
        page = doc.load_page(index)
        rect = page.rect
        text = page.get_text("text", sort=True).strip()
        early = _beyond_annotations(doc, page, _warnings())
        if _CORRUPT.search(early):
            raise damaged(path, _("part of page {n} is corrupt").format(n=index + 1))
        if _DAMAGE.search(early):
            # Refused unseen: drawing such a page has crashed MuPDF (bench/fuzz_import.py).
            raise damaged(path, _("page {n} is incomplete; the file may have been cut short")
                          .format(n=index + 1))
        # Drawing the page, small, makes MuPDF load and decode everything the page uses,
        # here in the helper: a page that aborts MuPDF when drawn (a double free, found
        # by bench/fuzz_import.py) is refused now, not when the viewer, the reader or
        # the export first draws it. About 4 ms a scanned page, 12 ms a page of text.
        page.get_pixmap(dpi=12, alpha=False)
        problems = _beyond_annotations(doc, page, _warnings())
    except (RuntimeError, ValueError, mupdf.FzErrorBase) as exc:
        raise damaged(path, _("page {n} cannot be read").format(n=index + 1)) from exc
    if _DAMAGE.search(problems):
        raise damaged(
            path,
            _("page {n} is incomplete; the file may have been cut short").format(n=index + 1),
        )
    if rect.is_empty or rect.width < 1 or rect.height < 1:
        raise damaged(path, _("page {n} has no size").format(n=index + 1))
    usable = _usable_text(page, text)
    return PdfPage(index=index, width=rect.width, height=rect.height, text=usable,
                   slots=_slots(page) if usable else Slots())


SLOTS_DPI = 100  # enough to see a value written by hand on a page of text of its own
SLOTS_PIXELS = 12_000_000  # ...but no more pixels than this (a poster-sized page)


def _slots(page: pymupdf.Page) -> Slots:
    """The places to fill in on a page with text of its own (``core.form_slots``): its
    words, and the page drawn, when a label's space must be looked at."""
    turn = page.rotation_matrix  # words come on the page as stored, before its /Rotate
    try:
        found = page.get_text("words")
    except (RuntimeError, ValueError, mupdf.FzErrorBase):
        return Slots()
    words = []
    for w in found:
        box = (pymupdf.Rect(w[:4]) * turn).normalize()
        words.append([box.x0, box.y0, box.x1, box.y1, 100.0, w[4]])
    scale = min(SLOTS_DPI / 72,
                math.sqrt(SLOTS_PIXELS / max(1.0, page.rect.width * page.rect.height)))

    def picture() -> Image.Image:
        pix = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale),
                              colorspace=pymupdf.csGRAY, alpha=False)
        return Image.frombytes("L", (pix.width, pix.height), pix.samples)

    size = (int(page.rect.width * scale), int(page.rect.height * scale))
    return places(picture, words, scale=scale, size=size)


def _usable_text(page: pymupdf.Page, text: str | None = None) -> str:
    """The page's own text (``text``, when taken already), or '' when it is to be read
    by OCR (see ``NATIVE_TEXT_MIN_CHARS`` and what follows it)."""
    if text is None:
        text = page.get_text("text", sort=True).strip()
    chars = len(re.sub(r"\s", "", text))
    readable = readable_chars(text)
    elsewhere = _letters_in_words(text) < SHORT_TEXT_CHARS and _shows_more(page)
    return (text if readable >= NATIVE_TEXT_MIN_CHARS and 2 * readable > chars
            and not elsewhere and not runs_together(text) and not garbled(text) else "")


# What a form's filler adds to a PDF and every viewer shows with the page: the values of
# its fields, and annotations set to print that put something on the paper (typed text,
# a drawn or stamped signature, a tick or a circle round an answer). A reviewer's remarks
# (notes, highlights, attachments) are not the paper's.
_FILL_INS = frozenset({
    mupdf.PDF_ANNOT_FREE_TEXT, mupdf.PDF_ANNOT_INK, mupdf.PDF_ANNOT_STAMP,
    mupdf.PDF_ANNOT_SQUARE, mupdf.PDF_ANNOT_CIRCLE, mupdf.PDF_ANNOT_LINE,
    mupdf.PDF_ANNOT_POLYGON, mupdf.PDF_ANNOT_POLY_LINE})
_FIELDS_FILLED = {
    mupdf.PDF_WIDGET_TYPE_TEXT: lambda v: bool(str(v or "").strip()),
    mupdf.PDF_WIDGET_TYPE_COMBOBOX: lambda v: bool(str(v or "").strip()),
    mupdf.PDF_WIDGET_TYPE_LISTBOX: lambda v: bool(v),
    mupdf.PDF_WIDGET_TYPE_CHECKBOX: lambda v: v not in (None, "", "Off", False),
    mupdf.PDF_WIDGET_TYPE_RADIOBUTTON: lambda v: v not in (None, "", "Off", False),
}


def _baked(doc: pymupdf.Document) -> pymupdf.Document | None:
    """A copy of ``doc`` (in memory; the file is never changed), on which something was
    filled in (``_form``), with that made part of its pages as they print; None when
    the copy cannot be made (then the file is used as it is).

    Filled in: a W-2 whose figures are a form's fields, a form typed on, ticked and
    signed in a PDF viewer. Those live outside the page's own drawing, which is all the
    packet copies, so the packet showed the blank form (found on a real filled W-2 and
    a real vaccine consent form), and the text of fields with no drawing of their own
    was not read either. Annotations that are not fill-ins, or are hidden or not set to
    print, are dropped first, so a page shows no more than it did."""
    try:
        copy = pymupdf.open("pdf", doc.tobytes(encryption=mupdf.PDF_ENCRYPT_NONE))
        for page in copy.pages():
            for annot in list(page.annots()):
                if annot.type[0] not in _FILL_INS or not _prints(annot):
                    page.delete_annot(annot)
        copy.bake(annots=True, widgets=True)
    except (RuntimeError, ValueError, mupdf.FzErrorBase):
        return None
    return copy


def with_fill_ins(doc: pymupdf.Document) -> pymupdf.Document | None:
    """``doc``'s copy with what was filled in on it part of its pages (``_baked``), or
    None when nothing was (or the copy cannot be made). For a file added before the app
    made that copy on adding it, so its packet shows the form filled in too."""
    return _baked(doc) if _form(doc)[2] else None


@contextlib.contextmanager
def as_filled_in(doc: pymupdf.Document) -> Iterator[pymupdf.Document]:
    """``doc``, or its copy with what was filled in on it part of its pages while the
    block runs (``with_fill_ins``)."""
    baked = with_fill_ins(doc)
    try:
        yield baked or doc
    finally:
        if baked is not None:
            baked.close()


def _form(doc: pymupdf.Document) -> tuple[int, bool, bool]:
    """The fields a filler fills in on ``doc``; whether anything was filled in on it (one
    of those fields, or an annotation that puts something on the paper: ``_FILL_INS``);
    and whether anything at all shows on its pages that is not their own drawing (also a
    value the form computes or fixes itself)."""
    fields, filled, shown = 0, False, False
    try:
        if not doc.is_form_pdf and not any(
                doc.xref_get_key(doc.page_xref(i), "Annots")[0] != "null"
                for i in range(doc.page_count)):
            return 0, False, False  # no field and no annotation: no page need be loaded
        for page in doc.pages():
            for widget in page.widgets():
                check = _FIELDS_FILLED.get(widget.field_type)
                if check is None:
                    continue
                value = check(widget.field_value)
                shown = shown or value
                if _typed_in(doc, widget):
                    fields += 1
                    filled = filled or (value and _says_something(widget))
            marked = any(_puts_on_paper(a) for a in page.annots(types=_FILL_INS))
            filled, shown = filled or marked, shown or marked
    except (RuntimeError, ValueError, mupdf.FzErrorBase):
        return 0, False, False  # fields or annotations that cannot be loaded: left as they are
    return fields, filled, shown


def _says_something(widget: pymupdf.Widget) -> bool:
    """Whether a field's value, once there is one, is something a filler wrote: a typed
    value holds a letter or a figure. A real blank 1040-NR came with two of its 602
    fields holding a lone backslash (a form tool's slip); they print, but fill in
    nothing, and the blank form was filed under employment by its words."""
    if widget.field_type not in (mupdf.PDF_WIDGET_TYPE_TEXT, mupdf.PDF_WIDGET_TYPE_COMBOBOX):
        return True
    return any(c.isalnum() for c in str(widget.field_value or ""))


def _typed_in(doc: pymupdf.Document, widget: pymupdf.Widget) -> bool:
    """Whether ``widget`` is a field its filler types in: one they see and the form does
    not compute. A real blank tax form came with its totals computed to "0" and a hidden
    helper field holding "-1", which made it look filled. A field made read-only is
    still the filler's: a form's fields may be locked once it is filled in and signed."""
    kind, flags = doc.xref_get_key(widget.xref, "F")
    hidden = kind == "int" and int(flags) & (mupdf.PDF_ANNOT_IS_HIDDEN
                                              | mupdf.PDF_ANNOT_IS_NO_VIEW)
    return not (hidden or widget.script_calc)


def _puts_on_paper(annot: pymupdf.Annot) -> bool:
    """A fill-in that prints something: a typed box left empty (a real blank 1099 had
    one) does not."""
    if annot.type[0] == mupdf.PDF_ANNOT_FREE_TEXT and not annot.info.get(
            "content", "").strip():
        return False
    return _prints(annot)


def _prints(annot: pymupdf.Annot) -> bool:
    flags = annot.flags
    return bool(flags & mupdf.PDF_ANNOT_IS_PRINT) and not flags & (
        mupdf.PDF_ANNOT_IS_HIDDEN | mupdf.PDF_ANNOT_IS_NO_VIEW)


_UNLOADED = re.compile(r"cannot load object \((\d+) 0 R\)[^\n]*")


def _beyond_annotations(doc: pymupdf.Document, page: pymupdf.Page, warnings: str) -> str:
    """MuPDF's ``warnings`` about ``page``, less those that an annotation of the page
    (a note, a highlight) could not be loaded. Such an annotation is left out wherever
    the page is shown, and the packet never carries annotations: the page itself is
    whole. (Found on a real bill highlighted in macOS Preview, whose ink stroke has a
    broken dictionary: the whole file was refused as cut short.)"""
    failed = {int(n) for n in _UNLOADED.findall(warnings)}
    if not failed:
        return warnings
    kind, value = doc.xref_get_key(page.xref, "Annots")
    if kind == "xref":  # the list of annotations is an object of its own
        value = doc.xref_object(int(value.split()[0]))
    annotations = {int(n) for n in re.findall(r"(\d+) 0 R", value)} if kind in (
        "array", "xref") else set()
    if not failed <= annotations:
        return warnings
    return _UNLOADED.sub("", warnings)


def readable_chars(text: str) -> int:
    """How many characters of ``text`` are neither spaces nor unreadable (``_UNREADABLE``,
    the replacement character)."""
    return sum(1 for ch in text if not ch.isspace() and ch != "\ufffd"
               and unicodedata.category(ch) not in _UNREADABLE)


def garbled(text: str) -> bool:
    """Whether ``text`` is letters of no language (see ``GARBLED_SHARE``)."""
    found = [w for w in words(text) if len(w) >= 3]
    if len(found) < GARBLED_WORDS:
        return False
    vocabulary = common_model().vocabulary
    return sum(1 for w in found if w in vocabulary) < GARBLED_SHARE * len(found)


def runs_together(text: str) -> bool:
    """Whether ``text`` runs its words together (see ``GLUED_SHARE``)."""
    tokens = [w for w in text.split() if sum(c.isalpha() for c in w) >= GLUED_LETTERS]
    glued = sum(1 for w in tokens if _CAMEL.search(w))
    return glued >= GLUED_WORDS and glued >= GLUED_SHARE * len(tokens)


def _letters_in_words(text: str) -> int:
    """The letters of ``text``'s words (of two letters or more, letters only): a code, a
    number or a checksum printed under a diploma's name says nothing of what it is."""
    return sum(len(word) for word in re.findall(r"\b[^\W\d_]{2,}\b", text))


def _shows_more(page: pymupdf.Page) -> bool:
    """Whether ``page`` draws many shapes, lies on a picture covering much of it, or
    shows a page's picture printed smaller."""
    if sum(len(path["items"]) for path in page.get_drawings()) >= DRAWN_SHAPES:
        return True
    pictures = [(abs(pymupdf.Rect(info["bbox"]) & page.rect), info["width"] * info["height"])
                for info in page.get_image_info()]
    area = abs(page.rect)
    return sum(shown for shown, _pixels in pictures) >= PICTURE_SHARE * area or any(
        shown >= PRINTED_SHARE * area and pixels >= PAGE_PICTURE_PIXELS
        for shown, pixels in pictures)


# --- the helper process ---------------------------------------------------------------------


def _serve(conn: Connection) -> None:
    """The helper's loop: check the PDFs it is sent, one at a time."""
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (INSPECT_MEMORY, INSPECT_MEMORY))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        path, password, pictures = Path(job[0]), job[1], job[2]
        try:
            answer: tuple[str, Any] = ("ok", (_pictures_here if pictures else _inspect_here)(
                path, password, lambda n: conn.send(("progress", n))))
        except ImportFileError as exc:
            answer = ("error", (type(exc).__name__, str(exc.path), exc.message, exc.hint))
        except MemoryError:
            answer = ("error", ("TooLargeError", str(path), "", ""))
        conn.send(answer)


def _rebuild(path: Path, name: str, message: str, hint: str) -> ImportFileError:
    if name == "TooLargeError" and not message:
        return TooLargeError(path, _("the PDF needs more memory to open than is safe."),
                             _("Save it again at a lower resolution or split it, then add "
                               "it."))
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, ImportFileError)):
        cls = ImportFileError
    error = cls.__new__(cls)
    AppError.__init__(error, message, hint)  # the message already names the file
    error.path = path
    return error


class _Inspector:
    """One helper process per app process, started when first needed, replaced after a
    file made it fail or hang."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Connection | None = None

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
        parent, child = context.Pipe()
        self._proc = context.Process(target=_serve, args=(child,), daemon=True,
                                     name="pdf-inspector")
        self._proc.start()
        child.close()
        self._conn = parent

    def _stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join()
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None

    def inspect(self, path: Path, password: str | None, timeout: float) -> PdfInfo:
        """What the helper finds of the PDF ``path`` (``_inspect_here``)."""
        info = self._ask(path, password, timeout, pictures=False)
        assert isinstance(info, PdfInfo)
        return info

    def pictures(self, path: Path, timeout: float) -> int:
        """The count of the image file's pages, each decoded by MuPDF in the helper
        (``_pictures_here``)."""
        count = self._ask(path, None, timeout, pictures=True)
        assert isinstance(count, int)
        return count

    def _ask(self, path: Path, password: str | None, timeout: float, *,
             pictures: bool) -> object:
        """The helper's answer for ``path``; its errors raised here as typed errors."""
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._stop()
                self._start()
            assert self._conn is not None
            try:
                self._conn.send((str(path), password, pictures))
                kind, payload = self._answer(path, timeout)
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._stop()
                raise damaged(path, _("the picture reader failed on it") if pictures
                              else _("the PDF reader failed on it")) from exc
        if kind == "ok":
            return payload
        if kind == "slow":
            raise damaged(path, payload)
        name, _where, message, hint = payload
        raise _rebuild(path, name, message, hint)

    def _answer(self, path: Path, timeout: float) -> tuple[str, Any]:
        """The helper's answer, reading its progress on the way; ("slow", why) when it
        takes too long (the helper is stopped)."""
        assert self._conn is not None
        started = time.monotonic()
        total = INSPECT_SECONDS
        count: int | None = None  # pages, once the file is open
        done = 0
        while True:
            left = total - (time.monotonic() - started)
            if not self._conn.poll(max(0.0, min(timeout, left))):
                self._stop()
                if left <= timeout:
                    why = _("reading it took longer than {n} seconds").format(n=int(total))
                elif count is None:
                    why = _("reading it took longer than {n} seconds").format(n=int(timeout))
                else:
                    why = _("reading page {page} took longer than {n} seconds").format(
                        page=done + 1, n=int(timeout))
                return "slow", why
            kind, payload = self._conn.recv()
            if kind != "progress":
                return kind, payload
            if payload >= 0:
                count = payload
                total = max(INSPECT_SECONDS, count * FILE_SECONDS_PER_PAGE)
            else:
                done += 1


_INSPECTOR = _Inspector()
