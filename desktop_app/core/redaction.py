"""Redaction: take what lies under chosen areas of a page out for good, and find the areas
that sensitive patterns (Social Security numbers, account numbers, dates of birth) cover.

The contract of ``redact_page``: given a ``PageSource`` and areas in fractions (0..1) of
the page as displayed *before* ``PageSource.rotation`` (the frame its text layer and OCR
words are in), write a new page whose content under the areas is gone and return a
``PageSource`` for it, with the same rotation and skew, that the export places like any
other page:

* a PDF page becomes a one-page PDF, redacted by MuPDF: text under the areas removed,
  image pixels under them blanked inside the images themselves, vector graphics wholly
  under them removed, a black box painted in their place; saved with garbage collection,
  so the old text and image objects are not in the file. When a vector path crosses an
  area's edge (MuPDF keeps such a path whole), the page is flattened: it becomes a
  picture of itself over its remaining text;
* an image becomes a new image with those pixels painted black (PNG for bilevel scans,
  JPEG otherwise, the dpi kept), with no EXIF or other metadata;
* the invisible OCR text layer, when there is one, is redacted the same way (no box).

Nothing here touches the database; the service decides which areas apply and caches the
result (``services/redaction.py``).
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import pymupdf
from PIL import Image, ImageDraw

from desktop_app.core import images
from desktop_app.core.dates import _parse as parse_date
from desktop_app.core.export.plan import PacketPlan, PageSource
from desktop_app.core.files import atomic_path, atomic_write_bytes
from desktop_app.errors import AppError, ExportError, InvalidInputError
from desktop_app.i18n import _

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in fractions of the page

VERSION = "2"  # part of every cache key: bump when the output of this module changes
# Where a page's redacted copies and metadata-free copies are kept, under its derived folder.
REDACTED_DIR = "redacted"
SCRUBBED_DIR = "scrubbed"
KINDS = ("ssn", "account", "account-near", "dob", "regex")
# Margin around a word found by a pattern (fractions of the page's width and height):
# enough to cover the ink of a scanned word, less than the space between two words.
PAD_X, PAD_Y = 0.003, 0.002
MAX_REGEX = 300
# MuPDF's redaction options (pymupdf.PDF_REDACT_*; its type stubs do not list them):
# blank the covered pixels inside images, drop vector paths wholly under an area, drop
# the text under it.
REDACT_IMAGE_PIXELS: int = getattr(pymupdf, "PDF_REDACT_IMAGE_PIXELS", 2)
REDACT_LINE_ART_COVERED: int = getattr(pymupdf, "PDF_REDACT_LINE_ART_REMOVE_IF_COVERED", 1)
REDACT_TEXT_REMOVE: int = getattr(pymupdf, "PDF_REDACT_TEXT_REMOVE", 0)
# ... and, to flatten a page, remove every image and path but keep the text.
REDACT_IMAGE_REMOVE: int = getattr(pymupdf, "PDF_REDACT_IMAGE_REMOVE", 1)
REDACT_LINE_ART_TOUCHED: int = getattr(pymupdf, "PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED", 2)
REDACT_TEXT_KEEP: int = getattr(pymupdf, "PDF_REDACT_TEXT_NONE", 1)


# --- geometry ---------------------------------------------------------------------------


def turn_box(box: Box, degrees: int) -> Box:
    """``box`` as it lands once its page is turned clockwise by ``degrees`` (k x 90)."""
    x0, y0, x1, y1 = box
    turn = degrees % 360
    if turn == 90:
        return 1 - y1, x0, 1 - y0, x1
    if turn == 180:
        return 1 - x1, 1 - y1, 1 - x0, 1 - y0
    if turn == 270:
        return y0, 1 - x1, y1, 1 - x0
    return box


def unturn_box(box: Box, degrees: int) -> Box:
    """The inverse of ``turn_box``."""
    return turn_box(box, -degrees % 360)


def clamp_box(box: Box) -> Box:
    """``box`` ordered and limited to the page; raises when nothing of it is left."""
    x0, x1 = sorted((min(1.0, max(0.0, box[0])), min(1.0, max(0.0, box[2]))))
    y0, y1 = sorted((min(1.0, max(0.0, box[1])), min(1.0, max(0.0, box[3]))))
    if x1 - x0 < 1e-4 or y1 - y0 < 1e-4:
        raise InvalidInputError(
            _("The area to black out is empty or outside the page."),
            _("Give it as four fractions of the page: left,top,right,bottom, e.g. "
              "0.1,0.2,0.5,0.25."),
        )
    return x0, y0, x1, y1


def _pdf_rect(page: pymupdf.Page, box: Box) -> pymupdf.Rect:
    """A box of the displayed page as a rectangle in the page's unrotated coordinates,
    which is what MuPDF's annotations (and text extraction) use."""
    r = page.rect
    shown = pymupdf.Rect(r.x0 + box[0] * r.width, r.y0 + box[1] * r.height,
                         r.x0 + box[2] * r.width, r.y0 + box[3] * r.height)
    return (shown * page.derotation_matrix).normalize()


# --- words and patterns --------------------------------------------------------------------


@dataclass(frozen=True)
class FoundWord:
    box: Box  # of the displayed page
    text: str
    line: tuple[int, int]  # (block, line): words of one line are joined by a space


@dataclass(frozen=True)
class Pattern:
    kind: str  # one of KINDS
    value: str = ""  # the expression, for "regex"


@dataclass(frozen=True)
class PatternHit:
    box: Box  # of the displayed page, padded
    kind: str
    text: str  # the word found (shown to the user in the preview)


def pdf_words(path: Path, index: int, *, ocr_layer: bool = False) -> list[FoundWord]:
    """The words of page ``index`` of a PDF (its own text, or an OCR text layer).

    Tesseract's text layer writes each word followed by a space and stretches the pair
    over the word's box, so there the word's box runs on over its space (without it the
    last letter of every word would stay visible beside the black box)."""
    with pymupdf.open(path) as doc:
        page = doc[index]
        r = page.rect
        if r.width <= 0 or r.height <= 0:
            return []
        found: list[FoundWord] = []
        if not ocr_layer:  # MuPDF's own word list: the quick way
            for x0, y0, x1, y1, text, block, line, _n in page.get_text("words", sort=False):
                found.append(_found(page, pymupdf.Rect(x0, y0, x1, y1), str(text),
                                    (int(block), int(line))))
            return found
        raw = page.get_text("rawdict", flags=0)
        for b, block in enumerate(raw.get("blocks", [])):
            for n, line in enumerate(block.get("lines", [])):
                chars = [c for span in line.get("spans", []) for c in span.get("chars", [])]
                for text, rect in _split_words(chars, ocr_layer):
                    found.append(_found(page, rect, text, (b, n)))
        return found


def _found(page: pymupdf.Page, rect: pymupdf.Rect, text: str,
           line: tuple[int, int]) -> FoundWord:
    """A word at ``rect`` (unrotated page coordinates) in fractions of the page as shown."""
    r = page.rect
    shown = rect * page.rotation_matrix
    return FoundWord(((shown.x0 - r.x0) / r.width, (shown.y0 - r.y0) / r.height,
                      (shown.x1 - r.x0) / r.width, (shown.y1 - r.y0) / r.height), text, line)


def _split_words(chars: Sequence[dict[str, object]],
                 with_space: bool) -> list[tuple[str, pymupdf.Rect]]:
    words: list[tuple[str, pymupdf.Rect]] = []
    text, rect = "", pymupdf.Rect()
    for char in chars:
        c = str(char.get("c", ""))
        box = pymupdf.Rect(char["bbox"])
        if c.isspace():
            if text:
                words.append((text, rect | box if with_space else rect))
            text, rect = "", pymupdf.Rect()
            continue
        rect = box if not text else rect | box
        text += c
    if text:
        words.append((text, rect))
    return words


def page_words(source: PageSource) -> list[list[FoundWord]]:
    """Every text the page carries, each a list of words: its own text (PDF pages) and its
    OCR text layer. Read apart, so a pattern never runs from one into the other."""
    texts: list[list[FoundWord]] = []
    if source.kind == "pdf":
        texts.append(pdf_words(source.path, source.index))
    if source.text_layer is not None and source.text_layer.is_file():
        texts.append(pdf_words(source.text_layer, 0, ocr_layer=True))
    return texts


_DATE = (r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
         r"|[A-Za-zé]{3,10}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s(?:de\s)?[A-Za-zé]{3,10}\.?\s(?:de\s)?\d{4}")
_BUILTIN: dict[str, tuple[str, ...]] = {
    # 123-45-6789 or 123 45 6789; nine digits in a row only right after "SSN" or
    # "social security" (an A-number also has nine digits).
    "ssn": (
        r"(?<![\w-])\d{3}[- ]\d{2}[- ]\d{4}(?![\w-])",
        r"(?:\bSSN|\bS\.S\.N\.?|social\s+security(?:\s+(?:number|no\.?|#))?|seguro\s+social)"
        r"\W{0,12}(\d{9})(?!\d)",
    ),
    # Long digit runs: 8 to 19 digits in a row, or card-style groups of four.
    "account": (
        r"(?<![\w-])\d{8,19}(?![\w-])",
        r"(?<![\w-])\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?(?![\w-])",
        r"(?<![\w-])\d{4}[ -]\d{6}[ -]\d{5}(?![\w-])",
    ),
    # Any run of 5 or more digits right after words that name an account.
    "account-near": (
        r"(?:account|acct\.?|a/c|cuenta|card|tarjeta|routing|iban)(?:\s+(?:number|no\.?|#|"
        r"n[uú]mero))?[^\d\n]{0,15}((?:\d[ -]?){4,18}\d)(?!\d)",
    ),
    # A date right after "DOB", "date of birth", "fecha de nacimiento"...
    "dob": (
        r"(?:\bDOB\b|\bD\.O\.B\.?|date\s+of\s+birth|birth\s?date|fecha\s+de\s+nacimiento|"
        r"f\.\s?(?:de\s)?nac\.?|born(?:\s+on)?|nacid[oa](?:\s+el)?)\s*[:#.\-]?\s*(" + _DATE + ")",
    ),
}


def compile_pattern(pattern: Pattern) -> list[re.Pattern[str]]:
    """The regular expressions of ``pattern``; a redaction covers group 1 when there is
    one, else the whole match. Raises ``InvalidInputError`` for a bad user expression."""
    if pattern.kind in _BUILTIN:
        return [re.compile(p, re.IGNORECASE) for p in _BUILTIN[pattern.kind]]
    if pattern.kind != "regex":
        raise InvalidInputError(
            _("“{kind}” is not a redaction pattern.").format(kind=pattern.kind),
            _("Use ssn, account, account-near, dob, or regex:EXPRESSION."),
        )
    value = pattern.value
    if not value.strip() or len(value) > MAX_REGEX:
        raise InvalidInputError(
            _("The expression to black out is empty or too long."),
            _("Write a regular expression of at most {n} characters, e.g. "
              "regex:Case\\s+\\d+.").format(n=MAX_REGEX),
        )
    try:
        compiled = re.compile(value, re.IGNORECASE)
    except re.error as exc:
        raise InvalidInputError(
            _("“{value}” is not a regular expression I can use ({error}).").format(
                value=value, error=exc),
            _("Check the brackets and backslashes, then try again."),
        ) from exc
    if compiled.fullmatch("") is not None:
        raise InvalidInputError(
            _("The expression “{value}” also matches nothing at all.").format(value=value),
            _("Make it match at least one character, e.g. use + instead of *."),
        )
    return [compiled]


def find_hits(
    texts: Iterable[Sequence[FoundWord]],
    patterns: Sequence[Pattern],
    keep_dates: Iterable[str] = (),
) -> list[PatternHit]:
    """The words ``patterns`` cover, each as a padded box. Dates of birth equal to one in
    ``keep_dates`` (ISO, e.g. the applicant's own) are kept."""
    compiled = [(p.kind, c) for p in patterns for c in compile_pattern(p)]
    keep = set(keep_dates)
    hits: list[PatternHit] = []
    seen: set[tuple[int, Box]] = set()
    for number, words in enumerate(texts):
        joined, spans = _join(words)
        for kind, regex in compiled:
            for match in regex.finditer(joined):
                group = 1 if regex.groups >= 1 and match.group(1) is not None else 0
                start, end = match.span(group)
                if end <= start:
                    continue
                if kind == "dob" and _iso(match.group(group)) in keep:
                    continue
                covered = [i for i, (a, b) in enumerate(spans) if a < end and b > start]
                for run in _runs(words, covered):
                    box = _pad(_union([words[i].box for i in run]))
                    if (number, box) not in seen:
                        seen.add((number, box))
                        hits.append(PatternHit(box, kind, " ".join(words[i].text for i in run)))
    return hits


def _runs(words: Sequence[FoundWord], covered: list[int]) -> list[list[int]]:
    """Covered words, consecutive ones of one line together: one box over a whole
    account number does not show how its digits were grouped."""
    runs: list[list[int]] = []
    for i in covered:
        if runs and runs[-1][-1] == i - 1 and words[i].line == words[i - 1].line:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _join(words: Sequence[FoundWord]) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for i, word in enumerate(words):
        if i:
            sep = " " if word.line == words[i - 1].line else "\n"
            parts.append(sep)
            at += 1
        spans.append((at, at + len(word.text)))
        parts.append(word.text)
        at += len(word.text)
    return "".join(parts), spans


def _iso(text: str) -> str | None:
    value = re.sub(r"\s+", " ", text.strip().lower())
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else None


def _pad(box: Box) -> Box:
    return (max(0.0, box[0] - PAD_X), max(0.0, box[1] - PAD_Y),
            min(1.0, box[2] + PAD_X), min(1.0, box[3] + PAD_Y))


# --- redaction --------------------------------------------------------------------------


def prepare(plan: PacketPlan) -> PacketPlan:
    """``plan`` with every page that has a ``Redaction`` replaced by its redacted copy
    (made now, or found from an earlier export). Run by whoever writes the packet, so the
    work happens in the export's own process, never while the plan is only previewed."""
    if not any(p.redaction for t in plan.tabs for e in t.exhibits
               for p in (*e.pages, *e.translation)):
        return plan
    return replace(plan, tabs=tuple(
        replace(tab, exhibits=tuple(
            replace(ex, pages=tuple(map(materialize, ex.pages)),
                    translation=tuple(map(materialize, ex.translation)))
            for ex in tab.exhibits))
        for tab in plan.tabs))


def materialize(source: PageSource) -> PageSource:
    """The page to place for ``source``: its redacted copy when it has a ``Redaction``."""
    job = source.redaction
    if job is None:
        return source
    base = replace(source, redaction=None)
    if (job.folder / f"{job.key}.none").is_file():  # the patterns found nothing here
        return base
    found = cached_page(job.folder, job.key, base)
    if found is not None:
        return found
    try:
        patterns = [Pattern(kind, value) for kind, value in job.patterns]
        hits = find_hits(page_words(base), patterns, job.keep_dates) if patterns else []
        clear_folder(job.folder)
        if not job.boxes and not hits:
            atomic_write_bytes(job.folder / f"{job.key}.none", b"")
            return base
        return redact_page(base, [*job.boxes, *(h.box for h in hits)], job.folder, job.key)
    except AppError:
        raise
    except (RuntimeError, ValueError, OSError) as exc:
        raise ExportError(
            _("{page} could not be redacted ({error}).").format(page=job.label, error=exc),
            _("Check that the file is still readable (Verify), or leave the page out."),
        ) from exc


def cached_page(folder: Path, key: str, source: PageSource) -> PageSource | None:
    """The redacted copy of ``source`` made earlier under ``key``, if it is still there."""
    made = [p for p in folder.glob(key + ".*") if p.suffix in (".pdf", ".jpg", ".png")]
    layer = folder / f"{key}-text.pdf"
    if not made or (source.text_layer is not None and not layer.is_file()):
        return None
    kind: Literal["pdf", "image"] = "pdf" if made[0].suffix == ".pdf" else "image"
    return replace(source, path=made[0], kind=kind, index=0,
                   text_layer=layer if source.text_layer is not None else None)


# What a redaction folder holds: pages and text layers named by a 32-digit key, a marker
# that nothing was found, and half-written temp files. Nothing else is ever removed.
_MADE_HERE = re.compile(r"([0-9a-f]{32}(-text\.pdf|\.pdf|\.jpg|\.png|\.none)|\.tmp-.*)")


def clear_folder(folder: Path) -> None:
    """Older redactions of the page: what they left visible may now be blacked out. Only
    files this module makes are removed, whatever folder it is given."""
    if folder.is_dir() and not folder.is_symlink():
        for old in folder.iterdir():
            if _MADE_HERE.fullmatch(old.name) and not old.is_dir():
                old.unlink(missing_ok=True)


def redact_page(source: PageSource, boxes: Sequence[Box], out_dir: Path, stem: str) -> PageSource:
    """Write the redacted page (``out_dir/stem.*``) and return where it is; see the module
    docstring for the contract. ``source`` itself when ``boxes`` is empty."""
    if not boxes:
        return source
    layer = None
    if source.text_layer is not None:
        layer = out_dir / f"{stem}-text.pdf"
        _redact_pdf(source.text_layer, 0, boxes, layer, fill=False)
    if source.kind == "pdf":
        out = out_dir / f"{stem}.pdf"
        _redact_pdf(source.path, source.index, boxes, out, fill=(0, 0, 0))
    else:
        out = _redact_image(source.path, source.index, boxes, out_dir, stem)
    return replace(source, path=out, index=0, text_layer=layer)


def _redact_pdf(path: Path, index: int, boxes: Sequence[Box], out: Path,
                fill: tuple[float, float, float] | bool) -> None:
    with pymupdf.open(path) as src, pymupdf.open() as doc:
        doc.insert_pdf(src, from_page=index, to_page=index, links=0, annots=0, widgets=0)
        page = doc[0]
        for annot in list(page.annots()):
            page.delete_annot(annot)
        areas = [_pdf_rect(page, box) for box in boxes]
        for area in areas:
            page.add_redact_annot(area, fill=fill, cross_out=False)
        page.apply_redactions(images=REDACT_IMAGE_PIXELS, graphics=REDACT_LINE_ART_COVERED,
                              text=REDACT_TEXT_REMOVE)
        if fill is not False and _line_art_under(page, areas):
            _flatten(doc)
        doc.set_metadata({})
        doc.del_xml_metadata()
        scrub_objects(doc)
        with atomic_path(out) as tmp:
            doc.save(str(tmp), garbage=4, deflate=True)


def _line_art_under(page: pymupdf.Page, areas: Sequence[pymupdf.Rect]) -> bool:
    """Is a vector path still under an area? MuPDF drops only the paths wholly inside one;
    a path that crosses its edge (a line of text drawn as outlines, a signature, a table
    rule) stays whole, its hidden part only painted over."""
    slack = 0.5  # points: a rule that merely touches the edge hides nothing
    for drawing in page.get_drawings():
        rect = pymupdf.Rect(drawing["rect"])
        for area in areas:
            if (drawing.get("fill") == (0.0, 0.0, 0.0)
                    and max(abs(rect.x0 - area.x0), abs(rect.y0 - area.y0),
                            abs(rect.x1 - area.x1), abs(rect.y1 - area.y1)) < 1):
                # the black box MuPDF painted itself
                break
            if (rect.x0 < area.x1 - slack and rect.x1 > area.x0 + slack
                    and rect.y0 < area.y1 - slack and rect.y1 > area.y0 + slack):
                return True
    return False


FLAT_DPI = 300


def _flatten(doc: pymupdf.Document) -> None:
    """Make ``doc``'s one page a picture of itself: what the page shows (the black boxes
    included) as an image at ``FLAT_DPI``, over the page's own text (already redacted),
    which stays selectable and searchable; every path and image under the picture goes.
    Where MuPDF leaves one (it has missed invisible ones), the page is the picture
    alone, without its text."""
    page = doc[0]
    turned = page.rotation
    page.set_rotation(0)  # picture and page in one frame; the turn is the page's again
    picture = page.get_pixmap(dpi=FLAT_DPI, annots=False)
    # fill=False: nothing painted (MuPDF takes it; its type stubs do not say so)
    page.add_redact_annot(page.rect, fill=False, cross_out=False)  # type: ignore[arg-type]
    page.apply_redactions(images=REDACT_IMAGE_REMOVE, graphics=REDACT_LINE_ART_TOUCHED,
                          text=REDACT_TEXT_KEEP)
    if page.get_drawings() or page.get_images():
        width, height = page.rect.width, page.rect.height
        doc.delete_page(0)
        page = doc.new_page(width=width, height=height)
    page.insert_image(page.rect, pixmap=picture, overlay=True)
    page.set_rotation(turned)


def _redact_image(path: Path, index: int, boxes: Sequence[Box], out_dir: Path,
                  stem: str) -> Path:
    frame = images.load_frame(path, index)
    with Image.open(path) as raw:
        dpi = raw.info.get("dpi")
    if frame.mode not in ("L", "RGB"):
        frame = frame.convert("L" if frame.mode == "1" else "RGB")
    width, height = frame.size
    draw = ImageDraw.Draw(frame)
    black = 0 if frame.mode == "L" else (0, 0, 0)
    for x0, y0, x1, y1 in boxes:
        left, top = math.floor(x0 * width), math.floor(y0 * height)
        right, bottom = math.ceil(x1 * width) - 1, math.ceil(y1 * height) - 1
        if right >= left and bottom >= top:
            draw.rectangle((left, top, right, bottom), fill=black)
    options: dict[str, object] = {}
    try:
        if dpi:
            options["dpi"] = (float(dpi[0]), float(dpi[1]))
    except (TypeError, ValueError, IndexError):
        pass
    buf = io.BytesIO()
    if frame.mode == "L" and _bilevel(frame):
        suffix = ".png"
        frame.save(buf, format="PNG", compress_level=6, **options)
    else:
        suffix = ".jpg"
        frame.save(buf, format="JPEG", quality=90, **options)
    out = out_dir / (stem + suffix)
    atomic_write_bytes(out, buf.getvalue())
    return out


def _bilevel(frame: Image.Image) -> bool:
    hist = frame.histogram()
    return sum(hist[:32]) + sum(hist[224:]) >= 0.98 * sum(hist)


# --- leftovers in photos ---------------------------------------------------------------------

# JPEG segments that carry no picture: EXIF and XMP (APP1: camera, GPS position, owner's
# name, the original file name), APP3-APP13 (e.g. Photoshop/IPTC with names), APP15 and
# comments. APP0 (JFIF: the dpi), APP2 (ICC colour profile) and APP14 (Adobe: colour
# transform) stay: the picture needs them.
_DROP = {0xE1, *range(0xE3, 0xEE), 0xEF, 0xFE}


def jpeg_without_metadata(data: bytes) -> bytes:
    """``data`` (a JPEG file) without its metadata segments; the picture data unchanged.
    Returns ``data`` itself when it has none, or when it is not a JPEG this understands."""
    if data[:2] != b"\xff\xd8":
        return data
    out = bytearray(data[:2])
    at, dropped = 2, False
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return data
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan / end: the rest is picture
            out += data[at:]
            return bytes(out) if dropped else data
        length = int.from_bytes(data[at + 2:at + 4], "big")
        if length < 2 or at + 2 + length > len(data):
            return data
        if marker in _DROP:
            dropped = True
        else:
            out += data[at:at + 2 + length]
        at += 2 + length
    return data


def jpeg_has_metadata(path: Path) -> bool:
    """True when the JPEG at ``path`` carries segments ``jpeg_without_metadata`` drops
    (reads its header only)."""
    with path.open("rb") as fh:
        head = fh.read(1 << 16)
    if head[:2] != b"\xff\xd8":
        return False
    at = 2
    while at + 4 <= len(head):
        if head[at] != 0xFF:
            return False
        marker = head[at + 1]
        if marker == 0xFF:
            at += 1
            continue
        if marker in (0xDA, 0xD9):
            return False
        if marker in _DROP:
            return True
        at += 2 + int.from_bytes(head[at + 2:at + 4], "big")
    return True  # a header longer than 64 KiB: metadata, almost surely


# Keys of PDF objects that carry data about the file rather than the page: XMP packets
# (on pages, images, fonts, forms) and applications' private data.
_OBJECT_LEFTOVERS = ("Metadata", "PieceInfo")


def scrub_objects(doc: pymupdf.Document) -> int:
    """Remove what ``doc``'s objects carry beyond the picture: XMP on any object,
    applications' private data, and EXIF/XMP/comments inside embedded JPEGs (a phone
    photo in a scanned PDF keeps its GPS position and owner's name there). Returns how
    many objects changed. The document's own /Info and XMP are the caller's."""
    changed = 0
    for xref in range(1, doc.xref_length()):
        touched = False
        for key in _OBJECT_LEFTOVERS:
            if doc.xref_get_key(xref, key)[0] != "null":
                doc.xref_set_key(xref, key, "null")
                touched = True
        if doc.xref_get_key(xref, "Filter") == ("name", "/DCTDecode"):
            raw = doc.xref_stream_raw(xref) or b""
            clean = jpeg_without_metadata(raw)
            if clean is not raw:
                doc.update_stream(xref, clean, compress=0)
                doc.xref_set_key(xref, "Filter", "/DCTDecode")  # update_stream drops it
                touched = True
        changed += touched
    return changed


def pdf_has_leftovers(path: Path) -> bool:
    """True when ``scrub_objects`` would change something in the PDF at ``path``."""
    with pymupdf.open(path) as doc:
        catalog = doc.pdf_catalog()  # its XMP never reaches the packet: pages are shown
        for xref in range(1, doc.xref_length()):
            if xref != catalog and any(doc.xref_get_key(xref, key)[0] != "null"
                                       for key in _OBJECT_LEFTOVERS):
                return True
            if doc.xref_get_key(xref, "Filter") == ("name", "/DCTDecode"):
                raw = doc.xref_stream_raw(xref) or b""
                if jpeg_without_metadata(raw) is not raw:
                    return True
    return False


def scrubbed_copy(path: Path, out: Path) -> None:
    """Write a copy of the PDF at ``path`` with ``scrub_objects`` applied and no document
    metadata; pages, text and pictures unchanged."""
    with pymupdf.open(path) as doc:
        scrub_objects(doc)
        doc.set_metadata({})
        doc.del_xml_metadata()
        with atomic_path(out) as tmp:
            doc.save(str(tmp), garbage=3)
